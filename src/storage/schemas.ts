/**
 * The zod schemas of what a store is given and what it keeps: one per record kind and per option
 * format. They are the single source of the store's validation (the core runs them through
 * `parseWithSchema`, so deep nesting is `input.too-deep`, never a stack overflow), of the record
 * kind list ({@link STORE_ENTITY_KINDS}) and of the `store-*` JSON Schemas.
 *
 * Codes kept from the store's earlier hand validator: `storage.invalid-id`,
 * `storage.value-too-long`, `storage.unstorable-text`, `storage.invalid-at`, `storage.not-json`,
 * `storage.decimal-not-canonical`, `input.required` for an empty text; zod's own problems map to
 * the shared `input.*` codes.
 */
import * as z from 'zod';
import { isIsoDate, parseDateRange, parseIsoDate } from '../date';
import { isDecimalString, parseDecimal } from '../decimal';
import { addIssues, type Issue, isRecord, issue, MAX_INPUT_DEPTH, type PathSegment } from '../explain';
import { commonMessages } from '../explain/messages/common';
import { storageMessages } from '../explain/messages/storage';
import { storageSqlMessages } from '../explain/messages/storage-sql';
import { evaluationSchema, skpPlanSchema, workflowIdSchema } from '../workflow/schemas';
import { findNotJson, type NotJsonError } from './canonical';
import { codePointLength, isStorableText, LONE_SURROGATE, MAX_ID_LENGTH } from './text';

/** A refinement written as a library check: `check` returns the issues of `value` (paths relative). */
function refined<S extends z.ZodType>(schema: S, check: (value: z.output<S>) => readonly Issue[]): S {
  return schema.superRefine((value, ctx) => {
    const found = check(value);
    if (found.length > 0) addIssues(ctx as z.core.$RefinementCtx<unknown>, value, found);
  }) as unknown as S;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether `value` is a valid store id (see {@link storeIdSchema}). */
export function isStoreId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value !== '' &&
    !CONTROL.test(value) &&
    !LONE_SURROGATE.test(value) &&
    codePointLength(value) <= MAX_ID_LENGTH
  );
}

/**
 * The issues of an id (a string): `storage.invalid-id` or `storage.value-too-long` (whose `column`
 * is filled in from the issue's path: see `./parse.ts`).
 */
export function idIssues(value: string, column = 'id'): Issue[] {
  if (value === '' || CONTROL.test(value) || LONE_SURROGATE.test(value))
    return [issue(storageMessages, 'storage.invalid-id', [], { value: value.slice(0, 60) })];
  if (value.length > MAX_ID_LENGTH && codePointLength(value) > MAX_ID_LENGTH)
    return [
      issue(storageSqlMessages, 'storage.value-too-long', [], {
        column,
        length: codePointLength(value),
        maximum: MAX_ID_LENGTH,
      }),
    ];
  return [];
}

/**
 * An id (agency, unit, employee, record): a non-empty string without control characters or
 * unpaired surrogates, at most {@link MAX_ID_LENGTH} code points, the same for every adapter.
 */
export const storeIdSchema = refined(
  z.string().meta({
    description: `An id: 1 to ${MAX_ID_LENGTH} characters, no control characters or unpaired surrogates.`,
    minLength: 1,
  }),
  (v) => idIssues(v),
);

/** A non-empty string (an empty one is `input.required`). */
const requiredText = refined(z.string().meta({ minLength: 1 }), (v) =>
  v === '' ? [issue(commonMessages, 'input.required', [])] : [],
);

/** A period: start and end dates, the end not before the start (`date.*` codes of `parseDateRange`). */
export const storePeriodSchema = refined(
  z.strictObject({
    start: refined(z.string().meta({ format: 'date' }), (v) => {
      const r = parseIsoDate(v);
      return r.ok ? [] : r.issues;
    }),
    end: refined(z.string().meta({ format: 'date' }), (v) => {
      const r = parseIsoDate(v);
      return r.ok ? [] : r.issues;
    }),
  }),
  (v) => {
    const r = parseDateRange(v);
    return r.ok || r.issues.some((i) => i.code !== 'date.range-reversed') ? [] : r.issues;
  },
).meta({ description: 'A period: start and end dates (YYYY-MM-DD), inclusive.' });

