import * as z from 'zod';
import {
  decimalSchema,
  domainSchema,
  idSchema,
  intervalFields,
  labelSchema,
  nonNegativeDecimalSchema,
  roundingSchema,
} from '../primitives';

/**
 * The scoring section (owned by `scoring`): measurement kinds, conversion tables, bonus tables,
 * the agency's indicator catalogue, components, the final rule, rounding and justification.
 */

const capFloor = {
  cap: decimalSchema.optional().meta({ description: 'Scores above this value are lowered to it.' }),
  floor: decimalSchema.optional().meta({ description: 'Scores below this value are raised to it.' }),
};

/** How an indicator of a kind is measured. The key in `kinds` is the `kind` inputs use. */
export const kindSchema = z.discriminatedUnion('measure', [
  z.strictObject({
    measure: z.literal('pp46-activity'),
    label: labelSchema.optional(),
    efficiency: z
      .strictObject({ boundary: decimalSchema.prefault('24'), factor: decimalSchema.prefault('1.76') })
      .prefault({ boundary: '24', factor: '1.76' })
      .meta({ description: 'Waktu/biaya: e = 100 − R/T×100; e ≤ boundary uses the first branch.' }),
    notDoneScoresZero: z.boolean().default(true),
    aspectFloor: decimalSchema
      .optional()
      .meta({ description: 'The lowest score an aspect can get (a very late waktu is otherwise negative).' }),
    ...capFloor,
  }),
  z.strictObject({
    measure: z.literal('capaian'),
    label: labelSchema.optional(),
    direction: z.enum(['higher-is-better', 'lower-is-better']).optional(),
    lowerIsBetter: z.enum(['two-minus-ratio', 'inverse-ratio']).default('two-minus-ratio'),
    conversion: idSchema
      .optional()
      .meta({ description: 'A table in `conversions` turning capaian into a score.' }),
    conversionInput: roundingSchema
      .optional()
      .meta({ description: 'Rounding of capaian before conversion.' }),
    maxAchievable: decimalSchema.optional().meta({
      description: 'The score of a realisation that meets a target already at its maximum achievable value.',
    }),
    ...capFloor,
  }),
  z.strictObject({ measure: z.literal('rated'), label: labelSchema.optional() }),
  z.strictObject({ measure: z.literal('ratio'), label: labelSchema.optional(), ...capFloor }),
  z.strictObject({ measure: z.literal('inverse-ratio'), label: labelSchema.optional(), ...capFloor }),
  z.strictObject({
    measure: z.literal('scale'),
    label: labelSchema.optional(),
    min: decimalSchema,
    max: decimalSchema,
    ...capFloor,
  }),
  z.strictObject({
    measure: z.literal('yes-no'),
    label: labelSchema.optional(),
    yes: decimalSchema.prefault('100'),
    no: decimalSchema.prefault('0'),
  }),
  z.strictObject({
    measure: z.literal('breakpoint'),
    label: labelSchema.optional(),
    table: idSchema,
    input: z.enum(['realisasi', 'capaian']).default('realisasi'),
    ...capFloor,
  }),
]);

/** One piece of a breakpoint table: a constant, or the line through two points. */
export const segmentSchema = z.strictObject({
  ...intervalFields,
  constant: decimalSchema.optional(),
  linear: z
    .strictObject({ x0: decimalSchema, y0: decimalSchema, x1: decimalSchema, y1: decimalSchema })
    .optional(),
  ...capFloor,
});

/** A piecewise table over a domain (no gap, no overlap). */
export const conversionSchema = z.strictObject({
  label: labelSchema.optional(),
  domain: domainSchema.default({}),
  segments: z.array(segmentSchema).min(1),
});

/** Bonus points by a count (tugas tambahan) or by a level (kreativitas). */
export const bonusTableSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('count'),
    label: labelSchema.optional(),
    steps: z
      .array(z.strictObject({ from: z.int().min(0), points: nonNegativeDecimalSchema }))
      .min(1)
      .meta({ description: 'Ascending; the first starts at 0; each step applies from its count on.' }),
  }),
  z.strictObject({
    kind: z.literal('level'),
    label: labelSchema.optional(),
    points: z.record(idSchema, nonNegativeDecimalSchema),
  }),
]);

/** An indicator the agency declares in its ruleset, with its weight inside its component. */
export const catalogIndicatorSchema = z.strictObject({
  id: idSchema,
  label: labelSchema.optional(),
  kind: idSchema,
  component: idSchema,
  weight: nonNegativeDecimalSchema.optional(),
  direction: z.enum(['higher-is-better', 'lower-is-better']).optional(),
  target: decimalSchema.optional(),
});

