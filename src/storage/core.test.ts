import { describe, expect, it } from 'vitest';
import { assertIsoDate } from '../date';
import { unwrap } from '../explain';
import type { Evaluation, HistoryEntry, RecordOfResult, SupervisorAssessment } from '../workflow';
import { createSkpPlan, EVALUATION_STATES, transitionSkpPlan } from '../workflow';
import { atasan, employee, hr, inState, step, supervisor } from '../workflow/test-support';
import { sha256Hex } from './canonical';
import { createStoreFromBackend } from './core';
import { RevisionConflictError, StoreError } from './errors';
import { createMemoryBackend, createMemoryStore } from './memory';
import {
  AGENCY,
  change,
  create,
  LEAP,
  ledgerEntry,
  resultRecord,
  rulesetDoc,
  scored,
  unitPredikat,
  YEAR,
} from './store.test-support';
import type { EvaluationStore, ResultRecord, StoreBackend, StoreRow } from './types';

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected the call to be rejected');
}

function codes(e: StoreError): string[] {
  return e.issues.map((i) => `${i.code} ${i.path.join('.')}`);
}

/** Saves every state of an evaluation's life in order, as an application would. */
async function saveThrough(store: EvaluationStore, states: readonly Evaluation[]): Promise<void> {
  let expected: number | null = null;
  for (const ev of states) {
    await store.saveEvaluation(ev, { actor: 'app', at: '2026-02-01', expectedRevision: expected });
    expected = ev.revision;
  }
}