/** Any plain JSON data, checked deeply (`storage.not-json` where it is not; `input.required` if absent). */
export const storeJsonSchema = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v === undefined) {
      addIssues(ctx, v, [issue(commonMessages, 'input.required', [])]);
      return;
    }
    const notJson = findNotJson(v);
    if (notJson !== null) addIssues(ctx, v, [notJsonIssue(notJson)]);
  })
  .meta({ description: 'Plain JSON data.' });

/** The issue of a value that stops being JSON (`storage.not-json`) or nests too deep (`input.too-deep`). */
export function notJsonIssue(e: NotJsonError, base: readonly PathSegment[] = []): Issue {
  const path = [...base, ...e.path];
  return e.maxDepth !== null
    ? issue(commonMessages, 'input.too-deep', path, { maximum: MAX_INPUT_DEPTH })
    : issue(storageMessages, 'storage.not-json', path, { received: e.received });
}

/** JSON data already read back with `JSON.parse`: nothing to check. */
const anyJson = z.unknown().meta({ description: 'Plain JSON data.' });

/** A canonical decimal string (what `parseDecimal` returns): `storage.decimal-not-canonical` otherwise. */
export const canonicalDecimalSchema = refined(
  z.string().meta({ pattern: '^-?\\d+(\\.\\d+)?$', description: 'An exact decimal in canonical form.' }),
  (v) => {
    if (isDecimalString(v)) return [];
    const r = parseDecimal(v);
    if (!r.ok) return r.issues;
    return [
      issue(storageMessages, 'storage.decimal-not-canonical', [], {
        value: v.slice(0, 80),
        canonical: r.value,
      }),
    ];
  },
);

/** An exact decimal as a string, in any form `parseDecimal` accepts (stored canonical). */
const decimalText = refined(
  z.string().meta({ description: 'An exact decimal written as a string, e.g. "12.5".' }),
  (v) => {
    const r = parseDecimal(v);
    return r.ok ? [] : r.issues;
  },
);

const count = (min: number, max: number = Number.MAX_SAFE_INTEGER) => z.int().min(min).max(max);

/** A whole number ≥ 1 (a ruleset version, a revision). */
export const storeCountSchema = count(1);

// ---------------------------------------------------------------------------------------------
// Kinds, actions, change contexts, options.

/**
 * The kinds of record a store keeps: the one list (types, the audit log's checks and the
 * conformance suite read it from here).
 *
 * @category Storage
 * @example
 * ```ts
 * storeEntityKindSchema.options; // ['ruleset', 'skp', 'evaluation', 'result', 'unit-predikat', 'ledger-entry']
 * ```
 */
export const storeEntityKindSchema = z.enum([
  'ruleset',
  'skp',
  'evaluation',
  'result',
  'unit-predikat',
  'ledger-entry',
]);

/**
 * Every kind of record a store keeps, in the order of {@link storeEntityKindSchema} (frozen).
 *
 * @category Storage
 * @example
 * ```ts
 * STORE_ENTITY_KINDS.includes('ledger-entry'); // true
 * ```
 */
export const STORE_ENTITY_KINDS: readonly z.output<typeof storeEntityKindSchema>[] = Object.freeze([
  ...storeEntityKindSchema.options,
]);

/**
 * What an audit event records: `create`, `update`, `append`, `put` or `correction`.
 *
 * @category Storage
 * @example
 * ```ts
 * storeAuditActionSchema.options.includes('put'); // true
 * ```
 */
export const storeAuditActionSchema = z.enum(['create', 'update', 'append', 'put', 'correction']);

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Whether `value` is a calendar date or an ISO 8601 timestamp with a zone. */
export function isChangeTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (isIsoDate(value)) return true;
  const m = TIMESTAMP.exec(value);
  if (m === null || !isIsoDate(m[1])) return false;
  const [h, min, s, oh, om] = [m[2], m[3], m[4] ?? '00', m[6] ?? '00', m[7] ?? '00'].map((x) =>
    Number.parseInt(x ?? '0', 10),
  ) as [number, number, number, number, number];
  return h < 24 && min < 60 && s < 60 && oh < 24 && om < 60;
}

