import { describe, expect, it } from 'vitest';
import { renderTree, unwrap } from '../explain/index';
import { getPack } from '../ruleset/index';
import { compileRuleset, type EvaluationResult, scoreEvaluation } from '../scoring/index';
import { annualize } from './annualize';
import type { AnnualPeriodInput, AnnualResult } from './types';

const quarters = (a: string, b: string, c: string, d: string): AnnualPeriodInput[] => [
  { start: '2025-01-01', end: '2025-03-31', predikat: a },
  { start: '2025-04-01', end: '2025-06-30', predikat: b },
  { start: '2025-07-01', end: '2025-09-30', predikat: c },
  { start: '2025-10-01', end: '2025-12-31', predikat: d },
];

function value(r: ReturnType<typeof annualize>): AnnualResult {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function codes(r: ReturnType<typeof annualize>): string[] {
  return r.ok ? [] : r.issues.map((i) => i.code);
}

const permen = getPack('permenpanrb-6-2022');
const pp46 = getPack('pp46-2011');

describe('annualize: last-period', () => {
  it('is the default and takes the final period', () => {
    const r = value(annualize(null, quarters('baik', 'baik', 'sangat-baik', 'butuh-perbaikan')));
    expect(r.strategy).toBe('last-period');
    expect(r.predikat).toBe('butuh-perbaikan');
    expect(r.rank).toBe(3);
    expect(r.mean).toBeUndefined();
  });

  it('takes the ruleset’s strategy when the options name none', () => {
    const ruleset = { ...permen, calendar: { ...permen.calendar, annual: { strategy: 'worst' as const } } };
    expect(value(annualize(ruleset, quarters('kurang', 'baik', 'baik', 'baik'))).predikat).toBe('kurang');
    expect(
      value(annualize(ruleset, quarters('kurang', 'baik', 'baik', 'baik'), { strategy: 'last-period' }))
        .predikat,
    ).toBe('baik');
  });

  it('final means the latest end, whatever the input order', () => {
    const r = value(
      annualize(null, [
        { start: '2025-06-16', end: '2025-12-31', predikat: 'kurang' },
        { start: '2025-01-01', end: '2025-06-15', predikat: 'sangat-baik' },
      ]),
    );
    expect(r.predikat).toBe('kurang');
    expect(r.periods.map((p) => [p.index, p.start])).toEqual([
      [1, '2025-01-01'],
      [0, '2025-06-16'],
    ]);
  });

  it('ties on the end go to the latest start; identical dates to the worse predikat', () => {
    const sameEnd = [
      { start: '2025-07-01', end: '2025-12-31', predikat: 'sangat-baik' },
      { start: '2025-01-01', end: '2025-12-31', predikat: 'baik' },
    ];
    expect(value(annualize(null, sameEnd)).predikat).toBe('sangat-baik');
    const same = [
      { start: '2025-01-01', end: '2025-12-31', predikat: 'sangat-baik' },
      { start: '2025-01-01', end: '2025-12-31', predikat: 'baik' },
    ];
    expect(value(annualize(null, same)).predikat).toBe('baik');
    expect(value(annualize(null, [...same].reverse())).predikat).toBe('baik');
  });

  it('returns the period’s own code (cukup stays cukup)', () => {
    expect(value(annualize(pp46, quarters('baik', 'baik', 'baik', 'cukup'))).predikat).toBe('cukup');
  });
});

describe('annualize: weighted-by-months', () => {
  const weighted = { strategy: 'weighted-by-months' } as const;

  it('weights whole months: 9 × 5 + 3 × 2 = 51 / 12 = 4.25 → baik', () => {
    const r = value(
      annualize(
        null,
        [
          { start: '2025-01-01', end: '2025-09-30', predikat: 'sangat-baik' },
          { start: '2025-10-01', end: '2025-12-31', predikat: 'kurang' },
        ],
        weighted,
      ),
    );
    expect(r.periods.map((p) => p.months)).toEqual(['9', '3']);
    expect(r.months).toBe('12');
    expect(r.mean).toBe('4.25');
    expect(r.predikat).toBe('baik');
  });

  it('counts a partly covered month as its share of days (a transfer on 16 June)', () => {
    const r = value(
      annualize(
        null,
        [
          { start: '2025-01-01', end: '2025-06-15', predikat: 'sangat-baik' },
          { start: '2025-06-16', end: '2025-12-31', predikat: 'kurang' },
        ],
        weighted,
      ),
    );
    expect(r.periods.map((p) => [p.months, p.days])).toEqual([
      ['5.5', 166],
      ['6.5', 199],
    ]);
    expect(r.mean).toBe('3.375'); // (5 × 5.5 + 2 × 6.5) / 12
    expect(r.predikat).toBe('butuh-perbaikan');
  });

  it('sends an exact half to the worse predikat, in either order', () => {
    const first = { start: '2025-01-01', end: '2025-06-30' };
    const second = { start: '2025-07-01', end: '2025-12-31' };
    for (const [a, b] of [
      ['baik', 'butuh-perbaikan'],
      ['butuh-perbaikan', 'baik'],
    ] as const) {
      const r = value(
        annualize(
          null,
          [
            { ...first, predikat: a },
            { ...second, predikat: b },
          ],
          weighted,
        ),
      );
      expect(r.mean).toBe('3.5');
      expect(r.predikat).toBe('butuh-perbaikan');
    }
    // Just above the half goes up: one more day of baik.
    const up = value(
      annualize(
        null,
        [
          { start: '2025-01-01', end: '2025-07-01', predikat: 'baik' },
          { start: '2025-07-02', end: '2025-12-31', predikat: 'butuh-perbaikan' },
        ],
        weighted,
      ),
    );
    expect(up.predikat).toBe('baik');
  });

  it('weights overlapping SKPs after a transfer each by their own months', () => {
    const r = value(
      annualize(
        null,
        [
          { start: '2025-01-01', end: '2025-04-20', predikat: 'kurang' },
          { start: '2025-04-10', end: '2025-12-31', predikat: 'baik' },
        ],
        weighted,
      ),
    );
    expect(r.periods[1]?.months).toBe('8.7'); // 21/30 + 8
    // (2 × 11/3 + 4 × 87/10) / (371/30) = 1264/371 ≈ 3.407 → 3
    expect(r.mean?.startsWith('3.40700808625336')).toBe(true);
    expect(r.predikat).toBe('butuh-perbaikan');
  });

  it('uses the ruleset’s code of the rank, else the periods’ code, else the PermenPANRB code', () => {
    const half = [
      { start: '2025-01-01', end: '2025-06-30', predikat: 'baik' },
      { start: '2025-07-01', end: '2025-12-31', predikat: 'kurang' },
    ];
    expect(value(annualize(pp46, half, { ...weighted })).predikat).toBe('cukup');
    expect(value(annualize(null, half, weighted)).predikat).toBe('butuh-perbaikan');
    const cukup = half.map((p) => ({ ...p, predikat: 'cukup' }));
    expect(value(annualize(null, cukup, weighted)).predikat).toBe('cukup');
    expect(value(annualize(permen, cukup, { ...weighted })).predikat).toBe('butuh-perbaikan');
  });

  it('explains each period and the mean', () => {
    const r = value(
      annualize(
        null,
        [
          { start: '2025-01-01', end: '2025-06-30', predikat: 'baik' },
          { start: '2025-07-01', end: '2025-12-31', predikat: 'butuh-perbaikan' },
        ],
        weighted,
      ),
    );
    expect(renderTree(r.explanation)).toEqual([
      'Annual predikat from 2 periods (strategy weighted-by-months): butuh-perbaikan',
      '├─ Period 2025-01-01 to 2025-06-30: baik (rank 4), 6.0000 months',
      '├─ Period 2025-07-01 to 2025-12-31: butuh-perbaikan (rank 3), 6.0000 months',
      '└─ Month-weighted mean rank: 42.0000 ÷ 12.0000 months = 3.5000 → rank 3 (an exact half: to the worse predikat) → butuh-perbaikan',
    ]);
    expect(renderTree(r.explanation, { locale: 'id' })[0]).toBe(
      'Predikat tahunan dari 2 periode (strategi weighted-by-months): butuh-perbaikan',
    );
  });
});

describe('annualize: worst', () => {
  it('takes the worst predikat', () => {
    const r = value(
      annualize(null, quarters('baik', 'sangat-baik', 'kurang', 'baik'), { strategy: 'worst' }),
    );
    expect(r.predikat).toBe('kurang');
    expect(renderTree(r.explanation).at(-1)).toBe('└─ The worst predikat (rank 2) → kurang');
  });

  it('ranks buruk with sangat-kurang and keeps the period’s code', () => {
    const r = annualize(
      pp46,
      [
        { start: '2025-01-01', end: '2025-06-30', predikat: 'buruk' },
        { start: '2025-07-01', end: '2025-12-31', predikat: 'baik' },
      ],
      { strategy: 'worst' },
    );
    expect(value(r)).toMatchObject({ predikat: 'buruk', rank: 1 });
  });
});

describe('annualize: periods carrying an evaluation result', () => {
  const compiled = unwrap(compileRuleset('permenpanrb-6-2022'));
  const scored = (hk: string, p: string, start: string, end: string): EvaluationResult => {
    const r = scoreEvaluation(compiled, {
      period: { start, end },
      ratings: { 'hasil-kerja': hk, perilaku: p },
    });
    if (!r.ok) throw new Error('not scored');
    return r.value;
  };

  it('takes the predikat and dates from the result and keeps it', () => {
    const a = scored('di-atas-ekspektasi', 'di-atas-ekspektasi', '2025-01-01', '2025-06-30');
    const b = scored('sesuai-ekspektasi', 'sesuai-ekspektasi', '2025-07-01', '2025-12-31');
    const r = value(annualize(null, [{ result: b }, { result: a }], { strategy: 'weighted-by-months' }));
    expect(r.periods.map((p) => p.predikat)).toEqual(['sangat-baik', 'baik']);
    expect(r.periods[0]?.result).toBe(a);
    expect(r.mean).toBe('4.5');
    expect(r.predikat).toBe('baik');
  });

  it('rejects a predikat that contradicts the result', () => {
    const a = scored('sesuai-ekspektasi', 'sesuai-ekspektasi', '2025-01-01', '2025-12-31');
    const r = annualize(null, [{ predikat: 'sangat-baik', result: a }]);
    expect(codes(r)).toEqual(['periods.predikat-mismatch']);
  });
});

describe('annualize: rejected input (issues, never a throw)', () => {
  it('rejects an empty list', () => {
    const r = annualize(null, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'periods.empty', path: ['periods'] });
  });

  it('rejects an end before the start, with the period’s path', () => {
    const r = annualize(null, [{ start: '2025-07-01', end: '2025-06-30', predikat: 'baik' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'date.range-reversed', path: ['periods', 0] });
  });

  it('rejects an unknown predikat, by the ruleset or the national codes', () => {
    const r = annualize(null, quarters('baik', 'luar-biasa', 'baik', 'baik'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: 'periods.unknown-predikat',
        path: ['periods', 1, 'predikat'],
        params: { value: 'luar-biasa' },
      });
    for (const code of ['constructor', 'toString', '__proto__'])
      expect(codes(annualize(null, [{ start: '2025-01-01', end: '2025-12-31', predikat: code }]))).toEqual([
        'periods.unknown-predikat',
      ]);
    // A ruleset's own codes: pp46-2011 knows 'cukup' (rank 3); so does the national order.
    expect(value(annualize('pp46-2011', quarters('baik', 'cukup', 'baik', 'cukup'))).rank).toBe(3);
  });

  it('rejects missing fields, wrong types, bad dates and an unknown strategy, all at once', () => {
    const r = annualize(
      null,
      [
        { start: '2025-01-01', predikat: 'baik' },
        { start: '2025-02-30', end: '2025-03-31', predikat: 3 as unknown as string },
        null as unknown as AnnualPeriodInput,
        { start: '2025-01-01', end: '2025-12-31' },
      ],
      { strategy: 'best' as never },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['periods.unknown-strategy', ['strategy']],
        ['input.required', ['periods', 0, 'end']],
        ['date.not-a-date', ['periods', 1, 'start']],
        ['input.invalid-type', ['periods', 1, 'predikat']],
        ['input.invalid-type', ['periods', 2]],
        ['input.required', ['periods', 3, 'predikat']],
      ]);
    expect(codes(annualize(null, 'x' as never))).toEqual(['input.invalid-type']);
  });

  it('allows overlaps but rejects a period outside the year being annualised', () => {
    const periods = [
      { start: '2025-01-01', end: '2025-06-30', predikat: 'baik' },
      { start: '2025-06-01', end: '2026-01-10', predikat: 'baik' },
    ];
    expect(annualize(null, periods).ok).toBe(true);
    const r = annualize(null, periods, { year: 2025 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toMatchObject([
        {
          code: 'periods.outside-year',
          path: ['periods', 1],
          params: { from: '2025-01-01', to: '2025-12-31' },
        },
      ]);
    // A year from April: 2025 runs from 2025-04-01 to 2026-03-31.
    expect(codes(annualize(null, periods, { year: 2025, yearStartMonth: 4 }))).toEqual([
      'periods.outside-year',
    ]);
    expect(annualize(null, [periods[1] as AnnualPeriodInput], { year: 2025, yearStartMonth: 4 }).ok).toBe(
      true,
    );
    expect(codes(annualize(null, periods, { year: 99999 }))).toEqual(['date.out-of-range']);
    expect(codes(annualize(null, periods, { year: 2025, yearStartMonth: 13 }))).toEqual([
      'date.invalid-month',
    ]);
  });
});
