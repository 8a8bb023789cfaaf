/**
 * `createSqlStore` and `migrateSqlStore`: the SQL store on a Kysely instance the caller owns. This
 * module imports `kysely` and is loaded only through a dynamic `import()`, so that
 * `kinerja/storage` works without kysely installed.
 */
import type { Kysely } from 'kysely';
import { issue } from '../../explain';
import { storageSqlMessages } from '../../explain/messages/storage-sql';
import { createStoreFromBackend } from '../core';
import { StoreError } from '../errors';
import type { SqlMigrateOptions, SqlMigrationReport, SqlStoreOptions } from '../sql-store';
import type { EvaluationStore, StoreCapabilities } from '../types';
import { createSqlBackend } from './backend';
import {
  detectDialect,
  type KyselyModule,
  type LooseDb,
  loadKysely,
  SQL_DIALECTS,
  type SqlDialect,
} from './dialect';
import { DEFAULT_TABLE_PREFIX, hasStoreTables as hasTables, isTablePrefix, runMigrations } from './schema';

function optionsError(problem: string): StoreError {
  return new StoreError(
    [issue(storageSqlMessages, 'storage.sql-options', ['options'], { problem })],
    'SQL store options',
  );
}

function isKysely(db: unknown): db is Kysely<LooseDb> {
  const d = db as { getExecutor?: unknown; connection?: unknown; selectFrom?: unknown } | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.getExecutor === 'function' &&
    typeof d.connection === 'function' &&
    typeof d.selectFrom === 'function'
  );
}

/** The database, dialect and table prefix of the options, checked. */
function resolve(
  k: KyselyModule,
  options: SqlMigrateOptions & { readonly db?: unknown },
): {
  db: Kysely<LooseDb>;
  dialect: SqlDialect;
  prefix: string;
} {
  if (typeof options !== 'object' || options === null) throw optionsError('an options object is required');
  const { db } = options;
  if (!isKysely(db)) throw optionsError('`db` must be a Kysely instance');
  const prefix = options.tablePrefix ?? DEFAULT_TABLE_PREFIX;
  if (!isTablePrefix(prefix)) {
    throw optionsError(
      `\`tablePrefix\` must be a letter followed by letters, digits or _, at most 30 characters (received ${JSON.stringify(prefix)})`,
    );
  }
  if (options.dialect !== undefined && !SQL_DIALECTS.includes(options.dialect)) {
    throw optionsError(`\`dialect\` must be one of ${SQL_DIALECTS.join(', ')}`);
  }
  const dialect = options.dialect ?? detectDialect(k, db);
  if (dialect === null) {
    throw optionsError(
      'the Kysely dialect is not SQLite, PostgreSQL or MySQL (its adapter is none of SqliteAdapter, PostgresAdapter, MysqlAdapter); pass `dialect` if it speaks one of them',
    );
  }
  return { db, dialect, prefix };
}

/** What the database is, for the store's capabilities. */
async function detectCapabilities(
  k: KyselyModule,
  db: Kysely<LooseDb>,
  dialect: SqlDialect,
): Promise<StoreCapabilities> {
  if (dialect === 'sqlite') {
    // An in-memory (or temporary) database has no file: one connection, gone with the process.
    const files = await k.sql<{ name: unknown; file: unknown }>`pragma database_list`.execute(db);
    const main = files.rows.find((r) => r.name === 'main');
    const onDisk = typeof main?.file === 'string' && main.file !== '';
    return { adapter: 'sqlite', persistent: onDisk, concurrentConnections: onDisk };
  }
  if (dialect === 'postgres') {
    let version = '';
    try {
      const r = await k.sql<{ v: unknown }>`select version() as v`.execute(db);
      version = String(r.rows[0]?.v ?? '');
    } catch {
      // Not every PostgreSQL-compatible database has version(); assume a server.
    }
    // PGlite is in-process with a single connection; in memory unless given a data directory.
    if (/PGlite/i.test(version))
      return { adapter: 'pglite', persistent: false, concurrentConnections: false };
    return { adapter: 'postgres', persistent: true, concurrentConnections: true };
  }
  return { adapter: 'mysql', persistent: true, concurrentConnections: true };
}

/** See the public `migrateSqlStore` (sql-store.ts). */
export async function migrateSqlStore(
  // biome-ignore lint/suspicious/noExplicitAny: a Kysely instance of any database type
  db: Kysely<any>,
  options: SqlMigrateOptions = {},
): Promise<SqlMigrationReport> {
  const k = await loadKysely();
  const r = resolve(k, { ...options, db });
  return runMigrations(k, r.db, r.dialect, r.prefix);
}

/** See the public `createSqlStore` (sql-store.ts). */
export async function createSqlStore(options: SqlStoreOptions): Promise<EvaluationStore> {
  const k = await loadKysely();
  const { db, dialect, prefix } = resolve(k, options);
  const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
  if (typeof busyTimeoutMs !== 'number' || !Number.isFinite(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw optionsError('`busyTimeoutMs` must be a number of milliseconds, 0 or more');
  }
  if (options.migrate ?? true) await runMigrations(k, db, dialect, prefix);
  const detected = await detectCapabilities(k, db, dialect);
  const capabilities: StoreCapabilities = { ...detected, ...(options.capabilities ?? {}) };
  return createStoreFromBackend(
    createSqlBackend({ kysely: k, db, dialect, tablePrefix: prefix, capabilities, busyTimeoutMs }),
  );
}

/** Whether the database has the store's tables, migrated (for a store opened read-only). */
export function hasStoreTables(
  // biome-ignore lint/suspicious/noExplicitAny: a Kysely instance of any database type
  db: Kysely<any>,
  tablePrefix: string = DEFAULT_TABLE_PREFIX,
): Promise<boolean> {
  return hasTables(db as Kysely<LooseDb>, tablePrefix);
}

export type { SqlMigrateOptions, SqlMigrationReport, SqlStoreOptions } from '../sql-store';
