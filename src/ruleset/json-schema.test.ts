import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { rulesetJsonSchema } from './json-schema';
import { getPackSource, PACK_IDS } from './packs';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(rulesetJsonSchema());
}

describe('rulesetJsonSchema', () => {
  const validate = validator();

  it.each(PACK_IDS)('a standard JSON Schema validator accepts the pack %s', (id) => {
    const ok = validate(getPackSource(id));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts a short file that extends a pack', () => {
    expect(
      validate({
        schemaVersion: 1,
        id: 'kab-x',
        version: 3,
        extends: 'permenpanrb-6-2022',
        effective: { from: '2025-01-01' },
      }),
    ).toBe(true);
  });

  it('accepts what an override may say: null removes a key, $replace, $remove, a part of a union', () => {
    const base = { schemaVersion: 1, id: 'kab-x', version: 1, extends: 'permenpanrb-6-2022' };
    const overrides = [
      { kinds: { rhk: null } },
      {
        final: {
          $replace: true,
          method: 'weighted',
          weights: { 'hasil-kerja': '70', perilaku: '30' },
          bandSet: 'b',
        },
      },
      { components: [{ id: 'perilaku', $remove: true }] },
      { components: [{ id: 'hasil-kerja', label: 'Hasil' }] },
      { promotion: null },
    ];
    for (const o of overrides) {
      const ok = validate({ ...base, ...o });
      expect(validate.errors ?? [], JSON.stringify(o)).toEqual([]);
      expect(ok).toBe(true);
    }
    // Still a shape: wrong types and unknown keys are rejected in an override too.
    expect(validate({ ...base, colour: 'red' })).toBe(false);
    expect(validate({ ...base, final: { weights: 'all' } })).toBe(false);
    expect(validate({ ...base, components: [{ id: 'x', colour: 'red' }] })).toBe(false);
  });

  it('rejects what the shape forbids: unknown keys, wrong types, a wrong schemaVersion, a non-decimal string', () => {
    const pack = getPackSource('pp46-2011');
    expect(validate({ ...pack, colour: 'red' })).toBe(false);
    expect(validate({ ...pack, version: '1' })).toBe(false);
    expect(validate({ ...pack, schemaVersion: 2 })).toBe(false);
    expect(
      validate({
        ...pack,
        final: { method: 'weighted', weights: { skp: 'abc', perilaku: 40 }, bandSet: 'pp46' },
      }),
    ).toBe(false);
    const { components: _omit, ...noComponents } = pack;
    expect(validate(noComponents)).toBe(false);
  });

  it('describes itself for editors', () => {
    const schema = rulesetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('kinerja ruleset');
  });
});
