/**
 * Values between the SQL store and the database, without loss: rows and audit events to column
 * values (refusing what a database would alter or reject: over-long ids, NUL characters, unpaired
 * surrogates), and column values back (integers that drivers return as numbers, bigints or strings
 * converted only when exact; decimals kept as the text stored; `varbinary` bytes decoded as strict
 * UTF-8). A row that cannot be read back is a `storage.malformed-row` {@link StoreError}, never a
 * wrong number.
 */
import { parseDecimal } from '../../decimal';
import { type Issue, issue } from '../../explain';
import { commonMessages } from '../../explain/messages/common';
import { storageMessages } from '../../explain/messages/storage';
import { storageSqlMessages } from '../../explain/messages/storage-sql';
import { StoreError } from '../errors';
import { codePointLength, isStorableText, MAX_ID_LENGTH } from '../text';
import type { AuditEvent, StoreEntityKind, StoreRow } from '../types';
import { MAX_KEY_LENGTH } from './dialect';
import { AUDIT_COLUMNS, COMMON_COLUMNS, KIND_COLUMNS } from './schema';

/** A row as the database returns it. */
export type SqlRecord = Readonly<Record<string, unknown>>;

/** Column values to insert. */
export type SqlValues = Record<string, string | number | null>;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Checks a text value before it is written; pushes an issue when a database would change or refuse it. */
function checkText(value: string, path: readonly (string | number)[], max: number | null, issues: Issue[]) {
  if (!isStorableText(value)) {
    issues.push(
      issue(storageSqlMessages, 'storage.unstorable-text', path, { column: String(path[path.length - 1]) }),
    );
    return;
  }
  if (max !== null) {
    const length = codePointLength(value);
    if (length > max)
      issues.push(
        issue(storageSqlMessages, 'storage.value-too-long', path, {
          column: String(path[path.length - 1]),
          length,
          maximum: max,
        }),
      );
  }
}

/** The column values of a row; throws a StoreError if a value cannot be stored as is. */
export function rowValues(row: StoreRow): SqlValues {
  const issues: Issue[] = [];
  const at = (column: string) => [row.kind, row.agencyId, row.key, column];
  const text = (value: unknown, column: string, max: number | null): string | null => {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') {
      issues.push(
        issue(commonMessages, 'input.invalid-type', at(column), {
          expected: 'string',
          received: typeof value,
        }),
      );
      return null;
    }
    checkText(value, at(column), max, issues);
    return value;
  };
  const integer = (value: unknown, column: string): number | null => {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > 2_147_483_647) {
      issues.push(
        issue(commonMessages, 'input.invalid-type', at(column), {
          expected: 'integer',
          received: String(value),
        }),
      );
      return null;
    }
    return value;
  };
  const values: SqlValues = {
    agency_id: text(row.agencyId, 'agency_id', MAX_ID_LENGTH),
    record_key: text(row.key, 'record_key', MAX_KEY_LENGTH),
    revision: integer(row.revision, 'revision'),
    unit_id: text(row.unitId, 'unit_id', MAX_ID_LENGTH),
    employee_id: text(row.employeeId, 'employee_id', MAX_ID_LENGTH),
    period_start: text(row.periodStart, 'period_start', null),
    period_end: text(row.periodEnd, 'period_end', null),
    state: text(row.state, 'state', null),
    doc: text(row.doc, 'doc', null),
  };
  for (const k of KIND_COLUMNS[row.kind]) {
    const value = row.columns[k.field];
    values[k.column] = k.type === 'integer' ? integer(value, k.column) : text(value, k.column, null);
  }
  if (issues.length > 0) throw new StoreError(issues, 'row');
  return values;
}

/** The column values of an audit event; throws a StoreError if a value cannot be stored as is. */
export function eventValues(event: AuditEvent): SqlValues {
  const issues: Issue[] = [];
  const at = (column: string) => ['audit', event.agencyId, event.seq, column];
  const text = (value: string | null, column: string, max: number | null): string | null => {
    if (value === null) return null;
    checkText(value, at(column), max, issues);
    return value;
  };
  const values: SqlValues = {
    agency_id: text(event.agencyId, 'agency_id', MAX_ID_LENGTH),
    seq: event.seq,
    at: text(event.at, 'at', null),
    actor: text(event.actor, 'actor', null),
    action: event.action,
    entity_kind: event.entity.kind,
    entity_id: text(event.entity.id, 'entity_id', null),
    revision: event.revision,
    // JSON.stringify escapes NUL and unpaired surrogates: JSON text is always storable.
    before_json: event.before === null ? null : JSON.stringify(event.before),
    after_json: event.after === null ? null : JSON.stringify(event.after),
    after_hash: event.afterHash,
    reason: text(event.reason, 'reason', null),
    prev_hash: event.prevHash,
    hash: event.hash,
    hash_scheme: event.scheme,
  };
  if (issues.length > 0) throw new StoreError(issues, 'audit event');
  return values;
}