/** `at`: a calendar date or an ISO 8601 timestamp with a zone (`storage.invalid-at` otherwise). */
const changeTime = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v === undefined) addIssues(ctx, v, [issue(commonMessages, 'input.required', [])]);
    else if (!isChangeTime(v))
      addIssues(ctx, v, [
        issue(storageMessages, 'storage.invalid-at', [], { value: String(v).slice(0, 60) }),
      ]);
  })
  .meta({
    type: 'string',
    description: 'A calendar date (2025-01-31) or an ISO 8601 timestamp with a zone (2025-01-31T08:00:00Z).',
  });

/** Free text stored in a column: no NUL, no unpaired surrogate (`storage.unstorable-text`). */
const storableText = refined(z.string(), (v) =>
  isStorableText(v) ? [] : [issue(storageSqlMessages, 'storage.unstorable-text', [], { column: 'reason' })],
);

const changeFields = {
  actor: storeIdSchema,
  at: changeTime,
  reason: storableText.nullable().optional(),
};

/**
 * Who made a change and when ({@link ChangeContext}); other keys are ignored.
 *
 * @category Storage
 * @example
 * ```ts
 * storeChangeSchema.safeParse({ actor: 'hr-01', at: '2025-01-31' }).success; // true
 * ```
 */
export const storeChangeSchema = z.object(changeFields).meta({ title: 'kinerja store change' });

/** `expectedRevision`: null or a whole number ≥ 0. */
const expectedRevision = count(0).nullable();

/**
 * The options of a save with a revision check ({@link SaveOptions}): a change and `expectedRevision`.
 *
 * @category Storage
 * @example
 * ```ts
 * storeSaveOptionsSchema.safeParse({ actor: 'hr-01', at: '2025-01-31', expectedRevision: null }).success; // true
 * ```
 */
export const storeSaveOptionsSchema = z
  .object({ ...changeFields, expectedRevision })
  .meta({ title: 'kinerja store save options' });

/**
 * The options of an upsert ({@link UpsertOptions}): a change and, optionally, `expectedRevision`.
 *
 * @category Storage
 * @example
 * ```ts
 * storeUpsertOptionsSchema.safeParse({ actor: 'hr-01', at: '2025-01-31' }).success; // true
 * ```
 */
export const storeUpsertOptionsSchema = z
  .object({ ...changeFields, expectedRevision: expectedRevision.optional() })
  .meta({ title: 'kinerja store upsert options' });

/** The largest page a listing returns. */
export const MAX_LIMIT = 1000;

/** A page size: 1 to `MAX_LIMIT` (1,000) (`storage.invalid-limit` otherwise). */
const limit = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > MAX_LIMIT)
      addIssues(ctx, v, [
        issue(storageMessages, 'storage.invalid-limit', [], {
          maximum: MAX_LIMIT,
          value: typeof v === 'number' ? v : String(v),
        }),
      ]);
  })
  .optional()
  .meta({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, description: 'Page size; 100 when left out.' });

/**
 * A listing query ({@link ListQuery}); the cursor is checked when it is decoded.
 *
 * @category Storage
 * @example
 * ```ts
 * storeListQuerySchema.safeParse({ agencyId: 'serang', limit: 500 }).success; // true
 * ```
 */
export const storeListQuerySchema = z
  .object({
    agencyId: storeIdSchema,
    unitId: storeIdSchema.optional(),
    employeeId: storeIdSchema.optional(),
    period: storePeriodSchema.optional(),
    limit,
    cursor: z
      .unknown()
      .optional()
      .meta({ type: 'string', description: 'The nextCursor of the previous page.' }),
  })
  .meta({ title: 'kinerja store list query' });

/**
 * The options of `listAudit`: `limit` and `cursor`.
 *
 * @category Storage
 * @example
 * ```ts
 * storeAuditListOptionsSchema.safeParse({ limit: 10 }).success; // true
 * ```
 */
export const storeAuditListOptionsSchema = z
  .object({
    limit,
    cursor: z
      .unknown()
      .optional()
      .meta({ type: 'string', description: 'The nextCursor of the previous page.' }),
  })
  .meta({ title: 'kinerja store audit listing options' });

