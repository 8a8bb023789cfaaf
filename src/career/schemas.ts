/**
 * The data formats of the career module as zod schemas: employee facts and angka kredit ledger
 * entries. (The eligibility rule schema lives in the ruleset's promotion section, which embeds it:
 * `eligibilityRuleSchema`.) Each schema is the single source of its type, its validation and its
 * JSON Schema.
 *
 * @module
 */
import * as z from 'zod';
import { issue } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { dateMessages } from '../explain/messages/date';
import { EDUCATION_CAP, RANK_LADDER } from '../packs/promotion';
import { decimalSchema, isoDateSchema } from '../ruleset/primitives';
import { ELIGIBILITY_PREDIKAT_CODES } from '../ruleset/sections/career';

/** The golongan of the rank ladder, lowest first. */
export const GOLONGAN_CODES = RANK_LADDER.map((r) => r.golongan) as [string, ...string[]];
/** The education codes (docs/careers.md). */
export const EDUCATION_CODES = Object.keys(EDUCATION_CAP) as [string, ...string[]];
/** The kinds of position. */
export const POSITION_KINDS = ['pelaksana', 'fungsional', 'struktural', 'jpt'] as const;

const level = z
  .string()
  .nullish()
  .transform((v) => v ?? null)
  .meta({ description: 'A jenjang, pengawas / administrator, or a JPT level; null for pelaksana.' });

/** `end` on or after `start`, else `date.range-reversed` at the record. */
function reversed(start: string, end: string, input: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (end < start) {
    const found = issue(dateMessages, 'date.range-reversed', [], { start, end });
    ctx.addIssue({ code: 'custom', message: found.message.en, input, path: [], params: { kinerja: found } });
  }
}
const ordered = (d: { from: string; to: string }, ctx: z.core.$RefinementCtx<unknown>) =>
  reversed(d.from, d.to, d, ctx);

/**
 * The current position: its kind and level, held since `since`.
 *
 * @category Careers
 * @example
 * ```ts
 * currentPositionSchema.parse({ kind: 'fungsional', level: 'ahli-muda', since: '2022-01-01' });
 * ```
 */
export const currentPositionSchema = z.object({
  kind: z.enum(POSITION_KINDS),
  level,
  since: isoDateSchema,
});

/**
 * A past position, from `from` to `to` (both inclusive).
 *
 * @category Careers
 * @example
 * ```ts
 * pastPositionSchema.parse({ kind: 'struktural', level: 'pengawas', from: '2015-01-01', to: '2019-12-31' });
 * ```
 */
export const pastPositionSchema = z
  .object({ kind: z.enum(POSITION_KINDS), level, from: isoDateSchema, to: isoDateSchema })
  .superRefine(ordered);

/**
 * A disciplinary sanction; `to` is its last day.
 *
 * @category Careers
 * @example
 * ```ts
 * disciplineRecordSchema.parse({ level: 'sedang', from: '2025-01-01', to: '2025-12-31' });
 * ```
 */
export const disciplineRecordSchema = z
  .object({ level: z.string().default('unspecified'), from: isoDateSchema, to: isoDateSchema })
  .superRefine(ordered);

const performanceSchema = z
  .array(z.object({ year: z.int().min(1).max(9999), predikat: z.enum(ELIGIBILITY_PREDIKAT_CODES) }))
  .superRefine((list, ctx) => {
    const seen = new Set<number>();
    list.forEach((p, i) => {
      if (seen.has(p.year)) {
        const found = issue(commonMessages, 'input.invalid-value', [], { expected: 'a year listed once' });
        ctx.addIssue({
          code: 'custom',
          message: found.message.en,
          input: p.year,
          path: [i, 'year'],
          params: { kinerja: found },
        });
      }
      seen.add(p.year);
    });
  });

/**
 * Employee facts (docs/careers.md): every field optional (a leaf that
 * needs a missing fact is unmet); dates are calendar dates, codes are checked (education,
 * golongan, position kind, predikat), `angkaKredit` is a decimal (null: unknown), a year
 * of performance is listed once, and further top-level facts (JSON values) are kept as given for
 * agency `compare` rules. Unknown keys inside the known facts are dropped.
 *
 * @category Careers
 * @example
 * ```ts
 * employeeFactsSchema.safeParse({ education: 's1', rank: { golongan: 'III/b', since: '2021-04-01' } }).success; // true
 * employeeFactsSchema.safeParse({ education: 'phd' }).success; // false
 * ```
 */
export const employeeFactsSchema = z
  .object({
    birthDate: isoDateSchema.optional(),
    serviceStart: isoDateSchema.optional(),
    education: z.enum(EDUCATION_CODES).optional(),
    rank: z.object({ golongan: z.enum(GOLONGAN_CODES), since: isoDateSchema }).optional(),
    position: currentPositionSchema.optional(),
    positionHistory: z.array(pastPositionSchema).optional(),
    performance: performanceSchema.optional(),
    discipline: z.array(disciplineRecordSchema).optional(),
    angkaKredit: decimalSchema.nullish(),
    exams: z.array(z.string()).optional(),
  })
  .catchall(z.json().optional());

