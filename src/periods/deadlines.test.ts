import { describe, expect, it } from 'vitest';
import { assertIsoDate } from '../date/index';
import { getPack, parseRuleset } from '../ruleset/index';
import { appealDeadline } from './appeal-deadline';
import { checkDeadlines } from './check-deadlines';
import { planningDeadline } from './planning-deadline';
import { reportDeadlines } from './report-deadlines';

const permen = getPack('permenpanrb-6-2022').calendar;

/** The value of a deadline function's Result (the test fails on issues). */
function v<T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('planningDeadline', () => {
  it('is 31 January by default and in the PermenPANRB pack', () => {
    expect(v(planningDeadline({}, 2025))).toBe('2025-01-31');
    expect(v(planningDeadline(permen, 2026))).toBe('2026-01-31');
  });

  it('counts the month from the start of the year and clamps the day to the month end', () => {
    expect(v(planningDeadline({ yearStartMonth: 4, planning: { month: 1, day: 30 } }, 2025))).toBe(
      '2025-04-30',
    );
    expect(v(planningDeadline({ yearStartMonth: 11, planning: { month: 3, day: 31 } }, 2025))).toBe(
      '2026-01-31',
    );
    expect(v(planningDeadline({ planning: { month: 2, day: 31 } }, 2024))).toBe('2024-02-29');
    expect(v(planningDeadline({ planning: { month: 2, day: 31 } }, 2025))).toBe('2025-02-28');
  });

  it('throws a KinerjaError for a year out of range', () => {
    expect(planningDeadline({}, 10000).ok).toBe(false);
  });
});

