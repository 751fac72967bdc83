/**
 * Finds misspelled words in prose and in the frontmatter `title` and `description`.
 *
 * ## Why
 *
 * A typo in a published post is what readers notice first. Code, inline code, URLs, HTML and
 * frontmatter keys are not prose and are skipped. The dictionaries are those of the root cspell
 * configuration (`cspell.config.yaml` with `project-words.txt`), which editors' cspell extension
 * reads too, so the editor and the checks agree. Each distinct word is looked up once per run.
 *
 * A file adds its own words without touching the project list, with a frontmatter
 * `words: [Linkedin]` list or a `<!-- cspell:ignore Linkedin -->` comment.
 *
 * Words listed in `flagWords` (`high-throughout->high-throughput`) are reported even though each
 * part is a word. `--fix=spelling` applies a suggestion only when it is the single safe one
 * (a `flagWords` mapping or a known common misspelling).
 *
 * Every unknown word is reported, but suggestions cost milliseconds a word, so each file gets
 * them for its first 20 distinct unknown words only (`suggestionLimit`); the others are reported
 * without a suggestion (and without a fix). A file of thousands of made-up words then cannot hold
 * CI for minutes, and what a file shows does not depend on which other files the run checks.
 *
 * ## Options
 *
 * - `suggestionLimit` (number, default `20`): how many distinct unknown words per file get
 *   suggestions.
 *
 * Configure words and dictionaries in the cspell configuration.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   ---
 *   title: Streams with Kafka
 *   description: How an event stream moves data between systems.
 *   pubDatetime: 2024-12-04
 *   words: [Zorblax]
 *   ---
 *
 *   Kafka moves data between systems. `konsumer` is code, and so is this:
 *
 *   ```text
 *   mispeled inside code
 *   ```
 *
 *   <!-- cspell:ignore Quuxly -->
 *
 *   Zorblax and Quuxly are named in this file; <https://example.com/teh-path> is a link.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Streems with Kafka
 *   description: How an event stream moves data.
 *   pubDatetime: 2024-12-04
 *   ---
 *
 *   Let's use Santa's toy factory as an anology.
 *
 *   We need high-throughout ingestion.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   2:8-2:15: Unexpected unknown word `Streems`, expected a known word such as `Streams`
 *   7:37-7:44: Unexpected unknown word `anology`, expected a known word such as `analogy`
 *   9:9-9:24: Unexpected flagged word `high-throughout`, expected `high-throughput`
 */
import type { Link, Root, Text } from 'mdast';
import { defineRule, type ContentFile, type WordVerdict } from '../../rule.js';
import { wordsIn, type ProseRange } from '../../spelling/words.js';
import { walkTree } from '../../input/walk-tree.js';

/** Prose is read from the source, not from node values, so every finding is position-exact. */
const skippedNodes = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'definition',
  'image',
  'imageReference',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'math',
  'inlineMath',
]);

/** The spans of the file that are prose: text nodes and the frontmatter title and description. */
export function proseRanges(file: ContentFile): ProseRange[] {
  const ranges: ProseRange[] = [];
  if (file.frontmatter) {
    for (const key of ['title', 'description']) {
      const data = file.frontmatter.data as Record<string, unknown> | undefined;
      if (typeof data?.[key] !== 'string') continue;
      const position = file.frontmatter.positionOf([key], 'value');
      const start = position.start.offset;
      const end = position.end.offset;
      if (start !== undefined && end !== undefined && end > start) ranges.push({ start, end });
    }
  }
  walkTree(file.tree as Root, (node) => {
    if (skippedNodes.has(node.type)) return false;
    if (node.type === 'link') {
      const link = node as Link;
      const only = link.children.length === 1 && link.children[0]?.type === 'text' ? (link.children[0] as Text).value : undefined;
      // An autolink shows its own URL as text.
      if (only !== undefined && (link.url === only || link.url.endsWith(only) || link.url === `mailto:${only}`)) return false;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return undefined;
    if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push({ start: node.position.start.offset, end: node.position.end.offset });
    }
    return undefined;
  });
  return ranges;
}

/** Distinct unknown words per file that get suggestions; the rest are reported without. */
export const defaultSuggestionLimit = 20;

/** The form a word is judged in: curly apostrophes read as straight ones. */
function judgedForm(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word;
}

export const spellingRule = defineRule({
  meta: {
    id: 'spelling',
    family: 'spelling',
    defaultSeverity: 'error',
    description: 'Misspelled words in prose and in the frontmatter title and description.',
  },
  async check(file, report, context) {
    const fileWords = new Set([...file.words].map((word) => word.toLowerCase()));
    const limit = typeof context.options.suggestionLimit === 'number' ? context.options.suggestionLimit : defaultSuggestionLimit;
    const prose = proseRanges(file).flatMap((range) => wordsIn(file.text, range, 1));
    const occurrences = fileWords.size === 0 ? prose : prose.filter((occurrence) => !fileWords.has(occurrence.word.toLowerCase()));
    if (occurrences.length === 0) return;
    // Each distinct word is judged once per file (and once per run by the memoising checker), in
    // one question that also asks for the suggestions of the first `limit` unknown ones.
    const distinct = [...new Set(occurrences.map((occurrence) => judgedForm(occurrence.word)))];
    const verdicts = new Map<string, WordVerdict>();
    (await context.words.judge(distinct, limit)).forEach((verdict, index) => verdicts.set(distinct[index]!, verdict));
    const unknown = distinct.filter((word) => !verdicts.get(word)!.ok && !verdicts.get(word)!.forbidden);
    // Past the limit a word is shown bare even when the run knows its suggestions from another
    // file: what a file shows must not depend on what else the run checked.
    for (const word of unknown.slice(limit)) verdicts.set(word, { ok: false, forbidden: false, suggestions: [] });
    for (const occurrence of occurrences) {
      const verdict = verdicts.get(judgedForm(occurrence.word))!;
      if (verdict.ok) continue;
      const [best] = verdict.suggestions;
      const message = verdict.forbidden
        ? `Unexpected flagged word \`${occurrence.word}\`${best ? `, expected \`${best}\`` : ''}`
        : `Unexpected unknown word \`${occurrence.word}\`, expected a known word${best ? ` such as \`${best}\`` : ''}`;
      report({
        message,
        place: { start: file.offsetToPoint(occurrence.start), end: file.offsetToPoint(occurrence.end) },
        suggestions: verdict.suggestions,
        note: 'Add a name or term to `project-words.txt`, or to this file alone with a frontmatter `words:` list.',
        ...(verdict.fixTo
          ? { fix: { start: occurrence.start, end: occurrence.end, replacement: verdict.fixTo, kind: 'spelling' as const } }
          : {}),
      });
    }
  },
});
