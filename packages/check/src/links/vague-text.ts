/** Link texts that say nothing about where the link goes, compared lower case without punctuation. */
export const vagueLinkTexts: ReadonlySet<string> = new Set([
  'here',
  'click here',
  'click',
  'read more',
  'more',
  'learn more',
  'link',
  'this link',
  'this',
  'this page',
  'go here',
  'see here',
  'details',
  'continue',
  'continue reading',
]);

/** The normalised text when it is vague, `undefined` when it says where the link goes. */
export function vagueText(text: string): string | undefined {
  const normalised = text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return vagueLinkTexts.has(normalised) ? normalised : undefined;
}
