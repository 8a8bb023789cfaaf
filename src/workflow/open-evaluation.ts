import type { IsoDate } from '../date/index';
import { err, type Issue, issue, ok, type Result } from '../explain/index';
import { authorize } from './authorize';
import { readOpening } from './internal/opening';
import { checkKeys, isRecord, kindOf, readId, readOptionalText } from './internal/payload';
import { denialIssue } from './internal/roles';
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
    readonly notes?: string;
  }[];
}

/**
 * Options of {@link openEvaluation} and {@link createSkpPlan}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: OpenOptions = { asOf: isoDate('2026-01-02') };
 * ```
 */
export interface OpenOptions {
  /** The day of opening. */
  readonly asOf: IsoDate;
}

const KEYS = ['id', 'agencyId', 'unitId', 'employeeId', 'supervisorId', 'atasanId', 'period', 'conflicts'];

/**
 * Opens an evaluation: checks the input (untrusted data is fine), checks that the pengelola kinerja
 * (HR) is the actor ({@link authorize} with `open`), and returns a new evaluation in state `open`,
 * revision 1, with one history entry. The pejabat penilai and the atasan must not be the employee,
 * the atasan must not be the pejabat penilai, and neither may have a declared conflict of interest.
 *
 * Issues: `input.*` for missing or ill-typed fields, `date.*` for the period and `asOf`,
 * `workflow.assessor-is-employee`, `workflow.atasan-is-supervisor`, `workflow.assessor-conflicted`,
 * `workflow.invalid-actor`, `workflow.deny.*` when the actor may not open it.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r = openEvaluation(
 *   { id: 'ev-1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1', atasanId: 'A1',
 *     period: { start: '2026-01-01', end: '2026-12-31' } },
 *   { id: 'H1', roles: ['pengelola-kinerja'] },
 *   { asOf: isoDate('2026-01-02') },
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
  const read = readOpening(input, actor, options, KEYS, ['atasanId']);
  const { issues, raw } = read;
  if (raw === undefined) return err(issues);
  const { id, agencyId, unitId, employeeId, supervisorId, asOf, period } = read;
  const atasanId = read.more.atasanId;

  const declared: { assessorId: string; relation: string; notes: string | null }[] = [];
  if (raw.conflicts !== undefined) {
    if (!Array.isArray(raw.conflicts)) {
      issues.push(
        issue('input.invalid-type', ['input', 'conflicts'], {
          expected: 'array',
          received: kindOf(raw.conflicts),
        }),
      );
    } else {
      raw.conflicts.forEach((c: unknown, i: number) => {
        const path = ['input', 'conflicts', i];
        if (!isRecord(c)) {
          issues.push(issue('input.invalid-type', path, { expected: 'object', received: kindOf(c) }));
          return;
        }
        checkKeys(c, ['assessorId', 'relation', 'notes'], path, issues);
        const assessorId = readId(c.assessorId, [...path, 'assessorId'], issues);
        const relation = readId(c.relation, [...path, 'relation'], issues);
        const notes = readOptionalText(c.notes, [...path, 'notes'], issues);
        if (assessorId === undefined || relation === undefined || notes === undefined) return;
        if (assessorId === employeeId)
          issues.push(issue('workflow.conflict-of-employee', [...path, 'assessorId']));
        else if (declared.some((d) => d.assessorId === assessorId)) {
          issues.push(
            issue('workflow.conflict-already-declared', [...path, 'assessorId'], {
              assessorId,
              relation: declared.find((d) => d.assessorId === assessorId)?.relation ?? relation,
            }),
          );
        } else declared.push({ assessorId, relation, notes });
      });
    }
  }

  if (employeeId !== undefined) {
    if (supervisorId === employeeId)
      issues.push(
        issue('workflow.assessor-is-employee', ['input', 'supervisorId'], { field: 'supervisorId' }),
      );
    if (atasanId === employeeId)
      issues.push(issue('workflow.assessor-is-employee', ['input', 'atasanId'], { field: 'atasanId' }));
  }
  if (atasanId !== undefined && atasanId === supervisorId)
    issues.push(issue('workflow.atasan-is-supervisor', ['input', 'atasanId']));
  for (const [field, who] of [
    ['supervisorId', supervisorId],
    ['atasanId', atasanId],
  ] as const) {
    const c = declared.find((d) => d.assessorId === who);
    if (c !== undefined)
      issues.push(
        issue('workflow.assessor-conflicted', ['input', field], {
          assessorId: c.assessorId,
          relation: c.relation,
        }),
      );
  }

  if (
    issues.length > 0 ||
    asOf === undefined ||
    period === undefined ||
    id === undefined ||
    agencyId === undefined ||
    unitId === undefined ||
    employeeId === undefined ||
    supervisorId === undefined ||
    atasanId === undefined
  ) {
    return err(issues);
  }

  const decision = authorize(actor, 'open', { agencyId, employeeId, supervisorId, atasanId });
  if (!decision.allowed || decision.as === undefined) {
    return err([denialIssue(decision, ['actor'])]);
  }
  const conflicts: ConflictOfInterest[] = declared.map((d) => ({
    assessorId: d.assessorId,
    relation: d.relation,
    declaredOn: asOf,
    declaredBy: actor.id,
    notes: d.notes,
  }));
  return ok({
    id,
    agencyId,
    unitId,
    employeeId,
    supervisorId,
    atasanId,
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
        actor: actor.id,
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
