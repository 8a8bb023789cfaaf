/**
 * Fault tests of the SQL store (issue 6), on every available SQL target:
 * - two connections each making 1,000 conflicting updates to one evaluation (read, modify, save,
 *   retry on RevisionConflictError) lose no update, and the audit chain verifies;
 * - an error in the middle of a bulk save of 10,000 results (an injected failure after half of
 *   them, or the database refusing one row) leaves nothing behind: no rows, no events, the audit
 *   head where it was;
 * - a row or event changed directly in SQL is found by verifyAudit;
 * - malformed rows read back (a score of 'abc', a doc that is not JSON, a revision that is not an
 *   integer) are StoreErrors with issues, never wrong numbers.
 */
import * as kysely from 'kysely';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createStoreFromBackend } from '../src/storage/core';
import { RevisionConflictError, StoreError } from '../src/storage/errors';
import { createSqlStore, type EvaluationStore, verifyAudit } from '../src/storage/index';
import { createSqlBackend } from '../src/storage/sql/backend';
import type { LooseDb } from '../src/storage/sql/dialect';
import { AGENCY, change, ledgerEntry, resultRecord, scored } from '../src/storage/store.test-support';
import type { BackendTransaction, StoreBackend } from '../src/storage/types';
import { openedEvaluation, range } from '../src/testing/store-conformance-fixtures';
import type { Evaluation } from '../src/workflow/index';
import {
  type AnyKysely,
  availableSqlTargets,
  type OpenedSqlDatabase,
  type SqlTarget,
} from './support/sql-databases';

const KEYS = {
  id: 'EV-1',
  agencyId: AGENCY,
  unitId: 'dinkes',
  employeeId: 'E-1',
  period: range('2025-01-01', '2025-12-31'),
};

/** The counter kept in the evaluation (the reason of its last history entry). */
function counter(ev: Evaluation): number {
  return Number(ev.history[ev.history.length - 1]?.reason ?? '0');
}

/** The evaluation with its counter one higher, at the next revision. */
function bumped(ev: Evaluation): Evaluation {
  const revision = ev.revision + 1;
  const history = ev.history.map((h, i) =>
    i === ev.history.length - 1 ? { ...h, reason: String(counter(ev) + 1), revision } : h,
  );
  return { ...ev, revision, history };
}

/** Adds one to the counter `times` times: read, modify, save; on a conflict, read again. */
async function increment(store: EvaluationStore, times: number, actor: string): Promise<number> {
  let conflicts = 0;
  for (let done = 0; done < times; ) {
    const ev = await store.getEvaluation(AGENCY, KEYS.id);
    if (ev === null) throw new Error('the evaluation is gone');
    try {
      await store.saveEvaluation(bumped(ev), { actor, at: '2025-03-01', expectedRevision: ev.revision });
      done++;
    } catch (error) {
      if (!(error instanceof RevisionConflictError)) throw error;
      conflicts++;
    }
  }
  return conflicts;
}

/** The audit head row, as stored. */
async function head(db: AnyKysely): Promise<{ seq: number; hash: string } | null> {
  const r = await sql<{ seq: unknown; hash: string }>`select seq, hash from kinerja_audit_heads
    where agency_id = ${AGENCY}`.execute(db);
  const row = r.rows[0];
  return row === undefined ? null : { seq: Number(row.seq), hash: row.hash };
}

async function count(db: AnyKysely, table: string): Promise<number> {
  const r = await sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(r.rows[0]?.n);
}

