import { parseWithSchema } from '../explain/index';
import { actionType, allow, conflictOf, deny, type Parties, readActor, rolesOf } from './internal/roles';
import { authorizationSubjectSchema } from './schemas';
import type {
  Actor,
  AuthorizableAction,
  ConflictOfInterest,
  Decision,
  EvaluationAction,
  EvaluationState,
  WorkflowRole,
} from './types';

/**
 * What {@link authorize} needs to know of an evaluation: its parties, its declared conflicts and
 * (for `view-result`) its state. An {@link Evaluation} fits, and so does the input of
 * {@link openEvaluation} before the evaluation exists.
 *
 * @category Workflow
 * @example
 * ```ts
 * const s: AuthorizationSubject = { agencyId: 'kota-palu', employeeId: 'E1', supervisorId: 'S1', atasanId: 'A1' };
 * ```
 */
export interface AuthorizationSubject {
  /** The agency (HR powers are limited to it when the actor names one). */
  readonly agencyId: string;
  /** The employee evaluated. */
  readonly employeeId: string;
  /** The pejabat penilai. */
  readonly supervisorId: string;
  /** The atasan pejabat penilai. */
  readonly atasanId: string;
  /** The state; without one, the result counts as not released. */
  readonly state?: EvaluationState;
  /** Declared conflicts of interest. */
  readonly conflicts?: readonly ConflictOfInterest[];
}

const RELEASED: ReadonlySet<string> = new Set(['released', 'appealed', 'decided']);

function assessorDecision(
  required: 'pejabat-penilai' | 'atasan-pejabat-penilai',
  action: string,
  actor: Actor | undefined,
  subject: Parties,
  roles: readonly WorkflowRole[],
): Decision {
  const has = (r: WorkflowRole) => roles.includes(r);
  if (!has(required)) {
    if (roles.length === 0) return deny('no-role', action, roles);
    return deny(required === 'pejabat-penilai' ? 'not-supervisor' : 'not-atasan', action, roles);
  }
  if (has('pegawai')) return deny('own-assessor', action, roles);
  if (required === 'atasan-pejabat-penilai' && has('pejabat-penilai'))
    return deny('atasan-is-supervisor', action, roles);
  const conflict = conflictOf(actor, subject);
  if (conflict !== undefined)
    return deny('conflict-of-interest', action, roles, {
      relation: conflict.relation,
      declaredOn: conflict.declaredOn,
    });
  return allow(required, action, roles);
}

/**
 * Decides whether `actor` may take `action` on `evaluation`, and always says why (a stable code,
 * `workflow.allow.<role>` or `workflow.deny.<reason>`, with a message in Indonesian and English).
 * Roles follow from the evaluation: the actor is the pegawai if their id is the employee's, the
 * pejabat penilai if it is the supervisor's, the atasan pejabat penilai if it is the atasan's;
 * pengelola kinerja (HR) if `actor.roles` includes `pengelola-kinerja` (for the actor's agency).
 *
 * The rules:
 * - `self-assess`, `appeal`: the employee only.
 * - `assess`, `record-dialogue`, `finalise`: the pejabat penilai only: a supervisor assesses only
 *   their own subordinates (`not-supervisor`), and never themself, even if mis-recorded as their own
 *   supervisor (`own-assessor`).
 * - `start-dialogue`: the employee or the pejabat penilai.
 * - `mediate`, `decide-appeal`: the atasan pejabat penilai only, who must not be the pejabat penilai
 *   (`atasan-is-supervisor`) nor the employee.
 * - An assessor (pejabat penilai, or atasan for mediation and appeals) with a declared conflict of
 *   interest must recuse (`conflict-of-interest`): the safeguard against nepotism.
 * - `open`, `release`, `reassign`: HR only, and never on their own evaluation (`own-evaluation`).
 *   HR does not assess.
 * - `declare-conflict`: HR for any assessor, or an assessor for themself.
 * - `view-result`: HR, the pejabat penilai and the atasan at any time; the employee only once the
 *   result is released (`not-released`).
 *
 * The state is {@link transition}'s concern, except for `view-result`. An actor without a usable
 * id holds no role. Arguments that cannot be read never throw: an evaluation that is not one
 * (no parties, say) is denied with `workflow.deny.invalid-input` (its `params` name the first
 * problem's `path` and `code`), an unknown action with `workflow.deny.unknown-action`.
 *
 * @category Workflow
 * @example
 * ```ts
 * const ev = { agencyId: 'kota-palu', employeeId: 'E1', supervisorId: 'S1', atasanId: 'A1', state: 'self-assessed' } as const;
 * authorize({ id: 'S1' }, 'assess', ev).allowed; // true  (reason.code 'workflow.allow.pejabat-penilai')
 * authorize({ id: 'E1' }, 'view-result', ev).reason.code; // 'workflow.deny.not-released'
 * authorize({ id: 'H1', roles: ['pengelola-kinerja'] }, 'assess', ev).reason.code; // 'workflow.deny.not-supervisor'
 * authorize({ id: 'S1' }, 'assess', { ...ev, conflicts: [{ assessorId: 'S1', relation: 'keluarga', declaredOn: '2026-01-05', declaredBy: 'S1', notes: null }] }).reason.code;
 * // 'workflow.deny.conflict-of-interest'
 * ```
 */
