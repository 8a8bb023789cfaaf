import * as z from 'zod';
import { type IsoDate, parseIsoDate } from '../date/index';
import { type DecimalInput, type DecimalObject, type DecimalString, parseDecimal } from '../decimal/index';
import { addIssues } from '../explain/index';

/** Kebab-case identifier used for ids and codes in ruleset files (`hasil-kerja`, `pp46-2011`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id or code: lower-case kebab-case. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be lower-case kebab-case (a-z, 0-9, "-")' })
  .meta({ description: 'A lower-case kebab-case identifier, e.g. "hasil-kerja".' });

/**
 * For `z.preprocess` before a schema of JSON numbers and strings: a decimal object (a decimal.js
 * `Decimal`, or any object whose `toString()` writes a decimal, read exactly as `parseDecimal`
 * reads it) becomes its canonical string; anything else, and an object that is not a decimal, is
 * left as it is for the schema to accept or reject as before. The JSON Schema does not change (an
 * input JSON Schema of a preprocess is the schema after it): objects are not JSON.
 */
export function decimalObjectAsString<T extends DecimalObject | string | number>(value: T): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const r = parseDecimal(value);
  return r.ok ? r.value : value;
}

/**
 * A decimal number: a JSON number that is exact as written, or a plain decimal string; in code, a
 * decimal object too (a decimal.js `Decimal`: see {@link decimalObjectAsString}).
 */
export const decimalSchema = z.preprocess(
  decimalObjectAsString<DecimalInput>,
  // The preprocess wraps the whole schema, transform included: an input JSON Schema reads through a
  // preprocess to the schema after it, required keys stay required.
  z
    .union([z.string().meta({ pattern: '^[+-]?\\d+(\\.\\d+)?$' }), z.number()])
    .meta({ description: 'A decimal number: a JSON number or a plain decimal string such as "85.50".' })
    .transform((value, ctx): DecimalString => {
      const r = parseDecimal(value);
      if (r.ok) return r.value;
      addIssues(ctx, value, r.issues);
      return z.NEVER;
    }),
);

/** A non-negative decimal. */
export const nonNegativeDecimalSchema = decimalSchema.refine((d) => !d.startsWith('-'), {
  message: 'must not be negative',
});

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z
  .string()
  .meta({ description: 'A calendar date, YYYY-MM-DD.', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
  .transform((value, ctx): IsoDate => {
    const r = parseIsoDate(value);
    if (r.ok) return r.value;
    addIssues(ctx, value, r.issues);
    return z.NEVER;
  });

/** A label: one string for both languages, or `{ id, en }`. */
export const labelSchema = z.union([
  z.string().min(1),
  z.strictObject({ id: z.string().min(1), en: z.string().min(1) }),
]);

/** Rounding at a scale with a named mode. */
export const roundingSchema = z.strictObject({
  scale: z.int().min(0).max(20),
  mode: z.enum(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']).default('half-up'),
});

/** An interval bound set shared by band sets and breakpoint tables. */
export const intervalFields = {
  min: decimalSchema.optional().meta({ description: 'Lower bound; omitted: unbounded below.' }),
  max: decimalSchema.optional().meta({ description: 'Upper bound; omitted: unbounded above.' }),
  minInclusive: z.boolean().default(true),
  maxInclusive: z.boolean().default(false),
};

/** The domain a band set or table partitions: `min`/`max` (inclusive); omitted means unbounded. */
export const domainSchema = z.strictObject({
  min: decimalSchema.optional(),
  max: decimalSchema.optional(),
});
