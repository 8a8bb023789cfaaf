import type { DeadlineRule, IsoDate, ReviewFrequency, WorkingDayOptions } from '../date/index';
import {
  err,
  type Issue,
  isRecord,
  issue,
  KinerjaError,
  ok,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { calendarSchema } from '../ruleset/sections/periods';
import { toCompiled } from './ruleset-source';
import type { CalendarInput } from './types';

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

/**
 * The calendar of a source: a ruleset (a pack id, a parsed or compiled ruleset: its `calendar`
 * section) or a calendar section of one's own, read with the ruleset's calendar schema (every
 * default filled in). Issues are under `calendar`.
 */
export function readCalendar(source: unknown): Result<ResolvedCalendar, Issue[]> {
  if (typeof source === 'string' || (isRecord(source) && ('calendar' in source || 'ruleset' in source))) {
    const compiled = toCompiled(source);
    return compiled.ok ? ok(resolved(compiled.value.ruleset.calendar)) : compiled;
  }
  if (source !== undefined && !isRecord(source))
    return err([
      issue(commonMessages, 'input.invalid-type', ['calendar'], {
        expected: 'object',
        received: source === null ? 'null' : Array.isArray(source) ? 'array' : typeof source,
      }),
    ]);
  const r = parseWithSchema(calendarSchema, source ?? {}, ['calendar']);
  return r.ok ? ok(resolved(r.value)) : r;
}

function resolved(
  c: CalendarInput &
    Pick<ResolvedCalendar, 'frequency' | 'yearStartMonth' | 'planning' | 'report' | 'appeal'>,
): ResolvedCalendar {
  const base = {
    frequency: c.frequency,
    yearStartMonth: c.yearStartMonth,
    planning: c.planning,
    report: c.report,
    appeal: c.appeal,
    holidays: c.holidays ?? [],
  };
  return c.weekend === undefined ? base : { ...base, weekend: c.weekend };
}

/**
 * Runs `f` on the calendar of `source`: its value, or the issues of the calendar and of the date
 * arithmetic (which reports bad years, dates and options by throwing a {@link KinerjaError}).
 */
export function withCalendar<T>(source: unknown, f: (c: ResolvedCalendar) => T): Result<T, Issue[]> {
  const r = readCalendar(source);
  if (!r.ok) return r;
  try {
    return ok(f(r.value));
  } catch (e) {
    if (e instanceof KinerjaError) return err([...e.issues]);
    throw e;
  }
}

/** The working-day options of a deadline: the calendar's holidays plus the caller's, and the weekend. */
export function workingOptions(
  calendar: ResolvedCalendar,
  options: WorkingDayOptions | undefined,
): WorkingDayOptions {
  if (options !== undefined && !isRecord(options))
    throw new KinerjaError([
      issue(commonMessages, 'input.invalid-type', ['options'], {
        expected: 'object',
        received: options === null ? 'null' : typeof options,
      }),
    ]);
  const extra: unknown = options?.holidays ?? [];
  const more: readonly IsoDate[] = Array.isArray(extra)
    ? extra
    : extra instanceof Set
      ? ([...extra] as IsoDate[])
      : (() => {
          throw new KinerjaError([
            issue(commonMessages, 'input.invalid-type', ['options', 'holidays'], {
              expected: 'array',
              received: typeof extra,
            }),
          ]);
        })();
  const holidays = [...calendar.holidays, ...more];
  const weekend = (options?.weekend as readonly number[] | undefined) ?? calendar.weekend;
  return weekend === undefined ? { holidays } : { holidays, weekend };
}
