// Writes content/docs/reference/configuration.md from the config's zod schema; runs before every docs build.
import { renderConfigReference } from './config-reference.ts';
import { writeGeneratedPage } from './write-generated-page.ts';

writeGeneratedPage('reference/configuration.md', renderConfigReference(), 'configuration reference');
