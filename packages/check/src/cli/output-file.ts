import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ReportOutput } from '../report/index.js';
import { UsageError } from './arguments.js';

/**
 * `-o, --output-file <path>`: what a format writes to stdout is kept and written to the file once
 * complete (folders made as needed, the file replaced whole); what it writes to stderr stays there.
 */
export function reportFile(path: string, cwd: string, stderr: (text: string) => void): ReportOutput & { save(): void } {
  const target = resolve(cwd, path);
  let text = '';
  return {
    stdout: (chunk) => void (text += chunk),
    stderr,
    save() {
      const partial = `${target}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(partial, text);
        renameSync(partial, target);
      } catch (error) {
        throw new UsageError(`Unexpected --output-file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}, expected a file that can be written`);
      }
    },
  };
}
