/**
 * The records and checks of the store conformance suite: evaluations and SKP plans built through
 * the real lifecycle (`openEvaluation`, `transition`, `createSkpPlan`, `transitionSkpPlan`), scored
 * results, ledger entries and unit predikat with exact decimals and leap days, and a small set of
 * assertions that throw a plain `Error` (so the suite needs no assertion library of a test runner).
 */
import { addDays, assertIsoDate, type DateRange, type IsoDate } from '../date/index';
import {
  type Issue,
  type Locale,
  type MessageCode,
  type MessageParams,
  message,
  unwrap,
} from '../explain/index';
import { catalog } from '../explain/messages/index';
import { testingMessages } from '../explain/messages/testing';
import { compileRuleset, type EvaluationResult, scoreEvaluation } from '../scoring/index';
import { RevisionConflictError, StoreError } from '../storage/errors';
import type {
  ChangeContext,
  LedgerEntryRecord,
  ResultRecord,
  SaveOptions,
  UnitPredikatRecord,
} from '../storage/types';
import {
  type Actor,
  createSkpPlan,
  type Evaluation,
  type EvaluationAction,
  type EvaluationState,
  type JsonValue,
  openEvaluation,
  type SkpPlan,
  transition,
  transitionSkpPlan,
} from '../workflow/index';

// ---------------------------------------------------------------------------------------------
// Assertions

/** The language of failure messages; set once per suite by `describeStoreConformance`. */
let locale: Locale = 'en';

/** Sets the language of failure messages. */
export function setFailureLocale(value: Locale): void {
  locale = value;
}

/** A catalog message in the suite's language. */
export function say(code: MessageCode, params: MessageParams = {}): string {
  return message(catalog, code, params)[locale];
}

/** A value as shown in a failure message: JSON, shortened. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Where two values first differ (a dotted path), or null when they are deeply equal. */
export function firstDifference(actual: unknown, expected: unknown, path = ''): string | null {
  if (actual === expected) return null;
  const here = path === '' ? '(root)' : path;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null)
    return here;
  if (Array.isArray(actual) !== Array.isArray(expected)) return here;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${here} (length ${actual.length} ≠ ${expected.length})`;
    for (let i = 0; i < actual.length; i++) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  for (const k of [...keys].sort()) {
    const sub = path === '' ? k : `${path}.${k}`;
    if (!(k in a) || !(k in e)) return `${sub} (${k in a ? 'unexpected' : 'missing'})`;
    const d = firstDifference(a[k], e[k], sub);
    if (d !== null) return d;
  }
  return null;
}

/** Throws unless `actual` deeply equals `expected` (same keys, same values; `undefined` ≠ absent). */
export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const at = firstDifference(actual, expected);
  if (at === null) return;
  const label = at === '(root)' ? what : `${what} at ${at}`;
  throw new Error(
    message(testingMessages, 'testing.mismatch', {
      path: label,
      expected: show(expected),
      actual: show(actual),
    })[locale],
  );
}

/** Throws unless `condition` holds; `what` names the check and `actual` what was found. */
export function assertTrue(condition: boolean, what: string, actual: unknown = condition): void {
  if (!condition) assertEqual(actual, `(${what})`, what);
}

function issueList(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.code} at ${i.path.join('.') || '(root)'}`).join('; ');
}

/** Awaits `promise` and throws unless it rejects with a `StoreError` of `code`; returns the error. */
export async function expectStoreError(
  promise: Promise<unknown>,
  code: string,
  what: string,
): Promise<StoreError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (e) {
    if (e instanceof StoreError && e.code === code) return e;
    const got =
      e instanceof StoreError
        ? issueList(e.issues)
        : e instanceof Error
          ? `${e.name}: ${e.message}`
          : show(e);
    throw new Error(
      `${what}: ${message(testingMessages, 'testing.wrong-code', { code, issues: got })[locale]}`,
    );
  }
  throw new Error(
    `${what}: ${message(testingMessages, 'testing.accepted', { code })[locale]} (${show(value)})`,
  );
}

/** Awaits `promise` and throws unless it rejects with a {@link RevisionConflictError} naming these revisions. */
export async function expectConflict(
  promise: Promise<unknown>,
  expected: number | null,
  actual: number | null,
  what: string,
): Promise<void> {
  const e = await expectStoreError(promise, 'storage.revision-conflict', what);
  assertTrue(e instanceof RevisionConflictError, `${what}: a RevisionConflictError`, e.name);
  const c = e as RevisionConflictError;
  assertEqual(
    { expected: c.expected, actual: c.actual },
    { expected, actual },
    `${what}: the conflict's revisions`,
  );
}

/** Runs `fn`, turning anything it throws that is not a `StoreError` into a failure naming `what`. */
export async function storeCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StoreError)
      throw new Error(
        `${what}: ${message(testingMessages, 'testing.rejected', { issues: issueList(e.issues) })[locale]}`,
      );
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Records

