import { compareDates, type IsoDate, lateness } from '../../date/index';
import { type Issue, issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { workflowMessages } from '../../explain/messages/workflow';
import { isFinalised } from '../finalised';
import type { TransitionCondition } from '../lifecycle';
import type {
  AppealDecision,
  ConflictOfInterest,
  Evaluation,
  EvaluationActionType,
  JsonValue,
  RecordOfResult,
} from '../types';
import { deadlineOf } from './deadline';
import type { ReadRules, ResolvedSettings } from './settings';

/** What a step may change: every record of an evaluation, never its identity or history. */
export interface Patch {
  supervisorId?: string;
  atasanId?: string;
  selfAssessment?: Evaluation['selfAssessment'];
  supervisorAssessment?: Evaluation['supervisorAssessment'];
  ofRecord?: Evaluation['ofRecord'];
  dialogue?: Evaluation['dialogue'];
  mediation?: Evaluation['mediation'];
  releasedOn?: Evaluation['releasedOn'];
  appeal?: Evaluation['appeal'];
  conflicts?: Evaluation['conflicts'];
}

/** The outcome of a step's content checks. */
export interface Step {
  readonly patch: Patch;
  /** The reason recorded in the history. */
  readonly reason: string | null;
  /** Which row of the table applies when several do (the dialogue outcome, the kind of reassignment). */
  readonly select: TransitionCondition | null;
}

/**
 * What every step reads. `action` holds the payload's fields as read by the action's schema
 * (`EVALUATION_ACTION_SCHEMAS`): all of them when `complete`, otherwise those that were fine on
 * their own (the schema's issues are already in `issues`), so that the checks across fields still
 * report every problem at once.
 */
export interface StepContext {
  readonly evaluation: Evaluation;
  readonly action: Readonly<Record<string, unknown>>;
  readonly complete: boolean;
  /** The payload keys the caller gave (own keys with a defined value), read or not. */
  readonly given: readonly string[];
  readonly actorId: string;
  readonly asOf: IsoDate;
  readonly settings: ResolvedSettings;
  readonly rules: ReadRules | undefined;
  readonly holidays: readonly IsoDate[] | undefined;
  readonly weekend: readonly number[] | undefined;
  readonly issues: Issue[];
}

const A = 'action';

/** The payload's value of a JSON field (`null` when absent). */
const json = (v: unknown): JsonValue => (v === undefined ? null : (v as JsonValue));
/** The payload's value of a text field (`null` when absent). */
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** A revision as read by `revisionSchema`, as the record of result it becomes. */
const revisionOf = (v: unknown): { ratings: JsonValue; result: JsonValue } => {
  const r = v as { ratings: JsonValue; result?: JsonValue };
  return { ratings: r.ratings, result: json(r.result) };
};

function selfAssess(c: StepContext): Step | undefined {
  const { action } = c;
  if (!c.complete) return undefined;
  const ratings = json(action.ratings);
  const result = json(action.result);
  const notes = text(action.notes);
  return {
    patch: { selfAssessment: { by: c.actorId, on: c.asOf, ratings, result, notes } },
    reason: null,
    select: null,
  };
}

function assess(c: StepContext): Step | undefined {
  const { action } = c;
  if (!c.complete) return undefined;
  const ratings = json(action.ratings);
  const result = json(action.result);
  const needsDialogue = action.needsDialogue === true;
  const notes = text(action.notes);
  const ofRecord: RecordOfResult = { ratings, result, source: 'assessment', by: c.actorId, on: c.asOf };
  return {
    patch: {
      supervisorAssessment: { by: c.actorId, on: c.asOf, ratings, result, notes, needsDialogue },
      ofRecord,
    },
    reason: null,
    select: null,
  };
}

function noPayload(c: StepContext): Step | undefined {
  if (!c.complete) return undefined;
  return { patch: {}, reason: null, select: null };
}

function recordDialogue(c: StepContext): Step | undefined {
  const { action, issues } = c;
  const outcome = action.outcome as 'agreed' | 'disagreed' | undefined;
  const notes = text(action.notes);
  let heldOn: IsoDate | undefined = c.asOf;
  if (typeof action.heldOn === 'string') {
    const held = action.heldOn as IsoDate;
    if (compareDates(held, c.asOf) > 0) {
      issues.push(
        issue(workflowMessages, 'workflow.held-after-recorded', [A, 'heldOn'], {
          heldOn: held,
          asOf: c.asOf,
        }),
      );
      heldOn = undefined;
    } else heldOn = held;
  }
  let ofRecord: RecordOfResult | undefined;
  let revisionOk = true;
  if (action.revised !== undefined) {
    if (outcome === 'disagreed') {
      issues.push(
        issue(workflowMessages, 'workflow.revision-unexpected', [A, 'revised'], { decision: outcome }),
      );
      revisionOk = false;
    } else ofRecord = { ...revisionOf(action.revised), source: 'dialogue', by: c.actorId, on: c.asOf };
  }
  if (!c.complete || outcome === undefined || heldOn === undefined || !revisionOk) return undefined;
  const patch: Patch = { dialogue: { heldOn, outcome, notes, by: c.actorId } };
  if (ofRecord !== undefined) patch.ofRecord = ofRecord;
  return { patch, reason: notes, select: outcome === 'agreed' ? 'outcome-agreed' : 'outcome-disagreed' };
}

/** A decision with a reason and, for the decisions that change the result, a revision. */
function decided<D extends string>(
  c: StepContext,
  decisions: readonly D[],
  revising: readonly D[],
): { decision: D; reason: string; revision: RecordOfResult | null } | undefined {
  const { action, issues } = c;
  const decision = (decisions as readonly unknown[]).includes(action.decision)
    ? (action.decision as D)
    : undefined;
  const reason = text(action.reason);
  let revision: RecordOfResult | null = null;
  let revisionOk = true;
  if (decision !== undefined) {
    const needs = revising.includes(decision);
    // `revised` may be absent from the fields because it failed its schema (already reported).
    const given = action.revised !== undefined || (!c.complete && revisionGiven(c));
    if (needs && !given) {
      issues.push(issue(workflowMessages, 'workflow.revision-required', [A, 'revised'], { decision }));
      revisionOk = false;
    } else if (!needs && given) {
      issues.push(issue(workflowMessages, 'workflow.revision-unexpected', [A, 'revised'], { decision }));
      revisionOk = false;
    } else if (needs && action.revised !== undefined) {
      revision = {
        ...revisionOf(action.revised),
        source: action.type === 'mediate' ? 'mediation' : 'appeal',
        by: c.actorId,
        on: c.asOf,
      };
    }
  }
  if (!c.complete || decision === undefined || reason === null || !revisionOk) return undefined;
  return { decision, reason, revision };
}

function mediate(c: StepContext): Step | undefined {
  const d = decided(c, ['upheld', 'revised'] as const, ['revised'] as const);
  if (d === undefined) return undefined;
  const patch: Patch = { mediation: { by: c.actorId, on: c.asOf, decision: d.decision, reason: d.reason } };
  if (d.revision !== null) patch.ofRecord = d.revision;
  return { patch, reason: d.reason, select: null };
}

function release(c: StepContext): Step | undefined {
  if (!c.complete) return undefined;
  return { patch: { releasedOn: c.asOf }, reason: null, select: null };
}

function appeal(c: StepContext): Step | undefined {
  const { action, issues, evaluation } = c;
  const reasons = Array.isArray(action.reasons) ? (action.reasons as string[]) : undefined;
  const releasedOn = evaluation.releasedOn;
  if (releasedOn === null) {
    issues.push(issue(commonMessages, 'input.required', ['evaluation', 'releasedOn']));
    return undefined;
  }
  const due = deadlineOf(releasedOn, c.settings, c.rules, c);
  if (!due.ok) {
    issues.push(...due.issues);
    return undefined;
  }
  const deadline = due.value;
  if (compareDates(c.asOf, deadline) > 0) {
    issues.push(
      issue(workflowMessages, 'workflow.appeal-late', ['options', 'asOf'], {
        filedOn: c.asOf,
        deadline,
        releasedOn,
        days: c.settings.appeal.days,
        kind: c.settings.appeal.kind,
        daysLate: lateness(deadline, c.asOf),
      }),
    );
  }
  if (!c.complete || reasons === undefined || compareDates(c.asOf, deadline) > 0) return undefined;
  return {
    patch: {
      appeal: {
        filedOn: c.asOf,
        reasons,
        deadline,
        decision: null,
        decisionReason: null,
        decidedBy: null,
        decidedOn: null,
      },
    },
    reason: reasons.join('; '),
    select: 'within-appeal-deadline',
  };
}

function decideAppeal(c: StepContext): Step | undefined {
  const d = decided<AppealDecision>(
    c,
    ['rejected', 'granted', 'partly-granted'] as const,
    ['granted', 'partly-granted'] as const,
  );
  const filed = c.evaluation.appeal;
  if (filed === null) {
    c.issues.push(issue(commonMessages, 'input.required', ['evaluation', 'appeal']));
    return undefined;
  }
  if (d === undefined) return undefined;
  const patch: Patch = {
    appeal: {
      ...filed,
      decision: d.decision,
      decisionReason: d.reason,
      decidedBy: c.actorId,
      decidedOn: c.asOf,
    },
  };
  if (d.revision !== null) patch.ofRecord = d.revision;
  return { patch, reason: d.reason, select: null };
}

function declareConflict(c: StepContext): Step | undefined {
  const { action, issues, evaluation } = c;
  if (!c.complete) return undefined;
  const assessorId = action.assessorId as string;
  const relation = action.relation as string;
  const notes = text(action.notes);
  if (assessorId === evaluation.employeeId) {
    issues.push(issue(workflowMessages, 'workflow.conflict-of-employee', [A, 'assessorId']));
    return undefined;
  }
  const existing = evaluation.conflicts.find((x) => x.assessorId === assessorId);
  if (existing !== undefined) {
    issues.push(
      issue(workflowMessages, 'workflow.conflict-already-declared', [A, 'assessorId'], {
        assessorId,
        relation: existing.relation,
      }),
    );
    return undefined;
  }
  const conflict: ConflictOfInterest = {
    assessorId,
    relation,
    declaredOn: c.asOf,
    declaredBy: c.actorId,
    notes,
  };
  return { patch: { conflicts: [...evaluation.conflicts, conflict] }, reason: relation, select: null };
}

/** Whether the caller gave a `revised` key at all (it may have failed its schema). */
function revisionGiven(c: StepContext): boolean {
  return c.given.includes('revised');
}

/** A reassignment's new id: `null` when not given, `undefined` when given but not readable. */
function optionalId(c: StepContext, key: 'supervisorId' | 'atasanId'): string | null | undefined {
  const v = c.action[key];
  if (typeof v === 'string') return v;
  return c.given.includes(key) ? undefined : null;
}

function reassign(c: StepContext): Step | undefined {
  const { action, issues, evaluation: ev } = c;
  const supervisorId = optionalId(c, 'supervisorId');
  const atasanId = optionalId(c, 'atasanId');
  const reason = typeof action.reason === 'string' ? action.reason : undefined;
  if (supervisorId === undefined || atasanId === undefined) return undefined;
  const start = issues.length;
  if (supervisorId === null && atasanId === null)
    issues.push(issue(workflowMessages, 'workflow.reassign-nothing', [A]));
  if (supervisorId !== null && isFinalised(ev.state))
    issues.push(
      issue(workflowMessages, 'workflow.supervisor-frozen', [A, 'supervisorId'], { state: ev.state }),
    );
  for (const [field, value, current] of [
    ['supervisorId', supervisorId, ev.supervisorId],
    ['atasanId', atasanId, ev.atasanId],
  ] as const) {
    if (value === null) continue;
    if (value === current)
      issues.push(issue(workflowMessages, 'workflow.reassign-unchanged', [A, field], { field, value }));
    if (value === ev.employeeId)
      issues.push(issue(workflowMessages, 'workflow.assessor-is-employee', [A, field], { field }));
    const conflict = ev.conflicts.find((x) => x.assessorId === value);
    if (conflict !== undefined)
      issues.push(
        issue(workflowMessages, 'workflow.assessor-conflicted', [A, field], {
          assessorId: value,
          relation: conflict.relation,
        }),
      );
  }
  const nextSupervisor = supervisorId ?? ev.supervisorId;
  const nextAtasan = atasanId ?? ev.atasanId;
  if (nextSupervisor === nextAtasan && (supervisorId !== null || atasanId !== null))
    issues.push(
      issue(workflowMessages, 'workflow.atasan-is-supervisor', [
        A,
        atasanId !== null ? 'atasanId' : 'supervisorId',
      ]),
    );
  if (issues.length > start || reason === undefined || !c.complete) return undefined;

  const patch: Patch = {};
  if (atasanId !== null) patch.atasanId = atasanId;
  let select: TransitionCondition | null = 'atasan-only';
  if (supervisorId !== null) {
    patch.supervisorId = supervisorId;
    if (
      ev.supervisorAssessment !== null ||
      ev.ofRecord !== null ||
      ev.dialogue !== null ||
      ev.mediation !== null
    ) {
      // The previous pejabat penilai's assessment cannot stand for the new one.
      patch.supervisorAssessment = null;
      patch.ofRecord = null;
      patch.dialogue = null;
      patch.mediation = null;
    }
    select =
      ev.selfAssessment !== null
        ? 'new-supervisor-with-self-assessment'
        : 'new-supervisor-without-self-assessment';
  }
  return { patch, reason, select };
}

/** The content step of every action: validates its payload and says what it changes. */
export const STEPS: Readonly<Record<EvaluationActionType, (c: StepContext) => Step | undefined>> =
  Object.freeze({
    'self-assess': selfAssess,
    assess,
    'start-dialogue': noPayload,
    'record-dialogue': recordDialogue,
    finalise: noPayload,
    mediate,
    release,
    appeal,
    'decide-appeal': decideAppeal,
    'declare-conflict': declareConflict,
    reassign,
  });
