/**
 * SQL databases for the storage tests: each `open()` gives a fresh, empty database and a cleanup
 * that removes it.
 *
 * - `sqlite-memory`: better-sqlite3 `:memory:` (one connection);
 * - `sqlite-file`: better-sqlite3 on a file in a new temp directory (WAL; `connect()` opens more
 *   connections on the same file, with a zero busy timeout: the store waits asynchronously);
 * - `pglite`: a clone of an empty PGlite template (cloning is faster than starting PGlite);
 * - `postgres`: a new schema in the server of `KINERJA_TEST_POSTGRES_URL` (pools set
 *   `search_path` to it), dropped on cleanup;
 * - `mysql`: a new database in the server of `KINERJA_TEST_MYSQL_URL` (MySQL or MariaDB),
 *   dropped on cleanup.
 *
 * A server whose variable is unset is `available: false` (suites leave it out, with one warning
 * naming the variable); a server that is configured but unreachable makes `open()` throw, so its
 * tests fail rather than skip.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { Kysely, MysqlDialect, PostgresDialect, SqliteDialect } from 'kysely';
import { createPool } from 'mysql2';
import mysqlPromise from 'mysql2/promise';
import pg from 'pg';
import { createPgliteDialect } from '../../src/storage/pglite';
import { createSqlStore, type SqlStoreOptions } from '../../src/storage/sql-store';
import type { EvaluationStore } from '../../src/storage/types';

// biome-ignore lint/suspicious/noExplicitAny: a Kysely instance of the store's own tables
export type AnyKysely = Kysely<any>;

/** The names of the SQL test targets. */
export type SqlTargetName = 'sqlite-memory' | 'sqlite-file' | 'pglite' | 'postgres' | 'mysql';

/** A fresh database, opened by {@link SqlTarget.open}. */
export interface OpenedSqlDatabase {
  /** The Kysely instance (destroyed by `cleanup`). */
  readonly db: AnyKysely;
  /** `createSqlStore({ db, ...storeOptions })`, unless `open({ store: false })`. */
  readonly store: EvaluationStore;
  /**
   * Another connection (pool) to the same database, destroyed by `cleanup`; PGlite has a single
   * connection, so it returns `db` itself; an in-memory SQLite database cannot be shared: throws.
   */
  connect(): Promise<AnyKysely>;
  /** Destroys every connection and removes the database (schema, file). */
  cleanup(): Promise<void>;
}

/** Options of {@link SqlTarget.open}. */
export interface OpenSqlOptions {
  /** Create the store (default true); with false, `store` throws when read. */
  readonly store?: boolean;
  /** Options for `createSqlStore` besides `db`. */
  readonly storeOptions?: Omit<SqlStoreOptions, 'db'>;
}

/** One SQL database kind the tests run against. */
export interface SqlTarget {
  readonly name: SqlTargetName;
  readonly dialect: 'sqlite' | 'postgres' | 'mysql';
  /** False when the server's environment variable is unset (the suites leave the target out). */
  readonly available: boolean;
  /** The environment variable that configures the server, if any. */
  readonly variable?: string;
  /** Several connections can write at once (a file or a server). */
  readonly concurrent: boolean;
  open(options?: OpenSqlOptions): Promise<OpenedSqlDatabase>;
}

export const POSTGRES_VARIABLE = 'KINERJA_TEST_POSTGRES_URL';
export const MYSQL_VARIABLE = 'KINERJA_TEST_MYSQL_URL';

const postgresUrl = process.env[POSTGRES_VARIABLE]?.trim() || undefined;
const mysqlUrl = process.env[MYSQL_VARIABLE]?.trim() || undefined;

let warned = false;
/** Warns once per process about the servers left out. */
function warnUnconfigured(): void {
  if (warned) return;
  warned = true;
  if (postgresUrl === undefined)
    console.warn(`${POSTGRES_VARIABLE} is not set: the SQL storage tests skip PostgreSQL.`);
  if (mysqlUrl === undefined)
    console.warn(`${MYSQL_VARIABLE} is not set: the SQL storage tests skip MySQL/MariaDB.`);
}
warnUnconfigured();

