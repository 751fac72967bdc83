// Build step: writes dist/pressroom.config.schema.json, the JSON Schema of both forms of the config,
// so a repository that installs only this package can point `$schema` at it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { anyConfigJsonSchema } from '@pressroom/site-config';

const target = new URL('../dist/pressroom.config.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(anyConfigJsonSchema(), null, 2)}\n`);
