/**
 * Driver errors as {@link StoreError}s with stable codes and `retryable`: what pg (and PGlite),
 * mysql2 and better-sqlite3 throw for deadlocks, serialisation failures, lock and busy timeouts,
 * lost connections and a unique violation on the audit events (a corrupted head). The driver's
 * error is kept as `cause`.
 *
 * Retryable means the transaction surely did not commit: every failure before `commit` was sent,
 * and a failure of `commit` the database reports itself (a deadlock or serialisation failure is a
 * rollback). A connection lost while `commit` was in flight leaves the outcome unknown:
 * `storage.commit-unknown`, never retryable blindly (the caller reads back first).
 */
import { issue, KinerjaError } from '../../explain';
import { catalog } from '../../explain/messages/index';
import { StoreError } from '../errors';
import type { BackendTransaction } from '../types';

/** Where a driver error happened: a statement, `commit`, or the audit append. */
export type FailurePhase = 'statement' | 'commit' | 'audit';

type DriverError = {
  readonly code?: unknown;
  readonly errno?: unknown;
  readonly sqlState?: unknown;
  readonly message?: unknown;
  readonly fatal?: unknown;
};

/** Network errors of Node's sockets: the connection is gone (or never was). */
const SOCKET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/** mysql2's codes of a connection that is gone. */
const MYSQL_CONNECTION_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_GONE_ERROR',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
  'ER_CONNECTION_KILLED',
]);

/** The codes of driver errors. */
export type DriverFailureCode =
  | 'storage.deadlock'
  | 'storage.serialization-failure'
  | 'storage.lock-timeout'
  | 'storage.busy'
  | 'storage.connection-lost'
  | 'storage.commit-unknown'
  | 'storage.audit-head-corrupt'
  | 'storage.database-error';

/** The code a driver error maps to (`storage.database-error` for anything else). */
export function driverErrorCode(error: unknown, phase: FailurePhase = 'statement'): DriverFailureCode {
  const e = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  const code = typeof e.code === 'string' ? e.code : '';
  const errno = typeof e.errno === 'number' ? e.errno : undefined;
  const state = typeof e.sqlState === 'string' ? e.sqlState : /^[0-9A-Z]{5}$/.test(code) ? code : '';
  const message = typeof e.message === 'string' ? e.message : '';

  const lost =
    SOCKET_CODES.has(code) ||
    MYSQL_CONNECTION_CODES.has(code) ||
    (e.fatal === true && code !== 'ER_LOCK_DEADLOCK') ||
    /^08/.test(state) ||
    state === '57P01' ||
    state === '57P02' ||
    state === '57P03' ||
    /Connection terminated|connection is in closed state|Client has encountered a connection error|Connection lost/i.test(
      message,
    );
  if (code === 'ER_LOCK_DEADLOCK' || errno === 1213 || state === '40P01') return 'storage.deadlock';
  if (state === '40001' || code === 'SQLITE_BUSY_SNAPSHOT') return 'storage.serialization-failure';
  if (code === 'ER_LOCK_WAIT_TIMEOUT' || errno === 1205 || state === '55P03') return 'storage.lock-timeout';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'storage.busy';
  if (lost) return phase === 'commit' ? 'storage.commit-unknown' : 'storage.connection-lost';
  const unique =
    state === '23505' ||
    code === 'ER_DUP_ENTRY' ||
    errno === 1062 ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE';
  if (unique && phase === 'audit') return 'storage.audit-head-corrupt';
  return 'storage.database-error';
}

/** The driver's message (its code first), for the `reason` of an issue. */
function reasonOf(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  const text = typeof e.message === 'string' && e.message !== '' ? e.message : String(error);
  const code = typeof e.code === 'string' && e.code !== '' && !text.includes(e.code) ? `${e.code}: ` : '';
  return `${code}${text}`.slice(0, 500);
}

/**
 * A driver error as a {@link StoreError} (KinerjaErrors pass as they are). `owned`: whether the
 * store owns the transaction; inside a transaction the caller owns (a Kysely transaction given as
 * `db`), only the caller can retry, so nothing is `retryable`.
 */
export function storeErrorOf(error: unknown, phase: FailurePhase, owned = true): unknown {
  if (error instanceof KinerjaError) return error;
  const code = driverErrorCode(error, phase);
  const made = new StoreError([issue(catalog, code, [], { reason: reasonOf(error) })], 'storage request', {
    cause: error,
  });
  return owned ? made : new StoreError(made.issues, 'storage request', { cause: error, retryable: false });
}

/**
 * `tx` with every method's failure mapped by {@link storeErrorOf} (`appendAudit`'s as the audit
 * phase, where a unique violation means a corrupted head). Every method is wrapped, including
 * ones added to the interface later.
 */
export function mappedTransaction<T extends BackendTransaction>(tx: T, owned: boolean): T {
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(tx, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      let wrapped = cache.get(key);
      if (wrapped === undefined) {
        const phase: FailurePhase = key === 'appendAudit' ? 'audit' : 'statement';
        wrapped = async (...args: unknown[]) => {
          try {
            return await (value as (...a: unknown[]) => unknown).apply(target, args);
          } catch (error) {
            throw storeErrorOf(error, phase, owned);
          }
        };
        cache.set(key, wrapped);
      }
      return wrapped;
    },
  });
}