/** The cast: HR (opens evaluations, releases results), the employee, the pejabat penilai, the atasan. */
export const HR: Actor = { id: 'H1', roles: ['pengelola-kinerja'] };
export const EMPLOYEE_ACTOR = (id: string): Actor => ({ id });
export const SUPERVISOR_ID = 'S1';
export const ATASAN_ID = 'A1';

/** A leap year, with its leap day. */
export const YEAR_2024 = range('2024-01-01', '2024-12-31');
export const LEAP_DAY = range('2024-02-29', '2024-02-29');
export const Q1_2024 = range('2024-01-01', '2024-03-31');
export const YEAR_2025 = range('2025-01-01', '2025-12-31');

/** A period from two calendar dates. */
export function range(start: string, end: string): DateRange {
  return { start: assertIsoDate(start), end: assertIsoDate(end) };
}

/** Who changes things in the suite, and when (dates and timestamps with zones, as the port allows). */
export function change(at = '2025-01-31T08:00:00Z', actor = 'hr-01', reason?: string): ChangeContext {
  return reason === undefined ? { actor, at } : { actor, at, reason };
}

/** A {@link SaveOptions} with `expectedRevision`. */
export function save(expectedRevision: number | null, at = '2025-02-01', actor = 'hr-01'): SaveOptions {
  return { actor, at, expectedRevision };
}

/** What identifies an evaluation or a plan in the suite. */
export interface Keys {
  readonly id: string;
  readonly agencyId: string;
  readonly unitId: string;
  readonly employeeId: string;
  readonly period: DateRange;
}

/** The lifecycle the suite follows, and who takes each step. */
const STEPS: ReadonlyArray<{
  from: EvaluationState;
  action: EvaluationAction;
  by: 'employee' | 'supervisor' | 'atasan' | 'hr';
}> = [
  {
    from: 'open',
    action: {
      type: 'self-assess',
      ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'di-atas-ekspektasi' },
      notes: 'Catatan pegawai — ñ, ü, 漢字, 🏥',
    },
    by: 'employee',
  },
  {
    from: 'self-assessed',
    action: {
      type: 'assess',
      ratings: { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'di-atas-ekspektasi' },
      needsDialogue: true,
      notes: '',
    },
    by: 'supervisor',
  },
  { from: 'assessed', action: { type: 'start-dialogue' }, by: 'employee' },
  {
    from: 'in-dialogue',
    action: { type: 'record-dialogue', outcome: 'agreed', notes: 'Sepakat' },
    by: 'supervisor',
  },
  { from: 'agreed', action: { type: 'finalise' }, by: 'supervisor' },
  { from: 'finalised', action: { type: 'release' }, by: 'hr' },
  { from: 'released', action: { type: 'appeal', reasons: ['Capaian IKI 2 tidak dihitung'] }, by: 'employee' },
  {
    from: 'appealed',
    action: { type: 'decide-appeal', decision: 'rejected', reason: 'Bukti tidak mendukung' },
    by: 'atasan',
  },
];

/** Opens an evaluation (revision 1, state `open`) on 2025-01-02. */
export function openedEvaluation(keys: Keys): Evaluation {
  return unwrap(
    openEvaluation({ ...keys, supervisorId: SUPERVISOR_ID, atasanId: ATASAN_ID }, HR, {
      asOf: assertIsoDate('2025-01-02'),
    }),
  );
}

function lastDay(ev: Evaluation): IsoDate {
  return ev.history[ev.history.length - 1]?.asOf ?? assertIsoDate('2025-01-02');
}

/**
 * The next step of the lifecycle (one day after the last), or null once decided: self-assessment,
 * assessment with a gap, dialogue, agreement, finalisation, release, appeal, decision.
 */
export function nextEvaluation(ev: Evaluation): Evaluation | null {
  const step = STEPS.find((s) => s.from === ev.state);
  if (step === undefined) return null;
  const actor: Actor =
    step.by === 'hr'
      ? HR
      : {
          id:
            step.by === 'employee' ? ev.employeeId : step.by === 'supervisor' ? ev.supervisorId : ev.atasanId,
        };
  return unwrap(transition(ev, step.action, actor, { asOf: addDays(lastDay(ev), 1) }));
}

/** Every version of one evaluation from `open` (index 0, revision 1) to `decided` (revision 9). */
export function evaluationVersions(keys: Keys): Evaluation[] {
  const out = [openedEvaluation(keys)];
  for (let next = nextEvaluation(out[0] as Evaluation); next !== null; next = nextEvaluation(next))
    out.push(next);
  return out;
}

