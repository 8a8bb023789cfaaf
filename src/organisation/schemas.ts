/**
 * The zod schemas of the organisation module's public formats: a unit's employees (counts by
 * predikat or a list), the distribution input (`distribution-input`), a distribution policy of
 * one's own, and what calibration advice reads (a report and the employees' results). The
 * functions read their arguments through them; the issue codes stay the module's.
 *
 * @module
 */
import * as z from 'zod';
import type { Issue } from '../explain/index';
import { issue } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { distributionSchema } from '../ruleset/sections/organisation';

function carry(ctx: z.core.$RefinementCtx<unknown>, value: unknown, i: Issue): void {
  ctx.addIssue({ code: 'custom', message: i.message.en, input: value, params: { kinerja: i }, path: [] });
}

/** JSON text of a value for a message; never throws. */
function json(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return typeof v;
  }
}

/**
 * A number of employees: an integer from 0 (a safe integer). Anything else is
 * `input.invalid-type` (expected "integer ≥ 0").
 *
 * @category Organisation
 * @example
 * ```ts
 * headcountSchema.parse(8); // 8
 * ```
 */
export const headcountSchema = z
  .unknown()
  .meta({
    type: 'integer',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'A number of employees.',
  })
  .transform((value, ctx): number => {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    carry(
      ctx,
      value,
      value === undefined
        ? issue(commonMessages, 'input.required', [])
        : issue(commonMessages, 'input.invalid-type', [], { expected: 'integer ≥ 0', received: json(value) }),
    );
    return z.NEVER;
  });

/**
 * Employees by predikat code: `{ 'sangat-baik': 1, baik: 8 }`.
 *
 * @category Organisation
 * @example
 * ```ts
 * unitCountsSchema.parse({ baik: 8, kurang: 2 });
 * ```
 */
export const unitCountsSchema = z
  .record(z.string(), headcountSchema)
  .meta({ description: 'Employees by predikat code.' });

/**
 * One employee of a unit with their predikat.
 *
 * @category Organisation
 * @example
 * ```ts
 * unitMemberSchema.parse({ id: '199001012015011001', predikat: 'baik' });
 * ```
 */
export const unitMemberSchema = z.object({
  id: z.string().meta({ description: 'The employee (NIP or another unique id).' }),
  predikat: z.string().meta({ description: 'The employee’s predikat code.' }),
});

/**
 * A list of employees with their predikat, each employee once.
 *
 * @category Organisation
 * @example
 * ```ts
 * unitMembersSchema.parse([{ id: 'e1', predikat: 'baik' }]);
 * ```
 */
export const unitMembersSchema = z.array(unitMemberSchema);

/**
 * The employees of a unit: counts by predikat, or a list of employees.
 *
 * @category Organisation
 * @example
 * ```ts
 * unitPeopleSchema.parse({ baik: 8 });
 * ```
 */
export const unitPeopleSchema = z.union([unitCountsSchema, unitMembersSchema]);

/**
 * What {@link checkDistribution} reads besides the curve: the unit's own predikat and its
 * employees (the format `distribution-input`). The predikat codes are checked against the curve
 * after the schema (`organisation.unknown-predikat`), and so are duplicate employees.
 *
 * @category Organisation
 * @example
 * ```ts
 * parseWithSchema(distributionInputSchema, { unitPredikat: 'baik', people: { baik: 8, kurang: 2 } }).ok; // true
 * ```
 */
export const distributionInputSchema = z.strictObject({
  unitPredikat: z.string().meta({ description: 'The unit’s own predikat: which curve applies.' }),
  people: unitPeopleSchema,
});

/**
 * A distribution policy of one's own: the `distribution` section of a ruleset, plus the predikat
 * codes employees may hold (best first; default the five of PermenPANRB 6/2022).
 *
 * @category Organisation
 * @example
 * ```ts
 * parseWithSchema(distributionPolicySchema, { curves: { baik: [{ id: 'baik-max-70', predikat: ['baik'], bound: 'max', percent: '70' }] } }).ok; // true
 * ```
 */
export const distributionPolicySchema = distributionSchema.extend({
  curves: distributionSchema.shape.curves.unwrap(),
  predikat: z
    .array(z.string())
    .optional()
    .meta({ description: 'The predikat codes employees may hold, best first.' }),
});

/**
 * What {@link calibrationAdvice} reads of a {@link DistributionReport} (other fields are
 * ignored): normally the very report {@link checkDistribution} returned.
 *
 * @category Organisation
 * @example
 * ```ts
 * parseWithSchema(distributionReportSchema, unwrap(checkDistribution('permenpanrb-6-2022', 'baik', { baik: 8 }))).ok; // true
 * ```
 */
export const distributionReportSchema = z.object({
  unitPredikat: z.string(),
  feasible: z.boolean(),
  advisory: z.boolean(),
  blocksFinalisation: z.boolean(),
  n: z.int().min(0),
  counts: z.record(z.string(), z.int().min(0)),
  constraints: z.array(
    z.object({
      id: z.string(),
      predikat: z.array(z.string()).min(1),
      bound: z.enum(['max', 'min']),
      limit: z.int(),
      actual: z.int().min(0),
    }),
  ),
  violations: z.array(z.string()),
  moves: z.int().min(0).nullable(),
});

/**
 * The employees calibration advice ranks, each with the parts of their evaluation result it
 * reads (other fields are ignored).
 *
 * @category Organisation
 * @example
 * ```ts
 * parseWithSchema(calibrationEmployeesSchema, [{ id: 'e1', result: { score: '85.5', predikat: 'baik', components: {} } }]).ok; // true
 * ```
 */
export const calibrationEmployeesSchema = z.array(
  z.object({
    id: z.string(),
    result: z.object({
      score: z.union([z.string(), z.number(), z.null()]).optional(),
      predikat: z.string(),
      components: z
        .record(
          z.string(),
          z.object({
            rating: z.string().nullable().optional(),
            source: z.string().optional(),
            mean: z.union([z.string(), z.number()]).optional(),
          }),
        )
        .default({}),
    }),
  }),
);