// ---------------------------------------------------------------------------------------------
// The workflow documents a store keeps (evaluations and SKP plans).
//
// One shape: the workflow's `evaluationSchema` and `skpPlanSchema` (src/workflow/schemas.ts), with
// the store's own rule on top, as a refinement: every id in them (wherever the workflow's schema
// has a `workflowIdSchema`) must be one a store keeps (`storage.invalid-id`,
// `storage.value-too-long`). Ratings, results and SKP content are the workflow's plain JSON (the
// store reports what is not as `storage.not-json`: see `./parse.ts`); free text inside a document
// needs no store rule, since documents are stored as JSON text, which escapes NUL and unpaired
// surrogates. The history end check is done after parsing, in ./records/revisioned.ts.

/** The kinds of zod node the id walk goes through (the others hold no id). */
type Walked = { readonly def: { readonly type: string } } & Partial<{
  readonly shape: Readonly<Record<string, z.ZodType>>;
  readonly element: z.ZodType;
  unwrap(): z.ZodType;
}>;

/**
 * The store's id issues of `value` read by `schema` (a workflow schema): each string where the
 * schema has a `workflowIdSchema` is checked with {@link idIssues}. Walks only what is there
 * (anything of the wrong shape is the workflow schema's issue); a blank id is the workflow's
 * `input.required` already, so it is left out here.
 */
function storeIdIssues(schema: z.ZodType, value: unknown, path: PathSegment[], out: Issue[]): void {
  if (schema === workflowIdSchema) {
    if (typeof value === 'string' && value.trim() !== '')
      for (const i of idIssues(value, String(path[path.length - 1] ?? 'id')))
        out.push({ ...i, path: [...path, ...i.path] });
    return;
  }
  const node = schema as unknown as Walked;
  switch (node.def.type) {
    case 'nullable':
    case 'optional':
      if (value !== null && value !== undefined && node.unwrap)
        storeIdIssues(node.unwrap(), value, path, out);
      return;
    case 'object':
      if (!isRecord(value) || !node.shape) return;
      for (const [key, field] of Object.entries(node.shape))
        if (Object.hasOwn(value, key)) storeIdIssues(field, value[key], [...path, key], out);
      return;
    case 'array':
      if (!Array.isArray(value) || !node.element) return;
      for (let i = 0; i < value.length; i++) storeIdIssues(node.element, value[i], [...path, i], out);
      return;
    default:
      return;
  }
}

/**
 * A workflow document schema with the store's id rule on top. The refinement runs even when the
 * workflow's schema found other problems (`when`), so one save reports every issue.
 */
function storedDocument<S extends z.ZodType>(schema: S): S {
  return schema.superRefine(
    (value, ctx) => {
      const found: Issue[] = [];
      storeIdIssues(schema, value, [], found);
      if (found.length > 0) addIssues(ctx as z.core.$RefinementCtx<unknown>, value, found);
    },
    { when: () => true },
  ) as unknown as S;
}

/**
 * An evaluation as a store keeps it (what `openEvaluation` and `transition` produce), given to
 * `saveEvaluation`: the workflow's `evaluationSchema`, every id one a store keeps.
 *
 * @category Storage
 * @example
 * ```ts
 * storeEvaluationSchema.safeParse(evaluation).success; // true
 * ```
 */
export const storeEvaluationSchema = storedDocument(evaluationSchema).meta({
  title: 'kinerja stored evaluation',
});

/**
 * An SKP plan as a store keeps it (what `createSkpPlan` and `transitionSkpPlan` produce), given to
 * `saveSkp`: the workflow's `skpPlanSchema`, every id one a store keeps.
 *
 * @category Storage
 * @example
 * ```ts
 * storeSkpPlanSchema.safeParse(plan).success; // true
 * ```
 */
export const storeSkpPlanSchema = storedDocument(skpPlanSchema).meta({
  title: 'kinerja stored SKP plan',
});

// ---------------------------------------------------------------------------------------------
// Results, unit predikat, ledger entries, rulesets, corrections.

