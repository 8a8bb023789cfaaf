// Writes the JSON Schema of every public data format (FORMAT_NAMES) from the built library to
// schema/<name>.schema.json, so the package ships each at the address its "$id" names
// (https://unpkg.com/kinerja/schema/<name>.schema.json). Files of formats that no longer exist are
// removed. An optional argument names another folder (the tests write to a temporary one).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FORMAT_NAMES, formatJsonSchema } from '../dist/index.js';

const out = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL('../schema/', import.meta.url);
mkdirSync(out, { recursive: true });
const wanted = new Set(FORMAT_NAMES.map((name) => `${name}.schema.json`));
for (const file of readdirSync(out)) {
  if (file.endsWith('.schema.json') && !wanted.has(file)) rmSync(new URL(file, out));
}
for (const name of FORMAT_NAMES) {
  const r = formatJsonSchema(name);
  if (!r.ok) throw new Error(`${name}: ${r.issues.map((i) => i.message.en).join('; ')}`);
  writeFileSync(new URL(`${name}.schema.json`, out), `${JSON.stringify(r.value, null, 2)}\n`);
}
