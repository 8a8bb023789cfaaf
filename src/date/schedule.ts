import { issue } from '../explain/issue';
import { err, type Issue, KinerjaError, ok, type PathSegment, type Result } from '../explain/result';
import { dayPart, format, MAX_YEAR, monthLength, monthPart, yearPart } from './core';
import { type IsoDate, parseIsoDate } from './parse';

/**
 * One regime of a {@link DateSchedule}: from `from` until `until` (both inclusive, either open),
 * the schedule dates are day `day` of each month in `months`.
 *
 * @category Dates
 * @example
 * ```ts
 * // Kenaikan pangkat until 2023: 1 April and 1 October.
 * const aprilOctober: ScheduleRegime = { until: isoDate('2023-12-31'), months: [4, 10], day: 1 };
 * ```
 */
export interface ScheduleRegime {
  /** First day the regime applies; open (since ever) when absent. */
  readonly from?: IsoDate;
  /** Last day the regime applies (inclusive); open (still in force) when absent. */
  readonly until?: IsoDate;
  /** Months with a schedule date, 1..12. */
  readonly months: readonly number[];
  /** Day of the month of the schedule dates, 1..28 (so every month has it). */
  readonly day: number;
}

/**
 * Dates fixed by rule, as effective-dated regimes whose periods do not overlap, e.g. the
 * effective dates (TMT) of kenaikan pangkat. A date is a *schedule date* when the regime in force
 * on that very date lists it; there are none in a gap between regimes.
 *
 * @category Dates
 * @example
 * ```ts
 * const promotion: DateSchedule = [
 *   { until: isoDate('2023-12-31'), months: [4, 10], day: 1 },                       // until 2023
 *   { from: isoDate('2024-01-01'), until: isoDate('2025-09-30'), months: [2, 4, 6, 8, 10, 12], day: 1 }, // Peraturan BKN 4/2023
 *   { from: isoDate('2025-10-01'), months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day: 1 },            // Peraturan BKN 4/2025
 * ];
 * ```
 */
export type DateSchedule = readonly ScheduleRegime[];

const FIRST = '0000-00-00';
const LAST = '9999-99-99';

function validate(schedule: readonly unknown[], path: readonly PathSegment[]): Issue[] {
  const issues: Issue[] = [];
  const spans: Array<{ from: string; until: string; index: number }> = [];
  schedule.forEach((raw, index) => {
    const at = [...path, index];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      issues.push(
        issue('input.invalid-type', at, { expected: 'object', received: raw === null ? 'null' : typeof raw }),
      );
      return;
    }
    const regime = raw as Record<string, unknown>;
    let from: string = FIRST;
    let until: string = LAST;
    let bounds = true;
    for (const key of ['from', 'until'] as const) {
      const value = regime[key];
      if (value === undefined) continue;
      const r = parseIsoDate(value, [...at, key]);
      if (!r.ok) {
        issues.push(...r.issues);
        bounds = false;
      } else if (key === 'from') from = r.value;
      else until = r.value;
    }
    if (bounds && until < from) {
      issues.push(issue('date.range-reversed', at, { start: from, end: until }));
      bounds = false;
    }
    const months = regime.months;
    if (!Array.isArray(months)) {
      issues.push(
        months === undefined
          ? issue('input.required', [...at, 'months'])
          : issue('input.invalid-type', [...at, 'months'], { expected: 'array', received: typeof months }),
      );
    } else {
      months.forEach((m: unknown, i) => {
        if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 12) {
          issues.push(issue('date.schedule-month', [...at, 'months', i], { value: String(m) }));
        }
      });
    }
    const day = regime.day;
    if (day === undefined) issues.push(issue('input.required', [...at, 'day']));
    else if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 28) {
      issues.push(issue('date.schedule-day', [...at, 'day'], { value: String(day) }));
    }
    if (bounds) {
      for (const other of spans) {
        if (from <= other.until && other.from <= until) {
          issues.push(issue('date.schedule-overlap', at, { index, other: other.index }));
        }
      }
      spans.push({ from, until, index });
    }
  });
  return issues;
}

/**
 * Parses an untrusted value as a {@link DateSchedule}: an array of regimes with valid optional
 * `from`/`until` dates (`until` not before `from`), `months` integers 1..12, `day` an integer
 * 1..28, and no two regimes in force on the same day (`date.schedule-overlap`). Every issue is
 * reported, with its path.
 *
 * @category Dates
 * @example
 * ```ts
 * parseDateSchedule([{ months: [4, 10], day: 1 }]); // { ok: true, value: [{ months: [4, 10], day: 1 }] }
 * parseDateSchedule([{ months: [13], day: 31 }]);
 * // { ok: false, issues: [{ code: 'date.schedule-month', path: [0, 'months', 0] }, { code: 'date.schedule-day', path: [0, 'day'] }] }
 * ```
 */
