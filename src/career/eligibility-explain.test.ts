import { describe, expect, it } from 'vitest';
import { PROMOTION_RULES } from '../packs/promotion';
import type { EligibilityRule } from '../ruleset/sections/career';
import { evaluateEligibility } from './eligibility';
import { renderEligibility } from './eligibility-explain';

const f1 = {
  education: 'slta',
  rank: { golongan: 'II/a', since: '2016-03-01' },
  performance: [
    { year: 2017, predikat: 'baik' },
    { year: 2018, predikat: 'baik' },
  ],
  discipline: [{ level: 'ringan', from: '2019-01-01', to: '2019-12-31' }],
};

function result(rule: EligibilityRule, facts: unknown, asOf: string) {
  const r = evaluateEligibility(rule, facts, { asOf });
  if (!r.ok) throw new Error('rejected');
  return r.value;
}

describe('renderEligibility', () => {
  const r = result(PROMOTION_RULES['kenaikan-pangkat-reguler'], f1, '2019-12-01');

  it('renders the verdict, the earliest date and every node in English', () => {
    expect(renderEligibility(r, { locale: 'en' })).toBe(
      [
        'Not eligible for kenaikan-pangkat-reguler as of 2019-12-01; unmet: masa-kerja-pangkat, bebas-hukuman-disiplin',
        'No schedule date at which every condition holds, given the facts as they stand',
        '✗ kenaikan-pangkat-reguler: all of (3 of 5 met)',
        '  ✗ masa-kerja-pangkat: time in rank 3 years since 2016-03-01 (at least 4, reached on 2020-03-01)',
        '  ✓ predikat-dua-tahun: predikat 2017: baik, 2018: baik (at least baik; a year without one fails)',
        '  ✗ bebas-hukuman-disiplin: running disciplinary sanctions: ringan 2019-01-01–2019-12-31',
        '  ✓ batas-pendidikan: next rank II/b with education slta (cap III/b)',
        '  ✓ ujian-dinas: no ujian dinas needed for this step',
        '',
      ].join('\n'),
    );
  });

  it('renders in Indonesian by default', () => {
    const text = renderEligibility(r);
    expect(text).toContain('Belum memenuhi syarat kenaikan-pangkat-reguler per 2019-12-01');
    expect(text).toContain('✗ masa-kerja-pangkat: masa kerja dalam pangkat 3 tahun sejak 2016-03-01');
  });

  it('renders every leaf type without undefined', () => {
    const rule: EligibilityRule = {
      id: 'semua',
      any: [
        { id: 'a', leaf: 'age', params: { min: 18, max: 56 } },
        { id: 'b', leaf: 'experience', params: { years: 5 } },
        { id: 'c', leaf: 'years-in-jenjang', params: { years: 1 } },
        { id: 'd', leaf: 'predikat-last-year', params: { atLeast: 'baik' } },
        { id: 'e', leaf: 'education-in', params: { education: ['s1', 's2'] } },
        { id: 'f', leaf: 'exam-passed', params: { exam: 'uji-kompetensi' } },
        { id: 'g', leaf: 'angka-kredit-reached', params: { for: 'jenjang' } },
        {
          id: 'h',
          leaf: 'prior-position',
          params: { years: 2, positions: [{ kind: 'jpt', level: 'jpt-pratama' }] },
        },
        { id: 'i', not: { id: 'j', leaf: 'compare', params: { path: 'unit', op: 'eq', value: 'x' } } },
      ],
    };
    for (const locale of ['id', 'en'] as const) {
      const text = renderEligibility(result(rule, { unit: 'y', birthDate: '1990-01-01' }, '2025-01-01'), {
        locale,
      });
      expect(text).not.toContain('undefined');
      expect(text.split('\n')).toHaveLength(14);
    }
  });
});