/** A backend whose inserts fail once `after` rows have been inserted (an injected fault). */
function failingAfter(backend: StoreBackend, after: number): StoreBackend & { inserted(): number } {
  let inserted = 0;
  return {
    capabilities: backend.capabilities,
    close: () => backend.close(),
    inserted: () => inserted,
    transaction: (fn) =>
      backend.transaction((tx) => {
        const wrapped: BackendTransaction = {
          get: (...a) => tx.get(...a),
          getMany: (...a) => tx.getMany(...a),
          insert: async (rows) => {
            if (inserted >= after) throw new Error('injected failure');
            const ok = await tx.insert(rows);
            inserted += rows.length;
            return ok;
          },
          update: (...a) => tx.update(...a),
          list: (...a) => tx.list(...a),
          lockAuditHead: (...a) => tx.lockAuditHead(...a),
          appendAudit: (...a) => tx.appendAudit(...a),
          listAudit: (...a) => tx.listAudit(...a),
          listAgencies: () => tx.listAgencies(),
          readAuditHead: (...a) => tx.readAuditHead(...a),
        };
        return fn(wrapped);
      }),
  };
}

/** A trigger that makes the database refuse the result `key`. */
async function refuseKey(target: SqlTarget, db: AnyKysely, key: string): Promise<void> {
  if (target.dialect === 'sqlite') {
    await sql`create trigger kinerja_refuse before insert on kinerja_results
      when new.record_key = ${sql.lit(key)} begin select raise(abort, 'refused by trigger'); end`.execute(db);
  } else if (target.dialect === 'postgres') {
    await sql`create function kinerja_refuse() returns trigger language plpgsql as $$
      begin
        if new.record_key = ${sql.lit(key)} then raise exception 'refused by trigger'; end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger kinerja_refuse before insert on kinerja_results
      for each row execute function kinerja_refuse()`.execute(db);
  } else {
    await sql`create trigger kinerja_refuse before insert on kinerja_results for each row
      begin
        if new.record_key = ${sql.lit(key)} then signal sqlstate '45000' set message_text = 'refused by trigger'; end if;
      end`.execute(db);
  }
}

const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, i) =>
  resultRecord(`R${String(i).padStart(5, '0')}`, { employeeId: `E${i}` }),
);