/** A behaviour item (perilaku aspect) rated through `ratings`. */
export const itemSchema = z.strictObject({
  id: idSchema,
  label: labelSchema.optional(),
  required: z.boolean().default(true),
  weight: nonNegativeDecimalSchema.optional(),
});

const aggregateSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('mean') }),
  z.strictObject({
    method: z.literal('weighted'),
    weights: z.enum(['input', 'catalog', 'items']).default('input'),
    normalize: z
      .boolean()
      .default(false)
      .meta({ description: 'false: weights must sum to exactly 100; true: weights are renormalised.' }),
  }),
  z.strictObject({ method: z.literal('sum') }),
]);

/** How a component turns into a categorical rating (PermenPANRB 6/2022). */
export const componentRatingSchema = z.strictObject({
  direct: z.boolean().default(true).meta({ description: 'Accept ratings[<component id>] as the rating.' }),
  derive: z
    .strictObject({ bandSet: idSchema })
    .optional()
    .meta({ description: 'Map per-item ratings to the scale values, average, and band the mean.' }),
  unitHead: z
    .strictObject({ map: z.record(idSchema, idSchema) })
    .optional()
    .meta({ description: "For a unit head: the unit's predikat → this component's rating." }),
});

/** A component (hasil kerja / SKP, perilaku) and how it is aggregated. */
export const componentSchema = z.strictObject({
  id: idSchema,
  label: labelSchema.optional(),
  source: z.discriminatedUnion('from', [
    z.strictObject({ from: z.literal('indicators'), kinds: z.array(idSchema).min(1) }),
    z.strictObject({
      from: z.literal('items'),
      items: z.array(itemSchema).min(1),
      values: z.enum(['number', 'rating']).default('number'),
      range: domainSchema.optional().meta({ description: 'Allowed numeric item values (inclusive).' }),
      minItems: z.int().min(1).optional(),
    }),
  ]),
  aggregate: aggregateSchema.default({ method: 'mean' }),
  bonuses: z
    .array(z.strictObject({ input: z.enum(['tugasTambahan', 'kreativitas']), table: idSchema }))
    .default([]),
  ...capFloor,
  output: z.enum(['score', 'rating']).default('score'),
  bandSet: idSchema
    .optional()
    .meta({ description: 'Bands that give the component a rating code for display.' }),
  rating: componentRatingSchema.optional(),
});

/** The final rule: a weighted score banded into a predikat, or a matrix over component ratings. */
export const finalSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('weighted'),
    weights: z.record(idSchema, nonNegativeDecimalSchema),
    bandSet: idSchema,
    ...capFloor,
  }),
  z.strictObject({
    method: z.literal('matrix'),
    rows: idSchema,
    columns: idSchema,
    cells: z.record(idSchema, z.record(idSchema, idSchema)),
  }),
]);

/** Where values are recorded (rounded) and how. Stages left out keep full precision. */
export const roundingStagesSchema = z.strictObject({
  capaian: roundingSchema.optional(),
  rating: roundingSchema.optional().meta({ description: 'A numeric rating reconciled from several raters.' }),
  aspect: roundingSchema.optional(),
  indicator: roundingSchema.optional(),
  component: roundingSchema.optional(),
  final: roundingSchema.optional(),
  carry: z
    .enum(['recorded', 'exact'])
    .default('recorded')
    .meta({ description: 'recorded: each stage computes from the rounded values below it.' }),
});

/** The fields of the scoring section. */
export const scoringSection = {
  flags: z
    .array(z.strictObject({ id: idSchema, label: labelSchema.optional() }))
    .default([])
    .meta({ description: 'Evaluation flags a band may require (e.g. "innovation").' }),
  kinds: z.record(idSchema, kindSchema),
  conversions: z.record(idSchema, conversionSchema).default({}),
  bonusTables: z.record(idSchema, bonusTableSchema).default({}),
  indicators: z.array(catalogIndicatorSchema).default([]),
  components: z.array(componentSchema).min(1),
  final: finalSchema,
  rounding: roundingStagesSchema.default({ carry: 'recorded' }),
  outsideEffective: z.enum(['error', 'warning']).optional().meta({
    description:
      "Scoring a period outside `effective`: an error (the default), or a warning beside the result (e.g. to re-score an earlier year under today's rules).",
  }),
  justification: z
    .strictObject({ belowTarget: z.enum(['off', 'warning', 'error']).default('warning') })
    .default({ belowTarget: 'warning' }),
};
