/** The results table, the targets, the Markdown page and the SVG chart, all from measured rows. */
import type { CorpusProfile, Manifest } from './corpus.ts';
import type { Findings, Score } from './findings.ts';
import type { Measurement } from './measure.ts';

export type ToolId =
  | 'pressroom'
  | 'pressroom-warm'
  | 'pressroom-changed'
  | 'pressroom-changed-warm'
  | 'floor'
  | 'floor-gfm'
  | 'cspell'
  | 'cspell-fill'
  | 'cspell-warm'
  | 'remark-lint'
  | 'remark-validate-links'
  | 'markdown-link-check'
  | 'pipeline';

export interface Row {
  posts: number;
  tool: ToolId;
  label: string;
  measurement?: Measurement;
  findings?: Findings;
  score?: Score;
  /** Why the row has no numbers, or what the numbers mean. */
  note?: string;
  /** The phases pressroom's `--profile` printed for the row's first run, in its order, in ms. */
  phases?: { name: string; ms: number }[];
  /** Whether that `--profile` timed the per-file work on the CPU clock of its threads (older builds timed it elapsed). */
  phasesOnCpu?: boolean;
  /** Wall times of every completed repetition, when there was more than one; the row shows the median. */
  repetitions?: number[];
  failed?: string;
}

export interface Target {
  name: string;
  measured: string;
  required: string;
  met: boolean;
}

export interface CorpusStats {
  posts: number;
  manifest: Manifest;
}

/** What one corpus profile's part of a run shows on the results page. */
export interface ProfileSection {
  profile: CorpusProfile;
  corpora: Map<number, Manifest>;
  table: string;
  targets: string;
  notes: string[];
  chartFile: string;
  durationSeconds: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
}

const seconds = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '—');

/** A ratio as the tables show it: `1.52×`, or `—` when a run it needs was not measured. */
export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

function recallCell(row: Row, kinds: ('misspelling' | 'broken-file' | 'broken-anchor')[]): string {
  if (!row.score) return '—';
  const parts = kinds.map((kind) => row.score?.byKind[kind]).filter((recall) => recall !== undefined);
  if (parts.length === 0) return 'n/a';
  const found = parts.reduce((sum, recall) => sum + recall.found, 0);
  const total = parts.reduce((sum, recall) => sum + recall.total, 0);
  return `${found}/${total} (${total === 0 ? 100 : Math.floor((found / total) * 1000) / 10}%)`;
}

export function resultsTable(rows: Row[], corpora: Map<number, Manifest>): string {
  const lines = [
    '| posts | tool | wall s | CPU s | peak MB | files/s | misspellings found | broken file links found | broken anchors found | other findings | note |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const files = corpora.get(row.posts)?.files ?? 0;
    const m = row.measurement;
    const repetitions = row.repetitions ? `median of ${row.repetitions.length} runs (${row.repetitions.map(seconds).join(', ')} s)` : '';
    const note = [row.failed ? `FAILED: ${row.failed}` : '', repetitions, row.note ?? ''].filter(Boolean).join('; ');
    // A stopped run's wall time is only a lower bound.
    const wall = m ? `${m.timedOut ? '> ' : ''}${seconds(m.wall)}` : '—';
    lines.push(
      `| ${row.posts} | ${row.label} | ${wall} | ${m ? seconds(m.cpu) : '—'} | ${m && Number.isFinite(m.peakMb) ? Math.round(m.peakMb) : '—'} | ${m && !m.timedOut ? Math.round(files / m.wall) : '—'} | ${recallCell(row, ['misspelling'])} | ${recallCell(row, ['broken-file'])} | ${recallCell(row, ['broken-anchor'])} | ${row.score ? row.score.extra : '—'} | ${note} |`,
    );
  }
  return lines.join('\n');
}

