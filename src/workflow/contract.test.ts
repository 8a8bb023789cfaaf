/**
 * The workflow's side of the contract: whatever the arguments, every function returns its answer
 * (a `Result`, or a `Decision` for `authorize*`), never throws, and never puts NaN or Infinity in a
 * success; the exported tables are deeply frozen; the schemas are the formats (JSON Schema, round
 * trip) and the public types agree with them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { addDays } from '../date/index';
import { parseWithSchema } from '../explain/index';
import { getPack } from '../ruleset/index';
import type { CreateSkpPlanInput, OpenEvaluationInput } from './index';
import * as workflow from './index';
import {
  authorize,
  authorizeSkpPlan,
  availableActions,
  createSkpPlan,
  EVALUATION_ACTIONS,
  EVALUATION_STATES,
  EVALUATION_TRANSITIONS,
  evaluationAppealDeadline,
  openEvaluation,
  SKP_PLAN_STATES,
  SKP_PLAN_TRANSITIONS,
  transition,
  transitionSkpPlan,
} from './index';
import {
  createSkpPlanInputSchema,
  evaluationActionSchema,
  evaluationSchema,
  openEvaluationInputSchema,
  skpPlanActionSchema,
  skpPlanSchema,
} from './schemas';
import { employee, hr, inState, lastDate, supervisor } from './test-support';
import type { Actor, Evaluation, EvaluationAction, SkpPlan, SkpPlanAction } from './types';

function nested(depth: number): unknown {
  let v: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) v = { a: v };
  return v;
}

function sparse(): unknown[] {
  const a: unknown[] = [];
  a[5] = 'x';
  return a;
}

/** The hostile values every argument is tried with. */
const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  JSON.parse('1e400'),
  0,
  '',
  'x',
  true,
  [],
  {},
  sparse(),
  JSON.parse('{"toString":1,"valueOf":2,"__proto__":{"id":"E1"},"constructor":3}'),
  { toString: 1 },
  { type: { toString: 1 } },
  { id: { toString: 1 } },
  nested(10_000),
  { type: 'appeal', reasons: nested(10_000) },
  { type: 'appeal', reasons: sparse() },
  new Array(100_000).fill('r'),
  { type: 'self-assess', ratings: new Array(100_000).fill(1) },
  Symbol('s'),
  () => 1,
  new Date(0),
];

/** Whether a value contains NaN or ±Infinity anywhere (iteratively). */
function hasNonFinite(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number' && !Number.isFinite(v)) return true;
    if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) stack.push((v as never)[k]);
  }
  return false;
}

function expectResult(r: unknown): void {
  expect(typeof r === 'object' && r !== null && 'ok' in r).toBe(true);
  const res = r as { ok: boolean; value?: unknown; issues?: unknown[] };
  if (res.ok) expect(hasNonFinite(res.value)).toBe(false);
  else expect(res.issues?.length).toBeGreaterThan(0);
}

function expectDecision(d: unknown): void {
  const decision = d as {
    allowed: unknown;
    reason: { code: unknown; message: { id: unknown; en: unknown } };
  };
  expect(typeof decision.allowed).toBe('boolean');
  expect(decision.reason.code).toMatch(/^workflow\.(allow|deny)\./);
  expect(typeof decision.reason.message.id).toBe('string');
  expect(typeof decision.reason.message.en).toBe('string');
}

const GOOD_INPUT = {
  id: 'ev-1',
  agencyId: 'kota-palu',
  unitId: 'dinkes',
  employeeId: 'E1',
  supervisorId: 'S1',
  atasanId: 'A1',
  period: { start: '2025-01-01', end: '2025-12-31' },
};

