import { type DateRange, monthShares, parseDateRange, rangeDays, reviewPeriods } from '../date/index';
import {
  DEC_ZERO,
  type Dec,
  dAdd,
  dCmp,
  dDiv,
  dFromInt,
  dMul,
  dRound,
  dSub,
  dToFixed,
  fromDec,
} from '../decimal/index';
import {
  checkDepth,
  type ExplanationNode,
  err,
  type Issue,
  isRecord,
  issue,
  KinerjaError,
  ok,
  type PathSegment,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { periodsMessages } from '../explain/messages/periods';
import { predikatRank } from '../rating/index';
import type { Ruleset } from '../ruleset/types';
import type { RulesetLike } from '../scoring/compile';
import type { EvaluationResult } from '../scoring/types';
import { toCompiled } from './ruleset-source';
import { annualizeOptionsSchema, annualPeriodSchema, annualPeriodsSchema } from './schemas';
import {
  ANNUAL_STRATEGIES,
  type AnnualizeOptions,
  type AnnualPeriod,
  type AnnualPeriodInput,
  type AnnualResult,
  type AnnualStrategy,
} from './types';

/** The PermenPANRB 6/2022 code of each national rank (index = rank). */
const NATIONAL_CODES = ['', 'sangat-kurang', 'kurang', 'butuh-perbaikan', 'baik', 'sangat-baik'] as const;

const HALF = dDiv(dFromInt(1), dFromInt(2));

interface Checked {
  readonly index: number;
  readonly range: DateRange;
  readonly predikat: string;
  readonly rank: number;
  readonly result?: EvaluationResult;
}

/** A value shown in a message, whatever it is (never throws). */
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}

/** Shown in explanations: 4 decimals (the computation itself is exact). */
function shown(d: Dec): string {
  return dToFixed(d, 4, 'half-even');
}

/** The year being annualised as a date range, or the issues of an invalid year or start month. */
function yearRange(year: number, startMonth: number): Result<DateRange, Issue[]> {
  try {
    const [p] = reviewPeriods({ frequency: 'annual', yearStartMonth: startMonth }, year);
    return p === undefined
      ? err([issue(commonMessages, 'input.invalid', ['year'])])
      : ok({ start: p.start, end: p.end });
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    return err(e.issues.map((i) => (i.path.length === 0 ? { ...i, path: ['year'] } : i)));
  }
}

/** The predikat order and calendar annualize reads, from the ruleset (none: national ranks). */
type Policy = Pick<Ruleset, 'predikat' | 'calendar'> | undefined;

function checkPeriod(
  raw: unknown,
  index: number,
  ruleset: Policy,
  year: DateRange | undefined,
  issues: Issue[],
): Checked | undefined {
  const path: PathSegment[] = ['periods', index];
  const read = parseWithSchema(annualPeriodSchema, raw, path);
  if (!read.ok) {
    issues.push(...read.issues);
    return undefined;
  }
  const p = read.value;
  // The result is kept as given (the schema reads only what it needs of it).
  const result = p.result === undefined ? undefined : (raw as { result: EvaluationResult }).result;
  const fromResult = p.result?.period ?? {};
  const before = issues.length;
  const range = parseDateRange({ start: p.start ?? fromResult.start, end: p.end ?? fromResult.end }, path);
  if (!range.ok) issues.push(...range.issues);
  const code = p.predikat ?? p.result?.predikat;
  let rank: number | undefined;
  if (code === undefined) issues.push(issue(commonMessages, 'input.required', [...path, 'predikat']));
  else {
    // predikatRank looks the national ranks up on a plain object: 'constructor' must not pass.
    const found: unknown = predikatRank(code, ruleset);
    rank = typeof found === 'number' && Number.isInteger(found) ? found : undefined;
    if (rank === undefined)
      issues.push(issue(periodsMessages, 'periods.unknown-predikat', [...path, 'predikat'], { value: code }));
    else if (p.predikat !== undefined && p.result?.predikat !== undefined && p.result.predikat !== p.predikat)
      issues.push(
        issue(periodsMessages, 'periods.predikat-mismatch', [...path, 'predikat'], {
          predikat: code,
          result: text(p.result.predikat),
        }),
      );
  }
  if (range.ok && year !== undefined && (range.value.start < year.start || range.value.end > year.end))
    issues.push(
      issue(periodsMessages, 'periods.outside-year', path, {
        start: range.value.start,
        end: range.value.end,
        from: year.start,
        to: year.end,
      }),
    );
  if (issues.length > before || !range.ok || rank === undefined || code === undefined) return undefined;
  const checked = { index, range: range.value, predikat: code, rank };
  return result === undefined ? checked : { ...checked, result };
}

