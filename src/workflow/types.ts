import type * as z from 'zod';
import type { DateRange, IsoDate } from '../date/index';
import type { LocalizedText } from '../explain/index';
import type {
  appealDecisionSchema,
  evaluationStateSchema,
  skpPlanStateSchema,
  workflowRoleSchema,
} from './schemas';

/**
 * A JSON value: what the workflow stores of ratings and results it does not interpret (the
 * scoring result, the ratings per item). Copied on the way in, so later changes to the caller's
 * objects never reach an evaluation.
 *
 * @category Workflow
 * @example
 * ```ts
 * const ratings: JsonValue = { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'di-atas-ekspektasi' };
 * ```
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * The states of an evaluation's lifecycle, in their usual order (see {@link EVALUATION_TRANSITIONS}).
 *
 * @category Workflow
 * @example
 * ```ts
 * const s: EvaluationState = 'in-dialogue';
 * ```
 */
export type EvaluationState = z.output<typeof evaluationStateSchema>;

/**
 * The roles a person can hold on one evaluation. `pegawai`, `pejabat-penilai` and
 * `atasan-pejabat-penilai` follow from the evaluation's ids; `pengelola-kinerja` (HR) from the
 * actor's declared roles.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r: WorkflowRole = 'atasan-pejabat-penilai';
 * ```
 */
export type WorkflowRole = z.output<typeof workflowRoleSchema>;

/**
 * Who is acting: a person id, and the agency-wide roles they hold. Only `pengelola-kinerja` (HR)
 * is such a role; the other roles follow from the evaluation. When `agencyId` is given, HR powers
 * apply only to evaluations of that agency.
 *
 * @category Workflow
 * @example
 * ```ts
 * const hr: Actor = { id: '198001012005011001', roles: ['pengelola-kinerja'], agencyId: 'kota-palu' };
 * const employee: Actor = { id: '199001012015031001' };
 * ```
 */
export interface Actor {
  /** The person's id (e.g. the NIP). */
  readonly id: string;
  /** Agency-wide roles: `pengelola-kinerja` makes the actor HR. Other entries are ignored. */
  readonly roles?: readonly string[] | undefined;
  /** The agency the actor's HR role belongs to; when absent, HR powers are not limited by agency. */
  readonly agencyId?: string | undefined;
}

/**
 * An assessment as given (by the employee for themself, or by the pejabat penilai).
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: AssessmentRecord = { by: 'E1', on: assertIsoDate('2026-01-10'), ratings: { perilaku: 'sesuai-ekspektasi' }, result: null, notes: null };
 * ```
 */
export interface AssessmentRecord {
  /** Who gave it. */
  readonly by: string;
  /** When it was recorded (the transition's `asOf`). */
  readonly on: IsoDate;
  /** The ratings per item, opaque to the workflow. */
  readonly ratings: JsonValue;
  /** A scoring result or a reference to one, opaque to the workflow. */
  readonly result: JsonValue;
  /** Free text. */
  readonly notes: string | null;
}

/**
 * The pejabat penilai's assessment: an {@link AssessmentRecord} and whether the gap to the
 * self-assessment calls for a dialogue (as `reconcile` reports it).
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: SupervisorAssessment = { by: 'S1', on: assertIsoDate('2026-01-12'), ratings: {}, result: null, notes: null, needsDialogue: true };
 * ```
 */
export interface SupervisorAssessment extends AssessmentRecord {
  /** Whether the self/supervisor gap exceeds the ruleset's tolerance. */
  readonly needsDialogue: boolean;
}

/**
 * The ratings and result of record and where they came from: the pejabat penilai's assessment,
 * revised in an agreed dialogue, by mediation, or by a granted appeal.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r: RecordOfResult = { ratings: {}, result: null, source: 'mediation', by: 'A1', on: assertIsoDate('2026-01-20') };
 * ```
 */
export interface RecordOfResult {
  /** The ratings of record. */
  readonly ratings: JsonValue;
  /** The result of record. */
  readonly result: JsonValue;
  /** The step that set them. */
  readonly source: 'assessment' | 'dialogue' | 'mediation' | 'appeal';
  /** Who set them. */
  readonly by: string;
  /** When. */
  readonly on: IsoDate;
}

/**
 * The dialogue between the employee and the pejabat penilai, and its outcome.
 *
 * @category Workflow
 * @example
 * ```ts
 * const d: DialogueRecord = { heldOn: assertIsoDate('2026-01-14'), outcome: 'disagreed', notes: 'Perilaku dinilai berbeda', by: 'S1' };
 * ```
 */
