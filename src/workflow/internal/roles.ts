import {
  type Issue,
  type MessageCode,
  type MessageParams,
  message,
  type PathSegment,
  parseWithSchema,
} from '../../explain/index';
import { catalog } from '../../explain/messages/index';
import { actorSchema } from '../schemas';
import type { Actor, ConflictOfInterest, Decision, WorkflowRole } from '../types';
import { kindOf } from './payload';

/** The parties of an evaluation or plan, as far as authorisation needs them. */
export interface Parties {
  readonly agencyId: string;
  readonly employeeId: string;
  readonly supervisorId: string;
  readonly atasanId?: string | undefined;
  readonly conflicts?: readonly ConflictOfInterest[] | undefined;
}

/** The actor read by `actorSchema` (an object with a non-blank id), or `undefined`. */
export function readActor(actor: unknown): Actor | undefined {
  const r = parseWithSchema(actorSchema, actor);
  return r.ok ? r.value : undefined;
}

/** The type of an action given as a string or as an action object, as a safe string for messages. */
export function actionType(action: unknown): string {
  let raw: unknown = action;
  if (typeof action === 'object' && action !== null) {
    try {
      raw = (action as { type?: unknown }).type;
    } catch {
      raw = undefined;
    }
  }
  return typeof raw === 'string' ? raw.slice(0, 80) : kindOf(raw);
}

/** Whether the actor holds the HR role for the given agency. */
function isHr(actor: Actor, agencyId: string): boolean {
  if (actor.roles === undefined || !actor.roles.includes('pengelola-kinerja')) return false;
  return actor.agencyId === undefined || actor.agencyId === agencyId;
}

/** The roles the actor holds on the evaluation or plan, in a fixed order. */
export function rolesOf(actor: Actor | undefined, parties: Parties): WorkflowRole[] {
  if (actor === undefined) return [];
  const out: WorkflowRole[] = [];
  if (actor.id === parties.employeeId) out.push('pegawai');
  if (actor.id === parties.supervisorId) out.push('pejabat-penilai');
  if (parties.atasanId !== undefined && actor.id === parties.atasanId) out.push('atasan-pejabat-penilai');
  if (isHr(actor, parties.agencyId)) out.push('pengelola-kinerja');
  return out;
}

/** The conflict declared for this actor, if any. */
export function conflictOf(actor: Actor | undefined, parties: Parties): ConflictOfInterest | undefined {
  if (actor === undefined || parties.conflicts === undefined) return undefined;
  return parties.conflicts.find((c) => c.assessorId === actor.id);
}

/** The reasons a decision may be denied for (`workflow.deny.<reason>` in the catalog). */
export type DenyReason =
  Extract<MessageCode, `workflow.deny.${string}`> extends `workflow.deny.${infer R}` ? R : never;

/** An allowing decision. */
export function allow(as: WorkflowRole, action: string, roles: readonly WorkflowRole[]): Decision {
  const code: MessageCode = `workflow.allow.${as}`;
  const params = { action };
  return { allowed: true, reason: { code, message: message(catalog, code, params), params }, roles, as };
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
  return { allowed: false, reason: { code, message: message(catalog, code, params), params }, roles };
}

/** The issue a denied decision becomes in `transition` and the other checked operations. */
export function denialIssue(decision: Decision, path: readonly PathSegment[]): Issue {
  const { code, message: text, params } = decision.reason;
  return params === undefined
    ? { path, code, message: text, severity: 'error' }
    : { path, code, message: text, severity: 'error', params };
}
