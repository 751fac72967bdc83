/**
 * `--changed`: which files a run reports on, and how it reads the others. The changed files are
 * checked in full; the others are parsed only as far as the rules read them (the frontmatter of
 * all, the links and headings of the few a change can touch), and reported only for what a change
 * may have broken in them: their links into a changed file.
 */
import { readLinksAhead } from '../links/state.js';
import type { FileRecord, Rule, RuleContext } from '../rule.js';
import { parseForCheck, checkParsedFile, type ParsedFile } from './file-pass.js';
import type { Slot } from './files.js';
import { lazyRecord } from './lazy-record.js';
import type { PerFilePass } from './per-file.js';

/** For each file a run reports on, whether it reports all of it or the findings of some rules. */
export type Selection = Map<FileRecord, 'all' | Set<Rule>>;

/** Whether the run reports on a file: for `rule`'s findings, or for any. */
export function isSelected(selection: Selection | undefined, record: FileRecord, rule?: Rule): boolean {
  if (!selection) return true;
  const reported = selection.get(record);
  return reported === 'all' || (reported !== undefined && (rule === undefined || reported.has(rule)));
}

/**
 * The per-file pass of a `--changed` run over the files `unchecked` (not answered from the cache):
 * the changed ones are checked, the others get records read on demand. Returns the checks still
 * waiting for words, which the run-wide rules need not wait for.
 */
export async function checkChanged(pass: PerFilePass, unchecked: Slot[], only: ReadonlySet<string>, progress: () => void): Promise<Promise<void>[]> {
  const { profile } = pass.run;
  const pending: Promise<void>[] = [];
  const parsedOnDemand = (parsed: ParsedFile) => profile.add('parse (facts on demand)', (parsed.timings.parse ?? 0) + (parsed.timings.facts ?? 0));
  const changed = unchecked.filter((slot) => only.has(slot.identity.relativePath));
  const changedInThisThread = pass.threadsFor(changed.filter((slot) => slot.read.bytes).length).workers === 0;
  if (changedInThisThread) {
    // As the pass would check them in this thread anyway, the changed files are parsed first and
    // their words are asked about at once: the dictionary thread answers them as soon as it has
    // loaded, while this thread reads the other files' frontmatter and the run-wide rules go on.
    for (const slot of changed) {
      const parsed = parseForCheck(slot.identity, pass.decoded(slot), pass.options.stretches);
      slot.record = parsed.record;
      progress();
      const checking = checkParsedFile(pass.options, parsed).then((outcome) => pass.accept(slot, outcome));
      // Awaited by the caller; until then a failure must not count as unhandled.
      checking.catch(() => undefined);
      pending.push(checking);
    }
    // Their rules run up to the question before the frontmatter loop holds this thread.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // In workers, the changed files' checks start before the other files are read, and the run
  // waits for them after. Their records come from the workers: a file too slow to check there is
  // never parsed in this thread, which nothing bounds, and its record says so.
  const inWorkers = changedInThisThread ? undefined : pass.check(changed);
  // Awaited below; until then a failure must not count as unhandled.
  inWorkers?.catch(() => undefined);
  await profile.time('frontmatter (facts on demand)', () => {
    for (const slot of unchecked) {
      if (only.has(slot.identity.relativePath)) continue;
      slot.record = lazyRecord(slot.identity, pass.decoded(slot), parsedOnDemand, pass.options.stretches);
      progress();
    }
  });
  if (inWorkers) {
    // Meanwhile the files that may link to a changed one are parsed: the selection reads their links.
    await profile.time('links read ahead (while the workers check)', () => readLinksAhead(unchecked.flatMap((slot) => (only.has(slot.identity.relativePath) ? [] : [slot.record!])), only));
    await inWorkers;
  }
  return pending;
}

/**
 * What a `--changed` run reports: the changed files in full (`'all'`), and each file whose rules
 * say it depends on a changed one for those rules alone.
 */
export function selectFiles(
  files: readonly FileRecord[],
  only: ReadonlySet<string>,
  rules: readonly Rule[],
  baseContext: Omit<RuleContext, 'options' | 'severity'>,
): Selection {
  const selected: Selection = new Map(files.filter((file) => only.has(file.relativePath)).map((file) => [file, 'all']));
  for (const rule of rules) {
    if (!rule.references) continue;
    const context: RuleContext = { ...baseContext, options: {}, severity: 'warning' };
    for (const file of files) {
      if (selected.get(file) === 'all' || !file.readable) continue;
      let depends: boolean;
      try {
        depends = rule.references(file, context, only).some((path) => only.has(path));
      } catch {
        // A rule that cannot say what a file depends on: check the file with it to be safe.
        depends = true;
      }
      if (!depends) continue;
      const reportedFor = selected.get(file);
      if (reportedFor instanceof Set) reportedFor.add(rule);
      else selected.set(file, new Set([rule]));
    }
  }
  return selected;
}
