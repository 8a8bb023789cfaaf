import * as z from 'zod';
import { idSchema, nonNegativeDecimalSchema } from '../primitives';

/** The assessment section (owned by `assessment`): rater groups and the reconciliation policy. */

/**
 * The rater groups every ruleset has; a ruleset may declare more in `reconciliation.raterGroups`
 * (e.g. public feedback for a front-office unit).
 *
 * @category Assessment
 * @example
 * ```ts
 * BUILTIN_RATER_GROUPS; // ["self", "supervisor", "peers", "subordinates"]
 * ```
 */
export const BUILTIN_RATER_GROUPS = Object.freeze(['self', 'supervisor', 'peers', 'subordinates'] as const);

/** How the ratings of several raters become one value. */
export const policySchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('supervisor-of-record') }),
  z.strictObject({
    method: z.literal('weighted'),
    weights: z.record(idSchema, nonNegativeDecimalSchema),
    groupAggregate: z.enum(['mean', 'median', 'trimmed-mean']).default('mean'),
    trim: z.int().min(0).default(0).meta({ description: 'Raters dropped at each end by trimmed-mean.' }),
    minRaters: z.record(idSchema, z.int().min(0)).default({}),
  }),
  z.strictObject({
    method: z.literal('mean'),
    groupAggregate: z.enum(['mean', 'median', 'trimmed-mean']).default('mean'),
    trim: z.int().min(0).default(0),
    minRaters: z.record(idSchema, z.int().min(0)).default({}),
  }),
]);

/** Reconciliation of raters and the self/supervisor gap that calls for a dialogue. */
export const reconciliationSchema = z.strictObject({
  raterGroups: z
    .array(idSchema)
    .default([])
    .meta({ description: 'Extra rater groups beyond the built-in four.' }),
  default: policySchema.default({ method: 'supervisor-of-record' }),
  items: z.record(idSchema, policySchema).default({}),
  dialogue: z
    .strictObject({
      steps: z
        .int()
        .min(0)
        .optional()
        .meta({ description: 'Rating steps between self and supervisor tolerated.' }),
      points: nonNegativeDecimalSchema.optional().meta({ description: 'Numeric distance tolerated.' }),
    })
    .default({ steps: 0 }),
});

/** The fields of the assessment section. */
export const assessmentSection = {
  reconciliation: reconciliationSchema.default({
    raterGroups: [],
    default: { method: 'supervisor-of-record' },
    items: {},
    dialogue: { steps: 0 },
  }),
};
