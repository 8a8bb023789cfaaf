/**
 * The zod schemas of the periods module's public formats: the periods to annualise (the format
 * `annual-periods`). {@link annualize} reads its input through them; the checks that need the
 * ruleset or the other periods (predikat codes, the year, a result that contradicts its period)
 * follow the schema, with the module's codes.
 *
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../date/index';

/**
 * One periodic evaluation to annualise: its dates (both inclusive) and its predikat, or the
 * evaluation result they are taken from.
 *
 * @category Periods
 * @example
 * ```ts
 * parseWithSchema(annualPeriodSchema, { start: '2025-01-01', end: '2025-03-31', predikat: 'baik' }).ok; // true
 * ```
 */
export const annualPeriodSchema = z.object({
  start: isoDateSchema.optional().meta({ description: 'First day; defaults to result.period.start.' }),
  end: isoDateSchema.optional().meta({ description: 'Last day (inclusive); defaults to result.period.end.' }),
  predikat: z
    .string()
    .optional()
    .meta({ description: 'The period’s predikat code; defaults to result.predikat.' }),
  result: z
    .looseObject({
      predikat: z.string().optional(),
      period: z.looseObject({ start: z.string().optional(), end: z.string().optional() }).optional(),
    })
    .optional()
    .meta({ description: 'The evaluation result of the period (kept in the output).' }),
});

/**
 * The periods of one employee's year to annualise, in any order (the format `annual-periods`).
 *
 * @category Periods
 * @example
 * ```ts
 * parseWithSchema(annualPeriodsSchema, [
 *   { start: '2025-01-01', end: '2025-06-30', predikat: 'baik' },
 *   { start: '2025-07-01', end: '2025-12-31', predikat: 'butuh-perbaikan' },
 * ]).ok; // true
 * ```
 */
export const annualPeriodsSchema = z.array(annualPeriodSchema);

/**
 * The options of {@link annualize}: the strategy, the year being annualised and its start month.
 *
 * @category Periods
 * @example
 * ```ts
 * parseWithSchema(annualizeOptionsSchema, { strategy: 'worst', year: 2025 }).ok; // true
 * ```
 */
export const annualizeOptionsSchema = z.strictObject({
  strategy: z
    .unknown()
    .optional()
    .meta({ type: 'string', enum: ['last-period', 'weighted-by-months', 'worst'] }),
  year: z.unknown().optional().meta({ type: 'integer', minimum: 1000, maximum: 9999 }),
  yearStartMonth: z.unknown().optional().meta({ type: 'integer', minimum: 1, maximum: 12 }),
});
