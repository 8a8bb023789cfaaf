/** The first path at which an object reachable from `value` is not frozen, or undefined. */
export function firstUnfrozen(value: unknown): string | undefined;
/** The first non-finite number in a value, as a path, or undefined. */
export function findNonFinite(value: unknown): string | undefined;
/** Calls `fn` with `args` and returns every violation of the contract. */
export function checkCall(
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[],
  policy: 'never' | 'library-error',
  isLibraryError: (e: unknown) => boolean,
  isClass: boolean,
): Promise<string[]>;
