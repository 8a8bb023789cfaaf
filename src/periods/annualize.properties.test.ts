import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../date/index';
import { predikatRank } from '../rating/index';
import { getPack, type Ruleset } from '../ruleset/index';
import { annualize } from './annualize';
import { checkDeadlines } from './check-deadlines';
import { ANNUAL_STRATEGIES, type AnnualizeOptions, type AnnualResult } from './types';

const JAN_1 = assertIsoDate('2025-01-01');
const NATIONAL = ['sangat-baik', 'baik', 'butuh-perbaikan', 'cukup', 'kurang', 'sangat-kurang', 'buruk'];
const PERMEN = ['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'];
const permen = getPack('permenpanrb-6-2022');

interface P {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly predikat: string;
}

/** A period inside 2025 (or a little beyond), 1 to 400 days long. */
const period = (codes: readonly string[]): fc.Arbitrary<P> =>
  fc
    .record({ from: fc.integer({ min: 0, max: 364 }), length: fc.integer({ min: 1, max: 400 }) })
    .chain(({ from, length }) =>
      fc.constantFrom(...codes).map((predikat) => ({
        start: addDays(JAN_1, from),
        end: addDays(JAN_1, from + length - 1),
        predikat,
      })),
    );
const periods = (codes: readonly string[]) => fc.array(period(codes), { minLength: 1, maxLength: 8 });
const strategy = fc.constantFrom(...ANNUAL_STRATEGIES);

function run(ps: readonly P[], options: AnnualizeOptions & { ruleset?: Ruleset }): AnnualResult {
  const { ruleset, ...rest } = options;
  const r = annualize(ruleset ?? null, ps, rest);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const rank = (code: string): number => predikatRank(code) ?? Number.NaN;

describe('annualize properties', () => {
  it('the annual predikat lies between the best and the worst period predikat', () => {
    fc.assert(
      fc.property(periods(NATIONAL), strategy, (ps, s) => {
        const r = run(ps, { strategy: s });
        const ranks = ps.map((p) => rank(p.predikat));
        expect(r.rank).toBe(rank(r.predikat));
        expect(r.rank).toBeGreaterThanOrEqual(Math.min(...ranks));
        expect(r.rank).toBeLessThanOrEqual(Math.max(...ranks));
      }),
      { numRuns: 300 },
    );
  });

  it('worst is never better than another strategy', () => {
    fc.assert(
      fc.property(periods(NATIONAL), (ps) => {
        const worst = run(ps, { strategy: 'worst' }).rank;
        for (const s of ANNUAL_STRATEGIES) expect(worst).toBeLessThanOrEqual(run(ps, { strategy: s }).rank);
      }),
      { numRuns: 300 },
    );
  });

  it('permuting the periods changes nothing', () => {
    fc.assert(
      fc.property(
        periods(NATIONAL).chain((ps) =>
          fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length })),
        ),
        strategy,
        fc.boolean(),
        ([ps, shuffled], s, withRuleset) => {
          const options = withRuleset ? { strategy: s, ruleset: permen } : { strategy: s };
          const a = run(ps, options);
          const b = run(shuffled, options);
          expect(b.predikat).toBe(a.predikat);
          expect(b.mean).toBe(a.mean);
          expect(b.months).toBe(a.months);
          expect(b.periods.map(({ index: _, ...p }) => p)).toEqual(a.periods.map(({ index: _, ...p }) => p));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('weighted-by-months with one predikat throughout returns that predikat', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NATIONAL).chain((code) => periods([code])),
        fc.boolean(),
        (ps, withRuleset) => {
          const code = ps[0]?.predikat ?? '';
          const options = { strategy: 'weighted-by-months' as const };
          expect(run(ps, options).predikat).toBe(code);
          if (withRuleset && PERMEN.includes(code))
            expect(run(ps, { ...options, ruleset: permen }).predikat).toBe(code);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splitting a period into two adjacent ones with its predikat does not change weighted-by-months', () => {
    fc.assert(
      fc.property(periods(PERMEN), fc.nat(), fc.nat(), fc.boolean(), (ps, which, at, withRuleset) => {
        const i = which % ps.length;
        const target = ps[i] as P;
        const length = daysBetween(target.start, target.end) + 1;
        fc.pre(length >= 2);
        const cut = addDays(target.start, at % (length - 1)); // last day of the first part
        const split = [
          ...ps.slice(0, i),
          { ...target, end: cut },
          { ...target, start: addDays(cut, 1) },
          ...ps.slice(i + 1),
        ];
        const options = withRuleset
          ? { strategy: 'weighted-by-months' as const, ruleset: permen }
          : { strategy: 'weighted-by-months' as const };
        const a = run(ps, options);
        const b = run(split, options);
        expect(b.predikat).toBe(a.predikat);
        expect(b.mean).toBe(a.mean);
        expect(b.months).toBe(a.months);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input: issues instead', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (ps, s) => {
        const r = annualize(null, ps as never, { strategy: s as never });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
    const anyPeriod = fc.record(
      { start: fc.anything(), end: fc.anything(), predikat: fc.anything(), result: fc.anything() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(anyPeriod), strategy, (ps, s) => {
        const r = annualize(null, ps as never, { strategy: s });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('checkDeadlines never throws on arbitrary events: issues instead', () => {
    const anyDate = fc.oneof(fc.anything(), fc.constantFrom('2025-01-31', '2025-04-09', '2026-01-20'));
    const events = fc.record(
      {
        skpApprovedOn: anyDate,
        reports: fc.array(
          fc.oneof(fc.anything(), fc.record({ period: fc.anything(), submittedOn: anyDate })),
        ),
        appeals: fc.array(fc.oneof(fc.anything(), fc.record({ receivedOn: anyDate, filedOn: anyDate }))),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(events, fc.option(anyDate, { nil: undefined }), (e, asOf) => {
        const r = checkDeadlines({ frequency: 'quarterly' }, 2025, e as never, { asOf: asOf as never });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