describe('no throw, whatever the arguments', () => {
  const ev = inState('released');
  const asOf = { asOf: addDays(lastDate(ev), 1) };
  /** Each function with a good argument list, to be spoiled one argument at a time. */
  const calls: Record<string, { fn: (...a: unknown[]) => unknown; good: unknown[]; decision?: true }> = {
    transition: {
      fn: transition as never,
      good: [ev, { type: 'appeal', reasons: ['x'] }, employee, asOf],
    },
    transitionSkpPlan: { fn: transitionSkpPlan as never, good: [{}, { type: 'submit' }, employee, asOf] },
    openEvaluation: { fn: openEvaluation as never, good: [GOOD_INPUT, hr, asOf] },
    createSkpPlan: {
      fn: createSkpPlan as never,
      good: [{ ...GOOD_INPUT, atasanId: undefined }, employee, asOf],
    },
    availableActions: { fn: availableActions as never, good: [ev, employee, asOf] },
    evaluationAppealDeadline: { fn: evaluationAppealDeadline as never, good: [ev, {}] },
    authorize: { fn: authorize as never, good: [employee, 'appeal', ev], decision: true },
    authorizeSkpPlan: { fn: authorizeSkpPlan as never, good: [employee, 'submit', ev], decision: true },
  };

  for (const [name, { fn, good, decision }] of Object.entries(calls)) {
    it(`${name}: every argument spoiled, missing or extra`, () => {
      const lists: unknown[][] = [[], good.slice(0, -1), [...good, 'extra', null]];
      for (let i = 0; i < good.length; i += 1)
        for (const bad of HOSTILE) lists.push(good.map((g, j) => (j === i ? bad : g)));
      for (const args of lists) {
        let out: unknown;
        expect(
          () => {
            out = fn(...args);
          },
          `${name}(${args.map((a) => typeof a).join(', ')})`,
        ).not.toThrow();
        if (decision) expectDecision(out);
        else expectResult(out);
      }
    });
  }

  it('transition never throws for arbitrary JSON arguments, and succeeds only with finite values', () => {
    const states = EVALUATION_STATES.map((s) => inState(s));
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...states), fc.jsonValue()),
        fc.oneof(
          fc.record({ type: fc.constantFrom(...EVALUATION_ACTIONS) }, { requiredKeys: [] }),
          fc.jsonValue(),
          fc.dictionary(fc.string(), fc.jsonValue()).map((d) => ({ ...d, type: 'self-assess' })),
        ),
        fc.oneof(fc.constantFrom<unknown>(employee, supervisor, hr), fc.jsonValue()),
        fc.oneof(fc.constant<unknown>(asOf), fc.jsonValue()),
        (e, a, who, options) => {
          const r = transition(e as never, a as never, who as never, options as never);
          expectResult(r);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('regressions: arguments that used to throw', () => {
    // authorize read the evaluation's ids from null (TypeError).
    expect(authorize(employee, 'appeal', null as never).reason.code).toBe('workflow.deny.invalid-input');
    expect(authorizeSkpPlan(employee, 'submit', undefined as never).reason.code).toBe(
      'workflow.deny.invalid-input',
    );
    // String() of an action type with a non-callable toString (TypeError).
    expect(authorize(employee, { type: { toString: 1 } } as never, ev).reason.code).toBe(
      'workflow.deny.unknown-action',
    );
    // availableActions read options.ruleset of null, and the evaluation's conflicts of garbage.
    expect(availableActions(ev, employee, null as never).ok).toBe(false);
    expect(availableActions({} as never, employee).ok).toBe(false);
    // evaluationAppealDeadline threw a KinerjaError for a bad ruleset value, a TypeError for null.
    expect(
      evaluationAppealDeadline(ev, { ruleset: { calendar: { appeal: { days: -1, kind: 'calendar' } } } }).ok,
    ).toBe(false);
    expect(evaluationAppealDeadline(null as never).ok).toBe(false);
    // transition read the history entries of an evaluation with garbage history (TypeError).
    const garbage = { ...ev, history: [null] } as never;
    const r = transition(garbage, { type: 'appeal', reasons: ['x'] }, employee, asOf);
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual(['evaluation.history.0']);
    // A hole in the reasons was skipped by map() and kept as a hole in the appeal.
    const holes = transition(ev, { type: 'appeal', reasons: sparse() } as never, employee, asOf);
    expect(holes.ok ? [] : holes.issues.map((i) => i.code)).toContain('workflow.reason-required');
    // 10,000-level nesting in a payload: the depth guard, not a stack overflow.
    const deep = transition(ev, { type: 'appeal', reasons: nested(10_000) } as never, employee, asOf);
    expect(deep.ok ? [] : deep.issues.map((i) => i.code)).toEqual(['input.too-deep']);
  });

  it('accepts the ruleset as a pack id, a parsed ruleset, or a compiled ruleset', () => {
    const opened = inState('open');
    const action: EvaluationAction = { type: 'self-assess', ratings: {} };
    const on = { asOf: addDays(lastDate(opened), 1) };
    for (const ruleset of [
      'permenpanrb-6-2022',
      getPack('permenpanrb-6-2022'),
      { ruleset: getPack('pp46-2011') },
    ])
      expect(transition(opened, action, employee, { ...on, ruleset: ruleset as never }).ok).toBe(true);
    const unknown = transition(opened, action, employee, { ...on, ruleset: 'no-such-pack' });
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.code)).toEqual(['ruleset.unknown-pack']);
  });
});

