import type { IsoDate, ReviewPeriod, WorkingDayOptions } from '../date/index';
import type { DecimalString } from '../decimal/index';
import { deepFreeze, type ExplanationNode } from '../explain/index';
import type { PackId } from '../packs/index';
import type { Ruleset } from '../ruleset/types';
import type { CompiledRuleset } from '../scoring/compile';
import type { EvaluationResult } from '../scoring/types';

/**
 * How periodic predikat become the annual one (docs/regulations.md): `last-period` (the final period's
 * predikat; the default), `weighted-by-months` (the mean rank weighted by the calendar months each
 * period covers), `worst`.
 *
 * @category Periods
 * @example
 * ```ts
 * const s: AnnualStrategy = 'weighted-by-months';
 * ```
 */
export type AnnualStrategy = 'last-period' | 'weighted-by-months' | 'worst';

/**
 * Every {@link AnnualStrategy}.
 *
 * @category Periods
 * @example
 * ```ts
 * ANNUAL_STRATEGIES.includes('worst'); // true
 * ```
 */
export const ANNUAL_STRATEGIES = deepFreeze([
  'last-period',
  'weighted-by-months',
  'worst',
] as const satisfies readonly AnnualStrategy[]);

/**
 * One periodic evaluation to annualise: its dates (both inclusive) and its predikat. Several SKPs in
 * one year after a transfer are simply more periods; they may share months, or even days. A period
 * may carry the {@link EvaluationResult} it came from: its `predikat` (and its `period`, when the
 * dates are left out) then fill in what is missing.
 *
 * @category Periods
 * @example
 * ```ts
 * const q1: AnnualPeriodInput = { start: '2025-01-01', end: '2025-03-31', predikat: 'baik' };
 * const fromResult: AnnualPeriodInput = { start: '2025-04-01', end: '2025-06-30', result }; // result.predikat
 * ```
 */
export interface AnnualPeriodInput {
  /** First day, `YYYY-MM-DD`; defaults to `result.period.start`. */
  readonly start?: IsoDate | string;
  /** Last day (inclusive), `YYYY-MM-DD`; defaults to `result.period.end`. */
  readonly end?: IsoDate | string;
  /** The period's predikat code; defaults to `result.predikat`. */
  readonly predikat?: string;
  /** The evaluation result of the period, kept in the output. */
  readonly result?: EvaluationResult;
}

/**
 * Options of {@link annualize}.
 *
 * @category Periods
 * @example
 * ```ts
 * const options: AnnualizeOptions = { strategy: 'worst', year: 2025 };
 * ```
 */
export interface AnnualizeOptions {
  /** The strategy; default the ruleset's `calendar.annual.strategy` (`last-period` without a ruleset). */
  readonly strategy?: AnnualStrategy;
  /**
   * The year being annualised (the calendar year in which it starts): every period must lie inside
   * it, else the input is rejected (`periods.outside-year`).
   */
  readonly year?: number;
  /** The month (1..12) the year starts in; default the ruleset's `calendar.yearStartMonth`, else 1. */
  readonly yearStartMonth?: number;
}

/**
 * One period as {@link annualize} used it: checked, with its rank and its weight in months.
 *
 * @category Periods
 * @example
 * ```ts
 * const p: AnnualPeriod = {
 *   index: 0, start: assertIsoDate('2025-01-01'), end: assertIsoDate('2025-06-15'), predikat: 'baik', rank: 4,
 *   days: 166, months: '5.5',
 * };
 * ```
 */
export interface AnnualPeriod {
  /** The period's position in the input. */
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly predikat: string;
  /** The predikat's rank, 5 best … 1 worst (the ruleset's order, else the national one). */
  readonly rank: number;
  /** Days covered, both ends counted. */
  readonly days: number;
  /**
   * Calendar months covered, a partly covered month counting as its share of days (15 days of
   * June are 0.5), exact: a quotient that does not terminate (10 days of a 31-day month) is printed
   * to 60 significant digits.
   */
  readonly months: DecimalString;
  /** The evaluation result the period carried, if any. */
  readonly result?: EvaluationResult;
}

/**
 * The annual predikat and how it was reached.
 *
 * @category Periods
 * @example
 * ```ts
 * const r = annualize('permenpanrb-6-2022', [{ start: '2025-01-01', end: '2025-12-31', predikat: 'baik' }]);
 * if (r.ok) r.value; // { predikat: 'baik', rank: 4, strategy: 'last-period', periods: [...], months: '12', explanation: {...} }
 * ```
 */
export interface AnnualResult {
  /** The annual predikat code. */
  readonly predikat: string;
  /** Its rank, 5 best … 1 worst. */
  readonly rank: number;
  readonly strategy: AnnualStrategy;
  /** The periods, sorted by start, then end (then worse predikat first). */
  readonly periods: readonly AnnualPeriod[];
  /** The months covered by all periods together (shared months counted once per period). */
  readonly months: DecimalString;
  /** `weighted-by-months` only: the exact weighted mean rank before rounding. */
  readonly mean?: DecimalString;
  /** The steps, for `renderTree` and `explain`. */
  readonly explanation: ExplanationNode;
}