describe('validation', () => {
  it('collects every issue of an evaluation with its path, and writes nothing', async () => {
    const store = createMemoryStore();
    const ev = inState('open');
    const bad = {
      ...ev,
      id: 'ev\u0007',
      period: { start: '2025-12-31', end: '2025-01-01' },
      selfAssessment: { by: 'E1', on: '2026-01-03', ratings: { x: Number.NaN }, result: null, notes: null },
      extra: 1,
    } as unknown as Evaluation;
    const e = await rejection(
      store.saveEvaluation(bad, { actor: '', at: '2025-01-31T08:00:00', expectedRevision: null }),
    );
    // The workflow's schema reports first; the store's id rule, a refinement on top of it, after.
    expect(codes(e)).toEqual([
      'input.unknown-key evaluation.extra',
      'date.range-reversed evaluation.period',
      'storage.not-json evaluation.selfAssessment.ratings.x',
      'storage.invalid-id evaluation.id',
      'storage.invalid-id options.actor',
      'storage.invalid-at options.at',
    ]);
    expect(e.code).toBe('input.unknown-key');
    expect(await store.listAudit(AGENCY)).toEqual({ items: [], nextCursor: null });
  });

  it('refuses values that are not JSON: undefined, functions, dates, maps, class instances', async () => {
    const store = createMemoryStore();
    class Score {}
    for (const [value, received] of [
      [undefined, 'undefined'],
      [() => 1, 'function'],
      [new Date(0), 'Date'],
      [new Map(), 'Map'],
      [new Score(), 'Score'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [10n, 'bigint'],
    ] as const) {
      const record = resultRecord('r1', { result: scored('80', 'baik', { detail: { deep: [1, value] } }) });
      const e = await rejection(store.saveResult(record, change));
      expect(e.issues[0]).toMatchObject({
        code: 'storage.not-json',
        path: ['record', 'result', 'detail', 'deep', 1],
        params: { received },
      });
    }
  });

  it('accepts a calendar date or a timestamp with a zone as `at`', async () => {
    const store = createMemoryStore();
    for (const at of [
      '2025-01-31',
      '2025-01-31T08:00:00Z',
      '2025-01-31T15:00:00.123+07:00',
      '2024-02-29T23:59Z',
    ]) {
      await store.setUnitPredikat(unitPredikat(), { actor: 'hr', at });
    }
    for (const at of [
      '2025-02-29',
      '2025-01-31T24:00:00Z',
      '2025-01-31 08:00Z',
      '31/01/2025',
      '',
      20250131,
    ]) {
      const e = await rejection(store.setUnitPredikat(unitPredikat(), { actor: 'hr', at: at as string }));
      expect(codes(e)).toEqual(['storage.invalid-at options.at']);
    }
  });

  it('checks result records: ruleset stamp, predikat, canonical decimal score', async () => {
    const store = createMemoryStore();
    const result = { ...scored('085.5'), ruleset: { id: '', version: 0 }, predikat: '' };
    const e = await rejection(store.saveResult(resultRecord('r1', { result: result as never }), change));
    expect(codes(e)).toEqual([
      'storage.invalid-id record.result.ruleset.id',
      'input.too-small record.result.ruleset.version',
      'input.required record.result.predikat',
      'storage.decimal-not-canonical record.result.score',
    ]);
    const numeric = await rejection(
      store.saveResult(resultRecord('r1', { result: scored(85.5 as never) }), change),
    );
    expect(codes(numeric)).toEqual(['input.invalid-type record.result.score']);
    const sci = await rejection(store.saveResult(resultRecord('r1', { result: scored('1e3') }), change));
    expect(codes(sci)).toEqual(['decimal.invalid record.result.score']);
  });

  it('checks ledger entries: exact decimal, whole months 0 to 12, a year', async () => {
    const store = createMemoryStore();
    const e = await rejection(
      store.appendLedgerEntry(ledgerEntry({ angkaKredit: '1e3', months: 13, year: 25 }), change),
    );
    expect(codes(e)).toEqual([
      'input.too-small entry.year',
      'input.too-big entry.months',
      'decimal.invalid entry.angkaKredit',
    ]);
    const stored = await store.appendLedgerEntry(ledgerEntry({ angkaKredit: '007.50' }), change);
    expect(stored.angkaKredit).toBe('7.50');
  });

  it('requires expectedRevision on saves of SKPs and evaluations', async () => {
    const store = createMemoryStore();
    const e = await rejection(store.saveEvaluation(inState('open'), change as never));
    expect(codes(e)).toEqual(['input.required options.expectedRevision']);
  });

  it('reports duplicate ids and bad records of a bulk save by index, and writes nothing', async () => {
    const store = createMemoryStore();
    const records = [
      resultRecord('a'),
      resultRecord('b', { period: { start: '2025-02-29', end: '2025-12-31' } as never }),
      resultRecord('a'),
    ];
    const e = await rejection(store.saveResults(records, change));
    expect(codes(e)).toEqual(['date.not-a-date records.1.period.start', 'storage.duplicate-id records.2.id']);
    expect((await store.listResults({ agencyId: AGENCY })).items).toEqual([]);
  });
});

describe('records built by the workflow', () => {
  it('accepts an evaluation in every state and reads it back equal', async () => {
    const store = createMemoryStore();
    for (const state of EVALUATION_STATES) {
      const ev = { ...inState(state), id: `ev-${state}` };
      expect(await store.saveEvaluation(ev, create())).toEqual(ev);
      expect(await store.getEvaluation(AGENCY, ev.id)).toEqual(ev);
    }
    const mediated = step(
      inState('disputed'),
      { type: 'mediate', decision: 'upheld', reason: 'Bukti cukup' },
      atasan,
    );
    await store.saveEvaluation({ ...mediated, id: 'ev-mediated' }, create());
    expect((await store.listEvaluations({ agencyId: AGENCY })).items).toHaveLength(
      EVALUATION_STATES.length + 1,
    );
  });

  it('accepts SKP plans through their lifecycle', async () => {
    const store = createMemoryStore();
    const asOf = assertIsoDate('2025-01-05');
    const draft = unwrap(
      createSkpPlan(
        {
          id: 'skp-1',
          agencyId: AGENCY,
          unitId: 'dinkes',
          employeeId: 'E1',
          supervisorId: 'S1',
          period: YEAR,
          content: { rhk: [] },
        },
        employee,
        { asOf },
      ),
    );
    const submitted = unwrap(
      transitionSkpPlan(draft, { type: 'submit', content: { rhk: ['a'] } }, employee, { asOf }),
    );
    const approved = unwrap(transitionSkpPlan(submitted, { type: 'approve' }, supervisor, { asOf }));
    await store.saveSkp(draft, create());
    await store.saveSkp(submitted, { ...change, expectedRevision: draft.revision });
    expect(await store.saveSkp(approved, { ...change, expectedRevision: submitted.revision })).toEqual(
      approved,
    );
    expect((await store.listSkps({ agencyId: AGENCY, employeeId: 'E1' })).items).toEqual([approved]);
  });

  it("refuses SKP content that is not JSON with the store's code, and ids no store keeps", async () => {
    const store = createMemoryStore();
    const plan = unwrap(
      createSkpPlan(
        {
          id: 'skp-1',
          agencyId: AGENCY,
          unitId: 'dinkes',
          employeeId: 'E1',
          supervisorId: 'S1',
          period: YEAR,
          content: { rhk: [] },
        },
        employee,
        { asOf: assertIsoDate('2025-01-05') },
      ),
    );
    const e = await rejection(
      store.saveSkp({ ...plan, unitId: 'u\u0000', content: { rhk: [Number.NaN] } } as never, create()),
    );
    expect(codes(e)).toEqual(['storage.not-json plan.content.rhk.0', 'storage.invalid-id plan.unitId']);
    expect(e.issues[0]?.params).toEqual({ received: 'NaN' });
    expect(await store.listAudit(AGENCY)).toEqual({ items: [], nextCursor: null });
  });
});

describe('revisions', () => {
  it('creates with expectedRevision null and rejects a second create', async () => {
    const store = createMemoryStore();
    const ev = inState('open');
    await store.saveEvaluation(ev, create());
    const e = await rejection(store.saveEvaluation(ev, create()));
    expect(e).toBeInstanceOf(RevisionConflictError);
    expect(e).toMatchObject({
      expected: null,
      actual: 1,
      entity: { kind: 'evaluation', agencyId: AGENCY, id: ev.id },
    });
  });

  it('rejects a stale update and an update of a missing record, and never overwrites', async () => {
    const store = createMemoryStore();
    const ev1 = inState('open');
    const ev2 = step(ev1, { type: 'self-assess', ratings: { perilaku: 'baik' } }, employee);
    const ev3 = step(
      ev2,
      { type: 'assess', ratings: { perilaku: 'baik' }, needsDialogue: false },
      supervisor,
    );
    const missing = await rejection(store.saveEvaluation(ev2, { ...change, expectedRevision: 1 }));
    expect(missing).toMatchObject({ expected: 1, actual: null });
    await saveThrough(store, [ev1, ev2]);
    const stale = await rejection(store.saveEvaluation(ev3, { ...change, expectedRevision: 1 }));
    expect(stale).toMatchObject({ name: 'RevisionConflictError', expected: 1, actual: 2 });
    expect((await store.getEvaluation(AGENCY, ev1.id))?.revision).toBe(2);
  });

  it('requires the saved revision to exceed expectedRevision', async () => {
    const store = createMemoryStore();
    const ev = inState('open');
    await store.saveEvaluation(ev, create());
    const e = await rejection(store.saveEvaluation(ev, { ...change, expectedRevision: 1 }));
    expect(codes(e)).toEqual(['storage.revision-not-increased evaluation.revision']);
  });

  it('numbers results and unit predikat itself; a guarded upsert checks the revision', async () => {
    const store = createMemoryStore();
    expect((await store.saveResult(resultRecord('r1'), change)).revision).toBe(1);
    expect((await store.saveResult(resultRecord('r1'), change)).revision).toBe(2);
    const e = await rejection(store.saveResult(resultRecord('r1'), { ...change, expectedRevision: 1 }));
    expect(e).toMatchObject({ expected: 1, actual: 2 });
    expect((await store.saveResult(resultRecord('r1'), { ...change, expectedRevision: 2 })).revision).toBe(3);
    expect((await store.setUnitPredikat(unitPredikat(), change)).revision).toBe(1);
    const u = await rejection(store.setUnitPredikat(unitPredikat(), { ...change, expectedRevision: null }));
    expect(u).toMatchObject({ expected: null, actual: 1 });
  });

  it('lets exactly one of two concurrent saves with the same revision win', async () => {
    const store = createMemoryStore();
    const ev1 = inState('open');
    await store.saveEvaluation(ev1, create());
    const a = step(ev1, { type: 'self-assess', ratings: { perilaku: 'baik' } }, employee);
    const b = step(ev1, { type: 'self-assess', ratings: { perilaku: 'kurang' } }, employee);
    const outcomes = await Promise.allSettled([
      store.saveEvaluation(a, { ...change, expectedRevision: 1 }),
      store.saveEvaluation(b, { ...change, expectedRevision: 1 }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await store.listAudit(AGENCY)).items).toHaveLength(2);
  });
});

describe('the finalised rule', () => {
  function life(): Evaluation[] {
    const out = [inState('open')];
    const push = (action: Parameters<typeof step>[1], actor: Parameters<typeof step>[2]): void => {
      out.push(step(out[out.length - 1] as Evaluation, action, actor));
    };
    push({ type: 'self-assess', ratings: { perilaku: 'baik' } }, employee);
    push({ type: 'assess', ratings: { perilaku: 'baik' }, needsDialogue: false }, supervisor);
    push({ type: 'finalise' }, supervisor);
    push({ type: 'release' }, hr);
    push({ type: 'appeal', reasons: ['Capaian tidak dihitung'] }, employee);
    push(
      {
        type: 'decide-appeal',
        decision: 'granted',
        reason: 'Bukti mendukung',
        revised: { ratings: { perilaku: 'sangat-baik' } },
      },
      atasan,
    );
    return out;
  }

  it('lets a finalised evaluation move on through release, appeal and decision', async () => {
    const store = createMemoryStore();
    const states = life();
    await saveThrough(store, states);
    const last = states[states.length - 1] as Evaluation;
    expect(last.state).toBe('decided');
    expect(await store.getEvaluation(AGENCY, last.id)).toEqual(last);
  });

  it('refuses any other change of a finalised evaluation', async () => {
    const store = createMemoryStore();
    const states = life();
    const finalised = states[3] as Evaluation;
    expect(finalised.state).toBe('finalised');
    await saveThrough(store, states.slice(0, 4));
    const options = { ...change, expectedRevision: finalised.revision };
    const edits: Evaluation[] = [
      // A step the lifecycle does not have (back to assessed).
      {
        ...finalised,
        state: 'assessed',
        revision: finalised.revision + 1,
        history: [
          ...finalised.history,
          {
            ...(finalised.history[2] as HistoryEntry),
            from: 'finalised',
            to: 'assessed',
            revision: finalised.revision + 1,
          },
        ],
      },
      // The assessment rewritten along with a legitimate release.
      {
        ...(states[4] as Evaluation),
        supervisorAssessment: {
          ...(finalised.supervisorAssessment as SupervisorAssessment),
          notes: 'edited',
        },
      },
      // The result of record changed by a release.
      { ...(states[4] as Evaluation), ofRecord: { ...(finalised.ofRecord as RecordOfResult), ratings: {} } },
      // History rewritten.
      {
        ...(states[4] as Evaluation),
        history: [
          { ...(finalised.history[0] as HistoryEntry), actor: 'X' },
          ...(states[4] as Evaluation).history.slice(1),
        ],
      },
    ];
    for (const edit of edits) {
      const e = await rejection(store.saveEvaluation(edit, options));
      expect(e.code).toBe('storage.finalised');
      expect(e.message).toContain('appendCorrection');
    }
    expect(await store.getEvaluation(AGENCY, finalised.id)).toEqual(finalised);
  });

  it('keeps the result of a finalised evaluation: created once, never replaced', async () => {
    const store = createMemoryStore();
    const states = life();
    const ev = states[3] as Evaluation;
    const record: ResultRecord = resultRecord('res-1', { evaluationId: ev.id });
    await store.saveResult(record, change); // before the evaluation is stored: free
    await store.saveResult(record, change);
    await saveThrough(store, states.slice(0, 4));
    const e = await rejection(store.saveResult(record, change));
    expect(e.code).toBe('storage.finalised');
    expect(e.issues[0]?.path).toEqual(['record']);
    const bulk = await rejection(store.saveResults([resultRecord('other'), record], change));
    expect(codes(bulk)).toEqual(['storage.finalised records.1']);
    expect(await store.getResult(AGENCY, 'other')).toBeNull();
    // A first result of a finalised evaluation is fine.
    await store.saveResult(resultRecord('res-2', { evaluationId: ev.id }), change);
  });

  it('leaves SKP plans to the revision rule alone', async () => {
    const store = createMemoryStore();
    const plan = {
      id: 'skp-1',
      agencyId: AGENCY,
      unitId: 'dinkes',
      employeeId: 'E1',
      supervisorId: 'S1',
      period: YEAR,
      state: 'approved',
      revision: 3,
      content: { rhk: ['a'] },
      returned: null,
      approved: { by: 'S1', on: '2025-01-10' },
      history: [
        {
          action: 'create',
          actor: 'E1',
          role: 'pegawai',
          asOf: '2025-01-05',
          reason: null,
          from: null,
          to: 'draft',
          revision: 1,
        },
        {
          action: 'submit',
          actor: 'E1',
          role: 'pegawai',
          asOf: '2025-01-06',
          reason: null,
          from: 'draft',
          to: 'submitted',
          revision: 2,
        },
        {
          action: 'approve',
          actor: 'S1',
          role: 'pejabat-penilai',
          asOf: '2025-01-10',
          reason: null,
          from: 'submitted',
          to: 'approved',
          revision: 3,
        },
      ],
    } as never;
    await store.saveSkp(plan, create());
    const changed = {
      ...(plan as object),
      content: { rhk: ['b'] },
      revision: 4,
      history: [
        ...(plan as { history: object[] }).history.slice(0, 2),
        {
          action: 'approve',
          actor: 'S1',
          role: 'pejabat-penilai',
          asOf: '2025-01-10',
          reason: null,
          from: 'submitted',
          to: 'approved',
          revision: 4,
        },
      ],
    } as never;
    expect((await store.saveSkp(changed, { ...change, expectedRevision: 3 })).revision).toBe(4);
  });
});

describe('rulesets', () => {
  it('are write-once: identical again is false without an event; different is refused', async () => {
    const store = createMemoryStore();
    expect(await store.putRuleset(AGENCY, rulesetDoc(1), change)).toBe(true);
    expect(await store.putRuleset(AGENCY, { ...rulesetDoc(1) }, change)).toBe(false);
    expect((await store.listAudit(AGENCY)).items).toHaveLength(1);
    const e = await rejection(store.putRuleset(AGENCY, rulesetDoc(1, 'Palu'), change));
    expect(e.code).toBe('storage.ruleset-exists');
    expect((await store.getRuleset(AGENCY, 'palu-2025', 1))?.document).toEqual(rulesetDoc(1));
  });

  it('must parse; issues are under `document`', async () => {
    const store = createMemoryStore();
    const e = await rejection(
      store.putRuleset(AGENCY, { ...rulesetDoc(1), extends: 'no-such-pack' }, change),
    );
    expect(e.issues[0]).toMatchObject({ code: 'ruleset.unknown-pack', path: ['document', 'extends'] });
  });

  it('gives the highest version numerically, and lists by id then version', async () => {
    const store = createMemoryStore();
    for (const v of [2, 10, 1]) await store.putRuleset(AGENCY, rulesetDoc(v), change);
    await store.putRuleset(AGENCY, { ...rulesetDoc(1), id: 'palu' }, change);
    expect((await store.getRuleset(AGENCY, 'palu-2025'))?.version).toBe(10);
    expect((await store.getRuleset(AGENCY, 'palu'))?.version).toBe(1);
    expect(await store.getRuleset(AGENCY, 'palu-2026')).toBeNull();
    expect(await store.listRulesets(AGENCY)).toEqual([
      { id: 'palu', version: 1 },
      { id: 'palu-2025', version: 1 },
      { id: 'palu-2025', version: 2 },
      { id: 'palu-2025', version: 10 },
    ]);
  });
});

describe('listing', () => {
  async function filled(n: number): Promise<EvaluationStore> {
    const store = createMemoryStore();
    const records = Array.from({ length: n }, (_, i) =>
      resultRecord(`r${String((i * 37) % n).padStart(4, '0')}`, {
        unitId: i % 2 === 0 ? 'even' : 'odd',
        period: i % 3 === 0 ? YEAR : LEAP,
      }),
    );
    await store.saveResults(records, change);
    return store;
  }

  it('returns every row exactly once, in key order, page by page', async () => {
    const store = await filled(250);
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.listResults({ agencyId: AGENCY, limit: 100, ...(cursor ? { cursor } : {}) });
      ids.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(250);
  });

  it('filters by unit, employee and period', async () => {
    const store = await filled(30);
    const odd = await store.listResults({ agencyId: AGENCY, unitId: 'odd', limit: 1000 });
    expect(odd.items).toHaveLength(15);
    expect(odd.items.every((r) => r.unitId === 'odd')).toBe(true);
    const leap = await store.listResults({
      agencyId: AGENCY,
      period: { start: '2024-01-01', end: '2024-12-31' } as never,
    });
    expect(leap.items).toHaveLength(20);
    expect(leap.items[0]?.period).toEqual(LEAP);
    const one = await store.listResults({ agencyId: AGENCY, employeeId: 'E-r0000' });
    expect(one.items.map((r) => r.id)).toEqual(['r0000']);
    expect((await store.listResults({ agencyId: 'other' })).items).toEqual([]);
  });

  it('rejects a bad limit and a bad cursor', async () => {
    const store = await filled(3);
    for (const limit of [0, 1001, 1.5, Number.NaN]) {
      const e = await rejection(store.listResults({ agencyId: AGENCY, limit }));
      expect(codes(e)).toEqual(['storage.invalid-limit limit']);
    }
    const first = await store.listResults({ agencyId: AGENCY, limit: 1 });
    const cursor = first.nextCursor as string;
    for (const bad of ['x', `${cursor}=`, 'abc!', '']) {
      const e = await rejection(store.listResults({ agencyId: AGENCY, cursor: bad }));
      expect(e.code).toBe('storage.invalid-cursor');
    }
    const e = await rejection(store.listEvaluations({ agencyId: AGENCY, cursor }));
    expect(e.code).toBe('storage.invalid-cursor');
  });

  it('pages the audit log by seq', async () => {
    const store = await filled(5);
    const first = await store.listAudit(AGENCY, { limit: 2 });
    expect(first.items.map((e) => e.seq)).toEqual([1, 2]);
    const rest = await store.listAudit(AGENCY, { cursor: first.nextCursor as string });
    expect(rest).toMatchObject({ nextCursor: null });
    expect(rest.items.map((e) => e.seq)).toEqual([3, 4, 5]);
  });
});

describe('exact values', () => {
  it('round-trips 0.1, 30-digit decimals and leap days', async () => {
    const store = createMemoryStore();
    const big = '123456789012345678901234567890.123456789012345678901234567890';
    await store.saveResult(resultRecord('a', { result: scored('0.1'), period: LEAP }), change);
    await store.saveResult(resultRecord('b', { result: scored('-999999999999999999999999999999') }), change);
    await store.saveResult(resultRecord('c', { result: scored(null, 'sangat-baik') }), change);
    expect((await store.getResult(AGENCY, 'a'))?.result.score).toBe('0.1');
    expect((await store.getResult(AGENCY, 'a'))?.period).toEqual({ start: '2024-02-29', end: '2024-02-29' });
    expect((await store.getResult(AGENCY, 'b'))?.result.score).toBe('-999999999999999999999999999999');
    expect((await store.getResult(AGENCY, 'c'))?.result.score).toBeNull();
    const entry = await store.appendLedgerEntry(ledgerEntry({ angkaKredit: big }), change);
    expect(entry.angkaKredit).toBe(big);
    expect((await store.listLedger(AGENCY, 'P-014'))[0]?.angkaKredit).toBe(big);
    await store.setUnitPredikat(unitPredikat('u', { period: LEAP }), change);
    expect(await store.getUnitPredikat(AGENCY, 'u', LEAP)).toMatchObject({ period: LEAP, revision: 1 });
  });
});

describe('ledger', () => {
  it('numbers entries per employee, keeps employees apart, pages internally', async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 3; i++) await store.appendLedgerEntry(ledgerEntry({ employeeId: 'E1' }), change);
    await store.appendLedgerEntry(ledgerEntry({ employeeId: 'E1#2' }), change);
    await store.appendLedgerEntry(ledgerEntry({ employeeId: 'E' }), change);
    expect((await store.listLedger(AGENCY, 'E1')).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await store.listLedger(AGENCY, 'E1#2')).map((e) => e.seq)).toEqual([1]);
    const all = await store.listLedgerEntries({ agencyId: AGENCY });
    expect(all.items.map((e) => `${e.employeeId}/${e.seq}`)).toEqual([
      'E/1',
      'E1/1',
      'E1/2',
      'E1/3',
      'E1#2/1',
    ]);
    const y2025 = await store.listLedgerEntries({ agencyId: AGENCY, period: YEAR });
    expect(y2025.items).toHaveLength(5);
  });

  it('lists more than a backend page of one employee', async () => {
    const store = createMemoryStore();
    await store.transaction(async (tx) => {
      for (let i = 0; i < 1005; i++) await tx.appendLedgerEntry(ledgerEntry(), change);
    });
    const entries = await store.listLedger(AGENCY, 'P-014');
    expect(entries).toHaveLength(1005);
    expect(entries[1004]?.seq).toBe(1005);
  });
});

