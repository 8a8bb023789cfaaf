/**
 * Storage errors that say what to do: driver errors shaped like pg's, mysql2's and
 * better-sqlite3's, injected through a fake Kysely driver, come back as StoreErrors with stable
 * codes, `retryable` and the driver's error as `cause`; the retry policy retries exactly the
 * retryable ones, and only in the outermost transaction; a corrupted audit head is
 * `storage.audit-head-corrupt` on every SQL target.
 */
import Database from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type QueryResult,
  SqliteDialect,
  sql,
} from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { RevisionConflictError, StoreError } from '../src/storage/errors';
import { createSqlStore, type EvaluationStore, type RetryPolicy } from '../src/storage/index';
import { driverErrorCode } from '../src/storage/sql/errors';
import { AGENCY, change, resultRecord } from '../src/storage/store.test-support';
import { availableSqlTargets, type OpenedSqlDatabase } from './support/sql-databases';

/** An error shaped like a driver's: a message plus the driver's own fields. */
function driverError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

const PG = {
  deadlock: () => driverError('deadlock detected', { code: '40P01', severity: 'ERROR' }),
  serialization: () => driverError('could not serialize access due to concurrent update', { code: '40001' }),
  lockTimeout: () => driverError('canceling statement due to lock timeout', { code: '55P03' }),
  adminShutdown: () => driverError('terminating connection due to administrator command', { code: '57P01' }),
  connectionFailure: () => driverError('connection failure', { code: '08006' }),
  terminated: () => new Error('Connection terminated unexpectedly'),
  unique: () =>
    driverError('duplicate key value violates unique constraint "kinerja_audit_events_pkey"', {
      code: '23505',
    }),
  reset: () => driverError('read ECONNRESET', { code: 'ECONNRESET', errno: -104, syscall: 'read' }),
};
const MYSQL = {
  deadlock: () =>
    driverError('Deadlock found when trying to get lock; try restarting transaction', {
      code: 'ER_LOCK_DEADLOCK',
      errno: 1213,
      sqlState: '40001',
    }),
  lockTimeout: () =>
    driverError('Lock wait timeout exceeded; try restarting transaction', {
      code: 'ER_LOCK_WAIT_TIMEOUT',
      errno: 1205,
      sqlState: 'HY000',
    }),
  lost: () =>
    driverError('Connection lost: The server closed the connection.', {
      code: 'PROTOCOL_CONNECTION_LOST',
      fatal: true,
    }),
  duplicate: () =>
    driverError("Duplicate entry 'kota-palu-2' for key 'PRIMARY'", {
      code: 'ER_DUP_ENTRY',
      errno: 1062,
      sqlState: '23000',
    }),
};
const SQLITE = {
  busy: () => driverError('database is locked', { code: 'SQLITE_BUSY' }),
  constraint: () =>
    driverError('UNIQUE constraint failed: kinerja_audit_events.agency_id, kinerja_audit_events.seq', {
      code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
    }),
};

describe('driverErrorCode: every driver error shape has its code', () => {
  const cases: [string, () => Error, 'statement' | 'commit' | 'audit', string, boolean][] = [
    ['pg deadlock', PG.deadlock, 'statement', 'storage.deadlock', true],
    ['pg serialization failure', PG.serialization, 'statement', 'storage.serialization-failure', true],
    ['pg lock timeout', PG.lockTimeout, 'statement', 'storage.lock-timeout', true],
    ['pg admin shutdown', PG.adminShutdown, 'statement', 'storage.connection-lost', true],
    ['pg connection failure 08006', PG.connectionFailure, 'statement', 'storage.connection-lost', true],
    ['pg connection terminated', PG.terminated, 'statement', 'storage.connection-lost', true],
    ['pg ECONNRESET', PG.reset, 'statement', 'storage.connection-lost', true],
    ['pg ECONNRESET at commit', PG.reset, 'commit', 'storage.commit-unknown', false],
    ['pg deadlock at commit (rolled back)', PG.deadlock, 'commit', 'storage.deadlock', true],
    ['pg unique violation on the audit events', PG.unique, 'audit', 'storage.audit-head-corrupt', false],
    ['pg unique violation elsewhere', PG.unique, 'statement', 'storage.database-error', false],
    ['mysql2 deadlock', MYSQL.deadlock, 'statement', 'storage.deadlock', true],
    ['mysql2 lock wait timeout', MYSQL.lockTimeout, 'statement', 'storage.lock-timeout', true],
    ['mysql2 connection lost', MYSQL.lost, 'statement', 'storage.connection-lost', true],
    ['mysql2 connection lost at commit', MYSQL.lost, 'commit', 'storage.commit-unknown', false],
    ['mysql2 duplicate on the audit events', MYSQL.duplicate, 'audit', 'storage.audit-head-corrupt', false],
    ['sqlite busy', SQLITE.busy, 'statement', 'storage.busy', true],
    [
      'sqlite constraint on the audit events',
      SQLITE.constraint,
      'audit',
      'storage.audit-head-corrupt',
      false,
    ],
    ['anything else', () => new Error('syntax error'), 'statement', 'storage.database-error', false],
  ];
  it.each(cases)('%s', (_name, make, phase, code, retryable) => {
    expect(driverErrorCode(make(), phase)).toBe(code);
    expect(new StoreError([{ code } as never]).retryable).toBe(retryable);
  });
});

