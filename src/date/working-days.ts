import {
  checkAmount,
  fail,
  fromDays,
  kind,
  MAX_DAY,
  MAX_YEAR,
  MIN_DAY,
  MIN_YEAR,
  optionsArg,
  shown,
  toDays,
  weekdayOfDays,
} from './core';
import { InvalidDateError } from './errors';
import { daysArg, type IsoDate, isIsoDate, parseIsoDate } from './parse';

/**
 * Which days are working days: every day except the weekend days and the holidays. Holidays
 * are data the caller supplies (an agency's list of national holidays and cuti bersama); the
 * library knows none.
 *
 * @category Dates
 * @example
 * ```ts
 * const options: WorkingDayOptions = {
 *   holidays: [assertIsoDate('2025-08-17'), assertIsoDate('2025-12-25')],
 *   weekend: [0, 6], // the default: Sunday and Saturday
 * };
 * ```
 */
export interface WorkingDayOptions {
  /** Non-working dates besides the weekend. Entries that fall on a weekend change nothing. */
  readonly holidays?: readonly IsoDate[] | ReadonlySet<IsoDate>;
  /** Weekend days of the week, 0 = Sunday … 6 = Saturday. Default `[0, 6]`. */
  readonly weekend?: readonly number[];
}

interface Week {
  /** `weekend[w]` is true when weekday `w` is not worked. */
  readonly weekend: readonly boolean[];
  /** Working days in a week without holidays. */
  readonly perWeek: number;
  /** Day numbers of holidays on would-be working days, ascending, without duplicates. */
  readonly holidays: readonly number[];
}

const DEFAULT_WEEKEND = [true, false, false, false, false, false, true] as const;

function compile(input: WorkingDayOptions | undefined): Week {
  const options = optionsArg(input);
  let weekend: boolean[] = [...DEFAULT_WEEKEND];
  if (options.weekend !== undefined) {
    const list: unknown = options.weekend;
    if (!Array.isArray(list))
      fail('input.invalid-type', { expected: 'array', received: kind(list) }, ['options', 'weekend']);
    weekend = [false, false, false, false, false, false, false];
    for (let i = 0; i < list.length; i++) {
      const w: unknown = list[i];
      if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 6)
        fail('date.invalid-weekend', { value: shown(w) }, ['weekend', i]);
      weekend[w] = true;
    }
  }
  const perWeek = weekend.filter((w) => !w).length;
  const days = new Set<number>();
  const holidays: unknown = options.holidays ?? [];
  const entries: readonly unknown[] = Array.isArray(holidays)
    ? holidays
    : holidays instanceof Set
      ? [...holidays]
      : fail('input.invalid-type', { expected: 'array', received: kind(holidays) }, ['options', 'holidays']);
  for (let i = 0; i < entries.length; i++) {
    const r = parseIsoDate(entries[i], ['holidays', i]);
    if (!r.ok) throw new InvalidDateError(r.issues);
    const n = toDays(r.value);
    if (!weekend[weekdayOfDays(n)]) days.add(n);
  }
  return { weekend, perWeek, holidays: [...days].sort((a, b) => a - b) };
}

/** How many entries of the ascending array are `<= x`. */
function countUpTo(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Number.POSITIVE_INFINITY) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function working(week: Week, day: number): boolean {
  if (week.weekend[weekdayOfDays(day)]) return false;
  const k = countUpTo(week.holidays, day);
  return k === 0 || week.holidays[k - 1] !== day;
}

/** Working days in the day numbers (a, b], for a <= b. */
function countWorking(week: Week, a: number, b: number): number {
  const total = b - a;
  const full = Math.floor(total / 7);
  let count = full * week.perWeek;
  for (let day = a + full * 7 + 1; day <= b; day += 1) if (!week.weekend[weekdayOfDays(day)]) count += 1;
  return count - (countUpTo(week.holidays, b) - countUpTo(week.holidays, a));
}

/** The `k`-th (k >= 1) non-weekend day after (`step` 1) or before (`step` -1) `from`, ignoring holidays. */
function stepWeekdays(week: Week, from: number, k: number, step: 1 | -1): number {
  const full = Math.floor((k - 1) / week.perWeek);
  let day = from + step * 7 * full;
  let rest = k - full * week.perWeek;
  while (rest > 0) {
    day += step;
    if (!week.weekend[weekdayOfDays(day)]) rest -= 1;
  }
  return day;
}

