/**
 * Calendar dates (`IsoDate`, "2025-12-31": no time, no time zone), period arithmetic, working
 * days, deadlines, effective-dated schedules and review calendars. The only module that may
 * import date-fns; it does its arithmetic on integers and never reads the clock.
 *
 * @module
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
  REVIEW_FREQUENCIES,
  type ReviewCalendar,
  type ReviewFrequency,
  type ReviewPeriod,
  reviewPeriodContaining,
  reviewPeriods,
} from './calendar';
export { compareDates, maxDate, minDate } from './compare';
export { type DeadlineRule, deadlineAfter, lateness, periodDeadline } from './deadline';
export { InvalidDateError } from './errors';
export { assertIsoDate, dateFromParts, type IsoDate, isIsoDate, parseIsoDate } from './parse';
export {
  dayOf,
  dayOfWeek,
  daysInMonth,
  endOfMonth,
  isLeapYear,
  monthOf,
  startOfMonth,
  yearOf,
} from './parts';
export {
  type DateRange,
  dateRange,
  type MonthShare,
  monthShares,
  parseDateRange,
  rangeContains,
  rangeDays,
  rangesOverlap,
} from './range';
export {
  type DateSchedule,
  isScheduleDate,
  parseDateSchedule,
  type ScheduleOptions,
  type ScheduleRegime,
  scheduleDateOnOrAfter,
  scheduleDatesBetween,
} from './schedule';
export { dateRangeSchema, dateScheduleSchema, isoDateSchema, scheduleRegimeSchema } from './schemas';
export { addWorkingDays, isWorkingDay, type WorkingDayOptions, workingDaysBetween } from './working-days';
