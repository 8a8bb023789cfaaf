/**
 * Rows as a backend keeps them: the key each record is filed under, and reading a row back. A doc
 * read back that does not validate (with the schemas of ./schemas) becomes `storage.malformed-row`
 * issues at `[kind, agencyId, key, …]`, never a wrong value.
 */
import { type Issue, isRecord, issue, type PathSegment } from '../explain';
import { storageMessages } from '../explain/messages/storage';
import { StoreError } from './errors';
import { check } from './parse';
import { STORED_DOC_SCHEMAS } from './schemas';
import type { StoreEntityKind, StoreRow } from './types';

type Path = readonly PathSegment[];

/**
 * What the store's schemas read of a result record: the record with its `result` cut down to the
 * three fields the store reads (`ruleset`, `predikat`, `score`). The opaque rest is checked apart,
 * once (to be JSON, within the depth limit), so a large explanation is walked only once.
 */
export function resultView(record: unknown): unknown {
  if (!isRecord(record) || !isRecord(record.result)) return record;
  const r = record.result;
  const view: Record<string, unknown> = {};
  for (const key of ['ruleset', 'predikat', 'score'] as const) if (Object.hasOwn(r, key)) view[key] = r[key];
  return { ...record, result: view };
}

/** The last history entry must be where the record stands (state and revision). */
export function checkHistoryEnd(value: Record<string, unknown>, path: Path, issues: Issue[]): void {
  const history = value.history as readonly { to: string; revision: number }[];
  const last = history[history.length - 1];
  if (last === undefined) {
    issues.push(
      issue(storageMessages, 'storage.inconsistent', [...path, 'history'], { problem: 'history-empty' }),
    );
  } else if (last.to !== value.state || last.revision !== value.revision) {
    issues.push(
      issue(storageMessages, 'storage.inconsistent', [...path, 'history', history.length - 1], {
        problem: 'history-end',
        to: last.to,
        revision: last.revision,
        state: String(value.state),
        recordRevision: String(value.revision),
      }),
    );
  }
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
export function keyOf(kind: StoreEntityKind, doc: Record<string, unknown>): string {
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
  return issue(storageMessages, 'storage.malformed-row', [row.kind, row.agencyId, row.key, ...path], {
    kind: row.kind,
    key: row.key,
    problemId: problem.id,
    problemEn: problem.en,
  });
}

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

/** Compares a row's key columns with its doc; pushes malformed-row issues for each disagreement. */
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
  const schema = Object.hasOwn(STORED_DOC_SCHEMAS, row.kind) ? STORED_DOC_SCHEMAS[row.kind] : undefined;
  if (schema === undefined) {
    throw new StoreError(
      [malformed(row, [], { id: 'jenis data tidak dikenal', en: 'unknown kind of record' })],
      'row',
    );
  }
  const found: Issue[] = [];
  check(schema, row.kind === 'result' ? resultView(doc) : doc, [], found);
  if (found.length === 0 && isRecord(doc)) {
    if (row.kind === 'evaluation' || row.kind === 'skp') checkHistoryEnd(doc, [], found);
    if (found.length === 0) checkColumns(row, doc, found);
  }
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
