/**
 * Periods: the annual predikat from periodic ones (`last-period`, `weighted-by-months`, `worst`;
 * several SKPs in one year after a transfer) and the deadlines of the ruleset's calendar (SKP
 * planning, periodic reports, appeals) with lateness. Pure functions: no clock is read.
 *
 * @module
 */
export { annualize } from './annualize';
export { appealDeadline } from './appeal-deadline';
export { checkDeadlines } from './check-deadlines';
export { planningDeadline } from './planning-deadline';
export { reportDeadlines } from './report-deadlines';
export { annualizeOptionsSchema, annualPeriodSchema, annualPeriodsSchema } from './schemas';
export {
  ANNUAL_STRATEGIES,
  type AnnualizeOptions,
  type AnnualPeriod,
  type AnnualPeriodInput,
  type AnnualResult,
  type AnnualStrategy,
  type CalendarInput,
  type CalendarSource,
  type CheckDeadlinesOptions,
  type DeadlineCheck,
  type DeadlineEvents,
  type DeadlineReport,
  type ReportDeadline,
} from './types';
