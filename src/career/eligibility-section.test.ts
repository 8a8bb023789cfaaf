import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_RANK } from '../rating/index';
import { parseRuleset } from '../ruleset/index';
import { ELIGIBILITY_LEAF_TYPES, ELIGIBILITY_PREDIKAT_CODES } from '../ruleset/sections/career';
import { runPolicyCases } from '../testing/cases/run-policy-cases';
import { parseEligibilityRule } from './eligibility';

const agency = {
  schemaVersion: 1,
  id: 'kab-contoh',
  version: 1,
  extends: 'permenpanrb-6-2022',
  effective: { from: '2025-01-01' },
  promotion: {
    schedule: [{ months: [1, 7], day: 1 }],
    rules: {
      'seleksi-kepala-seksi': {
        id: 'seleksi-kepala-seksi',
        all: [
          { id: 'pendidikan', leaf: 'education-in', params: { education: ['s1', 'd4', 's2'] } },
          { id: 'sertifikat', leaf: 'compare', params: { path: 'sertifikat.pbj', op: 'eq', value: true } },
          { id: 'masa-kerja', leaf: 'experience', params: { years: 4 } },
        ],
      },
    },
  },
};

describe('the promotion section of a ruleset', () => {
  it('has one frozen leaf-type list', () => {
    expect(Object.isFrozen(ELIGIBILITY_LEAF_TYPES)).toBe(true);
  });

  it('names the national predikat codes in atLeast (the keys of PREDIKAT_RANK)', () => {
    expect([...ELIGIBILITY_PREDIKAT_CODES].sort()).toEqual(Object.keys(PREDIKAT_RANK).sort());
  });

  describe('parseRuleset and parseEligibilityRule read a rule with the one schema and agree', () => {
    const inRuleset = (rule: unknown) =>
      parseRuleset({ ...agency, promotion: { rules: { 'seleksi-kepala-seksi': rule } } });
    const codes = (r: { ok: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
      r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join('.')]);
    const cases: Array<[string, unknown]> = [
      [
        "duplicate node ids and max: 'old'",
        {
          id: 'seleksi-kepala-seksi',
          all: [
            { id: 'usia', leaf: 'age', params: { max: 'old' } },
            { id: 'usia', leaf: 'age', params: { max: 56 } },
          ],
        },
      ],
      ['max: Infinity, min: NaN', { id: 'r', leaf: 'age', params: { max: Infinity, min: Number.NaN } }],
      ['an empty all', { id: 'r', all: [] }],
    ];
    it.each(cases)('%s: both reject, with the same issues at the same paths', (_name, rule) => {
      const alone = parseEligibilityRule(rule, ['promotion', 'rules', 'seleksi-kepala-seksi']);
      const embedded = inRuleset(rule);
      expect(alone.ok).toBe(false);
      expect(embedded.ok).toBe(false);
      expect(codes(embedded)).toEqual(codes(alone));
    });
    it('both accept a good rule', () => {
      const rule = agency.promotion.rules['seleksi-kepala-seksi'];
      expect(parseEligibilityRule(rule).ok).toBe(true);
      expect(inRuleset(rule).ok).toBe(true);
    });
    it('agree on generated rules, valid or broken in one place', () => {
      const leaf = fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'Bad id'),
        leaf: fc.constantFrom(...ELIGIBILITY_LEAF_TYPES, 'shoe-size'),
        params: fc.oneof(
          fc.constant({}),
          fc.record({ years: fc.constantFrom(2, -1, 2.5, 'x', Number.NaN) }, { requiredKeys: [] }),
          fc.record(
            { min: fc.constantFrom(1, 300), max: fc.constantFrom(56, Infinity) },
            { requiredKeys: [] },
          ),
          fc.record({ atLeast: fc.constantFrom('baik', 'great') }),
          fc.record(
            { path: fc.constantFrom('a.b', 3), op: fc.constantFrom('eq', 'like') },
            { requiredKeys: [] },
          ),
        ),
      });
      const node = fc.letrec((tie) => ({
        node: fc.oneof(
          { depthSize: 'small' },
          leaf,
          fc.record({ id: fc.constantFrom('x', 'y', 'z'), all: fc.array(tie('node'), { maxLength: 3 }) }),
          fc.record({
            id: fc.constantFrom('x', 'y'),
            any: fc.array(tie('node'), { minLength: 1, maxLength: 2 }),
          }),
          fc.record({ id: fc.constantFrom('n', 'm'), not: tie('node') }),
        ),
      })).node;
      fc.assert(
        fc.property(node, (rule) => {
          const alone = parseEligibilityRule(rule, ['promotion', 'rules', 'seleksi-kepala-seksi']);
          expect(codes(inRuleset(rule))).toEqual(codes(alone));
        }),
        { numRuns: 300 },
      );
    });
  });

  it('accepts an agency rule as data and rejects a malformed node at its path', () => {
    expect(parseRuleset(agency).ok).toBe(true);
    const bad = structuredClone(agency) as unknown as {
      promotion: { rules: Record<string, { all: unknown[] }> };
    };
    (bad.promotion.rules['seleksi-kepala-seksi'] as { all: unknown[] }).all.push({
      id: 'x',
      leaf: 'shoe-size',
    });
    const r = parseRuleset(bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(
        r.issues.some((i) => i.path.join('.').startsWith('promotion.rules.seleksi-kepala-seksi.all.3')),
      ).toBe(true);
  });

  it('eligibility cases use the ruleset rule and schedule', () => {
    const report = runPolicyCases({
      ruleset: agency,
      cases: [
        {
          name: 'agency rule',
          kind: 'eligibility',
          rule: 'seleksi-kepala-seksi',
          asOf: '2025-03-01',
          input: { education: 's1', serviceStart: '2021-05-01', sertifikat: { pbj: true } },
          expect: { eligible: false, unmet: ['masa-kerja'], earliest: '2025-07-01' },
        },
        {
          name: 'built-in rule, agency schedule',
          kind: 'eligibility',
          rule: 'kenaikan-pangkat-reguler',
          asOf: '2025-03-01',
          input: {
            education: 's1',
            rank: { golongan: 'III/a', since: '2021-01-01' },
            performance: [
              { year: 2023, predikat: 'baik' },
              { year: 2024, predikat: 'baik' },
            ],
          },
          expect: { eligible: true, earliest: '2025-07-01' },
        },
      ],
    });
    expect(report.results.map((r) => r.failures)).toEqual([[], []]);
  });
});
