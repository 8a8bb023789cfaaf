/**
 * Structural validation of what is given to a store (records, change contexts, queries) and of
 * what a backend gives back (stored docs). Validators collect every issue with its path; the core
 * throws one {@link StoreError}. A doc read back that does not validate becomes
 * `storage.malformed-row` issues at `[kind, agencyId, key, …]`, never a wrong value.
 */
import { isIsoDate, parseDateRange } from '../date';
import { isDecimalString, parseDecimal } from '../decimal';
import { type Issue, issue, type PathSegment } from '../explain';
import { EVALUATION_ACTIONS, EVALUATION_STATES, SKP_PLAN_STATES } from '../workflow';
import { canonicalJson, NotJsonError } from './canonical';
import { StoreError } from './errors';
import { codePointLength, isStorableText, LONE_SURROGATE, MAX_ID_LENGTH } from './text';
import type { RowKind, StoreRow } from './types';

type Path = readonly PathSegment[];
/** A validator: pushes the issues of `value` (at `path`) onto `issues`. */
export type Check = (value: unknown, path: Path, issues: Issue[]) => void;

/** Whether `value` is a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type name of a value, for `input.invalid-type`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function wrongType(expected: string, value: unknown, path: Path, issues: Issue[]): void {
  issues.push(issue('input.invalid-type', path, { expected, received: kindOf(value) }));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether `value` is a valid id: a non-empty string without control characters. */
export function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value !== '' &&
    !CONTROL.test(value) &&
    !LONE_SURROGATE.test(value) &&
    codePointLength(value) <= MAX_ID_LENGTH
  );
}

/**
 * An id: a non-empty string without control characters or unpaired surrogates, at most
 * {@link MAX_ID_LENGTH} code points. Every adapter applies the same rule (the core checks it), so
 * code tested on the memory store does not fail on an SQL store.
 */
export const id: Check = (value, path, issues) => {
  if (typeof value !== 'string') wrongType('string', value, path, issues);
  else if (value === '' || CONTROL.test(value) || LONE_SURROGATE.test(value))
    issues.push(issue('storage.invalid-id', path, { value: value.slice(0, 60) }));
  else if (value.length > MAX_ID_LENGTH && codePointLength(value) > MAX_ID_LENGTH)
    issues.push(
      issue('storage.value-too-long', path, {
        column: String(path[path.length - 1] ?? 'id'),
        length: codePointLength(value),
        maximum: MAX_ID_LENGTH,
      }),
    );
};

/** Free text stored in a column (actor, reason): no NUL character, no unpaired surrogate. */
export const storableText = (value: string, path: Path, issues: Issue[]): void => {
  if (!isStorableText(value))
    issues.push(issue('storage.unstorable-text', path, { column: String(path[path.length - 1] ?? '') }));
};

/** Any string. */
export const str: Check = (value, path, issues) => {
  if (typeof value !== 'string') wrongType('string', value, path, issues);
};

/** A non-empty string. */
export const text: Check = (value, path, issues) => {
  if (typeof value !== 'string') wrongType('string', value, path, issues);
  else if (value === '') issues.push(issue('input.required', path));
};

const bool: Check = (value, path, issues) => {
  if (typeof value !== 'boolean') wrongType('boolean', value, path, issues);
};

/** A calendar date `YYYY-MM-DD`. */
export const date: Check = (value, path, issues) => {
  if (typeof value !== 'string') wrongType('string', value, path, issues);
  else if (!isIsoDate(value)) issues.push(issue('input.invalid-format', path, { format: 'YYYY-MM-DD' }));
};

/** An integer from `min` to `max`. */
export function int(min: number, max: number = Number.MAX_SAFE_INTEGER): Check {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) wrongType('integer', value, path, issues);
    else if (value < min) issues.push(issue('input.too-small', path, { minimum: min }));
    else if (value > max) issues.push(issue('input.too-big', path, { maximum: max }));
  };
}

