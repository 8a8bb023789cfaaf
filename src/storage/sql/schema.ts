/**
 * The SQL store's schema and its migrations, run through Kysely's `Migrator` with an in-code
 * migration provider. Running them again is a no-op (the migrator records what ran, in
 * `<prefix>migration`; `<prefix>migration_lock` serialises concurrent runs).
 *
 * Tables (prefix `kinerja_` by default), every primary key leading with `agency_id`:
 * - `rulesets`, `skps`, `evaluations`, `results`, `unit_predikat`, `ledger_entries`: one per row
 *   kind, primary key (`agency_id`, `record_key`), the common columns (`revision`, `unit_id`,
 *   `employee_id`, `period_start`, `period_end`, `state`, `doc`) and the kind's own (results:
 *   `evaluation_id`, `ruleset_id`, `ruleset_version`, `predikat`, `score`; unit predikat:
 *   `predikat`; ledger entries: `year`, `angka_kredit`); indexes (`agency_id`, `unit_id`,
 *   `record_key`) and (`agency_id`, `employee_id`, `record_key`) for listings;
 * - `audit_events`: primary key (`agency_id`, `seq`), every field of an audit event
 *   (`before_json` and `after_json` as JSON text);
 * - `audit_heads`: primary key `agency_id`, the last `seq` and `hash` (the row writers lock);
 * - (migration 0002) `audit_events.hash_scheme`: the event's hash scheme, `codepoint-sha256` for the
 *   events written before it.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { LEGACY_AUDIT_HASH_SCHEME } from '../jcs';
import type { SqlMigrationReport } from '../sql-store';
import type { StoreEntityKind } from '../types';
import { columnTypes, type KyselyModule, type LooseDb, type SqlDialect } from './dialect';

/** A column of a row table beyond the common ones: its name in SQL and in `StoreRow.columns`. */
export interface KindColumn {
  readonly column: string;
  readonly field: string;
  readonly type: 'text' | 'integer' | 'decimal';
}

/** The kind-specific columns of each row table. */
export const KIND_COLUMNS: Readonly<Record<StoreEntityKind, readonly KindColumn[]>> = {
  ruleset: [],
  skp: [],
  evaluation: [],
  result: [
    { column: 'evaluation_id', field: 'evaluationId', type: 'text' },
    { column: 'ruleset_id', field: 'rulesetId', type: 'text' },
    { column: 'ruleset_version', field: 'rulesetVersion', type: 'integer' },
    { column: 'predikat', field: 'predikat', type: 'text' },
    { column: 'score', field: 'score', type: 'decimal' },
  ],
  'unit-predikat': [{ column: 'predikat', field: 'predikat', type: 'text' }],
  'ledger-entry': [
    { column: 'year', field: 'year', type: 'integer' },
    { column: 'angka_kredit', field: 'angkaKredit', type: 'decimal' },
  ],
};

/** The columns every row table has, in insert order. */
export const COMMON_COLUMNS = [
  'agency_id',
  'record_key',
  'revision',
  'unit_id',
  'employee_id',
  'period_start',
  'period_end',
  'state',
  'doc',
] as const;

/** The columns of the audit event table, in insert order. */
export const AUDIT_COLUMNS = [
  'agency_id',
  'seq',
  'at',
  'actor',
  'action',
  'entity_kind',
  'entity_id',
  'revision',
  'before_json',
  'after_json',
  'after_hash',
  'reason',
  'prev_hash',
  'hash',
  'hash_scheme',
] as const;

const ROW_TABLES: Readonly<Record<StoreEntityKind, string>> = {
  ruleset: 'rulesets',
  skp: 'skps',
  evaluation: 'evaluations',
  result: 'results',
  'unit-predikat': 'unit_predikat',
  'ledger-entry': 'ledger_entries',
};

/** The table names of one store (one prefix). */
export interface TableNames {
  readonly rows: Readonly<Record<StoreEntityKind, string>>;
  readonly auditEvents: string;
  readonly auditHeads: string;
  readonly migration: string;
  readonly migrationLock: string;
}

/** The default table prefix. */
export const DEFAULT_TABLE_PREFIX = 'kinerja_';

