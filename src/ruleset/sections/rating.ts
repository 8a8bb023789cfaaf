import * as z from 'zod';
import { decimalSchema, domainSchema, idSchema, intervalFields, labelSchema } from '../primitives';

/**
 * The rating section (owned by `rating`): the predikat a regime uses, best first, the categorical
 * rating scale, band sets that turn numbers into codes, and the follow-up (tindak lanjut) mapping.
 */

/** One predikat, listed best first. `rank` is the national scale (5 best … 1 worst) used across regimes. */
export const predikatSchema = z.strictObject({
  code: idSchema,
  rank: z.int().min(1).max(5),
  label: labelSchema.optional(),
});

/** One step of a categorical rating scale (PermenPANRB 6/2022: 3, 2, 1), best first. */
export const ratingLevelSchema = z.strictObject({
  code: idSchema,
  value: decimalSchema.meta({ description: 'The number a derived rating uses for this level.' }),
  label: labelSchema.optional(),
});

/** One band: an interval of the set's domain and the code it yields. */
export const bandSchema = z.strictObject({
  code: idSchema.meta({ description: 'The predikat or rating code this interval yields.' }),
  ...intervalFields,
  requires: z
    .array(idSchema)
    .optional()
    .meta({ description: 'Evaluation flags that must all be true for this band (e.g. "innovation").' }),
  otherwise: idSchema
    .optional()
    .meta({ description: 'The code given when a required flag is missing; required with "requires".' }),
});

/** A set of bands that partitions a domain without gap or overlap. */
export const bandSetSchema = z.strictObject({
  label: labelSchema.optional(),
  domain: domainSchema.default({}),
  bands: z.array(bandSchema).min(1),
});

/** One follow-up action. */
export const followUpActionSchema = z.strictObject({
  kind: z.enum(['reward', 'training', 'coaching', 'sanction']),
  code: idSchema,
  label: labelSchema.optional(),
});

/** Follow-up (tindak lanjut): actions per predikat, and how many weak indicators become training needs. */
export const followUpSchema = z.strictObject({
  actions: z.record(idSchema, z.array(followUpActionSchema)).default({}),
  trainingNeeds: z
    .strictObject({
      count: z.int().min(0).default(3),
      below: decimalSchema.optional().meta({ description: 'Only indicators scoring below this value.' }),
    })
    .default({ count: 3 }),
});

/** The fields of the rating section. */
export const ratingSection = {
  predikat: z.array(predikatSchema).min(1).meta({ description: 'The predikat of this regime, best first.' }),
  ratingScale: z
    .array(ratingLevelSchema)
    .optional()
    .meta({ description: 'Categorical rating levels, best first.' }),
  bandSets: z.record(idSchema, bandSetSchema).default({}),
  followUp: followUpSchema.optional(),
};
