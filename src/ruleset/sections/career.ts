import * as z from 'zod';
import { idSchema, isoDateSchema, labelSchema } from '../primitives';

/**
 * The promotion section (owned by `career`): an agency's own eligibility rules as data and,
 * optionally, its own promotion schedule. Rules are `all` / `any` / `not` over typed leaves, every
 * node with a stable id (the leaf types and their params: `EligibilityRule` in the career module).
 */

/**
 * The leaf types of eligibility rules (kept equal to `LEAF_TYPES` of the career module by a test).
 *
 * @category Careers
 * @example
 * ```ts
 * ELIGIBILITY_LEAF_TYPES.includes('years-in-rank'); // true
 * ```
 */
export const ELIGIBILITY_LEAF_TYPES = [
  'years-in-rank',
  'years-in-jenjang',
  'experience',
  'age',
  'predikat-last-n-years',
  'predikat-last-year',
  'no-running-sanction',
  'education-cap',
  'education-in',
  'exam-passed',
  'angka-kredit-reached',
  'prior-position',
  'compare',
] as const;

/**
 * One node of an eligibility rule in a ruleset's `promotion.rules`, as validated.
 *
 * @category Careers
 * @example
 * ```ts
 * const node: EligibilityRuleNode = { id: 'masa-kerja-pangkat', leaf: 'years-in-rank', params: { years: 4 } };
 * ```
 */
export type EligibilityRuleNode =
  | { readonly id: string; readonly all: readonly EligibilityRuleNode[] }
  | { readonly id: string; readonly any: readonly EligibilityRuleNode[] }
  | { readonly id: string; readonly not: EligibilityRuleNode }
  | {
      readonly id: string;
      readonly leaf: (typeof ELIGIBILITY_LEAF_TYPES)[number];
      readonly params?: Readonly<Record<string, unknown>>;
    };

/** An eligibility rule node: exactly one of `all`, `any`, `not`, `leaf`. */
export const eligibilityRuleSchema: z.ZodType<EligibilityRuleNode> = z.lazy(() =>
  z.union([
    z.strictObject({ id: idSchema, all: z.array(eligibilityRuleSchema).min(1) }),
    z.strictObject({ id: idSchema, any: z.array(eligibilityRuleSchema).min(1) }),
    z.strictObject({ id: idSchema, not: eligibilityRuleSchema }),
    z.strictObject({
      id: idSchema,
      leaf: z.enum(ELIGIBILITY_LEAF_TYPES),
      params: z.record(z.string(), z.unknown()).default({}),
    }),
  ]),
);

/** One regime of a promotion schedule (the effective dates of kenaikan pangkat). */
export const scheduleRegimeSchema = z.strictObject({
  from: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  months: z.array(z.int().min(1).max(12)).min(1),
  day: z.int().min(1).max(28),
});

/** The promotion section. */
export const promotionSchema = z.strictObject({
  label: labelSchema.optional(),
  schedule: z
    .array(scheduleRegimeSchema)
    .optional()
    .meta({ description: 'The effective dates of promotion; the national schedule when absent.' }),
  rules: z
    .record(idSchema, eligibilityRuleSchema)
    .default({})
    .meta({ description: 'Eligibility rules by rule id (a built-in id here replaces the built-in rule).' }),
});

/** The fields of the promotion section. */
export const careerSection = {
  promotion: promotionSchema.optional(),
};
