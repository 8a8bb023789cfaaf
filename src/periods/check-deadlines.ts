import { type IsoDate, lateness, parseIsoDate } from '../date/index';
import {
  err,
  type Issue,
  isRecord,
  issue,
  KinerjaError,
  ok,
  type PathSegment,
  type Result,
} from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { periodsMessages } from '../explain/messages/periods';
import { appealDue } from './appeal-deadline';
import { readCalendar } from './calendar';
import { planningDue } from './planning-deadline';
import { reportsDue } from './report-deadlines';
import type {
  CalendarSource,
  CheckDeadlinesOptions,
  DeadlineCheck,
  DeadlineEvents,
  DeadlineReport,
} from './types';

function date(value: unknown, path: readonly PathSegment[], issues: Issue[]): IsoDate | undefined {
  if (value === undefined) return undefined;
  const r = parseIsoDate(value, path);
  if (r.ok) return r.value;
  issues.push(...r.issues);
  return undefined;
}

function required(value: unknown, path: readonly PathSegment[], issues: Issue[]): IsoDate | undefined {
  if (value === undefined) {
    issues.push(issue(commonMessages, 'input.required', path));
    return undefined;
  }
  return date(value, path, issues);
}

function isEntry(value: unknown, path: readonly PathSegment[], issues: Issue[]): boolean {
  if (isRecord(value)) return true;
  const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  issues.push(issue(commonMessages, 'input.invalid-type', path, { expected: 'object', received }));
  return false;
}

function list<T>(value: readonly T[] | undefined, key: string, issues: Issue[]): readonly T[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  issues.push(
    issue(commonMessages, 'input.invalid-type', [key], { expected: 'array', received: typeof value }),
  );
  return [];
}

function check(
  deadline: DeadlineCheck['deadline'],
  due: IsoDate,
  done: IsoDate | undefined,
  asOf: IsoDate | undefined,
  period?: number,
): DeadlineCheck {
  const where = period === undefined ? {} : { period };
  if (done !== undefined) {
    const daysLate = lateness(due, done);
    return { deadline, ...where, due, done, status: daysLate > 0 ? 'late' : 'on-time', daysLate };
  }
  if (asOf !== undefined && asOf > due)
    return { deadline, ...where, due, done: null, status: 'missing', daysLate: lateness(due, asOf) };
  return { deadline, ...where, due, done: null, status: 'open', daysLate: 0 };
}

/**
 * Checks what happened in `year` against the deadlines of the calendar: the SKP approval against
 * {@link planningDeadline}, each review period's report against {@link reportDeadlines} (every
 * period of the year is checked; a period reported twice counts its first submission), and each
 * appeal's filing date against {@link appealDeadline} from its receipt. Lateness is in calendar
 * days after the deadline, whatever the deadline's kind. A deadline whose event is absent is
 * `missing` once `options.asOf` is past it, `open` otherwise. No clock is read: every date is a
 * parameter.
 *
 * Invalid input gives issues, never a throw: an invalid date (at `skpApprovedOn`,
 * `reports[i].submittedOn`, `appeals[i].receivedOn`, …), a report for a period the year does not
 * have (`periods.unknown-review-period`), an invalid year or calendar (the date module's issues).
 *
 * @category Periods
 * @example
 * ```ts
 * const r = checkDeadlines({ frequency: 'semester', report: { days: 10, kind: 'calendar' } }, 2025, {
 *   skpApprovedOn: assertIsoDate('2025-01-20'),
 *   reports: [{ period: 1, submittedOn: assertIsoDate('2025-07-14') }],
 * }, { asOf: assertIsoDate('2026-01-20') });
 * r.value.missed;
 * // [{ deadline: 'report', period: 1, due: '2025-07-10', done: '2025-07-14', status: 'late', daysLate: 4 },
 * //  { deadline: 'report', period: 2, due: '2026-01-10', done: null, status: 'missing', daysLate: 10 }]
 * ```
 */
export function checkDeadlines(
  calendar: CalendarSource,
  year: number,
  events: DeadlineEvents,
  options?: CheckDeadlinesOptions,
): Result<DeadlineReport, Issue[]> {
  const issues: Issue[] = [];
  const cal = readCalendar(calendar);
  if (!cal.ok) return cal;
  if (options !== undefined && !isEntry(options, ['options'], issues)) return err(issues);
  const opts: CheckDeadlinesOptions = options ?? {};
  const asOf = date(opts.asOf, ['asOf'], issues);
  if (!isEntry(events, [], issues)) return err(issues);
  const approved = date(events.skpApprovedOn, ['skpApprovedOn'], issues);
  let planning: IsoDate;
  let reports: ReturnType<typeof reportsDue>;
  try {
    planning = planningDue(cal.value, year);
    reports = reportsDue(cal.value, year, opts);
  } catch (e) {
    if (e instanceof KinerjaError) return err([...issues, ...e.issues]);
    throw e;
  }
  const submitted = new Map<number, IsoDate>();
  list(events.reports, 'reports', issues).forEach((r, i) => {
    if (!isEntry(r, ['reports', i], issues)) return;
    const on = required(r.submittedOn, ['reports', i, 'submittedOn'], issues);
    if (!Number.isInteger(r.period) || r.period < 1 || r.period > reports.length) {
      issues.push(
        issue(periodsMessages, 'periods.unknown-review-period', ['reports', i, 'period'], {
          value: typeof r.period === 'number' ? r.period : typeof r.period,
          count: reports.length,
        }),
      );
      return;
    }
    const seen = submitted.get(r.period);
    if (on !== undefined && (seen === undefined || on < seen)) submitted.set(r.period, on);
  });
  const appeals: DeadlineCheck[] = [];
  list(events.appeals, 'appeals', issues).forEach((a, i) => {
    if (!isEntry(a, ['appeals', i], issues)) return;
    const received = required(a.receivedOn, ['appeals', i, 'receivedOn'], issues);
    const filed = required(a.filedOn, ['appeals', i, 'filedOn'], issues);
    if (received === undefined || filed === undefined) return;
    try {
      appeals.push(check('appeal', appealDue(cal.value, received, opts), filed, asOf, i));
    } catch (e) {
      if (e instanceof KinerjaError) issues.push(...e.issues);
      else throw e;
    }
  });
  if (issues.length > 0) return err(issues);
  const checks = [
    check('planning', planning, approved, asOf),
    ...reports.map((r) => check('report', r.due, submitted.get(r.period.index), asOf, r.period.index)),
    ...appeals,
  ];
  return ok({ checks, missed: checks.filter((c) => c.status === 'late' || c.status === 'missing') });
}