export function parseDateSchedule(
  input: unknown,
  path: readonly PathSegment[] = [],
): Result<DateSchedule, Issue[]> {
  if (!Array.isArray(input)) {
    const received = input === null ? 'null' : typeof input;
    return err([issue('input.invalid-type', path, { expected: 'array', received })]);
  }
  const issues = validate(input, path);
  return issues.length > 0 ? err(issues) : ok(input as DateSchedule);
}

function assertSchedule(schedule: DateSchedule): void {
  const issues = validate(schedule, ['schedule']);
  if (issues.length > 0) throw new KinerjaError(issues, 'date schedule');
}

/** The regime in force on `d`, if any (regimes do not overlap). */
function regimeOn(schedule: DateSchedule, d: IsoDate): ScheduleRegime | undefined {
  return schedule.find(
    (r) => (r.from === undefined || r.from <= d) && (r.until === undefined || d <= r.until),
  );
}

/** Schedule dates in the month (year, month), ascending. */
function datesInMonth(schedule: DateSchedule, year: number, month: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (const r of schedule) {
    if (!r.months.includes(month)) continue;
    const d = format(year, month, r.day);
    if (regimeOn(schedule, d) === r && !out.includes(d)) out.push(d);
  }
  return out.length > 1 ? out.sort() : out;
}

/** Whether the schedule has no regime in force on or after `d`. */
function exhausted(schedule: DateSchedule, d: IsoDate): boolean {
  return schedule.every((r) => r.until !== undefined && r.until < d);
}

/**
 * Whether `d` is a date of the schedule: the regime in force on `d` lists its month and day.
 *
 * @category Dates
 * @example
 * ```ts
 * // `promotion` as in the {@link DateSchedule} example
 * isScheduleDate(promotion, isoDate('2024-02-01')); // true (six dates a year in 2024)
 * isScheduleDate(promotion, isoDate('2023-02-01')); // false (April/October until 2023)
 * ```
 */
export function isScheduleDate(schedule: DateSchedule, d: IsoDate): boolean {
  assertSchedule(schedule);
  const r = regimeOn(schedule, d);
  return r !== undefined && r.day === dayPart(d) && r.months.includes(monthPart(d));
}

/**
 * Options of {@link scheduleDateOnOrAfter}.
 *
 * @category Dates
 * @example
 * ```ts
 * const options: ScheduleOptions = { limit: isoDate('2030-12-31') };
 * ```
 */
export interface ScheduleOptions {
  /** The last date searched (inclusive); default 100 years after the start (at most 9999-12-31). */
  readonly limit?: IsoDate;
}

/**
 * The first schedule date on or after `d` (see {@link DateSchedule}), or `null` when there is
 * none up to `options.limit`. Throws a `KinerjaError` if the schedule is invalid (see
 * {@link parseDateSchedule}).
 *
 * @category Dates
 * @example
 * ```ts
 * // `promotion` as in the {@link DateSchedule} example; TMT 1 March 2016 + 4 years, April/October regime:
 * scheduleDateOnOrAfter(promotion, isoDate('2020-03-01')); // '2020-04-01'
 * scheduleDateOnOrAfter(promotion, isoDate('2024-02-02')); // '2024-04-01'
 * scheduleDateOnOrAfter(promotion, isoDate('2025-10-15')); // '2025-11-01'
 * ```
 */
export function scheduleDateOnOrAfter(
  schedule: DateSchedule,
  d: IsoDate,
  options: ScheduleOptions = {},
): IsoDate | null {
  assertSchedule(schedule);
  let year = yearPart(d);
  let month = monthPart(d);
  const limit =
    options.limit ??
    (year + 100 > MAX_YEAR
      ? format(MAX_YEAR, 12, 31)
      : format(year + 100, month, Math.min(dayPart(d), monthLength(year + 100, month))));
  for (;;) {
    const first = format(year, month, 1);
    if (first > limit || exhausted(schedule, first)) return null;
    for (const candidate of datesInMonth(schedule, year, month)) {
      if (candidate > limit) return null;
      if (candidate >= d) return candidate;
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
      if (year > MAX_YEAR) return null;
    }
  }
}

/**
 * Every schedule date from `from` to `to`, both inclusive, ascending; empty when `to` is
 * before `from`. Throws a `KinerjaError` if the schedule is invalid.
 *
 * @category Dates
 * @example
 * ```ts
 * // `promotion` as in the {@link DateSchedule} example
 * scheduleDatesBetween(promotion, isoDate('2023-06-01'), isoDate('2024-06-30'));
 * // ['2023-10-01', '2024-02-01', '2024-04-01', '2024-06-01']
 * ```
 */
export function scheduleDatesBetween(schedule: DateSchedule, from: IsoDate, to: IsoDate): IsoDate[] {
  assertSchedule(schedule);
  const out: IsoDate[] = [];
  if (to < from) return out;
  let year = yearPart(from);
  let month = monthPart(from);
  const endYear = yearPart(to);
  const endMonth = monthPart(to);
  for (;;) {
    const first = format(year, month, 1);
    if (exhausted(schedule, first)) return out;
    for (const d of datesInMonth(schedule, year, month)) if (d >= from && d <= to) out.push(d);
    if (year === endYear && month === endMonth) return out;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
