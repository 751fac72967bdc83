// Times each lint rule of the preset on its own, then the whole preset, over trees parsed once,
// the way `pressroom check` runs them; several rounds, CPU time. With `--upstream`, the same for
// the list the preset was built from before (remark-lint's presets and rules as published).
// Usage (after `pnpm build`): node scripts/time-rules.mjs <folder with .md files> [rounds] [--upstream]
// `ONLY=<plugin name>` times one entry ("whole preset" for the whole list), e.g. under --cpu-prof.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { headingPunctuation, lintPlugins } from '../dist/index.js';
import { upstreamLintPlugins } from '../test/upstream-plugins.ts';

const args = process.argv.slice(2);
const useUpstream = args.includes('--upstream');
const [folder, roundsArgument = '5'] = args.filter((arg) => !arg.startsWith('--'));
const rounds = Number(roundsArgument);
const only = process.env.ONLY;

const plugins = useUpstream ? upstreamLintPlugins(headingPunctuation) : lintPlugins;

function markdownFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return /\.md$/.test(name) ? [path] : [];
  });
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const documents = markdownFiles(folder).map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path, text, tree: parser.parse(new VFile({ path, value: text })) };
});

// The attachers after unified merged the list: a rule listed twice runs once, last options win.
// The message control that remark-lint (or ours) adds is timed with the plugin that adds it.
const merged = unified().use(plugins).freeze().attachers;
const entries = merged.filter(([plugin]) => plugin.name !== 'lintMessageControl').map(([plugin, ...options]) => ({ name: plugin.name || 'anonymous', plugin, options }));
entries.push({ name: 'whole preset', processor: unified().use(plugins).freeze() });

async function timeOne(processor) {
  const started = process.cpuUsage();
  let messages = 0;
  for (const document of documents) {
    const file = new VFile({ path: document.path, value: document.text });
    await processor.run(document.tree, file);
    messages += file.messages.length;
  }
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, messages };
}

const results = new Map();
for (let round = 0; round < rounds; round++) {
  for (const entry of entries.filter((entry) => !only || entry.name === only)) {
    const processor = entry.processor ?? unified().use(entry.plugin, ...entry.options).freeze();
    const { ms, messages } = await timeOne(processor);
    const row = results.get(entry.name) ?? { samples: [], messages };
    row.samples.push(ms);
    results.set(entry.name, row);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [...results].map(([name, row]) => ({ name, median: median(row.samples), min: Math.min(...row.samples), messages: row.messages }));
rows.sort((a, b) => b.median - a.median);
console.log(`${useUpstream ? 'upstream list' : 'preset'}: ${documents.length} files, ${rounds} rounds, CPU ms per pass over all files`);
console.log('| rule | median ms | min ms | messages |\n| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.name} | ${row.median.toFixed(0)} | ${row.min.toFixed(0)} | ${row.messages} |`);
