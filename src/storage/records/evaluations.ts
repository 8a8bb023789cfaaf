/**
 * Evaluations: saved with their own revision, as `openEvaluation` / `transition` produce them. A
 * finalised evaluation only moves on through the lifecycle: the workflow's finalised rule
 * (`finalisedViolation`) decides, and a refusal is `storage.finalised`.
 */
import { type Issue, issue, type PathSegment } from '../../explain';
import { storageMessages } from '../../explain/messages/storage';
import { type Evaluation, finalisedViolation, isFinalised } from '../../workflow';
import { storeEvaluationSchema } from '../schemas';
import type { RevisionedKind } from './revisioned';

/**
 * The `storage.finalised` issue of a save refused by the finalised rule: the stored state and the
 * rule broken (`rule`, with its params), or, for a result, the finalised evaluation it belongs to.
 */
export function finalisedIssue(
  kind: 'evaluation' | 'result',
  id: string,
  state: string,
  path: readonly PathSegment[],
  cause: { readonly rule: Issue } | { readonly evaluationId: string },
): Issue {
  const detail =
    'rule' in cause
      ? { ...(cause.rule.params ?? {}), rule: cause.rule.code, rulePath: cause.rule.path.join('.') }
      : { evaluationId: cause.evaluationId };
  return issue(storageMessages, 'storage.finalised', path, { ...detail, kind, id, state });
}

/** Why saving `next` over `stored` breaks the finalised rule, as a `storage.finalised` issue, or null. */
export function refuseFinalisedChange(
  stored: Evaluation,
  next: Evaluation,
  path: readonly PathSegment[],
): Issue | null {
  if (!isFinalised(stored.state)) return null;
  const rule = finalisedViolation(stored, next);
  return rule === null ? null : finalisedIssue('evaluation', next.id, stored.state, path, { rule });
}

/** How a store saves evaluations. */
export const EVALUATIONS: RevisionedKind<Evaluation> = {
  kind: 'evaluation',
  name: 'evaluation',
  what: 'evaluation',
  schema: storeEvaluationSchema,
  refuseReplace: refuseFinalisedChange,
};
