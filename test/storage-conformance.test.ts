/**
 * The storage conformance suite (`describeStoreConformance` of kinerja/testing) against every
 * adapter: the memory store always; SQL databases from test/support/sql-databases.ts. Then the
 * suite itself is tested: run against stores broken on purpose, the cases that should notice must
 * fail.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, type EvaluationStore, type ResultRecord } from '../src/storage/index';
import { createSqlStore } from '../src/storage/sql-store';
import {
  describeStoreConformance,
  type StoreConformanceFastCheck,
  type StoreConformanceTestApi,
} from '../src/testing/index';
import { type SqlTarget, sqlTargets } from './support/sql-databases';

// fast-check and vitest fit the suite's structural types (checked by tsc).
const fastCheck: StoreConformanceFastCheck = fc;
const api: StoreConformanceTestApi = { describe, it, afterEach };

describeStoreConformance({
  name: 'memory store',
  api,
  fc: fastCheck,
  createStore: async () => createMemoryStore(),
  modelRuns: 100,
});

/** Runs and time limits per SQL target: the servers are slower per call than in-process stores. */
const SQL_SETTINGS: Record<SqlTarget['name'], { modelRuns: number; timeout: number }> = {
  'sqlite-memory': { modelRuns: 40, timeout: 60_000 },
  'sqlite-file': { modelRuns: 15, timeout: 60_000 },
  pglite: { modelRuns: 15, timeout: 120_000 },
  postgres: { modelRuns: 20, timeout: 120_000 },
  mysql: { modelRuns: 20, timeout: 120_000 },
};

// Every available SQL target (a server whose variable is unset is left out with a printed notice,
// by test/support/sql-databases.ts; a configured server that cannot be reached fails its tests).
for (const target of sqlTargets.filter((t) => t.available)) {
  describeStoreConformance({
    name: `SQL store on ${target.name}`,
    api,
    fc: fastCheck,
    createStore: async () => {
      const opened = await target.open();
      return {
        store: opened.store,
        cleanup: () => opened.cleanup(),
        ...(target.concurrent
          ? { connect: async () => createSqlStore({ db: await opened.connect(), migrate: false }) }
          : {}),
      };
    },
    capabilities: { concurrentConnections: target.concurrent },
    ...SQL_SETTINGS[target.name],
  });
}

// ---------------------------------------------------------------------------------------------
// The suite notices broken stores.

/** Collects the tests the suite registers, by their full name, without running them. */
function collect(
  createStore: () => Promise<EvaluationStore>,
  modelRuns = 30,
): Map<string, () => Promise<void>> {
  const tests = new Map<string, () => Promise<void>>();
  const path: string[] = [];
  describeStoreConformance({
    name: 'broken',
    api: {
      describe: (name, fn) => {
        path.push(name);
        fn();
        path.pop();
      },
      it: (name, _options, fn) => {
        tests.set([...path, name].join(' > '), fn);
      },
    },
    fc: fastCheck,
    createStore,
    modelRuns,
    modelCommands: 30,
  });
  return tests;
}

/** A memory store with some methods replaced (the replacements get the real store). */
function broken(patch: (real: EvaluationStore) => Partial<EvaluationStore>): () => Promise<EvaluationStore> {
  return async () => {
    const real = createMemoryStore();
    const replaced = patch(real);
    return new Proxy(real, {
      get: (target, key, receiver) =>
        key in replaced ? replaced[key as keyof EvaluationStore] : Reflect.get(target, key, receiver),
    });
  };
}

/** Runs the registered tests whose names contain `part`; expects at least one, and every one, to fail. */
async function expectFailures(tests: Map<string, () => Promise<void>>, ...parts: string[]): Promise<void> {
  for (const part of parts) {
    const chosen = [...tests].filter(([name]) => name.includes(part));
    expect(chosen.length, part).toBeGreaterThan(0);
    for (const [name, run] of chosen) await expect(run(), name).rejects.toThrow();
  }
}

const lossy = (r: ResultRecord): ResultRecord =>
  r.result.score === null
    ? r
    : { ...r, result: { ...r.result, score: String(Number(r.result.score)) as never } };

describe('the conformance suite notices a broken store', () => {
  it('registers every case once under its group, and a sound store passes them', async () => {
    const tests = collect(async () => createMemoryStore(), 5);
    expect(tests.size).toBeGreaterThan(35);
    expect([...tests.keys()].filter((n) => n.includes('> model >'))).toHaveLength(1);
    for (const [name, run] of tests) await expect(run(), name).resolves.toBeUndefined();
  });

  it('decimals that lose digits (a score read through Number)', async () => {
    const tests = collect(
      broken((real) => ({
        saveResult: (record, options) => real.saveResult(lossy(record), options),
        saveResults: (records, change) => real.saveResults(records.map(lossy), change),
      })),
    );
    await expectFailures(tests, 'result scores keep every digit', 'agrees with the memory model');
  });

  it('a stale revision that overwrites', async () => {
    const tests = collect(
      broken((real) => ({
        saveEvaluation: async (evaluation, options) => {
          const current = await real.getEvaluation(evaluation.agencyId, evaluation.id);
          return real.saveEvaluation(evaluation, { ...options, expectedRevision: current?.revision ?? null });
        },
      })),
    );
    await expectFailures(tests, 'evaluations: creating twice', 'agrees with the memory model');
  });

  it('a cursor that repeats the last row of the page before', async () => {
    const tests = collect(
      broken((real) => ({
        listResults: async (query) => {
          const page = await real.listResults(query);
          if (query.cursor === undefined || page.items.length === 0) return page;
          const { cursor: _, ...first } = query;
          const before = await real.listResults({ ...first, limit: 1000 });
          const at = before.items.findIndex((r) => r.id === page.items[0]?.id);
          return at > 0
            ? { ...page, items: [before.items[at - 1], ...page.items.slice(0, -1)] as never }
            : page;
        },
      })),
    );
    await expectFailures(tests, 'every row is listed exactly once', 'writes during paging');
  });

  it('a transaction that keeps the writes before a throw', async () => {
    const tests = collect(broken((real) => ({ transaction: (fn) => fn(real) })));
    await expectFailures(
      tests,
      'a transaction that throws leaves no trace',
      'a conflict inside a transaction',
    );
  });

  it('a bulk save that saves the records before a bad one', async () => {
    const tests = collect(
      broken((real) => ({
        saveResults: async (records, change) => {
          for (const r of records) await real.saveResult(r, change);
          return { saved: records.length };
        },
      })),
      60,
    );
    await expectFailures(
      tests,
      'a bulk save with one bad record saves nothing',
      'agrees with the memory model',
    );
  });

  it('reads that lose part of an evaluation’s history', async () => {
    const tests = collect(
      broken((real) => ({
        getEvaluation: async (agencyId, id) => {
          const ev = await real.getEvaluation(agencyId, id);
          return ev === null ? null : { ...ev, history: ev.history.slice(0, 1) };
        },
      })),
    );
    await expectFailures(
      tests,
      'an evaluation comes back deep-equal',
      'a finalised evaluation moves on only',
    );
  });
});
