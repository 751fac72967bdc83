/**
 * cspell's in-document settings (`cspell:words`, `cspell:ignore`, `cspell:locale`, `LocalWords:`
 * …) are read from anywhere in a file's text, each from its keyword to the end of its line. These
 * are cspell-lib's two patterns (`InDocSettings.ts`, which exports neither); the spelling parity
 * test fails if they drift.
 */
const directivePatterns = [/\b(?:spell-?checker|c?spell)::?(.*)/gi, /\b(LocalWords:?.*)/g];

/**
 * The lines of `text` that hold an in-document setting, in order and joined by line feeds: the
 * settings cspell reads from them are those it reads from the whole text, as a setting ends at its
 * line's end. `''` when there is none, which is most files. `words` are the file's own words from
 * elsewhere (a frontmatter `words:` list), read as a `cspell:words` line.
 */
export function documentDirectives(text: string, words: Iterable<string> = []): string {
  const starts = new Set<number>();
  for (const pattern of directivePatterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) starts.add(text.lastIndexOf('\n', match.index) + 1);
  }
  const lines = [...starts].sort((a, b) => a - b).map((start) => {
    const end = text.indexOf('\n', start);
    return text.slice(start, end === -1 ? undefined : end);
  });
  const own = [...words].filter((word) => word.trim() !== '');
  if (own.length > 0) lines.push(`cspell:words ${own.join(' ')}`);
  return lines.join('\n');
}
