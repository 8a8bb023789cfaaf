/**
 * The SQL {@link StoreBackend}: rows and audit events in the tables of `schema.ts`, over any
 * Kysely instance whose adapter is SQLite, PostgreSQL (also PGlite) or MySQL (also MariaDB).
 *
 * Transactions. Each backend transaction holds one connection (`db.connection()`); it starts the
 * database transaction lazily, at its first write or lock, so a transaction that only reads is
 * plain reads on one connection. PostgreSQL and MySQL transactions run at READ COMMITTED: every
 * statement sees what was committed before it, so after the audit head's row lock
 * (`select … for update`) is granted, reads see the previous writer's commit. SQLite transactions
 * begin with `BEGIN IMMEDIATE` (Kysely's own transactions issue a deferred `BEGIN`), taking the
 * database's write lock at the start; while another connection holds it, the store retries
 * asynchronously (`busyTimeoutMs`), so two connections in one process do not block the event loop.
 * A transaction started inside another (in the same async context) joins it, and a `db` that is
 * itself a Kysely transaction is joined as is (its owner commits).
 *
 * Writes. An insert of many rows is a series of multi-row statements within a savepoint: a
 * duplicate key undoes the whole call and returns false. An update is
 * `update … where agency_id = ? and record_key = ? and revision = ?`, checked by its row count.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely, RawBuilder } from 'kysely';
import { issue } from '../../explain';
import { storageMessages } from '../../explain/messages/storage';
import { compareCodePoints } from '../canonical';
import { StoreError } from '../errors';
import { isStorableText } from '../text';
import type {
  AuditEvent,
  BackendTransaction,
  RowQuery,
  StoreBackend,
  StoreCapabilities,
  StoreEntityKind,
  StoreRow,
} from '../types';
import {
  type KyselyModule,
  type LooseDb,
  MAX_PARAMETERS,
  MAX_ROWS_PER_INSERT,
  MAX_STATEMENT_TEXT,
  type SqlDialect,
} from './dialect';
import { mappedTransaction, storeErrorOf } from './errors';
import { AUDIT_COLUMNS, type TableNames, tableNames } from './schema';
import {
  eventValues,
  readEvent,
  readInteger,
  readRow,
  readText,
  rowColumns,
  rowValues,
  type SqlRecord,
  type SqlValues,
} from './values';

type Db = Kysely<LooseDb>;

/** What {@link createSqlBackend} needs. */
export interface SqlBackendOptions {
  /** The kysely module (see {@link KyselyModule}). */
  readonly kysely: KyselyModule;
  readonly db: Kysely<LooseDb>;
  readonly dialect: SqlDialect;
  readonly tablePrefix: string;
  readonly capabilities: StoreCapabilities;
  /** SQLite: how long to keep retrying `BEGIN IMMEDIATE` while another connection writes. */
  readonly busyTimeoutMs: number;
}

/** Whether an error is SQLite's "database is locked" (`SQLITE_BUSY`, also its extended codes). */
function isSqliteBusy(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_BUSY')) return true;
  return typeof e?.message === 'string' && /database is locked|SQLITE_BUSY/.test(e.message);
}

/** Whether an error is MySQL's duplicate key (`ER_DUP_ENTRY`, errno 1062). */
function isMysqlDuplicate(error: unknown): boolean {
  const e = error as { code?: unknown; errno?: unknown } | null;
  return e?.code === 'ER_DUP_ENTRY' || e?.errno === 1062;
}

/**
 * The least string greater than every string that starts with `prefix`, in code point order
 * (= UTF-8 byte order): the prefix with its last code point incremented; null when there is none.
 */
export function prefixEnd(prefix: string): string | null {
  const points = Array.from(prefix, (c) => c.codePointAt(0) as number);
  while (points.length > 0) {
    let last = (points.pop() as number) + 1;
    if (last === 0xd800) last = 0xe000;
    if (last <= 0x10ffff) return String.fromCodePoint(...points, last);
  }
  return null;
}

