/**
 * The store's schemas: JSON-Schema-able, the one list of record kinds, and the contract of
 * `kinerja/storage`: whatever the arguments, only the library's own errors (never a TypeError, never
 * a stack overflow).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { assertIsoDate } from '../date';
import { KinerjaError, parseWithSchema } from '../explain';
import {
  createSkpPlan,
  EVALUATION_STATES,
  evaluationSchema,
  type SkpPlan,
  skpPlanSchema,
  transitionSkpPlan,
} from '../workflow';
import { inState } from '../workflow/test-support';
import { verifyAudit } from './audit';
import { createStoreFromBackend } from './core';
import { RevisionConflictError, StoreError } from './errors';
import { createMemoryStore } from './memory';
import {
  STORE_ENTITY_KINDS,
  STORE_SCHEMAS,
  type storeChangeSchema,
  storeEvaluationSchema,
  type storeLedgerEntrySchema,
  type storeResultRecordSchema,
  type storeSaveOptionsSchema,
  storeSkpPlanSchema,
  type storeUnitPredikatSchema,
  type storeUpsertOptionsSchema,
} from './schemas';
import {
  AGENCY,
  change,
  create,
  ledgerEntry,
  resultRecord,
  rulesetDoc,
  unitPredikat,
} from './store.test-support';
import type {
  ChangeContext,
  EvaluationStore,
  LedgerEntryRecord,
  ResultRecord,
  SaveOptions,
  StoreEntityKind,
  UnitPredikatRecord,
  UpsertOptions,
} from './types';
import { openStore } from './url';

// Type tests: every value of a documented type is one its schema accepts (the schemas are the
// source; the interfaces add the typed `result`, `period` and decimals on top).
type Accepts<S extends z.ZodType, T> = T extends z.input<S> ? true : false;
/** A type literal of an interface's fields (an interface has no implicit index signature). */
type Flat<T> = { [K in keyof T]: T[K] extends object ? Flat<T[K]> : T[K] };
type StampedResult = Omit<ResultRecord, 'result'> & {
  readonly result: Flat<Pick<ResultRecord['result'], 'ruleset' | 'predikat' | 'score'>>;
};
const typeChecks: [
  Accepts<typeof storeChangeSchema, ChangeContext>,
  Accepts<typeof storeSaveOptionsSchema, SaveOptions>,
  Accepts<typeof storeUpsertOptionsSchema, UpsertOptions>,
  Accepts<typeof storeUnitPredikatSchema, UnitPredikatRecord>,
  Accepts<typeof storeLedgerEntrySchema, LedgerEntryRecord>,
  Accepts<typeof storeResultRecordSchema, StampedResult>,
  StoreEntityKind extends (typeof STORE_ENTITY_KINDS)[number] ? true : false,
] = [true, true, true, true, true, true, true];

/** An approved SKP plan, as the workflow produces it. */
function skpPlan(): SkpPlan {
  const asOf = assertIsoDate('2025-01-05');
  const input = {
    id: 'skp-1',
    agencyId: AGENCY,
    unitId: 'dinkes',
    employeeId: 'E1',
    supervisorId: 'S1',
    period: { start: '2025-01-01', end: '2025-12-31' },
    content: { rhk: [] },
  };
  const draft = createSkpPlan(input, { id: 'E1' }, { asOf });
  if (!draft.ok) throw new Error('createSkpPlan');
  const submitted = transitionSkpPlan(draft.value, { type: 'submit' }, { id: 'E1' }, { asOf });
  if (!submitted.ok) throw new Error('submit');
  const approved = transitionSkpPlan(submitted.value, { type: 'approve' }, { id: 'S1' }, { asOf });
  if (!approved.ok) throw new Error('approve');
  return approved.value;
}

