/**
 * Tampering with the audit log as someone with write access to the database would (issue 12), on
 * the memory store and every available SQL target (SQLite, PGlite, PostgreSQL, MariaDB/MySQL):
 *
 * - the head row deleted (also with a record edited, and for an agency whose head is the only
 *   place it was listed before): `audit.head-missing`;
 * - the log and the head deleted, the records kept: `audit.log-missing`;
 * - the last event deleted (a result's creation), with or without the record it created, and the
 *   last evaluation update deleted with the evaluation restored from `before_json`: each
 *   `audit.head-ahead`; with the head row also rewritten to the new end, the first two leave a
 *   record without its event (`audit.record-untracked`), and the last two verify as intact, which
 *   only a checkpoint published before finds (`audit.checkpoint-missing`);
 * - an event rewritten and re-hashed with every later one, the head moved along: found only with a
 *   checkpoint (`audit.checkpoint-mismatch`).
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AuditCheckpoint,
  type AuditEvent,
  auditHeads,
  createStoreFromBackend,
  type EvaluationStore,
  migrateSqlStore,
  verifyAudit,
} from '../src/storage/index';
import { auditEventHash } from '../src/storage/jcs';
import { createMemoryBackend } from '../src/storage/memory';
import { hasStoreTables } from '../src/storage/sql/store';
import { AGENCY, change, resultRecord } from '../src/storage/store.test-support';
import type { StoreEntityKind } from '../src/storage/types';
import { openedEvaluation, range } from '../src/testing/store-conformance-fixtures';
import type { Evaluation } from '../src/workflow/index';
import { type AnyKysely, availableSqlTargets } from './support/sql-databases';

/** What a tamperer can do to a store's data, bypassing the store. */
interface Tamper {
  deleteHead(agencyId: string): Promise<void>;
  setHead(agencyId: string, seq: number, hash: string): Promise<void>;
  /** Deletes the agency's events with seq ≥ `from`. */
  deleteEventsFrom(agencyId: string, from: number): Promise<void>;
  /** Replaces one event as given (its seq). */
  replaceEvent(event: AuditEvent): Promise<void>;
  deleteRow(kind: StoreEntityKind, agencyId: string, key: string): Promise<void>;
  /** Sets a row's doc, revision and state. */
  setRow(
    kind: StoreEntityKind,
    agencyId: string,
    key: string,
    doc: string,
    revision: number,
    state: string | null,
  ): Promise<void>;
  /** Sets a result's stored doc text to `doc`. */
  editDoc(kind: StoreEntityKind, agencyId: string, key: string, edit: (doc: string) => string): Promise<void>;
}

interface Opened {
  readonly store: EvaluationStore;
  readonly tamper: Tamper;
  cleanup(): Promise<void>;
}

const TABLES: Record<StoreEntityKind, string> = {
  ruleset: 'kinerja_rulesets',
  skp: 'kinerja_skps',
  evaluation: 'kinerja_evaluations',
  result: 'kinerja_results',
  'unit-predikat': 'kinerja_unit_predikat',
  'ledger-entry': 'kinerja_ledger_entries',
};

function sqlTamper(db: AnyKysely): Tamper {
  return {
    async deleteHead(agencyId) {
      await sql`delete from kinerja_audit_heads where agency_id = ${agencyId}`.execute(db);
    },
    async setHead(agencyId, seq, hash) {
      await sql`update kinerja_audit_heads set seq = ${seq}, hash = ${hash} where agency_id = ${agencyId}`.execute(
        db,
      );
    },
    async deleteEventsFrom(agencyId, from) {
      await sql`delete from kinerja_audit_events where agency_id = ${agencyId} and seq >= ${from}`.execute(
        db,
      );
    },
    async replaceEvent(e) {
      await sql`update kinerja_audit_events set actor = ${e.actor}, prev_hash = ${e.prevHash}, hash = ${e.hash}
        where agency_id = ${e.agencyId} and seq = ${e.seq}`.execute(db);
    },
    async deleteRow(kind, agencyId, key) {
      await sql`delete from ${sql.table(TABLES[kind])} where agency_id = ${agencyId} and record_key = ${key}`.execute(
        db,
      );
    },
    async setRow(kind, agencyId, key, doc, revision, state) {
      await sql`update ${sql.table(TABLES[kind])} set doc = ${doc}, revision = ${revision}, state = ${state}
        where agency_id = ${agencyId} and record_key = ${key}`.execute(db);
    },
    async editDoc(kind, agencyId, key, edit) {
      const r = await sql<{ doc: string | Buffer }>`select doc from ${sql.table(TABLES[kind])}
        where agency_id = ${agencyId} and record_key = ${key}`.execute(db);
      const doc = String(r.rows[0]?.doc);
      await sql`update ${sql.table(TABLES[kind])} set doc = ${edit(doc)}
        where agency_id = ${agencyId} and record_key = ${key}`.execute(db);
    },
  };
}

