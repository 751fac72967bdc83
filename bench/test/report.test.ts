import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { profileOnCpu, profilePhases, timeSpentNote, type Row } from '../src/report.ts';

const stderr = readFileSync(new URL('fixtures/profile/pressroom-real-300.stderr', import.meta.url), 'utf8');

it('reads every phase that `--profile` prints, in its order', () => {
  const phases = profilePhases(stderr);
  expect(phases.map((phase) => phase.name)).toEqual([
    'read',
    'parse',
    'facts',
    'input',
    'frontmatter',
    'security',
    'style',
    'spelling',
    'workers (2, wall)',
    'link',
    'translation',
    'dictionaries: load (elapsed)',
    'dictionaries: judging words (CPU)',
    'output',
    'total',
  ]);
  expect(phases.find((phase) => phase.name === 'dictionaries: judging words (CPU)')?.ms).toBe(39367.2);
});

it('says where the full check spent its time, beside cspell, and nothing without a profile', () => {
  const measurement = (wall: number, cpu: number) => ({ wall, cpu, peakMb: 400, exitCode: 1, stdoutPath: '', stderrPath: '', timedOut: false });
  const rows: Row[] = [
    { posts: 300, tool: 'pressroom', label: 'pressroom check', measurement: measurement(171, 80), phases: profilePhases(stderr) },
    { posts: 300, tool: 'cspell', label: 'cspell', measurement: measurement(40.5, 38.25) },
  ];
  const note = timeSpentNote(rows, 300);
  expect(note).toContain('parse 17.2 s');
  expect(note).toContain('dictionaries: judging words (CPU) 39.4 s');
  // Phases under a second and the total are left out.
  expect(note).not.toMatch(/\bread \d/);
  expect(note).not.toContain('total');
  expect(note).toContain('judged words for 39.4 s of CPU against 17.2 s of parsing; cspell alone took 38.3 s of CPU and 40.5 s wall');
  expect(timeSpentNote([{ ...rows[0]!, phases: undefined }, rows[1]!], 300)).toBeUndefined();
  // A profile that does not say its per-file phases are CPU time: they are elapsed, and the note says so.
  expect(profileOnCpu(stderr)).toBe(false);
  expect(note).toContain('These phases are elapsed time in threads that share the cores');
});

it('sets the parse, on the CPU clock, beside the floor of the same run', () => {
  const measurement = (wall: number, cpu: number) => ({ wall, cpu, peakMb: 400, exitCode: 0, stdoutPath: '', stderrPath: '', timedOut: false });
  const onCpu = `${stderr}Per-file work (parse, facts, style, each rule family on each file): CPU time of the threads that did it, added up; the rest: elapsed time.\n`;
  expect(profileOnCpu(onCpu)).toBe(true);
  const rows: Row[] = [
    { posts: 300, tool: 'pressroom', label: 'pressroom check', measurement: measurement(171, 80), phases: profilePhases(onCpu), phasesOnCpu: profileOnCpu(onCpu) },
    { posts: 300, tool: 'floor', label: 'floor', measurement: measurement(5, 4.9) },
    { posts: 300, tool: 'floor-gfm', label: 'floor + GFM', measurement: measurement(9, 8.6) },
  ];
  expect(timeSpentNote(rows, 300)).toContain('parsing took 17.2 s of CPU, 2.00× the 8.6 s of CPU of the micromark + frontmatter + GFM floor');
  // Without the GFM floor, the plain one, named as such.
  expect(timeSpentNote([rows[0]!, rows[1]!], 300)).toContain('3.51× the 4.9 s of CPU of the micromark + frontmatter floor');
});
