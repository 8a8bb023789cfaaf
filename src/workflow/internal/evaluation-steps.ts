import { compareDates, type IsoDate, lateness, parseIsoDate } from '../../date/index';
import { type Issue, issue, KinerjaError, prefixIssues } from '../../explain/index';
import { isFinalised } from '../finalised';
import type { TransitionCondition } from '../lifecycle';
import type {
  AppealDecision,
  ConflictOfInterest,
  Evaluation,
  EvaluationActionType,
  RecordOfResult,
  WorkflowRules,
} from '../types';
import { deadlineOf } from './deadline';
import {
  checkKeys,
  kindOf,
  readBoolean,
  readEnum,
  readId,
  readJson,
  readOptionalJson,
  readOptionalText,
  readReason,
  readRevision,
} from './payload';
import type { ResolvedSettings } from './settings';

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

/** What every step reads. */
export interface StepContext {
  readonly evaluation: Evaluation;
  readonly action: Record<string, unknown>;
  readonly actorId: string;
  readonly asOf: IsoDate;
  readonly settings: ResolvedSettings;
  readonly rules: WorkflowRules | undefined;
  readonly holidays: readonly IsoDate[] | undefined;
  readonly weekend: readonly number[] | undefined;
  readonly issues: Issue[];
}

const A = 'action';

function selfAssess(c: StepContext): Step | undefined {
  const { action, issues } = c;
  checkKeys(action, ['type', 'ratings', 'result', 'notes'], [A], issues);
  const ratings = readJson(action.ratings, [A, 'ratings'], issues);
  const result = readOptionalJson(action.result, [A, 'result'], issues);
  const notes = readOptionalText(action.notes, [A, 'notes'], issues);
  if (ratings === undefined || result === undefined || notes === undefined) return undefined;
  return {
    patch: { selfAssessment: { by: c.actorId, on: c.asOf, ratings, result, notes } },
    reason: null,
    select: null,
  };
}