export interface DialogueRecord {
  /** The day the dialogue took place. */
  readonly heldOn: IsoDate;
  /** Whether the two agreed. */
  readonly outcome: 'agreed' | 'disagreed';
  /** What was said or agreed. */
  readonly notes: string | null;
  /** Who recorded the outcome (the pejabat penilai). */
  readonly by: string;
}

/**
 * Mediation by the atasan pejabat penilai after a failed dialogue.
 *
 * @category Workflow
 * @example
 * ```ts
 * const m: MediationRecord = { by: 'A1', on: assertIsoDate('2026-01-20'), decision: 'upheld', reason: 'Bukti kinerja mendukung penilaian' };
 * ```
 */
export interface MediationRecord {
  /** The atasan pejabat penilai. */
  readonly by: string;
  /** When. */
  readonly on: IsoDate;
  /** `upheld`: the pejabat penilai's rating stands; `revised`: the ratings of record were changed. */
  readonly decision: 'upheld' | 'revised';
  /** Why (required). */
  readonly reason: string;
}

/**
 * An appeal (keberatan) and, once decided, its decision.
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: AppealRecord = {
 *   filedOn: assertIsoDate('2026-02-10'), reasons: ['Capaian IKI 2 tidak dihitung'], deadline: assertIsoDate('2026-02-15'),
 *   decision: null, decisionReason: null, decidedBy: null, decidedOn: null,
 * };
 * ```
 */
export interface AppealRecord {
  /** When the employee filed it. */
  readonly filedOn: IsoDate;
  /** The employee's reasons, at least one. */
  readonly reasons: readonly string[];
  /** The last day it could be filed (from the release date and the ruleset's `calendar.appeal`). */
  readonly deadline: IsoDate;
  /** The atasan pejabat penilai's decision; `null` until decided. */
  readonly decision: AppealDecision | null;
  /** Why; `null` until decided. */
  readonly decisionReason: string | null;
  /** Who decided; `null` until decided. */
  readonly decidedBy: string | null;
  /** When; `null` until decided. */
  readonly decidedOn: IsoDate | null;
}

/**
 * The decision on an appeal: `rejected` (ditolak: the result stands), `granted` (dikabulkan) or
 * `partly-granted` (dikabulkan sebagian); the last two revise the result of record.
 *
 * @category Workflow
 * @example
 * ```ts
 * const d: AppealDecision = 'partly-granted';
 * ```
 */
export type AppealDecision = z.output<typeof appealDecisionSchema>;

/**
 * A declared conflict of interest between an assessor and the employee (for example a family
 * relation, `keluarga`). An assessor with one must recuse: {@link authorize} denies them every
 * assessing, mediating and appeal-deciding action on the evaluation.
 *
 * @category Workflow
 * @example
 * ```ts
 * const c: ConflictOfInterest = { assessorId: 'S1', relation: 'keluarga', declaredOn: assertIsoDate('2026-01-05'), declaredBy: 'S1', notes: null };
 * ```
 */
export interface ConflictOfInterest {
  /** The assessor who must recuse. */
  readonly assessorId: string;
  /** The relation to the employee, e.g. `keluarga`, `suami-istri`, `usaha-bersama`. */
  readonly relation: string;
  /** When it was declared. */
  readonly declaredOn: IsoDate;
  /** Who declared it: the assessor themself, or HR. */
  readonly declaredBy: string;
  /** Free text. */
  readonly notes: string | null;
}

/**
 * One entry of an evaluation's append-only history: every successful transition adds one.
 *
 * @category Workflow
 * @example
 * ```ts
 * const h: HistoryEntry = {
 *   action: 'assess', actor: 'S1', role: 'pejabat-penilai', asOf: assertIsoDate('2026-01-12'),
 *   reason: null, from: 'self-assessed', to: 'assessed', revision: 3,
 * };
 * ```
 */
export interface HistoryEntry {
  /** The action, or `open` for the evaluation's creation. */
  readonly action: EvaluationActionType | 'open';
  /** The actor's id. */
  readonly actor: string;
  /** The role the actor was allowed as. */
  readonly role: WorkflowRole;
  /** The day it happened. */
  readonly asOf: IsoDate;
  /** The reason given with the action, if any (return, mediation, appeal decision, reassignment, conflict). */
  readonly reason: string | null;
  /** The state before (`null` for `open`). */
  readonly from: EvaluationState | null;
  /** The state after. */
  readonly to: EvaluationState;
  /** The revision the evaluation has after this entry. */
  readonly revision: number;
}

