/**
 * Finds unknown and flagged words, the same words at the same places as cspell.
 *
 * ## Why
 *
 * A typo in a published post is what readers notice first. The check reads a file as `cspell
 * lint` and the editor's cspell extension read it, with the root cspell configuration
 * (`cspell.config.yaml` with `project-words.txt`), so the squiggles in the editor are CI's findings.
 * cspell's own code cuts the text into words: camelCase (`URLSearchParams` is three known words),
 * acronym plurals (`CVEs`), compounds, contractions and possessives. The configuration says what is
 * not prose; this repository's skips fenced code, inline code and HTML tags and comments.
 *
 * In-document settings work as in cspell, each in a comment that starts with `cspell:` and its
 * keyword: `disable` and `enable`, `disable-next-line`, `disable-line`, `words`, `ignore`,
 * `flagWords`, `ignoreRegExp`, `locale` and `dictionaries`. Files that `ignorePaths` names are not
 * spell-checked. Like cspell, a file reports a word at most `maxDuplicateProblems` times (5 by
 * default). Each distinct token is judged once per run.
 *
 * A page of a docs locale (`sites.docs.locales`) is spelled in its locale's `lang`, with that
 * language's cspell dictionary (French, German and Spanish ship with the check; another language's
 * `@cspell/dict-*` package is imported in the cspell configuration) and the words of the
 * `languageSettings` entry for that locale. A language no dictionary knows (Japanese, Chinese) is
 * not checked: the run names it once instead of reporting each of its words.
 *
 * A file adds its own words with a `<!-- cspell:words Linkedin -->` comment, which the editor
 * reads too, or with a frontmatter `words: [Linkedin]` list, which only this check reads.
 * `pressroom check --accept-words` adds every unknown word of a run to the project word list.
 *
 * Words listed in `flagWords` (`high-throughout->high-throughput`) are reported even though each
 * part is a word. `--fix=spelling` applies a suggestion only when it is the single safe one
 * (a `flagWords` mapping or a known common misspelling).
 *
 * Every unknown word is reported, but suggestions cost milliseconds a word, so each file gets
 * them for its first 20 distinct unknown words only (`suggestionLimit`); the others are reported
 * without a suggestion (and without a fix). A file of thousands of made-up words then cannot hold
 * CI for minutes, and what a file shows does not depend on which other files the run checks.
 * Suggestions are the known words one change away or, when there are none, two changes away; a word
 * that looks like a name or an identifier (capitalized, camelCase, or with digits, dots, hyphens or
 * underscores) gets only those one change away, as what lies further is another word, not a typo.
 *
 * ## Options
 *
 * - `suggestionLimit` (number, default `20`): how many distinct unknown words per file get
 *   suggestions.
 *
 * Configure words, dictionaries and what is skipped in the cspell configuration.
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
 *   Kafka moves data between systems. Patch the CVEs before URLSearchParams reads them.
 *   `konsumer` is code, and so is this:
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
import { localeLang } from '../../input/locale.js';
import { defineRule, type TokenIssue, type WordVerdict } from '../../rule.js';
import type { Diagnostic } from '../../run/diagnostic.js';
import { documentDirectives } from '../../spelling/directives.js';
import { spellingTokens } from '../../spelling/tokens.js';

/** Distinct unknown words per file that get suggestions; the rest are reported without. */
export const defaultSuggestionLimit = 20;

/** The form a word is judged in for suggestions: curly apostrophes read as straight ones. */
function judgedForm(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word;
}

const unknownWordMessage = 'Unexpected unknown word ';

/** Whether a diagnostic reports an unknown word (its word is `actual`), not a flagged one. */
export function isUnknownWord(diagnostic: Pick<Diagnostic, 'ruleId' | 'message' | 'actual'>): boolean {
  return diagnostic.ruleId === 'spelling' && diagnostic.actual !== undefined && diagnostic.message.startsWith(unknownWordMessage);
}

