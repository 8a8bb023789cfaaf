/**
 * The package's schema/ folder: `npm run build` (scripts/write-schema.mjs, from the built dist)
 * writes one JSON Schema per public data format, `schema/<name>.schema.json`, and package.json
 * exports them. Each file must equal formatJsonSchema(name) of the sources, for every name of
 * FORMAT_NAMES (a new format is covered without editing this test). Needs dist/ and schema/:
 * `npm test` builds first; by hand, run `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { FORMAT_NAMES, formatJsonSchema, RULESET_SCHEMA_ID, rulesetJsonSchema } from '../src/index';

const root = resolve(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'kinerja-schema-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function expected(name: string): Record<string, unknown> {
  const r = formatJsonSchema(name);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
}

const wantedFiles = FORMAT_NAMES.map((n) => `${n}.schema.json`).sort();

describe('the JSON Schema files', () => {
  it('package.json ships schema/ and exports every file (and ruleset.schema.json by name)', () => {
    expect(pkg.files).toContain('schema');
    const exports = pkg.exports as Record<string, unknown>;
    expect(exports['./schema/*.json']).toBe('./schema/*.json');
    expect(exports['./schema/ruleset.schema.json']).toBe('./schema/ruleset.schema.json');
    expect(pkg.scripts.build).toContain('scripts/write-schema.mjs');
  });

  it('scripts/write-schema.mjs writes formatJsonSchema(name) for every name, from dist', () => {
    expect(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run npm run build').toBe(true);
    const r = spawnSync(process.execPath, ['scripts/write-schema.mjs', temp], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(filesIn(temp)).toEqual(wantedFiles);
    for (const name of FORMAT_NAMES) {
      const text = readFileSync(join(temp, `${name}.schema.json`), 'utf8');
      expect(JSON.parse(text), name).toEqual(expected(name));
      expect(text).toBe(`${JSON.stringify(expected(name), null, 2)}\n`);
    }
  });

  it.each(FORMAT_NAMES)(
    'schema/%s.schema.json is formatJsonSchema(name) (regenerate: npm run build)',
    (name) => {
      const file = join(root, 'schema', `${name}.schema.json`);
      expect(existsSync(file), `${file} is missing: run npm run build`).toBe(true);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected(name));
    },
  );

  it('schema/ holds no file of a format that no longer exists', () => {
    expect(filesIn(join(root, 'schema'))).toEqual(wantedFiles);
  });

  it('the ruleset file keeps its address and content', () => {
    const file = JSON.parse(readFileSync(join(root, 'schema/ruleset.schema.json'), 'utf8'));
    expect(file.$id).toBe(RULESET_SCHEMA_ID);
    expect(RULESET_SCHEMA_ID).toBe('https://unpkg.com/kinerja/schema/ruleset.schema.json');
    expect(file).toEqual(rulesetJsonSchema());
  });
});
