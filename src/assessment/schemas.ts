import * as z from 'zod';
import type { DecimalInput } from '../decimal/index';
import { decimalObjectAsString, decimalSchema, nonNegativeDecimalSchema } from '../ruleset/primitives';
import { policySchema } from '../ruleset/sections/assessment';

/**
 * A reconciliation policy, as a ruleset file writes it (`reconciliation.default` and
 * `reconciliation.items[id]`): the same schema the ruleset section uses. Defaults are filled in
 * (`groupAggregate: "mean"`, `trim: 0`, `minRaters: {}`).
 *
 * @category Assessment
 * @example
 * ```ts
 * reconciliationPolicySchema.parse({ method: 'weighted', weights: { self: '20', supervisor: '80' } });
 * // { method: 'weighted', weights: { self: '20', supervisor: '80' }, groupAggregate: 'mean', trim: 0, minRaters: {} }
 * ```
 */
export const reconciliationPolicySchema = policySchema;

/** One value given by a rater: a rating code or a number. */
export const ratingValueSchema = z.preprocess(
  decimalObjectAsString<DecimalInput>,
  z
    .union([z.number(), z.string()])
    .meta({ description: 'A rating code of the ruleset, or a number for numeric items.' }),
);

/**
 * The ratings of one item by rater group (`self`, `supervisor`, `peers`, `subordinates` and the
 * groups a ruleset declares), with an optional override of record.
 *
 * @category Assessment
 * @example
 * ```ts
 * raterRatingsSchema.safeParse({ self: 95, supervisor: 80, peers: [84, 90] }).success; // true
 * ```
 */
export const raterRatingsSchema = z
  .looseObject({
    self: ratingValueSchema.optional(),
    supervisor: ratingValueSchema.optional(),
    peers: z.array(ratingValueSchema).optional(),
    subordinates: z.array(ratingValueSchema).optional(),
    override: z
      .strictObject({ value: ratingValueSchema, reason: z.string().min(1), author: z.string().min(1) })
      .optional(),
  })
  .meta({ description: 'Other groups the ruleset declares (`reconciliation.raterGroups`) take a list.' });

/** The options of `reconcile` (what the ruleset would otherwise give). */
export const reconcileOptionsSchema = z.strictObject({
  scale: z.array(z.strictObject({ code: z.string().min(1), value: decimalSchema })).optional(),
  raterGroups: z.array(z.string().min(1)).optional(),
  dialogue: z
    .strictObject({ steps: z.int().min(0).optional(), points: nonNegativeDecimalSchema.optional() })
    .optional(),
  rounding: z
    .strictObject({
      scale: z.int().min(0).max(20),
      mode: z.enum(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']),
    })
    .optional(),
});