export function targetsTable(targets: Target[]): string {
  return [
    '| target | measured | required | status |',
    '| --- | --- | --- | --- |',
    ...targets.map((target) => `| ${target.name} | ${target.measured} | ${target.required} | ${target.met ? 'met' : '**not met**'} |`),
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Horizontal bars of wall time for the rows of one corpus size. */
export function barChart(rows: Row[], posts: number, profile: CorpusProfile = 'generated'): string {
  const bars = rows.filter((row) => row.posts === posts && row.measurement && !row.failed);
  const labelWidth = 300;
  const chartWidth = 440;
  const barHeight = 22;
  const gap = 8;
  const top = 48;
  const height = top + bars.length * (barHeight + gap) + 36;
  const max = Math.max(...bars.map((row) => row.measurement?.wall ?? 0), 1e-9);
  const colour = (row: Row) => (row.tool.startsWith('pressroom') ? '#2f6fdd' : row.tool.startsWith('floor') ? '#6b9e3f' : '#8a8f98');
  const body = bars
    .map((row, index) => {
      const wall = row.measurement?.wall ?? 0;
      const y = top + index * (barHeight + gap);
      const width = Math.max(1, (wall / max) * chartWidth);
      return [
        `  <text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeXml(row.label)}</text>`,
        `  <rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${barHeight}" fill="${colour(row)}"/>`,
        `  <text x="${(labelWidth + width + 6).toFixed(1)}" y="${y + 15}">${wall.toFixed(2)} s</text>`,
      ].join('\n');
    })
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + chartWidth + 90}" height="${height}" viewBox="0 0 ${labelWidth + chartWidth + 90} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `  <title>Wall time on ${posts} posts of the ${profile} profile (lower is better)</title>`,
    '  <rect width="100%" height="100%" fill="#ffffff"/>',
    `  <text x="16" y="28" font-size="15" font-weight="600">Wall time on ${posts} posts (${profile} profile), seconds (lower is better)</text>`,
    body,
    `  <text x="16" y="${height - 12}" fill="#555">Blue: pressroom check. Green: micromark parse floor. Grey: peer tools.</text>`,
    '</svg>',
    '',
  ].join('\n');
}

const profileTitles: Record<CorpusProfile, string> = {
  generated: 'Generated profile: short posts, few unknown words',
  real: 'Real-like profile: thousands of unknown names, changelogs, long files',
};

function sectionLines(section: ProfileSection): string[] {
  const corpusLines = [...section.corpora.entries()].map(([posts, manifest]) => {
    const kinds = Object.groupBy(manifest.defects, (defect) => defect.kind);
    return `| ${posts} | ${manifest.files} | ${(manifest.bytes / 1e6).toFixed(1)} | ${manifest.words.toLocaleString('en-US')} | ${manifest.distinctNames?.toLocaleString('en-US') ?? '—'} | ${manifest.internalLinks.toLocaleString('en-US')} | ${manifest.anchoredLinks.toLocaleString('en-US')} | ${kinds.misspelling?.length ?? 0} | ${kinds['broken-file']?.length ?? 0} | ${kinds['broken-anchor']?.length ?? 0} |`;
  });
  return [
    `## ${profileTitles[section.profile]}`,
    '',
    `This profile's part of the run took ${Math.round(section.durationSeconds)} s.`,
    '',
    `![Bar chart of the wall times, ${section.profile} profile](./${section.chartFile})`,
    '',
    '### Corpora',
    '',
    `Generated by \`bench/src/corpus.ts\` (\`--profile ${section.profile}\`, seeded, so every run checks the same bytes). Defects are known by position from its manifest.`,
    '',
    '| posts | files | MB | words | distinct names in prose | internal links | with #anchor | misspellings | broken file links | broken anchors |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...corpusLines,
    '',
    '### Results',
    '',
    section.table,
    '',
    '### Targets',
    '',
    section.targets,
    '',
    '### Notes',
    '',
    ...section.notes.map((note) => `- ${note}`),
    '',
  ];
}

