export {
  aggregateGroup,
  distance,
  type RaterGroups,
  type Reconciled,
  type ReconciliationPolicy,
  reconcileValues,
} from './reconcile';
