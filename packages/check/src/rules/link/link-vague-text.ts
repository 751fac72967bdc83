/**
 * Finds links whose text says nothing about where they go: "here", "click here", "read more",
 * or no text at all.
 *
 * ## Why
 *
 * Screen reader users often jump from link to link, and everyone scans a page for its links: the
 * text alone should say what is behind it. Write what the reader gets (`the frontmatter
 * reference`), not how to get it.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: Ok
 *   ---
 *
 *   Every field is in [the frontmatter reference](/).
 *
 * @example
 *   {"name": "docs/bad.md", "label": "input"}
 *
 *   ---
 *   title: Bad
 *   ---
 *
 *   The fields are listed [here](/). [Read more…](/)
 *
 * @example
 *   {"name": "docs/bad.md", "label": "output"}
 *
 *   5:23-5:32: Unexpected vague link text `here`, expected text that says where the link goes
 *   5:34-5:49: Unexpected vague link text `Read more…`, expected text that says where the link goes
 */
import { defineRule } from '../../rule.js';
import { fileLinks } from '../../links/state.js';
import { vagueText } from '../../links/vague-text.js';
import { placeOf } from '../../links/findings.js';

export const linkVagueTextRule = defineRule({
  meta: {
    id: 'link-vague-text',
    family: 'link',
    defaultSeverity: 'warning',
    description: 'Link text such as "here" or "read more" that does not say where the link goes.',
  },
  checkRecord(file, report, context) {
    const { links, references } = fileLinks(context, file);
    const texts = [
      ...links.filter(({ link }) => link.kind === 'link' && link.text !== undefined).map(({ link }) => ({ text: link.text!, position: link.textPosition ?? placeOf(link) })),
      ...references,
    ];
    for (const { text, position } of texts) {
      if (text.trim() === '') {
        report({ message: 'Unexpected empty link text, expected text that says where the link goes', place: position });
        continue;
      }
      if (vagueText(text) === undefined) continue;
      report({
        message: `Unexpected vague link text \`${text.trim()}\`, expected text that says where the link goes`,
        place: position,
      });
    }
  },
});