/** Sort order of the output: start, end, worse predikat first, code, input position. */
function byDates(a: Checked, b: Checked): number {
  if (a.range.start !== b.range.start) return a.range.start < b.range.start ? -1 : 1;
  if (a.range.end !== b.range.end) return a.range.end < b.range.end ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.predikat !== b.predikat) return a.predikat < b.predikat ? -1 : 1;
  return a.index - b.index;
}

/** Whether `a` is later than `b` in the "final period" order: later end, then later start. */
function later(a: Checked, b: Checked): boolean {
  if (a.range.end !== b.range.end) return a.range.end > b.range.end;
  return a.range.start > b.range.start;
}

/**
 * The code to report for `rank` among `candidates` (non-empty, all of that rank): the one of the
 * final candidate (latest end, then latest start); ties by the smallest code, so that the order of
 * the input never matters.
 */
function codeOf(candidates: readonly Checked[]): Checked {
  let best = candidates[0] as Checked;
  for (const c of candidates.slice(1)) {
    if (later(c, best) || (!later(best, c) && c.predikat < best.predikat)) best = c;
  }
  return best;
}

/** The lowest rank of non-empty periods (a loop: a spread of 100,000 arguments overflows). */
function lowest(periods: readonly Checked[]): number {
  let rank = Number.POSITIVE_INFINITY;
  for (const p of periods) if (p.rank < rank) rank = p.rank;
  return rank;
}

function monthsOf(range: DateRange): Dec {
  let total = DEC_ZERO;
  for (const m of monthShares(range)) total = dAdd(total, dDiv(dFromInt(m.days), dFromInt(m.daysInMonth)));
  return total;
}

function decide(
  strategy: AnnualStrategy,
  periods: readonly Checked[],
  weights: readonly Dec[],
  ruleset: Policy,
): { predikat: string; rank: number; mean?: Dec; node: ExplanationNode } {
  if (strategy === 'last-period') {
    let last = periods[0] as Checked;
    for (const p of periods) if (later(p, last)) last = p;
    const final = periods.filter((p) => p.range.end === last.range.end && p.range.start === last.range.start);
    const rank = lowest(final);
    const chosen = codeOf(final.filter((p) => p.rank === rank));
    return {
      predikat: chosen.predikat,
      rank,
      node: {
        code: 'annual.last-period',
        inputs: { start: chosen.range.start, end: chosen.range.end, rank, tied: final.length },
        output: chosen.predikat,
      },
    };
  }
  if (strategy === 'worst') {
    const rank = lowest(periods);
    const chosen = codeOf(periods.filter((p) => p.rank === rank));
    return {
      predikat: chosen.predikat,
      rank,
      node: {
        code: 'annual.worst',
        inputs: { rank, start: chosen.range.start, end: chosen.range.end },
        output: chosen.predikat,
      },
    };
  }
  let sumW = DEC_ZERO;
  let sumRW = DEC_ZERO;
  periods.forEach((p, i) => {
    const w = weights[i] ?? DEC_ZERO;
    sumW = dAdd(sumW, w);
    sumRW = dAdd(sumRW, dMul(dFromInt(p.rank), w));
  });
  const mean = dDiv(sumRW, sumW);
  // Nearest rank, an exact half going to the worse (lower) rank: ⌈mean − ½⌉.
  const rank = Number(fromDec(dRound(dSub(mean, HALF), 0, 'ceiling')));
  const own = ruleset?.predikat.find((p) => p.rank === rank)?.code;
  const used = periods.filter((p) => p.rank === rank);
  const [predikat, source] =
    own !== undefined
      ? [own, 'ruleset']
      : used.length > 0
        ? [codeOf(used).predikat, 'periods']
        : [NATIONAL_CODES[rank] ?? '', 'national'];
  return {
    predikat,
    rank,
    mean,
    node: {
      code: 'annual.weighted-by-months',
      inputs: {
        weighted: shown(sumRW),
        months: shown(sumW),
        mean: shown(mean),
        half: dCmp(dSub(mean, dRound(mean, 0, 'floor')), HALF) === 0,
        rank,
        source,
      },
      output: predikat,
    },
  };
}

