/**
 * The workflow's data formats as zod schemas, the single source of their validation, their types
 * (see `types.ts`) and their JSON Schemas: the evaluation (workflow record), the SKP plan, the
 * inputs that create them, the actions that move them, the actor, and the options.
 *
 * Where a field keeps an issue code that the hand validators gave before (`workflow.reason-required`,
 * `workflow.not-json`, `date.*` for `asOf`, `input.required` for a missing choice), the field is a
 * small reader inside the schema ({@link field}); its JSON Schema is given by its metadata.
 */
import * as z from 'zod';
import { parseIsoDate } from '../date/index';
import { addIssues, type Issue, issue } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { dateMessages } from '../explain/messages/date';
import { workflowMessages } from '../explain/messages/workflow';
import { isoDateSchema } from '../ruleset/primitives';
import { readEnum, readJson, readReason } from './internal/payload';
import type { JsonValue } from './types';

/**
 * A field read by a small reader that reports library issues (paths relative to the field). Its
 * JSON Schema is `meta` (the reader decides what passes; the metadata describes it).
 */
function field<T>(
  meta: Record<string, unknown>,
  read: (value: unknown, issues: Issue[]) => T | undefined,
): z.ZodPipe<z.ZodUnknown, z.ZodTransform<T, unknown>> {
  return z
    .unknown()
    .meta(meta)
    .transform((value, ctx): T => {
      const issues: Issue[] = [];
      const out = read(value, issues);
      if (issues.length > 0 || out === undefined) {
        addIssues(ctx, value, issues.length > 0 ? issues : [issue(commonMessages, 'input.required', [])]);
        return z.NEVER;
      }
      return out;
    });
}

// ---------------------------------------------------------------------------------------------
// Leaves.

/** A person's, agency's, unit's or record's id: a non-blank string (`input.required` when blank). */
export const workflowIdSchema = z
  .string()
  .meta({
    minLength: 1,
    pattern: '\\S',
    description: 'A non-blank id (a NIP, an agency or unit code, a record id).',
  })
  .superRefine((value, ctx) => {
    if (value.trim() === '') addIssues(ctx, value, [issue(commonMessages, 'input.required', [])]);
  });

/**
 * Non-blank free text that is not an id (a conflict's relation: `keluarga`, `suami-istri`):
 * `input.required` when blank. A schema of its own so that readers which add rules to ids (a
 * store's id rule) leave it alone.
 */
const requiredTextSchema = z
  .string()
  .meta({ minLength: 1, pattern: '\\S', description: 'Non-blank text.' })
  .superRefine((value, ctx) => {
    if (value.trim() === '') addIssues(ctx, value, [issue(commonMessages, 'input.required', [])]);
  });

/** Free text, `null` when absent. */
const notesSchema = z.string().nullable();

/** A required non-blank reason: `workflow.reason-required` when missing, null or blank. */
const reasonSchema = field<string>(
  { type: 'string', minLength: 1, pattern: '\\S', description: 'A non-blank reason.' },
  (value, issues) => readReason(value, [], issues),
);

/**
 * Any plain JSON value (ratings, results, SKP content), copied on the way in; `workflow.not-json`
 * for what is not plain JSON (undefined, NaN, Infinity, functions, class instances).
 */
export const jsonValueSchema = field<JsonValue>(
  { description: 'Any JSON value; opaque to the workflow.' },
  (value, issues) => readJson(value, [], issues),
);

/** A required choice from a closed list: `input.required` when missing, `input.invalid-value` otherwise. */
function choice<const T extends string>(values: readonly T[]) {
  return field<T>({ type: 'string', enum: [...values] }, (value, issues) =>
    readEnum(value, values, [], issues),
  );
}

