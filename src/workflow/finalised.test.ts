/**
 * The finalised rule lives once (workflow/finalised.ts): the lifecycle table, transition() and
 * every store read it. These tests tie them together on a table of cases.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../date/index';
import { StoreError } from '../storage/errors';
import { createMemoryStore } from '../storage/memory';
import type { Evaluation, EvaluationAction, EvaluationState } from '.';
import { EVALUATION_STATES, EVALUATION_TRANSITIONS, finalisedViolation, isFinalised, transition } from '.';
import { atasan, employee, hr, inState, lastDate, supervisor } from './test-support';
import type { Actor } from './types';

const FINALISED: readonly EvaluationState[] = ['finalised', 'released', 'appealed', 'decided'];

describe('isFinalised', () => {
  it('is the lifecycle from `finalised` on, and nothing else', () => {
    const from = EVALUATION_STATES.indexOf('finalised');
    for (const [i, s] of EVALUATION_STATES.entries()) expect(isFinalised(s)).toBe(i >= from);
    for (const junk of [null, undefined, 42, 'FINALISED', {}, []]) expect(isFinalised(junk)).toBe(false);
  });

  it('is what the lifecycle table uses: after finalisation a reassignment changes only the atasan', () => {
    for (const t of EVALUATION_TRANSITIONS.filter((t) => t.action === 'reassign')) {
      if (isFinalised(t.from)) expect(t.when).toBe('atasan-only');
    }
  });
});

/** Every action someone may try on an evaluation, with the actor who would take it. */
const ATTEMPTS: readonly (readonly [EvaluationAction, Actor])[] = [
  [{ type: 'release' }, hr],
  [{ type: 'appeal', reasons: ['IKI 2 tidak dihitung'] }, employee],
  [{ type: 'decide-appeal', decision: 'rejected', reason: 'Bukti tidak mendukung' }, atasan],
  [
    {
      type: 'decide-appeal',
      decision: 'granted',
      reason: 'Bukti mendukung',
      revised: { ratings: { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'di-atas-ekspektasi' } },
    } as EvaluationAction,
    atasan,
  ],
  [{ type: 'declare-conflict', assessorId: 'Z7', relation: 'keluarga' } as EvaluationAction, hr],
  [{ type: 'reassign', atasanId: 'A2', reason: 'mutasi' } as EvaluationAction, hr],
  [{ type: 'reassign', supervisorId: 'S2', reason: 'mutasi' } as EvaluationAction, hr],
  [{ type: 'finalise' }, supervisor],
  [{ type: 'assess', ratings: { perilaku: 'x' }, needsDialogue: false } as EvaluationAction, supervisor],
];

async function storeAccepts(before: Evaluation, after: Evaluation): Promise<boolean> {
  const store = createMemoryStore();
  await store.saveEvaluation(before, { actor: 'app', at: '2026-03-01', expectedRevision: null });
  try {
    await store.saveEvaluation(after, { actor: 'app', at: '2026-03-01', expectedRevision: before.revision });
    return true;
  } catch (e) {
    if (e instanceof StoreError && e.code === 'storage.finalised') return false;
    throw e;
  }
}

describe('the finalised rule, transition() and the store agree', () => {
  it('accepts every step transition() takes from a finalised state', async () => {
    let taken = 0;
    for (const state of FINALISED) {
      const before = inState(state);
      for (const [action, actor] of ATTEMPTS) {
        const r = transition(before, action, actor, { asOf: addDays(lastDate(before), 1) });
        if (!r.ok) continue;
        taken += 1;
        expect(finalisedViolation(before, r.value), `${state} ${action.type}`).toBeNull();
        expect(await storeAccepts(before, r.value), `${state} ${action.type}`).toBe(true);
      }
    }
    expect(taken).toBeGreaterThanOrEqual(8);
  });

  it('refuses, with the same code in the workflow and the store, what no lifecycle step does', async () => {
    const finalised = inState('finalised');
    const released = transition(finalised, { type: 'release' }, hr, {
      asOf: addDays(lastDate(finalised), 1),
    });
    if (!released.ok) throw new Error('release failed');
    const next = released.value;
    const cases: readonly [string, Evaluation, string][] = [
      ['no new step', { ...finalised, dialogue: null }, 'workflow.finalised-no-step'],
      [
        'a frozen field with a release',
        { ...next, mediation: null, dialogue: null },
        'workflow.finalised-field-changed',
      ],
      ['the atasan without a reassignment', { ...next, atasanId: 'A9' }, 'workflow.finalised-atasan'],
      [
        'a conflict added by a release',
        {
          ...next,
          conflicts: [
            { assessorId: 'Z', relation: 'x', declaredOn: next.releasedOn, declaredBy: 'H1', notes: null },
          ] as never,
        },
        'workflow.finalised-conflicts',
      ],
      ['the result of record by a release', { ...next, ofRecord: null }, 'workflow.finalised-of-record'],
      [
        'the history rewritten',
        {
          ...next,
          history: [
            { ...(next.history[0] as Evaluation['history'][number]), actor: 'X' },
            ...next.history.slice(1),
          ],
        },
        'workflow.finalised-history-changed',
      ],
      [
        'a step that is not a transition',
        {
          ...next,
          state: 'assessed',
          history: [
            ...finalised.history,
            { ...(next.history.at(-1) as Evaluation['history'][number]), action: 'assess', to: 'assessed' },
          ],
        },
        'workflow.finalised-not-a-transition',
      ],
    ];
    for (const [name, after, code] of cases) {
      const v = finalisedViolation(finalised, after);
      expect(v?.code, name).toBe(code);
      expect(v?.message.en, name).not.toMatch(/undefined/);
      // A save without a new step keeps its revision: the store refuses it before the rule.
      if (code === 'workflow.finalised-no-step') continue;
      const store = createMemoryStore();
      await store.saveEvaluation(finalised, { actor: 'app', at: '2026-03-01', expectedRevision: null });
      const saved = store.saveEvaluation(after, {
        actor: 'app',
        at: '2026-03-01',
        expectedRevision: finalised.revision,
      });
      await expect(saved, name).rejects.toMatchObject({ code: 'storage.finalised' });
      const e = (await saved.catch((x: unknown) => x)) as StoreError;
      expect(e.issues[0]?.params?.rule, name).toBe(code);
      expect(e.issues[0]?.message.en, name).toContain(v?.message.en as string);
      expect(e.issues[0]?.message.id, name).toContain(v?.message.id as string);
    }
  });
});

describe('finalisedViolation on anything', () => {
  it('is an input.invalid-type issue, never a TypeError', () => {
    const ev = inState('finalised');
    for (const g of [
      undefined,
      null,
      42,
      'x',
      {},
      [],
      { history: [null], conflicts: [], appeal: null, revision: 1 },
    ]) {
      expect(finalisedViolation(g as never, ev)?.code).toBe('input.invalid-type');
      expect(finalisedViolation(ev, g as never)?.path).toEqual(['next']);
    }
  });
});