/** Whether a table prefix is usable: a letter, then letters, digits and `_`, 1 to 30 characters. */
export function isTablePrefix(prefix: unknown): prefix is string {
  return typeof prefix === 'string' && /^[A-Za-z][A-Za-z0-9_]{0,29}$/.test(prefix);
}

/** The table names for a prefix. */
export function tableNames(prefix: string): TableNames {
  const rows = {} as Record<StoreEntityKind, string>;
  for (const [kind, name] of Object.entries(ROW_TABLES)) rows[kind as StoreEntityKind] = `${prefix}${name}`;
  return {
    rows,
    auditEvents: `${prefix}audit_events`,
    auditHeads: `${prefix}audit_heads`,
    migration: `${prefix}migration`,
    migrationLock: `${prefix}migration_lock`,
  };
}

/** MySQL table options: InnoDB (transactions, row locks), utf8mb4 text compared in binary. */
const MYSQL_TABLE = 'engine = InnoDB default character set utf8mb4 collate utf8mb4_bin';

/** Creates an index unless it exists (MySQL has no `create index if not exists`). */
async function createIndex(
  k: KyselyModule,
  db: Kysely<unknown>,
  dialect: SqlDialect,
  table: string,
  name: string,
  columns: readonly string[],
): Promise<void> {
  if (dialect === 'mysql') {
    const found = await k.sql<{ n: unknown }>`select count(*) as n from information_schema.statistics
      where table_schema = database() and table_name = ${table} and index_name = ${name}`.execute(db);
    if (Number(found.rows[0]?.n ?? 0) > 0) return;
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
    return;
  }
  await db.schema
    .createIndex(name)
    .ifNotExists()
    .on(table)
    .columns([...columns])
    .execute();
}

/** The first migration: every table and index. Written to be re-runnable (`if not exists`). */
function initialMigration(k: KyselyModule, dialect: SqlDialect, names: TableNames): Migration {
  const t = columnTypes(k, dialect);
  const mysqlTable = k.sql.raw(MYSQL_TABLE);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [kind, table] of Object.entries(names.rows) as [StoreEntityKind, string][]) {
        let create = db.schema
          .createTable(table)
          .ifNotExists()
          .addColumn('agency_id', t.id, (c) => c.notNull())
          .addColumn('record_key', t.key, (c) => c.notNull())
          .addColumn('revision', t.integer, (c) => c.notNull())
          .addColumn('unit_id', t.id)
          .addColumn('employee_id', t.id)
          .addColumn('period_start', t.ordered)
          .addColumn('period_end', t.ordered)
          .addColumn('state', t.text)
          .addColumn('doc', t.document, (c) => c.notNull());
        for (const k of KIND_COLUMNS[kind]) {
          create = create.addColumn(k.column, k.type === 'integer' ? t.integer : t.text);
        }
        create = create.addPrimaryKeyConstraint(`${table}_pk`, ['agency_id', 'record_key'] as never);
        if (dialect === 'mysql') create = create.modifyEnd(mysqlTable);
        await create.execute();
        if (kind !== 'ruleset') {
          await createIndex(k, db, dialect, table, `${table}_unit_idx`, [
            'agency_id',
            'unit_id',
            'record_key',
          ]);
          await createIndex(k, db, dialect, table, `${table}_employee_idx`, [
            'agency_id',
            'employee_id',
            'record_key',
          ]);
        }
      }

      let events = db.schema
        .createTable(names.auditEvents)
        .ifNotExists()
        .addColumn('agency_id', t.id, (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .addColumn('at', t.text, (c) => c.notNull())
        .addColumn('actor', t.text, (c) => c.notNull())
        .addColumn('action', t.text, (c) => c.notNull())
        .addColumn('entity_kind', t.text, (c) => c.notNull())
        .addColumn('entity_id', t.text, (c) => c.notNull())
        .addColumn('revision', t.integer)
        .addColumn('before_json', t.document)
        .addColumn('after_json', t.document)
        .addColumn('after_hash', t.hash)
        .addColumn('reason', t.text)
        .addColumn('prev_hash', t.hash, (c) => c.notNull())
        .addColumn('hash', t.hash, (c) => c.notNull())
        .addPrimaryKeyConstraint(`${names.auditEvents}_pk`, ['agency_id', 'seq'] as never);
      if (dialect === 'mysql') events = events.modifyEnd(mysqlTable);
      await events.execute();

      let heads = db.schema
        .createTable(names.auditHeads)
        .ifNotExists()
        .addColumn('agency_id', t.id, (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .addColumn('hash', t.hash, (c) => c.notNull())
        .addPrimaryKeyConstraint(`${names.auditHeads}_pk`, ['agency_id'] as never);
      if (dialect === 'mysql') heads = heads.modifyEnd(mysqlTable);
      await heads.execute();
    },
  };
}

/**
 * The second migration: each audit event's hash scheme, `hash_scheme`. Events written before it
 * are legacy events (`codepoint-sha256`, the column's default); new events write
 * `rfc8785-sha256`.
 */
function hashSchemeMigration(k: KyselyModule, dialect: SqlDialect, names: TableNames): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const type = dialect === 'mysql' ? k.sql`varchar(32)` : k.sql`text`;
      await db.schema
        .alterTable(names.auditEvents)
        .addColumn('hash_scheme', type, (c) => c.notNull().defaultTo(LEGACY_AUDIT_HASH_SCHEME))
        .execute();
    },
  };
}

