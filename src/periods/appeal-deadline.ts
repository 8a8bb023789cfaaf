import { deadlineAfter, type IsoDate } from '../date/index';
import { resolveCalendar, workingOptions } from './calendar';
import type { CalendarInput, DeadlineOptions } from './types';

/**
 * The last day an appeal (keberatan) against a result received on `receivedOn` may be filed: the
 * calendar's `appeal` rule, 14 calendar days by default (PP 30/2019 Pasal 59); with
 * `kind: 'working'`, working days skipping weekends and the holidays of the calendar and of
 * `options`. The day of receipt is not counted.
 *
 * @category Periods
 * @example
 * ```ts
 * appealDeadline({}, isoDate('2026-01-05')); // '2026-01-19'
 * appealDeadline({ appeal: { days: 14, kind: 'working' } }, isoDate('2026-01-05')); // '2026-01-23'
 * appealDeadline({ appeal: { days: 14, kind: 'working' } }, isoDate('2026-01-05'), {
 *   holidays: [isoDate('2026-01-16')],
 * }); // '2026-01-26'
 * ```
 */
export function appealDeadline(
  calendar: CalendarInput,
  receivedOn: IsoDate,
  options: DeadlineOptions = {},
): IsoDate {
  const c = resolveCalendar(calendar);
  return deadlineAfter(receivedOn, c.appeal, workingOptions(c, options));
}