/**
 * One employee's evaluation for one period: who is involved, where it stands in its lifecycle, what
 * each party recorded, and its history. Plain immutable data, JSON-serialisable; change it only
 * with {@link transition}. Absent records are `null`, so every evaluation has the same keys.
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
 * if (r.ok) r.value.state; // 'open'
 * ```
 */
export interface Evaluation {
  /** The evaluation's id. */
  readonly id: string;
  /** The agency (instansi). */
  readonly agencyId: string;
  /** The unit (unit kerja). */
  readonly unitId: string;
  /** The employee evaluated (pegawai). */
  readonly employeeId: string;
  /** The pejabat penilai kinerja: the direct supervisor. */
  readonly supervisorId: string;
  /** The atasan pejabat penilai: mediates and decides appeals. */
  readonly atasanId: string;
  /** The period evaluated. */
  readonly period: DateRange;
  /** Where the evaluation stands. */
  readonly state: EvaluationState;
  /** Grows by one with every transition (optimistic concurrency for stores). */
  readonly revision: number;
  /** The employee's self-assessment. */
  readonly selfAssessment: AssessmentRecord | null;
  /** The pejabat penilai's assessment, as given. */
  readonly supervisorAssessment: SupervisorAssessment | null;
  /** The ratings and result of record. */
  readonly ofRecord: RecordOfResult | null;
  /** The dialogue and its outcome. */
  readonly dialogue: DialogueRecord | null;
  /** The atasan pejabat penilai's mediation after a failed dialogue. */
  readonly mediation: MediationRecord | null;
  /** The day the result was released to the employee. */
  readonly releasedOn: IsoDate | null;
  /** The appeal (keberatan). */
  readonly appeal: AppealRecord | null;
  /** Declared conflicts of interest. */
  readonly conflicts: readonly ConflictOfInterest[];
  /** Every transition, oldest first. */
  readonly history: readonly HistoryEntry[];
}

/**
 * A revised set of ratings and result (after a dialogue, a mediation or a granted appeal).
 *
 * @category Workflow
 * @example
 * ```ts
 * const r: Revision = { ratings: { perilaku: 'di-atas-ekspektasi' }, result: { predikat: 'sangat-baik' } };
 * ```
 */
export interface Revision {
  /** The ratings. */
  readonly ratings: JsonValue;
  /** The result (optional; `null` when absent). */
  readonly result?: JsonValue | undefined;
}

/**
 * An action on an evaluation, with its payload. `transition` validates every payload (untrusted
 * input is fine: bad shapes become issues).
 *
 * - `self-assess` (pegawai): the employee's own ratings.
 * - `assess` (pejabat penilai): the supervisor's ratings and whether the gap calls for a dialogue.
 * - `start-dialogue` (pegawai or pejabat penilai).
 * - `record-dialogue` (pejabat penilai): the outcome; an agreed dialogue may revise the ratings.
 * - `finalise` (pejabat penilai).
 * - `mediate` (atasan pejabat penilai): `upheld` or `revised` (with a revision), and a reason.
 * - `release` (pengelola kinerja).
 * - `appeal` (pegawai): reasons, within the appeal deadline.
 * - `decide-appeal` (atasan pejabat penilai): `rejected`, `granted` or `partly-granted` (the last two
 *   with a revision), and a reason.
 * - `declare-conflict` (the assessor concerned, or pengelola kinerja).
 * - `reassign` (pengelola kinerja): a new pejabat penilai (until finalised) or atasan (until decided), with a reason.
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: EvaluationAction = { type: 'appeal', reasons: ['Capaian IKI 2 tidak dihitung'] };
 * ```
 */
export type EvaluationAction =
  | {
      readonly type: 'self-assess';
      readonly ratings: JsonValue;
      readonly result?: JsonValue | undefined;
      readonly notes?: string | null | undefined;
    }
  | {
      readonly type: 'assess';
      readonly ratings: JsonValue;
      readonly result?: JsonValue | undefined;
      readonly needsDialogue: boolean;
      readonly notes?: string | null | undefined;
    }
  | { readonly type: 'start-dialogue' }
  | {
      readonly type: 'record-dialogue';
      readonly outcome: 'agreed' | 'disagreed';
      readonly heldOn?: IsoDate | undefined;
      readonly notes?: string | null | undefined;
      readonly revised?: Revision | undefined;
    }
  | { readonly type: 'finalise' }
  | {
      readonly type: 'mediate';
      readonly decision: 'upheld' | 'revised';
      readonly reason: string;
      readonly revised?: Revision | undefined;
    }
  | { readonly type: 'release' }
  | { readonly type: 'appeal'; readonly reasons: readonly string[] | string }
  | {
      readonly type: 'decide-appeal';
      readonly decision: AppealDecision;
      readonly reason: string;
      readonly revised?: Revision | undefined;
    }
  | {
      readonly type: 'declare-conflict';
      readonly assessorId: string;
      readonly relation: string;
      readonly notes?: string | null | undefined;
    }
  | {
      readonly type: 'reassign';
      readonly supervisorId?: string | undefined;
      readonly atasanId?: string | undefined;
      readonly reason: string;
    };