/** Text from a text column (a string) or a binary one (bytes, decoded as strict UTF-8); undefined if neither. */
export function readText(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) {
    try {
      return UTF8.decode(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * A safe integer from an integer column, which drivers return as a number, a bigint (better-sqlite3
 * with safe integers) or a string (pg's `bigint`, mysql2 with `bigNumberStrings`); undefined when
 * the value is not exactly a safe integer (a fraction, text, or beyond 2^53).
 */
export function readInteger(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : undefined;
  }
  const text = readText(value);
  if (typeof text === 'string' && /^-?(0|[1-9][0-9]{0,15})$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/** A stored row read back; throws a `storage.malformed-row` StoreError listing every unreadable column. */
export function readRow(kind: StoreEntityKind, record: SqlRecord): StoreRow {
  const agencyId = readText(record.agency_id);
  const key = readText(record.record_key);
  const issues: Issue[] = [];
  const name = {
    agencyId: typeof agencyId === 'string' ? agencyId : '?',
    key: typeof key === 'string' ? key : '?',
  };
  const bad = (column: string, problem: string) =>
    issues.push(
      issue(storageMessages, 'storage.malformed-row', [kind, name.agencyId, name.key, column], {
        kind,
        key: name.key,
        problem,
      }),
    );
  const text = (column: string, nullable: boolean): string | null => {
    const value = readText(record[column]);
    if (value === undefined) bad(column, `the column ${column} is not text`);
    else if (value === null && !nullable) bad(column, `the column ${column} is empty (NULL)`);
    return value ?? null;
  };
  const integer = (column: string, nullable: boolean): number | null => {
    const value = readInteger(record[column]);
    if (value === undefined) bad(column, `the column ${column} is not an integer: ${show(record[column])}`);
    else if (value === null && !nullable) bad(column, `the column ${column} is empty (NULL)`);
    return value ?? null;
  };
  const decimal = (column: string): string | null => {
    const value = readText(record[column]);
    if (value === null) return null;
    if (value === undefined || !parseDecimal(value).ok) {
      bad(column, `the column ${column} is not a decimal: ${show(record[column])}`);
      return null;
    }
    return value;
  };
  text('agency_id', false);
  text('record_key', false);
  const revision = integer('revision', false);
  const row = {
    kind,
    agencyId: name.agencyId,
    key: name.key,
    revision: revision ?? 0,
    unitId: text('unit_id', true),
    employeeId: text('employee_id', true),
    periodStart: text('period_start', true),
    periodEnd: text('period_end', true),
    state: text('state', true),
    columns: {} as Record<string, string | number | null>,
    doc: text('doc', false) ?? '',
  };
  for (const k of KIND_COLUMNS[kind]) {
    row.columns[k.field] =
      k.type === 'integer'
        ? integer(k.column, true)
        : k.type === 'decimal'
          ? decimal(k.column)
          : text(k.column, true);
  }
  if (issues.length > 0) throw new StoreError(issues, 'row');
  return row;
}

/** A value inside a message: at most 40 characters of it. */
function show(value: unknown): string {
  const s =
    typeof value === 'string'
      ? JSON.stringify(value)
      : value instanceof Uint8Array
        ? `${value.length} bytes`
        : String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** JSON text read back, or undefined (so that verifyAudit reports the event as malformed). */
function readJson(value: unknown): unknown {
  const text = readText(value);
  if (text === null) return null;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * An audit event read back. Not checked here (verifyAudit checks events): a value that cannot be
 * converted is passed on as read (an integer as its text, JSON that does not parse as undefined), so
 * that verification reports the event as malformed or its hash as wrong.
 */
export function readEvent(record: SqlRecord): AuditEvent {
  const integer = (v: unknown) => {
    const n = readInteger(v);
    return n === undefined ? (readText(v) ?? v) : n;
  };
  const text = (v: unknown) => {
    const s = readText(v);
    return s === undefined ? v : s;
  };
  return {
    agencyId: text(record.agency_id),
    seq: integer(record.seq),
    at: text(record.at),
    actor: text(record.actor),
    action: text(record.action),
    entity: { kind: text(record.entity_kind), id: text(record.entity_id) },
    revision: integer(record.revision),
    before: readJson(record.before_json),
    after: readJson(record.after_json),
    afterHash: text(record.after_hash),
    reason: text(record.reason),
    prevHash: text(record.prev_hash),
    hash: text(record.hash),
    scheme: text(record.hash_scheme),
  } as AuditEvent;
}

/** The columns to select for a row table of a kind. */
export function rowColumns(kind: StoreEntityKind): string[] {
  return [...COMMON_COLUMNS, ...KIND_COLUMNS[kind].map((k) => k.column)];
}

/** The columns of the audit event table. */
export const auditColumns: readonly string[] = AUDIT_COLUMNS;
