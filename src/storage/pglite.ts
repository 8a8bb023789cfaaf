/**
 * A Kysely dialect for PGlite (PostgreSQL compiled to WebAssembly, in-process), so that
 * `createSqlStore` runs on PGlite as on a PostgreSQL server. PGlite has one connection: queries
 * and transactions take turns on it.
 */
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  Kysely,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import { Turns } from './turns';

/**
 * What the dialect needs of a PGlite instance (`new PGlite()` from `@electric-sql/pglite`),
 * structurally, so that kinerja does not depend on PGlite.
 *
 * @category Storage
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const pg: PgliteLike = new PGlite();
 * ```
 */
export interface PgliteLike {
  /** Runs one statement with its parameters; rows as objects (`rowMode: 'object'`). */
  query<T>(
    sql: string,
    params?: unknown[],
    options?: { rowMode?: 'object' | 'array' },
  ): Promise<{ rows: T[]; affectedRows?: number }>;
  /** Closes the database (called on `destroy()` only with `closeOnDestroy`). */
  close?(): Promise<void>;
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PgliteLike) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(compiled.sql, [...compiled.parameters], { rowMode: 'object' });
    const kind = compiled.query.kind;
    const changes =
      kind === 'InsertQueryNode' ||
      kind === 'UpdateQueryNode' ||
      kind === 'DeleteQueryNode' ||
      kind === 'MergeQueryNode';
    return changes && result.affectedRows !== undefined
      ? { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) }
      : { rows: result.rows };
  }

  // biome-ignore lint/correctness/useYield: PGlite cannot stream; Kysely only calls this for .stream()
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries');
  }
}

class PgliteDriver implements Driver {
  private readonly turns = new Turns();
  private readonly releases = new WeakMap<DatabaseConnection, () => void>();
  private readonly connection: PgliteConnection;

  constructor(
    private readonly pg: PgliteLike,
    private readonly closeOnDestroy: boolean,
  ) {
    this.connection = new PgliteConnection(pg);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.turns.take();
    // One connection object per turn, so that a release cannot end someone else's turn.
    const turn = Object.create(this.connection) as PgliteConnection;
    this.releases.set(turn, release);
    return turn;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const level = settings.isolationLevel ? ` ISOLATION LEVEL ${settings.isolationLevel.toUpperCase()}` : '';
    await this.pg.query(`BEGIN${level}`);
    void connection;
  }

  async commitTransaction(): Promise<void> {
    await this.pg.query('COMMIT');
  }

  async rollbackTransaction(): Promise<void> {
    await this.pg.query('ROLLBACK');
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.releases.get(connection);
    this.releases.delete(connection);
    release?.();
  }

  async destroy(): Promise<void> {
    if (this.closeOnDestroy) await this.pg.close?.();
  }
}

/**
 * A Kysely dialect for a PGlite database: `new Kysely({ dialect: await createPgliteDialect(pg) })`.
 * It is async because it loads `kysely` only when called. Queries and transactions take turns on
 * PGlite's single connection. `destroy()` of the Kysely instance closes PGlite only when
 * `closeOnDestroy` is true.
 *
 * @category Storage
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * import { Kysely } from 'kysely';
 * import { createPgliteDialect, createSqlStore } from 'kinerja/storage';
 *
 * const db = new Kysely({ dialect: await createPgliteDialect(new PGlite()) });
 * const store = await createSqlStore({ db });
 * ```
 */
export async function createPgliteDialect(
  pg: PgliteLike,
  options: { readonly closeOnDestroy?: boolean } = {},
): Promise<Dialect> {
  const kysely = await import('kysely');
  return {
    createAdapter: () => new kysely.PostgresAdapter(),
    createDriver: () => new PgliteDriver(pg, options.closeOnDestroy ?? false),
    createQueryCompiler: () => new kysely.PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => new kysely.PostgresIntrospector(db),
  };
}