const targets: { name: string; open(): Promise<Opened> }[] = [
  {
    name: 'memory',
    async open() {
      const backend = createMemoryBackend();
      const raw = backend.raw;
      const row = (kind: StoreEntityKind, agencyId: string, key: string) => {
        const found = raw.rows(kind, agencyId).find((r) => r.key === key);
        if (found === undefined) throw new Error(`no ${kind} ${key}`);
        return found;
      };
      return {
        store: createStoreFromBackend(backend),
        tamper: {
          async deleteHead(agencyId) {
            raw.setHead(agencyId, null);
          },
          async setHead(agencyId, seq, hash) {
            raw.setHead(agencyId, { seq, hash });
          },
          async deleteEventsFrom(agencyId, from) {
            raw.setEvents(
              agencyId,
              raw.events(agencyId).filter((e) => e.seq < from),
            );
          },
          async replaceEvent(e) {
            raw.setEvents(
              e.agencyId,
              raw.events(e.agencyId).map((x) => (x.seq === e.seq ? e : x)),
            );
          },
          async deleteRow(kind, agencyId, key) {
            raw.deleteRow(kind, agencyId, key);
          },
          async setRow(kind, agencyId, key, doc, revision, state) {
            raw.putRow({ ...row(kind, agencyId, key), doc, revision, state });
          },
          async editDoc(kind, agencyId, key, edit) {
            const r = row(kind, agencyId, key);
            raw.putRow({ ...r, doc: edit(r.doc) });
          },
        },
        cleanup: async () => {},
      };
    },
  },
  ...availableSqlTargets
    .filter((t) => t.name !== 'sqlite-memory')
    .map((t) => ({
      name: t.name,
      async open(): Promise<Opened> {
        const o = await t.open();
        return { store: o.store, tamper: sqlTamper(o.db), cleanup: () => o.cleanup() };
      },
    })),
];

const KEYS = {
  id: 'EV-1',
  agencyId: AGENCY,
  unitId: 'dinkes',
  employeeId: 'E-1',
  period: range('2025-01-01', '2025-12-31'),
};

/**
 * Fills the store: 1 evaluation created, 2 result r1, 3 evaluation updated, 4 result r2 created;
 * `lastUpdate` moves the evaluation update to the end instead (1 create, 2 r1, 3 r2, 4 update).
 * A second agency, `other`, has two results.
 */
async function fill(store: EvaluationStore, lastUpdate = false): Promise<void> {
  const ev = openedEvaluation(KEYS);
  await store.saveEvaluation(ev, { ...change, expectedRevision: null });
  await store.saveResult(resultRecord('r1'), change);
  const update = async () => {
    const current = (await store.getEvaluation(AGENCY, KEYS.id)) as Evaluation;
    const next: Evaluation = {
      ...current,
      revision: current.revision + 1,
      history: current.history.map((h, i) =>
        i === current.history.length - 1 ? { ...h, reason: 'changed', revision: current.revision + 1 } : h,
      ),
    };
    await store.saveEvaluation(next, { ...change, expectedRevision: current.revision });
  };
  if (!lastUpdate) await update();
  await store.saveResult(resultRecord('r2'), change);
  if (lastUpdate) await update();
  await store.saveResult(resultRecord('o1', { agencyId: 'other' }), change);
  await store.saveResult(resultRecord('o2', { agencyId: 'other' }), change);
}

async function events(store: EvaluationStore, agencyId = AGENCY): Promise<AuditEvent[]> {
  return [...(await store.listAudit(agencyId, { limit: 1000 })).items];
}

