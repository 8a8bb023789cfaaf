import {
  type Issue,
  type MessageCode,
  type MessageParams,
  message,
  type PathSegment,
} from '../../explain/index';
import type { Actor, ConflictOfInterest, Decision, WorkflowRole } from '../types';

/** The parties of an evaluation or plan, as far as authorisation needs them. */
export interface Parties {
  readonly agencyId: string;
  readonly employeeId: string;
  readonly supervisorId: string;
  readonly atasanId?: string;
  readonly conflicts?: readonly ConflictOfInterest[];
}

/** Whether a value is a usable actor: an object with a non-empty string id. */
export function isActor(actor: unknown): actor is Actor {
  return (
    typeof actor === 'object' &&
    actor !== null &&
    typeof (actor as { id?: unknown }).id === 'string' &&
    (actor as { id: string }).id.length > 0
  );
}

/** The actor's id when usable, else `null`. */
export function actorId(actor: unknown): string | null {
  return isActor(actor) ? actor.id : null;
}

/** Whether the actor holds the HR role for the given agency. */
function isHr(actor: Actor, agencyId: string): boolean {
  const roles: unknown = actor.roles;
  if (!Array.isArray(roles) || !roles.includes('pengelola-kinerja')) return false;
  const scope: unknown = actor.agencyId;
  return scope === undefined || scope === agencyId;
}

/** The roles the actor holds on the evaluation or plan, in a fixed order. */
export function rolesOf(actor: unknown, parties: Parties): WorkflowRole[] {
  if (!isActor(actor)) return [];
  const out: WorkflowRole[] = [];
  if (actor.id === parties.employeeId) out.push('pegawai');
  if (actor.id === parties.supervisorId) out.push('pejabat-penilai');
  if (parties.atasanId !== undefined && actor.id === parties.atasanId) out.push('atasan-pejabat-penilai');
  if (isHr(actor, parties.agencyId)) out.push('pengelola-kinerja');
  return out;
}

/** The conflict declared for this actor, if any. */
export function conflictOf(actor: unknown, parties: Parties): ConflictOfInterest | undefined {
  const id = actorId(actor);
  if (id === null || !Array.isArray(parties.conflicts)) return undefined;
  return parties.conflicts.find((c) => c.assessorId === id);
}

/** The reasons a decision may be denied for (`workflow.deny.<reason>` in the catalog). */
export type DenyReason =
  Extract<MessageCode, `workflow.deny.${string}`> extends `workflow.deny.${infer R}` ? R : never;

/** An allowing decision. */
export function allow(as: WorkflowRole, action: string, roles: readonly WorkflowRole[]): Decision {
  const code: MessageCode = `workflow.allow.${as}`;
  const params = { action };
  return { allowed: true, reason: { code, message: message(code, params), params }, roles, as };
}

/** A denying decision. */
export function deny(
  reason: DenyReason,
  action: string,
  roles: readonly WorkflowRole[],
  extra: MessageParams = {},
): Decision {
  const code: MessageCode = `workflow.deny.${reason}`;
  const params = { action, ...extra };
  return { allowed: false, reason: { code, message: message(code, params), params }, roles };
}

/** The issue a denied decision becomes in `transition` and the other checked operations. */
export function denialIssue(decision: Decision, path: readonly PathSegment[]): Issue {
  const { code, message: text, params } = decision.reason;
  return params === undefined
    ? { path, code, message: text, severity: 'error' }
    : { path, code, message: text, severity: 'error', params };
}
