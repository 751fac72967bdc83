/**
 * `pnpm --filter @pressroom/bench multilingual`: the cost of spelling each docs locale in its own
 * language. Two corpora of the same size and shape are generated: an English docs site without
 * locales, and a docs site whose pages are spread evenly over five locales (English at the root,
 * French, German, Spanish, Japanese). `pressroom check --no-cache` runs on each, alternately, and
 * the table gives both and their ratios (the target: the multilingual run costs at most 1.5× the
 * English one in wall time, CPU time and peak memory alike). `--write` puts the table in
 * docs/benchmarks/multilingual.md.
 *
 * Each language's prose is drawn from the words of its own cspell dictionary, so that the words
 * judged are as many and as varied in each; Japanese, which no dictionary knows, is written from a
 * few sentences. Every page holds planted misspellings at the same rate.
 *
 * `--by-language` also checks each language's pages of the multilingual corpus alone (the root's
 * English pages, then each locale's folder), to show what each language costs on its own.
 *
 * Flags: --pages 2000  --repeat 3  --seed pressroom  --out-dir DIR  --write  --by-language
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { repoRoot } from './corpus.ts';
import { assertTimeAvailable, measure, type Measurement } from './measure.ts';
import { Random } from './random.ts';

type Language = 'en' | 'fr' | 'de' | 'es' | 'ja';

/**
 * What the measurements mean, written by hand beside the generated page (`--write` appends it):
 * what holds the ratio back, from the last runs.
 */
const notesFile = join(repoRoot, 'docs/benchmarks/multilingual-notes.md');

/** The dictionary each language's words are drawn from. */
const dictionaries: Record<Exclude<Language, 'ja'>, string> = {
  en: '@cspell/dict-en_us/en_US.trie.gz',
  fr: '@cspell/dict-fr-fr/fr-fr.trie.gz',
  de: '@cspell/dict-de-de/de_DE.trie.gz',
  es: '@cspell/dict-es-es/Spanish.trie.gz',
};

/** Distinct words a language's prose is made of: about as many as the English corpus of `pnpm bench` uses. */
const vocabularySize = 600;

/** Plain words: letters only, lower case but for a capital first letter (German nouns). */
const plainWord = /^\p{L}\p{Ll}{2,11}$/u;

function vocabulary(language: Exclude<Language, 'ja'>, random: Random): string[] {
  // Not `require.resolve`: the packages export their cspell configuration only.
  const path = join(repoRoot, 'bench/node_modules', dictionaries[language]);
  const trie = decodeTrie(gunzipSync(readFileSync(path)));
  const words: string[] = [];
  for (const word of trie.words()) if (plainWord.test(word)) words.push(word);
  return random.sample(words, vocabularySize);
}

const japanese = [
  'このページでは設定の方法を説明します。',
  '確認の前にすべてのファイルを保存してください。',
  '公開する前に内容をもう一度読みます。',
  '新しいページはこのフォルダに追加します。',
  'リンクが正しいかどうかを確かめます。',
  '見出しは短く、わかりやすく書きます。',
];