/**
 * The type of an {@link EvaluationAction}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const t: EvaluationActionType = 'decide-appeal';
 * ```
 */
export type EvaluationActionType = EvaluationAction['type'];

/**
 * What {@link authorize} can be asked about: every {@link EvaluationActionType}, `open` (creating
 * an evaluation) and `view-result` (reading the result).
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: AuthorizableAction = 'view-result';
 * ```
 */
export type AuthorizableAction = EvaluationActionType | 'open' | 'view-result';

/**
 * The answer of {@link authorize}: whether the actor may take the action, always with a reason (a
 * stable code and a message in Indonesian and English), and the roles the actor holds on the
 * evaluation.
 *
 * @category Workflow
 * @example
 * ```ts
 * const d: Decision = {
 *   allowed: false,
 *   reason: { code: 'workflow.deny.conflict-of-interest', message: { id: '…', en: '…' }, params: { relation: 'keluarga' } },
 *   roles: ['pejabat-penilai'],
 * };
 * ```
 */
export interface Decision {
  /** Whether the action is allowed (the state is {@link transition}'s concern, except for `view-result`). */
  readonly allowed: boolean;
  /** Why, in both languages; `code` is `workflow.allow.<role>` or `workflow.deny.<reason>`. */
  readonly reason: DecisionReason;
  /** The roles the actor holds on the evaluation (or plan). */
  readonly roles: readonly WorkflowRole[];
  /** The role the action was allowed as; absent when denied. */
  readonly as?: WorkflowRole;
}

/**
 * The reason of a {@link Decision}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const r: DecisionReason = { code: 'workflow.allow.pegawai', message: { id: '…', en: '…' } };
 * ```
 */
export interface DecisionReason {
  /** A stable code from the message catalog. */
  readonly code: string;
  /** The message in Indonesian and English. */
  readonly message: LocalizedText;
  /** The values the message was built from. */
  readonly params?: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * The settings of the ruleset's `workflow` section, all optional here (defaults:
 * `selfAssessment: 'required'`, `dialogue: 'on-gap'`, `mediation: 'required'`).
 *
 * @category Workflow
 * @example
 * ```ts
 * const s: WorkflowSettings = { selfAssessment: 'optional', dialogue: 'always' };
 * ```
 */
export interface WorkflowSettings {
  /** Whether the employee must self-assess before the pejabat penilai assesses. */
  readonly selfAssessment?: 'required' | 'optional' | undefined;
  /** When a dialogue must precede finalisation. */
  readonly dialogue?: 'always' | 'on-gap' | 'optional' | undefined;
  /** Whether a disputed evaluation needs the atasan's mediation to be finalised. */
  readonly mediation?: 'required' | 'optional' | undefined;
}

/**
 * The parts of a ruleset the workflow reads. A validated `Ruleset` fits; so does a partial object.
 *
 * @category Workflow
 * @example
 * ```ts
 * const rules: WorkflowRules = { calendar: { appeal: { days: 14, kind: 'working' } }, workflow: { mediation: 'optional' } };
 * ```
 */
export interface WorkflowRules {
  /**
   * The review calendar: the `appeal` rule (default 14 calendar days) and, for working-day
   * deadlines, the agency's `holidays` and `weekend`.
   */
  readonly calendar?:
    | {
        readonly appeal?:
          | { readonly days: number; readonly kind?: 'calendar' | 'working' | undefined }
          | undefined;
        readonly holidays?: readonly IsoDate[] | undefined;
        readonly weekend?: readonly number[] | undefined;
      }
    | undefined;
  /** The workflow section. */
  readonly workflow?: WorkflowSettings | undefined;
}

/**
 * A ruleset wherever the workflow takes one: a built-in pack id (`'permenpanrb-6-2022'`), a parsed
 * `Ruleset` or any object with the parts the workflow reads ({@link WorkflowRules}), or a compiled
 * ruleset (`compileRuleset(…)`, whose `ruleset` is read).
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: WorkflowRuleset = 'permenpanrb-6-2022';
 * const b: WorkflowRuleset = { workflow: { selfAssessment: 'optional' } };
 * ```
 */
