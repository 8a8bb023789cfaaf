import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROMOTION_RULES } from '../packs/promotion';
import type { EligibilityRule } from '../ruleset/sections/career';
import { type MeritCandidate, rankCandidates, renderRanking } from './ranking';

const rule = PROMOTION_RULES['jpt-pratama'] as EligibilityRule;
const base = {
  birthDate: '1975-01-01',
  serviceStart: '2000-01-01',
  education: 's2',
  rank: { golongan: 'IV/a', since: '2020-04-01' },
  position: { kind: 'struktural', level: 'administrator', since: '2020-01-01' },
  performance: [
    { year: 2023, predikat: 'baik' },
    { year: 2024, predikat: 'baik' },
  ],
};
const candidates: MeritCandidate[] = [
  { id: 'a', facts: base },
  {
    id: 'b',
    facts: {
      ...base,
      performance: [
        { year: 2023, predikat: 'baik' },
        { year: 2024, predikat: 'sangat-baik' },
      ],
    },
  },
  { id: 'c', facts: { ...base, birthDate: '1960-01-01' } },
  { id: 'd', facts: { ...base, rank: { golongan: 'IV/b', since: '2024-04-01' } } },
  { id: 'e', facts: base },
];
const options = {
  asOf: '2025-06-30',
  criteria: [{ id: 'kinerja', measure: 'predikat' as const }],
  tieBreakers: [
    { id: 'pangkat', measure: 'golongan' as const },
    { id: 'masa-kerja', measure: 'service' as const },
  ],
};

describe('rankCandidates', () => {
  const r = rankCandidates(rule, candidates, options);

  it('orders eligible candidates by criteria, then tie-breakers, then id; lists the ineligible with unmet leaves', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.ranked.map((x) => x.id)).toEqual(['b', 'd', 'a', 'e']);
    expect(r.value.ranked.map((x) => x.decidedBy?.criterion ?? null)).toEqual([
      'kinerja',
      'pangkat',
      null,
      null,
    ]);
    expect(r.value.ineligible).toMatchObject([{ id: 'c', unmet: ['usia'] }]);
  });

  it('explains each position in id and en', () => {
    if (!r.ok) return;
    expect(renderRanking(r.value, { locale: 'en' })).toBe(
      [
        '1. b — above d by kinerja (5 vs 4)',
        '2. d — above a by pangkat (13 vs 12)',
        '3. a',
        '4. e',
        'Not eligible: c (unmet: usia)',
        '',
      ].join('\n'),
    );
    expect(renderRanking(r.value)).toContain('1. b — di atas d menurut kinerja (5 dibanding 4)');
  });

  it('does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: candidates.length }), (shuffled) => {
        const s = rankCandidates(rule, shuffled, options);
        expect(s.ok && s.value.ranked.map((x) => x.id)).toEqual(['b', 'd', 'a', 'e']);
      }),
      { numRuns: 30 },
    );
  });

  it('reports bad facts at the candidate path and duplicate ids', () => {
    const bad = rankCandidates(
      rule,
      [
        { id: 'a', facts: { education: 'phd' } },
        { id: 'a', facts: {} },
      ],
      options,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.path.join('.'))).toEqual([
        'candidates.0.facts.education',
        'candidates.1.id',
      ]);
  });
});
