import { type Issue, issue } from '../../explain/index';
import { workflowMessages } from '../../explain/messages/workflow';
import { EVALUATION_TRANSITIONS, type Transition } from '../lifecycle';
import type { Evaluation, EvaluationActionType, EvaluationState } from '../types';
import type { ResolvedSettings } from './settings';

type Row = Transition<EvaluationState, EvaluationActionType>;

/** The lifecycle gate: the rows for this state and action, or the issue that refuses it. */
export function lifecycleGate(
  evaluation: Pick<Evaluation, 'state' | 'supervisorAssessment'>,
  type: EvaluationActionType,
  settings: ResolvedSettings,
): { rows: Row[] } | { issue: Issue } {
  const rows = EVALUATION_TRANSITIONS.filter((r) => r.from === evaluation.state && r.action === type);
  if (rows.length === 0) {
    const allowed = [...new Set(EVALUATION_TRANSITIONS.filter((r) => r.action === type).map((r) => r.from))];
    return {
      issue: issue(workflowMessages, 'workflow.invalid-transition', [], {
        action: type,
        state: evaluation.state,
        allowed: allowed.join(', '),
      }),
    };
  }
  const only = rows.length === 1 ? rows[0] : undefined;
  if (only?.when === 'self-assessment-optional' && settings.selfAssessment === 'required')
    return { issue: issue(workflowMessages, 'workflow.self-assessment-required', []) };
  if (only?.when === 'dialogue-not-required') {
    const required =
      settings.dialogue === 'always' ||
      (settings.dialogue === 'on-gap' && evaluation.supervisorAssessment?.needsDialogue === true);
    if (required)
      return {
        issue: issue(workflowMessages, 'workflow.dialogue-required', [], { setting: settings.dialogue }),
      };
  }
  if (only?.when === 'mediation-optional' && settings.mediation === 'required')
    return { issue: issue(workflowMessages, 'workflow.mediation-required', []) };
  return { rows };
}
