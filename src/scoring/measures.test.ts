/**
 * Unit tests per measurement kind (docs/regulations.md–4): pp46-activity, capaian (PP 30/2019 IKI), rated
 * (PermenPANRB 6/2022 RHK), and the generic kinds of a test ruleset: ratio, inverse ratio, scale,
 * yes/no and breakpoint tables.
 */
import { describe, expect, it } from 'vitest';
import { compileExtended, genericRuleset } from '../../test/support/rulesets';
import {
  type CompiledRuleset,
  compileRuleset,
  type EvaluationResult,
  scoreEvaluation,
  unwrap,
} from '../index';

const pp46 = unwrap(compileRuleset('pp46-2011'));
const pp30 = unwrap(compileRuleset('pp30-2019'));
const permen = unwrap(compileRuleset('permenpanrb-6-2022'));
const generic = unwrap(compileRuleset(genericRuleset()));

function scored(c: CompiledRuleset, input: unknown): EvaluationResult {
  const r = scoreEvaluation(c, input);
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.issues.map((i) => [i.code, i.path]))}`);
  return r.value;
}

function issuesOf(c: CompiledRuleset, input: unknown): Array<[string, ReadonlyArray<string | number>]> {
  const r = scoreEvaluation(c, input);
  if (r.ok) throw new Error('accepted an input that should be rejected');
  return r.issues.map((i) => [i.code, i.path]);
}

// ---------------------------------------------------------------------------------------------
// PP 46/2011 activity

const PP46_BEHAVIOUR = {
  'orientasi-pelayanan': 80,
  integritas: 80,
  komitmen: 80,
  disiplin: 80,
  'kerja-sama': 80,
};

type TR = { target: number | string; realisasi: number | string };
interface Activity {
  kuantitas?: TR;
  kualitas?: TR;
  waktu?: TR;
  biaya?: TR;
  justification?: string;
}

const onTarget: Required<Pick<Activity, 'kuantitas' | 'kualitas' | 'waktu'>> = {
  kuantitas: { target: 10, realisasi: 10 },
  kualitas: { target: 100, realisasi: 100 },
  waktu: { target: 12, realisasi: 12 },
};

function activity(a: Activity = {}): EvaluationResult['indicators'][string] {
  const r = scored(pp46, {
    indicators: [{ id: 'k1', kind: 'pp46-activity', ...onTarget, ...a }],
    ratings: PP46_BEHAVIOUR,
  });
  const k1 = r.indicators.k1;
  if (!k1) throw new Error('no indicator k1');
  return k1;
}

describe('pp46-activity: kuantitas and kualitas are R / T × 100', () => {
  it.each([
    [8, 10, '80.00'],
    [10, 10, '100.00'],
    [12, 10, '120.00'],
    [2, 3, '66.67'],
    [1, 3, '33.33'],
    ['0.5', '0.8', '62.50'],
  ])('kuantitas %s of %s → %s', (realisasi, target, expected) => {
    expect(activity({ kuantitas: { target, realisasi } }).aspects?.kuantitas).toBe(expected);
  });

  it.each([
    [90, 100, '90.00'],
    [100, 100, '100.00'],
    ['7.5', 10, '75.00'],
    [1, 6, '16.67'],
  ])('kualitas %s of %s → %s', (realisasi, target, expected) => {
    expect(activity({ kualitas: { target, realisasi } }).aspects?.kualitas).toBe(expected);
  });

  it('a realisation below the target marks the activity below target', () => {
    expect(activity({ kuantitas: { target: 10, realisasi: 9 } }).belowTarget).toBe(true);
    expect(activity({ kualitas: { target: 100, realisasi: 99 } }).belowTarget).toBe(true);
    expect(activity().belowTarget).toBe(false);
  });
});

describe('pp46-activity: waktu and biaya use the efficiency e = 100 − R/T × 100', () => {
  it.each([
    // e ≤ 24: (1.76 T − R) / T × 100
    [12, 12, '76.00', 'on target (e = 0)'],
    [12, 10, '92.67', 'e = 16.67'],
    [5, 4, '96.00', 'e = 20'],
    [25, 19, '100.00', 'e = 24 exactly'],
    [12, 14, '59.33', 'late (e < 0)'],
    [12, 18, '26.00', 'half as long again'],
    // e > 24: 76 − ((1.76 T − R) / T × 100 − 100)
    [12, 9, '75.00', 'e = 25'],
    [12, 6, '50.00', 'e = 50'],
    [100, 1, '1.00', 'e = 99'],
    [12, 0, '0.00', 'e = 100'],
  ])('waktu T=%s R=%s → %s (%s)', (target, realisasi, expected) => {
    expect(activity({ waktu: { target, realisasi } }).aspects?.waktu).toBe(expected);
  });

  it('the same formula scores biaya', () => {
    const a = activity({ biaya: { target: '170395000', realisasi: '170395000' } });
    expect(a.aspects?.biaya).toBe('76.00');
    expect(activity({ biaya: { target: 1000, realisasi: 760 } }).aspects?.biaya).toBe('100.00');
    expect(activity({ biaya: { target: 1000, realisasi: 500 } }).aspects?.biaya).toBe('50.00');
    expect(activity({ biaya: { target: 1000, realisasi: 1100 } }).aspects?.biaya).toBe('66.00');
  });

  it('finishing late or over budget marks the activity below target; early does not', () => {
    expect(activity({ waktu: { target: 12, realisasi: 13 } }).belowTarget).toBe(true);
    expect(activity({ waktu: { target: 12, realisasi: 9 } }).belowTarget).toBe(false);
    expect(activity({ biaya: { target: 100, realisasi: 101 } }).belowTarget).toBe(true);
  });

  // In binary floating point, 100 − 1.14 / 1.5 × 100 = 24.000000000000014 and
  // 100 − 9.12 / 12 × 100 = 24.000000000000014: a float implementation takes the e > 24 branch
  // and scores 76 − (100 − 100) = 76. Exactly, e = 24 and the first branch gives 100.
  it.each([
    [1.5, 1.14],
    ['1.5', '1.14'],
    [12, 9.12],
    ['12', '9.12'],
    [1.1, 0.836],
    [0.1, 0.076],
  ])('e = 24 computed exactly: T=%s R=%s scores 100, not about 76', (target, realisasi) => {
    expect(100 - (Number(realisasi) / Number(target)) * 100).toBeGreaterThan(24); // the float trap
    const a = activity({ waktu: { target, realisasi } });
    expect(a.aspects?.waktu).toBe('100.00');
    const b = activity({ biaya: { target, realisasi } });
    expect(b.aspects?.biaya).toBe('100.00');
  });

  it('the boundary and the factor are ruleset data', () => {
    const c = compileExtended('pp46-2011', {
      kinds: { 'pp46-activity': { efficiency: { boundary: '20', factor: '1.8' } } },
    });
    const r = scored(c, {
      indicators: [{ id: 'k1', kind: 'pp46-activity', ...onTarget, waktu: { target: 10, realisasi: 8 } }],
      ratings: PP46_BEHAVIOUR,
    });
    // e = 20 ≤ 20: (1.8 × 10 − 8) / 10 × 100 = 100
    expect(r.indicators.k1?.aspects?.waktu).toBe('100.00');
  });
});

describe('pp46-activity: not carried out, biaya optional, the mean and its rounding', () => {
  it('realisasi kuantitas 0: every aspect scores 0', () => {
    const a = activity({ kuantitas: { target: 10, realisasi: 0 }, biaya: { target: 100, realisasi: 100 } });
    expect(a.aspects).toEqual({ kuantitas: '0.00', kualitas: '0.00', waktu: '0.00', biaya: '0.00' });
    expect(a.score).toBe('0.00');
    expect(a.belowTarget).toBe(true);
  });

  it('a ruleset may turn the not-done rule off', () => {
    const c = compileExtended('pp46-2011', { kinds: { 'pp46-activity': { notDoneScoresZero: false } } });
    const r = scored(c, {
      indicators: [{ id: 'k1', kind: 'pp46-activity', ...onTarget, kuantitas: { target: 10, realisasi: 0 } }],
      ratings: PP46_BEHAVIOUR,
    });
    expect(r.indicators.k1?.aspects).toEqual({ kuantitas: '0.00', kualitas: '100.00', waktu: '76.00' });
  });

  it('without biaya: the mean of three aspects, and no biaya aspect', () => {
    const a = activity({ kualitas: { target: 100, realisasi: 90 } });
    expect(Object.keys(a.aspects ?? {})).toEqual(['kuantitas', 'kualitas', 'waktu']);
    expect(a.score).toBe('88.67'); // (100 + 90 + 76) / 3 = 88.666…
  });

  it('with biaya: the mean of four aspects (the published sheet: 85.50)', () => {
    const a = activity({
      kuantitas: { target: 1, realisasi: 1 },
      kualitas: { target: 100, realisasi: 90 },
      biaya: { target: '170395000', realisasi: '170395000' },
    });
    expect(a.aspects).toEqual({ kuantitas: '100.00', kualitas: '90.00', waktu: '76.00', biaya: '76.00' });
    expect(a.score).toBe('85.50');
  });

  it('rounds each aspect to 2 decimals half-up and averages the recorded aspects', () => {
    // 1/3 → 33.333… recorded 33.33; (33.33 + 33.33 + 76) / 3 = 47.553… → 47.55.
    // From the exact aspects the mean would be 47.555… → 47.56.
    const a = activity({ kuantitas: { target: 3, realisasi: 1 }, kualitas: { target: 3, realisasi: 1 } });
    expect(a.aspects).toEqual({ kuantitas: '33.33', kualitas: '33.33', waktu: '76.00' });
    expect(a.score).toBe('47.55');
    const exact = compileExtended('pp46-2011', { rounding: { carry: 'exact' } });
    const r = scored(exact, {
      indicators: [
        {
          id: 'k1',
          kind: 'pp46-activity',
          ...onTarget,
          kuantitas: { target: 3, realisasi: 1 },
          kualitas: { target: 3, realisasi: 1 },
        },
      ],
      ratings: PP46_BEHAVIOUR,
    });
    expect(r.indicators.k1?.score).toBe('47.56');
  });

  it('half-up at the second decimal: an exact tie rounds up', () => {
    // 15.125 / 100 × 100 = 15.125 exactly → 15.13; 0.0001 / 8 × 100 = 0.00125 → 0.00
    const a = activity({ kuantitas: { target: 100, realisasi: '15.125' } });
    expect(a.aspects?.kuantitas).toBe('15.13');
    const b = activity({ kuantitas: { target: 8, realisasi: '0.0001' } });
    expect(b.aspects?.kuantitas).toBe('0.00');
  });

  it('rejects a zero or negative target and a negative realisation', () => {
    const input = (a: Activity) => ({
      indicators: [{ id: 'k1', kind: 'pp46-activity', ...onTarget, ...a }],
      ratings: PP46_BEHAVIOUR,
    });
    expect(issuesOf(pp46, input({ waktu: { target: 0, realisasi: 1 } }))).toContainEqual([
      'scoring.zero-target',
      ['indicators', 0, 'waktu', 'target'],
    ]);
    expect(issuesOf(pp46, input({ kualitas: { target: -5, realisasi: 1 } }))).toContainEqual([
      'scoring.zero-target',
      ['indicators', 0, 'kualitas', 'target'],
    ]);
    expect(issuesOf(pp46, input({ kuantitas: { target: 5, realisasi: -1 } }))).toContainEqual([
      'scoring.negative',
      ['indicators', 0, 'kuantitas', 'realisasi'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// PP 30/2019 IKI (capaian converted through the breakpoint table)

const PP30_BEHAVIOUR = {
  'orientasi-pelayanan': 100,
  komitmen: 100,
  'inisiatif-kerja': 100,
  'kerja-sama': 100,
  kepemimpinan: 100,
};

function iki(fields: Record<string, unknown>): EvaluationResult['indicators'][string] {
  const r = scored(pp30, {
    indicators: [{ id: 'i1', kind: 'iki', direction: 'higher-is-better', weight: 100, ...fields }],
    ratings: PP30_BEHAVIOUR,
  });
  const i1 = r.indicators.i1;
  if (!i1) throw new Error('no indicator i1');
  return i1;
}

describe('capaian: higher is better (R / T × 100) and the conversion table', () => {
  it.each([
    // capaian, conversion input (whole percent), nilai
    [85, 85, '100.00', '109.00'], // exactly 100 → 109
    [95, 93, '97.89', '88.00'], // the guide's worked example: 98 → 70 + 18
    [100, 30, '30.00', '24.92'], // [0, 60): 30 / 59 × 49
    [100, 59, '59.00', '49.00'],
    [200, 119, '59.50', '50.00'], // 59.5 rounds to 60 before conversion: [60, 80) → 50
    [100, 70, '70.00', '60.00'], // [60, 80): 50 + 10
    [100, 80, '80.00', '70.00'], // [80, 100): 70 + 0
    [100, 99, '99.00', '89.00'],
    [1000, 1004, '100.40', '109.00'], // rounds to 100 → 109
    [1000, 1005, '100.50', '110.00'], // rounds to 101 → 110
    [100, 105, '105.00', '114.44'], // (100, 110]: 110 + 10/9 × (105 − 101)
    [100, 110, '110.00', '120.00'],
    [100, 111, '111.00', '120.00'], // above 110 → 120
    [100, 250, '250.00', '120.00'],
    [100, 0, '0.00', '0.00'],
  ])('target %s, realisasi %s → capaian %s, nilai %s', (target, realisasi, capaian, nilai) => {
    const i = iki({ target, realisasi });
    expect(i.capaian).toBe(capaian);
    expect(i.score).toBe(nilai);
  });

  it('below target is flagged; on or above target is not', () => {
    expect(iki({ target: 100, realisasi: 99 }).belowTarget).toBe(true);
    expect(iki({ target: 100, realisasi: 100 }).belowTarget).toBe(false);
    expect(iki({ target: 100, realisasi: 101 }).belowTarget).toBe(false);
  });

  it('the rounding of the conversion input is ruleset data (no rounding: 97.89 → 87.89)', () => {
    const c = compileExtended('pp30-2019', { kinds: { iki: { conversionInput: null } } });
    const r = scored(c, {
      indicators: [
        { id: 'i1', kind: 'iki', direction: 'higher-is-better', target: 95, realisasi: 93, weight: 100 },
      ],
      ratings: PP30_BEHAVIOUR,
    });
    expect(r.indicators.i1?.capaian).toBe('97.89');
    expect(r.indicators.i1?.score).toBe('87.89'); // 70 + (97.89 − 80)
  });
});

describe('capaian: lower is better', () => {
  it.each([
    // (2 − R/T) × 100 ("two-minus-ratio", the pack's default)
    [10, 8, '120.00', '120.00'],
    [10, 10, '100.00', '109.00'],
    [10, '10.5', '95.00', '85.00'],
    [10, 12, '80.00', '70.00'],
    [10, 20, '0.00', '0.00'],
    [10, 25, '-50.00', '0.00'], // beyond twice the target: negative capaian, nilai 0
  ])(
    'two-minus-ratio: target %s, realisasi %s → capaian %s, nilai %s',
    (target, realisasi, capaian, nilai) => {
      const i = iki({ direction: 'lower-is-better', target, realisasi });
      expect(i.capaian).toBe(capaian);
      expect(i.score).toBe(nilai);
    },
  );

  it('a higher realisation than the target of a lower-is-better indicator is below target', () => {
    expect(iki({ direction: 'lower-is-better', target: 10, realisasi: 11 }).belowTarget).toBe(true);
    expect(iki({ direction: 'lower-is-better', target: 10, realisasi: 9 }).belowTarget).toBe(false);
  });

  it.each([
    [10, 8, '125.00'],
    [10, 10, '100.00'],
    [10, '12.5', '80.00'],
    [3, 9, '33.33'],
  ])('inverse-ratio (T / R × 100): target %s, realisasi %s → %s', (target, realisasi, expected) => {
    const r = scored(generic, {
      indicators: [{ id: 'x', kind: 'capaian-terbalik', target, realisasi, weight: 1 }],
      ratings: { a: 80, b: 80 },
    });
    expect(r.indicators.x?.capaian).toBe(expected);
    expect(r.indicators.x?.score).toBe(expected); // no conversion table: the score is the capaian
  });

  it('inverse-ratio with a realisation of 0 is an issue, not a division by zero', () => {
    expect(
      issuesOf(generic, {
        indicators: [{ id: 'x', kind: 'capaian-terbalik', target: 10, realisasi: 0, weight: 1 }],
        ratings: { a: 80, b: 80 },
      }),
    ).toContainEqual(['scoring.zero-realisation', ['indicators', 0, 'realisasi']]);
  });

  it('the direction is required when the kind does not fix it', () => {
    expect(
      issuesOf(pp30, {
        indicators: [{ id: 'i1', kind: 'iki', target: 10, realisasi: 10, weight: 100 }],
        ratings: PP30_BEHAVIOUR,
      }),
    ).toContainEqual(['scoring.missing-direction', ['indicators', 0, 'direction']]);
    expect(
      issuesOf(pp30, {
        indicators: [{ id: 'i1', kind: 'iki', direction: 'up', target: 10, realisasi: 10, weight: 100 }],
        ratings: PP30_BEHAVIOUR,
      }),
    ).toContainEqual(['input.invalid-value', ['indicators', 0, 'direction']]);
  });
});

describe('capaian: target ranges', () => {
  it.each([
    ['higher-is-better', 70, '87.50'], // below the range: against its lower bound
    ['higher-is-better', 80, '100.00'],
    ['higher-is-better', 85, '100.00'], // inside: 100%
    ['higher-is-better', 90, '100.00'],
    ['higher-is-better', 99, '110.00'], // above: against its upper bound
    ['lower-is-better', 95, '94.44'], // above: (2 − 95/90) × 100
    ['lower-is-better', 85, '100.00'],
    ['lower-is-better', 70, '112.50'], // below: (2 − 70/80) × 100
  ])('%s, range 80–90, realisasi %s → capaian %s', (direction, realisasi, capaian) => {
    expect(iki({ direction, target: { min: 80, max: 90 }, realisasi }).capaian).toBe(capaian);
  });

  it('a realisation inside the range is on target', () => {
    expect(iki({ target: { min: 80, max: 90 }, realisasi: 85 }).belowTarget).toBe(false);
    expect(iki({ target: { min: 80, max: 90 }, realisasi: 79 }).belowTarget).toBe(true);
  });

  it('a reversed range is an issue', () => {
    expect(
      issuesOf(pp30, {
        indicators: [
          {
            id: 'i1',
            kind: 'iki',
            direction: 'higher-is-better',
            target: { min: 90, max: 80 },
            realisasi: 85,
            weight: 100,
          },
        ],
        ratings: PP30_BEHAVIOUR,
      }),
    ).toContainEqual(['scoring.range-reversed', ['indicators', 0, 'target']]);
  });
});

describe('capaian: maximum-achievable targets', () => {
  it('a 100% realisation of a target already at its maximum scores 120', () => {
    expect(iki({ target: 100, realisasi: 100, maxAchievable: true }).score).toBe('120.00');
    expect(iki({ target: 100, realisasi: 100, maxAchievable: false }).score).toBe('109.00');
  });

  it('below the target the table still applies', () => {
    expect(iki({ target: 100, realisasi: 90, maxAchievable: true }).score).toBe('80.00');
  });

  it('maxAchievable must be a boolean', () => {
    expect(
      issuesOf(pp30, {
        indicators: [
          {
            id: 'i1',
            kind: 'iki',
            direction: 'higher-is-better',
            target: 1,
            realisasi: 1,
            weight: 100,
            maxAchievable: 'ya',
          },
        ],
        ratings: PP30_BEHAVIOUR,
      }),
    ).toContainEqual(['input.invalid-type', ['indicators', 0, 'maxAchievable']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Generic kinds (test ruleset)

function generic1(ind: Record<string, unknown>): EvaluationResult['indicators'][string] {
  const r = scored(generic, { indicators: [{ id: 'x', weight: 1, ...ind }], ratings: { a: 80, b: 80 } });
  const x = r.indicators.x;
  if (!x) throw new Error('no indicator x');
  return x;
}

describe('ratio and inverse-ratio', () => {
  it.each([
    [60, 45, '75.00', true],
    [60, 60, '100.00', false],
    [60, 90, '150.00', false],
    [3, 1, '33.33', true],
  ])('ratio: target %s, realisasi %s → %s', (target, realisasi, score, below) => {
    const x = generic1({ kind: 'rasio', target, realisasi });
    expect(x.score).toBe(score);
    expect(x.capaian).toBe(score);
    expect(x.belowTarget).toBe(below);
  });

  it.each([
    [10, 8, '125.00', false],
    [10, 10, '100.00', false],
    [10, 20, '50.00', true],
  ])('inverse-ratio: target %s, realisasi %s → %s', (target, realisasi, score, below) => {
    const x = generic1({ kind: 'rasio-terbalik', target, realisasi });
    expect(x.score).toBe(score);
    expect(x.belowTarget).toBe(below);
  });

  it('caps and floors of a kind are ruleset data (ratio capped at 110, floored at 10)', () => {
    expect(generic1({ kind: 'rasio-batas', target: 100, realisasi: 200 }).score).toBe('110.00');
    expect(generic1({ kind: 'rasio-batas', target: 100, realisasi: 1 }).score).toBe('10.00');
    expect(generic1({ kind: 'rasio-batas', target: 100, realisasi: 55 }).score).toBe('55.00');
    // the capaian is reported as measured, before the cap
    expect(generic1({ kind: 'rasio-batas', target: 100, realisasi: 200 }).capaian).toBe('200.00');
  });

  it('a zero target is an issue', () => {
    expect(
      issuesOf(generic, {
        indicators: [{ id: 'x', kind: 'rasio', target: 0, realisasi: 1, weight: 1 }],
        ratings: { a: 1, b: 1 },
      }),
    ).toContainEqual(['scoring.zero-target', ['indicators', 0, 'target']]);
  });
});

describe('scale (1–5 mapped onto 0–100)', () => {
  it.each([
    [1, '0.00'],
    [2, '25.00'],
    [3, '50.00'],
    ['4.5', '87.50'],
    [5, '100.00'],
  ])('%s → %s', (realisasi, score) => {
    expect(generic1({ kind: 'skala', realisasi }).score).toBe(score);
  });

  it('is below target only against a target', () => {
    expect(generic1({ kind: 'skala', realisasi: 3 }).belowTarget).toBe(false);
    expect(generic1({ kind: 'skala', realisasi: 3, target: 4 }).belowTarget).toBe(true);
    expect(generic1({ kind: 'skala', realisasi: 4, target: 4 }).belowTarget).toBe(false);
  });

  it('a value outside the scale is an issue', () => {
    for (const realisasi of [0, 6, '5.01'])
      expect(
        issuesOf(generic, {
          indicators: [{ id: 'x', kind: 'skala', realisasi, weight: 1 }],
          ratings: { a: 1, b: 1 },
        }),
      ).toContainEqual(['scoring.out-of-range', ['indicators', 0, 'realisasi']]);
  });
});

describe('yes-no', () => {
  it('yes 100, no 0 by default; the values are ruleset data', () => {
    expect(generic1({ kind: 'ya-tidak', realisasi: true }).score).toBe('100.00');
    expect(generic1({ kind: 'ya-tidak', realisasi: false }).score).toBe('0.00');
    expect(generic1({ kind: 'ya-tidak-40', realisasi: false }).score).toBe('40.00');
  });

  it('no is below target', () => {
    expect(generic1({ kind: 'ya-tidak', realisasi: false }).belowTarget).toBe(true);
    expect(generic1({ kind: 'ya-tidak', realisasi: true }).belowTarget).toBe(false);
  });

  it('the realisation must be a boolean', () => {
    for (const realisasi of ['ya', 1, null])
      expect(
        issuesOf(generic, {
          indicators: [{ id: 'x', kind: 'ya-tidak', realisasi, weight: 1 }],
          ratings: { a: 1, b: 1 },
        }),
      ).toContainEqual(['input.invalid-type', ['indicators', 0, 'realisasi']]);
  });
});

describe('breakpoint tables', () => {
  it.each([
    [0, '0.00'], // [0, 50) constant 0
    [49, '0.00'],
    [50, '0.00'], // [50, 100]: the line (50, 0)–(100, 100)
    [75, '50.00'],
    ['87.5', '75.00'],
    [100, '100.00'],
    ['100.01', '110.00'], // above 100: constant 110
  ])('on the realisation: %s → %s', (realisasi, score) => {
    expect(generic1({ kind: 'tabel', realisasi }).score).toBe(score);
  });

  it('on the capaian: 60 of 80 → capaian 75 → 50', () => {
    const x = generic1({ kind: 'tabel-capaian', target: 80, realisasi: 60 });
    expect(x.capaian).toBe('75.00');
    expect(x.score).toBe('50.00');
    expect(x.belowTarget).toBe(true);
  });

  it('a value outside the table is an issue at the realisation', () => {
    expect(
      issuesOf(generic, {
        indicators: [{ id: 'x', kind: 'tabel', realisasi: -1, weight: 1 }],
        ratings: { a: 1, b: 1 },
      }),
    ).toContainEqual(['scoring.outside-table', ['indicators', 0, 'realisasi']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Rated (PermenPANRB 6/2022 RHK)

describe('rated (rhk)', () => {
  const items = Object.fromEntries(
    ['berorientasi-pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'].map(
      (id) => [id, 'sesuai-ekspektasi'],
    ),
  );

  it('has no score, carries its rating of record, and is below target when rated di bawah', () => {
    const r = scored(permen, {
      indicators: [
        { id: 'rhk-1', kind: 'rhk' },
        { id: 'rhk-2', kind: 'rhk', justification: 'anggaran dipotong' },
      ],
      ratings: { ...items, 'rhk-1': 'di-atas-ekspektasi', 'rhk-2': 'di-bawah-ekspektasi' },
    });
    expect(r.indicators['rhk-1']).toEqual({
      kind: 'rhk',
      component: 'hasil-kerja',
      score: null,
      rating: 'di-atas-ekspektasi',
      belowTarget: false,
    });
    expect(r.indicators['rhk-2']?.rating).toBe('di-bawah-ekspektasi');
    expect(r.indicators['rhk-2']?.belowTarget).toBe(true);
    expect(r.indicators['rhk-2']?.justification).toBe('anggaran dipotong');
  });

  it('an unknown rating code is an issue at its path', () => {
    expect(
      issuesOf(permen, {
        indicators: [{ id: 'rhk-1', kind: 'rhk' }],
        ratings: { ...items, 'rhk-1': 'luar-biasa' },
      }),
    ).toContainEqual(['scoring.unknown-rating-code', ['ratings', 'rhk-1']]);
  });
});
