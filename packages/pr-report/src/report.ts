import { z } from 'zod';

/** The hidden line that marks the one comment the report keeps up to date. */
export const commentMarker = '<!-- pressroom-pr-report -->';

const box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

const finding = z.object({
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  severity: z.enum(['error', 'warning']),
  ruleId: z.string(),
  message: z.string(),
  url: z.string(),
  suggestions: z.array(z.string()).optional(),
});

const buildStatus = z.object({
  status: z.enum(['passed', 'failed', 'skipped']),
  durationMs: z.number().optional(),
  logTail: z.string().optional(),
  log: z.string().optional(),
});

const picture = z.object({
  width: z.number().int(),
  base: z.string().optional(),
  head: z.string(),
  diff: z.string().optional(),
  changedPixels: z.number().int().optional(),
  changedBox: box.optional(),
});

const page = z.object({
  site: z.string(),
  path: z.string(),
  kind: z.enum(['page', 'feed']),
  status: z.enum(['changed', 'added', 'removed']),
  /** The content file the change edited, for a page it changed directly. */
  file: z.string().optional(),
  words: z.number().int(),
  tags: z.number().int(),
  excerpt: z.object({ removed: z.string().optional(), added: z.string().optional() }).optional(),
  /** Why an indirectly changed page changed, as far as the content tells. */
  reasons: z.array(z.string()),
  pictures: z.array(picture).optional(),
});

const link = z.object({
  site: z.string(),
  path: z.string(),
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  url: z.string(),
  target: z.string(),
  resolves: z.boolean(),
});

/** The report, as JSON: what the comment, the terminal and the artifact are made from. */
export const reportSchema = z.object({
  version: z.literal(1),
  base: z.object({ ref: z.string(), sha: z.string() }),
  head: z.object({ sha: z.string(), dirty: z.boolean() }),
  pullRequest: z
    .object({ number: z.number().int().positive(), headSha: z.string(), fork: z.boolean(), url: z.string().optional() })
    .optional(),
  /** Content files and other files the change touched. */
  files: z.object({ content: z.array(z.string()), other: z.array(z.string()) }),
  check: z.object({
    status: z.enum(['passed', 'failed', 'crashed']),
    /** Why the check could not run, when it crashed. */
    problem: z.string().optional(),
    errors: z.number().int(),
    warnings: z.number().int(),
    files: z.array(z.object({ file: z.string(), findings: z.array(finding) })),
    unknownWords: z.array(z.object({ word: z.string(), files: z.array(z.string()) })),
  }),
  builds: z.record(z.string(), z.object({ base: buildStatus, head: buildStatus })),
  /** Each site's base path (`/`, `/docs/`): where its built files are served. */
  basePaths: z.record(z.string(), z.string()).default({}),
  pages: z.object({
    /**
     * Per site, where its pages come from: `built-html` when both builds were compared, `content`
     * when a build failed or was skipped and the pages are predicted from the content alone.
     */
    sources: z.record(z.string(), z.enum(['built-html', 'content'])),
    changed: z.array(page),
    indirect: z.array(page),
    links: z.array(link),
  }),
  pictures: z.object({
    /** At most this many pages are pictured, the most changed first. */
    limit: z.number().int().nonnegative(),
    widths: z.array(z.number().int()),
    /** Changed pages past the limit, listed without pictures. */
    notPictured: z.array(z.object({ site: z.string(), path: z.string() })),
    /** Why there are none, when the screenshots could not be taken. */
    problem: z.string().optional(),
  }),
  /** Each site's preview, once deployed; the artifact holds the builds in any case. */
  previews: z.record(z.string(), z.string()).default({}),
  /** Where the images are served from, when a preview host holds them (for thumbnails). */
  imagesUrl: z.string().optional(),
  /** The workflow run that made the report, whose artifact holds the builds and the images. */
  runUrl: z.string().optional(),
});

export type PrReport = z.output<typeof reportSchema>;
export type ReportPage = PrReport['pages']['changed'][number];
export type ReportFinding = PrReport['check']['files'][number]['findings'][number];
export type ReportBuildStatus = PrReport['builds'][string]['head'];

export class ReportError extends Error {
  override name = 'ReportError';
}

/** Reads a report file, with each problem located (`pages.changed.0.path: …`). */
export function parseReport(text: string, source = 'report.json'): PrReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReportError(`${source}: Unexpected ${(error as Error).message}, expected the JSON that pressroom-pr-report writes`);
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `  - ${issue.path.map(String).join('.') || '(report)'}: ${issue.message}`).join('\n');
    throw new ReportError(`${source}: not a pressroom-pr-report report\n${details}`);
  }
  return parsed.data;
}
