import { describe, expect, it } from 'vitest';
import { inState } from '../workflow/test-support';
import { verifyAudit } from './audit';
import { createStoreFromBackend } from './core';
import { createMemoryBackend, createMemoryStore } from './memory';
import {
  AGENCY,
  change,
  create,
  ledgerEntry,
  resultRecord,
  rulesetDoc,
  unitPredikat,
} from './store.test-support';
import type { StoreRow } from './types';

describe('createMemoryStore', () => {
  it('stores every kind of record and keeps a verifiable audit log', async () => {
    const store = createMemoryStore();
    expect(store.capabilities).toEqual({
      adapter: 'memory',
      persistent: false,
      concurrentConnections: false,
    });
    const ev = inState('open');
    await store.saveEvaluation(ev, create());
    expect(await store.putRuleset(AGENCY, rulesetDoc(), change)).toBe(true);
    await store.saveResult(resultRecord('r1'), change);
    await store.setUnitPredikat(unitPredikat(), change);
    await store.appendLedgerEntry(ledgerEntry(), change);
    await store.appendLedgerEntry(ledgerEntry({ angkaKredit: '-12.5' }), change);
    expect((await store.listLedger(AGENCY, 'P-014')).map((e) => [e.seq, e.angkaKredit])).toEqual([
      [1, '12.5'],
      [2, '-12.5'],
    ]);
    expect(await store.getEvaluation(AGENCY, ev.id)).toEqual(ev);
    const report = await verifyAudit(store, AGENCY);
    expect(report).toMatchObject({ ok: true, events: 6, records: 6, broken: null });
    expect(await store.listAgencies()).toEqual([AGENCY]);
  });
});

describe('createMemoryBackend', () => {
  const row = (key: string, unitId = 'u'): StoreRow => ({
    kind: 'result',
    agencyId: 'a',
    key,
    revision: 1,
    unitId,
    employeeId: null,
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    state: null,
    columns: {},
    doc: '{}',
  });

  it('lists in code-point order whatever the insertion order, after a key, within a prefix', async () => {
    const backend = createMemoryBackend();
    const keys = ['b', 'a#2', '\u{1f600}', 'a#1', '\uffff', 'a', 'c'];
    await backend.transaction(async (tx) => {
      for (const key of keys) expect(await tx.insert([row(key)])).toBe(true);
      expect(await tx.insert([row('a')])).toBe(false);
      expect(await tx.insert([row('d'), row('d')])).toBe(false);
    });
    const all = await backend.transaction((tx) => tx.list({ kind: 'result', agencyId: 'a', limit: 100 }));
    expect(all.map((r) => r.key)).toEqual(['a', 'a#1', 'a#2', 'b', 'c', '\uffff', '\u{1f600}']);
    const page = await backend.transaction((tx) =>
      tx.list({ kind: 'result', agencyId: 'a', afterKey: 'a#1', limit: 2 }),
    );
    expect(page.map((r) => r.key)).toEqual(['a#2', 'b']);
    const prefixed = await backend.transaction((tx) =>
      tx.list({ kind: 'result', agencyId: 'a', keyPrefix: 'a#', limit: 10 }),
    );
    expect(prefixed.map((r) => r.key)).toEqual(['a#1', 'a#2']);
  });

  it('undoes a failed transaction: rows, updates and events', async () => {
    const backend = createMemoryBackend();
    await backend.transaction((tx) => tx.insert([row('k1')]));
    await expect(
      backend.transaction(async (tx) => {
        await tx.insert([row('k0'), row('k2')]);
        await tx.update({ ...row('k1'), revision: 2, doc: '{"x":1}' }, 1);
        await tx.appendAudit([{ agencyId: 'a', seq: 1, hash: 'h' } as never]);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(backend.raw.rows('result', 'a')).toEqual([row('k1')]);
    expect(backend.raw.events('a')).toEqual([]);
    expect(await backend.transaction((tx) => tx.lockAuditHead('a'))).toBeNull();
    // The agency of the row k1 (kept): an agency with a record is listed, events or not.
    expect(await backend.transaction((tx) => tx.listAgencies())).toEqual(['a']);
  });

  it('serialises transactions: concurrent read-modify-write loses nothing', async () => {
    const backend = createMemoryBackend();
    await backend.transaction((tx) => tx.insert([{ ...row('n'), doc: '0' }]));
    await Promise.all(
      Array.from({ length: 50 }, () =>
        backend.transaction(async (tx) => {
          const current = (await tx.get('result', 'a', 'n')) as StoreRow;
          await new Promise((resolve) => setTimeout(resolve, 0));
          const n = Number.parseInt(current.doc, 10) + 1;
          expect(
            await tx.update({ ...current, revision: current.revision + 1, doc: String(n) }, current.revision),
          ).toBe(true);
        }),
      ),
    );
    expect(backend.raw.rows('result', 'a')[0]?.doc).toBe('50');
  });

  it('keeps stored rows and events out of the caller’s reach', async () => {
    const backend = createMemoryBackend();
    const store = createStoreFromBackend(backend);
    await store.saveResult(resultRecord('r1'), change);
    const [event] = (await store.listAudit(AGENCY)).items;
    (event as { actor: string }).actor = 'changed';
    expect((await store.listAudit(AGENCY)).items[0]?.actor).toBe('hr-01');
    const stored = backend.raw.rows('result', AGENCY)[0] as StoreRow;
    expect(Object.isFrozen(stored)).toBe(true);
  });
});
