/**
 * Opening a store from a URL, as the command line's `--store` does: `memory`, `sqlite:PATH`,
 * `postgres://…` and `mysql://…`. The drivers are optional: each is loaded only when its scheme is
 * used, and a missing one is a {@link StoreError} that names the packages to install.
 */
import { existsSync } from 'node:fs';
import { type Issue, isRecord, issue, KinerjaError } from '../explain';
import { auditHeadMessages } from '../explain/messages/audit-heads';
import { commonMessages } from '../explain/messages/common';
import { storageOpenMessages } from '../explain/messages/storage-open';
import { StoreError } from './errors';
import { redactStoreUrl, scrubErrorSecrets, scrubStoreSecrets, scrubValue } from './redact';
import type { EvaluationStore } from './types';

/** The schemes {@link openStore} understands, for messages and help. */
export const STORE_URL_FORMS = ['memory', 'sqlite:PATH', 'postgres://…', 'mysql://…'] as const;

/** What a store URL names: the adapter and where. */
type Target =
  | { readonly kind: 'memory' }
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'mysql'; readonly url: string };

/** A store URL as it may appear in a message: its password replaced by `***` (see ./redact.ts). */
export function redactUrl(url: string): string {
  return redactStoreUrl(url);
}

function targetOf(url: string): Target | null {
  if (url === 'memory' || url === 'memory:') return { kind: 'memory' };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return path === '' ? null : { kind: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\/./.test(url)) return { kind: 'postgres', url };
  if (/^(mysql|mariadb):\/\/./.test(url)) return { kind: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
  return null;
}

/** Imports an optional package, or throws the StoreError that says what to install. */
async function load<T>(name: string, scheme: string, packages: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new StoreError(
        [issue(storageOpenMessages, 'storage.driver-missing', ['store'], { scheme, packages })],
        'store URL',
      );
    }
    throw error;
  }
}

/** The default export of a CommonJS package imported from ESM, or the namespace itself. */
function defaultOf<T>(module: unknown): T {
  const m = module as { default?: unknown };
  return (m.default ?? m) as T;
}

/**
 * Options of {@link openStore}.
 *
 * @category Storage
 * @example
 * ```ts
 * const options: OpenStoreOptions = { migrate: false };
 * ```
 */
export interface OpenStoreOptions {
  /** Run the schema migrations when opening an SQL store (default true). */
  readonly migrate?: boolean;
  /**
   * Open for reading only (default false), as verification does: never migrates; SQLite opens the
   * file read-only and never creates it (a missing file is `storage.store-not-found`); a database
   * without the store's tables is `storage.not-a-store`.
   */
  readonly readOnly?: boolean;
}

