import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/run/check.js';
import { defineRule } from '../../src/rule.js';
import { frontmatterRecord } from '../../src/rules/frontmatter/schema.js';
import { frontmatterDescriptionUnrelatedRule } from '../../src/rules/frontmatter/frontmatter-description-unrelated.js';
import { repoConfig } from '../helpers/config.js';

const commonWords = new Set('about also because been from have into more most only other over some such than that their them then there these they this those through under very were what when where which will with would your want make many like need used uses using'.split(' '));
const significant = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)].map((match) => match[0].toLowerCase()).filter((word) => word.length >= 4 && !commonWords.has(word));
const fold = (word: string) => word.replace(/['’]s$/, '').replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '');

/** The rule as first written: every word of the title and the whole body folded, then compared. */
const readEverythingRule = defineRule({
  meta: { id: 'description-unrelated-reference', family: 'frontmatter', defaultSeverity: 'warning', description: 'Reference: reads the whole body.' },
  check(file, report, context) {
    const data = frontmatterRecord(file);
    if (typeof data?.description !== 'string' || !file.frontmatter) return;
    const wanted = [...new Set(significant(data.description))];
    if (wanted.length < 2) return;
    const body = file.tree.children.filter((node) => node.type !== 'yaml').map((node) => toString(node)).join(' ');
    const met = new Set([...significant(typeof data.title === 'string' ? data.title : ''), ...significant(body)].map(fold));
    const missing = wanted.filter((word) => !met.has(fold(word)));
    const minShared = typeof context.options.minShared === 'number' ? context.options.minShared : 0.25;
    if ((wanted.length - missing.length) / wanted.length >= minShared) return;
    report({ message: missing.slice(0, 5).map((word) => `\`${word}\``).join(', '), place: file.frontmatter.positionOf(['description'], 'value') });
  },
});

const bodyWords = ['kafka', 'brokers', 'partition', 'replicas', 'consumer', 'offsets', 'retention', 'topics', 'leader', 'logs'];
const foreignWords = ['icons', 'social', 'astropaper', 'themes', 'gardening', 'recipes', 'sailing', 'violin'];

/** Deterministic cases: descriptions mixing words of the body (some in other forms) and foreign ones. */
function cases(): { name: string; text: string }[] {
  const result: { name: string; text: string }[] = [];
  let state = 7;
  const next = (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
  for (let index = 0; index < 60; index++) {
    const size = 2 + next(7);
    const words = Array.from({ length: size }, () => {
      const word = next(3) === 0 ? bodyWords[next(bodyWords.length)]! : foreignWords[next(foreignWords.length)]!;
      return next(4) === 0 ? `${word}s` : word;
    });
    const paragraphs = Array.from({ length: 1 + next(4) }, (_, paragraph) => `Paragraph ${paragraph} about ${bodyWords.slice(paragraph * 2, paragraph * 2 + 3).join(' and ')}.`);
    result.push({
      name: `blog/case-${index}.md`,
      text: ['---', `title: Notes on ${bodyWords[next(bodyWords.length)]}`, `description: ${words.join(' ')}`, 'pubDatetime: 2024-12-04', '---', '', ...paragraphs, ''].join('\n'),
    });
  }
  return result;
}

describe('frontmatter-description-unrelated stops reading early', () => {
  it.each([0, 0.25, 0.5, 0.75, 1])('reports the same descriptions and words as reading the whole body, with minShared %s', async (minShared) => {
    const config = repoConfig();
    const rules: typeof config.checks.rules = {
      ...config.checks.rules,
      'frontmatter-description-unrelated': ['warning', { minShared }],
      'description-unrelated-reference': ['warning', { minShared }],
    };
    const result = await check({
      config: { ...config, checks: { ...config.checks, rules } },
      sources: cases().map(({ name, text }) => ({ relativePath: `content/${name}`, bytes: text })),
      rules: [frontmatterDescriptionUnrelatedRule, readEverythingRule],
      style: false,
    });
    const found = (ruleId: string) =>
      result.files.flatMap((file) => file.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => `${file.file.relativePath}:${diagnostic.line}:${diagnostic.column}`));
    const reference = found('description-unrelated-reference');
    if (minShared > 0) expect(reference.length).toBeGreaterThan(0);
    if (minShared < 1) expect(reference.length).toBeLessThan(60);
    expect(found('frontmatter-description-unrelated')).toEqual(reference);
    const listedWords = (ruleId: string) =>
      result.files.flatMap((file) => file.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => (diagnostic.message.match(/`[^`]+`/g) ?? []).join(' ').replaceAll('`', '')));
    expect(listedWords('frontmatter-description-unrelated')).toEqual(listedWords('description-unrelated-reference'));
  });
});
