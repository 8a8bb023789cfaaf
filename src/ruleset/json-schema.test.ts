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
