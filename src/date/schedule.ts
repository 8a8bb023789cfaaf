import type * as z from 'zod';
import type { Issue, PathSegment, Result } from '../explain/result';
import { parseWithSchema } from '../explain/schema-parse';
import { dayPart, format, MAX_YEAR, monthLength, monthPart, optionsArg, yearPart } from './core';
import { InvalidDateError } from './errors';
import { dateArg, type IsoDate, isIsoDate, pathArg } from './parse';
import { dateScheduleSchema } from './schemas';

/**
 * One regime of a {@link DateSchedule}: from `from` until `until` (both inclusive, either open),
 * the schedule dates are day `day` of each month in `months`.
 *
 * @category Dates
 * @example
 * ```ts
 * // Kenaikan pangkat until 2023: 1 April and 1 October.
 * const aprilOctober: ScheduleRegime = { until: assertIsoDate('2023-12-31'), months: [4, 10], day: 1 };
 * ```
 */
export interface ScheduleRegime {
  /** First day the regime applies; open (since ever) when absent. */
  readonly from?: IsoDate | undefined;
  /** Last day the regime applies (inclusive); open (still in force) when absent. */
  readonly until?: IsoDate | undefined;
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
 *   { until: assertIsoDate('2023-12-31'), months: [4, 10], day: 1 },                       // until 2023
 *   { from: assertIsoDate('2024-01-01'), until: assertIsoDate('2025-09-30'), months: [2, 4, 6, 8, 10, 12], day: 1 }, // Peraturan BKN 4/2023
 *   { from: assertIsoDate('2025-10-01'), months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day: 1 },            // Peraturan BKN 4/2025
 * ];
 * ```
 */
export type DateSchedule = readonly ScheduleRegime[];

/** The schema is the source: what it outputs must be a {@link DateSchedule} (checked by tsc). */
type _SchemaIsSource = z.output<typeof dateScheduleSchema> extends DateSchedule ? true : never;
const _schemaIsSource: _SchemaIsSource = true;
void _schemaIsSource;

/**
 * Parses an untrusted value as a {@link DateSchedule} with {@link dateScheduleSchema}: an array
 * of regimes with valid optional `from`/`until` dates (`until` not before `from`), `months`
 * integers 1..12, `day` an integer 1..28, and no two regimes in force on the same day
 * (`date.schedule-overlap`). Every issue is reported, with its path; other keys of a regime are
 * ignored and not copied.
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
  return parseWithSchema(dateScheduleSchema, input, pathArg(path));
}

/** The schedule argument of a helper, parsed, or an {@link InvalidDateError}. */
function scheduleArg(schedule: unknown): DateSchedule {
  const r = parseWithSchema(dateScheduleSchema, schedule, ['schedule']);
  if (!r.ok) throw new InvalidDateError(r.issues, 'date schedule');
  return r.value;
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
 * Whether `d` is a date of the schedule: the regime in force on `d` lists its month and day;
 * `false` for an invalid schedule or date (a predicate never throws).
 *
 * @category Dates
 * @example
 * ```ts
 * // `promotion` as in the {@link DateSchedule} example
 * isScheduleDate(promotion, assertIsoDate('2024-02-01')); // true (six dates a year in 2024)
 * isScheduleDate(promotion, assertIsoDate('2023-02-01')); // false (April/October until 2023)
 * ```
 */
export function isScheduleDate(schedule: DateSchedule, d: IsoDate): boolean {
  const read = parseWithSchema(dateScheduleSchema, schedule);
  if (!read.ok || !isIsoDate(d)) return false;
  const r = regimeOn(read.value, d);
  return r !== undefined && r.day === dayPart(d) && r.months.includes(monthPart(d));
}

/**
 * Options of {@link scheduleDateOnOrAfter}.
 *
 * @category Dates
 * @example
 * ```ts
 * const options: ScheduleOptions = { limit: assertIsoDate('2030-12-31') };
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
 * scheduleDateOnOrAfter(promotion, assertIsoDate('2020-03-01')); // '2020-04-01'
 * scheduleDateOnOrAfter(promotion, assertIsoDate('2024-02-02')); // '2024-04-01'
 * scheduleDateOnOrAfter(promotion, assertIsoDate('2025-10-15')); // '2025-11-01'
 * ```
 */
export function scheduleDateOnOrAfter(
  schedule: DateSchedule,
  d: IsoDate,
  options?: ScheduleOptions,
): IsoDate | null {
  schedule = scheduleArg(schedule);
  dateArg(d, 'd');
  const given = optionsArg(options).limit;
  if (given !== undefined) dateArg(given, 'options', 'limit');
  let year = yearPart(d);
  let month = monthPart(d);
  const limit =
    given ??
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
 * scheduleDatesBetween(promotion, assertIsoDate('2023-06-01'), assertIsoDate('2024-06-30'));
 * // ['2023-10-01', '2024-02-01', '2024-04-01', '2024-06-01']
 * ```
 */
export function scheduleDatesBetween(schedule: DateSchedule, from: IsoDate, to: IsoDate): IsoDate[] {
  schedule = scheduleArg(schedule);
  dateArg(from, 'from');
  dateArg(to, 'to');
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
