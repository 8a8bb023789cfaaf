/**
 * Calendar dates (`IsoDate`, "2025-12-31": no time, no time zone), period arithmetic, working
 * days, deadlines, effective-dated schedules and review calendars. The only module that may
 * import date-fns; it does its arithmetic on integers and never reads the clock.
 *
 * @module
 */

export { REVIEW_FREQUENCIES } from './calendar';
export { maxDate, minDate } from './compare';
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
export * from './public';
export { dateRange, rangeContains, rangeDays, rangesOverlap } from './range';
export { isoDateSchema, scheduleRegimeSchema } from './schemas';