describe('frozen tables', () => {
  it('every exported table is deeply frozen', () => {
    const walk = (v: unknown, at: string): void => {
      if (typeof v !== 'object' || v === null) return;
      expect(Object.isFrozen(v), at).toBe(true);
      for (const [k, c] of Object.entries(v)) walk(c, `${at}.${k}`);
    };
    for (const [name, value] of Object.entries(workflow)) {
      if (name.endsWith('Schema') || typeof value === 'function') continue;
      walk(value, name);
    }
    expect(Object.isFrozen(EVALUATION_TRANSITIONS[0]?.by)).toBe(true);
  });

  it('pushing a row into EVALUATION_TRANSITIONS throws and changes nothing', () => {
    const ev = inState('open');
    const before = transition(ev, { type: 'finalise' }, supervisor, { asOf: addDays(lastDate(ev), 1) });
    expect(() =>
      (EVALUATION_TRANSITIONS as unknown as unknown[]).push({
        from: 'open',
        action: 'finalise',
        to: 'finalised',
        by: ['pejabat-penilai'],
        when: null,
      }),
    ).toThrow(TypeError);
    expect(() => {
      (EVALUATION_TRANSITIONS[0] as { to: string }).to = 'decided';
    }).toThrow(TypeError);
    expect(() => (SKP_PLAN_TRANSITIONS as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(() => (SKP_PLAN_STATES as unknown as unknown[]).push('x')).toThrow(TypeError);
    const after = transition(ev, { type: 'finalise' }, supervisor, { asOf: addDays(lastDate(ev), 1) });
    expect(after).toEqual(before);
    expect(after.ok ? [] : after.issues.map((i) => i.code)).toEqual(['workflow.invalid-transition']);
  });
});

describe('the schemas are the formats', () => {
  it('convert to JSON Schema', () => {
    for (const s of [
      evaluationSchema,
      skpPlanSchema,
      openEvaluationInputSchema,
      createSkpPlanInputSchema,
      evaluationActionSchema,
      skpPlanActionSchema,
    ]) {
      const json = z.toJSONSchema(s, { io: 'input' });
      expect(json.type ?? json.oneOf).toBeDefined();
    }
  });

  it('read every evaluation the lifecycle produces, as JSON, back to itself', () => {
    for (const state of EVALUATION_STATES) {
      const ev = inState(state);
      const r = parseWithSchema(evaluationSchema, JSON.parse(JSON.stringify(ev)));
      expect(r.ok && r.value).toEqual(ev);
    }
  });
});

// Compile-time checks: the documented public types and the schemas' types are the same (modulo
// `readonly`). A change to one without the other fails `tsc`.
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typesAgree: [
  Equal<Mutable<Evaluation>, Mutable<z.output<typeof evaluationSchema>>>,
  Equal<Mutable<SkpPlan>, Mutable<z.output<typeof skpPlanSchema>>>,
  Equal<Mutable<Actor>, Mutable<z.output<typeof workflow.actorSchema>>>,
  Equal<Mutable<SkpPlanAction>, Mutable<z.output<typeof skpPlanActionSchema>>>,
] = [true, true, true, true];
// Inputs: what the schema accepts is at least what the documented type allows.
const inputsFit: [
  Mutable<OpenEvaluationInput> extends z.input<typeof openEvaluationInputSchema> ? true : false,
  Mutable<CreateSkpPlanInput> extends z.input<typeof createSkpPlanInputSchema> ? true : false,
  EvaluationAction extends z.input<typeof evaluationActionSchema> ? true : false,
] = [true, true, true];
void typesAgree;
void inputsFit;
