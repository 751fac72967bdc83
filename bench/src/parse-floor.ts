/**
 * The floor for any remark-based checker: read every Markdown file of a corpus and tokenize it
 * with micromark (frontmatter on; GFM only with `--gfm`), single-threaded, building no tree.
 *
 * Usage: node src/parse-floor.ts CORPUS_DIR [--gfm]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function parseFloor(corpusDir: string, withGfm: boolean): { files: number; bytes: number; events: number } {
  const extensions = withGfm ? [frontmatter(), gfm()] : [frontmatter()];
  let bytes = 0;
  let events = 0;
  const files = markdownFiles(join(corpusDir, 'content'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    events += postprocess(parse({ extensions }).document().write(preprocess()(text, undefined, true))).length;
  }
  return { files: files.length, bytes, events };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { gfm: { type: 'boolean', default: false } } });
  const corpusDir = positionals[0];
  if (!corpusDir) {
    console.error('Usage: node src/parse-floor.ts CORPUS_DIR [--gfm]');
    process.exit(2);
  }
  console.log(JSON.stringify(parseFloor(corpusDir, values.gfm)));
}