export function resultsPage(input: { machine: Machine; sections: ProfileSection[] }): string {
  const { machine } = input;
  const total = input.sections.reduce((sum, section) => sum + section.durationSeconds, 0);
  return [
    '# Benchmarks',
    '',
    '<!-- Generated by `pnpm bench` (bench/src/run.ts). Edits by hand are overwritten. -->',
    '',
    `Measured on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB of memory, Node.js ${machine.node}, ${machine.os}. The whole run took ${Math.round(total)} s, for the profiles ${input.sections.map((section) => `\`${section.profile}\``).join(' and ')}, one after the other.`,
    '',
    ...input.sections.flatMap(sectionLines),
  ].join('\n');
}

/** The phases `--profile` prints (`  parse   1234.5 ms`), in its order. */
export function profilePhases(stderr: string): { name: string; ms: number }[] {
  return [...stderr.matchAll(/^ {2}(\S.*?)\s+([\d.]+) ms$/gm)].map(([, name, ms]) => ({ name: name!, ms: Number(ms) }));
}

/** Whether a `--profile` says its per-file phases are CPU time (`pressroom check` prints it after the table). */
export function profileOnCpu(stderr: string): boolean {
  return /^Per-file work .*: CPU time of the threads/m.test(stderr);
}

/**
 * What the parse cost against the floor measured in the same run: the parse phase is the CPU time
 * of the threads that parsed, the floor's is its process's (one thread, micromark events, no tree).
 */
function parseAgainstFloor(full: Row, rows: readonly Row[], posts: number): string {
  const parse = full.phases?.find((entry) => entry.name === 'parse')?.ms;
  if (parse === undefined) return '';
  if (!full.phasesOnCpu) {
    return ' These phases are elapsed time in threads that share the cores with the dictionary thread and with each other, so they overstate the CPU the work took.';
  }
  const floor = (['floor-gfm', 'floor'] as const)
    .map((tool) => rows.find((row) => row.tool === tool && row.posts === posts))
    .find((row) => row?.measurement && !row.failed);
  const seconds = (parse / 1000).toFixed(1);
  if (!floor?.measurement) return ` The per-file phases are CPU time: parsing took ${seconds} s of CPU.`;
  const what = floor.tool === 'floor-gfm' ? 'micromark + frontmatter + GFM' : 'micromark + frontmatter';
  return ` The per-file phases are CPU time: parsing took ${seconds} s of CPU, ${ratio(parse / 1000 / floor.measurement.cpu)} the ${floor.measurement.cpu.toFixed(1)} s of CPU of the ${what} floor (one thread, events only), to which the parse adds the trees, their positions and the literal autolinks.`;
}

/**
 * For a profile whose targets are not all met: where the full check's time went, from its own
 * `--profile`, beside cspell's time, so the page says with figures what holds the targets back.
 */
export function timeSpentNote(rows: readonly Row[], posts: number): string | undefined {
  const full = rows.find((row) => row.tool === 'pressroom' && row.posts === posts);
  if (!full?.phases?.length) return undefined;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const phase = (name: string) => full.phases!.find((entry) => entry.name === name)?.ms;
  const listed = full.phases.filter((entry) => entry.name !== 'total' && entry.ms >= 1000).map((entry) => `${entry.name} ${seconds(entry.ms)}`);
  const cspell = rows.find((row) => row.tool === 'cspell' && row.posts === posts)?.measurement;
  const judging = phase('dictionaries: judging words (CPU)');
  const parse = phase('parse');
  return [
    `Where the full check's time went at ${posts} posts (its \`--profile\`, first run; phases of the worker threads add up across threads): ${listed.join(', ')}.`,
    judging !== undefined && parse !== undefined
      ? ` The dictionary thread judged words for ${seconds(judging)} of CPU against ${seconds(parse)} of parsing${cspell ? `; cspell alone took ${cspell.cpu.toFixed(1)} s of CPU and ${cspell.wall.toFixed(1)} s wall for the whole run` : ''}.`
      : '',
    parseAgainstFloor(full, rows, posts),
  ].join('');
}