/** `depth` nested arrays around a number. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('store schemas', () => {
  it('are the source of the types (checked at compile time)', () => {
    expect(typeChecks.every(Boolean)).toBe(true);
  });

  it('convert to JSON Schema, each under its store-* name', () => {
    expect(Object.keys(STORE_SCHEMAS).every((k) => k.startsWith('store-'))).toBe(true);
    for (const [name, schema] of Object.entries(STORE_SCHEMAS)) {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      expect(json, name).toMatchObject({ type: 'object' });
    }
  });

  it('accept every evaluation the workflow produces', () => {
    for (const state of EVALUATION_STATES) {
      expect(parseWithSchema(storeEvaluationSchema, inState(state)).ok, state).toBe(true);
    }
  });

  it("keep evaluations and SKP plans in the workflow's one shape (the same JSON Schema)", () => {
    for (const [store, workflow] of [
      [storeEvaluationSchema, evaluationSchema],
      [storeSkpPlanSchema, skpPlanSchema],
    ] as const) {
      const { title, ...stored } = z.toJSONSchema(store, { io: 'input' }) as Record<string, unknown>;
      expect(title).toMatch(/^kinerja stored /);
      expect(stored).toEqual(z.toJSONSchema(workflow, { io: 'input' }));
    }
  });

  it("reject what the workflow's schema rejects, with the workflow's codes", () => {
    const ev = inState('released');
    for (const bad of [
      { ...ev, id: '  ' },
      { ...ev, state: 'closed' },
      { ...ev, releasedOn: '2026-02-30' },
      {
        ...ev,
        conflicts: [
          { assessorId: 'S1', relation: ' ', declaredOn: '2026-01-02', declaredBy: 'H1', notes: null },
        ],
      },
      { ...ev, history: [{ ...ev.history[0], action: 'reopen' }] },
    ]) {
      const workflow = parseWithSchema(evaluationSchema, bad);
      const stored = parseWithSchema(storeEvaluationSchema, bad);
      expect(workflow.ok).toBe(false);
      expect(stored.ok ? [] : stored.issues.map((i) => i.code)).toEqual(
        workflow.ok ? [] : workflow.issues.map((i) => i.code),
      );
    }
  });

  it("add the store's id rule wherever the workflow's schema has an id, and only there", () => {
    const ev = inState('decided');
    const tooLong = 'x'.repeat(201);
    const r = parseWithSchema(storeEvaluationSchema, {
      ...ev,
      supervisorId: tooLong,
      appeal: { ...ev.appeal, decidedBy: 'A\u0000' },
      history: ev.history.map((h, i) => (i === 1 ? { ...h, actor: '\uD800' } : h)),
      conflicts: [
        {
          assessorId: 'S\n1',
          relation: `kel\nuarga ${tooLong}`,
          declaredOn: '2026-01-02',
          declaredBy: 'H1',
          notes: null,
        },
      ],
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'storage.value-too-long supervisorId',
      'storage.invalid-id appeal.decidedBy',
      'storage.invalid-id conflicts.0.assessorId',
      'storage.invalid-id history.1.actor',
    ]);
    expect(r.ok ? undefined : r.issues[0]?.params).toMatchObject({ column: 'supervisorId', maximum: 200 });
    // A relation is text, not an id: any length, any character.
    const relation = `kel\nuarga ${tooLong}`;
    const withRelation = {
      ...ev,
      conflicts: [{ assessorId: 'S1', relation, declaredOn: '2026-01-02', declaredBy: 'H1', notes: null }],
    };
    expect(parseWithSchema(storeEvaluationSchema, withRelation).ok).toBe(true);
    const plan = { ...skpPlan(), supervisorId: 'S\u0007' };
    expect(parseWithSchema(skpPlanSchema, plan).ok).toBe(true);
    const refused = parseWithSchema(storeSkpPlanSchema, plan);
    expect(refused.ok ? [] : refused.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'storage.invalid-id supervisorId',
    ]);
  });

  it('accept every SKP plan the workflow produces', () => {
    expect(parseWithSchema(storeSkpPlanSchema, skpPlan()).ok).toBe(true);
  });

  it('name the record kinds once', () => {
    expect(STORE_ENTITY_KINDS).toEqual([
      'ruleset',
      'skp',
      'evaluation',
      'result',
      'unit-predikat',
      'ledger-entry',
    ]);
    expect(Object.isFrozen(STORE_ENTITY_KINDS)).toBe(true);
  });
});

describe('10,000-level nesting in any save', () => {
  const deep = nested(10_000);
  const saves: [string, (s: EvaluationStore) => Promise<unknown>][] = [
    ['saveEvaluation', (s) => s.saveEvaluation({ ...inState('open'), extra: deep } as never, create())],
    [
      'saveEvaluation ratings',
      (s) => {
        const ev = inState('self-assessed');
        return s.saveEvaluation(
          { ...ev, selfAssessment: { ...(ev.selfAssessment as object), ratings: deep } } as never,
          create(),
        );
      },
    ],
    ['saveSkp', (s) => s.saveSkp({ content: deep } as never, create())],
    [
      'saveResult',
      (s) =>
        s.saveResult(
          resultRecord('r', { result: { ...resultRecord('r').result, x: deep } as never }),
          change,
        ),
    ],
    ['saveResults', (s) => s.saveResults([resultRecord('r', { result: deep as never })], change)],
    ['putRuleset', (s) => s.putRuleset(AGENCY, { ...rulesetDoc(), x: deep } as never, change)],
    ['setUnitPredikat', (s) => s.setUnitPredikat({ ...unitPredikat(), note: deep } as never, change)],
    ['appendLedgerEntry', (s) => s.appendLedgerEntry({ ...ledgerEntry(), note: deep } as never, change)],
    [
      'appendCorrection',
      (s) =>
        s.appendCorrection(
          { agencyId: AGENCY, entity: { kind: 'evaluation', id: 'x' }, data: deep, reason: 'r' } as never,
          change,
        ),
    ],
    ['change context', (s) => s.setUnitPredikat(unitPredikat(), { ...change, reason: deep } as never)],
    ['listResults', (s) => s.listResults({ agencyId: AGENCY, period: deep } as never)],
  ];
  for (const [name, save] of saves) {
    it(`${name}: input.too-deep, nothing written`, async () => {
      const store = createMemoryStore();
      const e = await rejection(save(store));
      expect(e).toBeInstanceOf(StoreError);
      expect((e as StoreError).issues.map((i) => i.code)).toContain('input.too-deep');
      expect((await store.listAudit(AGENCY)).items).toEqual([]);
    });
  }
});

/** Hostile arguments: the kinds the contract test sends. */
const GARBAGE: readonly unknown[] = [
  undefined,
  null,
  42,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'sqlite:',
  {},
  [],
  // biome-ignore lint/suspicious/noSparseArray: a sparse array is one of the attacks
  [1, , 3],
  { toString: 1, valueOf: 1 },
  JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}'),
  () => 1,
  Symbol('s'),
  10n,
  nested(10_000),
];

