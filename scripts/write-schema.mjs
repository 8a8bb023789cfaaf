// Writes schema/ruleset.schema.json from the built library, so the package ships the JSON Schema
// at the address its "$id" names (https://unpkg.com/kinerja/schema/ruleset.schema.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rulesetJsonSchema } from '../dist/index.js';

const out = new URL('../schema/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('ruleset.schema.json', out), `${JSON.stringify(rulesetJsonSchema(), null, 2)}\n`);