/** The three fields of a scoring result a store reads; the rest is opaque (checked to be JSON). */
const resultStamp = z.looseObject({
  ruleset: z.looseObject({ id: storeIdSchema, version: count(1) }),
  predikat: requiredText,
  score: canonicalDecimalSchema.nullable(),
});

const resultFields = {
  agencyId: storeIdSchema,
  id: storeIdSchema,
  evaluationId: storeIdSchema.nullable(),
  unitId: storeIdSchema,
  employeeId: storeIdSchema,
  period: storePeriodSchema,
  result: resultStamp,
};

/**
 * A scored result to store ({@link ResultRecord}): the keys it is filed under and the result, of
 * which the store reads `ruleset`, `predikat` and `score` (the rest must be plain JSON).
 *
 * @category Storage
 * @example
 * ```ts
 * storeResultRecordSchema.safeParse(record).success; // true
 * ```
 */
export const storeResultRecordSchema = z
  .strictObject(resultFields)
  .meta({ title: 'kinerja store result record' });

/**
 * A result as read back ({@link StoredResult}): the record and its revision.
 *
 * @category Storage
 * @example
 * ```ts
 * storeStoredResultSchema.safeParse(await store.getResult('palu', 'E1/2025')).success; // true
 * ```
 */
export const storeStoredResultSchema = z
  .strictObject({ ...resultFields, revision: count(1) })
  .meta({ title: 'kinerja stored result' });

const unitPredikatFields = {
  agencyId: storeIdSchema,
  unitId: storeIdSchema,
  period: storePeriodSchema,
  predikat: requiredText,
  note: z.string().nullable(),
};

/**
 * The predikat of a unit for a period ({@link UnitPredikatRecord}).
 *
 * @category Storage
 * @example
 * ```ts
 * storeUnitPredikatSchema.safeParse({ agencyId: 'serang', unitId: 'bappeda', period: { start: '2025-01-01', end: '2025-12-31' }, predikat: 'baik', note: null }).success; // true
 * ```
 */
export const storeUnitPredikatSchema = z
  .strictObject(unitPredikatFields)
  .meta({ title: 'kinerja store unit predikat' });

/**
 * A unit predikat as read back ({@link StoredUnitPredikat}), with its revision.
 *
 * @category Storage
 * @example
 * ```ts
 * storeStoredUnitPredikatSchema.safeParse(await store.getUnitPredikat('serang', 'bappeda', period)).success; // true
 * ```
 */
export const storeStoredUnitPredikatSchema = z
  .strictObject({ ...unitPredikatFields, revision: count(1) })
  .meta({ title: 'kinerja stored unit predikat' });

function ledgerFields(angkaKredit: z.ZodType<string>) {
  return {
    agencyId: storeIdSchema,
    employeeId: storeIdSchema,
    year: count(1000, 9999),
    jenjang: requiredText,
    predikat: requiredText,
    months: count(0, 12),
    angkaKredit,
    evaluationId: storeIdSchema.nullable(),
    note: z.string().nullable(),
  };
}

/**
 * One entry to append to an angka kredit ledger ({@link LedgerEntryRecord}); `angkaKredit` is an
 * exact decimal string in any form `parseDecimal` accepts.
 *
 * @category Storage
 * @example
 * ```ts
 * storeLedgerEntrySchema.safeParse({ agencyId: 'palu', employeeId: 'P-014', year: 2025, jenjang: 'ahli-muda', predikat: 'baik', months: 12, angkaKredit: '25', evaluationId: null, note: null }).success; // true
 * ```
 */
export const storeLedgerEntrySchema = z
  .strictObject(ledgerFields(decimalText))
  .meta({ title: 'kinerja store ledger entry' });

/**
 * A ledger entry as read back ({@link StoredLedgerEntry}): canonical `angkaKredit` and its `seq`.
 *
 * @category Storage
 * @example
 * ```ts
 * storeStoredLedgerEntrySchema.safeParse((await store.listLedger('palu', 'P-014'))[0]).success; // true
 * ```
 */
export const storeStoredLedgerEntrySchema = z
  .strictObject({ ...ledgerFields(canonicalDecimalSchema), seq: count(1) })
  .meta({ title: 'kinerja stored ledger entry' });

