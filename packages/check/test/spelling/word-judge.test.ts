import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dictionariesInThisThread, rememberingJudge } from '../../src/spelling/judge.js';
import type { WordVerdict } from '../../src/spelling/dictionary.js';
import { repoRoot } from '../helpers/config.js';

/** The repository's dictionaries, loaded once, behind a record of every question asked of them. */
const dictionaries = dictionariesInThisThread(repoRoot);
function askedJudge() {
  const questions: { words: string[]; suggestFor: number }[] = [];
  const tokenQuestions: { key: string; tokens: string[] }[] = [];
  const judge = rememberingJudge({
    setup: (request) => dictionaries.setup(request),
    tokens: (key, tokens) => {
      tokenQuestions.push({ key, tokens: [...tokens] });
      return dictionaries.tokens(key, tokens);
    },
    judge: (words, suggestFor) => {
      questions.push({ words: [...words], suggestFor });
      return dictionaries.judge(words, suggestFor);
    },
  });
  return { judge, questions, tokenQuestions };
}

const unknown = (verdict: WordVerdict) => !verdict.ok && !verdict.forbidden;

test('one question gives the verdicts and the suggestions of the first unknown words, and only theirs', async () => {
  const { judge, questions } = askedJudge();
  const words = ['system', 'recieve', 'the', 'seperate', 'broker', 'definately', 'occured'];
  const verdicts = await judge.judge(words, 2);
  expect(questions).toHaveLength(1);
  expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, false, true, false, true, false, false]);
  const [recieve, , seperate, , definately, occured] = verdicts.slice(1);
  expect(recieve!.suggestions).toContain('receive');
  expect(seperate!.suggestions).toContain('separate');
  // Past the first two unknown words nothing was suggested: each suggestion costs milliseconds.
  expect(definately!.withoutSuggestions).toBe(true);
  expect(occured!.withoutSuggestions).toBe(true);
});

test('a word known without suggestions is asked again only when it is among the first unknown words', async () => {
  const { judge, questions } = askedJudge();
  await judge.judge(['system', 'recieve', 'definately', 'occured'], 1);
  questions.length = 0;

  // `recieve` has its suggestions; `definately` is now the second unknown word: asked again.
  const second = await judge.judge(['recieve', 'definately', 'occured'], 2);
  expect(questions).toEqual([{ words: ['definately'], suggestFor: 2 }]);
  expect(second[1]!.suggestions).toContain('definitely');
  expect(second[2]!.withoutSuggestions).toBe(true);

  // Everything known, no suggestions wanted: no question at all.
  questions.length = 0;
  const third = await judge.judge(['system', 'occured', 'recieve'], 0);
  expect(questions).toEqual([]);
  expect(third.filter(unknown)).toHaveLength(2);
});

test('new words ask one question even when some of the first unknown words were judged before', async () => {
  // Words no other test asks about: the dictionaries keep what they suggested for a word.
  const { judge, questions } = askedJudge();
  await judge.judge(['wierd'], 0);
  questions.length = 0;
  const verdicts = await judge.judge(['wierd', 'acommodate', 'system'], 5);
  expect(questions).toEqual([{ words: ['wierd', 'acommodate', 'system'], suggestFor: 5 }]);
  expect(verdicts[0]!.suggestions).toContain('weird');
  expect(verdicts[1]!.suggestions).toContain('accommodate');
  expect(verdicts[2]!.ok).toBe(true);
});

test('the time spent judging words counts each question once, however many are asked at the same time', async () => {
  await dictionaries.judge(['loaded'], 0);
  const before = dictionaries.timings.judging;
  // Words no other test asks about, so that every one is looked up; one question per file of a run.
  const questions = Array.from({ length: 60 }, (_, file) => Array.from({ length: 200 }, (_, index) => `zqxfile${file}word${index}`));
  const started = performance.now();
  const answers = await Promise.all(questions.map((words) => dictionaries.judge(words, 0)));
  const elapsed = performance.now() - started;
  expect(answers.flat().filter(unknown)).toHaveLength(60 * 200);
  const judging = dictionaries.timings.judging - before;
  expect(judging).toBeGreaterThan(0);
  // One thread did the lookups, one question after another: they cannot take longer than the
  // questions took together. Timing each question across its waits counted the others' lookups too.
  expect(judging).toBeLessThanOrEqual(elapsed);
});

