import { z } from 'zod';

/** The defaults of the `checks` section, which `pressroom check` also uses outside a config. */
export const checksDefaults = {
  maxFileSize: 2 * 1024 * 1024,
  maxNesting: 100,
  maxLineLength: 100_000,
  maxInlineMarkers: 4_000,
  maxFileSeconds: 20,
  // cspell's own default for `maxNumberOfProblems`, its per-document cap.
  maxFindingsPerFile: 10_000,
} as const;

const severity = z.enum(['error', 'warning', 'off']);

const ruleSetting = z
  .union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])])
  .meta({ description: 'A severity, or `[severity, options]` for a rule that takes options.' });

/** The `checks` section of `pressroom.config.json`: settings of `pressroom check`. */
export const checksConfigSchema = z
  .strictObject({
    rules: z
      .record(z.string(), ruleSetting)
      .default({})
      .meta({
        description:
          'The severity of each rule, by rule id: `error` fails the check, `warning` is reported without failing it, `off` turns the rule off. A rule that takes options is given `[severity, options]`. Style rules go by their remark-lint id (`no-literal-urls`). Rules left out keep their default severity.',
        examples: [{ 'frontmatter-description-unrelated': 'error', 'no-literal-urls': 'off', spelling: ['error', { suggestionLimit: 3 }] }],
      }),
    untrusted: z
      .boolean()
      .default(false)
      .meta({
        description:
          'The policy for content from people you do not know, such as pull requests from forks: every `security-*` rule becomes an error unless `rules` names it, and a cspell configuration that would make cspell run code of the repository (an import of a script, `usePnP`) stops the check. `PRESSROOM_UNTRUSTED=1` in the environment turns it on as well, and CI sets it for forks.',
        examples: [true],
      }),
    maxFileSize: z
      .number()
      .int()
      .positive()
      .default(checksDefaults.maxFileSize)
      .meta({
        description: 'The largest file checked, in bytes. A larger file is reported (`input-unreadable`) and skipped.',
        examples: [4_194_304],
      }),
    maxNesting: z
      .number()
      .int()
      .positive()
      .default(checksDefaults.maxNesting)
      .meta({
        description:
          'The deepest nesting of lists and block quotes parsed. A file nested deeper is reported (`input-too-complex`) and not parsed, so one hostile file cannot stall a run.',
        examples: [50],
      }),
    maxLineLength: z
      .number()
      .int()
      .positive()
      .default(checksDefaults.maxLineLength)
      .meta({
        description: 'The longest line parsed, in characters. A file with a longer line is reported (`input-too-complex`) and not parsed.',
        examples: [20_000],
      }),
    maxInlineMarkers: z
      .number()
      .int()
      .positive()
      .default(checksDefaults.maxInlineMarkers)
      .meta({
        description:
          'The most brackets, emphasis and code markers (`[`, `]`, `*`, `_`, `~`, backticks and `<`) parsed in one paragraph; the paragraphs of a file together may hold four paragraphs\' worth at this limit, each weighed by its size. A denser file is reported (`input-too-complex`) and not parsed.',
        examples: [8_000],
      }),
    maxFileSeconds: z
      .number()
      .positive()
      // A pull request can change this file too: no setting lets one file hold CI for long.
      .max(600)
      .default(checksDefaults.maxFileSeconds)
      .meta({
        description:
          'The CPU seconds a worker thread may spend on one file, at most 600. A file that takes longer is reported (`input-too-complex`) and the run goes on with the others.',
        examples: [60],
      }),
    maxFindingsPerFile: z
      .number()
      .int()
      .positive()
      .default(checksDefaults.maxFindingsPerFile)
      .meta({
        description:
          'The most findings reported for one file. Past it, the file gets one more finding that counts the others (`input-too-many-findings`), an error when any of them is one, so the exit code stays the same. The findings kept are the first by line.',
        examples: [50_000],
      }),
    ignore: z
      .array(z.string())
      .default([])
      .meta({
        description:
          'Glob patterns, relative to the repository root, of files left out when `pressroom check` runs without file arguments. A file named on the command line is checked all the same.',
        examples: [['content/blog/imported/**']],
      }),
  })
  .meta({ description: 'Settings of `pressroom check`. Every key is optional.' });

export type ChecksConfig = z.output<typeof checksConfigSchema>;