describe('reportDeadlines', () => {
  it('gives one deadline per review period, in working days by default', () => {
    expect(v(reportDeadlines(permen, 2025)).map((r) => [r.period.index, r.period.end, r.due])).toEqual([
      [1, '2025-03-31', '2025-04-07'],
      [2, '2025-06-30', '2025-07-07'],
      [3, '2025-09-30', '2025-10-07'],
      [4, '2025-12-31', '2026-01-07'],
    ]);
    expect(v(reportDeadlines({}, 2025)).map((r) => r.due)).toEqual(['2026-01-07']);
  });

  it('skips the holidays of the calendar and of the options', () => {
    const calendar = { ...permen, holidays: [assertIsoDate('2026-01-01')] };
    const dues = v(reportDeadlines(calendar, 2025, { holidays: [assertIsoDate('2025-04-01')] })).map(
      (r) => r.due,
    );
    expect(dues).toEqual(['2025-04-08', '2025-07-07', '2025-10-07', '2026-01-08']);
  });

  it('counts calendar days and honours another weekend', () => {
    expect(
      v(reportDeadlines({ frequency: 'semester', report: { days: 10, kind: 'calendar' } }, 2025)).map(
        (r) => r.due,
      ),
    ).toEqual(['2025-07-10', '2026-01-10']);
    // Friday–Saturday weekend: 5 working days after Monday 31 March are Tue, Wed, Thu, Sun, Mon.
    expect(v(reportDeadlines(permen, 2025, { weekend: [5, 6] }))[0]?.due).toBe('2025-04-07');
    expect(v(reportDeadlines({ ...permen, weekend: [0] }, 2025))[0]?.due).toBe('2025-04-05');
  });

  it('reads holidays and weekend from a parsed ruleset', () => {
    const r = parseRuleset({
      schemaVersion: 1,
      id: 'kab-contoh',
      version: 1,
      extends: 'permenpanrb-6-2022',
      effective: { from: '2025-01-01' },
      calendar: { frequency: 'monthly', holidays: ['2025-02-03'], weekend: [0, 6] },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // January ends on a Friday: Feb 3 is a holiday, so 5 working days end on Monday 10 February.
    expect(v(reportDeadlines(r.value.calendar, 2025))[0]?.due).toBe('2025-02-10');
    expect(r.value.calendar.annual.strategy).toBe('last-period');
  });
});

describe('appealDeadline', () => {
  const received = assertIsoDate('2026-01-05'); // a Monday

  it('is 14 calendar days after receipt by default', () => {
    expect(v(appealDeadline({}, received))).toBe('2026-01-19');
    expect(v(appealDeadline(permen, assertIsoDate('2025-12-24')))).toBe('2026-01-07');
  });

  it('may count working days with an agency holiday list', () => {
    const working = { appeal: { days: 14, kind: 'working' as const } };
    expect(v(appealDeadline(working, received))).toBe('2026-01-23');
    expect(v(appealDeadline(working, received, { holidays: [assertIsoDate('2026-01-16')] }))).toBe(
      '2026-01-26',
    );
    // A holiday on a weekend changes nothing.
    expect(v(appealDeadline(working, received, { holidays: [assertIsoDate('2026-01-17')] }))).toBe(
      '2026-01-23',
    );
  });
});

describe('checkDeadlines', () => {
  const semester = { frequency: 'semester' as const, report: { days: 10, kind: 'calendar' as const } };

  it('reports what was late, by calendar days, and what is missing as of a date', () => {
    const r = checkDeadlines(
      semester,
      2025,
      {
        skpApprovedOn: assertIsoDate('2025-01-20'),
        reports: [
          { period: 1, submittedOn: assertIsoDate('2025-07-16') },
          { period: 1, submittedOn: assertIsoDate('2025-07-14') },
        ],
      },
      { asOf: assertIsoDate('2026-01-20') },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.checks).toEqual([
      { deadline: 'planning', due: '2025-01-31', done: '2025-01-20', status: 'on-time', daysLate: 0 },
      { deadline: 'report', period: 1, due: '2025-07-10', done: '2025-07-14', status: 'late', daysLate: 4 },
      { deadline: 'report', period: 2, due: '2026-01-10', done: null, status: 'missing', daysLate: 10 },
    ]);
    expect(r.value.missed.map((c) => c.period)).toEqual([1, 2]);
  });

  it('leaves deadlines open before they pass or without asOf', () => {
    const events = { skpApprovedOn: assertIsoDate('2025-02-03') };
    const r = checkDeadlines({}, 2025, events);
    expect(r.ok && r.value.missed).toEqual([
      { deadline: 'planning', due: '2025-01-31', done: '2025-02-03', status: 'late', daysLate: 3 },
    ]);
    expect(r.ok && r.value.checks[1]).toEqual({
      deadline: 'report',
      period: 1,
      due: '2026-01-07',
      done: null,
      status: 'open',
      daysLate: 0,
    });
    const early = checkDeadlines({}, 2025, {}, { asOf: assertIsoDate('2025-01-31') });
    expect(early.ok && early.value.checks[0]?.status).toBe('open');
    const after = checkDeadlines({}, 2025, {}, { asOf: assertIsoDate('2025-02-01') });
    expect(after.ok && after.value.checks[0]).toMatchObject({ status: 'missing', daysLate: 1 });
  });

  it('checks appeals against the appeal rule, working days with holidays', () => {
    const calendar = { appeal: { days: 14, kind: 'working' as const } };
    const appeals = [
      { receivedOn: assertIsoDate('2026-01-05'), filedOn: assertIsoDate('2026-01-26') },
      { receivedOn: assertIsoDate('2026-01-05'), filedOn: assertIsoDate('2026-01-23') },
    ];
    const r = checkDeadlines(calendar, 2025, { appeals }, { holidays: [assertIsoDate('2026-01-16')] });
    expect(r.ok && r.value.checks.slice(-2)).toEqual([
      {
        deadline: 'appeal',
        period: 0,
        due: '2026-01-26',
        done: '2026-01-26',
        status: 'on-time',
        daysLate: 0,
      },
      {
        deadline: 'appeal',
        period: 1,
        due: '2026-01-26',
        done: '2026-01-23',
        status: 'on-time',
        daysLate: 0,
      },
    ]);
    const late = checkDeadlines(calendar, 2025, { appeals: [appeals[0] as (typeof appeals)[0]] });
    expect(late.ok && late.value.missed).toEqual([
      { deadline: 'appeal', period: 0, due: '2026-01-23', done: '2026-01-26', status: 'late', daysLate: 3 },
    ]);
  });

  it('returns issues for bad events instead of throwing', () => {
    const r = checkDeadlines(
      { frequency: 'quarterly' },
      2025,
      {
        skpApprovedOn: '2025-02-30',
        reports: [
          { period: 5, submittedOn: '2025-04-01' },
          { period: 1, submittedOn: 'soon' },
        ],
        appeals: [{ receivedOn: '2026-01-05' } as never, null as never],
      },
      { asOf: '2025/12/31' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['date.invalid-format', ['asOf']],
        ['date.not-a-date', ['skpApprovedOn']],
        ['periods.unknown-review-period', ['reports', 0, 'period']],
        ['date.invalid-format', ['reports', 1, 'submittedOn']],
        ['input.required', ['appeals', 0, 'filedOn']],
        ['input.invalid-type', ['appeals', 1]],
      ]);
    const shapes = [
      checkDeadlines({}, 2025, null as never),
      checkDeadlines({}, 2025, { reports: {} as never }),
    ];
    expect(shapes.map((x) => (x.ok ? [] : x.issues.map((i) => [i.code, i.path])))).toEqual([
      [['input.invalid-type', []]],
      [['input.invalid-type', ['reports']]],
    ]);
    const year = checkDeadlines({}, 10000, {});
    expect(year.ok ? [] : year.issues.map((i) => i.code)).toEqual(['date.out-of-range']);
  });
});