/** One of `values`. */
export function oneOf(values: readonly (string | null)[]): Check {
  return (value, path, issues) => {
    if (!values.includes(value as string)) {
      issues.push(
        issue('input.invalid-value', path, {
          expected: values.map((v) => (v === null ? 'null' : v)).join(', '),
        }),
      );
    }
  };
}

/** `null`, or what `check` accepts. */
export function nullable(check: Check): Check {
  return (value, path, issues) => {
    if (value !== null) check(value, path, issues);
  };
}

/** An array whose every element `check` accepts. */
export function arrayOf(check: Check): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      wrongType('array', value, path, issues);
      return;
    }
    for (let i = 0; i < value.length; i++) check(value[i], [...path, i], issues);
  };
}

/** Plain JSON data (checked deeply). */
export const json: Check = (value, path, issues) => {
  try {
    canonicalJson(value);
  } catch (e) {
    if (!(e instanceof NotJsonError)) throw e;
    issues.push(issue('storage.not-json', [...path, ...e.path], { received: e.received }));
  }
};

/** Plain JSON data, already known to be JSON (read back with `JSON.parse`): nothing to check. */
const anyJson: Check = () => {};

/**
 * An object with exactly these fields: a missing field is `input.required`, an extra one
 * `input.unknown-key` (a store keeps only what it can give back). `optional` fields may be absent.
 */
export function object(fields: Readonly<Record<string, Check>>, optional: readonly string[] = []): Check {
  const names = Object.keys(fields);
  return (value, path, issues) => {
    if (!isRecord(value)) {
      wrongType('object', value, path, issues);
      return;
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key)) issues.push(issue('input.unknown-key', [...path, key], { key }));
    }
    for (const key of names) {
      const v = value[key];
      if (v === undefined) {
        if (!optional.includes(key) || Object.hasOwn(value, key))
          issues.push(issue('input.required', [...path, key]));
        continue;
      }
      (fields[key] as Check)(v, [...path, key], issues);
    }
  };
}

/** A period: `{ start, end }`, both calendar dates, `end` not before `start`. */
export const period: Check = (value, path, issues) => {
  if (!isRecord(value)) {
    wrongType('object', value, path, issues);
    return;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'start' && key !== 'end') issues.push(issue('input.unknown-key', [...path, key], { key }));
  }
  const r = parseDateRange(value, path);
  if (!r.ok) issues.push(...r.issues);
};

/** A canonical decimal string (what `parseDecimal` returns). */
export const canonicalDecimal: Check = (value, path, issues) => {
  if (typeof value !== 'string') {
    wrongType('decimal string', value, path, issues);
    return;
  }
  if (isDecimalString(value)) return;
  const r = parseDecimal(value, path);
  if (!r.ok) issues.push(...r.issues);
  else
    issues.push(
      issue('storage.decimal-not-canonical', path, { value: value.slice(0, 80), canonical: r.value }),
    );
};

// ---------------------------------------------------------------------------------------------
// Change contexts and options.

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Whether `value` is a calendar date or an ISO 8601 timestamp with a zone. */
export function isChangeTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (isIsoDate(value)) return true;
  const m = TIMESTAMP.exec(value);
  if (m === null || !isIsoDate(m[1])) return false;
  const [h, min, s, oh, om] = [m[2], m[3], m[4] ?? '00', m[6] ?? '00', m[7] ?? '00'].map((x) =>
    Number.parseInt(x ?? '0', 10),
  ) as [number, number, number, number, number];
  return h < 24 && min < 60 && s < 60 && oh < 24 && om < 60;
}

