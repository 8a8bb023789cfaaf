import type { DeadlineRule, IsoDate, ReviewFrequency, WorkingDayOptions } from '../date/index';
import type { CalendarInput, DeadlineOptions } from './types';

/** A calendar with every default filled in (the defaults of the ruleset schema). */
export interface ResolvedCalendar {
  readonly frequency: ReviewFrequency;
  readonly yearStartMonth: number;
  readonly planning: { readonly month: number; readonly day: number };
  readonly report: DeadlineRule;
  readonly appeal: DeadlineRule;
  readonly holidays: readonly IsoDate[];
  readonly weekend?: readonly number[];
}

/** Fills in the defaults of the ruleset's calendar section. */
export function resolveCalendar(calendar: CalendarInput): ResolvedCalendar {
  const base = {
    frequency: calendar.frequency ?? 'annual',
    yearStartMonth: calendar.yearStartMonth ?? 1,
    planning: calendar.planning ?? { month: 1, day: 31 },
    report: calendar.report ?? { days: 5, kind: 'working' },
    appeal: calendar.appeal ?? { days: 14, kind: 'calendar' },
    holidays: calendar.holidays ?? [],
  } as const;
  return calendar.weekend === undefined ? base : { ...base, weekend: calendar.weekend };
}

/** The working-day options of a deadline: the calendar's holidays plus the caller's, and the weekend. */
export function workingOptions(calendar: ResolvedCalendar, options: DeadlineOptions): WorkingDayOptions {
  const holidays = [...calendar.holidays, ...(options.holidays ?? [])];
  const weekend = options.weekend ?? calendar.weekend;
  return weekend === undefined ? { holidays } : { holidays, weekend };
}