/** A fault to inject: the next statements matching `match` fail with `error()`, `times` times. */
interface Fault {
  match: RegExp;
  error: () => Error;
  times: number;
}

/** A Kysely driver around better-sqlite3's that throws injected faults (a fake driver). */
class FaultyDialect extends SqliteDialect {
  faults: Fault[] = [];
  statements: string[] = [];

  override createDriver(): Driver {
    const driver = super.createDriver();
    const faults = () => this.faults;
    const statements = this.statements;
    const wrap = (conn: DatabaseConnection): DatabaseConnection => ({
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        statements.push(`${query.sql} ${JSON.stringify(query.parameters)}`);
        const fault = faults().find((f) => f.times > 0 && f.match.test(query.sql));
        if (fault !== undefined) {
          fault.times--;
          throw fault.error();
        }
        return conn.executeQuery<R>(query);
      },
      streamQuery: (query, chunkSize) => conn.streamQuery(query, chunkSize),
    });
    return new Proxy(driver, {
      get(target, key) {
        if (key === 'acquireConnection') {
          return async () => wrap(await target.acquireConnection());
        }
        if (key === 'releaseConnection') {
          return async (conn: DatabaseConnection) => {
            // The wrapper is not the driver's connection: release the one it wraps.
            await target.releaseConnection((conn as { inner?: DatabaseConnection }).inner ?? conn);
          };
        }
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

describe('driver errors through the store (a fake driver injecting pg, mysql2 and SQLite errors)', () => {
  let open: { db: Kysely<unknown>; store: EvaluationStore; dialect: FaultyDialect } | null = null;
  afterEach(async () => {
    await open?.db.destroy();
    open = null;
  });

  async function faulty(): Promise<{ store: EvaluationStore; dialect: FaultyDialect }> {
    const dialect = new FaultyDialect({ database: new Database(':memory:') });
    const db = new Kysely<unknown>({ dialect });
    const store = await createSqlStore({ db, busyTimeoutMs: 20 });
    open = { db, store, dialect };
    return { store, dialect };
  }

  const noDelay = (seen: number[]): RetryPolicy => ({
    retries: 3,
    minDelayMs: 0,
    onRetry: (_error, n) => seen.push(n),
  });

  const injections: [string, () => Error, RegExp, string, boolean][] = [
    ['pg deadlock on the head lock', PG.deadlock, /kinerja_audit_heads/, 'storage.deadlock', true],
    [
      'mysql2 deadlock on the row insert',
      MYSQL.deadlock,
      /insert into "kinerja_results"/,
      'storage.deadlock',
      true,
    ],
    [
      'pg serialisation failure',
      PG.serialization,
      /insert into "kinerja_results"/,
      'storage.serialization-failure',
      true,
    ],
    ['mysql2 lock wait timeout', MYSQL.lockTimeout, /kinerja_audit_heads/, 'storage.lock-timeout', true],
    ['SQLite busy at begin', SQLITE.busy, /^begin immediate/, 'storage.busy', true],
    ['pg connection reset', PG.reset, /insert into "kinerja_audit_events"/, 'storage.connection-lost', true],
    ['mysql2 connection lost', MYSQL.lost, /kinerja_audit_heads/, 'storage.connection-lost', true],
    ['pg 57P01', PG.adminShutdown, /select/, 'storage.connection-lost', true],
    ['connection reset at commit', PG.reset, /^commit/, 'storage.commit-unknown', false],
    [
      'unique violation on the audit events',
      PG.unique,
      /insert into "kinerja_audit_events"/,
      'storage.audit-head-corrupt',
      false,
    ],
    [
      'mysql2 duplicate on the audit events',
      MYSQL.duplicate,
      /insert into "kinerja_audit_events"/,
      'storage.audit-head-corrupt',
      false,
    ],
    [
      'another database error',
      () => new Error('disk I/O error'),
      /insert into "kinerja_results"/,
      'storage.database-error',
      false,
    ],
  ];

  it.each(injections)(
    '%s: the code, retryable, the cause, and a retry only when retryable',
    async (_n, make, match, code, retryable) => {
      const { store, dialect } = await faulty();
      const injected = make();
      // Every matching statement fails (also the backend's own retries of SQLite's BEGIN).
      dialect.faults.push({ match, error: () => injected, times: 1000 });
      const failed = await store.saveResult(resultRecord('R1'), change).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(StoreError);
      expect(failed).toMatchObject({ code, retryable });
      expect((failed as { cause?: unknown }).cause).toBe(injected);
      expect((failed as StoreError).issues[0]?.params?.reason).toContain(injected.message);
      if (code === 'storage.commit-unknown') {
        // The commit failed on the client side only: here it never reached SQLite, so nothing
        // is stored, but the store cannot know that; the caller reads back.
        await open?.db.destroy();
        open = null;
        return;
      }
      dialect.faults.length = 0;
      expect(await store.getResult(AGENCY, 'R1')).toBeNull();
      // Again, with a retry policy: retried (and saved) exactly when retryable; the fault lasts
      // until the first retry.
      dialect.faults.push({ match, error: make, times: 1000 });
      const seen: number[] = [];
      const retry: RetryPolicy = {
        retries: 3,
        minDelayMs: 0,
        onRetry: (_error, n) => {
          seen.push(n);
          dialect.faults.length = 0;
        },
      };
      const again = store.saveResult(resultRecord('R2'), { ...change, retry });
      if (retryable) {
        expect((await again).revision).toBe(1);
        expect(seen).toEqual([1]);
      } else {
        await expect(again).rejects.toMatchObject({ code, retryable: false });
        expect(seen).toEqual([]);
      }
    },
  );

  it('a retry policy gives up after its retries, with the last error', async () => {
    const { store, dialect } = await faulty();
    dialect.faults.push({ match: /kinerja_audit_heads/, error: PG.deadlock, times: 10 });
    const seen: number[] = [];
    await expect(
      store.saveResult(resultRecord('R1'), { ...change, retry: noDelay(seen) }),
    ).rejects.toMatchObject({ code: 'storage.deadlock', retryable: true });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('a revision conflict is never retryable and never retried', async () => {
    const { store } = await faulty();
    await store.saveResult(resultRecord('R1'), change);
    const seen: number[] = [];
    const failed = await store
      .saveResult(resultRecord('R1'), { ...change, expectedRevision: null, retry: noDelay(seen) })
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(RevisionConflictError);
    expect((failed as StoreError).retryable).toBe(false);
    expect(seen).toEqual([]);
  });

  it('only the outermost transaction retries: a save joined to it does not retry alone', async () => {
    const { store, dialect } = await faulty();
    dialect.faults.push({ match: /insert into "kinerja_results"/, error: MYSQL.deadlock, times: 1 });
    const inner: number[] = [];
    const outer: number[] = [];
    let runs = 0;
    await store.transaction(
      async (tx) => {
        runs++;
        await tx.saveResult(resultRecord('R1'), { ...change, retry: noDelay(inner) });
        await store.saveResult(resultRecord('R2'), { ...change, retry: noDelay(inner) });
      },
      { retry: noDelay(outer) },
    );
    expect(inner).toEqual([]);
    expect(outer).toEqual([1]);
    expect(runs).toBe(2);
    expect((await store.getResult(AGENCY, 'R2'))?.revision).toBe(1);
  });

  it('transaction(fn, { agencies }) locks the declared agencies first, sorted, before fn runs', async () => {
    const { store, dialect } = await faulty();
    dialect.statements.length = 0;
    await store.transaction(
      async (tx) => {
        dialect.statements.push('-- fn');
        await tx.saveResult(resultRecord('R1', { agencyId: 'kab-b' }), change);
      },
      { agencies: ['kab-c', 'kab-b', 'kab-a', 'kab-b'] },
    );
    const heads = dialect.statements
      .slice(0, dialect.statements.indexOf('-- fn'))
      .filter((s) => s.includes('kinerja_audit_heads'))
      .map((s) => /\["([^"]+)"\]$/.exec(s)?.[1]);
    expect(heads).toEqual(['kab-a', 'kab-b', 'kab-c']);
  });

  it('bad transaction and retry options are StoreErrors with paths', async () => {
    const { store } = await faulty();
    await expect(store.transaction(async () => 1, { agencies: 'kab-a' as never })).rejects.toMatchObject({
      code: 'storage.bad-transaction-options',
    });
    await expect(store.transaction(async () => 1, { agencies: [''] })).rejects.toBeInstanceOf(StoreError);
    await expect(store.transaction(async () => 1, { retry: -1 })).rejects.toMatchObject({
      code: 'storage.bad-retry',
      issues: [expect.objectContaining({ path: ['options', 'retry', 'retries'] })],
    });
    await expect(
      store.saveResult(resultRecord('R1'), { ...change, retry: { retries: 1, factor: 0 } }),
    ).rejects.toMatchObject({ code: 'storage.bad-retry' });
    expect(await store.getResult(AGENCY, 'R1')).toBeNull();
  });
});

describe.each(availableSqlTargets)('a corrupted audit head on $name', (target) => {
  let opened: OpenedSqlDatabase | null = null;
  afterEach(async () => {
    await opened?.cleanup();
    opened = null;
  });

  it('a head behind the last event is storage.audit-head-corrupt, not retryable, with the cause', async () => {
    opened = await target.open();
    const { store, db } = opened;
    await store.saveResult(resultRecord('R1'), change);
    await store.saveResult(resultRecord('R2'), change);
    await sql`update kinerja_audit_heads set seq = seq - 1`.execute(db);
    const failed = await store.saveResult(resultRecord('R3'), change).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(StoreError);
    expect(failed).toMatchObject({ code: 'storage.audit-head-corrupt', retryable: false });
    expect((failed as { cause?: unknown }).cause).toBeInstanceOf(Error);
    expect(await store.getResult(AGENCY, 'R3')).toBeNull();
  });
});