/** Checks a {@link ChangeContext} at `path` (actor, at, optional reason). */
export function checkChange(value: unknown, path: Path, issues: Issue[]): void {
  if (!isRecord(value)) {
    wrongType('object', value, path, issues);
    return;
  }
  id(value.actor, [...path, 'actor'], issues);
  if (!isChangeTime(value.at)) {
    if (value.at === undefined) issues.push(issue('input.required', [...path, 'at']));
    else issues.push(issue('storage.invalid-at', [...path, 'at'], { value: String(value.at).slice(0, 60) }));
  }
  if (value.reason !== undefined && value.reason !== null) {
    str(value.reason, [...path, 'reason'], issues);
    if (typeof value.reason === 'string') storableText(value.reason, [...path, 'reason'], issues);
  }
}

/** Checks `expectedRevision`: null or a whole number ≥ 0; required unless `optional`. */
export function checkExpectedRevision(value: unknown, path: Path, issues: Issue[], optional: boolean): void {
  if (!isRecord(value)) return;
  const r = value.expectedRevision;
  if (r === undefined) {
    if (!optional) issues.push(issue('input.required', [...path, 'expectedRevision']));
    return;
  }
  if (r !== null) int(0)(r, [...path, 'expectedRevision'], issues);
}

// ---------------------------------------------------------------------------------------------
// Records.

const assessment = (deep: boolean): Readonly<Record<string, Check>> => ({
  by: id,
  on: date,
  ratings: deep ? json : anyJson,
  result: deep ? json : anyJson,
  notes: nullable(str),
});

const HISTORY_ACTIONS = [...EVALUATION_ACTIONS, 'open'];
const ROLES = ['pegawai', 'pejabat-penilai', 'atasan-pejabat-penilai', 'pengelola-kinerja'];

function evaluationCheck(deep: boolean): Check {
  const shape = object({
    id,
    agencyId: id,
    unitId: id,
    employeeId: id,
    supervisorId: id,
    atasanId: id,
    period,
    state: oneOf(EVALUATION_STATES),
    revision: int(1),
    selfAssessment: nullable(object(assessment(deep))),
    supervisorAssessment: nullable(object({ ...assessment(deep), needsDialogue: bool })),
    ofRecord: nullable(
      object({
        ratings: deep ? json : anyJson,
        result: deep ? json : anyJson,
        source: oneOf(['assessment', 'dialogue', 'mediation', 'appeal']),
        by: id,
        on: date,
      }),
    ),
    dialogue: nullable(
      object({ heldOn: date, outcome: oneOf(['agreed', 'disagreed']), notes: nullable(str), by: id }),
    ),
    mediation: nullable(object({ by: id, on: date, decision: oneOf(['upheld', 'revised']), reason: str })),
    releasedOn: nullable(date),
    appeal: nullable(
      object({
        filedOn: date,
        reasons: arrayOf(str),
        deadline: date,
        decision: nullable(oneOf(['rejected', 'granted', 'partly-granted'])),
        decisionReason: nullable(str),
        decidedBy: nullable(id),
        decidedOn: nullable(date),
      }),
    ),
    conflicts: arrayOf(
      object({ assessorId: id, relation: text, declaredOn: date, declaredBy: id, notes: nullable(str) }),
    ),
    history: arrayOf(
      object({
        action: oneOf(HISTORY_ACTIONS),
        actor: id,
        role: oneOf(ROLES),
        asOf: date,
        reason: nullable(str),
        from: nullable(oneOf(EVALUATION_STATES)),
        to: oneOf(EVALUATION_STATES),
        revision: int(1),
      }),
    ),
  });
  return (value, path, issues) => {
    const before = issues.length;
    shape(value, path, issues);
    if (issues.length > before || !isRecord(value)) return;
    checkHistoryEnd(value, path, issues);
  };
}

/** The last history entry must be where the record stands (state and revision). */
function checkHistoryEnd(value: Record<string, unknown>, path: Path, issues: Issue[]): void {
  const history = value.history as readonly { to: string; revision: number }[];
  const last = history[history.length - 1];
  if (last === undefined) {
    issues.push(issue('storage.inconsistent', [...path, 'history'], { detail: 'the history is empty' }));
  } else if (last.to !== value.state || last.revision !== value.revision) {
    issues.push(
      issue('storage.inconsistent', [...path, 'history', history.length - 1], {
        detail: `the last history entry (${last.to}, revision ${last.revision}) is not the record's state and revision (${String(value.state)}, revision ${String(value.revision)})`,
      }),
    );
  }
}