export function authorize(
  actor: Actor,
  action: AuthorizableAction | EvaluationAction,
  evaluation: AuthorizationSubject,
): Decision {
  const type = actionType(action);
  const who = readActor(actor);
  const read = parseWithSchema(authorizationSubjectSchema, evaluation, ['evaluation']);
  if (!read.ok) {
    const first = read.issues[0];
    return deny('invalid-input', type, [], {
      path: first === undefined ? 'evaluation' : first.path.join('.'),
      code: first?.code ?? 'input.invalid',
    });
  }
  const subject = read.value;
  const roles = rolesOf(who, subject);
  const has = (r: WorkflowRole) => roles.includes(r);
  const none = roles.length === 0;
  switch (type) {
    case 'self-assess':
    case 'appeal':
      if (has('pegawai')) return allow('pegawai', type, roles);
      return deny(none ? 'no-role' : 'not-employee', type, roles);
    case 'assess':
    case 'record-dialogue':
    case 'finalise':
      return assessorDecision('pejabat-penilai', type, who, subject, roles);
    case 'mediate':
    case 'decide-appeal':
      return assessorDecision('atasan-pejabat-penilai', type, who, subject, roles);
    case 'start-dialogue': {
      if (has('pejabat-penilai')) return assessorDecision('pejabat-penilai', type, who, subject, roles);
      if (has('pegawai')) return allow('pegawai', type, roles);
      return deny(none ? 'no-role' : 'not-dialogue-party', type, roles);
    }
    case 'open':
    case 'release':
    case 'reassign':
      if (has('pengelola-kinerja')) {
        if (has('pegawai')) return deny('own-evaluation', type, roles);
        return allow('pengelola-kinerja', type, roles);
      }
      return deny(none ? 'no-role' : 'not-hr', type, roles);
    case 'declare-conflict': {
      let payload: unknown;
      try {
        payload =
          typeof action === 'object' && action !== null
            ? (action as { assessorId?: unknown }).assessorId
            : undefined;
      } catch {
        payload = undefined;
      }
      const assessorId = typeof payload === 'string' ? payload : who?.id;
      if (has('pegawai')) {
        return deny(has('pengelola-kinerja') ? 'own-evaluation' : 'not-assessor', type, roles);
      }
      if (has('pengelola-kinerja')) return allow('pengelola-kinerja', type, roles);
      if (who !== undefined && assessorId === who.id) {
        if (has('pejabat-penilai')) return allow('pejabat-penilai', type, roles);
        if (has('atasan-pejabat-penilai')) return allow('atasan-pejabat-penilai', type, roles);
      }
      return deny(none ? 'no-role' : 'not-assessor', type, roles);
    }
    case 'view-result':
      if (has('pegawai')) {
        if (subject.state !== undefined && RELEASED.has(subject.state)) return allow('pegawai', type, roles);
        return deny('not-released', type, roles);
      }
      if (has('pejabat-penilai')) return allow('pejabat-penilai', type, roles);
      if (has('atasan-pejabat-penilai')) return allow('atasan-pejabat-penilai', type, roles);
      if (has('pengelola-kinerja')) return allow('pengelola-kinerja', type, roles);
      return deny('no-role', type, roles);
    default:
      return deny('unknown-action', type, roles);
  }
}
