import {
  addMonths,
  dateFromParts,
  daysInMonth,
  type IsoDate,
  monthOf,
  type ReviewPeriod,
  reviewPeriods,
  yearOf,
} from '../date/index';
import type { Issue, Result } from '../explain/index';
import { type ResolvedCalendar, withCalendar } from './calendar';
import type { CalendarSource } from './types';

/**
 * The day the SKP must be set by in `year`: the calendar's `planning` month (1 = the first month of
 * the year, which starts in `yearStartMonth`) and day, clamped to the end of that month. The default
 * is 31 January (docs/regulations.md: "set by the end of January"). A year outside 1000–9999 or an
 * invalid calendar gives issues, never a throw. `calendar` is a ruleset (a pack
 * id, a parsed or compiled ruleset: its `calendar`) or a calendar section of one's own.
 *
 * @category Periods
 * @example
 * ```ts
 * planningDeadline({}, 2025); // { ok: true, value: '2025-01-31' }
 * planningDeadline('permenpanrb-6-2022', 2025).value; // '2025-01-31'
 * planningDeadline({ yearStartMonth: 4, planning: { month: 1, day: 30 } }, 2025).value; // '2025-04-30'
 * planningDeadline({ planning: { month: 2, day: 31 } }, 2024).value; // '2024-02-29' (clamped)
 * planningDeadline({}, 10000).ok; // false (date.out-of-range)
 * ```
 */
export function planningDeadline(calendar: CalendarSource, year: number): Result<IsoDate, Issue[]> {
  return withCalendar(calendar, (c) => planningDue(c, year));
}

/** {@link planningDeadline} of a resolved calendar. */
export function planningDue(c: ResolvedCalendar, year: number): IsoDate {
  const [first] = reviewPeriods({ frequency: 'annual', yearStartMonth: c.yearStartMonth }, year);
  const month = addMonths((first as ReviewPeriod).start, c.planning.month - 1);
  const y = yearOf(month);
  const m = monthOf(month);
  const day = Math.min(c.planning.day, daysInMonth(y, m));
  // The day is clamped to the month, so the date exists.
  return dateFromParts(y, m, day) as IsoDate;
}
