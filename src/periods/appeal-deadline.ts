import type { WorkingDayOptions } from '../date/index';
import { deadlineAfter, type IsoDate } from '../date/index';
import type { Issue, Result } from '../explain/index';
import { type ResolvedCalendar, withCalendar, workingOptions } from './calendar';
import type { CalendarSource } from './types';

/**
 * The last day an appeal (keberatan) against a result received on `receivedOn` may be filed: the
 * calendar's `appeal` rule, 14 calendar days by default (PP 30/2019 Pasal 59); with
 * `kind: 'working'`, working days skipping weekends and the holidays of the calendar and of
 * `options`. The day of receipt is not counted. `calendar` is a ruleset (a pack id, a parsed or
 * compiled ruleset) or a calendar section; an invalid calendar, date or option gives issues.
 *
 * @category Periods
 * @example
 * ```ts
 * appealDeadline({}, assertIsoDate('2026-01-05')); // { ok: true, value: '2026-01-19' }
 * appealDeadline({ appeal: { days: 14, kind: 'working' } }, assertIsoDate('2026-01-05')).value; // '2026-01-23'
 * appealDeadline({ appeal: { days: 14, kind: 'working' } }, assertIsoDate('2026-01-05'), {
 *   holidays: [assertIsoDate('2026-01-16')],
 * }).value; // '2026-01-26'
 * ```
 */
export function appealDeadline(
  calendar: CalendarSource,
  receivedOn: IsoDate,
  options?: WorkingDayOptions,
): Result<IsoDate, Issue[]> {
  return withCalendar(calendar, (c) => appealDue(c, receivedOn, options));
}

/** {@link appealDeadline} of a resolved calendar. */
export function appealDue(c: ResolvedCalendar, receivedOn: IsoDate, options?: WorkingDayOptions): IsoDate {
  return deadlineAfter(receivedOn, c.appeal, workingOptions(c, options));
}