test("tokens are judged with cspell's rules and each is asked about once per settings", async () => {
  const { judge, tokenQuestions } = askedJudge();
  const { key } = await judge.setup({ path: join(repoRoot, 'content/blog/post.md'), directives: '' });
  const tokens = ['URLSearchParams', 'CVEs', "There've", 'myVaraible', 'read-heavey', 'high-throughout', 'ZorblaxFrobnicator'];
  const verdicts = await judge.tokens(key, tokens);
  expect(verdicts).toEqual([
    [],
    [],
    [],
    [{ offset: 2, word: 'Varaible', forbidden: false }],
    [{ offset: 5, word: 'heavey', forbidden: false }],
    [{ offset: 0, word: 'high-throughout', forbidden: true }],
    [
      { offset: 0, word: 'Zorblax', forbidden: false },
      { offset: 7, word: 'Frobnicator', forbidden: false },
    ],
  ]);
  await judge.tokens(key, ['CVEs', 'Kafka']);
  expect(tokenQuestions).toEqual([
    { key, tokens },
    { key, tokens: ['Kafka'] },
  ]);
});

test('files asking at the same time ask about a shared token once, and each gets its verdict', async () => {
  const { judge, tokenQuestions } = askedJudge();
  const { key } = await judge.setup({ path: join(repoRoot, 'content/blog/post.md'), directives: '' });
  // Three files' questions before any is answered, as the workers' files come in.
  const [first, second, third] = await Promise.all([
    judge.tokens(key, ['Quorvex', 'broker', 'recieve']),
    judge.tokens(key, ['recieve', 'Quorvex', 'Zanthrip', 'Zanthrip']),
    judge.tokens(key, ['broker', 'recieve']),
  ]);
  expect(tokenQuestions).toEqual([
    { key, tokens: ['Quorvex', 'broker', 'recieve'] },
    { key, tokens: ['Zanthrip'] },
  ]);
  const quorvex = [{ offset: 0, word: 'Quorvex', forbidden: false }];
  const recieve = [{ offset: 0, word: 'recieve', forbidden: false }];
  const zanthrip = [{ offset: 0, word: 'Zanthrip', forbidden: false }];
  expect(first).toEqual([quorvex, [], recieve]);
  expect(second).toEqual([recieve, quorvex, zanthrip, zanthrip]);
  expect(third).toEqual([[], recieve]);
});

test('a token whose question failed is asked again by the next file', async () => {
  let failing = true;
  const asked: string[][] = [];
  const judge = rememberingJudge({
    setup: (request) => dictionaries.setup(request),
    tokens: async (key, tokens) => {
      asked.push([...tokens]);
      if (failing) throw new Error('The dictionary thread stopped');
      return dictionaries.tokens(key, tokens);
    },
    judge: (words, suggestFor) => dictionaries.judge(words, suggestFor),
  });
  const { key } = await dictionaries.setup({ path: join(repoRoot, 'content/blog/post.md'), directives: '' });
  const results = await Promise.allSettled([judge.tokens(key, ['Quorvex']), judge.tokens(key, ['Quorvex', 'broker'])]);
  expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  failing = false;
  expect(await judge.tokens(key, ['Quorvex'])).toEqual([[{ offset: 0, word: 'Quorvex', forbidden: false }]]);
  expect(asked).toEqual([['Quorvex'], ['broker'], ['Quorvex']]);
});

test("a file's own words are its alone: other files' tokens keep their verdicts", async () => {
  const { judge } = askedJudge();
  const path = join(repoRoot, 'content/blog/post.md');
  const own = await judge.setup({ path, directives: '<!-- cspell:words Zorblax -->' });
  const plain = await judge.setup({ path, directives: '' });
  expect(own.key).not.toBe(plain.key);
  expect(await judge.tokens(own.key, ['ZorblaxFrobnicator', 'Zorblax'])).toEqual([[{ offset: 7, word: 'Frobnicator', forbidden: false }], []]);
  expect(await judge.tokens(plain.key, ['Zorblax'])).toEqual([[{ offset: 0, word: 'Zorblax', forbidden: false }]]);
});

test('a file that ignorePaths names is not spell-checked', async () => {
  const { judge } = askedJudge();
  // The repository's configuration leaves out `**/dist/**`.
  expect((await judge.setup({ path: join(repoRoot, 'apps/docs/dist/guides/post.md'), directives: '' })).check).toBe(false);
  expect((await judge.setup({ path: join(repoRoot, 'content/blog/post.md'), directives: '' })).check).toBe(true);
});
