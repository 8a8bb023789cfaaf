/** SKP plans: saved with their own revision, as `createSkpPlan` / `transitionSkpPlan` produce them. */
import type { SkpPlan } from '../../workflow';
import { storeSkpPlanSchema } from '../schemas';
import type { RevisionedKind } from './revisioned';

/** How a store saves SKP plans. */
export const SKP_PLANS: RevisionedKind<SkpPlan> = {
  kind: 'skp',
  name: 'plan',
  what: 'SKP plan',
  schema: storeSkpPlanSchema,
};