/** Splits rows into statements under the parameter and text budgets of the dialect. */
function chunks<T>(
  items: readonly T[],
  columns: number,
  dialect: SqlDialect,
  textOf: (item: T) => number,
): T[][] {
  const maxRows = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS[dialect] / columns)));
  const out: T[][] = [];
  let current: T[] = [];
  let text = 0;
  for (const item of items) {
    const size = textOf(item);
    if (current.length > 0 && (current.length >= maxRows || text + size > MAX_STATEMENT_TEXT)) {
      out.push(current);
      current = [];
      text = 0;
    }
    current.push(item);
    text += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Text characters of a set of column values (strings only). */
function textSize(values: SqlValues): number {
  let n = 0;
  for (const v of Object.values(values)) if (typeof v === 'string') n += v.length;
  return n;
}

/** A transaction's state: whether the database transaction was begun, and whether it has ended. */
interface TxState {
  /** Begins the database transaction (once); null when this transaction does not manage one. */
  begin: (() => Promise<void>) | null;
  begun: Promise<void> | null;
  open: boolean;
}

/** Kysely's `sql` tag. */
type Sql = KyselyModule['sql'];

/** A head row as read: null when there is none (or its seq is 0); a malformed row is a StoreError. */
function headOf(
  agencyId: string,
  head: { readonly seq: unknown; readonly hash: unknown } | undefined,
): { readonly seq: number; readonly hash: string } | null {
  if (head === undefined) return null;
  const seq = readInteger(head.seq);
  const hash = readText(head.hash);
  if (seq === undefined || seq === null || seq < 0 || typeof hash !== 'string') {
    throw new StoreError(
      [
        issue(storageMessages, 'storage.malformed-row', ['audit-head', agencyId], {
          kind: 'audit head',
          key: agencyId,
          problem: `seq ${String(head.seq)}, hash ${String(head.hash)}`,
        }),
      ],
      'row',
    );
  }
  return seq === 0 ? null : { seq, hash };
}

class SqlTransaction implements BackendTransaction {
  constructor(
    private readonly sql: Sql,
    private readonly conn: Db,
    private readonly state: TxState,
    private readonly dialect: SqlDialect,
    private readonly names: TableNames,
  ) {}

  private live(): void {
    if (!this.state.open) throw new Error('SQL store: the transaction has ended');
  }

  /** Called before every write and lock: begins the database transaction if not yet begun. */
  private async writing(): Promise<void> {
    this.live();
    const begin = this.state.begin;
    if (begin === null) return;
    this.state.begun ??= begin();
    await this.state.begun;
  }

  async get(kind: StoreEntityKind, agencyId: string, key: string): Promise<StoreRow | null> {
    this.live();
    if (!isStorableText(agencyId) || !isStorableText(key)) return null;
    const found = await this.conn
      .selectFrom(this.names.rows[kind])
      .select(rowColumns(kind))
      .where('agency_id', '=', agencyId)
      .where('record_key', '=', key)
      .executeTakeFirst();
    return found === undefined ? null : readRow(kind, found as SqlRecord);
  }

  async getMany(kind: StoreEntityKind, agencyId: string, keys: readonly string[]): Promise<StoreRow[]> {
    this.live();
    if (!isStorableText(agencyId)) return [];
    const unique = [...new Set(keys)].filter(isStorableText);
    const out: StoreRow[] = [];
    for (let i = 0; i < unique.length; i += 1000) {
      const part = unique.slice(i, i + 1000);
      const found = await this.conn
        .selectFrom(this.names.rows[kind])
        .select(rowColumns(kind))
        .where('agency_id', '=', agencyId)
        .where('record_key', 'in', part)
        .execute();
      for (const r of found) out.push(readRow(kind, r as SqlRecord));
    }
    return out;
  }

  async insert(rows: readonly StoreRow[]): Promise<boolean> {
    if (rows.length === 0) {
      this.live();
      return true;
    }
    // Refuse unstorable values before writing anything.
    const values = rows.map((r) => ({ kind: r.kind, values: rowValues(r) }));
    await this.writing();
    const savepoint = rows.length > 1;
    if (savepoint) await this.sql`savepoint kinerja_insert`.execute(this.conn);
    try {
      const duplicate = await this.insertValues(values);
      if (savepoint) {
        if (duplicate) await this.sql`rollback to savepoint kinerja_insert`.execute(this.conn);
        await this.sql`release savepoint kinerja_insert`.execute(this.conn);
      }
      return !duplicate;
    } catch (error) {
      if (savepoint) {
        try {
          await this.sql`rollback to savepoint kinerja_insert`.execute(this.conn);
          await this.sql`release savepoint kinerja_insert`.execute(this.conn);
        } catch {
          // The transaction is unusable anyway; the caller rolls it back.
        }
      }
      throw error;
    }
  }

  /** Inserts rows kind by kind in multi-row statements; true when a key already existed. */
  private async insertValues(
    items: readonly { kind: StoreEntityKind; values: SqlValues }[],
  ): Promise<boolean> {
    const byKind = new Map<StoreEntityKind, SqlValues[]>();
    for (const { kind, values } of items) {
      let list = byKind.get(kind);
      if (list === undefined) {
        list = [];
        byKind.set(kind, list);
      }
      list.push(values);
    }
    for (const [kind, list] of byKind) {
      const table = this.names.rows[kind];
      const columns = Object.keys(list[0] as SqlValues).length;
      for (const part of chunks(list, columns, this.dialect, textSize)) {
        if (this.dialect === 'mysql') {
          try {
            await this.conn.insertInto(table).values(part).execute();
          } catch (error) {
            if (isMysqlDuplicate(error)) return true;
            throw error;
          }
        } else {
          const result = await this.conn
            .insertInto(table)
            .values(part)
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst();
          if (result.numInsertedOrUpdatedRows !== BigInt(part.length)) return true;
        }
      }
    }
    return false;
  }

  async update(row: StoreRow, expectedRevision: number): Promise<boolean> {
    const { agency_id, record_key, ...rest } = rowValues(row);
    await this.writing();
    const result = await this.conn
      .updateTable(this.names.rows[row.kind])
      .set(rest)
      .where('agency_id', '=', agency_id)
      .where('record_key', '=', record_key)
      .where('revision', '=', expectedRevision)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async list(query: RowQuery): Promise<StoreRow[]> {
    this.live();
    const { kind, agencyId, unitId, employeeId, period, afterKey, keyPrefix, limit } = query;
    if (limit <= 0) return [];
    for (const s of [agencyId, unitId, employeeId, afterKey, keyPrefix]) {
      if (s !== undefined && !isStorableText(s)) return [];
    }
    let q = this.conn
      .selectFrom(this.names.rows[kind])
      .select(rowColumns(kind))
      .where('agency_id', '=', agencyId);
    if (unitId !== undefined) q = q.where('unit_id', '=', unitId);
    if (employeeId !== undefined) q = q.where('employee_id', '=', employeeId);
    if (period !== undefined) {
      q = q.where('period_start', '>=', period.start).where('period_end', '<=', period.end);
    }
    if (afterKey !== undefined) q = q.where('record_key', '>', afterKey);
    if (keyPrefix !== undefined) {
      q = q.where('record_key', '>=', keyPrefix);
      const end = prefixEnd(keyPrefix);
      if (end !== null) q = q.where('record_key', '<', end);
    }
    const found = await q.orderBy('record_key').limit(limit).execute();
    const rows: StoreRow[] = [];
    for (const r of found) {
      const row = readRow(kind, r as SqlRecord);
      if (keyPrefix !== undefined && !row.key.startsWith(keyPrefix)) break;
      rows.push(row);
    }
    return rows;
  }

  async lockAuditHead(agencyId: string): Promise<{ readonly seq: number; readonly hash: string } | null> {
    await this.writing();
    const table = this.names.auditHeads;
    const select = () => {
      const q = this.conn.selectFrom(table).select(['seq', 'hash']).where('agency_id', '=', agencyId);
      // SQLite: BEGIN IMMEDIATE already holds the database's write lock.
      return (this.dialect === 'sqlite' ? q : q.forUpdate()).executeTakeFirst();
    };
    let head = await select();
    if (head === undefined && this.dialect !== 'sqlite') {
      // A row to lock: concurrent first writers of an agency meet on its primary key.
      const insert = this.conn.insertInto(table).values({ agency_id: agencyId, seq: 0, hash: '' });
      if (this.dialect === 'mysql') {
        await insert.onDuplicateKeyUpdate({ seq: this.sql`seq` as RawBuilder<unknown> }).execute();
      } else {
        await insert.onConflict((oc) => oc.doNothing()).execute();
      }
      head = await select();
    }
    return headOf(agencyId, head);
  }

  async appendAudit(events: readonly AuditEvent[]): Promise<void> {
    if (events.length === 0) {
      this.live();
      return;
    }
    const values = events.map(eventValues);
    await this.writing();
    for (const part of chunks(values, AUDIT_COLUMNS.length, this.dialect, textSize)) {
      await this.conn.insertInto(this.names.auditEvents).values(part).execute();
    }
    const heads = new Map<string, AuditEvent>();
    for (const e of events) heads.set(e.agencyId, e);
    for (const [agencyId, last] of heads) {
      const moved = await this.conn
        .updateTable(this.names.auditHeads)
        .set({ seq: last.seq, hash: last.hash })
        .where('agency_id', '=', agencyId)
        .executeTakeFirst();
      if (moved.numUpdatedRows === 0n) {
        await this.conn
          .insertInto(this.names.auditHeads)
          .values({ agency_id: agencyId, seq: last.seq, hash: last.hash })
          .execute();
      }
    }
  }

  async listAudit(agencyId: string, afterSeq: number, limit: number): Promise<AuditEvent[]> {
    this.live();
    if (limit <= 0 || !isStorableText(agencyId)) return [];
    const found = await this.conn
      .selectFrom(this.names.auditEvents)
      .select([...AUDIT_COLUMNS])
      .where('agency_id', '=', agencyId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return found.map((r) => readEvent(r as SqlRecord));
  }

  async listAgencies(): Promise<string[]> {
    this.live();
    // Every side: the head rows, the events and the rows of every kind (a head or a log deleted
    // behind the store's back must not hide an agency from verification).
    const found = new Set<string>();
    const add = (rows: readonly { agency_id?: unknown }[]) => {
      for (const r of rows) {
        const a = readText(r.agency_id);
        if (typeof a === 'string') found.add(a);
      }
    };
    add(await this.conn.selectFrom(this.names.auditHeads).select('agency_id').where('seq', '>', 0).execute());
    for (const table of [this.names.auditEvents, ...Object.values(this.names.rows)]) {
      add(await this.conn.selectFrom(table).select('agency_id').distinct().execute());
    }
    return [...found].sort(compareCodePoints);
  }

  async readAuditHead(agencyId: string): Promise<{ readonly seq: number; readonly hash: string } | null> {
    this.live();
    if (!isStorableText(agencyId)) return null;
    const head = await this.conn
      .selectFrom(this.names.auditHeads)
      .select(['seq', 'hash'])
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    return headOf(agencyId, head);
  }
}

/**
 * Creates the SQL backend over `db` (tables already migrated). Wrap it with
 * `createStoreFromBackend`, or use `createSqlStore`, which also migrates and detects the dialect.
 */
export function createSqlBackend(options: SqlBackendOptions): StoreBackend {
  const { db, dialect, busyTimeoutMs } = options;
  const { sql } = options.kysely;
  const names = tableNames(options.tablePrefix);
  const context = new AsyncLocalStorage<BackendTransaction>();

  async function begin(conn: Db): Promise<void> {
    if (dialect === 'postgres') {
      await sql`start transaction isolation level read committed`.execute(conn);
    } else if (dialect === 'mysql') {
      await sql`set transaction isolation level read committed`.execute(conn);
      await sql`start transaction`.execute(conn);
    } else {
      let waited = 0;
      for (let attempt = 0; ; attempt++) {
        try {
          await sql`begin immediate`.execute(conn);
          return;
        } catch (error) {
          if (!isSqliteBusy(error) || waited >= busyTimeoutMs) throw error;
          const pause = Math.min(2 ** Math.min(attempt, 5), 25, Math.max(1, busyTimeoutMs - waited));
          waited += pause;
          await sleep(pause);
        }
      }
    }
  }

  return {
    capabilities: options.capabilities,

    async transaction<T>(fn: (tx: BackendTransaction) => Promise<T>): Promise<T> {
      const joined = context.getStore();
      if (joined !== undefined) return fn(joined);
      if (db.isTransaction) {
        // The caller's transaction: run inside it; its owner commits or rolls back.
        const state: TxState = { begin: null, begun: null, open: true };
        const tx = mappedTransaction(new SqlTransaction(sql, db, state, dialect, names), false);
        try {
          return await context.run(tx, () => fn(tx));
        } finally {
          state.open = false;
        }
      }
      // Driver errors become StoreErrors (./errors.ts): those of statements through the mapped
      // transaction, those of getting a connection and of `commit` here.
      let acquired = false;
      const run = db.connection().execute(async (conn) => {
        acquired = true;
        const state: TxState = { begin: () => begin(conn), begun: null, open: true };
        const tx = mappedTransaction(new SqlTransaction(sql, conn, state, dialect, names), true);
        try {
          const result = await context.run(tx, () => fn(tx));
          if (state.begun !== null) {
            await state.begun;
            await sql`commit`.execute(conn).catch((error: unknown) => {
              throw storeErrorOf(error, 'commit');
            });
          }
          return result;
        } catch (error) {
          if (state.begun !== null) {
            try {
              await state.begun;
              await sql`rollback`.execute(conn);
            } catch {
              // Nothing more to undo: the begin or the connection failed.
            }
          }
          throw error;
        } finally {
          state.open = false;
        }
      });
      return run.catch((error: unknown) => {
        throw acquired ? error : storeErrorOf(error, 'statement');
      });
    },

    async close(): Promise<void> {
      // The db was given: its owner destroys it.
    },
  };
}
