import type { IsoDate } from '../date/index';
import { err, type Issue, issue, ok, type Result } from '../explain/index';
import { workflowMessages } from '../explain/messages/workflow';
import { authorize } from './authorize';
import { readObject, readOptions } from './internal/read';
import { denialIssue, readActor } from './internal/roles';
import { openEvaluationInputSchema, openOptionsSchema } from './schemas';
import type { Actor, ConflictOfInterest, Evaluation } from './types';

/**
 * What {@link openEvaluation} needs: the ids of the evaluation and its parties, the period, and
 * any conflicts of interest already known (declared on the opening day, by the opener).
 *
 * @category Workflow
 * @example
 * ```ts
 * const input: OpenEvaluationInput = {
 *   id: 'ev-2026-E1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1', atasanId: 'A1',
 *   period: { start: '2026-01-01', end: '2026-12-31' },
 *   conflicts: [{ assessorId: 'A1', relation: 'keluarga' }],
 * };
 * ```
 */
export interface OpenEvaluationInput {
  /** The evaluation's id. */
  readonly id: string;
  /** The agency. */
  readonly agencyId: string;
  /** The unit. */
  readonly unitId: string;
  /** The employee evaluated. */
  readonly employeeId: string;
  /** The pejabat penilai. */
  readonly supervisorId: string;
  /** The atasan pejabat penilai. */
  readonly atasanId: string;
  /** The period, `YYYY-MM-DD` ends inclusive. */
  readonly period: { readonly start: string; readonly end: string };
  /** Conflicts of interest known at opening (an assessor with one cannot be recorded as assessor). */
  readonly conflicts?: readonly {
    readonly assessorId: string;
    readonly relation: string;
    readonly notes?: string | null | undefined;
  }[];
}

/**
 * Options of {@link openEvaluation} and {@link createSkpPlan}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: OpenOptions = { asOf: assertIsoDate('2026-01-02') };
 * ```
 */
export interface OpenOptions {
  /** The day of opening. */
  readonly asOf: IsoDate;
}

/**
 * Opens an evaluation: checks the input (untrusted data is fine: {@link openEvaluationInputSchema}),
 * checks that the pengelola kinerja (HR) is the actor ({@link authorize} with `open`), and returns a
 * new evaluation in state `open`, revision 1, with one history entry. The pejabat penilai and the
 * atasan must not be the employee, the atasan must not be the pejabat penilai, and neither may have
 * a declared conflict of interest.
 *
 * Issues: `input.*` for missing or ill-typed fields, `date.*` for the period and `asOf`,
 * `workflow.assessor-is-employee`, `workflow.atasan-is-supervisor`, `workflow.assessor-conflicted`,
 * `workflow.invalid-actor`, `workflow.deny.*` when the actor may not open it. Never throws.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r = openEvaluation(
 *   { id: 'ev-1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1', atasanId: 'A1',
 *     period: { start: '2026-01-01', end: '2026-12-31' } },
 *   { id: 'H1', roles: ['pengelola-kinerja'] },
 *   { asOf: assertIsoDate('2026-01-02') },
 * );
 * r.ok && r.value.state; // 'open'
 * r.ok && r.value.history; // [{ action: 'open', actor: 'H1', role: 'pengelola-kinerja', asOf: '2026-01-02', reason: null, from: null, to: 'open', revision: 1 }]
 * ```
 */
export function openEvaluation(
  input: OpenEvaluationInput,
  actor: Actor,
  options: OpenOptions,
): Result<Evaluation, Issue[]> {
  const issues: Issue[] = [];
  const opts = readOptions(openOptionsSchema, options, issues);
  const who = readActor(actor);
  if (who === undefined) issues.push(issue(workflowMessages, 'workflow.invalid-actor', ['actor']));
  const read = readObject(openEvaluationInputSchema, input, ['input'], issues);
  const { employeeId, supervisorId, atasanId } = read.fields;

  const declared: { assessorId: string; relation: string; notes: string | null }[] = [];
  (read.fields.conflicts ?? []).forEach((c, i) => {
    const path = ['input', 'conflicts', i];
    if (c.assessorId === employeeId)
      issues.push(issue(workflowMessages, 'workflow.conflict-of-employee', [...path, 'assessorId']));
    else {
      const earlier = declared.find((d) => d.assessorId === c.assessorId);
      if (earlier !== undefined)
        issues.push(
          issue(workflowMessages, 'workflow.conflict-already-declared', [...path, 'assessorId'], {
            assessorId: c.assessorId,
            relation: earlier.relation,
          }),
        );
      else declared.push({ assessorId: c.assessorId, relation: c.relation, notes: c.notes ?? null });
    }
  });

  if (employeeId !== undefined) {
    if (supervisorId === employeeId)
      issues.push(
        issue(workflowMessages, 'workflow.assessor-is-employee', ['input', 'supervisorId'], {
          field: 'supervisorId',
        }),
      );
    if (atasanId === employeeId)
      issues.push(
        issue(workflowMessages, 'workflow.assessor-is-employee', ['input', 'atasanId'], {
          field: 'atasanId',
        }),
      );
  }
  if (atasanId !== undefined && atasanId === supervisorId)
    issues.push(issue(workflowMessages, 'workflow.atasan-is-supervisor', ['input', 'atasanId']));
  for (const [field, person] of [
    ['supervisorId', supervisorId],
    ['atasanId', atasanId],
  ] as const) {
    const c = declared.find((d) => d.assessorId === person);
    if (c !== undefined)
      issues.push(
        issue(workflowMessages, 'workflow.assessor-conflicted', ['input', field], {
          assessorId: c.assessorId,
          relation: c.relation,
        }),
      );
  }

  const value = read.value;
  if (issues.length > 0 || opts === undefined || who === undefined || value === undefined) return err(issues);
  const { asOf } = opts;
  const { id, agencyId, unitId, period } = value;
  const decision = authorize(who, 'open', {
    agencyId,
    employeeId: value.employeeId,
    supervisorId: value.supervisorId,
    atasanId: value.atasanId,
  });
  if (!decision.allowed || decision.as === undefined) {
    return err([denialIssue(decision, ['actor'])]);
  }
  const conflicts: ConflictOfInterest[] = declared.map((d) => ({
    assessorId: d.assessorId,
    relation: d.relation,
    declaredOn: asOf,
    declaredBy: who.id,
    notes: d.notes,
  }));
  return ok({
    id,
    agencyId,
    unitId,
    employeeId: value.employeeId,
    supervisorId: value.supervisorId,
    atasanId: value.atasanId,
    period,
    state: 'open',
    revision: 1,
    selfAssessment: null,
    supervisorAssessment: null,
    ofRecord: null,
    dialogue: null,
    mediation: null,
    releasedOn: null,
    appeal: null,
    conflicts,
    history: [
      {
        action: 'open',
        actor: who.id,
        role: decision.as,
        asOf,
        reason: null,
        from: null,
        to: 'open',
        revision: 1,
      },
    ],
  });
}
