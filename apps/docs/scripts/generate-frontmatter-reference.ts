// Writes content/docs/reference/frontmatter.md from the content schemas; runs before every docs build.
import { renderFrontmatterReference } from './frontmatter-reference.ts';
import { writeGeneratedPage } from './write-generated-page.ts';

writeGeneratedPage('reference/frontmatter.md', renderFrontmatterReference(), 'frontmatter reference');