/**
 * One entry of an angka kredit ledger as given: a predikat over some months of a year (or of a
 * period inside one year), in a jenjang. The codes are checked against the AK tables in use by
 * `buildLedger` (an agency may pass its own tables).
 *
 * @category Careers
 * @example
 * ```ts
 * ledgerEntryInputSchema.safeParse({ year: 2024, predikat: 'baik', months: 12 }).success; // true
 * ```
 */
export const ledgerEntryInputSchema = z.object({
  year: z
    .int()
    .min(1)
    .max(9999)
    .optional()
    .meta({ description: 'The calendar year; from `period` when left out.' }),
  period: z
    .object({ start: isoDateSchema, end: isoDateSchema })
    .superRefine((p, ctx) => reversed(p.start, p.end, p, ctx))
    .optional()
    .meta({ description: 'A period inside one calendar year; its fully covered months count.' }),
  jenjang: z.string().optional().meta({ description: "The jenjang; the ledger's when left out." }),
  predikat: z.string().meta({ description: 'The predikat (cukup and buruk count as their equals).' }),
  months: z
    .union([z.number(), z.string()])
    .optional()
    .meta({ description: 'A whole number of months from 0 to 12 (a number or a decimal string).' }),
});

/**
 * What a merit criterion measures (see `rankCandidates`).
 *
 * @category Careers
 * @example
 * ```ts
 * meritMeasureSchema.parse('predikat');
 * ```
 */
export const meritMeasureSchema = z.enum([
  'golongan',
  'years-in-rank',
  'service',
  'predikat',
  'angka-kredit',
  'age',
  'fact',
]);

/**
 * One declared criterion (or tie-breaker) of a merit ranking: the higher value ranks first unless
 * `order` is `asc`; a `fact` names the dot `path` of the fact it reads.
 *
 * @category Careers
 * @example
 * ```ts
 * meritCriterionSchema.parse({ id: 'sertifikat', measure: 'fact', path: 'skor.kompetensi' });
 * ```
 */
export const meritCriterionSchema = z
  .strictObject({
    id: z.string().min(1),
    measure: meritMeasureSchema,
    path: z.string().min(1).optional().meta({ description: 'For `fact`: a dot path into the facts.' }),
    order: z.enum(['asc', 'desc']).optional().meta({ description: '`desc` (default): higher first.' }),
  })
  .superRefine((c, ctx) => {
    if (c.measure === 'fact' && c.path === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['path'] });
  });

/**
 * The options of a merit ranking: the date, the criteria and the tie-breakers.
 *
 * @category Careers
 * @example
 * ```ts
 * rankCandidatesOptionsSchema.parse({ asOf: '2025-06-30', criteria: [{ id: 'kinerja', measure: 'predikat' }] });
 * ```
 */
export const rankCandidatesOptionsSchema = z.strictObject({
  asOf: isoDateSchema,
  criteria: z.array(meritCriterionSchema),
  tieBreakers: z.array(meritCriterionSchema).optional(),
});

/**
 * The candidates of a merit ranking: an id and the employee facts (read by `employeeFactsSchema`).
 *
 * @category Careers
 * @example
 * ```ts
 * meritCandidatesSchema.parse([{ id: '199001012015031001', facts: { education: 's1' } }]);
 * ```
 */
export const meritCandidatesSchema = z.array(z.object({ id: z.string().min(1), facts: z.unknown() }));

const tableDecimal = decimalSchema.meta({ description: 'A decimal (a decimal string such as "12.5").' });

/**
 * Angka kredit tables in the shape of the built-in `ANGKA_KREDIT` (PermenPANRB 1/2023), for an
 * agency that passes its own as `data`.
 *
 * @category Careers
 * @example
 * ```ts
 * angkaKreditDataSchema.safeParse({ ...ANGKA_KREDIT, thresholds: 'rounded' }).success; // true
 * ```
 */
export const angkaKreditDataSchema = z.object({
  id: z.string().min(1),
  sources: z.array(z.string()),
  percentages: z.record(z.string(), tableDecimal),
  aliases: z.record(z.string(), z.string()),
  yearlyCapPercent: tableDecimal,
  rounding: z.object({ scale: z.int().min(0).max(20), mode: z.literal('half-up') }),
  thresholds: z.enum(['exact', 'rounded']),
  jenjang: z.record(
    z.string(),
    z.object({
      coefficient: tableDecimal,
      golongan: z.array(z.string()),
      perPangkat: tableDecimal,
      forJenjang: tableDecimal.nullable(),
      next: z.string().nullable(),
      conventionalBase: tableDecimal,
      conventionalBaseUnconfirmed: z.boolean(),
    }),
  ),
});
