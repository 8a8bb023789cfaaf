import { addDays } from './arithmetic';
import { checkAmount, fail, optionsArg, recordArg } from './core';
import { checkOrder, dateArg, daysArg, type IsoDate } from './parse';
import type { DateRange } from './range';
import { addWorkingDays, type WorkingDayOptions } from './working-days';

/**
 * A time limit: so many calendar or working days after an event. The appeal (keberatan) rule of
 * PP 30/2019 is `{ days: 14, kind: 'calendar' }` by default; an agency may count working days.
 *
 * @category Dates
 * @example
 * ```ts
 * const appeal: DeadlineRule = { days: 14, kind: 'calendar' };
 * ```
 */
export interface DeadlineRule {
  /** Days allowed, a non-negative integer. */
  readonly days: number;
  /** `calendar`: every day counts; `working`: only working days (see {@link WorkingDayOptions}). */
  readonly kind: 'calendar' | 'working';
}

/**
 * The last day allowed by `rule` for something that starts on `d` (`d` itself not counted):
 * `d + days` for calendar days, the `days`-th working day after `d` for working days (see
 * {@link addWorkingDays}: with `days: 0` a non-working `d` rolls to the next working day).
 * A calendar deadline is not moved off weekends or holidays. Throws a `KinerjaError` for a
 * negative or non-integer `days` or an unknown `kind`.
 *
 * @category Dates
 * @example
 * ```ts
 * deadlineAfter(assertIsoDate('2025-03-03'), { days: 14, kind: 'calendar' }); // '2025-03-17'
 * deadlineAfter(assertIsoDate('2025-03-03'), { days: 14, kind: 'working' }); // '2025-03-21'
 * ```
 */
export function deadlineAfter(d: IsoDate, rule: DeadlineRule, options?: WorkingDayOptions): IsoDate {
  dateArg(d, 'd');
  const r = recordArg(rule, 'rule');
  const days = r.days as number;
  checkAmount(days, 'days', 0);
  if (r.kind === 'calendar') return addDays(d, days);
  if (r.kind === 'working') return addWorkingDays(d, days, options);
  return fail('input.invalid-value', { expected: 'calendar, working' }, ['kind']);
}

/**
 * The deadline of a period: {@link deadlineAfter} counted from the period's last day.
 *
 * @category Dates
 * @example
 * ```ts
 * const q1 = { start: assertIsoDate('2025-01-01'), end: assertIsoDate('2025-03-31') };
 * periodDeadline(q1, { days: 5, kind: 'working' }); // '2025-04-07'
 * ```
 */
export function periodDeadline(period: DateRange, rule: DeadlineRule, options?: WorkingDayOptions): IsoDate {
  const p = recordArg(period, 'period');
  const start = dateArg(p.start, 'period', 'start');
  const end = dateArg(p.end, 'period', 'end');
  checkOrder(start, end, 'period');
  return deadlineAfter(end, rule, optionsArg(options));
}

/**
 * How many calendar days after `deadline` something was `done`; 0 when done on or before it.
 *
 * @category Dates
 * @example
 * ```ts
 * lateness(assertIsoDate('2025-03-17'), assertIsoDate('2025-03-17')); // 0
 * lateness(assertIsoDate('2025-03-17'), assertIsoDate('2025-03-20')); // 3
 * lateness(assertIsoDate('2025-03-17'), assertIsoDate('2025-03-01')); // 0
 * ```
 */
export function lateness(deadline: IsoDate, done: IsoDate): number {
  const late = daysArg(done, 'done') - daysArg(deadline, 'deadline');
  return Math.max(late, 0);
}
