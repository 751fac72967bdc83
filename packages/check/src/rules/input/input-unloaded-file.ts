/**
 * Finds a file in a site's content folder that the site does not publish because of its
 * extension: a `.mdx` post (the blog publishes Markdown only), a `.markdown` or `.mdoc` page.
 *
 * ## Why
 *
 * Each site's collection loads the extensions it can render (`publishedExtensions` of
 * `@pressroom/site-config`): the blog `.md`, the docs `.md` and `.mdx`. Any other file is left out
 * of the build without a word, and every link to it breaks. A file whose name starts with `_` is
 * left out on purpose and is not reported.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.mdx"}
 *
 *   ---
 *   title: A page with a component
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/not-ok.mdx", "label": "input"}
 *
 *   ---
 *   title: A post with a component
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/not-ok.mdx", "label": "output"}
 *
 *   1:1: Unexpected `.mdx` file in the blog, expected `.md`: the blog publishes only `.md` files and leaves this one out; rename it, or move it to the docs if it needs components
 */
import { contentFolderOf, fileExtension, loadsFile, publishedExtensions } from '@pressroom/site-config';
import { defineRule } from '../../rule.js';

const siteNamed = { blog: 'the blog', docs: 'the docs site' } as const;

export const inputUnloadedFileRule = defineRule({
  meta: {
    id: 'input-unloaded-file',
    family: 'input',
    defaultSeverity: 'error',
    description: "A file in a site's content folder with an extension the site does not publish.",
  },
  check(file, report, context) {
    const folder = contentFolderOf(context.site.config, file.relativePath);
    if (!folder || loadsFile(folder.site, folder.inside)) return;
    const name = folder.inside.split('/').at(-1) ?? '';
    // Left out on purpose: partials and notes, as AstroPaper's glob skips them.
    if (name.startsWith('_')) return;
    const extensions: readonly string[] = publishedExtensions[folder.site];
    const expected = extensions.map((extension) => `\`.${extension}\``).join(' or ');
    const hint =
      folder.site === 'blog' && fileExtension(name) === 'mdx'
        ? 'rename it, or move it to the docs if it needs components'
        : `rename it to \`.${extensions[0]}\``;
    const site = siteNamed[folder.site];
    report({
      message: `Unexpected \`.${fileExtension(name)}\` file in ${site}, expected ${expected}: ${site} publishes only ${expected} files and leaves this one out; ${hint}`,
      place: { line: 1, column: 1, offset: 0 },
    });
  },
});