/** The version of an evaluation in `state` (through the lifecycle above). */
export function evaluationIn(keys: Keys, state: EvaluationState): Evaluation {
  const found = evaluationVersions(keys).find((e) => e.state === state);
  if (found === undefined) throw new Error(`the suite's lifecycle never reaches ${state}`);
  return found;
}

/** SKP content with what must survive a round trip: exact numbers, long text, unicode, empty strings. */
export const SKP_CONTENT: JsonValue = {
  rhk: [
    {
      id: 'RHK-1',
      text: 'Meningkatnya layanan kesehatan — puskesmas ñ ü 漢字 عربى 🏥',
      indicators: [
        { id: 'IKI-1', target: '0.1', unit: '%', weight: 0.1 },
        { id: 'IKI-2', target: '123456789012345678901234567890', unit: '', weight: 9007199254740991 },
      ],
    },
  ],
  notes: '',
  flags: { empty: {}, none: [], nothing: null, yes: true, no: false, negative: -42.5 },
};

/** An SKP plan created as a draft (revision 1) on 2025-01-03. */
export function draftSkp(keys: Keys, content: JsonValue = SKP_CONTENT): SkpPlan {
  return unwrap(
    createSkpPlan(
      { ...keys, supervisorId: SUPERVISOR_ID, content },
      { id: keys.employeeId },
      { asOf: assertIsoDate('2025-01-03') },
    ),
  );
}

/** The next version of a plan: a draft is submitted, a submitted plan approved; null once approved. */
export function nextSkp(plan: SkpPlan): SkpPlan | null {
  const last = plan.history[plan.history.length - 1]?.asOf ?? assertIsoDate('2025-01-03');
  const asOf = addDays(last, 1);
  if (plan.state === 'draft')
    return unwrap(transitionSkpPlan(plan, { type: 'submit' }, { id: plan.employeeId }, { asOf }));
  if (plan.state === 'submitted')
    return unwrap(transitionSkpPlan(plan, { type: 'approve' }, { id: plan.supervisorId }, { asOf }));
  return null;
}

let scored: EvaluationResult | undefined;

/** A real result of `scoreEvaluation` (PP 46/2011, a numeric score), computed once. */
export function baseResult(): EvaluationResult {
  scored ??= unwrap(
    scoreEvaluation(unwrap(compileRuleset('pp46-2011')), {
      indicators: [
        {
          id: 'k1',
          kind: 'pp46-activity',
          kuantitas: { target: 1, realisasi: 1 },
          kualitas: { target: 100, realisasi: 90 },
          waktu: { target: 12, realisasi: 12 },
        },
      ],
      ratings: { 'orientasi-pelayanan': 80, integritas: 80, komitmen: 80, disiplin: 80, 'kerja-sama': 80 },
    }),
  );
  return scored;
}

/** A result record: the scored result with `score` (an exact decimal) and `predikat` replaced. */
export function resultRecord(
  keys: Omit<Keys, 'id'> & { readonly id: string; readonly evaluationId?: string | null },
  score = '85.20',
  predikat = 'baik',
): ResultRecord {
  const result = { ...baseResult(), score, predikat } as EvaluationResult;
  return {
    agencyId: keys.agencyId,
    id: keys.id,
    evaluationId: keys.evaluationId ?? null,
    unitId: keys.unitId,
    employeeId: keys.employeeId,
    period: keys.period,
    result,
  };
}

/** Exact decimals that must come back character for character (canonical, scale kept). */
export const DECIMALS = {
  tenth: '0.1',
  scaled: '0.10',
  digits30: '123456789012345678901.234567891',
  digits60: '123456789012345678901234567890.123456789012345678901234567891',
  tiny: '-0.000000000000000000000000000001',
  whole: '25.000',
} as const;

/** A ledger entry of `employeeId` (12 months of `predikat` in `year`). */
export function ledgerEntry(
  agencyId: string,
  employeeId: string,
  angkaKredit: string,
  year = 2024,
  note: string | null = null,
): LedgerEntryRecord {
  return {
    agencyId,
    employeeId,
    year,
    jenjang: 'ahli-muda',
    predikat: 'baik',
    months: 12,
    angkaKredit,
    evaluationId: null,
    note,
  };
}

/** A unit predikat record. */
export function unitPredikat(
  agencyId: string,
  unitId: string,
  period: DateRange,
  predikat = 'baik',
  note: string | null = null,
): UnitPredikatRecord {
  return { agencyId, unitId, period, predikat, note };
}

/** A ruleset document that parses: the 2022 pack extended under another id and version. */
export function rulesetDocument(id: string, version: number, name = 'Pemerintah Kota — ñ 漢字'): JsonValue {
  return {
    schemaVersion: 1,
    id,
    version,
    extends: 'permenpanrb-6-2022',
    effective: { from: '2025-01-01' },
    name,
  };
}

/** UTF-8 byte order of two strings (the order listings use), without node built-ins. */
export function compareBytes(a: string, b: string): number {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}
