import { err, type Issue, issue, ok, type Result } from '../explain/index';
import { workflowMessages } from '../explain/messages/workflow';
import { authorizeSkpPlan } from './authorize-skp-plan';
import { readObject, readOptions } from './internal/read';
import { denialIssue, readActor } from './internal/roles';
import type { OpenOptions } from './open-evaluation';
import { createSkpPlanInputSchema, openOptionsSchema } from './schemas';
import type { Actor, SkpPlan } from './types';

/**
 * What {@link createSkpPlan} needs: the ids, the period and the plan's content (opaque JSON:
 * RHK, indicators and targets; `null` when absent).
 *
 * @category Workflow
 * @example
 * ```ts
 * const input: CreateSkpPlanInput = {
 *   id: 'skp-2026-E1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1',
 *   period: { start: '2026-01-01', end: '2026-12-31' }, content: { indicators: [{ id: 'iki-1', target: 95 }] },
 * };
 * ```
 */
export interface CreateSkpPlanInput {
  /** The plan's id. */
  readonly id: string;
  /** The agency. */
  readonly agencyId: string;
  /** The unit. */
  readonly unitId: string;
  /** The employee whose plan it is. */
  readonly employeeId: string;
  /** The pejabat penilai who approves it. */
  readonly supervisorId: string;
  /** The period, `YYYY-MM-DD` ends inclusive. */
  readonly period: { readonly start: string; readonly end: string };
  /** The plan itself. */
  readonly content?: unknown;
}

/**
 * Creates an SKP plan in state `draft` (revision 1, one history entry), by the employee or the
 * pengelola kinerja (see {@link authorizeSkpPlan}). The input is checked: `input.*`, `date.*`,
 * `workflow.not-json` for content that is not plain JSON, `workflow.assessor-is-employee` when
 * the employee is recorded as their own pejabat penilai, `workflow.deny.*` for the actor
 * ({@link createSkpPlanInputSchema}). Never throws.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r = createSkpPlan(
 *   { id: 'skp-1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1',
 *     period: { start: '2026-01-01', end: '2026-12-31' }, content: { indicators: [] } },
 *   { id: 'E1' },
 *   { asOf: assertIsoDate('2026-01-05') },
 * );
 * r.ok && r.value.state; // 'draft'
 * ```
 */
export function createSkpPlan(
  input: CreateSkpPlanInput,
  actor: Actor,
  options: OpenOptions,
): Result<SkpPlan, Issue[]> {
  const issues: Issue[] = [];
  const opts = readOptions(openOptionsSchema, options, issues);
  const who = readActor(actor);
  if (who === undefined) issues.push(issue(workflowMessages, 'workflow.invalid-actor', ['actor']));
  const read = readObject(createSkpPlanInputSchema, input, ['input'], issues);
  const { employeeId, supervisorId } = read.fields;
  if (employeeId !== undefined && supervisorId === employeeId)
    issues.push(
      issue(workflowMessages, 'workflow.assessor-is-employee', ['input', 'supervisorId'], {
        field: 'supervisorId',
      }),
    );
  const value = read.value;
  if (issues.length > 0 || opts === undefined || who === undefined || value === undefined) return err(issues);
  const { asOf } = opts;
  const { id, agencyId, unitId, period } = value;
  const content = value.content ?? null;
  const decision = authorizeSkpPlan(who, 'create', value);
  if (!decision.allowed || decision.as === undefined) return err([denialIssue(decision, ['actor'])]);
  return ok({
    id,
    agencyId,
    unitId,
    employeeId: value.employeeId,
    supervisorId: value.supervisorId,
    period,
    state: 'draft',
    revision: 1,
    content,
    returned: null,
    approved: null,
    history: [
      {
        action: 'create',
        actor: who.id,
        role: decision.as,
        asOf,
        reason: null,
        from: null,
        to: 'draft',
        revision: 1,
      },
    ],
  });
}
