import type { WorkingDayOptions } from '../date/index';
import { periodDeadline, reviewPeriods } from '../date/index';
import type { Issue, Result } from '../explain/index';
import { type ResolvedCalendar, withCalendar, workingOptions } from './calendar';
import type { CalendarSource, ReportDeadline } from './types';

/**
 * The report deadline of every review period of `year` (the calendar's `frequency` and
 * `yearStartMonth`): the calendar's `report` rule counted from the period's last day, in calendar
 * days or in working days (weekends and the holidays of the calendar and of `options` skipped).
 * An invalid year, calendar or holiday gives issues, never a throw.
 * `calendar` is a ruleset (a pack id, a parsed or compiled ruleset) or a calendar section.
 *
 * @category Periods
 * @example
 * ```ts
 * unwrap(reportDeadlines({ frequency: 'quarterly' }, 2025)).map((r) => r.due);
 * // ['2025-04-07', '2025-07-07', '2025-10-07', '2026-01-07'] (5 working days, no holidays given)
 * unwrap(reportDeadlines({ frequency: 'semester', report: { days: 10, kind: 'calendar' } }, 2025)).map((r) => r.due);
 * // ['2025-07-10', '2026-01-10']
 * unwrap(reportDeadlines({ frequency: 'quarterly' }, 2025, { holidays: [assertIsoDate('2025-04-01')] }))[0].due; // '2025-04-08'
 * ```
 */
export function reportDeadlines(
  calendar: CalendarSource,
  year: number,
  options?: WorkingDayOptions,
): Result<ReportDeadline[], Issue[]> {
  return withCalendar(calendar, (c) => reportsDue(c, year, options));
}

/** {@link reportDeadlines} of a resolved calendar. */
export function reportsDue(c: ResolvedCalendar, year: number, options?: WorkingDayOptions): ReportDeadline[] {
  const working = workingOptions(c, options);
  return reviewPeriods({ frequency: c.frequency, yearStartMonth: c.yearStartMonth }, year).map((period) => ({
    period,
    due: periodDeadline(period, c.report, working),
  }));
}
