import {
  addMonths,
  dateFromParts,
  daysInMonth,
  type IsoDate,
  monthOf,
  reviewPeriods,
  yearOf,
} from '../date/index';
import { resolveCalendar } from './calendar';
import type { CalendarInput } from './types';

/**
 * The day the SKP must be set by in `year`: the calendar's `planning` month (1 = the first month of
 * the year, which starts in `yearStartMonth`) and day, clamped to the end of that month. The default
 * is 31 January (DOMAIN.md §4: "set by the end of January"). Throws a `KinerjaError` for a year
 * outside 1000–9999 or a start month outside 1..12, like the date functions.
 *
 * @category Periods
 * @example
 * ```ts
 * planningDeadline({}, 2025); // '2025-01-31'
 * planningDeadline(getPack('permenpanrb-6-2022').calendar, 2025); // '2025-01-31'
 * planningDeadline({ yearStartMonth: 4, planning: { month: 1, day: 30 } }, 2025); // '2025-04-30'
 * planningDeadline({ planning: { month: 2, day: 31 } }, 2024); // '2024-02-29' (clamped)
 * ```
 */
export function planningDeadline(calendar: CalendarInput, year: number): IsoDate {
  const c = resolveCalendar(calendar);
  const first = reviewPeriods({ frequency: 'annual', yearStartMonth: c.yearStartMonth }, year)[0];
  if (first === undefined) throw new RangeError('no annual period');
  const month = addMonths(first.start, c.planning.month - 1);
  const y = yearOf(month);
  const m = monthOf(month);
  const day = Math.min(c.planning.day, daysInMonth(y, m));
  const due = dateFromParts(y, m, day);
  if (due === null) throw new RangeError(`no planning date in ${y}-${m}`);
  return due;
}