function skpCheck(deep: boolean): Check {
  const shape = object({
    id,
    agencyId: id,
    unitId: id,
    employeeId: id,
    supervisorId: id,
    period,
    state: oneOf(SKP_PLAN_STATES),
    revision: int(1),
    content: deep ? json : anyJson,
    returned: nullable(object({ reason: str, by: id, on: date })),
    approved: nullable(object({ by: id, on: date })),
    history: arrayOf(
      object({
        action: oneOf(['submit', 'approve', 'return', 'create']),
        actor: id,
        role: oneOf(ROLES),
        asOf: date,
        reason: nullable(str),
        from: nullable(oneOf(SKP_PLAN_STATES)),
        to: oneOf(SKP_PLAN_STATES),
        revision: int(1),
      }),
    ),
  });
  return (value, path, issues) => {
    const before = issues.length;
    shape(value, path, issues);
    if (issues.length > before || !isRecord(value)) return;
    checkHistoryEnd(value, path, issues);
  };
}

/** The three fields of a scoring result the store reads; the rest is opaque JSON. */
function resultCheck(deep: boolean): Check {
  return (value, path, issues) => {
    if (!isRecord(value)) {
      wrongType('object', value, path, issues);
      return;
    }
    const ruleset = value.ruleset;
    if (!isRecord(ruleset)) {
      if (ruleset === undefined) issues.push(issue('input.required', [...path, 'ruleset']));
      else wrongType('object', ruleset, [...path, 'ruleset'], issues);
    } else {
      if (ruleset.id === undefined) issues.push(issue('input.required', [...path, 'ruleset', 'id']));
      else id(ruleset.id, [...path, 'ruleset', 'id'], issues);
      if (ruleset.version === undefined)
        issues.push(issue('input.required', [...path, 'ruleset', 'version']));
      else int(1)(ruleset.version, [...path, 'ruleset', 'version'], issues);
    }
    if (value.predikat === undefined) issues.push(issue('input.required', [...path, 'predikat']));
    else text(value.predikat, [...path, 'predikat'], issues);
    if (value.score === undefined) issues.push(issue('input.required', [...path, 'score']));
    else nullable(canonicalDecimal)(value.score, [...path, 'score'], issues);
    if (deep) json(value, path, issues);
  };
}

const resultFields = (deep: boolean): Record<string, Check> => ({
  agencyId: id,
  id,
  evaluationId: nullable(id),
  unitId: id,
  employeeId: id,
  period,
  result: resultCheck(deep),
});

const unitPredikatFields: Record<string, Check> = {
  agencyId: id,
  unitId: id,
  period,
  predikat: text,
  note: nullable(str),
};

/** An exact decimal written as a string (any form `parseDecimal` accepts; stored canonical). */
const decimalString: Check = (value, path, issues) => {
  if (typeof value !== 'string') {
    wrongType('decimal string', value, path, issues);
    return;
  }
  const r = parseDecimal(value, path);
  if (!r.ok) issues.push(...r.issues);
};

const ledgerFields = (stored: boolean): Record<string, Check> => ({
  agencyId: id,
  employeeId: id,
  year: int(1000, 9999),
  jenjang: text,
  predikat: text,
  months: int(0, 12),
  angkaKredit: stored ? canonicalDecimal : decimalString,
  evaluationId: nullable(id),
  note: nullable(str),
});

/** Checks an evaluation given to `saveEvaluation`. */
export const checkEvaluation: Check = evaluationCheck(true);
/** Checks an SKP plan given to `saveSkp`. */
export const checkSkp: Check = skpCheck(true);
/**
 * Checks a {@link ResultRecord} given to `saveResult(s)`, except that the opaque rest of `result`
 * is not walked: the core serialises it once and reports what is not JSON then.
 */
