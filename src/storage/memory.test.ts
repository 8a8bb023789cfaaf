import { describe, expect, it } from 'vitest';
import { inState } from '../workflow/test-support';
import { verifyAudit } from './audit';
import { createMemoryStore } from './memory';
import {
  AGENCY,
  change,
  create,
  ledgerEntry,
  resultRecord,
  rulesetDoc,
  unitPredikat,
} from './store.test-support';

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