/**
 * The calendar section of a ruleset (`ruleset.calendar`), or any part of it: what is left out takes
 * the defaults of the schema (annual frequency, year from January, SKP by 31 January, reports 5
 * working days after a period, appeals within 14 calendar days).
 *
 * @category Periods
 * @example
 * ```ts
 * const calendar: CalendarInput = { frequency: 'quarterly', appeal: { days: 14, kind: 'working' } };
 * const fromRuleset: CalendarInput = getPack('permenpanrb-6-2022').calendar;
 * ```
 */
export type CalendarInput = Partial<Ruleset['calendar']>;

/**
 * Where the deadline functions take the calendar from: a ruleset (a pack id, a parsed or a
 * compiled ruleset: its `calendar` section) or a {@link CalendarInput} of one's own.
 *
 * @category Periods
 * @example
 * ```ts
 * const a: CalendarSource = 'permenpanrb-6-2022';
 * const b: CalendarSource = { frequency: 'quarterly' };
 * ```
 */
export type CalendarSource = CalendarInput | PackId | Ruleset | CompiledRuleset;

/**
 * The report deadline of one review period.
 *
 * @category Periods
 * @example
 * ```ts
 * reportDeadlines({ frequency: 'quarterly' }, 2025)[0];
 * // { period: { start: '2025-01-01', end: '2025-03-31', year: 2025, index: 1, frequency: 'quarterly' }, due: '2025-04-07' }
 * ```
 */
export interface ReportDeadline {
  readonly period: ReviewPeriod;
  /** The last day the report is on time. */
  readonly due: IsoDate;
}

/**
 * What happened, for {@link checkDeadlines}: when the SKP was approved, when each periodic report
 * was submitted (by review period index, from 1), and appeals filed against results.
 *
 * @category Periods
 * @example
 * ```ts
 * const events: DeadlineEvents = {
 *   skpApprovedOn: assertIsoDate('2025-02-03'),
 *   reports: [{ period: 1, submittedOn: assertIsoDate('2025-04-10') }],
 *   appeals: [{ receivedOn: assertIsoDate('2026-01-05'), filedOn: assertIsoDate('2026-01-19') }],
 * };
 * ```
 */
export interface DeadlineEvents {
  /** The day the SKP (planning) was approved. */
  readonly skpApprovedOn?: IsoDate | string;
  /** Periodic reports; a period reported twice counts its first submission. */
  readonly reports?: ReadonlyArray<{ readonly period: number; readonly submittedOn: IsoDate | string }>;
  /** Appeals (keberatan): when the result was received and when the appeal was filed. */
  readonly appeals?: ReadonlyArray<{
    readonly receivedOn: IsoDate | string;
    readonly filedOn: IsoDate | string;
  }>;
}

/**
 * Options of {@link checkDeadlines}.
 *
 * @category Periods
 * @example
 * ```ts
 * const options: CheckDeadlinesOptions = { asOf: assertIsoDate('2025-07-15'), holidays: [assertIsoDate('2025-06-06')] };
 * ```
 */
export interface CheckDeadlinesOptions extends WorkingDayOptions {
  /**
   * The day the check is made. A deadline without its event is `missing` once `asOf` is past it,
   * and `open` before; without `asOf` it is always `open`.
   */
  readonly asOf?: IsoDate | string;
}

/**
 * One deadline checked by {@link checkDeadlines}.
 *
 * @category Periods
 * @example
 * ```ts
 * const c: DeadlineCheck = { deadline: 'report', period: 1, due: assertIsoDate('2025-04-07'), done: assertIsoDate('2025-04-10'), status: 'late', daysLate: 3 };
 * ```
 */
export interface DeadlineCheck {
  readonly deadline: 'planning' | 'report' | 'appeal';
  /** The review period index (`report`) or the position in `events.appeals` (`appeal`). */
  readonly period?: number;
  readonly due: IsoDate;
  /** When it was done; null when it was not (yet). */
  readonly done: IsoDate | null;
  /**
   * `on-time`, `late` (done after `due`), `missing` (not done, and `asOf` is past `due`) or `open`
   * (not done, and not yet due or no `asOf`). A late appeal is out of time.
   */
  readonly status: 'on-time' | 'late' | 'missing' | 'open';
  /** Calendar days after `due`: until `done`, or until `asOf` when missing; 0 otherwise. */
  readonly daysLate: number;
}

/**
 * The outcome of {@link checkDeadlines}.
 *
 * @category Periods
 * @example
 * ```ts
 * const r = checkDeadlines({}, 2025, { skpApprovedOn: assertIsoDate('2025-02-03') });
 * if (r.ok) r.value.missed; // [{ deadline: 'planning', due: '2025-01-31', done: '2025-02-03', status: 'late', daysLate: 3 }]
 * ```
 */
export interface DeadlineReport {
  /** Every deadline checked: planning, each report in period order, each appeal. */
  readonly checks: readonly DeadlineCheck[];
  /** The checks that are `late` or `missing`. */
  readonly missed: readonly DeadlineCheck[];
}
