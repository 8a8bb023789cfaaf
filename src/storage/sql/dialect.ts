/**
 * Which SQL dialect a Kysely instance speaks, read from its adapter, and the column types the SQL
 * store uses in each: types that read back exactly (text for decimals and dates), identifier
 * columns compared in byte order (UTF-8 byte order, which is code point order), and bounded
 * lengths where MySQL needs them for keys and indexes.
 */
import type { Kysely, RawBuilder } from 'kysely';

/**
 * The kysely module, loaded with a dynamic `import()` by the SQL store's entry points and passed
 * down: no module of the SQL store imports kysely statically, so even a bundle without code
 * splitting (the CLI) loads kysely only when an SQL store is opened.
 */
export type KyselyModule = typeof import('kysely');

/** Loads kysely. */
export async function loadKysely(): Promise<KyselyModule> {
  return import('kysely');
}

/** The database as the SQL store queries it: any table, any column (the schema is its own). */
export type LooseDb = Record<string, Record<string, unknown>>;

import type { SqlDialect } from '../sql-store';
import { MAX_ID_LENGTH } from '../text';

export type { SqlDialect };

/** The dialects, for checking an option. */
export const SQL_DIALECTS: readonly SqlDialect[] = ['sqlite', 'postgres', 'mysql'];

/**
 * The dialect of `db`, from its adapter (`db.getExecutor().adapter`): an instance of Kysely's
 * `SqliteAdapter`, `PostgresAdapter` or `MysqlAdapter` (third-party dialects such as PGlite's,
 * libSQL's or PlanetScale's reuse them), else the adapter's class name (a second copy of kysely),
 * else null.
 */
export function detectDialect(k: KyselyModule, db: Kysely<LooseDb>): SqlDialect | null {
  const adapter: unknown = db.getExecutor().adapter;
  if (adapter instanceof k.SqliteAdapter) return 'sqlite';
  if (adapter instanceof k.PostgresAdapter) return 'postgres';
  if (adapter instanceof k.MysqlAdapter) return 'mysql';
  let proto: unknown =
    adapter === null || typeof adapter !== 'object' ? null : Object.getPrototypeOf(adapter);
  while (proto !== null && proto !== Object.prototype) {
    const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    if (name === 'SqliteAdapter') return 'sqlite';
    if (name === 'PostgresAdapter') return 'postgres';
    if (name === 'MysqlAdapter') return 'mysql';
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

/** Longest row key (code points): ids plus a suffix (`@version`, `|start|end`, `#seq`). */
export const MAX_KEY_LENGTH = 255;

/** The column types of one dialect. */
export interface ColumnTypes {
  /** Agency, unit and employee ids: compared in byte order, at most {@link MAX_ID_LENGTH}. */
  readonly id: RawBuilder<unknown>;
  /** Row keys: compared in byte order, at most {@link MAX_KEY_LENGTH}. */
  readonly key: RawBuilder<unknown>;
  /** Short or long text without a bound (states, predikat, actors, reasons, decimals). */
  readonly text: RawBuilder<unknown>;
  /** Text compared in byte order (period dates, filtered with `>=` and `<=`). */
  readonly ordered: RawBuilder<unknown>;
  /** Documents and JSON (canonical JSON text). */
  readonly document: RawBuilder<unknown>;
  readonly integer: RawBuilder<unknown>;
  readonly bigint: RawBuilder<unknown>;
  /** SHA-256 hex digests. */
  readonly hash: RawBuilder<unknown>;
}

/**
 * The column types per dialect:
 * - SQLite: `text` (BINARY collation: byte order) and `integer`;
 * - PostgreSQL and PGlite: `varchar(n) collate "C"` for ids and keys (byte order whatever the
 *   database's collation), `text`, `integer`, `bigint`;
 * - MySQL and MariaDB: `varbinary` for ids and keys (byte order, and no PAD SPACE: `a` and `a `
 *   are different keys, which `utf8mb4_bin` would treat as equal), `longtext` in utf8mb4.
 *
 * Decimals are text in every dialect: never NUMERIC or REAL, which SQLite turns into floats.
 */
export function columnTypes(k: KyselyModule, dialect: SqlDialect): ColumnTypes {
  const { sql } = k;
  switch (dialect) {
    case 'sqlite':
      return {
        id: sql`text`,
        key: sql`text`,
        text: sql`text`,
        ordered: sql`text`,
        document: sql`text`,
        integer: sql`integer`,
        bigint: sql`integer`,
        hash: sql`text`,
      };
    case 'postgres':
      return {
        id: sql.raw(`varchar(${MAX_ID_LENGTH}) collate "C"`),
        key: sql.raw(`varchar(${MAX_KEY_LENGTH}) collate "C"`),
        text: sql`text`,
        ordered: sql`text collate "C"`,
        document: sql`text`,
        integer: sql`integer`,
        bigint: sql`bigint`,
        hash: sql`varchar(64)`,
      };
    case 'mysql':
      return {
        id: sql.raw(`varbinary(${MAX_ID_LENGTH * 4})`),
        key: sql.raw(`varbinary(${MAX_KEY_LENGTH * 4})`),
        text: sql`longtext`,
        ordered: sql`longtext`,
        document: sql`longtext`,
        integer: sql`int`,
        bigint: sql`bigint`,
        hash: sql`varchar(64)`,
      };
  }
}

/**
 * Bind parameters per statement we stay under: SQLite's default limit is 32,766, PostgreSQL's
 * 65,535; mysql2's `query` inlines values, so MySQL's bound is the packet size (see
 * {@link MAX_STATEMENT_TEXT}).
 */
export const MAX_PARAMETERS: Readonly<Record<SqlDialect, number>> = {
  sqlite: 32_000,
  postgres: 65_000,
  mysql: 65_000,
};

/** Characters of documents per multi-row insert, well under MySQL's smallest `max_allowed_packet` (4 MiB). */
export const MAX_STATEMENT_TEXT = 1_000_000;

/** Rows per multi-row insert at most (more rows per statement gain little). */
export const MAX_ROWS_PER_INSERT = 1000;
