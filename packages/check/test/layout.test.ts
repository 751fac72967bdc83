import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { packageDir } from './helpers/config.js';

const srcDir = join(packageDir, 'src');

/** Every module of `src/` with the modules of `src/` it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
  const modules = globSync('**/*.ts', { cwd: srcDir, ignore: ['**/*.d.ts'] }).sort();
  const graph = new Map<string, string[]>();
  for (const module of modules) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(srcDir, module), 'utf8'), true, true);
    const imported = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(srcDir, resolve(dirname(join(srcDir, module)), name)).replace(/\.js$/, '.ts'));
    graph.set(module, imported);
  }
  return graph;
}

/** The import cycles a depth-first walk meets, each as the modules around it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string) => {
    const at = path.indexOf(module);
    if (at !== -1) {
      found.push([...path.slice(at), module]);
      return;
    }
    if (done.has(module)) return;
    path.push(module);
    for (const next of graph.get(module) ?? []) visit(next);
    path.pop();
    done.add(module);
  };
  for (const module of graph.keys()) visit(module);
  return found;
}

describe('the package layout', () => {
  const graph = importGraph();

  test('the walk sees the modules and their imports', () => {
    expect(graph.get('rules/index.ts')).toContain('rules/spelling/spelling.ts');
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  test('no module imports itself through others', () => {
    expect(cycles(graph)).toEqual([]);
  });

  test('the plumbing imports no rule and no word service: the run wires them in', () => {
    const plumbing = [...graph].filter(([module]) => module.startsWith('threads/'));
    expect(plumbing.length).toBeGreaterThan(2);
    for (const [module, imported] of plumbing) {
      expect(imported.filter((target) => target.startsWith('rules/') || target.startsWith('spelling/')), module).toEqual([]);
    }
  });

  test('timing is read in profile/ only, and no module keeps a running stretch of its own', () => {
    const clocks = /performance\.now\(|threadCpuUsage\(/;
    const timed = [...graph.keys()].filter((module) => clocks.test(readFileSync(join(srcDir, module), 'utf8')));
    // The command line times the whole run for its summary line, and the external checker keeps to
    // its time budget; every measurement of a phase goes through profile/.
    expect(timed.filter((module) => !module.startsWith('profile/'))).toEqual(['cli/check-command.ts', 'links/external/check-external.ts']);
  });

  test('the link graph reads no file: the run hands it every page with its facts', () => {
    const links = [...graph].filter(([module]) => module.startsWith('links/') && !module.startsWith('links/external/'));
    expect(links.length).toBeGreaterThan(3);
    for (const [module, imported] of links) {
      expect(imported.filter((target) => target.startsWith('input/')), module).toEqual([]);
      expect(readFileSync(join(srcDir, module), 'utf8'), module).not.toMatch(/globSync|from 'tinyglobby'/);
    }
    // It asks whether linked files exist and reads linked images (image-files.ts), never a page.
    expect(readFileSync(join(srcDir, 'links/graph.ts'), 'utf8')).not.toMatch(/readFileSync|readFile\(/);
  });

  test('the rule interface imports no module of the package', () => {
    // Rules, the run and the tests all read rule.ts; what it needs of a file's facts is declared there.
    expect(graph.get('rule.ts')).toEqual([]);
  });
});
