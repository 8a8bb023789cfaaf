import { dateArg, type IsoDate } from './parse';

/**
 * Orders two dates: `-1` if `a` is earlier, `0` if equal, `1` if later. Usable as an
 * `Array.prototype.sort` comparator. Throws an {@link InvalidDateError} when either is not an
 * {@link IsoDate}.
 *
 * @category Dates
 * @example
 * ```ts
 * compareDates(assertIsoDate('2025-01-31'), assertIsoDate('2025-02-01')); // -1
 * [assertIsoDate('2025-03-01'), assertIsoDate('2024-12-31')].sort(compareDates); // ['2024-12-31', '2025-03-01']
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  dateArg(a, 'a');
  dateArg(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The earliest of the given dates; with no arguments, `null`.
 *
 * @category Dates
 * @example
 * ```ts
 * minDate(assertIsoDate('2025-03-01'), assertIsoDate('2024-12-31')); // '2024-12-31'
 * minDate(...([] as IsoDate[])); // null
 * ```
 */
export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate;
export function minDate(...dates: IsoDate[]): IsoDate | null;
export function minDate(...dates: IsoDate[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dateArg(dates[i], i);
    if (best === null || d < best) best = d;
  }
  return best;
}

/**
 * The latest of the given dates; with no arguments, `null`.
 *
 * @category Dates
 * @example
 * ```ts
 * maxDate(assertIsoDate('2025-03-01'), assertIsoDate('2024-12-31')); // '2025-03-01'
 * maxDate(...([] as IsoDate[])); // null
 * ```
 */
export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate;
export function maxDate(...dates: IsoDate[]): IsoDate | null;
export function maxDate(...dates: IsoDate[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dateArg(dates[i], i);
    if (best === null || d > best) best = d;
  }
  return best;
}