export type WorkflowRuleset = WorkflowRules | string | { readonly ruleset: WorkflowRules };

/**
 * Options of {@link transition}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const o: TransitionOptions = { asOf: assertIsoDate('2026-02-10'), ruleset: getPack('permenpanrb-6-2022'), holidays: [assertIsoDate('2026-02-17')] };
 * ```
 */
export interface TransitionOptions {
  /** The day the action happens. Never read from a clock. */
  readonly asOf: IsoDate;
  /** The ruleset (a pack id, a parsed or compiled ruleset, or the parts the workflow reads); defaults apply without one. */
  readonly ruleset?: WorkflowRuleset | undefined;
  /** Holidays for a working-day appeal deadline, added to the ruleset calendar's (the library knows none). */
  readonly holidays?: readonly IsoDate[] | undefined;
  /** Weekend days for a working-day appeal deadline, 0 = Sunday … 6 = Saturday; replaces the calendar's (default `[0, 6]`). */
  readonly weekend?: readonly number[] | undefined;
}

/**
 * The states of an SKP (performance plan): drafted by the employee, submitted, approved by the
 * pejabat penilai (or returned to draft with a reason).
 *
 * @category Workflow
 * @example
 * ```ts
 * const s: SkpPlanState = 'submitted';
 * ```
 */
export type SkpPlanState = z.output<typeof skpPlanStateSchema>;

/**
 * An action on an SKP plan: `submit` (pegawai, optionally with the plan's new content),
 * `approve` (pejabat penilai), `return` (pejabat penilai, with a reason).
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: SkpPlanAction = { type: 'return', reason: 'Target IKI 3 belum terukur' };
 * ```
 */
export type SkpPlanAction =
  | { readonly type: 'submit'; readonly content?: JsonValue | undefined }
  | { readonly type: 'approve' }
  | { readonly type: 'return'; readonly reason: string };

/**
 * The type of an {@link SkpPlanAction}.
 *
 * @category Workflow
 * @example
 * ```ts
 * const t: SkpPlanActionType = 'approve';
 * ```
 */
export type SkpPlanActionType = SkpPlanAction['type'];

/**
 * One entry of an SKP plan's history.
 *
 * @category Workflow
 * @example
 * ```ts
 * const h: SkpHistoryEntry = { action: 'submit', actor: 'E1', role: 'pegawai', asOf: assertIsoDate('2026-01-10'), reason: null, from: 'draft', to: 'submitted', revision: 2 };
 * ```
 */
export interface SkpHistoryEntry {
  /** The action, or `create`. */
  readonly action: SkpPlanActionType | 'create';
  /** The actor's id. */
  readonly actor: string;
  /** The role the actor was allowed as. */
  readonly role: WorkflowRole;
  /** The day it happened. */
  readonly asOf: IsoDate;
  /** The reason (for `return`). */
  readonly reason: string | null;
  /** The state before (`null` for `create`). */
  readonly from: SkpPlanState | null;
  /** The state after. */
  readonly to: SkpPlanState;
  /** The revision after this entry. */
  readonly revision: number;
}

/**
 * An employee's SKP (Sasaran Kinerja Pegawai) for a period, as a plan moving through approval.
 * The content (RHK, indicators, targets) is opaque JSON here.
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
 * if (r.ok) r.value.state; // 'draft'
 * ```
 */
export interface SkpPlan {
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
  /** The period planned. */
  readonly period: DateRange;
  /** Where the plan stands. */
  readonly state: SkpPlanState;
  /** Grows by one with every transition. */
  readonly revision: number;
  /** The plan itself (RHK, indicators, targets), opaque to the workflow. */
  readonly content: JsonValue;
  /** The last return to draft: why, by whom, when; `null` if never returned. */
  readonly returned: { readonly reason: string; readonly by: string; readonly on: IsoDate } | null;
  /** The approval; `null` until approved. */
  readonly approved: { readonly by: string; readonly on: IsoDate } | null;
  /** Every transition, oldest first. */
  readonly history: readonly SkpHistoryEntry[];
}

/**
 * What {@link authorizeSkpPlan} can be asked about: every {@link SkpPlanActionType}, `create`
 * and `view`.
 *
 * @category Workflow
 * @example
 * ```ts
 * const a: SkpAuthorizableAction = 'create';
 * ```
 */
export type SkpAuthorizableAction = SkpPlanActionType | 'create' | 'view';
