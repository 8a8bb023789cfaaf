import { describe, expect, it } from 'vitest';
import { parseRuleset } from '../ruleset/index';
import { ELIGIBILITY_LEAF_TYPES } from '../ruleset/sections/career';
import { runPolicyCases } from '../testing/cases/run-policy-cases';
import { LEAF_TYPES } from './eligibility-rule';

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
  it('keeps the leaf types in step with the career module', () => {
    expect([...ELIGIBILITY_LEAF_TYPES]).toEqual([...LEAF_TYPES]);
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
