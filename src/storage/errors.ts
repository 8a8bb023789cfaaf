import { type Issue, KinerjaError } from '../explain';
import type { StoreEntityKind } from './types';

/**
 * The one error type of `kinerja/storage`: bad input (`storage.invalid-record` and friends), a
 * write the store refuses (`storage.finalised`, `storage.ruleset-exists`), or a row that cannot be
 * read back (`storage.malformed-row`). `code` is the first issue's code; `issues` has them all,
 * with paths.
 *
 * @category Storage
 * @example
 * ```ts
 * try {
 *   await store.saveEvaluation(evaluation, { actor: 'hr', at: '2025-02-01', expectedRevision: 3 });
 * } catch (e) {
 *   if (e instanceof StoreError && e.code === 'storage.finalised') console.error(e.message);
 * }
 * ```
 */
export class StoreError extends KinerjaError {
  /** The code of the first issue. */
  readonly code: string;

  constructor(issues: readonly Issue[], what = 'storage request') {
    super(issues, what);
    this.name = 'StoreError';
    // `this.issues`: what KinerjaError kept of `issues` (a list, whatever was passed).
    this.code = this.issues[0]?.code ?? 'storage.error';
  }
}

/**
 * A save whose `expectedRevision` is not the stored revision: someone else wrote first (or the
 * record exists when creating, or is missing when updating). Nothing was written; read the record
 * again, re-apply the change and save with the new revision.
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
    super(issues, 'write');
    this.name = 'RevisionConflictError';
    this.entity = entity;
    this.expected = expected;
    this.actual = actual;
  }
}
