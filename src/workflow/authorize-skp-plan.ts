import { allow, deny, rolesOf } from './internal/roles';
import type { Actor, Decision, SkpAuthorizableAction, SkpPlan, SkpPlanAction, WorkflowRole } from './types';

/**
 * Decides whether `actor` may take `action` on an SKP plan, with a reason (as {@link authorize}):
 * - `create`: the employee for their own plan, or the pengelola kinerja (HR);
 * - `submit`: the employee only;
 * - `approve`, `return`: the plan's pejabat penilai only, never the employee themself (even if
 *   mis-recorded as their own supervisor);
 * - `view`: the employee, the pejabat penilai and HR.
 *
 * @category Workflow
 * @example
 * ```ts
 * const plan = { agencyId: 'kota-palu', employeeId: 'E1', supervisorId: 'S1' };
 * authorizeSkpPlan({ id: 'S1' }, 'approve', plan).allowed; // true
 * authorizeSkpPlan({ id: 'E1' }, 'approve', plan).reason.code; // 'workflow.deny.not-supervisor'
 * ```
 */
export function authorizeSkpPlan(
  actor: Actor,
  action: SkpAuthorizableAction | SkpPlanAction,
  plan: Pick<SkpPlan, 'agencyId' | 'employeeId' | 'supervisorId'>,
): Decision {
  const raw: unknown =
    typeof action === 'object' && action !== null ? (action as { type?: unknown }).type : action;
  const type = typeof raw === 'string' ? raw : String(raw);
  const roles = rolesOf(actor, plan);
  const has = (r: WorkflowRole) => roles.includes(r);
  const none = roles.length === 0;
  switch (type) {
    case 'create':
      if (has('pegawai')) return allow('pegawai', type, roles);
      if (has('pengelola-kinerja')) return allow('pengelola-kinerja', type, roles);
      return deny(none ? 'no-role' : 'not-employee', type, roles);
    case 'submit':
      if (has('pegawai')) return allow('pegawai', type, roles);
      return deny(none ? 'no-role' : 'not-employee', type, roles);
    case 'approve':
    case 'return':
      if (!has('pejabat-penilai')) return deny(none ? 'no-role' : 'not-supervisor', type, roles);
      if (has('pegawai')) return deny('own-assessor', type, roles);
      return allow('pejabat-penilai', type, roles);
    case 'view':
      if (has('pegawai')) return allow('pegawai', type, roles);
      if (has('pejabat-penilai')) return allow('pejabat-penilai', type, roles);
      if (has('pengelola-kinerja')) return allow('pengelola-kinerja', type, roles);
      return deny('no-role', type, roles);
    default:
      return deny('unknown-action', type, roles);
  }
}
