import { describe, expect, it } from 'vitest';
import { rulesetJsonSchema } from '../ruleset/index';
import { FORMAT_NAMES, formatJsonSchema, isFormatName, listFormats, parseFormat } from './index';

function schemaOf(name: string): Record<string, unknown> {
  const r = formatJsonSchema(name);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('the format registry', () => {
  it('names ruleset first, then the other formats, each once, in kebab-case', () => {
    expect(FORMAT_NAMES[0]).toBe('ruleset');
    expect(new Set(FORMAT_NAMES).size).toBe(FORMAT_NAMES.length);
    for (const name of FORMAT_NAMES) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const name of ['ruleset', 'case-file', 'eligibility-rule']) expect(FORMAT_NAMES).toContain(name);
  });

  it('is frozen: FORMAT_NAMES and listFormats() cannot be changed by a caller', () => {
    expect(Object.isFrozen(FORMAT_NAMES)).toBe(true);
    expect(() => (FORMAT_NAMES as string[]).push('x')).toThrow(TypeError);
    const list = listFormats();
    expect(
      Object.isFrozen(list) && list.every((f) => Object.isFrozen(f) && Object.isFrozen(f.description)),
    ).toBe(true);
  });

  it('lists every format in FORMAT_NAMES order, with a title and a one-line description in id and en', () => {
    const list = listFormats();
    expect(list.map((f) => f.name)).toEqual([...FORMAT_NAMES]);
    for (const f of list) {
      expect(f.title.length, f.name).toBeGreaterThan(0);
      for (const text of [f.description.id, f.description.en]) {
        expect(text.length, f.name).toBeGreaterThan(10);
        expect(text, f.name).not.toContain('\n');
      }
      expect(f.description.id, f.name).not.toBe(f.description.en);
      expect(f.id).toBe(`https://unpkg.com/kinerja/schema/${f.name}.schema.json`);
    }
  });

  it.each(FORMAT_NAMES)(
    '%s: a draft 2020-12 JSON Schema with a stable $id, title and description',
    (name) => {
      const schema = schemaOf(name);
      const summary = listFormats().find((f) => f.name === name);
      expect(Object.keys(schema).slice(0, 2)).toEqual(['$schema', '$id']);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://unpkg.com/kinerja/schema/${name}.schema.json`);
      expect(schema.title).toBe(summary?.title);
      expect(schema.description).toBe(summary?.description.en);
      // Plain JSON: what is written to schema/<name>.schema.json reads back the same.
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    },
  );

  it.each(FORMAT_NAMES)('%s: a fresh document on every call (changing one changes nothing)', (name) => {
    const a = schemaOf(name);
    const before = JSON.stringify(a);
    a.title = 'changed';
    (a as { $defs?: unknown }).$defs = 'changed';
    expect(JSON.stringify(schemaOf(name))).toBe(before);
  });

  it('the ruleset document is rulesetJsonSchema(), at its published address', () => {
    expect(schemaOf('ruleset')).toEqual(rulesetJsonSchema());
    expect(schemaOf('ruleset').$id).toBe('https://unpkg.com/kinerja/schema/ruleset.schema.json');
    expect(schemaOf('ruleset').title).toBe('kinerja ruleset');
  });

  it('the case-file document points inline rulesets at the ruleset schema', () => {
    expect(JSON.stringify(schemaOf('case-file'))).toContain(
      '"$ref":"https://unpkg.com/kinerja/schema/ruleset.schema.json"',
    );
  });

  it('an unknown name, or anything but a string, is an issue at "name", never a throw', () => {
    const hostile: unknown[] = [
      'nope',
      'Ruleset',
      '__proto__',
      'constructor',
      'toString',
      '',
      undefined,
      null,
      42,
      Number.NaN,
      {},
      [],
      { toString: () => 'ruleset' },
      Symbol('ruleset'),
    ];
    for (const name of hostile) {
      const r = formatJsonSchema(name);
      expect(r.ok, String(typeof name === 'symbol' ? 'symbol' : JSON.stringify(name))).toBe(false);
      if (!r.ok) {
        expect(r.issues).toHaveLength(1);
        expect(r.issues[0]?.path).toEqual(['name']);
        expect(['input.invalid-value', 'input.invalid-type']).toContain(r.issues[0]?.code);
      }
      expect(isFormatName(name)).toBe(false);
    }
    const r = formatJsonSchema('nope');
    expect(!r.ok && r.issues[0]?.message.en).toContain(FORMAT_NAMES.join(', '));
    expect((formatJsonSchema as (...a: unknown[]) => unknown)()).toMatchObject({ ok: false });
  });
});

describe('parseFormat', () => {
  it('reads a file of any format with its one schema, as the JSON Schema describes it', () => {
    const schedule = parseFormat('date-schedule', [{ from: '2025-01-01', months: [4, 10], day: 1 }]);
    expect(schedule.ok).toBe(true);
    const facts = parseFormat('employee-facts', { birthDate: '2025-02-30' });
    expect(facts.ok ? [] : facts.issues.map((i) => i.path)).toEqual([['birthDate']]);
  });

  it('gives the issues of a file with their paths', () => {
    const r = parseFormat('demo-agency', { id: 'x', leniency: 'lots' });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('leniency');
    expect(paths).toContain('units');
  });

  it('an unknown or non-string name is an issue at name, as for formatJsonSchema', () => {
    for (const name of ['nope', 7, null]) {
      const r = parseFormat(name, {});
      const s = formatJsonSchema(name);
      expect(r.ok ? null : r.issues).toEqual(s.ok ? null : s.issues);
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([['name']]);
    }
  });
});