/**
 * A ruleset as stored ({@link StoredRuleset}): the document (which must parse with `parseRuleset`)
 * under its agency, id and version.
 *
 * @category Storage
 * @example
 * ```ts
 * storeRulesetSchema.safeParse(await store.getRuleset('palu', 'palu-2025')).success; // true
 * ```
 */
export const storeRulesetSchema = z
  .strictObject({ agencyId: storeIdSchema, id: storeIdSchema, version: count(1), document: storeJsonSchema })
  .meta({ title: 'kinerja stored ruleset' });

/**
 * A correction to append ({@link CorrectionInput}): the record it is about, what was wrong and
 * what is right (plain JSON), and why.
 *
 * @category Storage
 * @example
 * ```ts
 * storeCorrectionSchema.safeParse({ agencyId: 'serang', entity: { kind: 'evaluation', id: 'EV-9' }, data: { field: 'notes' }, reason: 'typo' }).success; // true
 * ```
 */
export const storeCorrectionSchema = z
  .strictObject({
    agencyId: storeIdSchema,
    entity: z.strictObject({ kind: storeEntityKindSchema, id: storeIdSchema }),
    data: storeJsonSchema,
    reason: requiredText,
  })
  .meta({ title: 'kinerja store correction' });

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One event of an agency's audit log ({@link AuditEvent}).
 *
 * @category Storage
 * @example
 * ```ts
 * storeAuditEventSchema.safeParse((await store.listAudit('serang')).items[0]).success; // true
 * ```
 */
export const storeAuditEventSchema = z
  .strictObject({
    agencyId: z.string(),
    seq: count(1),
    at: z.string(),
    actor: z.string(),
    action: storeAuditActionSchema,
    entity: z.strictObject({ kind: storeEntityKindSchema, id: z.string() }),
    revision: z.int().nullable(),
    before: anyJson,
    after: anyJson,
    afterHash: hex64.nullable(),
    reason: z.string().nullable(),
    prevHash: hex64,
    hash: hex64,
    scheme: z.enum(['codepoint-sha256', 'rfc8785-sha256']),
  })
  .meta({ title: 'kinerja store audit event' });

// ---------------------------------------------------------------------------------------------
// Docs read back: the same shapes (the opaque parts of results and rulesets not walked again:
// they were parsed from JSON).

/** The schema of each kind's stored document, as read back from a backend. */
export const STORED_DOC_SCHEMAS = {
  ruleset: z.strictObject({
    agencyId: storeIdSchema,
    id: storeIdSchema,
    version: count(1),
    document: anyJson,
  }),
  skp: storeSkpPlanSchema,
  evaluation: storeEvaluationSchema,
  result: storeStoredResultSchema,
  'unit-predikat': storeStoredUnitPredikatSchema,
  'ledger-entry': storeStoredLedgerEntrySchema,
} as const satisfies Record<z.output<typeof storeEntityKindSchema>, z.ZodType>;

/**
 * The store's JSON-Schema-able formats by name, for the `kinerja schema` registry (`store-*`).
 * Internal (not exported from `kinerja/storage`): the registry imports it from here.
 *
 * @category Storage
 * @example
 * ```ts
 * Object.keys(STORE_SCHEMAS); // ['store-evaluation', 'store-skp-plan', 'store-result', …]
 * ```
 */
export const STORE_SCHEMAS = Object.freeze({
  'store-evaluation': storeEvaluationSchema,
  'store-skp-plan': storeSkpPlanSchema,
  'store-result': storeResultRecordSchema,
  'store-stored-result': storeStoredResultSchema,
  'store-unit-predikat': storeUnitPredikatSchema,
  'store-stored-unit-predikat': storeStoredUnitPredikatSchema,
  'store-ledger-entry': storeLedgerEntrySchema,
  'store-stored-ledger-entry': storeStoredLedgerEntrySchema,
  'store-ruleset': storeRulesetSchema,
  'store-correction': storeCorrectionSchema,
  'store-audit-event': storeAuditEventSchema,
  'store-change': storeChangeSchema,
  'store-save-options': storeSaveOptionsSchema,
  'store-upsert-options': storeUpsertOptionsSchema,
  'store-list-query': storeListQuerySchema,
  'store-audit-list-options': storeAuditListOptionsSchema,
});