for (const target of availableSqlTargets) {
  describe(`SQL store faults on ${target.name}`, () => {
    const opened: OpenedSqlDatabase[] = [];
    afterEach(async () => {
      while (opened.length > 0) await opened.pop()?.cleanup();
    });
    const open = async () => {
      const o = await target.open();
      opened.push(o);
      return o;
    };

    it('two connections making 1,000 conflicting updates each lose no update', async () => {
      const o = await open();
      const second = target.concurrent ? await o.connect() : o.db;
      const a = o.store;
      const b = target.concurrent ? await createSqlStore({ db: second }) : a;
      await a.saveEvaluation(openedEvaluation(KEYS), {
        actor: 'hr-01',
        at: '2025-01-02',
        expectedRevision: null,
      });
      const started = Date.now();
      const [conflictsA, conflictsB] = await Promise.all([
        increment(a, 1000, 'writer-a'),
        increment(b, 1000, 'writer-b'),
      ]);
      const elapsed = Date.now() - started;
      const final = await b.getEvaluation(AGENCY, KEYS.id);
      expect(final === null ? null : counter(final)).toBe(2000);
      expect(final?.revision).toBe(2001);
      const report = await verifyAudit(a, AGENCY);
      expect(report.broken).toBeNull();
      expect(report.events).toBe(2001);
      const actors = new Map<string, number>();
      let cursor: string | undefined;
      do {
        const page = await a.listAudit(AGENCY, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) });
        for (const e of page.items) actors.set(e.actor, (actors.get(e.actor) ?? 0) + 1);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(Object.fromEntries(actors)).toEqual({ 'hr-01': 1, 'writer-a': 1000, 'writer-b': 1000 });
      console.info(
        `${target.name}: 2 × 1,000 conflicting updates in ${elapsed} ms, ${conflictsA + conflictsB} conflicts retried`,
      );
      // Servers interleave the two writers for real (SQLite's synchronous driver rarely does).
      if (target.dialect !== 'sqlite') expect(conflictsA + conflictsB).toBeGreaterThan(0);
    }, 120_000);

    it('an injected failure in the middle of a bulk save of 10,000 leaves nothing behind', async () => {
      const o = await open();
      await o.store.saveResult(resultRecord('before'), change);
      const headBefore = await head(o.db);
      expect(headBefore?.seq).toBe(1);
      const backend = failingAfter(
        createSqlBackend({
          kysely,
          db: o.db as Kysely<LooseDb>,
          dialect: target.dialect,
          tablePrefix: 'kinerja_',
          capabilities: o.store.capabilities,
          busyTimeoutMs: 10_000,
        }),
        5000,
      );
      const store = createStoreFromBackend(backend);
      await expect(store.saveResults(TEN_THOUSAND, change)).rejects.toThrow('injected failure');
      expect(backend.inserted()).toBeGreaterThanOrEqual(5000);
      expect(await count(o.db, 'kinerja_results')).toBe(1);
      expect(await count(o.db, 'kinerja_audit_events')).toBe(1);
      expect(await head(o.db)).toEqual(headBefore);
      // The chain goes on from where it was.
      await o.store.saveResult(resultRecord('after'), change);
      const report = await verifyAudit(o.store, AGENCY);
      expect(report.broken).toBeNull();
      expect(report.events).toBe(2);
    }, 120_000);

    it('a row the database refuses in the middle of a bulk save of 10,000 leaves nothing behind', async () => {
      const o = await open();
      await o.store.saveResult(resultRecord('before'), change);
      const headBefore = await head(o.db);
      await refuseKey(target, o.db, 'R07500');
      await expect(o.store.saveResults(TEN_THOUSAND, change)).rejects.toThrow(/refused by trigger/);
      expect(await count(o.db, 'kinerja_results')).toBe(1);
      expect(await count(o.db, 'kinerja_audit_events')).toBe(1);
      expect(await head(o.db)).toEqual(headBefore);
      // And a row the store refuses itself (too long an id for SQL) in the middle: the same.
      const bad = TEN_THOUSAND.map((r, i) => (i === 7000 ? { ...r, unitId: 'u'.repeat(201) } : r));
      await expect(o.store.saveResults(bad, change)).rejects.toMatchObject({
        code: 'storage.value-too-long',
      });
      expect(await count(o.db, 'kinerja_results')).toBe(1);
      expect(await head(o.db)).toEqual(headBefore);
      expect((await verifyAudit(o.store, AGENCY)).broken).toBeNull();
    }, 120_000);

    it('verifyAudit finds a row or an event changed directly in SQL', async () => {
      const o = await open();
      const { db, store } = o;
      await store.saveResult(resultRecord('R1'), change);
      await store.saveResult(resultRecord('R2', { result: scored('70') }), change);
      await store.appendLedgerEntry(ledgerEntry(), change);
      expect((await verifyAudit(store, AGENCY)).ok).toBe(true);

      // Only the score column edited: the row disagrees with its own document.
      await sql`update kinerja_results set score = '95.50' where record_key = 'R1'`.execute(db);
      expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({
        code: 'audit.malformed',
        entity: { kind: 'result', id: 'R1' },
      });
      await expect(store.getResult(AGENCY, 'R1')).rejects.toMatchObject({ code: 'storage.malformed-row' });

      // A document edited behind the store, its score column too (consistently).
      await sql`update kinerja_results set doc = replace(doc, '"85.50"', '"95.50"')
        where record_key = 'R1'`.execute(db);
      let report = await verifyAudit(store, AGENCY);
      expect(report.broken).toMatchObject({
        code: 'audit.record-mismatch',
        entity: { kind: 'result', id: 'R1' },
      });
      expect((await store.getResult(AGENCY, 'R1'))?.result.score).toBe('95.50');
      await sql`update kinerja_results set doc = replace(doc, '"95.50"', '"85.50"'), score = '85.50'
        where record_key = 'R1'`.execute(db);
      expect((await verifyAudit(store, AGENCY)).ok).toBe(true);

      // An event edited.
      await sql`update kinerja_audit_events set actor = 'someone-else' where seq = 2`.execute(db);
      report = await verifyAudit(store, AGENCY);
      expect(report.broken).toMatchObject({ code: 'audit.hash-mismatch', seq: 2 });
      await sql`update kinerja_audit_events set actor = 'hr-01' where seq = 2`.execute(db);

      // An event deleted.
      await sql`delete from kinerja_audit_events where seq = 2`.execute(db);
      report = await verifyAudit(store, AGENCY);
      expect(report.broken).toMatchObject({ code: 'audit.missing', seq: 2 });

      // A row deleted.
      const o2 = await open();
      await o2.store.saveResult(resultRecord('R1'), change);
      await o2.store.saveResult(resultRecord('R2'), change);
      await sql`delete from kinerja_results where record_key = 'R2'`.execute(o2.db);
      expect((await verifyAudit(o2.store, AGENCY)).broken).toMatchObject({
        code: 'audit.record-mismatch',
        entity: { kind: 'result', id: 'R2' },
      });
    }, 60_000);

    it('malformed rows read back are StoreErrors with issues, not wrong numbers', async () => {
      const { db, store } = await open();
      await store.saveResult(resultRecord('R1'), change);
      await store.appendLedgerEntry(ledgerEntry(), change);

      const expectMalformed = async (read: () => Promise<unknown>, column: string) => {
        const error = await read().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoreError);
        const e = error as StoreError;
        expect(e.code).toBe('storage.malformed-row');
        expect(e.issues.some((i) => i.path.includes(column))).toBe(true);
      };
      const restore = async () => {
        await sql`delete from kinerja_results`.execute(db);
        await sql`delete from kinerja_ledger_entries`.execute(db);
        await sql`delete from kinerja_audit_events`.execute(db);
        await sql`delete from kinerja_audit_heads`.execute(db);
        await store.saveResult(resultRecord('R1'), change);
        await store.appendLedgerEntry(ledgerEntry(), change);
        expect((await verifyAudit(store, AGENCY)).ok).toBe(true);
      };

      // A score column that is not a decimal.
      await sql`update kinerja_results set score = 'abc'`.execute(db);
      await expectMalformed(() => store.getResult(AGENCY, 'R1'), 'score');
      await expectMalformed(() => store.listResults({ agencyId: AGENCY }), 'score');
      expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({ code: 'audit.malformed' });
      await restore();

      // A score that is not a decimal inside the document.
      await sql`update kinerja_results set doc = replace(doc, '"score":"85.50"', '"score":"abc"')`.execute(
        db,
      );
      await expectMalformed(() => store.getResult(AGENCY, 'R1'), 'score');
      await restore();

      // A document that is not JSON.
      await sql`update kinerja_results set doc = '{"id":"R1",'`.execute(db);
      await expectMalformed(() => store.getResult(AGENCY, 'R1'), 'R1');
      await restore();

      // An angka kredit column that is not a decimal.
      await sql`update kinerja_ledger_entries set angka_kredit = '12,5'`.execute(db);
      await expectMalformed(() => store.listLedger(AGENCY, 'P-014'), 'angka_kredit');
      await restore();

      // A revision the document does not have.
      await sql`update kinerja_results set revision = 7`.execute(db);
      await expectMalformed(() => store.getResult(AGENCY, 'R1'), 'revision');
      await restore();

      if (target.dialect === 'sqlite') {
        // SQLite keeps whatever is written: text, fractions and integers beyond 2^53 in an integer column.
        for (const revision of [sql`'one'`, sql`1.5`, sql`9007199254740993`]) {
          await sql`update kinerja_results set revision = ${revision}`.execute(db);
          await expectMalformed(() => store.getResult(AGENCY, 'R1'), 'revision');
        }
        await restore();
        await sql`update kinerja_ledger_entries set year = '2025x'`.execute(db);
        await expectMalformed(() => store.listLedger(AGENCY, 'P-014'), 'year');
        await restore();
      }
    }, 60_000);
  });
}
