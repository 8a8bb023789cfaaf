/**
 * `kinerja/date`: calendar-date helpers on `IsoDate` values ("2025-12-31": no time, no time
 * zone): parsing, period arithmetic, working days, deadlines, effective-dated schedules and review
 * calendars. Integer arithmetic only; nothing here reads the clock.
 *
 * @example
 * ```ts
 * import { addMonths, workingDaysBetween } from 'kinerja/date';
 *
 * addMonths('2025-01-31', 1); // "2025-02-28"
 * ```
 *
 * @module kinerja/date
 */
export {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  wholeMonthsBetween,
  wholeYearsBetween,
} from './arithmetic';
export {
  type ReviewCalendar,
  type ReviewFrequency,
  type ReviewPeriod,
  reviewPeriodContaining,
  reviewPeriods,
} from './calendar';
export { compareDates } from './compare';
export { type DeadlineRule, deadlineAfter, lateness, periodDeadline } from './deadline';
export { InvalidDateError } from './errors';
export { assertIsoDate, dateFromParts, type IsoDate, isIsoDate, parseIsoDate } from './parse';
export { type DateRange, type MonthShare, monthShares, parseDateRange } from './range';
export {
  type DateSchedule,
  isScheduleDate,
  parseDateSchedule,
  type ScheduleOptions,
  type ScheduleRegime,
  scheduleDateOnOrAfter,
  scheduleDatesBetween,
} from './schedule';
export { dateRangeSchema, dateScheduleSchema } from './schemas';
export { addWorkingDays, isWorkingDay, type WorkingDayOptions, workingDaysBetween } from './working-days';
