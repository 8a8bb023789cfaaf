/**
 * `describeStoreConformance`: the storage conformance suite integrators run against their store
 * (see the cases in store-conformance-cases.ts and the model-based run in store-conformance-model.ts).
 */
import * as z from 'zod';
import { KinerjaError, type Locale, parseWithSchema } from '../explain/index';
import type { EvaluationStore } from '../storage/types';
import { registerCases, type StoreCase } from './store-conformance-cases';
import { setFailureLocale } from './store-conformance-fixtures';
import { modelCase } from './store-conformance-model';

/**
 * The part of a test framework {@link describeStoreConformance} uses: `describe` and `it` from
 * vitest or from `node:test` (both accept `it(name, { timeout }, fn)`), and optionally `afterEach`,
 * used to close a store a timed-out test left open. Tests fail by throwing an `Error`; no `expect`
 * is needed, and the package imports no test framework.
 *
 * @category Testing
 * @example
 * ```ts
 * import { afterEach, describe, it } from 'vitest'; // or: from 'node:test'
 * const api: StoreConformanceTestApi = { describe, it, afterEach };
 * ```
 */
export interface StoreConformanceTestApi {
  /** Groups tests: vitest's or `node:test`'s `describe`. */
  readonly describe: (name: string, fn: () => void) => unknown;
  /** Declares one async test with options: vitest's or `node:test`'s `it`. */
  readonly it: (name: string, options: { readonly timeout?: number }, fn: () => Promise<void>) => unknown;
  /** Runs after each test: vitest's or `node:test`'s `afterEach` (optional). */
  readonly afterEach?: (fn: () => Promise<void>) => unknown;
}

/**
 * A fast-check arbitrary, as far as the suite uses it (fast-check's `Arbitrary<T>` fits).
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * const sizes: StoreConformanceArbitrary<number> = fc.integer({ min: 1, max: 10 });
 * ```
 */
export interface StoreConformanceArbitrary<T> {
  /** An arbitrary of the values mapped. */
  map<U>(mapper: (value: T) => U): StoreConformanceArbitrary<U>;
}

/**
 * A command of the model-based run, in fast-check's `AsyncCommand` shape.
 *
 * @category Testing
 * @example
 * ```ts
 * const noop: StoreConformanceCommand<object, object> = { check: () => true, run: async () => {}, toString: () => 'noop' };
 * ```
 */
export interface StoreConformanceCommand<Model extends object, Real> {
  /** Whether the command applies in this state of the model. */
  check(model: Readonly<Model>): boolean;
  /** Applies the command to the model and to the real system, and compares them (throws if they differ). */
  run(model: Model, real: Real): Promise<void>;
  /** The command as shown in a failure report. */
  toString(): string;
}

/**
 * The part of fast-check (version 3 or 4) the model-based run uses. Pass the module itself
 * (`import fc from 'fast-check'` or `import * as fc from 'fast-check'`); it is typed structurally so
 * that the package neither imports nor depends on fast-check.
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * const api: StoreConformanceFastCheck = fc;
 * ```
 */
export interface StoreConformanceFastCheck {
  /** Whole numbers from `min` to `max`. */
  integer(constraints: { min: number; max: number }): StoreConformanceArbitrary<number>;
  /** Sequences of commands, each drawn from one of `arbitraries` (of {@link StoreConformanceCommand}s). */
  commands(
    arbitraries: StoreConformanceArbitrary<unknown>[],
    constraints?: { maxCommands?: number; size?: 'max' },
  ): StoreConformanceArbitrary<Iterable<unknown>>;
  /** Runs the commands against a fresh model and system from `setup`. */
  asyncModelRun<Model extends object, Real>(
    setup: () => { model: Model; real: Real },
    commands: Iterable<StoreConformanceCommand<Model, Real>>,
  ): Promise<void>;
  /** A property over the values of `arbitrary`. */
  asyncProperty<T>(arbitrary: StoreConformanceArbitrary<T>, predicate: (value: T) => Promise<void>): unknown;
  /** Checks a property `numRuns` times, throwing with the shrunk counterexample when it fails. */
  assert(property: unknown, parameters?: { numRuns?: number }): unknown;
}

/**
 * A store made for one test: the store, how to dispose of it (default: `store.close()`), and, for
 * stores whose data several connections share, how to open another connection to the same data
 * (used by the concurrency cases when `concurrentConnections` is declared).
 *
 * @category Testing
 * @example
 * ```ts
 * const made: StoreUnderTest = { store: createMemoryStore(), cleanup: async () => {} };
 * ```
 */
export interface StoreUnderTest {
  /** The store, fresh and empty. */
  readonly store: EvaluationStore;
  /** Disposes of the store and its data (default: `store.close()`). */
  readonly cleanup?: () => Promise<void>;
  /** Another connection to the same data; its result is closed (or cleaned up) by the suite. */
  readonly connect?: () => Promise<EvaluationStore | StoreUnderTest>;
}

