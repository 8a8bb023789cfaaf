/**
 * Components: aggregation of indicators (mean, weighted, sum), bonus tables (tugas tambahan,
 * kreativitas), caps and floors, behaviour items (averaged; optional items skipped) and ratings
 * derived from item means by thresholds (docs/regulations.md–4).
 */
import { describe, expect, it } from 'vitest';
import { compileExtended, type GenericRulesetOptions, genericRuleset } from '../../test/support/rulesets';
import {
  type CompiledRuleset,
  compileRuleset,
  type EvaluationResult,
  scoreEvaluation,
  unwrap,
} from '../index';

function scored(c: CompiledRuleset, input: unknown): EvaluationResult {
  const r = scoreEvaluation(c, input);
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.issues.map((i) => [i.code, i.path]))}`);
  return r.value;
}

function issuesOf(c: CompiledRuleset, input: unknown) {
  const r = scoreEvaluation(c, input);
  if (r.ok) throw new Error('accepted an input that should be rejected');
  return r.issues;
}

const codesAndPaths = (c: CompiledRuleset, input: unknown) => issuesOf(c, input).map((i) => [i.code, i.path]);

const gen = (o: GenericRulesetOptions = {}) => unwrap(compileRuleset(genericRuleset(o)));

/** Ratio indicators scoring the given percentages (target 100), with weights. */
const ratios = (scores: ReadonlyArray<[number, number | string | undefined]>) =>
  scores.map(([s, weight], i) => ({
    id: `r${i + 1}`,
    kind: 'rasio',
    target: 100,
    realisasi: s,
    ...(weight !== undefined ? { weight } : {}),
  }));

const AB = { a: 80, b: 80 };

describe('indicator components', () => {
  it('mean: the mean of the recorded indicator scores', () => {
    const c = gen({ aggregate: { method: 'mean' } });
    const r = scored(c, {
      indicators: ratios([
        [50, undefined],
        [100, undefined],
        [61, undefined],
      ]),
      ratings: AB,
    });
    expect(r.components.hasil?.score).toBe('70.33');
  });

  it('weighted (weights must sum to 100): Σ wᵢ·xᵢ / 100', () => {
    const c = gen({ aggregate: { method: 'weighted', normalize: false } });
    const r = scored(c, {
      indicators: ratios([
        [50, 60],
        [100, '40'],
      ]),
      ratings: AB,
    });
    expect(r.components.hasil?.score).toBe('70.00');
    expect(r.indicators.r1?.weight).toBe('60');
    expect(r.indicators.r2?.weight).toBe('40');
    // 50 × 33.33 + 100 × 33.33 + 80 × 33.34 = 7666.7 → 76.667
    const thirds = scored(c, {
      indicators: ratios([
        [50, '33.33'],
        [100, '33.33'],
        [80, '33.34'],
      ]),
      ratings: AB,
    });
    expect(thirds.components.hasil?.score).toBe('76.67');
  });

  it.each([
    ['99.99', '0'],
    ['60', '40.01'],
    ['0', '0'],
    ['200', '0'],
  ])('weighted without normalize: weights %s + %s are rejected with scoring.weights-sum', (w1, w2) => {
    const c = gen({ aggregate: { method: 'weighted', normalize: false } });
    const issues = issuesOf(c, {
      indicators: ratios([
        [50, w1],
        [100, w2],
      ]),
      ratings: AB,
    });
    const hit = issues.find((i) => i.code === 'scoring.weights-sum');
    expect(hit?.path).toEqual(['indicators']);
    expect(hit?.params?.component).toBe('hasil');
  });

  it('weighted: a missing weight is required, a negative one rejected', () => {
    const c = gen({ aggregate: { method: 'weighted', normalize: false } });
    expect(
      codesAndPaths(c, {
        indicators: ratios([
          [50, 100],
          [100, undefined],
        ]),
        ratings: AB,
      }),
    ).toContainEqual(['input.required', ['indicators', 1, 'weight']]);
    expect(
      codesAndPaths(c, {
        indicators: ratios([
          [50, 110],
          [100, -10],
        ]),
        ratings: AB,
      }),
    ).toContainEqual(['scoring.negative', ['indicators', 1, 'weight']]);
  });

  it('weighted with normalize: Σ wᵢ·xᵢ / Σ wᵢ, the same for proportional weights', () => {
    const c = gen({ aggregate: { method: 'weighted', normalize: true } });
    const base = scored(c, {
      indicators: ratios([
        [50, 3],
        [100, 1],
      ]),
      ratings: AB,
    });
    expect(base.components.hasil?.score).toBe('62.50');
    for (const k of [2, 10, 0.5]) {
      const r = scored(c, {
        indicators: ratios([
          [50, 3 * k],
          [100, k],
        ]),
        ratings: AB,
      });
      expect(r.components.hasil).toEqual(base.components.hasil);
      expect(r.score).toBe(base.score);
    }
  });

  it('weighted with normalize: weights that are all 0 are rejected, not divided by', () => {
    const c = gen({ aggregate: { method: 'weighted', normalize: true } });
    expect(
      codesAndPaths(c, {
        indicators: ratios([
          [50, 0],
          [100, 0],
        ]),
        ratings: AB,
      }),
    ).toContainEqual(['scoring.weights-sum', ['indicators']]);
  });

  it('sum: the sum of the indicator scores', () => {
    const c = gen({ aggregate: { method: 'sum' } });
    const r = scored(c, {
      indicators: ratios([
        [50, undefined],
        [30, undefined],
      ]),
      ratings: AB,
    });
    expect(r.components.hasil?.score).toBe('80.00');
  });

  it('caps and floors of a component are ruleset data', () => {
    const capped = gen({ aggregate: { method: 'sum' }, componentCap: '100', componentFloor: '40' });
    expect(
      scored(capped, {
        indicators: ratios([
          [80, undefined],
          [70, undefined],
        ]),
        ratings: AB,
      }).components.hasil?.score,
    ).toBe('100.00');
    expect(
      scored(capped, {
        indicators: ratios([
          [10, undefined],
          [5, undefined],
        ]),
        ratings: AB,
      }).components.hasil?.score,
    ).toBe('40.00');
    expect(
      scored(capped, {
        indicators: ratios([
          [30, undefined],
          [25, undefined],
        ]),
        ratings: AB,
      }).components.hasil?.score,
    ).toBe('55.00');
  });

  it('a component with no indicator of its kinds is an issue', () => {
    expect(codesAndPaths(gen(), { indicators: [], ratings: AB })).toContainEqual([
      'scoring.no-indicators',
      ['indicators'],
    ]);
  });

  it('the component is banded for display', () => {
    const c = gen({ aggregate: { method: 'mean' } });
    expect(scored(c, { indicators: ratios([[59, undefined]]), ratings: AB }).components.hasil?.rating).toBe(
      'kurang',
    );
    expect(scored(c, { indicators: ratios([[60, undefined]]), ratings: AB }).components.hasil?.rating).toBe(
      'cukup',
    );
    expect(scored(c, { indicators: ratios([[80, undefined]]), ratings: AB }).components.hasil?.rating).toBe(
      'baik',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// PP 46/2011 SKP: mean of activities plus bonus points

const pp46 = unwrap(compileRuleset('pp46-2011'));
const PP46_ITEMS = {
  'orientasi-pelayanan': 80,
  integritas: 80,
  komitmen: 80,
  disiplin: 80,
  'kerja-sama': 80,
};

/** An activity scoring exactly `s` ((2x + 100) / 3 with kuantitas = kualitas = x%, waktu 100). */
function activity(id: string, s: number) {
  const x = (3 * s - 100) / 2;
  return {
    id,
    kind: 'pp46-activity',
    kuantitas: { target: 100, realisasi: x },
    kualitas: { target: 100, realisasi: x },
    waktu: { target: 100, realisasi: 76 },
    justification: 'x',
  };
}

describe('pp46-2011 SKP: mean of the activities plus bonus points', () => {
  it('the SKP is the mean of the recorded activity scores', () => {
    const r = scored(pp46, {
      indicators: [activity('k1', 90), activity('k2', 70), activity('k3', 60)],
      ratings: PP46_ITEMS,
    });
    expect(r.indicators.k1?.score).toBe('90.00');
    expect(r.components.skp?.score).toBe('73.33');
  });

  it.each([
    [0, '100.00'],
    [1, '101.00'],
    [3, '101.00'],
    [4, '102.00'],
    [6, '102.00'],
    [7, '103.00'],
    [25, '103.00'],
  ])('tugas tambahan %s → SKP %s (0 → 0; 1–3 → 1; 4–6 → 2; 7+ → 3; the SKP may exceed 100)', (n, skp) => {
    const r = scored(pp46, {
      indicators: [activity('k1', 100)],
      ratings: PP46_ITEMS,
      extras: { tugasTambahan: n },
    });
    expect(r.components.skp?.score).toBe(skp);
  });

  it.each([
    ['unit-kerja', '103.00'],
    ['instansi', '106.00'],
    ['nasional', '112.00'],
    [null, '100.00'],
  ])('kreativitas %s → SKP %s', (level, skp) => {
    const r = scored(pp46, {
      indicators: [activity('k1', 100)],
      ratings: PP46_ITEMS,
      extras: { kreativitas: level },
    });
    expect(r.components.skp?.score).toBe(skp);
  });

  it('both bonuses add up on the mean of the activities', () => {
    const r = scored(pp46, {
      indicators: [activity('k1', 90), activity('k2', 70)],
      ratings: PP46_ITEMS,
      extras: { tugasTambahan: 5, kreativitas: 'instansi' },
    });
    expect(r.components.skp?.score).toBe('88.00'); // 80 + 2 + 6
  });

  it('bad bonus inputs are issues at their paths', () => {
    const input = (extras: unknown) => ({ indicators: [activity('k1', 100)], ratings: PP46_ITEMS, extras });
    expect(codesAndPaths(pp46, input({ tugasTambahan: -1 }))).toContainEqual([
      'scoring.negative',
      ['extras', 'tugasTambahan'],
    ]);
    expect(codesAndPaths(pp46, input({ tugasTambahan: 1.5 }))).toContainEqual([
      'input.invalid-type',
      ['extras', 'tugasTambahan'],
    ]);
    // Numbers may be decimal strings (docs/scoring.md): "2" is two tasks, "abc" is not a number.
    expect(scoreEvaluation(pp46, input({ tugasTambahan: '2' })).ok).toBe(true);
    expect(codesAndPaths(pp46, input({ tugasTambahan: 'abc' }))).toContainEqual([
      'decimal.invalid',
      ['extras', 'tugasTambahan'],
    ]);
    expect(codesAndPaths(pp46, input({ kreativitas: 'provinsi' }))).toContainEqual([
      'scoring.unknown-level',
      ['extras', 'kreativitas'],
    ]);
    expect(codesAndPaths(pp46, input({ kreativitas: 3 }))).toContainEqual([
      'scoring.unknown-level',
      ['extras', 'kreativitas'],
    ]);
    expect(codesAndPaths(pp46, input({ bonus: 1 }))).toContainEqual([
      'input.unknown-key',
      ['extras', 'bonus'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Behaviour items

describe('behaviour items are averaged; optional items are skipped, not counted as zero', () => {
  it('pp46-2011: five aspects without kepemimpinan, six with it', () => {
    const five = scored(pp46, {
      indicators: [activity('k1', 100)],
      ratings: { ...PP46_ITEMS, disiplin: 90 },
    });
    expect(five.components.perilaku?.score).toBe('82.00');
    const six = scored(pp46, {
      indicators: [activity('k1', 100)],
      ratings: { ...PP46_ITEMS, kepemimpinan: 50 },
    });
    expect(six.components.perilaku?.score).toBe('75.00'); // (5 × 80 + 50) / 6
  });

  it('the mean is recorded with 2 decimals half-up', () => {
    const r = scored(pp46, {
      indicators: [activity('k1', 100)],
      ratings: { ...PP46_ITEMS, integritas: '80.01', komitmen: '80.01', disiplin: '80.01' }, // 400.03 / 5 = 80.006
    });
    expect(r.components.perilaku?.score).toBe('80.01');
  });

  it('a missing required item, a value outside the range and a non-number are issues', () => {
    const { integritas: _, ...four } = PP46_ITEMS;
    expect(codesAndPaths(pp46, { indicators: [activity('k1', 100)], ratings: four })).toContainEqual([
      'scoring.missing-rating',
      ['ratings', 'integritas'],
    ]);
    expect(
      codesAndPaths(pp46, { indicators: [activity('k1', 100)], ratings: { ...PP46_ITEMS, integritas: 101 } }),
    ).toContainEqual(['scoring.out-of-range', ['ratings', 'integritas']]);
    expect(
      codesAndPaths(pp46, { indicators: [activity('k1', 100)], ratings: { ...PP46_ITEMS, integritas: -1 } }),
    ).toContainEqual(['scoring.out-of-range', ['ratings', 'integritas']]);
    expect(
      codesAndPaths(pp46, {
        indicators: [activity('k1', 100)],
        ratings: { ...PP46_ITEMS, integritas: 'baik' },
      }),
    ).toContainEqual(['decimal.invalid', ['ratings', 'integritas']]);
  });

  it('the generic ruleset: a and b required, c optional', () => {
    const c = gen({ aggregate: { method: 'mean' } });
    const ind = ratios([[100, undefined]]);
    expect(scored(c, { indicators: ind, ratings: { a: 70, b: 80 } }).components.perilaku?.score).toBe(
      '75.00',
    );
    expect(scored(c, { indicators: ind, ratings: { a: 70, b: 80, c: 0 } }).components.perilaku?.score).toBe(
      '50.00',
    );
  });

  it('weighted items (weights 50/30/20 from the ruleset): Σ wᵢ·xᵢ / 100 when all are rated', () => {
    const c = gen({
      aggregate: { method: 'mean' },
      itemsAggregate: { method: 'weighted', normalize: false },
      itemWeights: { a: '50', b: '30', c: '20' },
    });
    const r = scored(c, { indicators: ratios([[100, undefined]]), ratings: { a: 80, b: 60, c: 100 } });
    expect(r.components.perilaku?.score).toBe('78.00');
  });

  it('weighted items with normalize: renormalised over the items rated', () => {
    const c = gen({
      aggregate: { method: 'mean' },
      itemsAggregate: { method: 'weighted', normalize: true },
      itemWeights: { a: '50', b: '30', c: '20' },
    });
    const r = scored(c, { indicators: ratios([[100, undefined]]), ratings: { a: 80, b: 60 } });
    expect(r.components.perilaku?.score).toBe('72.50'); // (50 × 80 + 30 × 60) / 80
  });
});

// ---------------------------------------------------------------------------------------------
// Derived ratings (PermenPANRB 6/2022)

const permen = unwrap(compileRuleset('permenpanrb-6-2022'));
const ATAS = 'di-atas-ekspektasi';
const SESUAI = 'sesuai-ekspektasi';
const BAWAH = 'di-bawah-ekspektasi';
const BERAKHLAK = [
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
];
const allItems = (code: string) => Object.fromEntries(BERAKHLAK.map((id) => [id, code]));

function hasilKerja(c: CompiledRuleset, codes: readonly string[]) {
  const ratings: Record<string, string> = { ...allItems(SESUAI) };
  const indicators = codes.map((code, i) => {
    ratings[`rhk-${i + 1}`] = code;
    return { id: `rhk-${i + 1}`, kind: 'rhk', justification: 'x' };
  });
  return scored(c, { indicators, ratings }).components['hasil-kerja'];
}

describe('derived ratings: item ratings → 3/2/1, averaged, banded (< 1.5 bawah, ≤ 2.5 sesuai, else atas)', () => {
  it.each([
    [[ATAS], ATAS, 3],
    [[SESUAI], SESUAI, 2],
    [[BAWAH], BAWAH, 1],
    [[ATAS, SESUAI], SESUAI, 2.5], // 2.5 is still sesuai
    [[ATAS, ATAS, SESUAI], ATAS, 8 / 3],
    [[ATAS, SESUAI, SESUAI, SESUAI, SESUAI], SESUAI, 2.2],
    [[BAWAH, SESUAI], SESUAI, 1.5], // 1.5 is sesuai
    [[BAWAH, BAWAH, SESUAI], BAWAH, 4 / 3],
    [[BAWAH, ATAS], SESUAI, 2],
  ])('RHK %j → hasil kerja %s (mean %s)', (codes, rating, mean) => {
    const comp = hasilKerja(permen, codes);
    expect(comp?.rating).toBe(rating);
    expect(comp?.source).toBe('derived');
    expect(comp?.score).toBeNull();
    // the mean as recorded (a decimal; the ruleset decides its rounding)
    const shown = comp?.mean ?? '';
    expect(shown).toMatch(/^\d+(\.\d+)?$/);
    expect(Math.abs(Number(shown) - mean)).toBeLessThanOrEqual(0.005);
  });

  it('the seven BerAKHLAK items: 4 atas + 3 sesuai → atas (18/7); 3 atas + 4 sesuai → sesuai (17/7)', () => {
    const ratings = (atas: number) =>
      Object.fromEntries(BERAKHLAK.map((id, i) => [id, i < atas ? ATAS : SESUAI]));
    const r4 = scored(permen, {
      indicators: [{ id: 'rhk-1', kind: 'rhk' }],
      ratings: { ...ratings(4), 'rhk-1': SESUAI },
    });
    expect(r4.components.perilaku?.rating).toBe(ATAS);
    const r3 = scored(permen, {
      indicators: [{ id: 'rhk-1', kind: 'rhk' }],
      ratings: { ...ratings(3), 'rhk-1': SESUAI },
    });
    expect(r3.components.perilaku?.rating).toBe(SESUAI);
  });

  it('a direct component rating takes precedence over the derived one', () => {
    const r = scored(permen, {
      indicators: [{ id: 'rhk-1', kind: 'rhk', justification: 'x' }],
      ratings: { ...allItems(SESUAI), 'rhk-1': BAWAH, 'hasil-kerja': ATAS },
    });
    expect(r.components['hasil-kerja']).toEqual({ score: null, rating: ATAS, source: 'direct' });
  });

  it('every behaviour item is required when perilaku is derived', () => {
    const { loyal: _, ...six } = allItems(SESUAI);
    expect(
      codesAndPaths(permen, {
        indicators: [{ id: 'rhk-1', kind: 'rhk' }],
        ratings: { ...six, 'rhk-1': SESUAI },
      }),
    ).toContainEqual(['scoring.missing-rating', ['ratings', 'loyal']]);
  });

  it('an unrated RHK is an issue when hasil kerja is derived', () => {
    expect(
      codesAndPaths(permen, {
        indicators: [
          { id: 'rhk-1', kind: 'rhk' },
          { id: 'rhk-2', kind: 'rhk' },
        ],
        ratings: { ...allItems(SESUAI), 'rhk-1': SESUAI },
      }),
    ).toContainEqual(['scoring.missing-rating', ['ratings', 'rhk-2']]);
  });

  it('the thresholds are ruleset data', () => {
    const c = compileExtended('permenpanrb-6-2022', {
      bandSets: {
        'rating-turunan': {
          $replace: true,
          domain: { min: '1', max: '3' },
          bands: [
            { code: BAWAH, min: '1', max: '1.8' },
            { code: SESUAI, min: '1.8', max: '2.4' },
            { code: ATAS, min: '2.4', max: '3', maxInclusive: true },
          ],
        },
      },
    });
    expect(hasilKerja(c, [ATAS, SESUAI])?.rating).toBe(ATAS); // 2.5 ≥ 2.4 (the pack: sesuai)
    expect(hasilKerja(c, [BAWAH, SESUAI])?.rating).toBe(BAWAH); // 1.5 < 1.8 (the pack: sesuai)
    expect(hasilKerja(c, [BAWAH, ATAS, BAWAH, ATAS, BAWAH])?.rating).toBe(SESUAI); // 1.8
  });
});
