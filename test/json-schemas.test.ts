/**
 * Every public data format's JSON Schema, read by a standard validator (ajv, draft 2020-12): each
 * compiles, and the data the project keeps validates against it. The shared fixtures
 * (../shared/fixtures), the golden case files and the examples' case files are `case-file`s; each
 * case's input validates against its kind's input formats (CASE_INPUT_FORMATS) where the registry
 * has them, an eligibility case's rule against `eligibility-rule`, and every ruleset (inline, the
 * examples' files, the packs) against `ruleset`. Cases that expect an error are skipped: their
 * input is meant to be invalid. The lookups go through FORMAT_NAMES, so a format added to the
 * registry is checked without editing this test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { CASE_INPUT_FORMATS } from '../src/formats/index';
import {
  FORMAT_NAMES,
  formatJsonSchema,
  getPackSource,
  getPromotionRule,
  isPackId,
  PACK_IDS,
} from '../src/index';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/fixtures');

/** One validator holding every format's schema (by `$id`), so `$ref`s between them resolve. */
function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is not a dependency: the one format the schemas use, by hand.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  for (const name of FORMAT_NAMES) {
    const r = formatJsonSchema(name);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
    ajv.addSchema(r.value);
  }
  return ajv;
}

const ajv = createAjv();
const validators = new Map<string, ValidateFunction>();
/** The validator of a registered format, or undefined while the registry lacks it. */
function validatorOf(name: string): ValidateFunction | undefined {
  if (!(FORMAT_NAMES as readonly string[]).includes(name)) return undefined;
  let v = validators.get(name);
  if (!v) {
    v = ajv.getSchema(`https://unpkg.com/kinerja/schema/${name}.schema.json`);
    if (!v) throw new Error(`${name}: not compiled`);
    validators.set(name, v);
  }
  return v;
}