/** A unique name for a schema or database (letters, digits, _). */
function uniqueName(): string {
  return `kinerja_t_${process.pid}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/** Builds the opened database: creates the store, tracks extra connections, cleans up once. */
async function opened(
  db: AnyKysely,
  options: OpenSqlOptions,
  connect: () => Promise<AnyKysely>,
  remove: () => Promise<void>,
): Promise<OpenedSqlDatabase> {
  const extra: AnyKysely[] = [];
  let done = false;
  const cleanup = async () => {
    if (done) return;
    done = true;
    for (const k of extra) await k.destroy().catch(() => {});
    await db.destroy().catch(() => {});
    await remove();
  };
  let store: EvaluationStore | undefined;
  if (options.store ?? true) {
    try {
      store = await createSqlStore({ db, ...(options.storeOptions ?? {}) });
    } catch (error) {
      await cleanup();
      throw error;
    }
  }
  return {
    db,
    get store(): EvaluationStore {
      if (store === undefined) throw new Error('opened with store: false');
      return store;
    },
    async connect() {
      const k = await connect();
      if (k !== db) extra.push(k);
      return k;
    },
    cleanup,
  };
}

function sqliteKysely(file: string): AnyKysely {
  // timeout 0: better-sqlite3 would otherwise wait for a lock synchronously, blocking the event
  // loop (and with it the connection that holds the lock); the store retries asynchronously.
  const database = new Database(file, { timeout: 0 });
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  return new Kysely({ dialect: new SqliteDialect({ database }) });
}

let pgliteTemplate: Promise<PGlite> | undefined;

async function pgliteClone(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const template = new PGlite();
    await template.waitReady;
    return template;
  })();
  return (await (await pgliteTemplate).clone()) as PGlite;
}

async function postgresAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function mysqlAdmin<T>(fn: (connection: mysqlPromise.Connection) => Promise<T>): Promise<T> {
  const connection = await mysqlPromise.createConnection({ uri: mysqlUrl as string, connectTimeout: 10_000 });
  try {
    return await fn(connection);
  } finally {
    await connection.end();
  }
}

/** Every SQL target, available or not. */
export const sqlTargets: readonly SqlTarget[] = [
  {
    name: 'sqlite-memory',
    dialect: 'sqlite',
    available: true,
    concurrent: false,
    async open(options = {}) {
      const db = sqliteKysely(':memory:');
      return opened(
        db,
        options,
        async () => {
          throw new Error('an in-memory SQLite database has a single connection');
        },
        async () => {},
      );
    },
  },
  {
    name: 'sqlite-file',
    dialect: 'sqlite',
    available: true,
    concurrent: true,
    async open(options = {}) {
      const dir = await mkdtemp(join(tmpdir(), 'kinerja-sqlite-'));
      const file = join(dir, 'store.db');
      return opened(
        sqliteKysely(file),
        options,
        async () => sqliteKysely(file),
        () => rm(dir, { recursive: true, force: true }),
      );
    },
  },
  {
    name: 'pglite',
    dialect: 'postgres',
    available: true,
    concurrent: false,
    async open(options = {}) {
      const instance = await pgliteClone();
      const db = new Kysely({ dialect: await createPgliteDialect(instance, { closeOnDestroy: true }) });
      return opened(
        db,
        options,
        async () => db,
        async () => {},
      );
    },
  },
  {
    name: 'postgres',
    dialect: 'postgres',
    available: postgresUrl !== undefined,
    variable: POSTGRES_VARIABLE,
    concurrent: true,
    async open(options = {}) {
      if (postgresUrl === undefined) throw new Error(`${POSTGRES_VARIABLE} is not set`);
      const schema = uniqueName();
      await postgresAdmin((c) => c.query(`create schema ${schema}`));
      const connect = async (): Promise<AnyKysely> =>
        new Kysely({
          dialect: new PostgresDialect({
            pool: new pg.Pool({
              connectionString: postgresUrl,
              max: 4,
              options: `-c search_path=${schema}`,
              connectionTimeoutMillis: 10_000,
            }),
          }),
        });
      return opened(await connect(), options, connect, () =>
        postgresAdmin(async (c) => {
          await c.query(`drop schema if exists ${schema} cascade`);
        }),
      );
    },
  },
  {
    name: 'mysql',
    dialect: 'mysql',
    available: mysqlUrl !== undefined,
    variable: MYSQL_VARIABLE,
    concurrent: true,
    async open(options = {}) {
      if (mysqlUrl === undefined) throw new Error(`${MYSQL_VARIABLE} is not set`);
      const database = uniqueName();
      await mysqlAdmin((c) =>
        c.query(`create database ${database} character set utf8mb4 collate utf8mb4_bin`),
      );
      const url = new URL(mysqlUrl);
      url.pathname = `/${database}`;
      const connect = async (): Promise<AnyKysely> =>
        new Kysely({
          dialect: new MysqlDialect({
            pool: createPool({ uri: url.toString(), connectionLimit: 4, connectTimeout: 10_000 }),
          }),
        });
      return opened(await connect(), options, connect, () =>
        mysqlAdmin(async (c) => {
          await c.query(`drop database if exists ${database}`);
        }),
      );
    },
  },
];

/** The targets to run: every available one. */
export const availableSqlTargets: readonly SqlTarget[] = sqlTargets.filter((t) => t.available);

/** The target of a name. */
export function sqlTarget(name: SqlTargetName): SqlTarget {
  const t = sqlTargets.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no SQL target ${name}`);
  return t;
}
