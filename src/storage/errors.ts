import { type Issue, KinerjaError } from '../explain';
import type { StoreEntityKind } from './types';

/**
 * The codes of errors that say nothing about the request itself: the database gave up on this
 * attempt (a deadlock, a serialisation failure, a lock wait timeout, SQLite's busy timeout, a
 * connection lost before the transaction could commit). Nothing was written; the same call may
 * simply be made again (see the `retry` option of saves and `transaction`).
 *
 * @category Storage
 * @example
 * ```ts
 * RETRYABLE_STORE_CODES.includes('storage.deadlock'); // true
 * RETRYABLE_STORE_CODES.includes('storage.commit-unknown'); // false: read back first
 * ```
 */
export const RETRYABLE_STORE_CODES: readonly string[] = Object.freeze([
  'storage.deadlock',
  'storage.serialization-failure',
  'storage.lock-timeout',
  'storage.busy',
  'storage.connection-lost',
]);

/**
 * Options of a {@link StoreError}: whether the call may be retried as it is (default: whether
 * the code is one of the retryable ones) and the error it comes from.
 *
 * @category Storage
 * @example
 * ```ts
 * const options: StoreErrorOptions = { retryable: false, cause: new Error('driver') };
 * ```
 */
export interface StoreErrorOptions {
  readonly retryable?: boolean;
  readonly cause?: unknown;
}

/**
 * The one error type of `kinerja/storage`: bad input (`storage.invalid-record` and friends), a
 * write the store refuses (`storage.finalised`, `storage.ruleset-exists`), a row that cannot be
 * read back (`storage.malformed-row`), or the database failing the call (`storage.deadlock`,
 * `storage.connection-lost`, …, with the driver's error as `cause`). `code` is the first issue's
 * code; `issues` has them all, with paths. `retryable` says whether making the same call again
 * may succeed (true only when nothing was written and the failure was the database's, not the
 * request's: a deadlock, a serialisation failure, a lock or busy timeout, a connection lost before
 * commit); docs/storage.md lists every code and what to do.
 *
 * @category Storage
 * @example
 * ```ts
 * try {
 *   await store.saveEvaluation(evaluation, { actor: 'hr', at: '2025-02-01', expectedRevision: 3 });
 * } catch (e) {
 *   if (e instanceof StoreError && e.code === 'storage.finalised') console.error(e.message);
 *   if (e instanceof StoreError && e.retryable) console.error('try again later');
 * }
 * ```
 */
export class StoreError extends KinerjaError {
  /** The code of the first issue. */
  readonly code: string;
  /** Whether the same call may be made again as it is (nothing was written). */
  readonly retryable: boolean;

  constructor(issues: readonly Issue[], what = 'storage request', options: StoreErrorOptions = {}) {
    super(issues, what);
    this.name = 'StoreError';
    // `this.issues`: what KinerjaError kept of `issues` (a list, whatever was passed).
    this.code = this.issues[0]?.code ?? 'storage.error';
    this.retryable =
      typeof options?.retryable === 'boolean' ? options.retryable : RETRYABLE_STORE_CODES.includes(this.code);
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/**
 * A save whose `expectedRevision` is not the stored revision: someone else wrote first (or the
 * record exists when creating, or is missing when updating). Nothing was written; read the record
 * again, re-apply the change and save with the new revision. Never `retryable`: the same call
 * would fail the same way (a retry policy never repeats it); the caller must re-read.
 *
 * @category Storage
 * @example
 * ```ts
 * try {
 *   await store.saveEvaluation(next, { actor: 'sup-1', at: '2025-02-01', expectedRevision: 2 });
 * } catch (e) {
 *   if (e instanceof RevisionConflictError) console.log(e.expected, e.actual); // 2 3
 * }
 * ```
 */
export class RevisionConflictError extends StoreError {
  readonly entity: { readonly kind: StoreEntityKind; readonly agencyId: string; readonly id: string };
  /** The revision the writer expected (null: expected no record). */
  readonly expected: number | null;
  /** The revision stored (null: no record). */
  readonly actual: number | null;

  constructor(
    entity: { readonly kind: StoreEntityKind; readonly agencyId: string; readonly id: string },
    expected: number | null,
    actual: number | null,
    issues: readonly Issue[],
  ) {
    super(issues, 'write', { retryable: false });
    this.name = 'RevisionConflictError';
    this.entity = entity;
    this.expected = expected;
    this.actual = actual;
  }
}