export const checkResultRecord: Check = object(resultFields(false));
/** Checks a {@link UnitPredikatRecord}. */
export const checkUnitPredikat: Check = object(unitPredikatFields);
/** Checks a {@link LedgerEntryRecord}. */
export const checkLedgerEntry: Check = object(ledgerFields(false));

/** The checks of docs read back (already JSON, so opaque parts are not walked again). */
const storedChecks: Record<RowKind, Check> = {
  ruleset: object({ agencyId: id, id, version: int(1), document: anyJson }),
  skp: skpCheck(false),
  evaluation: evaluationCheck(false),
  result: object({ ...resultFields(false), revision: int(1) }),
  'unit-predikat': object({ ...unitPredikatFields, revision: int(1) }),
  'ledger-entry': object({ ...ledgerFields(true), seq: int(1) }),
};

/** Throws a {@link StoreError} with `issues` if there are any. */
export function throwIfAny(issues: readonly Issue[], what = 'record'): void {
  if (issues.length > 0) throw new StoreError(issues, what);
}

// ---------------------------------------------------------------------------------------------
// Keys.

/** Zero-pads a ledger `seq` to 10 digits. */
export function padSeq(seq: number): string {
  return String(seq).padStart(10, '0');
}

/** The key of a unit predikat: `unitId|start|end`. */
export function unitPredikatKey(unitId: string, p: { readonly start: string; readonly end: string }): string {
  return `${unitId}|${p.start}|${p.end}`;
}

/** The key of a ruleset: `id@version`. */
export function rulesetKey(rulesetId: string, version: number): string {
  return `${rulesetId}@${version}`;
}

/** Splits a ruleset key into id and version; null if it is not one. */
export function splitRulesetKey(key: string): { id: string; version: number } | null {
  const at = key.lastIndexOf('@');
  if (at <= 0) return null;
  const v = key.slice(at + 1);
  if (!/^[1-9]\d{0,15}$/.test(v)) return null;
  const version = Number.parseInt(v, 10);
  if (!Number.isSafeInteger(version)) return null;
  return { id: key.slice(0, at), version };
}