/** The day an action happens (`options.asOf`): `date.*` issues as `parseIsoDate` gives them. */
const asOfSchema = field<ReturnType<typeof isoDateSchema.parse>>(
  { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The day, YYYY-MM-DD.' },
  (value, issues) => {
    const r = parseIsoDate(value);
    if (r.ok) return r.value;
    issues.push(...r.issues);
    return undefined;
  },
);

/** A period: `{ start, end }`, calendar dates, ends inclusive, `end` not before `start`. */
export const periodSchema = z
  .strictObject({ start: isoDateSchema, end: isoDateSchema })
  .superRefine((p, ctx) => {
    if (typeof p.start === 'string' && typeof p.end === 'string' && p.end < p.start)
      addIssues(ctx, p, [issue(dateMessages, 'date.range-reversed', [], { start: p.start, end: p.end })]);
  });

// ---------------------------------------------------------------------------------------------
// Enumerations.

/**
 * The states of an evaluation's lifecycle, in order.
 *
 * @category Workflow
 * @example
 * ```ts
 * evaluationStateSchema.options; // ['open', 'self-assessed', …, 'decided']
 * ```
 */
export const evaluationStateSchema = z.enum([
  'open',
  'self-assessed',
  'assessed',
  'in-dialogue',
  'agreed',
  'disputed',
  'finalised',
  'released',
  'appealed',
  'decided',
]);

/**
 * The action types of an evaluation, in lifecycle order.
 *
 * @category Workflow
 * @example
 * ```ts
 * evaluationActionTypeSchema.options.includes('mediate'); // true
 * ```
 */
export const evaluationActionTypeSchema = z.enum([
  'self-assess',
  'assess',
  'start-dialogue',
  'record-dialogue',
  'finalise',
  'mediate',
  'release',
  'appeal',
  'decide-appeal',
  'declare-conflict',
  'reassign',
]);

/**
 * The roles a person can hold on an evaluation or plan.
 *
 * @category Workflow
 * @example
 * ```ts
 * workflowRoleSchema.parse('pejabat-penilai');
 * ```
 */
export const workflowRoleSchema = z.enum([
  'pegawai',
  'pejabat-penilai',
  'atasan-pejabat-penilai',
  'pengelola-kinerja',
]);

/**
 * The decision on an appeal.
 *
 * @category Workflow
 * @example
 * ```ts
 * appealDecisionSchema.options; // ['rejected', 'granted', 'partly-granted']
 * ```
 */
export const appealDecisionSchema = z.enum(['rejected', 'granted', 'partly-granted']);

/**
 * The states of an SKP plan.
 *
 * @category Workflow
 * @example
 * ```ts
 * skpPlanStateSchema.options; // ['draft', 'submitted', 'approved']
 * ```
 */
export const skpPlanStateSchema = z.enum(['draft', 'submitted', 'approved']);

/**
 * The action types of an SKP plan.
 *
 * @category Workflow
 * @example
 * ```ts
 * skpPlanActionTypeSchema.options; // ['submit', 'approve', 'return']
 * ```
 */
export const skpPlanActionTypeSchema = z.enum(['submit', 'approve', 'return']);

// ---------------------------------------------------------------------------------------------
// The actor.

/**
 * Who is acting: an id, optionally the agency-wide roles (`pengelola-kinerja` makes the actor HR)
 * and the agency the HR role is limited to. Other keys of the caller's user object are ignored.
 *
 * @category Workflow
 * @example
 * ```ts
 * actorSchema.safeParse({ id: 'H1', roles: ['pengelola-kinerja'], agencyId: 'kota-palu' }).success; // true
 * ```
 */
export const actorSchema = z.object({
  id: workflowIdSchema,
  roles: z.array(z.string()).optional(),
  agencyId: z.string().optional(),
});

// ---------------------------------------------------------------------------------------------
// The evaluation (the workflow record).

const assessmentFields = {
  by: workflowIdSchema,
  on: isoDateSchema,
  ratings: jsonValueSchema,
  result: jsonValueSchema,
  notes: notesSchema,
};

/** An assessment as recorded. */
export const assessmentRecordSchema = z.strictObject(assessmentFields);

/** The pejabat penilai's assessment. */
export const supervisorAssessmentSchema = z.strictObject({ ...assessmentFields, needsDialogue: z.boolean() });

/** The ratings and result of record. */
export const recordOfResultSchema = z.strictObject({
  ratings: jsonValueSchema,
  result: jsonValueSchema,
  source: z.enum(['assessment', 'dialogue', 'mediation', 'appeal']),
  by: workflowIdSchema,
  on: isoDateSchema,
});

/** The dialogue and its outcome. */
export const dialogueRecordSchema = z.strictObject({
  heldOn: isoDateSchema,
  outcome: z.enum(['agreed', 'disagreed']),
  notes: notesSchema,
  by: workflowIdSchema,
});

/** The atasan's mediation. */
export const mediationRecordSchema = z.strictObject({
  by: workflowIdSchema,
  on: isoDateSchema,
  decision: z.enum(['upheld', 'revised']),
  reason: z.string(),
});

/** An appeal and its decision. */
export const appealRecordSchema = z.strictObject({
  filedOn: isoDateSchema,
  reasons: z.array(z.string()),
  deadline: isoDateSchema,
  decision: appealDecisionSchema.nullable(),
  decisionReason: z.string().nullable(),
  decidedBy: workflowIdSchema.nullable(),
  decidedOn: isoDateSchema.nullable(),
});

/** A declared conflict of interest. */
export const conflictOfInterestSchema = z.strictObject({
  assessorId: workflowIdSchema,
  relation: requiredTextSchema,
  declaredOn: isoDateSchema,
  declaredBy: workflowIdSchema,
  notes: notesSchema,
});

const revisionNumberSchema = z.int().min(1);

/** One entry of an evaluation's history. */
export const historyEntrySchema = z.strictObject({
  action: z.enum([...evaluationActionTypeSchema.options, 'open']),
  actor: workflowIdSchema,
  role: workflowRoleSchema,
  asOf: isoDateSchema,
  reason: z.string().nullable(),
  from: evaluationStateSchema.nullable(),
  to: evaluationStateSchema,
  revision: revisionNumberSchema,
});

/**
 * An evaluation (the workflow record): its parties, its state and revision, what each party
 * recorded, its conflicts and its history. Every key is present; absent records are `null`.
 * The format `evaluation` of `kinerja schema`.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r = evaluationSchema.safeParse(JSON.parse(text));
 * r.success && r.data.state; // 'released'
 * ```
 */
export const evaluationSchema = z.strictObject({
  id: workflowIdSchema,
  agencyId: workflowIdSchema,
  unitId: workflowIdSchema,
  employeeId: workflowIdSchema,
  supervisorId: workflowIdSchema,
  atasanId: workflowIdSchema,
  period: periodSchema,
  state: evaluationStateSchema,
  revision: revisionNumberSchema,
  selfAssessment: assessmentRecordSchema.nullable(),
  supervisorAssessment: supervisorAssessmentSchema.nullable(),
  ofRecord: recordOfResultSchema.nullable(),
  dialogue: dialogueRecordSchema.nullable(),
  mediation: mediationRecordSchema.nullable(),
  releasedOn: isoDateSchema.nullable(),
  appeal: appealRecordSchema.nullable(),
  conflicts: z.array(conflictOfInterestSchema),
  history: z.array(historyEntrySchema),
});

/**
 * What `authorize` reads of an evaluation: its parties, its state and its conflicts. An
 * evaluation fits (its other keys are ignored), and so does the input of `openEvaluation`.
 *
 * @category Workflow
 * @example
 * ```ts
 * authorizationSubjectSchema.safeParse({ agencyId: 'kota-palu', employeeId: 'E1', supervisorId: 'S1', atasanId: 'A1' }).success; // true
 * ```
 */
export const authorizationSubjectSchema = z.object({
  // Any string: authorisation only compares ids (a blank one matches no usable actor).
  agencyId: z.string(),
  employeeId: z.string(),
  supervisorId: z.string(),
  atasanId: z.string(),
  state: evaluationStateSchema.optional(),
  conflicts: z.array(conflictOfInterestSchema).optional(),
});

// ---------------------------------------------------------------------------------------------
// Opening an evaluation.

/** A conflict of interest known at opening. */
export const declaredConflictSchema = z.strictObject({
  assessorId: workflowIdSchema,
  relation: requiredTextSchema,
  notes: z.string().nullish(),
});

/**
 * The input of `openEvaluation`: the ids of the evaluation and its parties, the period, and the
 * conflicts of interest already known. The format `evaluation-open-input`.
 *
 * @category Workflow
 * @example
 * ```ts
 * openEvaluationInputSchema.safeParse({
 *   id: 'ev-1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1', atasanId: 'A1',
 *   period: { start: '2026-01-01', end: '2026-12-31' },
 * }).success; // true
 * ```
 */
export const openEvaluationInputSchema = z.strictObject({
  id: workflowIdSchema,
  agencyId: workflowIdSchema,
  unitId: workflowIdSchema,
  employeeId: workflowIdSchema,
  supervisorId: workflowIdSchema,
  atasanId: workflowIdSchema,
  period: periodSchema,
  conflicts: z.array(declaredConflictSchema).optional(),
});

// ---------------------------------------------------------------------------------------------
// The actions on an evaluation.

/** Revised ratings and result (after a dialogue, a mediation, a granted appeal). */
export const revisionSchema = z.strictObject({
  ratings: jsonValueSchema,
  result: jsonValueSchema.optional(),
});

/** One reason or several: a non-blank string, or a non-empty array of them. */
const appealReasonsSchema = field<string[]>(
  {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
  },
  (raw, issues) => {
    if (typeof raw === 'string' || raw === undefined || raw === null) {
      const one = readReason(raw, [], issues);
      return one === undefined ? undefined : [one];
    }
    if (!Array.isArray(raw)) {
      issues.push(
        issue(commonMessages, 'input.invalid-type', [], {
          expected: 'string or array',
          received: typeof raw,
        }),
      );
      return undefined;
    }
    if (raw.length === 0) {
      issues.push(issue(workflowMessages, 'workflow.reason-required', []));
      return undefined;
    }
    const out: string[] = [];
    // A for loop, not map: a hole in a sparse array is a missing reason, not skipped.
    for (let i = 0; i < raw.length; i += 1) {
      const r = readReason(raw[i], [i], issues);
      if (r !== undefined) out.push(r);
    }
    return out.length === raw.length ? out : undefined;
  },
);

/**
 * Each action's payload schema, by type (what `transition` checks in its third gate).
 *
 * @category Workflow
 * @example
 * ```ts
 * EVALUATION_ACTION_SCHEMAS.appeal.safeParse({ type: 'appeal', reasons: ['IKI 2 tidak dihitung'] }).success; // true
 * ```
 */
export const EVALUATION_ACTION_SCHEMAS = {
  'self-assess': z.strictObject({
    type: z.literal('self-assess'),
    ratings: jsonValueSchema,
    result: jsonValueSchema.optional(),
    notes: z.string().nullish(),
  }),
  assess: z.strictObject({
    type: z.literal('assess'),
    ratings: jsonValueSchema,
    result: jsonValueSchema.optional(),
    needsDialogue: z.boolean(),
    notes: z.string().nullish(),
  }),
  'start-dialogue': z.strictObject({ type: z.literal('start-dialogue') }),
  'record-dialogue': z.strictObject({
    type: z.literal('record-dialogue'),
    outcome: choice(['agreed', 'disagreed'] as const),
    heldOn: isoDateSchema.optional(),
    notes: z.string().nullish(),
    revised: revisionSchema.optional(),
  }),
  finalise: z.strictObject({ type: z.literal('finalise') }),
  mediate: z.strictObject({
    type: z.literal('mediate'),
    decision: choice(['upheld', 'revised'] as const),
    reason: reasonSchema,
    revised: revisionSchema.optional(),
  }),
  release: z.strictObject({ type: z.literal('release') }),
  appeal: z.strictObject({ type: z.literal('appeal'), reasons: appealReasonsSchema }),
  'decide-appeal': z.strictObject({
    type: z.literal('decide-appeal'),
    decision: choice(appealDecisionSchema.options),
    reason: reasonSchema,
    revised: revisionSchema.optional(),
  }),
  'declare-conflict': z.strictObject({
    type: z.literal('declare-conflict'),
    assessorId: workflowIdSchema,
    relation: requiredTextSchema,
    notes: z.string().nullish(),
  }),
  reassign: z.strictObject({
    type: z.literal('reassign'),
    supervisorId: workflowIdSchema.optional(),
    atasanId: workflowIdSchema.optional(),
    reason: reasonSchema,
  }),
} as const;

/**
 * An action on an evaluation, with its payload (see `EvaluationAction`).
 *
 * @category Workflow
 * @example
 * ```ts
 * evaluationActionSchema.safeParse({ type: 'decide-appeal', decision: 'rejected', reason: 'Bukti tidak mendukung' }).success; // true
 * ```
 */
export const evaluationActionSchema = z.discriminatedUnion('type', [
  EVALUATION_ACTION_SCHEMAS['self-assess'],
  EVALUATION_ACTION_SCHEMAS.assess,
  EVALUATION_ACTION_SCHEMAS['start-dialogue'],
  EVALUATION_ACTION_SCHEMAS['record-dialogue'],
  EVALUATION_ACTION_SCHEMAS.finalise,
  EVALUATION_ACTION_SCHEMAS.mediate,
  EVALUATION_ACTION_SCHEMAS.release,
  EVALUATION_ACTION_SCHEMAS.appeal,
  EVALUATION_ACTION_SCHEMAS['decide-appeal'],
  EVALUATION_ACTION_SCHEMAS['declare-conflict'],
  EVALUATION_ACTION_SCHEMAS.reassign,
]);

// ---------------------------------------------------------------------------------------------
// The ruleset parts the workflow reads, and the options.

const weekendSchema = z.array(z.int().min(0).max(6));

/**
 * The parts of a ruleset the workflow reads (`workflow`, `calendar.appeal`, `holidays`, `weekend`);
 * a validated ruleset fits, its other keys are ignored.
 *
 * @category Workflow
 * @example
 * ```ts
 * workflowRulesSchema.safeParse({ workflow: { mediation: 'optional' } }).success; // true
 * ```
 */
export const workflowRulesSchema = z.object({
  workflow: z
    .object({
      selfAssessment: z.enum(['required', 'optional']).optional(),
      dialogue: z.enum(['always', 'on-gap', 'optional']).optional(),
      mediation: z.enum(['required', 'optional']).optional(),
    })
    .optional(),
  calendar: z
    .object({
      appeal: z
        .object({ days: z.int().min(0).max(366), kind: z.enum(['calendar', 'working']).optional() })
        .optional(),
      holidays: z.array(isoDateSchema).optional(),
      weekend: weekendSchema.optional(),
    })
    .optional(),
});

/** The options shared by the functions that compute an appeal deadline. */
const deadlineOptionFields = {
  ruleset: workflowRulesSchema.optional(),
  holidays: z.array(isoDateSchema).optional(),
  weekend: weekendSchema.optional(),
};

/**
 * The options of `transition`.
 *
 * @category Workflow
 * @example
 * ```ts
 * transitionOptionsSchema.safeParse({ asOf: '2026-02-10' }).success; // true
 * ```
 */
export const transitionOptionsSchema = z.strictObject({ asOf: asOfSchema, ...deadlineOptionFields });

/**
 * The options of `availableActions` (all optional).
 *
 * @category Workflow
 * @example
 * ```ts
 * availableActionsOptionsSchema.safeParse({}).success; // true
 * ```
 */
export const availableActionsOptionsSchema = z.strictObject({
  asOf: asOfSchema.optional(),
  ...deadlineOptionFields,
});

/**
 * The options of `evaluationAppealDeadline` (all optional).
 *
 * @category Workflow
 * @example
 * ```ts
 * evaluationAppealDeadlineOptionsSchema.safeParse({ holidays: ['2026-03-19'] }).success; // true
 * ```
 */
export const evaluationAppealDeadlineOptionsSchema = z.strictObject(deadlineOptionFields);

/**
 * The options of `openEvaluation`, `createSkpPlan` and `transitionSkpPlan`: the day.
 *
 * @category Workflow
 * @example
 * ```ts
 * openOptionsSchema.safeParse({ asOf: '2026-01-02' }).success; // true
 * ```
 */
export const openOptionsSchema = z.strictObject({ asOf: asOfSchema });

// ---------------------------------------------------------------------------------------------
// SKP plans.

/** One entry of an SKP plan's history. */
export const skpHistoryEntrySchema = z.strictObject({
  action: z.enum([...skpPlanActionTypeSchema.options, 'create']),
  actor: workflowIdSchema,
  role: workflowRoleSchema,
  asOf: isoDateSchema,
  reason: z.string().nullable(),
  from: skpPlanStateSchema.nullable(),
  to: skpPlanStateSchema,
  revision: revisionNumberSchema,
});

/**
 * An SKP plan (the workflow record of a performance plan). The format `skp-plan`.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r = skpPlanSchema.safeParse(JSON.parse(text));
 * r.success && r.data.state; // 'approved'
 * ```
 */
export const skpPlanSchema = z.strictObject({
  id: workflowIdSchema,
  agencyId: workflowIdSchema,
  unitId: workflowIdSchema,
  employeeId: workflowIdSchema,
  supervisorId: workflowIdSchema,
  period: periodSchema,
  state: skpPlanStateSchema,
  revision: revisionNumberSchema,
  content: jsonValueSchema,
  returned: z.strictObject({ reason: z.string(), by: workflowIdSchema, on: isoDateSchema }).nullable(),
  approved: z.strictObject({ by: workflowIdSchema, on: isoDateSchema }).nullable(),
  history: z.array(skpHistoryEntrySchema),
});

/**
 * The input of `createSkpPlan`. The format `skp-plan-input`.
 *
 * @category Workflow
 * @example
 * ```ts
 * createSkpPlanInputSchema.safeParse({
 *   id: 'skp-1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1',
 *   period: { start: '2026-01-01', end: '2026-12-31' }, content: { indicators: [] },
 * }).success; // true
 * ```
 */
export const createSkpPlanInputSchema = z.strictObject({
  id: workflowIdSchema,
  agencyId: workflowIdSchema,
  unitId: workflowIdSchema,
  employeeId: workflowIdSchema,
  supervisorId: workflowIdSchema,
  period: periodSchema,
  content: jsonValueSchema.optional(),
});

/**
 * What `authorizeSkpPlan` reads of a plan: its parties (a plan fits; other keys are ignored).
 *
 * @category Workflow
 * @example
 * ```ts
 * skpAuthorizationSubjectSchema.safeParse({ agencyId: 'kota-palu', employeeId: 'E1', supervisorId: 'S1' }).success; // true
 * ```
 */
export const skpAuthorizationSubjectSchema = z.object({
  agencyId: z.string(),
  employeeId: z.string(),
  supervisorId: z.string(),
});

/** Each SKP action's payload schema, by type. */
export const SKP_PLAN_ACTION_SCHEMAS = {
  submit: z.strictObject({ type: z.literal('submit'), content: jsonValueSchema.optional() }),
  approve: z.strictObject({ type: z.literal('approve') }),
  return: z.strictObject({ type: z.literal('return'), reason: reasonSchema }),
} as const;

/**
 * An action on an SKP plan.
 *
 * @category Workflow
 * @example
 * ```ts
 * skpPlanActionSchema.safeParse({ type: 'return', reason: 'Target IKI 3 belum terukur' }).success; // true
 * ```
 */
export const skpPlanActionSchema = z.discriminatedUnion('type', [
  SKP_PLAN_ACTION_SCHEMAS.submit,
  SKP_PLAN_ACTION_SCHEMAS.approve,
  SKP_PLAN_ACTION_SCHEMAS.return,
]);
