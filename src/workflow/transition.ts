import { compareDates, parseIsoDate } from '../date/index';
import { err, type Issue, issue, ok, type Result } from '../explain/index';
import { authorize } from './authorize';
import { STEPS } from './internal/evaluation-steps';
import { lifecycleGate } from './internal/gate';
import { isRecord, kindOf } from './internal/payload';
import { denialIssue, isActor } from './internal/roles';
import { resolveSettings } from './internal/settings';
import { EVALUATION_ACTIONS, EVALUATION_STATES } from './lifecycle';
import type {
  Actor,
  Evaluation,
  EvaluationAction,
  EvaluationActionType,
  EvaluationState,
  HistoryEntry,
  TransitionOptions,
} from './types';

/**
 * Applies one action to an evaluation and returns the new evaluation, or the issues that refuse it.
 * It never changes its input: the result is a new object with the revision one higher and one
 * more history entry (`action`, `actor`, `role`, `asOf`, `reason`, `from`, `to`, `revision`).
 *
 * Checks run in three gates; a gate that fails ends the check with its issues:
 * 1. **Lifecycle**: the (state, action) pair must be in {@link EVALUATION_TRANSITIONS}
 *    (`workflow.invalid-transition`), with the ruleset's settings: `workflow.self-assessment-required`,
 *    `workflow.dialogue-required`, `workflow.mediation-required`.
 * 2. **Authority**: {@link authorize} must allow the actor; a denial is an issue with the denial's
 *    code (`workflow.deny.*`, e.g. `workflow.deny.conflict-of-interest`) at path `['actor']`.
 *    An unauthorised actor learns nothing about the payload.
 * 3. **Content**, every problem reported: the payload (`input.*`, `workflow.reason-required`,
 *    `workflow.revision-required`, …), `asOf` not before the previous transition
 *    (`workflow.date-before-previous`), an appeal within its deadline (`workflow.appeal-late`,
 *    with the deadline: `calendar.appeal` of the ruleset counted from the release, 14 calendar days
 *    by default, or working days skipping weekends and `holidays`).
 *
 * A finalised evaluation changes only through `release`, `appeal` and `decide-appeal` (the only
 * action that may revise the result of record after finalisation), `declare-conflict`, and a
 * `reassign` of the atasan; `decided` is final.
 *
 * @category Workflow
 * @example
 * ```ts
 * const asOf = isoDate('2026-01-10');
 * const r = transition(evaluation, { type: 'self-assess', ratings: { perilaku: 'sesuai-ekspektasi' } }, { id: 'E1' }, { asOf });
 * r.ok && r.value.state; // 'self-assessed'
 *
 * const late = transition(released, { type: 'appeal', reasons: ['IKI 2 tidak dihitung'] }, { id: 'E1' }, { asOf: isoDate('2026-03-17') });
 * // released on 2026-03-02: { ok: false, issues: [{ code: 'workflow.appeal-late', params: { deadline: '2026-03-16', daysLate: 1, … } }] }
 * ```
 */
export function transition(
  evaluation: Evaluation,
  action: EvaluationAction,
  actor: Actor,
  options: TransitionOptions,
): Result<Evaluation, Issue[]> {
  const pre: Issue[] = [];
  const opts: Record<string, unknown> = isRecord(options) ? options : {};
  const when = parseIsoDate(opts.asOf, ['options', 'asOf']);
  if (!when.ok) pre.push(...when.issues);
  const ev: unknown = evaluation;
  if (
    !isRecord(ev) ||
    !EVALUATION_STATES.includes(ev.state as EvaluationState) ||
    !Array.isArray(ev.history) ||
    !Array.isArray(ev.conflicts) ||
    !Number.isSafeInteger(ev.revision)
  ) {
    pre.push(issue('input.invalid-type', ['evaluation'], { expected: 'Evaluation', received: kindOf(ev) }));
  }
  const rawAction: unknown = action;
  const type: unknown = isRecord(rawAction) ? rawAction.type : rawAction;
  const known = typeof type === 'string' && (EVALUATION_ACTIONS as readonly string[]).includes(type);
  if (!known || !isRecord(rawAction)) {
    pre.push(
      issue('workflow.unknown-action', ['action', 'type'], {
        value: typeof type === 'string' ? type : kindOf(type),
        expected: EVALUATION_ACTIONS.join(', '),
      }),
    );
  }
  if (!isActor(actor)) pre.push(issue('workflow.invalid-actor', ['actor']));
  const { settings, issues: settingIssues } = resolveSettings(options?.ruleset);
  pre.push(...settingIssues);
  if (pre.length > 0 || !when.ok || !isRecord(rawAction)) return err(pre);
  const actionType = type as EvaluationActionType;
  const asOf = when.value;

  // Gate 1: the lifecycle.
  const gate = lifecycleGate(evaluation, actionType, settings);
  if ('issue' in gate) return err([gate.issue]);

  // Gate 2: authority.
  const decision = authorize(actor, action, evaluation);
  if (!decision.allowed || decision.as === undefined) return err([denialIssue(decision, ['actor'])]);

  // Gate 3: content.
  const issues: Issue[] = [];
  const previous = evaluation.history[evaluation.history.length - 1];
  if (previous !== undefined && compareDates(asOf, previous.asOf) < 0) {
    issues.push(
      issue('workflow.date-before-previous', ['options', 'asOf'], { asOf, previous: previous.asOf }),
    );
  }
  const step = STEPS[actionType]({
    evaluation,
    action: rawAction,
    actorId: actor.id,
    asOf,
    settings,
    rules: options.ruleset,
    holidays: options.holidays,
    weekend: options.weekend,
    issues,
  });
  if (issues.length > 0 || step === undefined) return err(issues);
  const row = gate.rows.length === 1 ? gate.rows[0] : gate.rows.find((r) => r.when === step.select);
  if (row === undefined) {
    // Unreachable while STEPS and EVALUATION_TRANSITIONS agree; reported rather than thrown.
    return err([
      issue('workflow.invalid-transition', [], { action: actionType, state: evaluation.state, allowed: '' }),
    ]);
  }
  const revision = evaluation.revision + 1;
  const entry: HistoryEntry = {
    action: actionType,
    actor: actor.id,
    role: decision.as,
    asOf,
    reason: step.reason,
    from: evaluation.state,
    to: row.to,
    revision,
  };
  return ok({
    ...evaluation,
    ...step.patch,
    state: row.to,
    revision,
    history: [...evaluation.history, entry],
  });
}