const bare: WordVerdict = { ok: false, forbidden: false, suggestions: [] };

export const spellingRule = defineRule({
  meta: {
    id: 'spelling',
    family: 'spelling',
    defaultSeverity: 'error',
    description: 'Unknown and flagged words, where cspell finds them with the same configuration.',
  },
  async check(file, report, context) {
    const lang = localeLang(context.site, file);
    const setup = await context.words.setup({ path: file.path, directives: documentDirectives(file.text, file.words), ...(lang ? { lang } : {}) });
    // A language no dictionary knows (`unchecked`) is one line of the run's report, not a finding a word.
    if (!setup.check) return;
    const occurrences = spellingTokens(file.text, setup);
    if (occurrences.length === 0) return;
    // Each distinct token is judged once per file (and once per run by the judges that remember).
    const distinct = [...new Set(occurrences.map((occurrence) => occurrence.token))];
    const verdicts = new Map<string, TokenIssue[]>();
    (await context.words.tokens(setup.key, distinct)).forEach((verdict, index) => verdicts.set(distinct[index]!, verdict));

    // The findings in order, within cspell's limits per file.
    const found: (TokenIssue & { start: number })[] = [];
    const timesReported = new Map<string, number>();
    collect: for (const occurrence of occurrences) {
      for (const issue of verdicts.get(occurrence.token)!) {
        const times = (timesReported.get(issue.word) ?? 0) + 1;
        timesReported.set(issue.word, times);
        if (times > setup.maxDuplicateProblems) continue;
        found.push({ ...issue, start: occurrence.start + issue.offset });
        if (found.length >= setup.maxNumberOfProblems) break collect;
      }
    }
    if (found.length === 0) return;

    // Suggestions in one question: for flagged words their `flagWords` mapping, and for the first
    // `limit` distinct unknown words the nearest known ones.
    const limit = typeof context.options.suggestionLimit === 'number' ? context.options.suggestionLimit : defaultSuggestionLimit;
    const words = [...new Set(found.map((issue) => judgedForm(issue.word)))];
    const suggestions = new Map<string, WordVerdict>();
    (await context.words.judge(words, limit, setup.language)).forEach((verdict, index) => suggestions.set(words[index]!, verdict));
    // Past the limit a word is shown bare even when the run knows its suggestions from another
    // file: what a file shows must not depend on what else the run checked.
    const unknownWords = [...new Set(found.filter((issue) => !issue.forbidden).map((issue) => judgedForm(issue.word)))];
    for (const word of unknownWords.slice(limit)) suggestions.set(word, bare);

    for (const issue of found) {
      const verdict = suggestions.get(judgedForm(issue.word))!;
      // A flagged word takes its suggestions from `flagWords` only; an unknown one from the dictionaries.
      const useful = issue.forbidden ? verdict.forbidden : !verdict.ok && !verdict.forbidden;
      const offered = useful ? verdict.suggestions : [];
      const [best] = offered;
      const end = issue.start + (issue.length ?? issue.word.length);
      report({
        message: issue.forbidden
          ? `Unexpected flagged word \`${issue.word}\`, expected ${best ? `\`${best}\`` : 'another word'}`
          : `${unknownWordMessage}\`${issue.word}\`, expected a known word${best ? ` such as \`${best}\`` : ''}`,
        place: { start: file.offsetToPoint(issue.start), end: file.offsetToPoint(end) },
        actual: issue.word,
        suggestions: offered,
        note: issue.forbidden
          ? 'The configuration flags this word (`flagWords`): use the expected one, or rephrase.'
          : 'A name or term: add it to the project word list (`pressroom check --accept-words` adds every unknown word of a run), or to this file alone with `<!-- cspell:words Name -->`.',
        ...(useful && verdict.fixTo ? { fix: { start: issue.start, end, replacement: verdict.fixTo, kind: 'spelling' as const } } : {}),
      });
    }
  },
});
