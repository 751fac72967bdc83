import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from './engine.js';
import type { ContentFile, Fix } from './rule.js';

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
export async function writeFixes(file: ContentFile, fixes: readonly Fix[]): Promise<number> {
  if (fixes.length === 0 || !file.readable) return 0;
  const current = await readFile(file.path);
  const { createHash } = await import('node:crypto');
  if (createHash('sha256').update(current).digest('hex') !== file.hash) return 0;
  const { text, applied } = applyFixes(file.text, fixes);
  if (applied === 0 || text === file.text) return 0;
  const bytes = Buffer.from((file.hasBom ? '\uFEFF' : '') + text, 'utf8');
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
