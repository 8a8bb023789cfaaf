/**
 * The public entry of the SQL store: `createSqlStore` and `migrateSqlStore` load the SQL module
 * (`./sql/store`, which imports kysely) with a dynamic `import()`, so that importing
 * `kinerja/storage` does not need kysely installed.
 */
import type { Kysely } from 'kysely';
import type { EvaluationStore, StoreCapabilities } from './types';

/**
 * The SQL dialects of the SQL store, as read from the Kysely adapter: `sqlite` (better-sqlite3 or
 * any dialect on Kysely's `SqliteAdapter`), `postgres` (pg, PGlite), `mysql` (mysql2 on MySQL or
 * MariaDB).
 *
 * @category Storage
 * @example
 * ```ts
 * const dialect: SqlDialect = 'postgres';
 * ```
 */
export type SqlDialect = 'sqlite' | 'postgres' | 'mysql';

/**
 * Options of {@link createSqlStore}.
 *
 * @category Storage
 * @example
 * ```ts
 * const options: SqlStoreOptions = { db, tablePrefix: 'hr_kinerja_', migrate: true };
 * ```
 */
export interface SqlStoreOptions {
  /** The database; the store never destroys it (`close()` leaves it open). A Kysely transaction is joined. */
  // biome-ignore lint/suspicious/noExplicitAny: a Kysely instance of any database type
  readonly db: Kysely<any>;
  /** Run the schema migrations first (default true); running them again is a no-op. */
  readonly migrate?: boolean;
  /**
   * Prefix of every table name, `kinerja_` by default (tables `kinerja_results`,
   * `kinerja_audit_events`…, migration bookkeeping in `kinerja_migration` and
   * `kinerja_migration_lock`): a letter, then letters, digits or `_`, at most 30 characters.
   */
  readonly tablePrefix?: string;
  /** The dialect, when the Kysely adapter is not one of Kysely's own (read from it otherwise). */
  readonly dialect?: SqlDialect;
  /**
   * Overrides of the detected capabilities, e.g. `{ persistent: true }` for PGlite with a data
   * directory (PGlite is reported as not persistent; an in-memory SQLite database as neither
   * persistent nor shared by several connections).
   */
  readonly capabilities?: Partial<StoreCapabilities>;
  /**
   * SQLite: how long (ms) a transaction keeps retrying to take the write lock while another
   * connection holds it, without blocking the event loop (default 10,000).
   */
  readonly busyTimeoutMs?: number;
}

/**
 * Options of {@link migrateSqlStore}.
 *
 * @category Storage
 * @example
 * ```ts
 * const options: SqlMigrateOptions = { tablePrefix: 'hr_kinerja_' };
 * ```
 */
export interface SqlMigrateOptions {
  /** As {@link SqlStoreOptions.tablePrefix}. */
  readonly tablePrefix?: string;
  /** As {@link SqlStoreOptions.dialect}. */
  readonly dialect?: SqlDialect;
}

/**
 * What {@link migrateSqlStore} did.
 *
 * @category Storage
 * @example
 * ```ts
 * const report: SqlMigrationReport = await migrateSqlStore(db);
 * report.executed; // ['0001_initial', '0002_audit_hash_scheme'] the first time, [] afterwards
 * ```
 */
export interface SqlMigrationReport {
  /** The migrations run now, in order (empty when the schema was already up to date). */
  readonly executed: readonly string[];
}

