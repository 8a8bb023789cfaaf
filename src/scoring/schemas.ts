import * as z from 'zod';
import { raterRatingsSchema, ratingValueSchema } from '../assessment/schemas';
import type { DecimalInput } from '../decimal/index';
import { issue } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { dateMessages } from '../explain/messages/date';
import { scoringMessages } from '../explain/messages/scoring';
import { decimalObjectAsString, isoDateSchema } from '../ruleset/primitives';
import { UNIT_PREDIKAT } from '../ruleset/validate';

/**
 * The evaluation input format, as one zod schema: the single source of the {@link EvaluationInput}
 * type and of its JSON Schema (`kinerja schema evaluation-input`).
 *
 * The schema checks the shape that does not depend on a ruleset. What the ruleset decides (the
 * fields of each indicator kind, weights, which ratings are read and whether they are codes or
 * numbers, the flags and bonus inputs it declares) is checked by `scoreEvaluation`, which reads an
 * input with a faster hand reader (src/scoring/read.ts, src/scoring/stages/read.ts). A property
 * test (src/scoring/schemas.test.ts) proves that reader equivalent to this schema on the shape:
 * over valid inputs and inputs broken in one place, both accept the same inputs and report the same
 * codes at the same paths.
 */

/** A non-empty string; an empty one is `input.invalid-type`, as the reader reports it. */
const nonEmptyString = z.string().check((ctx) => {
  if (ctx.value.length === 0)
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: 'expected a non-empty string',
      params: {
        kinerja: issue(commonMessages, 'input.invalid-type', [], {
          expected: 'non-empty string',
          received: 'string',
        }),
      },
    });
});

/**
 * A number as an input may give it: a JSON number (exact as written) or a decimal string; in code,
 * a decimal object too (a decimal.js `Decimal`), read as its canonical string.
 */
export const decimalLikeSchema = z.preprocess(
  decimalObjectAsString<DecimalInput>,
  z
    .union([z.number(), z.string()])
    .meta({ description: 'A JSON number (exact as written) or a decimal string such as "85.50".' }),
);

/** A target and its realisation. */
export const targetRealisationSchema = z.strictObject({
  target: decimalLikeSchema,
  realisasi: decimalLikeSchema,
});

/** One indicator of the SKP: id, kind, and the fields its kind is measured with. */
export const indicatorInputSchema = z
  .looseObject({
    id: nonEmptyString.meta({ description: 'Unique within the evaluation.' }),
    kind: nonEmptyString.meta({ description: 'A kind of the ruleset (`kinds`).' }),
    justification: nonEmptyString
      .optional()
      .meta({ description: "The employee's explanation of a missed target." }),
    label: z.unknown().optional().meta({ description: 'Shown, never read.' }),
  })
  .meta({
    description:
      'The other fields depend on how the ruleset measures the kind: target/realisasi (capaian, ratio, scale, yes-no, breakpoint; a target range { min, max } for capaian), direction, maxAchievable, weight, or kuantitas/kualitas/waktu/biaya (pp46-activity).',
  });

/**
 * The evaluation input (docs/scoring.md): who and when, the unit's predikat, the SKP's indicators with
 * their realisations, the ratings, flags and bonus inputs. Every field is optional where the
 * ruleset does not need it.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { evaluationInputSchema } from 'kinerja';
 * evaluationInputSchema.safeParse({ ratings: { perilaku: 'sesuai-ekspektasi' } }).success; // true
 * ```
 */
export const evaluationInputSchema = z
  .strictObject({
    employee: z
      .looseObject({ id: nonEmptyString.optional(), unitHead: z.boolean().optional() })
      .optional()
      .meta({ description: 'The employee (other fields are kept for the caller).' }),
    period: z
      .looseObject({ start: isoDateSchema, end: isoDateSchema })
      .check((ctx) => {
        if (ctx.value.end < ctx.value.start)
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            path: ['end'],
            message: 'the period ends before it starts',
            params: { kinerja: issue(dateMessages, 'date.range-reversed', []) },
          });
      })
      .optional()
      .meta({ description: "The period evaluated; it must lie inside the ruleset's `effective` dates." }),
    organisation: z
      .strictObject({ predikat: z.enum(UNIT_PREDIKAT).optional(), unitId: nonEmptyString.optional() })
      .optional(),
    indicators: z
      .array(indicatorInputSchema)
      .check((ctx) => {
        const seen = new Set<string>();
        ctx.value.forEach((ind, index) => {
          if (seen.has(ind.id))
            ctx.issues.push({
              code: 'custom',
              input: ind.id,
              path: [index, 'id'],
              message: 'duplicate indicator id',
              params: { kinerja: issue(scoringMessages, 'scoring.duplicate-indicator', [], { id: ind.id }) },
            });
          seen.add(ind.id);
        });
      })
      .optional(),
    ratings: z
      .record(z.string(), z.union([ratingValueSchema, raterRatingsSchema]))
      .optional()
      .meta({ description: 'By item, component or rated indicator id: a value of record, or raters.' }),
    flags: z.record(z.string(), z.boolean()).optional(),
    extras: z
      .strictObject({
        tugasTambahan: z.unknown().optional().meta({ description: 'A count of additional tasks.' }),
        kreativitas: z.unknown().optional().meta({ description: 'A creativity level, or null.' }),
      })
      .optional()
      .meta({ description: "Bonus inputs, as the ruleset's bonus tables read them." }),
  })
  .meta({ title: 'kinerja evaluation input' });

export { raterRatingsSchema, ratingValueSchema };
