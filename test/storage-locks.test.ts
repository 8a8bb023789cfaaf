/**
 * Agency locks under concurrent writers on PostgreSQL and MariaDB/MySQL: transactions that
 * declare their agencies never deadlock, whatever order they write them in; undeclared ones that
 * deadlock fail with the retryable `storage.deadlock`, and a retry policy completes all work;
 * single-agency writers are never the victims of other writers' lock order.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../src/storage/errors';
import { createSqlStore, type EvaluationStore, verifyAudit } from '../src/storage/index';
import { change, resultRecord } from '../src/storage/store.test-support';
import { availableSqlTargets, type OpenedSqlDatabase } from './support/sql-databases';

const A = 'kab-a';
const B = 'kab-b';

const servers = availableSqlTargets.filter((t) => t.name === 'postgres' || t.name === 'mysql');

/** Outcome counters of a writer. */
interface Tally {
  done: number;
  errors: string[];
}

/** A transaction writing `first` then `second` (a pause between, to make the orders collide). */
async function twoAgencies(
  store: EvaluationStore,
  first: string,
  second: string,
  id: string,
  options?: Parameters<EvaluationStore['transaction']>[1],
): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.saveResult(resultRecord(`${id}-${first}`, { agencyId: first }), change);
    await sleep(15);
    await tx.saveResult(resultRecord(`${id}-${second}`, { agencyId: second }), change);
  }, options);
}

async function tally(tasks: readonly (() => Promise<void>)[], t: Tally): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
      t.done++;
    } catch (error) {
      t.errors.push(error instanceof StoreError ? `${error.code}:${error.retryable}` : String(error));
    }
  }
}

describe.each(servers)('agency locks on $name', (target) => {
  let opened: OpenedSqlDatabase | null = null;
  afterEach(async () => {
    await opened?.cleanup();
    opened = null;
  });

  async function stores(n: number): Promise<EvaluationStore[]> {
    opened = await target.open();
    const out = [opened.store];
    for (let i = 1; i < n; i++)
      out.push(await createSqlStore({ db: await opened.connect(), migrate: false }));
    return out;
  }

  /** Runs every writer's tasks concurrently (each writer in order); the tallies by writer. */
  async function race(writers: readonly (readonly (() => Promise<void>)[])[]): Promise<Tally[]> {
    const tallies = writers.map(() => ({ done: 0, errors: [] as string[] }));
    await Promise.all(writers.map((tasks, i) => tally(tasks, tallies[i] as Tally)));
    return tallies;
  }

  const ROUNDS = 8;
  const single = (s: EvaluationStore, agencyId: string, prefix: string) =>
    Array.from({ length: ROUNDS * 2 }, (_, i) => async () => {
      await s.saveResult(resultRecord(`${prefix}${i}`, { agencyId }), change);
    });

  it('transactions that declare their agencies never deadlock, whatever order they write them in', async () => {
    const [x, y, s, t] = (await stores(4)) as [
      EvaluationStore,
      EvaluationStore,
      EvaluationStore,
      EvaluationStore,
    ];
    // Fresh agencies every round, too: concurrent first writers create the heads.
    const tallies = await race([
      Array.from({ length: ROUNDS }, (_, i) => () => twoAgencies(x, A, B, `x${i}`, { agencies: [A, B] })),
      Array.from({ length: ROUNDS }, (_, i) => () => twoAgencies(y, B, A, `y${i}`, { agencies: [B, A] })),
      Array.from(
        { length: ROUNDS },
        (_, i) => () =>
          twoAgencies(x, `new-${i}-2`, `new-${i}-1`, 'n', { agencies: [`new-${i}-2`, `new-${i}-1`] }),
      ),
      Array.from(
        { length: ROUNDS },
        (_, i) => () =>
          twoAgencies(y, `new-${i}-1`, `new-${i}-2`, 'm', { agencies: [`new-${i}-1`, `new-${i}-2`] }),
      ),
      single(s, A, 's'),
      single(t, B, 't'),
    ]);
    expect(tallies.flatMap((t) => t.errors)).toEqual([]);
    expect(tallies.map((t) => t.done)).toEqual([ROUNDS, ROUNDS, ROUNDS, ROUNDS, ROUNDS * 2, ROUNDS * 2]);
    const events = async (agencyId: string) => (await verifyAudit(x, agencyId)).events;
    expect(await events(A)).toBe(ROUNDS * 2 + ROUNDS * 2);
    expect(await events(B)).toBe(ROUNDS * 2 + ROUNDS * 2);
    expect((await verifyAudit(x, 'new-0-1')).broken).toBeNull();
  }, 120_000);

  it('saveResults with records of several agencies, in any order, never deadlock', async () => {
    const [x, y] = (await stores(2)) as [EvaluationStore, EvaluationStore];
    const batch = (i: number, agencies: string[]) =>
      agencies.flatMap((agencyId) =>
        Array.from({ length: 20 }, (_, k) => resultRecord(`b${i}-${k}`, { agencyId })),
      );
    const tallies = await race([
      Array.from({ length: ROUNDS }, (_, i) => async () => {
        await x.saveResults(batch(i, [A, B, 'kab-c']), change);
      }),
      Array.from({ length: ROUNDS }, (_, i) => async () => {
        await y.saveResults(batch(i + ROUNDS, ['kab-c', B, A]), change);
      }),
    ]);
    expect(tallies.flatMap((t) => t.errors)).toEqual([]);
  }, 120_000);

  it('undeclared opposite orders: a deadlock is a retryable storage.deadlock, and a retry policy completes all work', async () => {
    const [x, y, s] = (await stores(3)) as [EvaluationStore, EvaluationStore, EvaluationStore];
    const plain = await race([
      Array.from({ length: ROUNDS }, (_, i) => () => twoAgencies(x, A, B, `x${i}`)),
      Array.from({ length: ROUNDS }, (_, i) => () => twoAgencies(y, B, A, `y${i}`)),
      single(s, A, 's'),
    ]);
    const errors = plain.flatMap((t) => t.errors);
    // The pause between the two writes makes opposite orders meet (and a single-agency writer
    // queued behind one of them can be the victim the database picks).
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors)).toEqual(new Set(['storage.deadlock:true']));
    const retried: number[] = [];
    const retry = {
      retries: 30,
      minDelayMs: 5,
      maxDelayMs: 100,
      onRetry: (_e: StoreError, n: number) => retried.push(n),
    };
    const withRetry = await race([
      Array.from({ length: ROUNDS }, (_, i) => () => twoAgencies(x, A, B, `rx${i}`, { retry })),
      Array.from({ length: ROUNDS }, (_, i) => () => twoAgencies(y, B, A, `ry${i}`, { retry })),
      Array.from({ length: ROUNDS * 2 }, (_, i) => async () => {
        await s.saveResult(resultRecord(`rs${i}`, { agencyId: A }), { ...change, retry });
      }),
    ]);
    expect(withRetry.flatMap((t) => t.errors)).toEqual([]);
    expect(withRetry.map((t) => t.done)).toEqual([ROUNDS, ROUNDS, ROUNDS * 2]);
    expect(retried.length).toBeGreaterThan(0);
    const a = await verifyAudit(x, A);
    expect(a.broken).toBeNull();
    const stored = (await x.listResults({ agencyId: A, limit: 1000 })).items.map((r) => r.id);
    for (let i = 0; i < ROUNDS; i++)
      expect(stored).toEqual(expect.arrayContaining([`rx${i}-${A}`, `ry${i}-${A}`]));
  }, 120_000);
});