/**
 * Opens the SQL store on a Kysely instance: SQLite (better-sqlite3), PGlite, PostgreSQL (pg) or
 * MySQL/MariaDB (mysql2). Needs `kysely` (an optional peer dependency) and the driver installed.
 * Runs the schema migrations first (idempotent) unless `migrate: false`.
 *
 * What it stores: one table per kind of record (rulesets, SKP plans, evaluations, results, unit
 * predikat, ledger entries), each record's canonical JSON in `doc` plus copies of its keys for
 * SQL readers; the audit log in `audit_events` and `audit_heads`. Every primary key leads with
 * `agency_id`, so a national deployment can partition or distribute by agency (with Citus:
 * `select create_distributed_table('kinerja_results', 'agency_id')` for each table). Decimals
 * (scores, angka kredit) are stored as text in every dialect and read back exactly as strings.
 * Keys are compared in UTF-8 byte order in every dialect, so listings page identically.
 *
 * Concurrency: writers of one agency are serialised on its audit head row (`select … for update`
 * on PostgreSQL and MySQL, which run at READ COMMITTED); SQLite transactions take the write lock
 * at the start (`BEGIN IMMEDIATE`). A stale write is a `RevisionConflictError`, never a lost update.
 * With several SQLite connections in one process, open them with a zero busy timeout
 * (`new Database(file, { timeout: 0 })`): the store waits for the lock asynchronously instead of
 * blocking the event loop.
 *
 * `close()` releases nothing it did not open: destroy the Kysely instance yourself.
 *
 * @category Storage
 * @example SQLite (better-sqlite3)
 * ```ts
 * import Database from 'better-sqlite3';
 * import { Kysely, SqliteDialect } from 'kysely';
 * import { createSqlStore } from 'kinerja/storage';
 *
 * const database = new Database('kinerja.db');
 * database.pragma('journal_mode = WAL');
 * const db = new Kysely({ dialect: new SqliteDialect({ database }) });
 * const store = await createSqlStore({ db });
 * store.capabilities; // { adapter: 'sqlite', persistent: true, concurrentConnections: true }
 * ```
 * @example PGlite
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * import { Kysely } from 'kysely';
 * import { createPgliteDialect, createSqlStore } from 'kinerja/storage';
 *
 * const db = new Kysely({ dialect: await createPgliteDialect(new PGlite()) });
 * const store = await createSqlStore({ db });
 * store.capabilities.adapter; // 'pglite'
 * ```
 * @example PostgreSQL (pg)
 * ```ts
 * import { Kysely, PostgresDialect } from 'kysely';
 * import pg from 'pg';
 * import { createSqlStore } from 'kinerja/storage';
 *
 * const db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }) });
 * const store = await createSqlStore({ db });
 * // … later
 * await db.destroy();
 * ```
 * @example MySQL or MariaDB (mysql2)
 * ```ts
 * import { Kysely, MysqlDialect } from 'kysely';
 * import { createPool } from 'mysql2';
 * import { createSqlStore } from 'kinerja/storage';
 *
 * const db = new Kysely({ dialect: new MysqlDialect({ pool: createPool({ uri: 'mysql://app@db/hr' }) }) });
 * const store = await createSqlStore({ db, tablePrefix: 'kinerja_' });
 * ```
 */
export async function createSqlStore(options: SqlStoreOptions): Promise<EvaluationStore> {
  const sqlModule = await import('./sql/store');
  return sqlModule.createSqlStore(options);
}

/**
 * Runs the SQL store's schema migrations (Kysely's `Migrator`, with the migrations in code) without
 * opening a store, e.g. from a deployment step; {@link createSqlStore} does the same unless
 * `migrate: false`. Running it again is a no-op. The migrator's bookkeeping tables are
 * `<prefix>migration` and `<prefix>migration_lock`.
 *
 * @category Storage
 * @example
 * ```ts
 * import { migrateSqlStore } from 'kinerja/storage';
 *
 * const first = await migrateSqlStore(db);  // { executed: ['0001_initial', '0002_audit_hash_scheme'] }
 * const again = await migrateSqlStore(db);  // { executed: [] }
 * const store = await createSqlStore({ db, migrate: false });
 * ```
 */
export async function migrateSqlStore(
  // biome-ignore lint/suspicious/noExplicitAny: a Kysely instance of any database type
  db: Kysely<any>,
  options: SqlMigrateOptions = {},
): Promise<SqlMigrationReport> {
  const sqlModule = await import('./sql/store');
  return sqlModule.migrateSqlStore(db, options);
}