/**
 * The annual predikat from periodic ones (docs/regulations.md), under `ruleset` (the first argument, as
 * everywhere: a pack id, a parsed or a compiled ruleset; `null` for none: the national ranks and
 * the PermenPANRB 6/2022 codes), with the strategy of the options or of the ruleset:
 *
 * - `last-period` (default): the final period's predikat, "final" meaning the latest end date, ties
 *   broken by the latest start (the most recent assignment); periods with the very same dates and
 *   different predikat give the worse one.
 * - `weighted-by-months`: the ranks (sangat baik 5 … sangat kurang 1; cukup with butuh-perbaikan,
 *   buruk with sangat-kurang) averaged, each period weighted by the calendar months it covers, a
 *   partly covered month counting as its share of days, all exact; the mean is rounded to the
 *   nearest rank and an exact half goes to the worse predikat. The code of that rank is the
 *   ruleset's own, else the one the periods use, else the PermenPANRB 6/2022 code.
 * - `worst`: the worst period predikat.
 *
 * Periods may overlap (several SKPs in one year after a transfer) and come in any order; the result
 * does not depend on the order. The periods are read with `annualPeriodsSchema` (the format
 * `annual-periods`). Bad input of any kind gives issues, never a throw, at paths of the shape
 * `{ ruleset, strategy, year, periods: [...] }`: a missing or unknown ruleset, no periods (`periods.empty`), a reversed period
 * (`date.range-reversed`), an invalid date, an unknown predikat (`periods.unknown-predikat`, in the
 * ruleset's codes or the national ones), a predikat that contradicts the period's result
 * (`periods.predikat-mismatch`), a period outside `options.year` (`periods.outside-year`), an
 * unknown strategy (`periods.unknown-strategy`).
 *
 * @category Periods
 * @example
 * ```ts
 * const periods = [
 *   { start: '2025-01-01', end: '2025-06-30', predikat: 'baik' },
 *   { start: '2025-07-01', end: '2025-12-31', predikat: 'butuh-perbaikan' },
 * ];
 * annualize('permenpanrb-6-2022', periods).value.predikat; // 'butuh-perbaikan' (the last period)
 * annualize(null, periods, { strategy: 'weighted-by-months' }).value; // mean 3.5 → 'butuh-perbaikan' (half goes to the worse)
 * annualize(unwrap(compileRuleset('permenpanrb-6-2022')), periods, { strategy: 'worst' }).value.predikat; // 'butuh-perbaikan'
 * annualize(null, [{ start: '2025-07-01', end: '2025-06-30', predikat: 'baik' }]); // { ok: false, issues: [{ code: 'date.range-reversed', … }] }
 * ```
 */
