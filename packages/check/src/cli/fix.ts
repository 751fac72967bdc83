import { randomBytes } from 'node:crypto';
import { chmod, chown, open, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../run/diagnostic.js';
import { decodeSource } from '../input/read.js';
import { noInputLimits } from '../input/limits.js';
import type { FileRecord, Fix } from '../rule.js';

export type FixMode = 'style' | 'spelling';

/** Which fixes a mode applies: `--fix` style fixes, `--fix=spelling` spelling fixes as well. */
export function fixesFor(diagnostics: readonly Diagnostic[], mode: FixMode): Fix[] {
  return diagnostics
    .map((diagnostic) => diagnostic.fix)
    .filter((fix): fix is Fix => fix !== undefined && (fix.kind === 'style' || mode === 'spelling'));
}

/** Applies non-overlapping fixes, first come first served, to `text`. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    if (fix.start < cursor || fix.end < fix.start || fix.end > text.length) continue;
    out += text.slice(cursor, fix.start) + fix.replacement;
    cursor = fix.end;
    applied++;
  }
  return { text: out + text.slice(cursor), applied };
}

/**
 * Writes the fixed file atomically (temp file in the same folder, then rename), keeping its BOM,
 * its line endings, its mode and its owner. Refuses when the file changed since it was read.
 *
 * A symlink stays a symlink: the file it points to is written (the run refuses a link that leaves
 * the repository before it gets here). A file with other hard links, or whose owner this process
 * cannot give a new file, is written in place instead, as an editor does: a rename would give that
 * name a file of its own.
 */
export async function writeFixes(file: Pick<FileRecord, 'path' | 'hash' | 'readable'>, fixes: readonly Fix[]): Promise<number> {
  if (fixes.length === 0 || !file.readable) return 0;
  const current = await readFile(file.path);
  // The offsets of the fixes are those of the bytes that were checked.
  const source = decodeSource(current, Number.POSITIVE_INFINITY, noInputLimits);
  if (source.hash !== file.hash || source.problem) return 0;
  const { text, applied } = applyFixes(source.text, fixes);
  if (applied === 0 || text === source.text) return 0;
  const bytes = Buffer.from((source.hasBom ? '\uFEFF' : '') + text, 'utf8');
  const target = await realpath(file.path);
  const info = await stat(target);
  if (info.nlink > 1 || !(await replaceAtomically(target, bytes, info))) await writeInPlace(target, bytes);
  return applied;
}

/** Writes a new file beside `target` and renames it over `target`; false when it cannot keep the owner. */
async function replaceAtomically(target: string, bytes: Buffer, info: { mode: number; uid: number; gid: number }): Promise<boolean> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    const made = await stat(temporary);
    if (made.uid !== info.uid || made.gid !== info.gid) {
      try {
        await chown(temporary, info.uid, info.gid);
      } catch {
        await unlink(temporary);
        return false;
      }
    }
    // After chown, which clears the set-user-ID and set-group-ID bits.
    await chmod(temporary, info.mode);
    await rename(temporary, target);
    return true;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Overwrites `target` in place: same inode, so its hard links, owner and mode stay. */
async function writeInPlace(target: string, bytes: Buffer): Promise<void> {
  const handle = await open(target, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
