/**
 * One link line of an llms.txt file (llmstxt.org): `- [title](url): description`. A title is
 * escaped so that brackets in it (`Arrays [and] tuples`) stay text inside one link, and any line
 * break in a title or description is folded, since each entry must stay on one line.
 */
export function llmsTxtEntry(title: string, url: string, description?: string): string {
  const text = oneLine(title).replace(/[\\[\]]/g, '\\$&');
  const notes = description === undefined ? '' : oneLine(description);
  return `- [${text}](${encodeOnce(url)})${notes === '' ? '' : `: ${notes}`}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Encodes what is not encoded yet; a `%` that starts no escape (`100%.md`) is encoded itself. */
function encodeOnce(url: string): string {
  try {
    return encodeURI(decodeURI(url));
  } catch {
    return encodeURI(url);
  }
}
