import { describe, expect, it } from 'vitest';
import { inState } from '../workflow/test-support';
import { auditHeads, verifyAudit } from './audit';
import { createStoreFromBackend } from './core';
import { StoreError } from './errors';
import { auditEventHash } from './jcs';
import { createMemoryBackend, type MemoryBackend } from './memory';
import {
  AGENCY,
  change,
  create,
  ledgerEntry,
  resultRecord,
  rulesetDoc,
  scored,
  unitPredikat,
} from './store.test-support';
import type { AuditEvent, EvaluationStore, StoreRow } from './types';

async function filled(): Promise<{ backend: MemoryBackend; store: EvaluationStore }> {
  const backend = createMemoryBackend();
  const store = createStoreFromBackend(backend);
  await store.putRuleset(AGENCY, rulesetDoc(), change); // 1
  await store.saveEvaluation(inState('open'), create()); // 2
  await store.saveResult(resultRecord('r1'), change); // 3
  await store.saveResult(resultRecord('r2'), change); // 4
  await store.saveResult(resultRecord('r1', { result: scored('90', 'sangat-baik') }), change); // 5
  await store.setUnitPredikat(unitPredikat(), change); // 6
  await store.appendLedgerEntry(ledgerEntry(), change); // 7
  await store.appendCorrection(
    { agencyId: AGENCY, entity: { kind: 'result', id: 'r1' }, data: { note: 'x' }, reason: 'typo' },
    change,
  ); // 8
  await store.saveResult(resultRecord('r3'), change); // 9
  return { backend, store };
}

/** Rewrites one event's fields and (optionally) its hash, as an attacker with database access would. */
function edit(backend: MemoryBackend, seq: number, patch: Partial<AuditEvent>, rehash: boolean): void {
  const events = backend.raw.events(AGENCY).map((e) => {
    if (e.seq !== seq) return e;
    const changed = { ...e, ...patch };
    if (!rehash) return changed;
    return { ...changed, hash: auditEventHash(changed) };
  });
  backend.raw.setEvents(AGENCY, events);
}

describe('verifyAudit', () => {
  it('passes an untouched log and counts events and records', async () => {
    const { store } = await filled();
    const report = await verifyAudit(store, AGENCY);
    const events = (await store.listAudit(AGENCY)).items;
    expect(report).toEqual({
      agencyId: AGENCY,
      ok: true,
      events: 9,
      records: 7,
      head: events[8]?.hash,
      broken: null,
    });
    expect(await verifyAudit(store, 'empty')).toMatchObject({ ok: true, events: 0, records: 0, head: null });
  });

  it('finds an edited event by its hash', async () => {
    const { backend, store } = await filled();
    edit(backend, 4, { actor: 'someone-else' }, false);
    const report = await verifyAudit(store, AGENCY);
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({
      code: 'audit.hash-mismatch',
      seq: 4,
      entity: { kind: 'result', id: 'r2' },
    });
    expect(report.broken?.message.en).toBe('Audit event 4 does not match its hash: its content was changed');
    expect(report.events).toBe(3);
  });

  it('finds an edited and re-hashed event by the next link', async () => {
    const { backend, store } = await filled();
    edit(backend, 4, { actor: 'someone-else' }, true);
    expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({ code: 'audit.link-mismatch', seq: 5 });
  });

  it('finds a deleted event', async () => {
    const { backend, store } = await filled();
    backend.raw.setEvents(
      AGENCY,
      backend.raw.events(AGENCY).filter((e) => e.seq !== 6),
    );
    const report = await verifyAudit(store, AGENCY);
    expect(report.broken).toMatchObject({ code: 'audit.missing', seq: 6 });
    expect(report.broken?.message.id).toContain('Peristiwa audit 6 hilang');
  });

  it('finds deleted last events through the records they leave unmatched', async () => {
    const { backend, store } = await filled();
    backend.raw.setEvents(
      AGENCY,
      backend.raw.events(AGENCY).filter((e) => e.seq < 9),
    );
    // The head row still names event 9.
    expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({
      code: 'audit.head-ahead',
      seq: 9,
    });
    // With the head row moved back too, the record of event 9 has no event.
    const events = backend.raw.events(AGENCY);
    backend.raw.setHead(AGENCY, { seq: 8, hash: events[7]?.hash as string });
    expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({
      code: 'audit.record-untracked',
      seq: null,
      entity: { kind: 'result', id: 'r3' },
    });
  });

  it('finds a record changed, added or deleted behind the store', async () => {
    const changed = await filled();
    const [r1] = changed.backend.raw.rows('result', AGENCY);
    // Changed consistently (the document and its predikat column): only the chain can tell.
    changed.backend.raw.putRow({
      ...(r1 as StoreRow),
      columns: { ...r1?.columns, predikat: 'baik' },
      doc: (r1?.doc ?? '').replace('"sangat-baik"', '"baik"'),
    });
    expect((await verifyAudit(changed.store, AGENCY)).broken).toMatchObject({
      code: 'audit.record-mismatch',
      entity: { kind: 'result', id: 'r1' },
      message: { en: 'The result "r1" differs from the last event about it (5): changed behind the store' },
    });

    const added = await filled();
    const [entry] = added.backend.raw.rows('ledger-entry', AGENCY);
    const doc = (entry?.doc ?? '').replace('"seq":1', '"seq":2');
    added.backend.raw.putRow({ ...(entry as StoreRow), key: 'P-014#0000000002', doc });
    expect((await verifyAudit(added.store, AGENCY)).broken).toMatchObject({
      code: 'audit.record-untracked',
      entity: { kind: 'ledger-entry', id: 'P-014#0000000002' },
    });

    const deleted = await filled();
    deleted.backend.raw.deleteRow('unit-predikat', AGENCY, 'dinkes|2025-01-01|2025-12-31');
    expect((await verifyAudit(deleted.store, AGENCY)).broken).toMatchObject({
      code: 'audit.record-mismatch',
      entity: { kind: 'unit-predikat', id: 'dinkes|2025-01-01|2025-12-31' },
    });
  });

  it('finds a column changed without its document (a score edited in SQL)', async () => {
    const { backend, store } = await filled();
    const [r1] = backend.raw.rows('result', AGENCY);
    backend.raw.putRow({ ...(r1 as StoreRow), columns: { ...r1?.columns, predikat: 'baik' } });
    expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({
      code: 'audit.malformed',
      entity: { kind: 'result', id: 'r1' },
    });
  });

  it('reports a record that cannot be read, and an event that cannot be read', async () => {
    const { backend, store } = await filled();
    const [ev] = backend.raw.rows('evaluation', AGENCY);
    backend.raw.putRow({ ...(ev as StoreRow), doc: 'not json' });
    expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({
      code: 'audit.malformed',
      seq: null,
      entity: { kind: 'evaluation', id: 'ev-1' },
      message: {
        id: 'Data evaluation "ev-1" tidak dapat dibaca: dokumen tersimpan bukan JSON',
        en: 'The evaluation "ev-1" cannot be read: the stored document is not JSON',
      },
    });
    edit(backend, 2, { seq: 'two' as never }, false);
    expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({
      code: 'audit.malformed',
      seq: 2,
      message: { en: 'Audit event 2 cannot be read: the field seq is missing or invalid' },
    });
  });

  it('reads long logs page by page', async () => {
    const backend = createMemoryBackend();
    const store = createStoreFromBackend(backend);
    await store.saveResults(
      Array.from({ length: 2500 }, (_, i) => resultRecord(`r${i}`)),
      change,
    );
    expect(await verifyAudit(store, AGENCY)).toMatchObject({ ok: true, events: 2500, records: 2500 });
  });
});