/** The migrations of the SQL store, by name (run in name order). */
export function sqlStoreMigrations(
  k: KyselyModule,
  dialect: SqlDialect,
  names: TableNames,
): Record<string, Migration> {
  return {
    '0001_initial': initialMigration(k, dialect, names),
    '0002_audit_hash_scheme': hashSchemeMigration(k, dialect, names),
  };
}

/**
 * Whether the store's tables are there and migrated (for a store opened read-only, which never
 * migrates): every table answers a query naming the columns the store reads.
 */
export async function hasStoreTables(db: Kysely<LooseDb>, prefix: string): Promise<boolean> {
  const names = tableNames(prefix);
  try {
    await db.selectFrom(names.auditHeads).select(['agency_id', 'seq', 'hash']).limit(1).execute();
    await db
      .selectFrom(names.auditEvents)
      .select([...AUDIT_COLUMNS])
      .limit(1)
      .execute();
    for (const table of Object.values(names.rows)) {
      await db.selectFrom(table).select(['agency_id', 'record_key', 'doc']).limit(1).execute();
    }
    return true;
  } catch (error) {
    // A missing table or column: not a store. Anything else (a server that cannot be reached, a
    // refused login) is the caller's to report as it is, never "not a store".
    if (isMissingTable(error)) return false;
    throw error;
  }
}

/** Whether a driver error says a table or column does not exist (PostgreSQL, MySQL, SQLite). */
function isMissingTable(error: unknown): boolean {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    errno?: unknown;
    message?: unknown;
  };
  if (e.code === '42P01' || e.code === '42703') return true;
  if (e.code === 'ER_NO_SUCH_TABLE' || e.code === 'ER_BAD_FIELD_ERROR') return true;
  if (e.errno === 1146 || e.errno === 1054) return true;
  return typeof e.message === 'string' && /no such (table|column)/i.test(e.message);
}

/** PostgreSQL's current schema (where unqualified tables are created), or null. */
async function currentSchema(k: KyselyModule, db: Kysely<LooseDb>): Promise<string | null> {
  const r = await k.sql<{ schema: unknown }>`select current_schema() as schema`.execute(db);
  const schema = r.rows[0]?.schema;
  return typeof schema === 'string' && schema !== '' ? schema : null;
}

/**
 * Brings the schema of one table prefix up to date with Kysely's `Migrator`; throws the
 * migrator's error if a migration fails.
 */
export async function runMigrations(
  k: KyselyModule,
  db: Kysely<LooseDb>,
  dialect: SqlDialect,
  prefix: string,
): Promise<SqlMigrationReport> {
  const names = tableNames(prefix);
  const provider: MigrationProvider = { getMigrations: async () => sqlStoreMigrations(k, dialect, names) };
  // PostgreSQL: name the schema (the first of the search path), else the migrator takes a
  // migration table of the same name in another schema for this one.
  const schema = dialect === 'postgres' ? await currentSchema(k, db) : null;
  const migrator = new k.Migrator({
    db,
    provider,
    migrationTableName: names.migration,
    migrationLockTableName: names.migrationLock,
    ...(schema === null ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
  return {
    executed: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
