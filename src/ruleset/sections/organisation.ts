import * as z from 'zod';
import { decimalSchema, idSchema, labelSchema } from '../primitives';

/**
 * The organisation section (owned by `organisation`): the distribution curve each unit predikat
 * imposes on its employees' predikat, and how a violation is treated.
 */

/** One constraint of a curve: the share (or count) of employees whose predikat is in `predikat`. */
export const curveConstraintSchema = z.strictObject({
  id: idSchema.meta({ description: 'Stable id, e.g. "baik-max-70" (docs/distribution.md).' }),
  label: labelSchema.optional(),
  predikat: z.array(idSchema).min(1).meta({ description: 'The predikat counted together.' }),
  bound: z.enum(['max', 'min']),
  percent: decimalSchema.optional().meta({ description: 'A share of the unit, 0–100.' }),
  count: z.int().min(0).optional().meta({ description: 'A number of employees (e.g. "at least one").' }),
});

/** The distribution section. */
export const distributionSchema = z.strictObject({
  curves: z
    .record(idSchema, z.array(curveConstraintSchema))
    .default({})
    .meta({ description: 'By unit predikat (istimewa, baik, …): the constraints on employee predikat.' }),
  counting: z
    .strictObject({
      max: z.enum(['floor', 'ceil']).default('floor'),
      min: z.enum(['floor', 'ceil']).default('ceil'),
    })
    .default({ max: 'floor', min: 'ceil' })
    .meta({
      description: '"at most p%" allows ⌊p·n⌋ people; "at least p%" needs ⌈p·n⌉ (docs/regulations.md).',
    }),
  minimumUnitSize: z
    .int()
    .min(0)
    .default(0)
    .meta({ description: 'Units smaller than this get advice only: their curve is not enforced.' }),
  blocksFinalisation: z
    .boolean()
    .default(false)
    .meta({ description: 'Whether a violated curve blocks finalising the unit’s evaluations.' }),
});

/** The fields of the organisation section. */
export const organisationSection = {
  distribution: distributionSchema.optional(),
};