for (const target of targets) {
  describe(`tampering with the audit log on ${target.name}`, () => {
    const opened: Opened[] = [];
    afterEach(async () => {
      while (opened.length > 0) await opened.pop()?.cleanup();
    });
    const open = async (lastUpdate = false) => {
      const o = await target.open();
      opened.push(o);
      await fill(o.store, lastUpdate);
      const checkpoint = await auditHeads(o.store);
      expect(checkpoint.heads.map((h) => [h.agencyId, h.seq, h.scheme])).toEqual([
        [AGENCY, 4, 'rfc8785-sha256'],
        ['other', 2, 'rfc8785-sha256'],
      ]);
      expect((await verifyAudit(o.store, { expect: checkpoint })).map((r) => r.ok)).toEqual([true, true]);
      return { ...o, checkpoint };
    };
    const code = async (store: EvaluationStore, checkpoint?: AuditCheckpoint) =>
      (await verifyAudit(store, AGENCY, checkpoint === undefined ? {} : { expect: checkpoint })).broken
        ?.code ?? 'ok';

    it('a deleted head row is audit.head-missing, and the agency is still listed', async () => {
      const { store, tamper } = await open();
      await tamper.deleteHead(AGENCY);
      await tamper.editDoc('result', AGENCY, 'r1', (d) => d.replace('"baik"', '"sangat-baik"'));
      expect(await store.listAgencies()).toEqual([AGENCY, 'other']);
      const reports = await verifyAudit(store, {});
      expect(reports.map((r) => [r.agencyId, r.broken?.code ?? 'ok'])).toEqual([
        [AGENCY, 'audit.head-missing'],
        ['other', 'ok'],
      ]);
      expect(reports[0]?.broken?.message.en).toBe(
        'The audit log has 4 events but no head row: the head was deleted',
      );
      await expect(auditHeads(store)).rejects.toMatchObject({
        issues: [
          { code: 'audit.checkpoint-refused', params: { agency: AGENCY, code: 'audit.head-missing' } },
        ],
      });
    });

    it('a deleted log and head, the records kept, is audit.log-missing', async () => {
      const { store, tamper } = await open();
      await tamper.deleteEventsFrom(AGENCY, 1);
      await tamper.deleteHead(AGENCY);
      expect(await store.listAgencies()).toEqual([AGENCY, 'other']);
      expect(await code(store)).toBe('audit.log-missing');
    });

    it('a deleted last event (the record it created kept) is audit.head-ahead; with the head rewritten, the record has no event', async () => {
      const { store, tamper, checkpoint } = await open();
      const before = await events(store);
      await tamper.deleteEventsFrom(AGENCY, 4);
      const report = await verifyAudit(store, AGENCY);
      expect(report.broken).toMatchObject({ code: 'audit.head-ahead', seq: 4 });
      expect(report.broken?.message.en).toBe(
        'The audit head names event 4, but the chain ends at event 3: events at the end were deleted',
      );
      await tamper.setHead(AGENCY, 3, before[2]?.hash as string);
      expect(await code(store)).toBe('audit.record-untracked');
      expect(await code(store, checkpoint)).toBe('audit.checkpoint-missing');
    });

    it('a deleted last event with the record it created is audit.head-ahead; with the head rewritten, only a checkpoint finds it', async () => {
      const { store, tamper, checkpoint } = await open();
      const before = await events(store);
      await tamper.deleteEventsFrom(AGENCY, 4);
      await tamper.deleteRow('result', AGENCY, 'r2');
      expect(await code(store)).toBe('audit.head-ahead');
      await tamper.setHead(AGENCY, 3, before[2]?.hash as string);
      expect(await code(store)).toBe('ok');
      const report = await verifyAudit(store, AGENCY, { expect: checkpoint });
      expect(report.broken).toMatchObject({ code: 'audit.checkpoint-missing', seq: 4 });
      expect(report.broken?.message.en).toBe(
        'The audit chain no longer reaches the published head (event 4); it ends at event 3: events were deleted',
      );
      // Every agency at once: only the tampered one fails.
      expect(
        (await verifyAudit(store, { expect: checkpoint })).map((r) => [r.agencyId, r.broken?.code ?? 'ok']),
      ).toEqual([
        [AGENCY, 'audit.checkpoint-missing'],
        ['other', 'ok'],
      ]);
    });

    it('the last evaluation update deleted and the evaluation restored from before_json: head-ahead, then only a checkpoint', async () => {
      const { store, tamper, checkpoint } = await open(true);
      const before = await events(store);
      const update = before[3] as AuditEvent;
      expect([update.action, update.entity.kind]).toEqual(['update', 'evaluation']);
      const old = update.before as unknown as Evaluation;
      await tamper.deleteEventsFrom(AGENCY, 4);
      await tamper.setRow('evaluation', AGENCY, KEYS.id, JSON.stringify(old), old.revision, old.state);
      expect(await store.getEvaluation(AGENCY, KEYS.id)).toEqual(old);
      expect(await code(store)).toBe('audit.head-ahead');
      await tamper.setHead(AGENCY, 3, before[2]?.hash as string);
      expect(await code(store)).toBe('ok');
      expect(await code(store, checkpoint)).toBe('audit.checkpoint-missing');
    });

    it('an event rewritten and re-hashed with all later ones, the head moved along: only a checkpoint finds it', async () => {
      const { store, tamper, checkpoint } = await open();
      const chain = await events(store);
      let prev = chain[0]?.prevHash as string;
      for (const e of chain) {
        const body = { ...e, prevHash: prev, actor: e.seq === 2 ? 'someone-else' : e.actor };
        const rewritten = { ...body, hash: auditEventHash(body) };
        await tamper.replaceEvent(rewritten);
        prev = rewritten.hash;
      }
      await tamper.setHead(AGENCY, 4, prev);
      expect(await code(store)).toBe('ok');
      expect(await code(store, checkpoint)).toBe('audit.checkpoint-mismatch');
    });
  });
}

for (const target of availableSqlTargets) {
  describe(`a store opened read-only on ${target.name}`, () => {
    it('is recognised by its migrated tables: an empty database is not a store until migrated', async () => {
      const o = await target.open({ store: false });
      try {
        expect(await hasStoreTables(o.db)).toBe(false);
        await migrateSqlStore(o.db);
        expect(await hasStoreTables(o.db)).toBe(true);
        expect(await hasStoreTables(o.db, 'other_')).toBe(false);
      } finally {
        await o.cleanup();
      }
    });
  });
}
