import * as z from 'zod';
import { isoDateSchema } from '../primitives';

/** The periods section (owned by `periods`): the review calendar, deadlines and the annual roll-up. */

const deadlineSchema = z.strictObject({
  days: z.int().min(0).max(366),
  kind: z.enum(['calendar', 'working']).default('calendar'),
});

/** The review calendar of a regime. */
export const calendarSchema = z.strictObject({
  frequency: z.enum(['monthly', 'quarterly', 'semester', 'annual']).default('annual'),
  yearStartMonth: z.int().min(1).max(12).default(1),
  planning: z
    .strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) })
    .default({ month: 1, day: 31 })
    .meta({
      description: 'SKP deadline: month of the year (1 = first month) and day (clamped to month end).',
    }),
  report: deadlineSchema
    .default({ days: 5, kind: 'working' })
    .meta({ description: 'After each period end.' }),
  appeal: deadlineSchema
    .default({ days: 14, kind: 'calendar' })
    .meta({ description: 'After the result is received.' }),
  annual: z
    .strictObject({ strategy: z.enum(['last-period', 'weighted-by-months', 'worst']).default('last-period') })
    .default({ strategy: 'last-period' }),
  holidays: z.array(isoDateSchema).optional().meta({
    description:
      'Agency holidays (national holidays, cuti bersama) for deadlines counted in working days; callers may add more.',
  }),
  weekend: z.array(z.int().min(0).max(6)).optional().meta({
    description: 'Weekend days for working-day deadlines, 0 = Sunday … 6 = Saturday; default [0, 6].',
  }),
});

/** The fields of the periods section. */
export const periodsSection = {
  calendar: calendarSchema.default({
    frequency: 'annual',
    yearStartMonth: 1,
    planning: { month: 1, day: 31 },
    report: { days: 5, kind: 'working' },
    appeal: { days: 14, kind: 'calendar' },
    annual: { strategy: 'last-period' },
  }),
};