/** A misspelling of `word`: two of its inner letters swapped. */
function misspell(word: string): string {
  if (word.length < 5) return `${word}${word.at(-1)}`;
  const at = Math.floor(word.length / 2);
  return `${word.slice(0, at - 1)}${word[at]}${word[at - 1]}${word.slice(at + 1)}`;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface Page {
  text: string;
  words: number;
  planted: number;
}

function page(language: Language, words: readonly string[], random: Random): Page {
  let count = 0;
  let planted = 0;
  const sentence = (min: number, max: number): string => {
    if (language === 'ja') {
      count += 1;
      return random.pick(japanese);
    }
    const picked = Array.from({ length: random.int(min, max) }, () => {
      count += 1;
      // One word in three hundred is misspelled, in every language.
      if (random.chance(1 / 300)) {
        planted += 1;
        return misspell(random.pick(words));
      }
      return random.pick(words);
    });
    return `${capitalised(picked.join(' '))}.`;
  };
  const paragraph = () => Array.from({ length: random.int(4, 7) }, () => sentence(6, 14)).join(' ');
  const title = language === 'ja' ? random.pick(japanese).slice(0, 10) : capitalised(Array.from({ length: 3 }, () => random.pick(words)).join(' '));
  const lines = ['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(sentence(8, 12))}`, '---', '', paragraph(), ''];
  for (let section = 0; section < random.int(3, 5); section += 1) {
    lines.push(`## ${language === 'ja' ? `見出し ${section + 1}` : capitalised(`${random.pick(words)} ${random.pick(words)}`)}`, '', paragraph(), '', paragraph(), '');
  }
  return { text: lines.join('\n'), words: count, planted };
}

interface Corpus {
  dir: string;
  pages: number;
  words: number;
  bytes: number;
  planted: number;
  /** Pages and planted misspellings of each language. */
  byLanguage: Map<Language, { pages: number; planted: number }>;
}

const languages: Language[] = ['en', 'fr', 'de', 'es', 'ja'];

function generate(profile: 'english' | 'multilingual', pages: number, seed: string, outDir: string, vocabularies: Map<Language, string[]>): Corpus {
  const dir = join(outDir, profile);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/blog'), { recursive: true });
  const docs: Record<string, unknown> = {
    title: 'Bench docs',
    description: 'Generated pages.',
    url: 'https://docs.pressroom.example',
    base: '/',
    contentDir: 'content/docs',
  };
  if (profile === 'multilingual') {
    docs.locales = {
      root: { label: 'English', lang: 'en' },
      fr: { label: 'Français' },
      de: { label: 'Deutsch' },
      es: { label: 'Español' },
      ja: { label: '日本語' },
    };
  }
  const config = {
    author: 'Pressroom',
    repository: { url: 'https://github.com/pressroom-dev/pressroom', branch: 'main' },
    sites: {
      blog: { title: 'Bench blog', description: 'No posts.', url: 'https://blog.pressroom.example', base: '/', contentDir: 'content/blog' },
      docs,
    },
  };
  writeFileSync(join(dir, 'pressroom.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(dir, 'cspell.config.yaml'), "version: '0.2'\nlanguage: en\n");
  const random = new Random(`${seed}:${profile}:${pages}`);
  const corpus: Corpus = { dir, pages, words: 0, bytes: 0, planted: 0, byLanguage: new Map() };
  for (let index = 0; index < pages; index += 1) {
    const language = profile === 'english' ? 'en' : languages[index % languages.length]!;
    const made = page(language, vocabularies.get(language) ?? [], random);
    const file = join(dir, 'content/docs', language === 'en' ? '' : language, `section-${index % 20}`, `page-${index}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, made.text);
    corpus.words += made.words;
    corpus.bytes += Buffer.byteLength(made.text);
    corpus.planted += made.planted;
    const counts = corpus.byLanguage.get(language) ?? { pages: 0, planted: 0 };
    counts.pages += 1;
    counts.planted += made.planted;
    corpus.byLanguage.set(language, counts);
  }
  return corpus;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Spelling findings of a run's JSON report, and its notes. */
function spellingOf(measurement: Measurement): { findings: number; notes: string[] } {
  const report = JSON.parse(readFileSync(measurement.stdoutPath, 'utf8')) as { diagnostics: { ruleId: string }[] };
  const notes = readFileSync(measurement.stderrPath, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('pressroom: spelling not checked'));
  return { findings: report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'spelling').length, notes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '2000' },
      repeat: { type: 'string', default: '3' },
      seed: { type: 'string', default: 'pressroom' },
      'out-dir': { type: 'string' },
      write: { type: 'boolean', default: false },
      'by-language': { type: 'boolean', default: false },
    },
  });
  const pages = Number(values.pages);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(pages) || pages < languages.length || !Number.isInteger(repeat) || repeat < 1) {
    throw new Error(`Expected --pages ≥ ${languages.length} and --repeat ≥ 1, got ${values.pages} and ${values.repeat}`);
  }
  assertTimeAvailable();
  const loadAtStart = loadavg();
  const outDir = values['out-dir'] ?? join(tmpdir(), `pressroom-bench-multilingual-${values.seed}`);
  mkdirSync(outDir, { recursive: true });
  const random = new Random(`${values.seed}:vocabulary`);
  const vocabularies = new Map<Language, string[]>();
  for (const language of ['en', 'fr', 'de', 'es'] as const) vocabularies.set(language, vocabulary(language, random));
  const corpora = {
    english: generate('english', pages, values.seed, outDir, vocabularies),
    multilingual: generate('multilingual', pages, values.seed, outDir, vocabularies),
  };
  const bin = join(repoRoot, 'packages/check/bin/pressroom.js');
  const runs: Record<keyof typeof corpora, Measurement[]> = { english: [], multilingual: [] };
  for (let round = 0; round < repeat; round += 1) {
    // Alternately, so that the machine's load weighs on both alike.
    for (const profile of ['english', 'multilingual'] as const) {
      const run = await measure(`${profile}-${round}`, [process.execPath, bin, 'check', '--no-cache', '--format', 'json'], { cwd: corpora[profile].dir, outDir, timeoutSeconds: 600 });
      if (run.timedOut || run.exitCode > 1) throw new Error(`pressroom check failed on the ${profile} corpus (exit ${run.exitCode}); see ${run.stderrPath}`);
      runs[profile].push(run);
    }
  }
  const rows = (['english', 'multilingual'] as const).map((profile) => {
    const corpus = corpora[profile];
    const spelling = spellingOf(runs[profile][0]!);
    return {
      profile,
      corpus,
      wall: median(runs[profile].map((run) => run.wall)),
      cpu: median(runs[profile].map((run) => run.cpu)),
      peakMb: median(runs[profile].map((run) => run.peakMb)),
      ...spelling,
    };
  });
  const [english, multilingual] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const wallRatio = multilingual.wall / english.wall;
  const cpuRatio = multilingual.cpu / english.cpu;
  const peakRatio = multilingual.peakMb / english.peakMb;
  const table = [
    '| Profile | Pages | Words | MB | Wall (s) | CPU (s) | Peak RSS (MB) | Spelling findings | Planted misspellings |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.profile} | ${row.corpus.pages} | ${row.corpus.words} | ${(row.corpus.bytes / 1e6).toFixed(1)} | ${row.wall.toFixed(2)} | ${row.cpu.toFixed(2)} | ${row.peakMb.toFixed(0)} | ${row.findings} | ${row.corpus.planted} |`,
    ),
  ].join('\n');
  const met = [wallRatio, cpuRatio, peakRatio].every((ratio) => ratio <= 1.5);
  const verdict = `multilingual / english: ${wallRatio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU, ${peakRatio.toFixed(2)}× peak memory (target ≤ 1.5× on all three: ${met ? 'met' : 'NOT met'})`;
  // Each language's pages of the multilingual corpus checked alone: a run's fixed cost (starting,
  // loading the English dictionaries the run warms up) is in each row.
  const byLanguage: string[] = [];
  if (values['by-language']) {
    byLanguage.push(
      '| Pages checked | Pages | Wall (s) | CPU (s) | Peak RSS (MB) | Spelling findings | Planted misspellings |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const language of languages) {
      const counts = corpora.multilingual.byLanguage.get(language)!;
      const docsDir = join(corpora.multilingual.dir, 'content/docs');
      const paths = language === 'en' ? readdirSync(docsDir).filter((name) => name.startsWith('section-')).map((name) => `content/docs/${name}`) : [`content/docs/${language}`];
      const run = await measure(`multilingual-${language}`, [process.execPath, bin, 'check', '--no-cache', '--format', 'json', ...paths], { cwd: corpora.multilingual.dir, outDir, timeoutSeconds: 600 });
      if (run.timedOut || run.exitCode > 1) throw new Error(`pressroom check failed on the ${language} pages (exit ${run.exitCode}); see ${run.stderrPath}`);
      const name = language === 'en' ? 'English (root)' : language;
      byLanguage.push(`| ${name} | ${counts.pages} | ${run.wall.toFixed(2)} | ${run.cpu.toFixed(2)} | ${run.peakMb.toFixed(0)} | ${spellingOf(run).findings} | ${counts.planted} |`);
    }
  }
  console.log(table);
  console.log(verdict);
  if (byLanguage.length > 0) console.log(byLanguage.join('\n'));
  for (const note of multilingual.notes) console.log(`multilingual run: ${note}`);
  if (values.write) {
    const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
    const machine = `${execFileSync('uname', ['-sm'], { encoding: 'utf8' }).trim()}, Node.js ${process.version}, load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`;
    const page = [
      '# Spelling in several languages',
      '',
      'Generated by `pnpm --filter @pressroom/bench multilingual --write` (`bench/src/multilingual.ts`): two',
      `docs corpora of ${pages} pages, one in English without locales, one spread evenly over five locales`,
      '(English at the root, French, German, Spanish, Japanese), each language written from the words of',
      'its own cspell dictionary, with misspellings planted at the same rate. `pressroom check --no-cache`',
      `runs on each alternately, ${repeat} times; the table gives the medians.`,
      '',
      table,
      '',
      verdict,
      '',
      `Machine: ${machine}.`,
      '',
      'Japanese is not spell-checked (no dictionary): the run says so once. The planted misspellings',
      'are the only unknown words a run should find; a word swapped into another real word is not one,',
      'so a run may find a few fewer.',
      '',
      ...(byLanguage.length > 0
        ? [
            '## Each language alone',
            '',
            "Each language's pages of the multilingual corpus checked alone, right after (`--by-language`):",
            '',
            ...byLanguage,
            '',
          ]
        : []),
      ...(existsSync(notesFile) ? [readFileSync(notesFile, 'utf8').trimEnd(), ''] : []),
    ].join('\n');
    writeFileSync(join(repoRoot, 'docs/benchmarks/multilingual.md'), page);
  }
}

await main();
