import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../explain/index';
import { angkaKreditInputSchema, CASE_INPUT_FORMATS, CASE_KINDS, caseFileSchema } from './index';

const codes = (input: unknown) => {
  const r = parseWithSchema(caseFileSchema, input);
  return r.ok ? [] : r.issues.map((i) => [i.code, JSON.stringify(i.path)]);
};

describe('caseFileSchema (the format case-file)', () => {
  it('accepts the example of docs/testing-policies.md', () => {
    expect(
      codes({
        ruleset: 'pp46-2011',
        cases: [
          {
            name: 'on-target year',
            kind: 'evaluation',
            input: {},
            expect: { score: '85.50', predikat: 'baik' },
          },
        ],
      }),
    ).toEqual([]);
  });

  it('gives the stable codes and paths of parseCaseFile for the shape', () => {
    expect(codes({ cases: [{ name: ' ', input: 1, expect: [] }], ruleset: 3 })).toEqual([
      ['testing.ruleset-type', '["ruleset"]'],
      ['input.invalid-type', '["cases",0,"name"]'],
      ['input.invalid-type', '["cases",0,"expect"]'],
    ]);
    expect(codes({ cases: [{ name: 'a', input: 1, expect: { 'a..b': 1, error: false } }] })).toEqual([
      ['testing.invalid-path', '["cases",0,"expect","a..b"]'],
      ['testing.error-value', '["cases",0,"expect","error"]'],
      ['testing.error-alone', '["cases",0,"expect","error"]'],
    ]);
    expect(codes({ cases: [{ name: 'a', expect: {}, asOf: '2025-02-30' }] })).toEqual([
      ['input.required', '["cases",0,"input"]'],
      ['date.not-a-date', '["cases",0,"asOf"]'],
    ]);
  });

  it('maps every case kind to the formats of its input', () => {
    expect(Object.keys(CASE_INPUT_FORMATS).sort()).toEqual([...CASE_KINDS].sort());
    expect(Object.isFrozen(CASE_KINDS) && Object.isFrozen(CASE_INPUT_FORMATS)).toBe(true);
  });
});

describe('angkaKreditInputSchema (the format angka-kredit-input)', () => {
  const ok = (v: unknown) => parseWithSchema(angkaKreditInputSchema, v).ok;
  it('accepts one period or a ledger', () => {
    expect(ok({ jenjang: 'ahli-pertama', predikat: 'baik', months: 12 })).toBe(true);
    expect(ok({ jenjang: 'ahli-pertama', predikat: 'baik', months: '2' })).toBe(true);
    expect(
      ok({
        jenjang: 'ahli-madya',
        golongan: 'IV/a',
        conventional: '500',
        thresholds: 'rounded',
        entries: [{ year: 2024, predikat: 'baik', months: 12 }],
      }),
    ).toBe(true);
  });
  it('rejects a mix of both, unknown keys and wrong types', () => {
    expect(ok({ jenjang: 'ahli-pertama', predikat: 'baik' })).toBe(false);
    expect(ok({ jenjang: 'ahli-pertama', predikat: 'baik', months: 12, extra: 1 })).toBe(false);
    expect(ok({ entries: [{ predikat: 5, months: 12 }] })).toBe(false); // months are checked by buildLedger (career.invalid-months)
    expect(ok({ entries: [], thresholds: 'nearest' })).toBe(false);
  });
});
