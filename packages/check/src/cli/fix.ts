import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile, chmod } from 'node:fs/promises';
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
 * its line endings and its mode. Refuses when the file changed since it was read.
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
  const temporary = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const { mode } = await stat(file.path);
    await writeFile(temporary, bytes, { flag: 'wx' });
    await chmod(temporary, mode);
    await rename(temporary, file.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return applied;
}