/**
 * The groups of conformance cases, for {@link StoreConformanceOptions.skip}.
 *
 * @category Testing
 * @example
 * ```ts
 * const skip: StoreConformanceGroup[] = ['model'];
 * ```
 */
export type StoreConformanceGroup =
  | 'round-trips'
  | 'rulesets'
  | 'revisions'
  | 'finalised'
  | 'listing'
  | 'transactions'
  | 'audit'
  | 'ledger'
  | 'unit-predikat'
  | 'concurrency'
  | 'model';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { message: 'a function' });
const GROUPS = [
  'round-trips',
  'rulesets',
  'revisions',
  'finalised',
  'listing',
  'transactions',
  'audit',
  'ledger',
  'unit-predikat',
  'concurrency',
  'model',
] as const satisfies readonly StoreConformanceGroup[];

/** What {@link describeStoreConformance} checks of its options before it registers anything. */
const conformanceOptionsSchema = z.object({
  name: z.string().min(1),
  api: z.object({ describe: fn, it: fn, afterEach: fn.optional() }),
  fc: z.object({ integer: fn, commands: fn, asyncModelRun: fn, assert: fn, asyncProperty: fn }).loose(),
  createStore: fn,
  capabilities: z.object({ concurrentConnections: z.boolean().optional() }).optional(),
  skip: z.array(z.enum(GROUPS)).optional(),
  modelRuns: z.int().min(0).optional(),
  modelCommands: z.int().min(1).optional(),
  timeout: z.number().positive().max(2_147_483_647).optional(),
  locale: z.enum(['id', 'en']).optional(),
});

/**
 * Options of {@link describeStoreConformance}.
 *
 * @category Testing
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { describe, it } from 'vitest';
 * import { createMemoryStore } from 'kinerja/storage';
 * const options: StoreConformanceOptions = {
 *   name: 'memory', api: { describe, it }, fc, createStore: async () => createMemoryStore(), modelRuns: 20,
 * };
 * ```
 */
export interface StoreConformanceOptions {
  /** The name of the `describe` block (e.g. the adapter and database). */
  readonly name: string;
  /** `describe` and `it` of the test framework. */
  readonly api: StoreConformanceTestApi;
  /** fast-check, for the model-based run. */
  readonly fc: StoreConformanceFastCheck;
  /** A fresh, empty store; called once per test. */
  readonly createStore: () => Promise<EvaluationStore | StoreUnderTest>;
  /**
   * What the adapter declares. With `concurrentConnections: true` the suite also races writers on
   * separate connections (`connect` of {@link StoreUnderTest} is then required), and checks that
   * the store reports the same capability.
   */
  readonly capabilities?: { readonly concurrentConnections?: boolean };
  /** Groups of cases to leave out (they are not registered). */
  readonly skip?: readonly StoreConformanceGroup[];
  /** fast-check runs of the model-based case (default 25; 0 leaves it out). */
  readonly modelRuns?: number;
  /** Most commands per run of the model-based case (default 25). */
  readonly modelCommands?: number;
  /** Time limit of each test in milliseconds (default: the framework's). */
  readonly timeout?: number;
  /** Language of failure messages (default `en`). */
  readonly locale?: Locale;
}

/** A store under test, opened for one test, with everything needed to dispose of it. */
export interface OpenedStore {
  readonly store: EvaluationStore;
  /** Another connection to the same data, when the caller provides one. */
  readonly connect: (() => Promise<EvaluationStore>) | null;
  /** Disposes of the store and every extra connection. */
  readonly dispose: () => Promise<void>;
}

async function open(
  made: EvaluationStore | StoreUnderTest,
): Promise<{ store: EvaluationStore; cleanup: () => Promise<void>; connect?: StoreUnderTest['connect'] }> {
  if ('store' in made && typeof (made as StoreUnderTest).store === 'object') {
    const u = made as StoreUnderTest;
    return { store: u.store, cleanup: u.cleanup ?? (() => u.store.close()), connect: u.connect };
  }
  const s = made as EvaluationStore;
  return { store: s, cleanup: () => s.close() };
}

/** Opens a store from `createStore`, tracking extra connections so that one call disposes of all. */
export async function openStore(createStore: StoreConformanceOptions['createStore']): Promise<OpenedStore> {
  const main = await open(await createStore());
  const cleanups: (() => Promise<void>)[] = [main.cleanup];
  const connectFn = main.connect;
  let disposed = false;
  return {
    store: main.store,
    connect:
      connectFn === undefined
        ? null
        : async () => {
            const extra = await open(await connectFn());
            cleanups.push(extra.cleanup);
            return extra.store;
          },
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      let first: unknown;
      // Extra connections first, the store that owns the data last.
      for (const c of cleanups.reverse()) {
        try {
          await c();
        } catch (e) {
          first ??= e;
        }
      }
      if (first !== undefined) throw first;
    },
  };
}