/** `{}` exactly. */
function isPlainEmpty(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Reflect.ownKeys(v).length === 0;
}

describe('kinerja/storage never throws anything but its own errors', () => {
  it('openStore: garbage URLs and options are StoreErrors', async () => {
    for (const url of GARBAGE) {
      const e = await rejection(openStore(url as string));
      expect(e, String(typeof url)).toBeInstanceOf(StoreError);
    }
    for (const options of [null, 42, 'x', [], { migrate: 'yes' }]) {
      const e = await rejection(openStore('memory', options as never));
      expect(e).toBeInstanceOf(StoreError);
      expect((e as StoreError).issues[0]?.path[0]).toBe('options');
    }
    const memory = await openStore('memory', undefined);
    expect(memory.capabilities.adapter).toBe('memory');
  });

  it('openStore: a bad URL is shown without its password', async () => {
    const e = await rejection(openStore('postgresx://kinerja:s3cret@db.example/kinerja'));
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).message).not.toContain('s3cret');
    expect((e as StoreError).message).toContain('***');
  });

  it('verifyAudit: garbage stores and agency ids are StoreErrors', async () => {
    const store = createMemoryStore();
    for (const g of GARBAGE) {
      expect(await rejection(verifyAudit(g as never, AGENCY))).toBeInstanceOf(StoreError);
      if (g === 'sqlite:') continue; // a valid agency id
      // {} is the options form (every agency, no checkpoint): an array of reports.
      if (isPlainEmpty(g)) {
        expect(await verifyAudit(store, g as never)).toEqual([]);
        continue;
      }
      expect(await rejection(verifyAudit(store, g as never))).toBeInstanceOf(StoreError);
    }
    expect((await verifyAudit(store, AGENCY)).ok).toBe(true);
  });

  it('createStoreFromBackend: garbage backends are StoreErrors', () => {
    for (const g of GARBAGE) expect(() => createStoreFromBackend(g as never)).toThrow(StoreError);
  });

  it('every store method: garbage arguments are StoreErrors, never TypeErrors', async () => {
    const store = createMemoryStore();
    const methods = Object.keys(store).filter(
      (k) => typeof (store as unknown as Record<string, unknown>)[k] === 'function' && k !== 'close',
    );
    expect(methods.length).toBeGreaterThan(20);
    for (const name of methods) {
      const fn = (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name] as (
        ...a: unknown[]
      ) => Promise<unknown>;
      for (const g of GARBAGE) {
        for (const args of [[g], [g, g], [g, g, g], [AGENCY, g], [AGENCY, g, g], []]) {
          let e: unknown;
          try {
            await fn(...args);
          } catch (x) {
            e = x;
          }
          if (e !== undefined && !(e instanceof KinerjaError)) {
            throw new Error(`${name}(${args.map((a) => typeof a).join(', ')}) threw ${String(e)}`);
          }
        }
      }
    }
  });
});

describe('the error classes', () => {
  it('construct from anything without a TypeError', () => {
    for (const g of GARBAGE) {
      expect(new StoreError(g as never).code).toBe('storage.error');
      expect(new RevisionConflictError(g as never, g as never, g as never, g as never)).toBeInstanceOf(
        StoreError,
      );
    }
  });
});
