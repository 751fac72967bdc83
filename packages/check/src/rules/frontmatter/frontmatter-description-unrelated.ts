/**
 * Finds a `description` that shares almost no words with the title and the body.
 *
 * ## Why
 *
 * The description is what search engines and social networks show. A description copied from
 * another post or a template ("How to add a new social icon to AstroPaper" on a post about Kafka)
 * misleads every reader who finds the post through it. The rule compares the description's
 * significant words (four letters or more, common words left out, simple plural and verb endings
 * folded) with those of the title and the body, and reports a description when fewer than a quarter
 * of its words occur there. A draft (`draft: true`) is left alone: its description is often a
 * placeholder until the post is ready, and no reader sees it before then.
 *
 * ## Options
 *
 * `minShared` (number, default `0.25`): the share of the description's words that must occur in
 * the title or the body.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   ---
 *   title: What is Kafka?
 *   description: What Apache Kafka is and why LinkedIn built it.
 *   pubDatetime: 2024-12-04
 *   ---
 *
 *   Kafka was built at LinkedIn and is an Apache project.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: What is Kafka?
 *   description: How to add a new social icon to AstroPaper
 *   pubDatetime: 2024-12-04
 *   ---
 *
 *   Kafka moves events from one system to another, in real time.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   3:14-3:56: Unexpected description unrelated to the title and the body (none of `social`, `icon`, `astropaper` occurs there), expected a summary of this page
 */
import { toString } from 'mdast-util-to-string';
import { defineRule } from '../../rule.js';
import { frontmatterRecord } from './schema.js';

const commonWords = new Set(
  'about above after again also because been before being below between both could does doing down during each from further have having here into itself just more most much once only other over same should some such than that their them then there these they this those through under until very were what when where which while whom will with would your yours yourself want make many like need used uses using'.split(
    ' ',
  ),
);

function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '');
}

function* significantWords(text: string): Generator<string> {
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)) {
    const word = match[0].toLowerCase();
    if (word.length >= 4 && !commonWords.has(word)) yield word;
  }
}

export const frontmatterDescriptionUnrelatedRule = defineRule({
  meta: {
    id: 'frontmatter-description-unrelated',
    family: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'A description that shares almost nothing with the title and the body (copied from elsewhere).',
  },
  check(file, report, context) {
    const data = frontmatterRecord(file);
    const description = data?.description;
    if (typeof description !== 'string' || !file.frontmatter || data?.draft === true) return;
    const wanted = [...new Set(significantWords(description))];
    if (wanted.length < 2) return;
    const title = typeof data?.title === 'string' ? data.title : '';
    const minShared = typeof context.options.minShared === 'number' ? context.options.minShared : 0.25;
    const unmet = new Set(wanted.map(fold));
    const missing = () => wanted.filter((word) => unmet.has(fold(word)));
    const sharesEnough = () => (wanted.length - missing().length) / wanted.length >= minShared;
    const sharesEnoughWith = (text: string): boolean => {
      for (const word of significantWords(text)) if (unmet.delete(fold(word)) && sharesEnough()) return true;
      return false;
    };
    // Reading stops as soon as enough words were met, which for a fitting description is within
    // the first paragraphs: folding every word of every body was a visible share of a run's time.
    // The frontmatter node, which holds the description itself, is not part of the body.
    if (sharesEnough() || sharesEnoughWith(title)) return;
    for (const node of file.tree.children) if (node.type !== 'yaml' && (node.type as string) !== 'toml' && sharesEnoughWith(toString(node))) return;
    const listed = missing()
      .slice(0, 5)
      .map((word) => `\`${word}\``)
      .join(', ');
    report({
      message: `Unexpected description unrelated to the title and the body (none of ${listed} occurs there), expected a summary of this page`,
      place: file.frontmatter.positionOf(['description'], 'value'),
    });
  },
});