describe('auditHeads and verifyAudit with a checkpoint', () => {
  it('publishes each agency head; an agency the store lost is audit.checkpoint-missing', async () => {
    const { store } = await filled();
    const events = (await store.listAudit(AGENCY)).items;
    const checkpoint = await auditHeads(store);
    expect(checkpoint).toEqual({
      version: 1,
      heads: [{ agencyId: AGENCY, seq: 9, hash: events[8]?.hash, at: change.at, scheme: 'rfc8785-sha256' }],
    });
    expect(await auditHeads(store, { agencies: ['nobody'] })).toEqual({ version: 1, heads: [] });
    const empty = createStoreFromBackend(createMemoryBackend());
    const reports = await verifyAudit(empty, { expect: checkpoint });
    expect(reports.map((r) => [r.agencyId, r.broken?.code])).toEqual([[AGENCY, 'audit.checkpoint-missing']]);
    expect(reports[0]?.broken?.message.en).toBe(
      'The audit chain no longer reaches the published head (event 9); it ends before any event: events were deleted',
    );
  });

  it('rejects a checkpoint or options that are not valid with a StoreError at their path', async () => {
    const { store } = await filled();
    const bad = { version: 1, heads: [{ agencyId: AGENCY, seq: 0, hash: 'x', at: 'y', scheme: 'md5' }] };
    const e = await verifyAudit(store, AGENCY, { expect: bad as never }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).issues.map((i) => i.path.join('.'))).toEqual([
      'options.expect.heads.0.seq',
      'options.expect.heads.0.hash',
      'options.expect.heads.0.scheme',
    ]);
    const twice = {
      version: 1,
      heads: [0, 1].map(() => ({
        agencyId: AGENCY,
        seq: 1,
        hash: 'a'.repeat(64),
        at: 'x',
        scheme: 'rfc8785-sha256',
      })),
    };
    const dup = await verifyAudit(store, { expect: twice as never }).catch((x: unknown) => x);
    expect((dup as StoreError).issues.map((i) => i.code)).toEqual(['audit.checkpoint-duplicate']);
    for (const options of [null, 42, { agencies: 'x' }, { agencies: [''] }]) {
      expect(await auditHeads(store, options as never).catch((x: unknown) => x)).toBeInstanceOf(StoreError);
    }
    expect(await verifyAudit(store, { extra: 1 } as never).catch((x: unknown) => x)).toBeInstanceOf(
      StoreError,
    );
  });
});