/**
 * Registers the storage conformance suite for a store: one `describe` named after the store, one
 * test per case, each on a fresh store from `createStore`. Options it cannot use (a missing test
 * API, an unknown group in `skip`, …) throw one `KinerjaError` with every issue before anything
 * is registered. It checks what `kinerja/storage`
 * promises integrators, whatever the database:
 *
 * - exact round trips: `0.1`, `0.10`, 30- and 60-digit decimals in results and the angka kredit
 *   ledger, leap days (2024-02-29), Unicode and empty strings, whole evaluations and SKP plans;
 * - write-once rulesets (an identical document is a no-op, a different one `storage.ruleset-exists`,
 *   versions ordered as numbers: 2 before 10);
 * - revisions: creating twice, a stale update and updating a missing record are
 *   `RevisionConflictError`s naming both revisions, and write nothing, not even an audit event;
 * - the finalised rule: an evaluation built through the real lifecycle moves on after
 *   finalisation only by release, appeal and decision (`storage.finalised` otherwise), and the
 *   result of a finalised evaluation cannot be replaced;
 * - listings: every row exactly once whatever the page size (1 to 1,000) and filters, also while
 *   rows after the cursor are written; bad page sizes and cursors are refused;
 * - transactions and bulk saves: all or nothing, with no audit event or agency left behind;
 * - the audit log: one hash chain per agency, `seq` 1…n in write order, `before` and `after`,
 *   `verifyAudit` ok; the ledger's `seq` per employee; unit predikat upserts with revisions;
 * - concurrency: racing writers of one revision, exactly one wins and no update is lost (also on
 *   separate connections when `capabilities.concurrentConnections` is declared);
 * - a fast-check model-based run: random sequences of saves (with right and stale revisions), bulk
 *   saves, ledger appends, unit predikat, paged listings with random page sizes, and transactions
 *   that commit or throw, applied both to the store under test and to a fresh `createMemoryStore()`
 *   (the model), comparing every outcome (value, or error code and revisions) and, at the end, every
 *   listing and the whole audit log, hashes included. Run against the memory store itself, the model
 *   run checks that the store is deterministic.
 *
 * The test API and fast-check are passed in: the package imports neither vitest nor fast-check.
 *
 * @category Testing
 * @example
 * ```ts
 * // store.conformance.test.ts (vitest)
 * import fc from 'fast-check';
 * import { afterEach, describe, it } from 'vitest';
 * import { createMemoryStore } from 'kinerja/storage';
 * import { describeStoreConformance } from 'kinerja/testing';
 *
 * describeStoreConformance({
 *   name: 'memory store',
 *   api: { describe, it, afterEach },
 *   fc,
 *   createStore: async () => createMemoryStore(),
 *   modelRuns: 30,
 * });
 *
 * // store.conformance.test.mjs (node --test)
 * import fc from 'fast-check';
 * import { describe, it } from 'node:test';
 * import { createSqlStore } from 'kinerja/storage';
 * import { describeStoreConformance } from 'kinerja/testing';
 *
 * describeStoreConformance({
 *   name: 'my SQL store',
 *   api: { describe, it },
 *   fc,
 *   createStore: async () => {
 *     const db = await openFreshDatabase(); // yours: a Kysely instance on an empty database
 *     return { store: await createSqlStore({ db }), cleanup: () => db.destroy() };
 *   },
 *   timeout: 60_000,
 * });
 * ```
 */
export function describeStoreConformance(options: StoreConformanceOptions): void {
  const read = parseWithSchema(conformanceOptionsSchema, options, ['options']);
  if (!read.ok) throw new KinerjaError(read.issues, 'describeStoreConformance options');
  const { api } = options;
  const skip = new Set(options.skip ?? []);
  const itOptions = options.timeout === undefined ? {} : { timeout: options.timeout };
  const live = new Set<OpenedStore>();
  const cases: StoreCase[] = [];
  registerCases(cases, options);
  if ((options.modelRuns ?? 25) > 0) cases.push(modelCase(options));

  api.describe(options.name, () => {
    if (api.afterEach) {
      api.afterEach(async () => {
        const left = [...live];
        live.clear();
        for (const s of left) await s.dispose();
      });
    }
    const groups = new Map<StoreConformanceGroup, StoreCase[]>();
    for (const c of cases) {
      if (skip.has(c.group)) continue;
      groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
    }
    for (const [group, list] of groups) {
      api.describe(group, () => {
        for (const c of list) {
          api.it(c.name, itOptions, async () => {
            setFailureLocale(options.locale ?? 'en');
            const opened = await openStore(options.createStore);
            live.add(opened);
            let outcome: { error: unknown } | null = null;
            try {
              await c.run(opened);
            } catch (e) {
              outcome = { error: e };
            }
            live.delete(opened);
            try {
              await opened.dispose();
            } catch (e) {
              // A failing case keeps its own error; a passing one fails on a failed cleanup.
              outcome ??= { error: e };
            }
            if (outcome !== null) throw outcome.error;
          });
        }
      });
    }
  });
}
