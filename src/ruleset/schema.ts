import * as z from 'zod';
import { idSchema, isoDateSchema, labelSchema } from './primitives';
import { assessmentSection } from './sections/assessment';
import { careerSection } from './sections/career';
import { organisationSection } from './sections/organisation';
import { periodsSection } from './sections/periods';
import { ratingSection } from './sections/rating';
import { scoringSection } from './sections/scoring';
import { workflowSection } from './sections/workflow';

/**
 * The version of the ruleset file format this library reads (`schemaVersion` in a file).
 *
 * @category Rulesets
 * @example
 * ```ts
 * RULESET_SCHEMA_VERSION; // 1
 * ```
 */
export const RULESET_SCHEMA_VERSION = 1;

/** Identity, provenance and validity of a ruleset (owned by `ruleset`). */
const metaSection = {
  $schema: z.string().optional().meta({ description: 'The JSON Schema of ruleset files, for editors.' }),
  schemaVersion: z.literal(RULESET_SCHEMA_VERSION).meta({ description: 'The ruleset file format version.' }),
  id: idSchema,
  version: z.int().min(1).meta({ description: 'An integer that grows with every published change.' }),
  name: labelSchema.optional(),
  description: labelSchema.optional(),
  sources: z
    .array(z.string())
    .default([])
    .meta({ description: 'Regulations and documents the rules come from.' }),
  effective: z
    .strictObject({ from: isoDateSchema, until: isoDateSchema.optional() })
    .meta({ description: 'The evaluation periods the ruleset applies to (inclusive).' }),
  derivedFrom: z
    .array(idSchema)
    .optional()
    .meta({ description: 'Set by parseRuleset: the rulesets this one was merged onto, nearest first.' }),
  extends: idSchema
    .optional()
    .meta({ description: 'A built-in pack this ruleset overrides (merged before validation).' }),
};

/**
 * The zod schema of a ruleset file, composed from the sections owned by each module
 * (`sections/*.ts`). It checks the shape only: use {@link parseRuleset}, which also checks the
 * cross-field rules (weights, bands, matrix coverage, references) and resolves `extends`.
 *
 * @category Rulesets
 * @example
 * ```ts
 * import * as z from 'zod';
 * type RulesetFile = z.input<typeof rulesetSchema>;
 * ```
 */
export const rulesetSchema = z.strictObject({
  ...metaSection,
  ...ratingSection,
  ...scoringSection,
  ...periodsSection,
  ...assessmentSection,
  ...organisationSection,
  ...workflowSection,
  ...careerSection,
});
