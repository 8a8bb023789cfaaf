/**
 * The zod schemas of the date module's public formats: a calendar date, a date range and an
 * effective-dated schedule. They are the single source of {@link parseDateRange} and
 * {@link parseDateSchedule}, and convert to JSON Schema (`z.toJSONSchema(…, { io: 'input' })`).
 * Their issues carry the module's codes (`date.invalid-format`, `date.schedule-month`, …).
 *
 * @module
 */
import * as z from 'zod';
import { issue } from '../explain/issue';
import { dateMessages } from '../explain/messages/date';
import type { MessageParams } from '../explain/messages/index';
import type { Issue } from '../explain/result';
import { addIssues } from '../explain/zod-issues';
import { DATE_MESSAGES } from './core';
import { type IsoDate, parseIsoDate } from './parse';

function one(code: keyof typeof DATE_MESSAGES, params: MessageParams = {}): Issue[] {
  return [issue(DATE_MESSAGES, code, [], params)];
}

function shown(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v == null) return String(v);
  return Array.isArray(v) ? 'array' : typeof v;
}

/**
 * A calendar date, `YYYY-MM-DD` (years 1000–9999): the rules of {@link parseIsoDate}, with its
 * codes (`date.invalid-type`, `date.invalid-format`, `date.not-a-date`, `date.out-of-range`); a
 * missing date is `input.required`.
 *
 * @category Dates
 * @example
 * ```ts
 * isoDateSchema.parse('2025-12-31'); // '2025-12-31'
 * parseWithSchema(isoDateSchema, '2025-02-29').ok; // false (date.not-a-date)
 * ```
 */
export const isoDateSchema = z
  .unknown()
  .meta({
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'A calendar date, YYYY-MM-DD (years 1000–9999).',
  })
  .transform((value, ctx): IsoDate => {
    if (value === undefined) {
      addIssues(ctx, value, one('input.required'));
      return z.NEVER;
    }
    const r = parseIsoDate(value);
    if (r.ok) return r.value;
    addIssues(ctx, value, r.issues);
    return z.NEVER;
  });

/**
 * A period of days, both ends inclusive, `end` not before `start` (`date.range-reversed`); other
 * keys are ignored and not copied. The schema of {@link parseDateRange}.
 *
 * @category Dates
 * @example
 * ```ts
 * parseWithSchema(dateRangeSchema, { start: '2025-01-01', end: '2025-06-30' }).ok; // true
 * ```
 */
export const dateRangeSchema = z
  .object({
    start: isoDateSchema.meta({ description: 'First day of the period.' }),
    end: isoDateSchema.meta({ description: 'Last day of the period (inclusive).' }),
  })
  .superRefine((r, ctx) => {
    if (r.end < r.start) addIssues(ctx, r, one('date.range-reversed', { start: r.start, end: r.end }));
  });

/** An integer in [min, max], or the issue `code` (any other value, whatever its type). */
function boundedInt(code: keyof typeof DATE_MESSAGES, min: number, max: number, description: string) {
  return z
    .unknown()
    .meta({ type: 'integer', minimum: min, maximum: max, description })
    .transform((value, ctx): number => {
      if (value === undefined) {
        addIssues(ctx, value, one('input.required'));
        return z.NEVER;
      }
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
      addIssues(ctx, value, one(code, { value: shown(value) }));
      return z.NEVER;
    });
}

/**
 * One regime of a date schedule: from `from` until `until` (both inclusive, either open), the
 * schedule dates are day `day` (1..28) of each month in `months` (1..12).
 *
 * @category Dates
 * @example
 * ```ts
 * parseWithSchema(scheduleRegimeSchema, { until: '2023-12-31', months: [4, 10], day: 1 }).ok; // true
 * ```
 */
export const scheduleRegimeSchema = z
  .object({
    from: isoDateSchema.optional().meta({ description: 'First day the regime applies; open when absent.' }),
    until: isoDateSchema
      .optional()
      .meta({ description: 'Last day the regime applies (inclusive); open when absent.' }),
    months: z
      .array(boundedInt('date.schedule-month', 1, 12, 'A month with a schedule date, 1..12.'))
      .meta({ description: 'Months with a schedule date.' }),
    day: boundedInt('date.schedule-day', 1, 28, 'Day of the month of the schedule dates, 1..28.'),
  })
  .superRefine((r, ctx) => {
    if (r.from !== undefined && r.until !== undefined && r.until < r.from)
      addIssues(ctx, r, one('date.range-reversed', { start: r.from, end: r.until }));
  });

/**
 * Dates fixed by rule, as effective-dated regimes that are never in force on the same day
 * (`date.schedule-overlap`). The schema of {@link parseDateSchedule}; the format `date-schedule`.
 *
 * @category Dates
 * @example
 * ```ts
 * parseWithSchema(dateScheduleSchema, [{ months: [4, 10], day: 1 }]).ok; // true
 * ```
 */
export const dateScheduleSchema = z.array(scheduleRegimeSchema).superRefine((regimes, ctx) => {
  const spans: Array<{ from: string; until: string; index: number }> = [];
  regimes.forEach((r, index) => {
    const from: string = r.from ?? '0000-00-00';
    const until: string = r.until ?? '9999-99-99';
    if (until < from) return;
    for (const other of spans)
      if (from <= other.until && other.from <= until)
        ctx.addIssue({
          code: 'custom',
          message: 'overlap',
          input: r,
          path: [index],
          params: {
            kinerja: issue(dateMessages, 'date.schedule-overlap', [index], { index, other: other.index }),
          },
        });
    spans.push({ from, until, index });
  });
});
