import * as z from 'zod';
import { ledgerEntryInputSchema } from '../career/schemas';
import { addIssues, deepFreeze, issue } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { testingMessages } from '../explain/messages/testing';
import { unitCountsSchema } from '../organisation/schemas';
import { annualizeOptionsSchema, annualPeriodsSchema } from '../periods/schemas';
import { RULESET_SCHEMA_ID } from '../ruleset/json-schema';
import { decimalSchema, isoDateSchema } from '../ruleset/primitives';

/**
 * Policy case files (docs/testing-policies.md; `kinerja test`): the one zod schema of the
 * file and of its cases. `parseCaseFile` (kinerja/testing) reads a file with it and adds the
 * checks that span several cases or need the caller's options: unique names, the kind against the
 * kinds with a runner, a ruleset for every evaluation case, `rule`/`asOf` only on eligibility
 * cases, and the inline rulesets validated by `parseRuleset`.
 */

/**
 * The case kinds of docs/testing-policies.md, each with a built-in runner. A case of
 * another kind is accepted only when a runner for it is given (`RunPolicyCasesOptions.kinds`).
 *
 * @category Testing
 * @example
 * ```ts
 * import { CASE_KINDS } from 'kinerja/testing';
 * CASE_KINDS.includes('evaluation'); // true
 * ```
 */
export const CASE_KINDS = deepFreeze([
  'evaluation',
  'angka-kredit',
  'annual',
  'distribution',
  'eligibility',
] as const);

/** The format names of each case kind's `input` (the registry may not have them all yet). */
export const CASE_INPUT_FORMATS: Readonly<Record<(typeof CASE_KINDS)[number], readonly string[]>> =
  deepFreeze({
    evaluation: ['evaluation-input'],
    'angka-kredit': ['angka-kredit-input'],
    annual: ['annual-case-input'],
    distribution: ['distribution-case-input'],
    eligibility: ['employee-facts'],
  });

/** The keys of a case file, in the order issues are reported. */
export const CASE_FILE_KEYS = ['$schema', 'description', 'ruleset', 'cases'] as const;
/** The keys of one case, in the order issues are reported. */
export const CASE_KEYS = [
  'name',
  'kind',
  'description',
  'input',
  'expect',
  'ruleset',
  'rule',
  'asOf',
] as const;

/** A string with something besides white space (a case name, a rule id). */
const nonBlankSchema = z
  .string()
  .superRefine((s, ctx) => {
    if (s.trim() === '')
      addIssues(ctx, s, [
        issue(commonMessages, 'input.invalid-type', [], { expected: 'non-empty string', received: 'string' }),
      ]);
  })
  .meta({ minLength: 1, pattern: '\\S' });

/**
 * Where a case's ruleset comes from: a built-in pack id, a path relative to the case file, or an
 * inline ruleset (validated by `parseRuleset` when the file is read, not by this schema).
 */
export const rulesetRefSchema = z
  .unknown()
  .superRefine((v, ctx) => {
    const text = typeof v === 'string' && v.trim() !== '';
    const object = typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!text && !object) addIssues(ctx, v, [issue(testingMessages, 'testing.ruleset-type', [])]);
  })
  .meta({
    description:
      'A built-in pack id ("pp46-2011"), a ruleset file relative to the case file, or an inline ruleset.',
    anyOf: [{ type: 'string', minLength: 1, pattern: '\\S' }, { $ref: RULESET_SCHEMA_ID }],
  });

/**
 * What a case expects: dot paths into the result → expected values, or `{ "error": true }` /
 * `{ "error": "<issue code>" }` alone, for an input that must be rejected.
 */