function assess(c: StepContext): Step | undefined {
  const { action, issues } = c;
  checkKeys(action, ['type', 'ratings', 'result', 'needsDialogue', 'notes'], [A], issues);
  const ratings = readJson(action.ratings, [A, 'ratings'], issues);
  const result = readOptionalJson(action.result, [A, 'result'], issues);
  const needsDialogue = readBoolean(action.needsDialogue, [A, 'needsDialogue'], issues);
  const notes = readOptionalText(action.notes, [A, 'notes'], issues);
  if (ratings === undefined || result === undefined || needsDialogue === undefined || notes === undefined)
    return undefined;
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

function noPayload(c: StepContext): Step {
  checkKeys(c.action, ['type'], [A], c.issues);
  return { patch: {}, reason: null, select: null };
}

function recordDialogue(c: StepContext): Step | undefined {
  const { action, issues } = c;
  checkKeys(action, ['type', 'outcome', 'heldOn', 'notes', 'revised'], [A], issues);
  const outcome = readEnum(action.outcome, ['agreed', 'disagreed'] as const, [A, 'outcome'], issues);
  const notes = readOptionalText(action.notes, [A, 'notes'], issues);
  let heldOn: IsoDate | undefined = c.asOf;
  if (action.heldOn !== undefined) {
    const r = parseIsoDate(action.heldOn, [A, 'heldOn']);
    if (!r.ok) {
      issues.push(...r.issues);
      heldOn = undefined;
    } else if (compareDates(r.value, c.asOf) > 0) {
      issues.push(issue('workflow.held-after-recorded', [A, 'heldOn'], { heldOn: r.value, asOf: c.asOf }));
      heldOn = undefined;
    } else heldOn = r.value;
  }
  let ofRecord: RecordOfResult | undefined;
  let revisionOk = true;
  if (action.revised !== undefined) {
    if (outcome === 'disagreed') {
      issues.push(issue('workflow.revision-unexpected', [A, 'revised'], { decision: outcome }));
      revisionOk = false;
    } else {
      const r = readRevision(action.revised, [A, 'revised'], issues);
      if (r === undefined) revisionOk = false;
      else ofRecord = { ...r, source: 'dialogue', by: c.actorId, on: c.asOf };
    }
  }
  if (outcome === undefined || notes === undefined || heldOn === undefined || !revisionOk) return undefined;
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
  checkKeys(action, ['type', 'decision', 'reason', 'revised'], [A], issues);
  const decision = readEnum(action.decision, decisions, [A, 'decision'], issues);
  const reason = readReason(action.reason, [A, 'reason'], issues);
  let revision: RecordOfResult | null = null;
  let revisionOk = true;
  if (decision !== undefined) {
    const needs = revising.includes(decision);
    if (needs && action.revised === undefined) {
      issues.push(issue('workflow.revision-required', [A, 'revised'], { decision }));
      revisionOk = false;
    } else if (!needs && action.revised !== undefined) {
      issues.push(issue('workflow.revision-unexpected', [A, 'revised'], { decision }));
      revisionOk = false;
    } else if (needs) {
      const r = readRevision(action.revised, [A, 'revised'], issues);
      if (r === undefined) revisionOk = false;
      else
        revision = {
          ...r,
          source: c.action.type === 'mediate' ? 'mediation' : 'appeal',
          by: c.actorId,
          on: c.asOf,
        };
    }
  }
  if (decision === undefined || reason === undefined || !revisionOk) return undefined;
  return { decision, reason, revision };
}

function mediate(c: StepContext): Step | undefined {
  const d = decided(c, ['upheld', 'revised'] as const, ['revised'] as const);
  if (d === undefined) return undefined;
  const patch: Patch = { mediation: { by: c.actorId, on: c.asOf, decision: d.decision, reason: d.reason } };
  if (d.revision !== null) patch.ofRecord = d.revision;
  return { patch, reason: d.reason, select: null };
}

function release(c: StepContext): Step {
  checkKeys(c.action, ['type'], [A], c.issues);
  return { patch: { releasedOn: c.asOf }, reason: null, select: null };
}

function appeal(c: StepContext): Step | undefined {
  const { action, issues, evaluation } = c;
  checkKeys(action, ['type', 'reasons'], [A], issues);
  let reasons: string[] | undefined;
  const raw = action.reasons;
  if (typeof raw === 'string' || raw === undefined || raw === null) {
    const one = readReason(raw, [A, 'reasons'], issues);
    reasons = one === undefined ? undefined : [one];
  } else if (Array.isArray(raw)) {
    if (raw.length === 0) {
      issues.push(issue('workflow.reason-required', [A, 'reasons']));
    } else {
      const read = raw.map((r: unknown, i: number) => readReason(r, [A, 'reasons', i], issues));
      if (read.every((r): r is string => r !== undefined)) reasons = read;
    }
  } else {
    issues.push(
      issue('input.invalid-type', [A, 'reasons'], { expected: 'string or array', received: kindOf(raw) }),
    );
  }
  const releasedOn = evaluation.releasedOn;
  if (releasedOn === null || releasedOn === undefined) {
    issues.push(issue('input.required', ['evaluation', 'releasedOn']));
    return undefined;
  }
  let deadline: IsoDate;
  try {
    deadline = deadlineOf(releasedOn, c.settings, c.rules, c);
  } catch (e) {
    if (e instanceof KinerjaError) {
      issues.push(...prefixIssues(['options'], e.issues));
      return undefined;
    }
    throw e;
  }
  if (compareDates(c.asOf, deadline) > 0) {
    issues.push(
      issue('workflow.appeal-late', ['options', 'asOf'], {
        filedOn: c.asOf,
        deadline,
        releasedOn,
        days: c.settings.appeal.days,
        kind: c.settings.appeal.kind,
        daysLate: lateness(deadline, c.asOf),
      }),
    );
  }
  if (reasons === undefined || compareDates(c.asOf, deadline) > 0) return undefined;
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
  if (filed === null || filed === undefined) {
    c.issues.push(issue('input.required', ['evaluation', 'appeal']));
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
  checkKeys(action, ['type', 'assessorId', 'relation', 'notes'], [A], issues);
  const assessorId = readId(action.assessorId, [A, 'assessorId'], issues);
  const relation = readId(action.relation, [A, 'relation'], issues);
  const notes = readOptionalText(action.notes, [A, 'notes'], issues);
  if (assessorId === undefined || relation === undefined || notes === undefined) return undefined;
  if (assessorId === evaluation.employeeId) {
    issues.push(issue('workflow.conflict-of-employee', [A, 'assessorId']));
    return undefined;
  }
  const existing = evaluation.conflicts.find((x) => x.assessorId === assessorId);
  if (existing !== undefined) {
    issues.push(
      issue('workflow.conflict-already-declared', [A, 'assessorId'], {
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

function optionalId(
  value: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): string | null | undefined {
  if (value === undefined) return null;
  return readId(value, path, issues);
}

function reassign(c: StepContext): Step | undefined {
  const { action, issues, evaluation: ev } = c;
  checkKeys(action, ['type', 'supervisorId', 'atasanId', 'reason'], [A], issues);
  const supervisorId = optionalId(action.supervisorId, [A, 'supervisorId'], issues);
  const atasanId = optionalId(action.atasanId, [A, 'atasanId'], issues);
  const reason = readReason(action.reason, [A, 'reason'], issues);
  if (supervisorId === undefined || atasanId === undefined) return undefined;
  const start = issues.length;
  if (supervisorId === null && atasanId === null) issues.push(issue('workflow.reassign-nothing', [A]));
  if (supervisorId !== null && isFinalised(ev.state))
    issues.push(issue('workflow.supervisor-frozen', [A, 'supervisorId'], { state: ev.state }));
  for (const [field, value, current] of [
    ['supervisorId', supervisorId, ev.supervisorId],
    ['atasanId', atasanId, ev.atasanId],
  ] as const) {
    if (value === null) continue;
    if (value === current) issues.push(issue('workflow.reassign-unchanged', [A, field], { field, value }));
    if (value === ev.employeeId) issues.push(issue('workflow.assessor-is-employee', [A, field], { field }));
    const conflict = ev.conflicts.find((x) => x.assessorId === value);
    if (conflict !== undefined)
      issues.push(
        issue('workflow.assessor-conflicted', [A, field], { assessorId: value, relation: conflict.relation }),
      );
  }
  const nextSupervisor = supervisorId ?? ev.supervisorId;
  const nextAtasan = atasanId ?? ev.atasanId;
  if (nextSupervisor === nextAtasan && (supervisorId !== null || atasanId !== null))
    issues.push(issue('workflow.atasan-is-supervisor', [A, atasanId !== null ? 'atasanId' : 'supervisorId']));
  if (issues.length > start || reason === undefined) return undefined;

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
export const STEPS: Readonly<Record<EvaluationActionType, (c: StepContext) => Step | undefined>> = {
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
};
