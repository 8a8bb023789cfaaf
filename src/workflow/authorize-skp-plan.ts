import { parseWithSchema } from '../explain/index';
import { actionType, allow, deny, readActor, rolesOf } from './internal/roles';
import { skpAuthorizationSubjectSchema } from './schemas';
import type { Actor, Decision, SkpAuthorizableAction, SkpPlan, SkpPlanAction, WorkflowRole } from './types';

/**
 * Decides whether `actor` may take `action` on an SKP plan, with a reason (as {@link authorize}):
 * - `create`: the employee for their own plan, or the pengelola kinerja (HR);
 * - `submit`: the employee only;
 * - `approve`, `return`: the plan's pejabat penilai only, never the employee themself (even if
 *   mis-recorded as their own supervisor);
 * - `view`: the employee, the pejabat penilai and HR.
 *
 * A plan that cannot be read is denied with `workflow.deny.invalid-input`; it never throws.
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
  const type = actionType(action);
  const read = parseWithSchema(skpAuthorizationSubjectSchema, plan, ['plan']);
  if (!read.ok) {
    const first = read.issues[0];
    return deny('invalid-input', type, [], {
      path: first === undefined ? 'plan' : first.path.join('.'),
      code: first?.code ?? 'input.invalid',
    });
  }
  const roles = rolesOf(readActor(actor), read.value);
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
