export {
  BUILTIN_RATER_GROUPS,
  display,
  nearestCode,
  type PendingRating,
  type RaterContext,
  type ReconciledRating,
  readRaterValue,
  reconcileRaters,
} from './raters';
export {
  aggregateGroup,
  distance,
  type RaterGroups,
  type Reconciled,
  type ReconciliationPolicy,
  reconcileValues,
} from './reconcile';
export {
  type ReconcileOptions,
  type Reconciliation,
  type ReconciliationPolicyInput,
  reconcile,
} from './reconcile-public';
export { raterRatingsSchema, reconciliationPolicySchema } from './schemas';
export type { ReconciliationResult } from './types';