export function annualize(
  ruleset: RulesetLike | null,
  periods: readonly AnnualPeriodInput[],
  options?: AnnualizeOptions,
): Result<AnnualResult, Issue[]> {
  const issues: Issue[] = [];
  let policy: Policy;
  if (ruleset === undefined) issues.push(issue(commonMessages, 'input.required', ['ruleset']));
  else if (ruleset !== null) {
    const compiled = toCompiled(ruleset);
    if (compiled.ok) policy = compiled.value.ruleset;
    else issues.push(...compiled.issues);
  }
  const opts = readOptions(options, issues);
  const strategy = opts.strategy ?? policy?.calendar.annual.strategy ?? 'last-period';
  if (!(ANNUAL_STRATEGIES as readonly unknown[]).includes(strategy))
    issues.push(
      issue(periodsMessages, 'periods.unknown-strategy', ['strategy'], {
        value: text(strategy),
        expected: ANNUAL_STRATEGIES.join(', '),
      }),
    );
  let year: DateRange | undefined;
  if (opts.year !== undefined) {
    const startMonth = opts.yearStartMonth ?? policy?.calendar.yearStartMonth ?? 1;
    const r = yearRange(opts.year as number, startMonth as number);
    if (r.ok) year = r.value;
    else issues.push(...r.issues);
  }
  if (!Array.isArray(periods)) {
    const read = parseWithSchema(annualPeriodsSchema, periods, ['periods']);
    return err([...issues, ...(read.ok ? [] : read.issues)]);
  }
  const deep = checkDepth(periods, ['periods']);
  if (deep) return err([...issues, deep]);
  if (periods.length === 0) issues.push(issue(periodsMessages, 'periods.empty', ['periods']));
  const checked: Checked[] = [];
  // An index loop, not forEach: a hole in a sparse array is a missing period, not a skipped one.
  for (let i = 0; i < periods.length; i++) {
    const c = checkPeriod(periods[i], i, policy, year, issues);
    if (c !== undefined) checked.push(c);
  }
  if (issues.length > 0) return err(issues);
  return ok(annualResult(strategy as AnnualStrategy, checked, policy));
}

/** The options, read with {@link annualizeOptionsSchema} (undefined: the defaults). */
function readOptions(options: unknown, issues: Issue[]): Record<string, unknown> {
  if (options === undefined) return {};
  const r = parseWithSchema(annualizeOptionsSchema, options);
  if (r.ok) return r.value;
  issues.push(...r.issues.map((i) => (i.path.length === 0 ? { ...i, path: ['options'] } : i)));
  return isRecord(options) ? {} : {};
}

function annualResult(strategy: AnnualStrategy, checked: Checked[], ruleset: Policy): AnnualResult {
  checked.sort(byDates);
  const weights = checked.map((p) => monthsOf(p.range));
  const total = weights.reduce(dAdd, DEC_ZERO);
  const decision = decide(strategy, checked, weights, ruleset);
  const out: AnnualPeriod[] = checked.map((p, i) => {
    const w = weights[i] ?? DEC_ZERO;
    const base = {
      index: p.index,
      start: p.range.start,
      end: p.range.end,
      predikat: p.predikat,
      rank: p.rank,
      days: rangeDays(p.range),
      months: fromDec(w),
    };
    return p.result === undefined ? base : { ...base, result: p.result };
  });
  const periodNodes: ExplanationNode[] = checked.map((p, i) => ({
    code: 'annual.period',
    ref: `${p.range.start}/${p.range.end}`,
    inputs: {
      start: p.range.start,
      end: p.range.end,
      predikat: p.predikat,
      rank: p.rank,
      months: shown(weights[i] ?? DEC_ZERO),
    },
    output: p.predikat,
  }));
  const explanation: ExplanationNode = {
    code: 'annual',
    ref: strategy,
    inputs: { periods: checked.length, months: shown(total) },
    output: decision.predikat,
    children: [...periodNodes, decision.node],
  };
  const base = {
    predikat: decision.predikat,
    rank: decision.rank,
    strategy,
    periods: out,
    months: fromDec(total),
  };
  return decision.mean === undefined
    ? { ...base, explanation }
    : { ...base, mean: fromDec(decision.mean), explanation };
}
