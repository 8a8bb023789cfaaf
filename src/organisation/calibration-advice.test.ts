import { describe, expect, it } from 'vitest';
import { unwrap } from '../explain/index';
import { getPack } from '../ruleset/index';
import {
  compileRuleset,
  type EvaluationInput,
  type EvaluationResult,
  scoreEvaluation,
} from '../scoring/index';
import { calibrationAdvice } from './calibration-advice';
import { checkDistribution } from './check-distribution';
import type { CalibrationEmployee, DistributionPolicy, DistributionReport } from './types';

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

const permen = getPack('permenpanrb-6-2022');
const compiled = unwrap(compileRuleset('permenpanrb-6-2022'));

function scored(input: EvaluationInput): EvaluationResult {
  const r = scoreEvaluation(compiled, input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Hasil kerja derived from RHK item ratings, perilaku from the seven items (all `behaviour`). */
function derived(id: string, rhk: readonly string[], behaviour: string): CalibrationEmployee {
  const ratings: Record<string, string> = Object.fromEntries(BERAKHLAK.map((b) => [b, behaviour]));
  const indicators = rhk.map((code, i) => {
    ratings[`rhk-${i + 1}`] = code;
    return { id: `rhk-${i + 1}`, kind: 'rhk', justification: 'x' };
  });
  return { id, result: scored({ indicators, ratings }) };
}

/** Both components rated directly by the supervisor. */
function direct(id: string, hasil: string, perilaku: string): CalibrationEmployee {
  return {
    id,
    result: scored({
      indicators: [{ id: 'rhk-1', kind: 'rhk' }],
      ratings: { 'hasil-kerja': hasil, perilaku },
    }),
  };
}

function reportFor(
  source: Parameters<typeof checkDistribution>[0],
  unit: string,
  employees: readonly CalibrationEmployee[],
): DistributionReport {
  const r = checkDistribution(
    source,
    unit,
    employees.map((e) => ({ id: e.id, predikat: e.result.predikat })),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('calibrationAdvice: the matrix regime (PermenPANRB 6/2022)', () => {
  // A baik unit of 10: eight baik, one sangat baik, one butuh perbaikan — one baik too many.
  const employees = [
    derived('e01', [SESUAI, SESUAI, BAWAH], SESUAI), // hasil kerja mean 1.67: 0.17 above 1.5
    derived('e02', [SESUAI, BAWAH], SESUAI), // mean 1.5 exactly: sesuai, 0 from the threshold
    derived('e03', [SESUAI, SESUAI, SESUAI, BAWAH], SESUAI), // mean 1.75
    derived('e04', [ATAS, SESUAI], SESUAI), // mean 2.5: the top of sesuai, 1 above the threshold
    derived('e05', [SESUAI], SESUAI), // mean 2
    direct('e06', SESUAI, SESUAI), // the supervisor's judgement: not ranked
    direct('e07', SESUAI, ATAS),
    derived('e08', [SESUAI, SESUAI], SESUAI), // mean 2
    direct('e09', ATAS, ATAS), // sangat baik
    direct('e10', BAWAH, SESUAI), // butuh perbaikan
  ];

  it('the fixture is what it says', () => {
    expect(employees.map((e) => e.result.predikat)).toEqual([
      'baik',
      'baik',
      'baik',
      'baik',
      'baik',
      'baik',
      'baik',
      'baik',
      'sangat-baik',
      'butuh-perbaikan',
    ]);
    expect(employees[1]?.result.components['hasil-kerja']).toMatchObject({ source: 'derived', mean: '1.50' });
  });

  it('plans one move, baik → butuh perbaikan, and ranks the derived hasil kerja nearest the threshold first', () => {
    const report = reportFor(permen, 'baik', employees);
    expect(report.violations).toEqual(['baik-max-70']);
    const r = calibrationAdvice(permen, report, employees);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const advice = r.value;
    expect(advice.moves).toBe(1);
    expect(advice.plan).toEqual([{ from: 'baik', to: 'butuh-perbaikan', count: 1 }]);
    expect(advice.violations).toHaveLength(1);
    const v = advice.violations[0];
    expect(v).toMatchObject({
      constraint: 'baik-max-70',
      bound: 'max',
      limit: 7,
      actual: 8,
      blocksFinalisation: false,
    });
    const move = v?.moves[0];
    expect(move?.candidates.map((c) => [c.employee, c.component, c.value, c.edge, c.distance, c.to])).toEqual(
      [
        ['e02', 'hasil-kerja', '1.50', '1.5', '0', 'butuh-perbaikan'],
        ['e01', 'hasil-kerja', '1.67', '1.5', '0.17', 'butuh-perbaikan'],
        ['e03', 'hasil-kerja', '1.75', '1.5', '0.25', 'butuh-perbaikan'],
        ['e05', 'hasil-kerja', '2.00', '1.5', '0.5', 'butuh-perbaikan'],
        ['e08', 'hasil-kerja', '2.00', '1.5', '0.5', 'butuh-perbaikan'],
        ['e04', 'hasil-kerja', '2.50', '1.5', '1', 'butuh-perbaikan'],
      ],
    );
    // Lowering perilaku instead would give kurang (misconduct), beyond the move: never suggested.
    // The direct ratings (the supervisor's judgement) are listed, not ranked.
    expect(move?.unranked).toEqual(['e06', 'e07']);
    expect(move?.candidates[1]?.reason.en).toBe(
      'The hasil-kerja rating was derived from an item mean of 1.67, 0.17 from the threshold 1.5; a rating of di-bawah-ekspektasi would give predikat butuh-perbaikan',
    );
    expect(JSON.parse(JSON.stringify(advice))).toEqual(advice);
  });

  it('nothing to advise when the unit fits or cannot fit', () => {
    // Four baik of six: at most ⌊4.2⌋ = 4.
    const fits = employees.filter((e) => ['e01', 'e02', 'e03', 'e04', 'e09', 'e10'].includes(e.id));
    const ok = calibrationAdvice(permen, reportFor(permen, 'baik', fits), fits);
    expect(ok.ok && [ok.value.plan, ok.value.violations, ok.value.moves]).toEqual([[], [], 0]);
    const one = [employees[0] as CalibrationEmployee];
    const tiny = calibrationAdvice(permen, reportFor(permen, 'kurang', one), one);
    expect(tiny.ok && [tiny.value.feasible, tiny.value.plan, tiny.value.moves]).toEqual([false, [], null]);
  });

  it('a sangat-kurang unit: moves across the fewest steps, each violation with the moves that serve it', () => {
    const unit = [
      direct('a', ATAS, ATAS), // sangat baik: must leave (no sangat baik allowed)
      direct('b', BAWAH, BAWAH),
      direct('c', BAWAH, BAWAH),
      direct('d', BAWAH, BAWAH),
      direct('e', BAWAH, BAWAH),
      direct('f', BAWAH, BAWAH),
      derived('g', [BAWAH], SESUAI), // butuh perbaikan via a derived hasil kerja of 1
      direct('h', SESUAI, SESUAI),
      direct('i', SESUAI, SESUAI),
      direct('j', SESUAI, SESUAI),
    ];
    const report = reportFor(permen, 'sangat-kurang', unit);
    // ≥ 6 sangat kurang (5), ≥ 1 kurang or butuh perbaikan (1: fine), no sangat baik (1).
    expect(report.violations).toEqual(['sangat-kurang-min-60', 'sangat-baik-max-0']);
    expect(report.moves).toBe(1);
    const r = calibrationAdvice(permen, report, unit);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.plan).toEqual([{ from: 'sangat-baik', to: 'sangat-kurang', count: 1 }]);
    expect(r.value.violations.map((v) => [v.constraint, v.moves.map((m) => `${m.from}→${m.to}`)])).toEqual([
      ['sangat-kurang-min-60', ['sangat-baik→sangat-kurang']],
      ['sangat-baik-max-0', ['sangat-baik→sangat-kurang']],
    ]);
    expect(r.value.violations[0]?.moves[0]?.unranked).toEqual(['a']);
  });

  it('rejects employees that do not match the report', () => {
    const report = reportFor(permen, 'baik', employees);
    const fewer = employees.slice(1);
    const r = calibrationAdvice(permen, report, fewer);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.params?.code])).toEqual([
      ['organisation.advice-mismatch', 'baik'],
    ]);
    const twice = [...employees.slice(0, 9), { ...employees[0], id: 'e01' } as CalibrationEmployee];
    const t = calibrationAdvice(permen, report, twice);
    expect(t.ok ? [] : t.issues.map((i) => [i.code, i.path])).toEqual([
      ['organisation.duplicate-employee', ['employees', 9, 'id']],
    ]);
  });
});

