import type { ReconciliationResult } from '../../assessment/index';
import type { ExplanationNode, Issue } from '../../explain/index';
import type { RulesetInternals } from '../compile';
import type { ComponentResult, EvaluationResult } from '../types';
import type { ComponentOutcome } from './aggregate';
import type { Banded } from './band';
import type { FollowedUp } from './follow-up';
import type { EvaluationRead } from './read';

/**
 * Stage 7, explain: the result, with the explanation tree that mirrors the computation (each
 * component's step, then the final rule's).
 */
export function explainResult(
  c: RulesetInternals,
  read: EvaluationRead,
  components: readonly ComponentOutcome[],
  banded: Banded,
  ratings: Readonly<Record<string, ReconciliationResult>>,
  needsDialogue: boolean,
  followed: FollowedUp,
  warnings: readonly Issue[],
): EvaluationResult {
  const byId: Record<string, ComponentResult> = {};
  const children: ExplanationNode[] = [];
  for (const comp of components) {
    byId[comp.id] = comp.result;
    children.push(comp.node);
  }
  children.push(banded.node);
  const employeeId = read.employeeId;
  const explanation: ExplanationNode = {
    code: 'evaluation',
    ref: c.ref,
    ...(employeeId !== undefined ? { inputs: { employee: employeeId } } : {}),
    output: banded.predikat,
    children,
  };
  return {
    ruleset: c.rulesetRef,
    ...(employeeId !== undefined ? { employee: { id: employeeId } } : {}),
    ...(read.period ? { period: read.period } : {}),
    score: banded.score ? banded.score.text : null,
    predikat: banded.predikat,
    components: byId,
    indicators: followed.indicators,
    ratings,
    needsDialogue,
    warnings,
    followUp: followed.followUp,
    explanation,
  };
}
