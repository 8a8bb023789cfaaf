import * as z from 'zod';
import { meritCriterionSchema } from '../career/schemas';
import { idSchema } from '../ruleset/primitives';

/**
 * The example agencies of `kinerja demo` as data (examples/<agency>/demo.yaml): the organisation
 * (units, their posts and indicators), the parameters of the generator that invents the agency's
 * employees and their year, and the agency's texts. The agency's policy is a ruleset file next to
 * it, read by `parseRuleset`.
 */

/** A text in Indonesian and English (names and labels shown in the report). */
const textSchema = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });

/** One planned result (RHK / indicator) of a unit, and how its realisations are generated. */
const demoIndicatorSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  monthlyTarget: z
    .number()
    .positive()
    .meta({ description: 'The target of one month: a period target is this × its months, unless `fixed`.' }),
  fixed: z
    .boolean()
    .optional()
    .meta({ description: 'The same target in every period (a rate, a share or a time, not a count).' }),
  lowerIsBetter: z.boolean().optional().meta({ description: 'Lower is better (a time, complaints).' }),
  weight: z.number().nonnegative().optional().meta({
    description: 'Weight in hasil kerja when the agency scores numerically (`assessment: scored`).',
  }),
});

/** A unit of an example agency. */
const demoUnitSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  predikat: z
    .enum(['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'])
    .meta({ description: "The unit's own predikat for the year (the input of its distribution curve)." }),
  share: z
    .number()
    .positive()
    .meta({ description: "The unit's share of the agency's employees (relative)." }),
  functional: z
    .array(idSchema)
    .meta({ description: 'Its functional posts (jabatan fungsional); the other employees are pelaksana.' }),
  indicators: z.array(demoIndicatorSchema).min(1),
});

/**
 * The one zod schema of an example agency of `kinerja demo` (format `demo-agency`).
 *
 * @example
 * ```ts
 * parseFormat('demo-agency', yamlDocument); // the public way to read it
 * ```
 */
export const demoAgencySchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'The JSON Schema of this file (for editors).' }),
  id: idSchema.meta({ description: 'The agency id the demo stores its records under.' }),
  name: textSchema,
  shows: textSchema.meta({ description: 'What the example shows, one line.' }),
  ruleset: z
    .string()
    .min(1)
    .meta({ description: "The agency's ruleset file, relative to this file (read by parseRuleset)." }),
  assessment: z.enum(['rated-rhk', 'rated-hasil-kerja', 'scored']).meta({
    description:
      'How ratings are generated: rated-rhk (employee and supervisor rate each RHK, hasil kerja is derived), ' +
      'rated-hasil-kerja (the supervisor rates each RHK, hasil kerja is rated directly), scored (weighted ' +
      'indicators and 0–100 item scores). The rated items are those of the ruleset.',
  }),
  indicatorKind: idSchema.meta({ description: 'The indicator kind of the ruleset the indicators are.' }),
  leniency: z
    .number()
    .min(-1)
    .max(1)
    .meta({ description: "How generous the agency's supervisors are (shifts ratings up; 0 neutral)." }),
  optimism: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: 'The share of rated items the employee rates higher than the supervisor.' }),
  promotion: z
    .array(idSchema)
    .meta({ description: "The promotion rules checked for this agency (built-in ids or the ruleset's)." }),
  ranking: z
    .strictObject({
      rule: idSchema,
      title: textSchema,
      criteria: z.array(meritCriterionSchema).min(1),
      tieBreakers: z.array(meritCriterionSchema).optional(),
    })
    .optional()
    .meta({ description: 'A merit ranking of the candidates of one rule (rankCandidates).' }),
  units: z
    .array(demoUnitSchema)
    .min(1)
    .refine((units) => new Set(units.map((u) => u.id)).size === units.length, {
      message: 'unit ids must be distinct',
    }),
});
