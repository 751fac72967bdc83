// Writes pressroom.config.schema.json from the zod schema: `pnpm --filter @pressroom/site-config schema`.
// The file is committed (editors read it from a fresh clone) and a test fails when it drifts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchemaFile, siteConfigJsonSchema } from '../dist/index.js';

const target = fileURLToPath(new URL(`../${configJsonSchemaFile}`, import.meta.url));
writeFileSync(target, `${JSON.stringify(siteConfigJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