/** The validator's errors, readable, or [] when the value is valid. */
function errors(name: string, value: unknown): string[] {
  const v = validatorOf(name);
  if (!v) throw new Error(`${name} is not registered`);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const caseFiles = [
  ...filesUnder(shared, '.cases.json'),
  ...filesUnder(join(root, 'test/golden'), '.cases.json'),
  ...filesUnder(join(root, 'examples'), '.cases.json'),
].sort();

type Raw = Record<string, unknown>;
interface Case {
  readonly name: string;
  readonly kind?: string;
  readonly input: unknown;
  readonly expect: Raw;
  readonly ruleset?: unknown;
  readonly rule?: string;
}

/** A case's ruleset as its file holds it (a pack's source, a file read relative to the case file). */
function rulesetSource(ref: unknown, file: string): Raw | undefined {
  if (typeof ref === 'string')
    return isPackId(ref) ? getPackSource(ref) : (readJson(resolve(dirname(file), ref)) as Raw);
  return typeof ref === 'object' && ref !== null ? (ref as Raw) : undefined;
}

/** The eligibility rule a case names: the ruleset's own first, then the built-in one. */
function ruleOf(c: Case, file: string, fileRuleset: unknown): unknown {
  const ruleset = rulesetSource(c.ruleset ?? fileRuleset, file);
  const own = (ruleset?.promotion as { rules?: Raw } | undefined)?.rules;
  if (own && c.rule !== undefined && Object.hasOwn(own, c.rule)) return own[c.rule];
  return c.rule === undefined ? undefined : getPromotionRule(c.rule);
}

/** What each case of a file feeds into which format: [format, label, value]. */
function caseInputs(file: string): Array<[string, string, unknown]> {
  const data = readJson(file) as { ruleset?: unknown; cases: Case[] };
  const out: Array<[string, string, unknown]> = [];
  if (typeof data.ruleset === 'object') out.push(['ruleset', 'ruleset', data.ruleset]);
  for (const c of data.cases) {
    if (typeof c.ruleset === 'object') out.push(['ruleset', `${c.name}: ruleset`, c.ruleset]);
    if ('error' in c.expect) continue;
    const kind = (c.kind ?? 'evaluation') as keyof typeof CASE_INPUT_FORMATS;
    for (const format of CASE_INPUT_FORMATS[kind] ?? []) out.push([format, `${c.name}: input`, c.input]);
    if (kind === 'eligibility')
      out.push(['eligibility-rule', `${c.name}: rule`, ruleOf(c, file, data.ruleset)]);
  }
  return out;
}

describe('the JSON Schemas, with a standard validator (ajv, draft 2020-12)', () => {
  it.each(FORMAT_NAMES)('%s compiles', (name) => {
    expect(validatorOf(name)).toBeTypeOf('function');
  });

  it('finds the shared fixtures, the golden cases and the examples (so it cannot pass vacuously)', () => {
    const names = caseFiles.map((f) => relative(root, f));
    for (const f of ['pp46-2011', 'pp30-2019', 'permenpanrb-6-2022', 'careers-and-units'])
      expect(names).toContain(`../shared/fixtures/${f}.cases.json`);
    expect(names.filter((n) => n.startsWith('examples/')).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.startsWith('test/golden/')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(caseFiles.map((f) => [relative(root, f), f]))('%s is a valid case-file', (_label, file) => {
    expect(errors('case-file', readJson(file))).toEqual([]);
  });

  it.each(caseFiles.map((f) => [relative(root, f), f]))(
    'the inputs, rules and rulesets of %s validate against their formats',
    (_label, file) => {
      const failures: string[] = [];
      for (const [format, label, value] of caseInputs(file)) {
        if (!validatorOf(format)) continue; // not in the registry yet
        for (const e of errors(format, value)) failures.push(`${label} (${format}): ${e}`);
      }
      expect(failures).toEqual([]);
    },
  );

  it('checks inputs of every registered input format the case files feed (not vacuous)', () => {
    const seen = new Map<string, number>();
    for (const file of caseFiles)
      for (const [format] of caseInputs(file))
        if (validatorOf(format)) seen.set(format, (seen.get(format) ?? 0) + 1);
    const fed = new Set(['ruleset', 'eligibility-rule', ...Object.values(CASE_INPUT_FORMATS).flat()]);
    for (const name of FORMAT_NAMES) if (fed.has(name)) expect(seen.get(name) ?? 0, name).toBeGreaterThan(0);
  });

  it.each(
    [
      ...filesUnder(join(root, 'examples'), 'ruleset.json'),
      ...filesUnder(join(root, 'test/golden/rulesets'), '.json'),
      ...filesUnder(join(root, 'examples/packs'), '.json').filter((f) => !f.endsWith('.schema.json')),
    ].map((f) => [relative(root, f), f]),
  )('the ruleset %s is a valid ruleset', (_label, file) => {
    expect(errors('ruleset', readJson(file))).toEqual([]);
  });

  it.each(PACK_IDS)('the pack %s is a valid ruleset', (id) => {
    expect(errors('ruleset', getPackSource(id))).toEqual([]);
  });

  it('rejects a broken copy of a shared fixture: a misspelt key, a wrong type, a broken rule or ruleset', () => {
    const file = join(shared, 'careers-and-units.cases.json');
    const good = readJson(file) as { ruleset: unknown; cases: Raw[] };
    expect(errors('case-file', good)).toEqual([]);
    const copy = (): typeof good => structuredClone(good);

    const misspelt = copy();
    misspelt.cases[0] = { ...misspelt.cases[0], expected: misspelt.cases[0]?.expect };
    expect(errors('case-file', misspelt)).toContain('/cases/0 must NOT have additional properties');

    const wrongType = copy();
    (wrongType.cases[1] as Raw).name = 42;
    expect(errors('case-file', wrongType)).toContain('/cases/1/name must be string');

    const noCases = copy() as Raw;
    delete noCases.cases;
    expect(errors('case-file', noCases).length).toBeGreaterThan(0);

    const badRuleset = copy();
    badRuleset.ruleset = { schemaVersion: 2, id: 'x', version: 1, extends: 'pp46-2011' };
    expect(errors('case-file', badRuleset).length).toBeGreaterThan(0);

    const rule = getPromotionRule('kenaikan-pangkat-reguler');
    expect(errors('eligibility-rule', rule)).toEqual([]);
    expect(
      errors('eligibility-rule', { ...rule, all: [{ id: 'x', leaf: 'no-such-leaf' }] }).length,
    ).toBeGreaterThan(0);
  });
});
