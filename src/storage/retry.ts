/**
 * The retry policy of saves and `transaction`: retryable {@link StoreError}s (deadlocks,
 * serialisation failures, lock and busy timeouts, connections lost before commit) are tried again
 * after a jittered exponential backoff; anything else is thrown at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Issue, isRecord, issue } from '../explain';
import { storageErrorMessages } from '../explain/messages/storage-errors';
import { StoreError } from './errors';

/**
 * How a save or `transaction` tries again after a retryable {@link StoreError} (`error.retryable`:
 * a deadlock, a serialisation failure, a lock or busy timeout, a connection lost before commit).
 * A number is `{ retries: n }`. The delay before retry `n` (1, 2, …) is
 * `min(maxDelayMs, minDelayMs × factor^(n−1))`, of which a random half is kept (jitter, so that
 * writers that collided do not collide again). Other errors, including
 * {@link RevisionConflictError} and `storage.commit-unknown`, are never retried; a call inside a
 * transaction it joins is never retried alone (only the outermost `transaction` can be).
 *
 * @category Storage
 * @example
 * ```ts
 * const retry: RetryPolicy = { retries: 5, minDelayMs: 20, maxDelayMs: 1000 };
 * await store.saveResult(record, { actor: 'kinerja-cli', at: '2025-12-31', retry });
 * ```
 */
export interface RetryPolicy {
  /** How many times to try again after the first attempt (0 to 100). */
  readonly retries: number;
  /** The delay before the first retry, in milliseconds (default 20). */
  readonly minDelayMs?: number;
  /** The longest delay, in milliseconds (default 2000). */
  readonly maxDelayMs?: number;
  /** How much the delay grows with each retry (default 2). */
  readonly factor?: number;
  /** Called before each retry with the error, the retry's number (1, 2, …) and its delay. */
  readonly onRetry?: (error: StoreError, retry: number, delayMs: number) => void;
}

/** A policy checked and with its defaults. */
interface Policy {
  readonly retries: number;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  readonly factor: number;
  readonly onRetry: ((error: StoreError, retry: number, delayMs: number) => void) | undefined;
}

function nonNegative(
  value: unknown,
  name: string,
  max: number,
  path: readonly (string | number)[],
  issues: Issue[],
) {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    issues.push(
      issue(storageErrorMessages, 'storage.bad-retry', [...path, name], {
        problem: `${name} must be a number from 0 to ${max}`,
      }),
    );
  }
}

/**
 * Checks a retry option (`undefined`: no retry) at `path`; pushes issues and returns the policy.
 */
export function checkRetry(
  value: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): Policy | null {
  if (value === undefined) return null;
  const given: Record<string, unknown> | null =
    typeof value === 'number' ? { retries: value } : isRecord(value) ? value : null;
  if (given === null) {
    issues.push(
      issue(storageErrorMessages, 'storage.bad-retry', [...path], {
        problem: 'expected a number of retries or an object',
      }),
    );
    return null;
  }
  const before = issues.length;
  const { retries, minDelayMs, maxDelayMs, factor, onRetry } = given;
  if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0 || retries > 100) {
    issues.push(
      issue(storageErrorMessages, 'storage.bad-retry', [...path, 'retries'], {
        problem: 'retries must be a whole number from 0 to 100',
      }),
    );
  }
  nonNegative(minDelayMs, 'minDelayMs', 600_000, path, issues);
  nonNegative(maxDelayMs, 'maxDelayMs', 600_000, path, issues);
  if (factor !== undefined && (typeof factor !== 'number' || !(factor >= 1 && factor <= 10))) {
    issues.push(
      issue(storageErrorMessages, 'storage.bad-retry', [...path, 'factor'], {
        problem: 'factor must be a number from 1 to 10',
      }),
    );
  }
  if (onRetry !== undefined && typeof onRetry !== 'function') {
    issues.push(
      issue(storageErrorMessages, 'storage.bad-retry', [...path, 'onRetry'], {
        problem: 'onRetry must be a function',
      }),
    );
  }
  if (issues.length > before) return null;
  return {
    retries: retries as number,
    minDelayMs: (minDelayMs as number | undefined) ?? 20,
    maxDelayMs: (maxDelayMs as number | undefined) ?? 2000,
    factor: (factor as number | undefined) ?? 2,
    onRetry: onRetry as Policy['onRetry'],
  };
}

/** The jittered delay before retry `n` (1, 2, …). */
export function retryDelay(policy: Policy, n: number): number {
  const full = Math.min(policy.maxDelayMs, policy.minDelayMs * policy.factor ** (n - 1));
  return Math.round(full / 2 + Math.random() * (full / 2));
}

/**
 * Runs `attempt`, and again after a delay while it fails with a retryable {@link StoreError} and
 * retries are left (`policy` null: once).
 */
export async function withRetry<T>(policy: Policy | null, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (policy === null || n > policy.retries || !(error instanceof StoreError) || !error.retryable)
        throw error;
      const delay = retryDelay(policy, n);
      policy.onRetry?.(error, n, delay);
      if (delay > 0) await sleep(delay);
    }
  }
}

/**
 * Options of `store.transaction(fn, options)`. `agencies`: the agencies `fn` will write; their
 * audit heads are locked before `fn` runs, in one fixed order (sorted), so that transactions
 * writing several agencies cannot deadlock each other. Writes to an agency not declared still
 * work, but lock it only when they reach it: two transactions that write the same agencies in
 * opposite orders without declaring them can deadlock, and one then fails with the retryable
 * `storage.deadlock`. `retry`: a {@link RetryPolicy} for the whole transaction (`fn` runs again
 * from the start, so it must not have effects outside the store); ignored in a transaction that
 * joins an outer one (only the outermost retries).
 *
 * @category Storage
 * @example
 * ```ts
 * await store.transaction(
 *   async (tx) => {
 *     await tx.saveResult(fromA, { actor: 'hr-01', at: '2025-12-31' });
 *     await tx.saveResult(fromB, { actor: 'hr-01', at: '2025-12-31' });
 *   },
 *   { agencies: [fromA.agencyId, fromB.agencyId], retry: { retries: 5 } },
 * );
 * ```
 */
export interface TransactionOptions {
  readonly agencies?: readonly string[];
  readonly retry?: RetryPolicy | number;
}