export const caseExpectSchema = z
  .record(z.string(), z.unknown())
  .superRefine((expect, ctx) => {
    const keys = Object.keys(expect);
    for (const key of keys) {
      if (key.split('.').some((part) => part === ''))
        addIssues(ctx, expect, [issue(testingMessages, 'testing.invalid-path', [key], { path: key })]);
    }
    if (Object.hasOwn(expect, 'error')) {
      const e = expect.error;
      if (!(e === true || (typeof e === 'string' && e.trim() !== '')))
        addIssues(ctx, expect, [issue(testingMessages, 'testing.error-value', ['error'])]);
      if (keys.length > 1) addIssues(ctx, expect, [issue(testingMessages, 'testing.error-alone', ['error'])]);
    }
  })
  .meta({
    description:
      'Dot paths into the result → expected values (decimals by value, id arrays as sets), or { "error": true | "<issue code>" } alone.',
  });

/** One case of a case file (its kind's own rules are checked by `parseCaseFile`). */
export const policyCaseSchema = z
  .strictObject({
    name: nonBlankSchema.meta({ description: 'Unique within its file; the test name.' }),
    kind: z
      .string()
      .optional()
      .meta({
        description: `The case kind (default "evaluation"): ${CASE_KINDS.join(', ')}, or a kind with a registered runner.`,
        examples: [...CASE_KINDS],
      }),
    description: z.string().optional(),
    input: z.unknown().meta({
      description: `What the case feeds in; its format depends on the kind (${Object.entries(
        CASE_INPUT_FORMATS,
      )
        .map(([k, f]) => `${k}: ${f.join(' + ')}`)
        .join('; ')}).`,
    }),
    expect: caseExpectSchema,
    ruleset: rulesetRefSchema.optional(),
    rule: nonBlankSchema
      .optional()
      .meta({ description: 'The eligibility rule id (eligibility cases only).' }),
    asOf: isoDateSchema
      .optional()
      .meta({ description: 'The date of an eligibility case (eligibility cases only).' }),
  })
  .meta({ description: 'One policy case.' });

/**
 * The one schema of policy case files (format `case-file`): the shape of the file and of each case.
 *
 * @example
 * ```ts
 * caseFileSchema.safeParse({ ruleset: 'pp46-2011', cases: [{ name: 'a', input: {}, expect: {} }] }).success; // true
 * ```
 */
export const caseFileSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'A JSON Schema reference for editors; ignored.' }),
  description: z.string().optional(),
  ruleset: rulesetRefSchema.optional(),
  cases: z.array(policyCaseSchema),
});

/**
 * The input of an `angka-kredit` case: one period (`jenjang`, `predikat`, `months`) or a ledger
 * (`entries`, and optionally `jenjang`, `golongan`, `opening`, `conventional`, `thresholds`). The
 * values are checked by `angkaKredit` and `buildLedger` (with their own issue codes) when the case
 * runs; this schema gives the shape, for editors and validators.
 */
export const angkaKreditInputSchema = z.union([
  z.strictObject({
    jenjang: z.string(),
    predikat: z.string(),
    months: decimalSchema,
  }),
  z.strictObject({
    jenjang: z.string().optional(),
    golongan: z.string().optional(),
    entries: z.array(ledgerEntryInputSchema),
    opening: decimalSchema.optional(),
    conventional: decimalSchema.optional(),
    thresholds: z.enum(['exact', 'rounded']).optional(),
  }),
]);

/**
 * The input of an `annual` case: the periods as `annualize` reads them (format `annual-periods`),
 * with the strategy and year of its options.
 */
export const annualCaseInputSchema = z.strictObject({
  strategy: annualizeOptionsSchema.shape.strategy,
  year: annualizeOptionsSchema.shape.year,
  periods: annualPeriodsSchema,
});

/**
 * The input of a `distribution` case: the unit's predikat and its people counted by predikat (the
 * counts form of `checkDistribution`'s people, under the case file's name `counts`).
 */
export const distributionCaseInputSchema = z.strictObject({
  unitPredikat: z.string().meta({ description: "The unit's own predikat: which curve applies." }),
  counts: unitCountsSchema,
});
