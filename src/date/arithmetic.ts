import { checkAmount, checkYear, dayPart, format, fromDays, monthLength, monthPart, yearPart } from './core';
import { dateArg, daysArg, type IsoDate } from './parse';

/**
 * Adds `n` calendar days (negative to go back). Throws an {@link InvalidDateError} if `d` is not
 * an {@link IsoDate}, `n` is not a safe integer (`date.invalid-amount`) or the result leaves years
 * 1000–9999 (`date.out-of-range`).
 *
 * @category Dates
 * @example
 * ```ts
 * addDays(assertIsoDate('2025-02-27'), 2);  // '2025-03-01'
 * addDays(assertIsoDate('2025-01-01'), -1); // '2024-12-31'
 * ```
 */
export function addDays(d: IsoDate, n: number): IsoDate {
  const days = daysArg(d, 'd');
  checkAmount(n, 'days');
  if (n === 0) return d;
  return fromDays(days + n);
}

/**
 * Adds `n` calendar months (negative to go back). When the day does not exist in the target
 * month, the result is clamped to that month's last day, so the result always lies in the
 * month `n` months away. Throws like {@link addDays}.
 *
 * @category Dates
 * @example
 * ```ts
 * addMonths(assertIsoDate('2025-01-31'), 1);  // '2025-02-28'
 * addMonths(assertIsoDate('2024-01-31'), 1);  // '2024-02-29'
 * addMonths(assertIsoDate('2025-03-31'), -1); // '2025-02-28'
 * ```
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  dateArg(d, 'd');
  checkAmount(n, 'months');
  if (n === 0) return d;
  const total = yearPart(d) * 12 + (monthPart(d) - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  checkYear(year);
  return format(year, month, Math.min(dayPart(d), monthLength(year, month)));
}

/**
 * Adds `n` years (negative to go back); 29 February becomes 28 February in a common year. Same
 * as `addMonths(d, 12 * n)`. Throws like {@link addDays}.
 *
 * @category Dates
 * @example
 * ```ts
 * addYears(assertIsoDate('2016-03-01'), 4); // '2020-03-01'
 * addYears(assertIsoDate('2024-02-29'), 1); // '2025-02-28'
 * ```
 */
export function addYears(d: IsoDate, n: number): IsoDate {
  dateArg(d, 'd');
  checkAmount(n, 'years');
  if (n === 0) return d;
  const year = yearPart(d) + n;
  checkYear(year);
  const month = monthPart(d);
  return format(year, month, Math.min(dayPart(d), monthLength(year, month)));
}

/**
 * The signed number of days from `a` to `b` (`b − a`): positive when `b` is later. Throws an
 * {@link InvalidDateError} when either is not an {@link IsoDate} (never NaN).
 *
 * @category Dates
 * @example
 * ```ts
 * daysBetween(assertIsoDate('2025-01-01'), assertIsoDate('2025-12-31')); // 364
 * daysBetween(assertIsoDate('2024-03-01'), assertIsoDate('2024-02-28')); // -2
 * ```
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return daysArg(b, 'b') - daysArg(a, 'a');
}

/** Completed months from `a` to `b`, for `a <= b`. */
function completedMonths(a: IsoDate, b: IsoDate): number {
  const ya = yearPart(a);
  const yb = yearPart(b);
  const mb = monthPart(b);
  const months = (yb - ya) * 12 + (mb - monthPart(a));
  // addMonths(a, months) lies in b's month on day min(day(a), length of b's month).
  const anniversary = Math.min(dayPart(a), monthLength(yb, mb));
  return anniversary > dayPart(b) ? months - 1 : months;
}

/**
 * The number of whole months completed from `from` to `to`: the largest `n` with
 * `addMonths(from, n) <= to`, so a month is completed on the same day of a later month, or on
 * that month's last day when it is shorter (31 January → 28 February is one month). Negative
 * (and antisymmetric) when `to` is before `from`.
 *
 * @category Dates
 * @example
 * ```ts
 * wholeMonthsBetween(assertIsoDate('2025-01-15'), assertIsoDate('2025-03-14')); // 1
 * wholeMonthsBetween(assertIsoDate('2025-01-15'), assertIsoDate('2025-03-15')); // 2
 * wholeMonthsBetween(assertIsoDate('2025-01-31'), assertIsoDate('2025-02-28')); // 1
 * wholeMonthsBetween(assertIsoDate('2025-03-15'), assertIsoDate('2025-01-15')); // -2
 * ```
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  dateArg(from, 'from');
  dateArg(to, 'to');
  if (from === to) return 0;
  if (from < to) return completedMonths(from, to);
  const back = completedMonths(to, from);
  return back === 0 ? 0 : -back;
}

/**
 * The number of whole years completed from `from` to `to`, as for an age or the years served in
 * a rank: the largest `n` with `addYears(from, n) <= to`. A year is completed on the
 * anniversary; for a start date of 29 February, the anniversary in a common year is
 * **28 February** (the date {@link addYears} gives), so that `wholeYearsBetween(a, b) >= n`
 * exactly when `addYears(a, n) <= b`. (date-fns `differenceInYears` waits until 1 March there,
 * although its `differenceInMonths` counts 12 months on 28 February.) Equal to
 * `Math.trunc(wholeMonthsBetween(from, to) / 12)`; negative and antisymmetric when `to` is
 * before `from`.
 *
 * @category Dates
 * @example
 * ```ts
 * wholeYearsBetween(assertIsoDate('2016-03-01'), assertIsoDate('2020-03-01')); // 4
 * wholeYearsBetween(assertIsoDate('2016-03-01'), assertIsoDate('2020-02-29')); // 3
 * wholeYearsBetween(assertIsoDate('2020-02-29'), assertIsoDate('2021-02-28')); // 1
 * wholeYearsBetween(assertIsoDate('2020-03-01'), assertIsoDate('2016-03-01')); // -4
 * ```
 */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  dateArg(from, 'from');
  dateArg(to, 'to');
  if (from === to) return 0;
  const sign = from < to ? 1 : -1;
  const [a, b] = from < to ? [from, to] : [to, from];
  const ya = yearPart(a);
  const yb = yearPart(b);
  const ma = monthPart(a);
  const mb = monthPart(b);
  let years = yb - ya;
  if (mb < ma) years -= 1;
  else if (mb === ma && Math.min(dayPart(a), monthLength(yb, mb)) > dayPart(b)) years -= 1;
  return years === 0 ? 0 : sign * years;
}
