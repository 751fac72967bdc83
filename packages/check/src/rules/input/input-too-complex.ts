/**
 * Reports a file the checks cannot parse and check in reasonable time: a list or blockquote more
 * than 100 levels deep (`checks.maxNesting`), a line longer than 100,000 characters
 * (`checks.maxLineLength`), a paragraph with more than 4,000 brackets, emphasis and code markers
 * (`checks.maxInlineMarkers`), or a file that takes a worker thread more than 20 seconds of CPU
 * time (`checks.maxFileSeconds`) or more memory than its heap holds.
 *
 * ## Why
 *
 * The Markdown parser and some rules take more than linear time on such shapes: a list nested
 * 1,000 levels deep, a quarter-megabyte line of links or twenty lines of brackets hold a run for
 * minutes. No text a person writes comes near these limits. The file is measured in one pass
 * before it is parsed; past a limit it is reported once, on the first line that goes past it, and
 * not parsed, so the other rules (frontmatter, links, spelling, style) do not run on it until the
 * shape is fixed. The nesting of a line counts each `>` and list marker at its start and each two
 * columns of its indentation; a paragraph's markers are the `[ ] * _ ~ \` <` in it, and the
 * paragraphs of a file together may hold four paragraphs' worth at the limit, each weighed by its
 * size. Code in a fence counts for its length only, once the parser confirms that the fence opens
 * there (a line such as `` ``` `x `` opens none: its info string holds a backtick). A worker
 * thread that spends longer on one file, or runs out of memory on it alone, is stopped and
 * replaced, and the file is reported at its first line; the run goes on.
 *
 * ## Options
 *
 * None. The limits are `checks.maxNesting`, `checks.maxLineLength`, `checks.maxInlineMarkers` and
 * `checks.maxFileSeconds` in `pressroom.config.json`, and `PRESSROOM_WORKER_HEAP_MB` for memory.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: A list nested three levels deep
 *   ---
 *
 *   - One
 *     - Two
 *       - Three
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: A blockquote nested too deep
 *   ---
 *
 *   > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > Deep
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "output"}
 *
 *   5:1: Unexpected list or blockquote nested 101 levels deep, expected at most 100 (checks.maxNesting): flatten the nesting; this file was not parsed, so its other checks did not run
 */
import { defineRule } from '../../rule.js';

export const inputTooComplexRule = defineRule({
  meta: {
    id: 'input-too-complex',
    family: 'input',
    defaultSeverity: 'error',
    description: 'A list or blockquote nested too deep, a line too long or a paragraph too dense to parse in reasonable time, or a file that takes a thread too long or too much memory.',
  },
  check(file, report) {
    const problem = file.input.readProblem;
    if (problem?.kind !== 'too-complex') return;
    report({ message: problem.message, place: { line: problem.line, column: problem.column } });
  },
});