describe('calibrationAdvice: a numeric regime (PP 46/2011 bands)', () => {
  const pp46 = getPack('pp46-2011');
  const sbMax = { id: 'sangat-baik-max-20', predikat: ['sangat-baik'], bound: 'max', percent: 20 } as const;
  const cukupMin = { id: 'cukup-min-10', predikat: ['cukup'], bound: 'min', percent: 10 } as const;
  const policy: DistributionPolicy = {
    predikat: pp46.predikat.map((p) => p.code),
    curves: { top: [sbMax], bottom: [cukupMin], both: [sbMax, cukupMin] },
    blocksFinalisation: true,
  };
  const employee = (id: string, score: string, predikat: string): CalibrationEmployee => ({
    id,
    result: { score, predikat, components: {} },
  });
  const unit = [
    employee('s1', '99.99', 'sangat-baik'),
    employee('s2', '91.00', 'sangat-baik'), // at the edge: 0 above 91
    employee('s3', '95.00', 'sangat-baik'),
    employee('s4', '91.50', 'sangat-baik'),
    employee('b1', '76.00', 'baik'), // at the lower edge of baik
    employee('b2', '90.99', 'baik'),
    employee('b3', '80.25', 'baik'),
    employee('b4', '77.10', 'baik'),
    employee('b5', '85.00', 'baik'),
    employee('b6', '88.00', 'baik'),
  ];
  const advise = (curve: string) => {
    const report = reportFor(policy, curve, unit);
    const r = calibrationAdvice(pp46, report, unit);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return { report, advice: r.value };
  };

  it('too many sangat baik: the scores nearest the lower edge of the band (91) first', () => {
    const { report, advice } = advise('top');
    expect([report.violations, report.moves, report.blocksFinalisation]).toEqual([
      ['sangat-baik-max-20'],
      2,
      true,
    ]);
    expect(advice.plan).toEqual([{ from: 'sangat-baik', to: 'baik', count: 2 }]);
    const v = advice.violations[0];
    expect(v?.blocksFinalisation).toBe(true);
    expect(v?.moves[0]?.candidates.map((c) => [c.employee, c.to, c.edge, c.distance])).toEqual([
      ['s2', 'baik', '91', '0'],
      ['s4', 'baik', '91', '0.5'],
      ['s3', 'baik', '91', '4'],
      ['s1', 'baik', '91', '8.99'],
    ]);
  });

  it('too few cukup: the baik scores nearest the lower edge of baik (76), one step down', () => {
    const { advice } = advise('bottom');
    // From baik (one step) rather than from sangat baik (two).
    expect(advice.plan).toEqual([{ from: 'baik', to: 'cukup', count: 1 }]);
    const move = advice.violations[0]?.moves[0];
    expect(move?.candidates.map((c) => [c.employee, c.distance])).toEqual([
      ['b1', '0'],
      ['b4', '1.1'],
      ['b3', '4.25'],
      ['b5', '9'],
      ['b6', '12'],
      ['b2', '14.99'],
    ]);
    expect(move?.candidates[1]?.reason.en).toBe(
      'Final score 77.10 is 1.1 from the baik band edge 76; moving down to cukup needs the least recalibration',
    );
  });

  it('both at once: the fewest moves (2: one sangat baik to baik, one to cukup), not 3', () => {
    const { report, advice } = advise('both');
    expect(report.moves).toBe(2);
    expect(advice.plan).toEqual([
      { from: 'sangat-baik', to: 'baik', count: 1 },
      { from: 'sangat-baik', to: 'cukup', count: 1 },
    ]);
    expect(advice.violations.map((v) => [v.constraint, v.moves.map((m) => `${m.from}→${m.to}`)])).toEqual([
      ['sangat-baik-max-20', ['sangat-baik→baik', 'sangat-baik→cukup']],
      ['cukup-min-10', ['sangat-baik→cukup']],
    ]);
  });
});
