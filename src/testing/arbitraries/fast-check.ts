/**
 * The structural fast-check types of the arbitraries: the package neither imports nor depends on
 * fast-check. The caller passes the module (`import fc from 'fast-check'`) to `createArbitraries`;
 * what comes back are fast-check's own arbitraries, typed so that fast-check 4 accepts them as its
 * `Arbitrary<T>` (in `fc.property`, `fc.tuple`, `fc.sample`, …) with `T` inferred.
 */

/**
 * An arbitrary as the functions of {@link KinerjaFastCheck} take and return it: the part of
 * fast-check's `Arbitrary<T>` the generators use (fast-check's arbitraries fit).
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * const digits: KinerjaFastCheckArbitrary<number> = fc.integer({ min: 0, max: 9 });
 * ```
 */
export interface KinerjaFastCheckArbitrary<T> {
  /** An arbitrary of the values mapped. */
  map<U>(mapper: (value: T) => U): KinerjaFastCheckArbitrary<U>;
  /** An arbitrary of values drawn from the arbitrary `chainer` makes of each value. */
  chain<U>(chainer: (value: T) => KinerjaFastCheckArbitrary<U>): KinerjaFastCheckArbitrary<U>;
}

/**
 * The part of fast-check (version 3 or 4) the arbitraries use. Pass the module itself
 * (`import fc from 'fast-check'` or `import * as fc from 'fast-check'`); it is typed structurally
 * so that `kinerja/testing` neither imports nor depends on fast-check.
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * const api: KinerjaFastCheck = fc;
 * ```
 */
export interface KinerjaFastCheck {
  /** Always `value`. */
  constant<T>(value: T): KinerjaFastCheckArbitrary<T>;
  /** One of `values` (shrinks towards the first). */
  constantFrom<T>(...values: T[]): KinerjaFastCheckArbitrary<T>;
  /** Whole numbers from `min` to `max` (shrinks towards the one nearest 0). */
  integer(constraints: { min: number; max: number }): KinerjaFastCheckArbitrary<number>;
  /** `true` or `false`. */
  boolean(): KinerjaFastCheckArbitrary<boolean>;
  /** A tuple of one value of each arbitrary. */
  tuple<T extends unknown[]>(
    ...arbitraries: { [K in keyof T]: KinerjaFastCheckArbitrary<T[K]> }
  ): KinerjaFastCheckArbitrary<T>;
  /** Arrays of `minLength` to `maxLength` values of `arbitrary`. */
  array<T>(
    arbitrary: KinerjaFastCheckArbitrary<T>,
    constraints: { minLength: number; maxLength: number },
  ): KinerjaFastCheckArbitrary<T[]>;
  /**
   * A value of one of the arbitraries; with `withCrossShrink`, values shrink towards the first
   * arbitrary's too.
   */
  oneof<T>(
    constraints: { withCrossShrink?: boolean },
    ...arbitraries: KinerjaFastCheckArbitrary<T>[]
  ): KinerjaFastCheckArbitrary<T>;
  /** `nil` or a value of `arbitrary` (shrinks towards `nil`). */
  option<T, TNil>(
    arbitrary: KinerjaFastCheckArbitrary<T>,
    constraints: { nil: TNil },
  ): KinerjaFastCheckArbitrary<T | TNil>;
}

/**
 * What {@link createArbitraries} returns: fast-check's own arbitrary of `T`, typed structurally.
 * Fast-check 4 takes it wherever it takes an `Arbitrary<T>` (`fc.property`, `fc.tuple`,
 * `fc.record`, `fc.sample`, …) and infers `T`. `generate`, `canShrinkWithoutContext` and `shrink`
 * are fast-check's own: call them through fast-check.
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { createArbitraries } from 'kinerja/testing';
 * const k = createArbitraries(fc);
 * const facts: KinerjaArbitrary<EmployeeFacts> = k.employeeFacts();
 * fc.assert(fc.property(facts, (f) => f.education === undefined || typeof f.education === 'string'));
 * ```
 */
export interface KinerjaArbitrary<T> {
  /** Generates a value (fast-check's own; `mrng` is its random generator). */
  generate(
    mrng: unknown,
    biasFactor: number | undefined,
  ): {
    readonly value: T;
    readonly value_: T;
    readonly context: unknown;
    readonly hasToBeCloned: boolean;
  };
  /** Whether fast-check can shrink `value` without its context (fast-check's own). */
  canShrinkWithoutContext(value: unknown): value is T;
  /** Fast-check's shrinker (its stream of smaller values; not typed here). */
  shrink(value: T, context: unknown): never;
  /** An arbitrary of the values that pass `refinement`. */
  filter<U extends T>(refinement: (value: T) => value is U): KinerjaArbitrary<U>;
  /** An arbitrary of the values that pass `predicate`. */
  filter(predicate: (value: T) => boolean): KinerjaArbitrary<T>;
  /** An arbitrary of the values mapped. */
  map<U>(mapper: (value: T) => U, unmapper?: (possiblyU: unknown) => T): KinerjaArbitrary<U>;
  /** An arbitrary of values drawn from the arbitrary `chainer` makes of each value. */
  chain<U>(chainer: (value: T) => KinerjaFastCheckArbitrary<U>): KinerjaArbitrary<U>;
}

/** The arbitrary as fast-check built it, typed for the caller (it is a fast-check arbitrary). */
export function published<T>(arbitrary: KinerjaFastCheckArbitrary<T>): KinerjaArbitrary<T> {
  return arbitrary as unknown as KinerjaArbitrary<T>;
}

/** `undefined` or a value of `arbitrary` (shrinks towards `undefined`). */
export function optional<T>(
  fc: KinerjaFastCheck,
  arbitrary: KinerjaFastCheckArbitrary<T>,
): KinerjaFastCheckArbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** Constraints of `fc.oneof` under which values also shrink towards the first arbitrary's. */
export const CROSS = { withCrossShrink: true } as const;

/** One of `values`; `values` must not be empty. */
export function oneOf<T>(fc: KinerjaFastCheck, values: readonly T[]): KinerjaFastCheckArbitrary<T> {
  if (values.length === 0) throw new RangeError('oneOf: no values to choose from');
  return values.length === 1 ? fc.constant(values[0] as T) : fc.constantFrom(...values);
}
