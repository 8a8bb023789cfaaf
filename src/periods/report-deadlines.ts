import { periodDeadline, reviewPeriods } from '../date/index';
import { resolveCalendar, workingOptions } from './calendar';
import type { CalendarInput, DeadlineOptions, ReportDeadline } from './types';

/**
 * The report deadline of every review period of `year` (the calendar's `frequency` and
 * `yearStartMonth`): the calendar's `report` rule counted from the period's last day, in calendar
 * days or in working days (weekends and the holidays of the calendar and of `options` skipped).
 * Throws a `KinerjaError` for an invalid year, frequency or holiday, like the date functions.
 *
 * @category Periods
 * @example
 * ```ts
 * reportDeadlines({ frequency: 'quarterly' }, 2025).map((r) => r.due);
 * // ['2025-04-07', '2025-07-07', '2025-10-07', '2026-01-07'] (5 working days, no holidays given)
 * reportDeadlines({ frequency: 'semester', report: { days: 10, kind: 'calendar' } }, 2025).map((r) => r.due);
 * // ['2025-07-10', '2026-01-10']
 * reportDeadlines({ frequency: 'quarterly' }, 2025, { holidays: [isoDate('2025-04-01')] })[0].due; // '2025-04-08'
 * ```
 */
export function reportDeadlines(
  calendar: CalendarInput,
  year: number,
  options: DeadlineOptions = {},
): ReportDeadline[] {
  const c = resolveCalendar(calendar);
  const working = workingOptions(c, options);
  return reviewPeriods({ frequency: c.frequency, yearStartMonth: c.yearStartMonth }, year).map((period) => ({
    period,
    due: periodDeadline(period, c.report, working),
  }));
}
