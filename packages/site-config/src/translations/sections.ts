/**
 * A page cut into its sections, to name the ones that changed between two versions of it: the
 * frontmatter, the text before the first heading, and each heading with the text up to the next
 * heading. Headings inside fenced code are text.
 */

export interface Section {
  /** The heading's text; `(frontmatter)` and `(introduction)` for the parts before the first heading. */
  title: string;
  text: string;
}

const fence = /^ {0,3}(`{3,}|~{3,})/;
const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

export function sections(text: string): Section[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const found: Section[] = [];
  let index = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      found.push({ title: '(frontmatter)', text: lines.slice(1, end).join('\n') });
      index = end + 1;
    }
  }
  let current: Section = { title: '(introduction)', text: '' };
  let open: string | undefined;
  const body: string[] = [];
  const close = () => {
    current.text = body.join('\n').trim();
    body.length = 0;
    if (current.title !== '(introduction)' || current.text !== '') found.push(current);
  };
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const marker = fence.exec(line)?.[1];
    if (open) {
      if (marker && marker[0] === open[0] && marker.length >= open.length) open = undefined;
      body.push(line);
      continue;
    }
    if (marker) {
      open = marker;
      body.push(line);
      continue;
    }
    const heading = atxHeading.exec(line);
    if (heading) {
      close();
      current = { title: (heading[2] ?? '').trim(), text: '' };
      continue;
    }
    body.push(line);
  }
  close();
  return found;
}

/**
 * The sections of `now` whose text differs from the section of the same title in `before`, and
 * those it did not have, in `now`'s order; then the titles of sections `now` no longer has.
 */
export function changedSections(before: string, now: string): string[] {
  const earlier = new Map<string, string[]>();
  for (const section of sections(before)) earlier.set(section.title, [...(earlier.get(section.title) ?? []), section.text]);
  const changed: string[] = [];
  const seen = new Map<string, number>();
  for (const section of sections(now)) {
    // Two sections of one title are matched in order.
    const nth = seen.get(section.title) ?? 0;
    seen.set(section.title, nth + 1);
    if (earlier.get(section.title)?.[nth] !== section.text && !changed.includes(section.title)) changed.push(section.title);
  }
  for (const [title, texts] of earlier) {
    if ((seen.get(title) ?? 0) < texts.length && !changed.includes(title)) changed.push(title);
  }
  return changed;
}