describe('transactions', () => {
  it('commits together, or leaves no trace when the function throws', async () => {
    const store = createMemoryStore();
    await store.saveResult(resultRecord('kept'), change);
    const boom = new Error('boom');
    await expect(
      store.transaction(async (tx) => {
        await tx.saveResult(resultRecord('gone'), change);
        await tx.saveResult(resultRecord('kept'), change);
        await tx.appendLedgerEntry(ledgerEntry(), change);
        await tx.putRuleset(AGENCY, rulesetDoc(), change);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await store.getResult(AGENCY, 'gone')).toBeNull();
    expect((await store.getResult(AGENCY, 'kept'))?.revision).toBe(1);
    expect(await store.listLedger(AGENCY, 'P-014')).toEqual([]);
    expect(await store.listRulesets(AGENCY)).toEqual([]);
    expect((await store.listAudit(AGENCY)).items).toHaveLength(1);
    // The log continues without a gap.
    await store.saveResult(resultRecord('next'), change);
    expect((await store.listAudit(AGENCY)).items.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('joins nested calls, also through the outer store; a store outlives its transaction only to refuse', async () => {
    const store = createMemoryStore();
    let escaped: EvaluationStore | undefined;
    const n = await store.transaction(async (tx) => {
      escaped = tx;
      await tx.transaction(async (inner) => inner.saveResult(resultRecord('a'), change));
      await store.saveResult(resultRecord('b'), change); // joins rather than waiting for itself
      return (await tx.listResults({ agencyId: AGENCY })).items.length;
    });
    expect(n).toBe(2);
    const e = await rejection((escaped as EvaluationStore).saveResult(resultRecord('c'), change));
    expect(e.code).toBe('storage.transaction-closed');
  });

  it('joins in the core, whatever the backend: one backend transaction for everything inside', async () => {
    const memory = createMemoryBackend();
    let opened = 0;
    const counting: StoreBackend = {
      capabilities: memory.capabilities,
      transaction: (fn) => {
        opened += 1;
        return memory.transaction(fn);
      },
      close: () => memory.close(),
    };
    const store = createStoreFromBackend(counting);
    await store.transaction(async (tx) => {
      await store.saveResult(resultRecord('a'), change);
      await store.transaction((again) => again.saveResult(resultRecord('b'), change));
      await tx.saveResult(resultRecord('c'), change);
    });
    expect(opened).toBe(1);
    await store.getResult(AGENCY, 'a');
    expect(opened).toBe(2);
  });

  it('rolls back a bulk save that fails in a later chunk', async () => {
    const store = createMemoryStore();
    const states = [inState('finalised')];
    await saveThrough(store, states);
    const locked = resultRecord('r-locked', { evaluationId: (states[0] as Evaluation).id });
    await store.saveResult(locked, change);
    const records = Array.from({ length: 1200 }, (_, i) => resultRecord(`r${i}`));
    records.push(locked);
    const e = await rejection(store.saveResults(records, change));
    expect(codes(e)).toEqual(['storage.finalised records.1200']);
    expect((await store.listResults({ agencyId: AGENCY, limit: 1000 })).items.map((r) => r.id)).toEqual([
      'r-locked',
    ]);
    expect((await store.listAudit(AGENCY)).items).toHaveLength(2);
  });
});

describe('the audit log', () => {
  it('chains events with hashes and records before and after', async () => {
    const backend = createMemoryBackend();
    const store = createStoreFromBackend(backend);
    const ev = inState('open');
    await store.saveEvaluation(ev, { ...create('2026-01-02T08:00:00+07:00'), reason: 'opened' });
    await store.saveResult(resultRecord('r1'), change);
    await store.saveResult(resultRecord('r1', { result: scored('90', 'sangat-baik') }), change);
    const correction = await store.appendCorrection(
      {
        agencyId: AGENCY,
        entity: { kind: 'evaluation', id: ev.id },
        data: { field: 'notes' },
        reason: 'typo',
      },
      change,
    );
    const { items } = await store.listAudit(AGENCY);
    expect(items.map((e) => [e.seq, e.action, e.entity.kind, e.revision])).toEqual([
      [1, 'create', 'evaluation', 1],
      [2, 'create', 'result', 1],
      [3, 'update', 'result', 2],
      [4, 'correction', 'evaluation', null],
    ]);
    expect(items[0]).toMatchObject({
      at: '2026-01-02T08:00:00+07:00',
      actor: 'hr-01',
      reason: 'opened',
      before: null,
    });
    expect(items[0]?.after).toEqual(ev);
    expect(items[0]?.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < items.length; i++) expect(items[i]?.prevHash).toBe(items[i - 1]?.hash);
    expect(items[2]).toMatchObject({
      before: {
        ruleset: { id: 'permenpanrb-6-2022', version: 1 },
        predikat: 'baik',
        score: '85.50',
        evaluationId: null,
      },
      after: { predikat: 'sangat-baik', score: '90' },
    });
    const row = backend.raw.rows('result', AGENCY)[0];
    expect(items[2]?.afterHash).toBe(sha256Hex(row?.doc ?? ''));
    expect(correction).toEqual(items[3]);
    expect(correction).toMatchObject({ after: { field: 'notes' }, afterHash: null, reason: 'typo' });
  });

  it('keeps agencies apart', async () => {
    const store = createMemoryStore();
    await store.saveResult(resultRecord('a'), change);
    await store.saveResult(resultRecord('a', { agencyId: 'serang' }), change);
    expect(await store.listAgencies()).toEqual(['kota-palu', 'serang']);
    expect((await store.listAudit('serang')).items.map((e) => e.seq)).toEqual([1]);
  });
});

describe('rows read back', () => {
  it('are malformed-row issues, never wrong values', async () => {
    const backend = createMemoryBackend();
    const store = createStoreFromBackend(backend);
    await store.saveResult(resultRecord('r1'), change);
    await store.saveResult(resultRecord('r2'), change);
    await store.saveResult(resultRecord('r3'), change);
    const [r1, r2, r3] = backend.raw.rows('result', AGENCY);
    backend.raw.putRow({
      ...(r1 as StoreRow),
      doc: (r1?.doc ?? '').replace('"score":"85.50"', '"score":"85,50"'),
    });
    backend.raw.putRow({ ...(r2 as StoreRow), doc: '{"agencyId":' });
    backend.raw.putRow({ ...(r3 as StoreRow), unitId: 'elsewhere' });
    const bad = await rejection(store.getResult(AGENCY, 'r1'));
    expect(bad.issues[0]).toMatchObject({
      code: 'storage.malformed-row',
      path: ['result', AGENCY, 'r1', 'result', 'score'],
    });
    const notJson = await rejection(store.getResult(AGENCY, 'r2'));
    expect(notJson.issues[0]?.path).toEqual(['result', AGENCY, 'r2']);
    const column = await rejection(store.getResult(AGENCY, 'r3'));
    expect(column.issues[0]?.path).toEqual(['result', AGENCY, 'r3', 'unitId']);
    expect(column.issues[0]?.message.en).toBe(
      'The stored result "r3" cannot be read: the column unitId ("elsewhere") disagrees with the record ("dinkes")',
    );
    expect((await rejection(store.listResults({ agencyId: AGENCY }))).code).toBe('storage.malformed-row');
  });
});