/**
 * Whether a date is a working day: not a weekend day and not in `options.holidays`; `false` for
 * an invalid date or options (a predicate never throws).
 *
 * @category Dates
 * @example
 * ```ts
 * isWorkingDay(assertIsoDate('2025-08-15')); // true (a Friday)
 * isWorkingDay(assertIsoDate('2025-08-16')); // false (a Saturday)
 * isWorkingDay(assertIsoDate('2025-12-25'), { holidays: [assertIsoDate('2025-12-25')] }); // false
 * ```
 */
export function isWorkingDay(d: IsoDate, options?: WorkingDayOptions): boolean {
  if (!isIsoDate(d)) return false;
  try {
    return working(compile(options), toDays(d));
  } catch {
    return false; // invalid options: a predicate never throws
  }
}

/**
 * The `n`-th working day after `d`, `d` itself not counted; for negative `n`, the `|n|`-th
 * working day before `d`. For `n = 0`: `d` when it is a working day, otherwise the next working
 * day (so the result is always a working day). Throws a `KinerjaError` when `n` is not an
 * integer (`date.invalid-amount`), the weekend covers the whole week (`date.no-working-days`),
 * an option is invalid, or the result leaves years 1000–9999.
 *
 * @category Dates
 * @example
 * ```ts
 * addWorkingDays(assertIsoDate('2025-08-15'), 1); // '2025-08-18' (Friday → Monday)
 * addWorkingDays(assertIsoDate('2025-08-15'), 1, { holidays: [assertIsoDate('2025-08-18')] }); // '2025-08-19'
 * addWorkingDays(assertIsoDate('2025-08-16'), 0); // '2025-08-18' (Saturday rolls to Monday)
 * addWorkingDays(assertIsoDate('2025-08-18'), -1); // '2025-08-15'
 * ```
 */
export function addWorkingDays(d: IsoDate, n: number, options?: WorkingDayOptions): IsoDate {
  let day = daysArg(d, 'd');
  checkAmount(n, 'days');
  const week = compile(options);
  if (week.perWeek === 0) fail('date.no-working-days');
  // Beyond the span of representable dates the result is out of range whatever the calendar (and
  // day numbers that large would lose precision): say so before walking.
  if (Math.abs(n) > MAX_DAY - MIN_DAY)
    fail('date.out-of-range', { value: shown(n), min: MIN_YEAR, max: MAX_YEAR });
  if (n === 0) {
    while (!working(week, day)) day += 1;
    return fromDays(day);
  }
  const step = n > 0 ? 1 : -1;
  let rest = Math.abs(n);
  while (rest > 0) {
    const next = stepWeekdays(week, day, rest, step);
    // Holidays passed on the way must be made up beyond `next`.
    rest =
      step === 1
        ? countUpTo(week.holidays, next) - countUpTo(week.holidays, day)
        : countUpTo(week.holidays, day - 1) - countUpTo(week.holidays, next - 1);
    day = next;
  }
  return fromDays(day);
}

/**
 * The signed number of working days after `a` up to and including `b` (like
 * {@link daysBetween}, which counts the days in `(a, b]`); when `b` is before `a`, minus the
 * working days in `(b, a]`. So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for `n >= 1`
 * (for negative `n` the count is off by one when `d` itself is a working day).
 *
 * @category Dates
 * @example
 * ```ts
 * workingDaysBetween(assertIsoDate('2025-08-15'), assertIsoDate('2025-08-18')); // 1 (Friday → Monday)
 * workingDaysBetween(assertIsoDate('2025-08-01'), assertIsoDate('2025-08-31'), { holidays: [assertIsoDate('2025-08-18')] }); // 19
 * workingDaysBetween(assertIsoDate('2025-08-18'), assertIsoDate('2025-08-15')); // -1
 * ```
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, options?: WorkingDayOptions): number {
  const x = daysArg(a, 'a');
  const y = daysArg(b, 'b');
  const week = compile(options);
  if (x < y) return countWorking(week, x, y);
  const back = y < x ? countWorking(week, y, x) : 0;
  return back === 0 ? 0 : -back;
}