/**
 * Opens a store from a URL: `memory` (a new, empty in-memory store), `sqlite:PATH`
 * (better-sqlite3; `sqlite::memory:` for a private in-memory database), `postgres://…` (pg) or
 * `mysql://…` / `mariadb://…` (mysql2). SQL stores need `kysely` and the driver installed; the
 * schema is migrated on open unless `migrate: false`. `close()` closes the connections it opened.
 * No message or error of the store (nor a driver error kept as `cause`) shows the URL's password.
 *
 * @category Storage
 * @example
 * ```ts
 * const store = await openStore('sqlite:kinerja.db');
 * try {
 *   console.log(await store.listAgencies());
 * } finally {
 *   await store.close();
 * }
 * ```
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<EvaluationStore> {
  const issues: Issue[] = [];
  const target = typeof url === 'string' ? targetOf(url.trim()) : null;
  if (target === null) {
    issues.push(
      typeof url === 'string'
        ? issue(storageOpenMessages, 'storage.bad-store-url', ['store'], {
            url: redactUrl(url).slice(0, 200),
            forms: STORE_URL_FORMS.join(', '),
          })
        : issue(commonMessages, 'input.invalid-type', ['store'], {
            expected: 'string',
            received: url === null ? 'null' : Array.isArray(url) ? 'array' : typeof url,
          }),
    );
  }
  if (options !== undefined && !isRecord(options)) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['options'], {
        expected: 'object',
        received: options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options,
      }),
    );
  } else if (options?.migrate !== undefined && typeof options.migrate !== 'boolean') {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['options', 'migrate'], {
        expected: 'boolean',
        received: typeof options.migrate,
      }),
    );
  }
  if (isRecord(options) && options.readOnly !== undefined && typeof options.readOnly !== 'boolean') {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['options', 'readOnly'], {
        expected: 'boolean',
        received: typeof options.readOnly,
      }),
    );
  }
  if (target === null || issues.length > 0) throw new StoreError(issues, 'store URL');
  const shown = redactUrl(url).slice(0, 200);
  try {
    return scrubbing(await open(target, options?.migrate ?? true, options?.readOnly === true, shown), url);
  } catch (error) {
    if (error instanceof KinerjaError) throw scrubbed(error, url);
    // A driver that cannot open or reach the database: the library's error, with the driver's as
    // its cause and its message without any password.
    const reason = scrubStoreSecrets(error instanceof Error ? error.message : String(error), url).slice(
      0,
      500,
    );
    const e = new StoreError(
      [
        issue(storageOpenMessages, 'storage.open-failed', ['store'], {
          url: shown,
          scheme: target.kind,
          reason,
        }),
      ],
      'store URL',
    );
    (e as { cause?: unknown }).cause = scrubErrorSecrets(error, url);
    throw e;
  }
}

async function open(
  target: Target,
  migrate: boolean,
  readOnly: boolean,
  shown: string,
): Promise<EvaluationStore> {
  if (target.kind === 'memory') {
    const { createMemoryStore } = await import('./memory');
    return createMemoryStore();
  }
  const kysely = await load<typeof import('kysely')>(
    'kysely',
    target.kind,
    `kysely ${driverOf(target.kind)}`,
  );
  const { createSqlStore, hasStoreTables } = await import('./sql/store');
  let db: import('kysely').Kysely<unknown>;
  if (target.kind === 'sqlite') {
    const Database = defaultOf<typeof import('better-sqlite3')>(
      await load('better-sqlite3', 'sqlite', 'kysely better-sqlite3'),
    );
    if (readOnly && target.path !== ':memory:' && !existsSync(target.path)) {
      throw new StoreError(
        [issue(auditHeadMessages, 'storage.store-not-found', ['store'], { url: shown })],
        'store URL',
      );
    }
    const database = readOnly
      ? new Database(target.path, { readonly: true, fileMustExist: true })
      : new Database(target.path);
    if (!readOnly) database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 10000');
    db = new kysely.Kysely({ dialect: new kysely.SqliteDialect({ database }) });
  } else if (target.kind === 'postgres') {
    const pg = defaultOf<typeof import('pg')>(await load('pg', 'postgres', 'kysely pg'));
    db = new kysely.Kysely({
      dialect: new kysely.PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 4 }) }),
    });
  } else {
    const mysql = await load<typeof import('mysql2')>('mysql2', 'mysql', 'kysely mysql2');
    db = new kysely.Kysely({
      dialect: new kysely.MysqlDialect({ pool: mysql.createPool({ uri: target.url, connectionLimit: 4 }) }),
    });
  }
  let store: EvaluationStore;
  try {
    store = await createSqlStore({ db, migrate: migrate && !readOnly });
    if (readOnly && !(await hasStoreTables(db))) {
      throw new StoreError(
        [issue(auditHeadMessages, 'storage.not-a-store', ['store'], { url: shown })],
        'store URL',
      );
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Stores are plain objects of closures (createStoreFromBackend), so a spread keeps every method.
  return {
    ...store,
    async close() {
      await store.close();
      await db.destroy();
    },
  };
}

function driverOf(kind: 'sqlite' | 'postgres' | 'mysql'): string {
  return kind === 'sqlite' ? 'better-sqlite3' : kind === 'postgres' ? 'pg' : 'mysql2';
}

/**
 * An error with the secrets of `url` removed: a driver's error (and its cause) in place; a
 * StoreError whose issues name a secret (a driver's message as `reason`) as a new StoreError.
 */
export function scrubbed(error: unknown, url: string): unknown {
  if (!(error instanceof StoreError)) return scrubErrorSecrets(error, url);
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined) scrubErrorSecrets(cause, url);
  const issues = scrubValue(error.issues, url);
  if (JSON.stringify(issues) === JSON.stringify(error.issues)) return error;
  const copy = new StoreError(issues, 'storage request', { retryable: error.retryable, cause });
  copy.stack = scrubStoreSecrets(error.stack ?? '', url);
  return copy;
}

/**
 * The store with every method's error scrubbed of the secrets of `url` (a driver may echo its
 * connection string in a message that reaches the caller).
 */
function scrubbing(store: EvaluationStore, url: string): EvaluationStore {
  if (storeUrlHasNoSecret(url)) return store;
  const out: Record<string, unknown> = { ...store };
  for (const [key, value] of Object.entries(store)) {
    if (typeof value !== 'function') continue;
    out[key] = async (...args: unknown[]) => {
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        throw scrubbed(error, url);
      }
    };
  }
  return out as unknown as EvaluationStore;
}

function storeUrlHasNoSecret(url: string): boolean {
  return redactStoreUrl(url) === url;
}