/** The key a stored doc of `kind` should be filed under. */
export function keyOf(kind: RowKind, doc: Record<string, unknown>): string {
  switch (kind) {
    case 'ruleset':
      return rulesetKey(doc.id as string, doc.version as number);
    case 'unit-predikat':
      return unitPredikatKey(doc.unitId as string, doc.period as { start: string; end: string });
    case 'ledger-entry':
      return `${doc.employeeId as string}#${padSeq(doc.seq as number)}`;
    default:
      return doc.id as string;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading rows back.

/** A `storage.malformed-row` issue at `[kind, agencyId, key, …path]`, its problem in both languages. */
export function malformed(
  row: Pick<StoreRow, 'kind' | 'agencyId' | 'key'>,
  path: Path,
  problem: { readonly id: string; readonly en: string },
): Issue {
  return issue('storage.malformed-row', [row.kind, row.agencyId, row.key, ...path], {
    kind: row.kind,
    key: row.key,
    problemId: problem.id,
    problemEn: problem.en,
  });
}

/** Compares a row's key columns with its doc; pushes malformed-row issues for each disagreement. */
/** The kind-specific column values the core writes for a record (see `StoreRow.columns`). */
function kindColumns(kind: StoreRow['kind'], doc: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'result') {
    const result = (isRecord(doc.result) ? doc.result : {}) as Record<string, unknown>;
    const ruleset = (isRecord(result.ruleset) ? result.ruleset : {}) as Record<string, unknown>;
    return {
      evaluationId: doc.evaluationId,
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      predikat: result.predikat,
      score: result.score,
    };
  }
  if (kind === 'unit-predikat') return { predikat: doc.predikat };
  if (kind === 'ledger-entry') return { year: doc.year, angkaKredit: doc.angkaKredit };
  return {};
}

function checkColumns(row: StoreRow, doc: Record<string, unknown>, issues: Issue[]): void {
  const mismatch = (column: string, found: unknown, expected: unknown): void => {
    issues.push(
      malformed(row, [column], {
        id: `kolom ${column} (${JSON.stringify(found)}) tidak sesuai dengan isi data (${JSON.stringify(expected)})`,
        en: `the column ${column} (${JSON.stringify(found)}) disagrees with the record (${JSON.stringify(expected)})`,
      }),
    );
  };
  if (doc.agencyId !== row.agencyId) mismatch('agencyId', row.agencyId, doc.agencyId);
  const key = keyOf(row.kind, doc);
  if (key !== row.key) mismatch('key', row.key, key);
  const revision = row.kind === 'ruleset' || row.kind === 'ledger-entry' ? null : doc.revision;
  if (revision !== null && revision !== row.revision) mismatch('revision', row.revision, revision);
  const unitId = row.kind === 'ruleset' || row.kind === 'ledger-entry' ? null : doc.unitId;
  if (unitId !== row.unitId) mismatch('unitId', row.unitId, unitId);
  const employeeId =
    row.kind === 'ruleset' || row.kind === 'unit-predikat' ? null : (doc.employeeId as string | undefined);
  if (employeeId !== row.employeeId) mismatch('employeeId', row.employeeId, employeeId);
  let start: unknown = null;
  let end: unknown = null;
  if (row.kind === 'ledger-entry') {
    start = `${doc.year as number}-01-01`;
    end = `${doc.year as number}-12-31`;
  } else if (row.kind !== 'ruleset') {
    const p = doc.period as { start: string; end: string };
    start = p.start;
    end = p.end;
  }
  if (start !== row.periodStart) mismatch('periodStart', row.periodStart, start);
  if (end !== row.periodEnd) mismatch('periodEnd', row.periodEnd, end);
  // The kind's own columns (copies for SQL readers) must agree with the record too, so that a
  // score or an angka kredit edited in its column alone is found.
  const expected = kindColumns(row.kind, doc);
  for (const [field, value] of Object.entries(expected)) {
    if (Object.hasOwn(row.columns ?? {}, field) && row.columns[field] !== value)
      mismatch(field, row.columns[field], value);
  }
  const state = row.kind === 'evaluation' || row.kind === 'skp' ? doc.state : null;
  if (state !== row.state) mismatch('state', row.state, state);
}

/**
 * Parses and checks a row read back from a backend: the doc must be JSON, a valid record of its
 * kind, and agree with the row's key columns. Returns the record (the parsed doc, unchanged) or
 * throws a {@link StoreError} with `storage.malformed-row` issues.
 */
export function readRow<T>(row: StoreRow): T {
  let doc: unknown;
  try {
    doc = typeof row.doc === 'string' ? JSON.parse(row.doc) : undefined;
  } catch {
    doc = undefined;
  }
  if (doc === undefined) {
    throw new StoreError(
      [malformed(row, [], { id: 'dokumen tersimpan bukan JSON', en: 'the stored document is not JSON' })],
      'row',
    );
  }
  const check = Object.hasOwn(storedChecks, row.kind) ? storedChecks[row.kind] : undefined;
  if (check === undefined) {
    throw new StoreError(
      [malformed(row, [], { id: 'jenis data tidak dikenal', en: 'unknown kind of record' })],
      'row',
    );
  }
  const found: Issue[] = [];
  check(doc, [], found);
  if (found.length === 0 && isRecord(doc)) checkColumns(row, doc, found);
  if (found.length > 0) {
    throw new StoreError(
      found.map((i) =>
        i.code === 'storage.malformed-row'
          ? i
          : malformed(row, i.path, { id: `${i.code}: ${i.message.id}`, en: `${i.code}: ${i.message.en}` }),
      ),
      'row',
    );
  }
  return doc as T;
}
