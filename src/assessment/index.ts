export {
  BUILTIN_RATER_GROUPS,
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
export { type ReconcileOptions, type Reconciliation, reconcile } from './reconcile-public';
export type { ReconciliationResult } from './types';
