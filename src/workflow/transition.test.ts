import { describe, expect, it } from 'vitest';
import { addDays } from '../date/index';
import { assertRuleset, getPack, parseRuleset } from '../ruleset/index';
import { EVALUATION_STATES, EVALUATION_TRANSITIONS, SKP_PLAN_TRANSITIONS } from './lifecycle';
import {
  atasan,
  d,
  employee,
  hr,
  inState,
  lastDate,
  opened,
  RATINGS,
  SELF_RATINGS,
  step,
  supervisor,
} from './test-support';
import { transition } from './transition';
import type { Evaluation, EvaluationAction, WorkflowRules } from './types';

function next(ev: Evaluation, rules?: WorkflowRules) {
  return rules === undefined
    ? { asOf: addDays(lastDate(ev), 1) }
    : { asOf: addDays(lastDate(ev), 1), ruleset: rules };
}

function codes(r: ReturnType<typeof transition>): string[] {
  return r.ok ? [] : r.issues.map((i) => i.code);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('the transition tables', () => {
  it('lead only between known states, and every state but the first is reachable', () => {
    for (const t of EVALUATION_TRANSITIONS) {
      expect(EVALUATION_STATES).toContain(t.from);
      expect(EVALUATION_STATES).toContain(t.to);
      expect(t.by.length).toBeGreaterThan(0);
    }
    const reachable = new Set(['open']);
    for (let i = 0; i < EVALUATION_STATES.length; i += 1)
      for (const t of EVALUATION_TRANSITIONS) if (reachable.has(t.from)) reachable.add(t.to);
    expect([...reachable].sort()).toEqual([...EVALUATION_STATES].sort());
    // decided is final: nothing leaves it.
    expect(EVALUATION_TRANSITIONS.filter((t) => t.from === 'decided')).toEqual([]);
    // Only an appeal decision leaves an appealed evaluation for another state.
    expect(
      EVALUATION_TRANSITIONS.filter((t) => t.from === 'appealed' && t.to !== 'appealed').map((t) => t.action),
    ).toEqual(['decide-appeal']);
    expect(SKP_PLAN_TRANSITIONS.map((t) => `${t.from} ${t.action} ${t.to}`)).toEqual([
      'draft submit submitted',
      'submitted approve approved',
      'submitted return draft',
    ]);
  });

  it('are plain data', () => {
    expect(JSON.parse(JSON.stringify(EVALUATION_TRANSITIONS))).toEqual(EVALUATION_TRANSITIONS);
  });
});

describe('transition', () => {
  it('walks the whole lifecycle, never changing its input, one revision and one history entry per step', () => {
    let ev = deepFreeze(opened());
    const walk: [EvaluationAction, typeof employee][] = [
      [{ type: 'self-assess', ratings: SELF_RATINGS, notes: 'Semua target tercapai' }, employee],
      [{ type: 'assess', ratings: RATINGS, result: { predikat: 'baik' }, needsDialogue: true }, supervisor],
      [{ type: 'start-dialogue' }, supervisor],
      [
        {
          type: 'record-dialogue',
          outcome: 'disagreed',
          notes: 'Perilaku diperdebatkan',
          heldOn: d('2026-01-05'),
        },
        supervisor,
      ],
      [
        {
          type: 'mediate',
          decision: 'revised',
          reason: 'Bukti kolaborasi lintas unit',
          revised: { ratings: SELF_RATINGS, result: { predikat: 'sangat-baik' } },
        },
        atasan,
      ],
      [{ type: 'release' }, hr],
    ];
    for (const [action, actor] of walk) {
      const r = transition(ev, deepFreeze(action), actor, next(ev));
      expect(codes(r)).toEqual([]);
      if (!r.ok) return;
      expect(r.value.revision).toBe(ev.revision + 1);
      expect(r.value.history.slice(0, -1)).toEqual(ev.history);
      expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
      ev = deepFreeze(r.value);
    }
    expect(ev.state).toBe('released');
    expect(ev.history.map((h) => `${h.from ?? '∅'}→${h.to} ${h.action} by ${h.role}`)).toEqual([
      '∅→open open by pengelola-kinerja',
      'open→self-assessed self-assess by pegawai',
      'self-assessed→assessed assess by pejabat-penilai',
      'assessed→in-dialogue start-dialogue by pejabat-penilai',
      'in-dialogue→disputed record-dialogue by pejabat-penilai',
      'disputed→finalised mediate by atasan-pejabat-penilai',
      'finalised→released release by pengelola-kinerja',
    ]);
    expect(ev.selfAssessment).toEqual({
      by: 'E1',
      on: '2026-01-03',
      ratings: SELF_RATINGS,
      result: null,
      notes: 'Semua target tercapai',
    });
    expect(ev.supervisorAssessment).toMatchObject({
      by: 'S1',
      needsDialogue: true,
      result: { predikat: 'baik' },
    });
    expect(ev.dialogue).toEqual({
      heldOn: '2026-01-05',
      outcome: 'disagreed',
      notes: 'Perilaku diperdebatkan',
      by: 'S1',
    });
    expect(ev.mediation).toEqual({
      by: 'A1',
      on: '2026-01-07',
      decision: 'revised',
      reason: 'Bukti kolaborasi lintas unit',
    });
    expect(ev.ofRecord).toEqual({
      ratings: SELF_RATINGS,
      result: { predikat: 'sangat-baik' },
      source: 'mediation',
      by: 'A1',
      on: '2026-01-07',
    });
    expect(ev.history.at(-2)?.reason).toBe('Bukti kolaborasi lintas unit');
  });

  it('copies the JSON it keeps, so later changes to the caller’s objects do not reach it', () => {
    const ratings = { perilaku: ['sesuai-ekspektasi'] };
    const ev = step(opened(), { type: 'self-assess', ratings }, employee);
    ratings.perilaku.push('di-atas-ekspektasi');
    expect(ev.selfAssessment?.ratings).toEqual({ perilaku: ['sesuai-ekspektasi'] });
  });

  it('refuses what is not plain JSON', () => {
    const ev = opened();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const [ratings, received] of [
      [{ a: Number.NaN }, 'NaN'],
      [{ a: undefined }, 'undefined'],
      [{ a: new Date(0) }, 'Date'],
      [{ f: () => 1 }, 'function'],
    ] as const) {
      const r = transition(ev, { type: 'self-assess', ratings: ratings as never }, employee, next(ev));
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.params?.received])).toEqual([
        ['workflow.not-json', received],
      ]);
    }
    // A cycle nests without end: the depth guard every reader shares reports it (it used to be
    // `workflow.not-json` "a cycle").
    const r = transition(ev, { type: 'self-assess', ratings: cyclic as never }, employee, next(ev));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['input.too-deep']);
  });

  describe('the ruleset settings', () => {
    it('self-assessment required (default) or optional', () => {
      const ev = opened();
      const assess: EvaluationAction = { type: 'assess', ratings: RATINGS, needsDialogue: false };
      expect(codes(transition(ev, assess, supervisor, next(ev)))).toEqual([
        'workflow.self-assessment-required',
      ]);
      const r = transition(ev, assess, supervisor, next(ev, { workflow: { selfAssessment: 'optional' } }));
      expect(r.ok && r.value.state).toBe('assessed');
    });

    it('dialogue on a gap (default), always, or optional', () => {
      const noGap = step(
        inState('self-assessed'),
        { type: 'assess', ratings: RATINGS, needsDialogue: false },
        supervisor,
      );
      const gap = inState('assessed');
      const fin: EvaluationAction = { type: 'finalise' };
      expect(transition(noGap, fin, supervisor, next(noGap)).ok).toBe(true);
      expect(codes(transition(gap, fin, supervisor, next(gap)))).toEqual(['workflow.dialogue-required']);
      const always = transition(noGap, fin, supervisor, next(noGap, { workflow: { dialogue: 'always' } }));
      expect(codes(always)).toEqual(['workflow.dialogue-required']);
      expect(always.ok ? '' : always.issues[0]?.message.en).toContain('requires a performance dialogue');
      expect(transition(gap, fin, supervisor, next(gap, { workflow: { dialogue: 'optional' } })).ok).toBe(
        true,
      );
      // A dialogue may always be held, even when not required.
      expect(step(noGap, { type: 'start-dialogue' }, employee).state).toBe('in-dialogue');
    });

    it('mediation required (default) or optional after a failed dialogue', () => {
      const disputed = inState('disputed');
      const fin: EvaluationAction = { type: 'finalise' };
      expect(codes(transition(disputed, fin, supervisor, next(disputed)))).toEqual([
        'workflow.mediation-required',
      ]);
      const r = transition(
        disputed,
        fin,
        supervisor,
        next(disputed, { workflow: { mediation: 'optional' } }),
      );
      expect(r.ok && r.value).toMatchObject({ state: 'finalised', mediation: null });
      // Mediation stays possible when optional.
      const m = transition(
        disputed,
        { type: 'mediate', decision: 'upheld', reason: 'Bukti cukup' },
        atasan,
        next(disputed, { workflow: { mediation: 'optional' } }),
      );
      expect(m.ok && m.value.state).toBe('finalised');
    });

    it('reads a validated ruleset, with the workflow section’s defaults', () => {
      const pack = assertRuleset(getPack('permenpanrb-6-2022'));
      expect(pack.workflow).toEqual({
        selfAssessment: 'required',
        dialogue: 'on-gap',
        mediation: 'required',
      });
      const custom = parseRuleset({
        schemaVersion: 1,
        id: 'kab-contoh',
        version: 1,
        extends: 'permenpanrb-6-2022',
        effective: { from: '2026-01-01' },
        workflow: { selfAssessment: 'optional', mediation: 'optional' },
        calendar: { appeal: { days: 14, kind: 'working' } },
      });
      expect(custom.ok).toBe(true);
      if (!custom.ok) return;
      expect(custom.value.workflow).toEqual({
        selfAssessment: 'optional',
        dialogue: 'on-gap',
        mediation: 'optional',
      });
      const ev = opened();
      const r = transition(ev, { type: 'assess', ratings: RATINGS, needsDialogue: false }, supervisor, {
        ...next(ev),
        ruleset: custom.value,
      });
      expect(r.ok).toBe(true);
      const wrong = parseRuleset({ ...getPack('permenpanrb-6-2022'), workflow: { dialogue: 'sometimes' } });
      expect(wrong.ok).toBe(false);
    });

    it('reports a hand-made ruleset with wrong values', () => {
      const ev = opened();
      const r = transition(ev, { type: 'self-assess', ratings: {} }, employee, {
        ...next(ev),
        ruleset: {
          workflow: { dialogue: 'sometimes' as never },
          calendar: { appeal: { days: -1, kind: 'calendar' } },
        },
      });
      expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual([
        'options.ruleset.workflow.dialogue',
        'options.ruleset.calendar.appeal.days',
      ]);
    });
  });

  describe('the dialogue', () => {
    it('an agreed dialogue may revise the ratings of record; a failed one may not', () => {
      const inDialogue = inState('in-dialogue');
      const revised = { ratings: { perilaku: 'di-atas-ekspektasi' }, result: { predikat: 'sangat-baik' } };
      const agreed = step(
        inDialogue,
        { type: 'record-dialogue', outcome: 'agreed', notes: 'Sepakat', revised },
        supervisor,
      );
      expect(agreed.state).toBe('agreed');
      expect(agreed.ofRecord).toMatchObject({
        source: 'dialogue',
        by: 'S1',
        result: { predikat: 'sangat-baik' },
      });
      expect(agreed.supervisorAssessment).toEqual(inDialogue.supervisorAssessment);
      const r = transition(
        inDialogue,
        { type: 'record-dialogue', outcome: 'disagreed', revised },
        supervisor,
        next(inDialogue),
      );
      expect(codes(r)).toEqual(['workflow.revision-unexpected']);
    });

    it('checks the outcome and the date it was held', () => {
      const ev = inState('in-dialogue');
      const asOf = addDays(lastDate(ev), 1);
      const r = transition(
        ev,
        { type: 'record-dialogue', outcome: 'maybe', heldOn: addDays(asOf, 1) } as never,
        supervisor,
        { asOf },
      );
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['input.invalid-value', 'action.outcome'],
        ['workflow.held-after-recorded', 'action.heldOn'],
      ]);
      const missing = transition(ev, { type: 'record-dialogue' } as never, supervisor, { asOf });
      expect(codes(missing)).toEqual(['input.required']);
    });
  });

  describe('mediation', () => {
    it('needs a reason, and a revision exactly when it revises', () => {
      const ev = inState('disputed');
      const asOf = next(ev);
      expect(
        codes(transition(ev, { type: 'mediate', decision: 'upheld', reason: '' }, atasan, asOf)),
      ).toEqual(['workflow.reason-required']);
      expect(codes(transition(ev, { type: 'mediate', decision: 'upheld' } as never, atasan, asOf))).toEqual([
        'workflow.reason-required',
      ]);
      expect(
        codes(transition(ev, { type: 'mediate', decision: 'revised', reason: 'x' }, atasan, asOf)),
      ).toEqual(['workflow.revision-required']);
      expect(
        codes(
          transition(
            ev,
            { type: 'mediate', decision: 'revised', reason: 'x', revised: { result: 1 } } as never,
            atasan,
            asOf,
          ),
        ),
      ).toEqual(['input.required']);
    });
  });

  describe('finalised evaluations', () => {
    it('cannot be assessed, re-dialogued or re-mediated', () => {
      for (const state of ['finalised', 'released', 'appealed'] as const) {
        const ev = inState(state);
        for (const [action, actor] of [
          [{ type: 'assess', ratings: RATINGS, needsDialogue: false }, supervisor],
          [{ type: 'self-assess', ratings: RATINGS }, employee],
          [{ type: 'record-dialogue', outcome: 'agreed' }, supervisor],
          [{ type: 'mediate', decision: 'upheld', reason: 'x' }, atasan],
          [{ type: 'finalise' }, supervisor],
        ] as const) {
          expect(codes(transition(ev, action, actor, next(ev)))).toEqual(['workflow.invalid-transition']);
        }
      }
    });

    it('keep their pejabat penilai; only the atasan may be reassigned', () => {
      const ev = inState('released');
      const r = transition(
        ev,
        { type: 'reassign', supervisorId: 'S2', atasanId: 'A2', reason: 'Mutasi' },
        hr,
        next(ev),
      );
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['workflow.supervisor-frozen', 'action.supervisorId'],
      ]);
      const ok = step(ev, { type: 'reassign', atasanId: 'A2', reason: 'Mutasi' }, hr);
      expect(ok).toMatchObject({ state: 'released', atasanId: 'A2', supervisorId: 'S1' });
      expect(ok.ofRecord).toEqual(ev.ofRecord);
    });
  });

  describe('reassign', () => {
    it('checks the new assessors', () => {
      const ev = inState('self-assessed');
      const asOf = next(ev);
      expect(codes(transition(ev, { type: 'reassign', reason: 'x' }, hr, asOf))).toEqual([
        'workflow.reassign-nothing',
      ]);
      expect(codes(transition(ev, { type: 'reassign', supervisorId: 'S2' } as never, hr, asOf))).toEqual([
        'workflow.reason-required',
      ]);
      expect(codes(transition(ev, { type: 'reassign', supervisorId: 'E1', reason: 'x' }, hr, asOf))).toEqual([
        'workflow.assessor-is-employee',
      ]);
      expect(codes(transition(ev, { type: 'reassign', supervisorId: 'A1', reason: 'x' }, hr, asOf))).toEqual([
        'workflow.atasan-is-supervisor',
      ]);
      const moved = step(ev, { type: 'reassign', supervisorId: 'S2', reason: 'Mutasi' }, hr);
      expect(moved).toMatchObject({ state: 'self-assessed', supervisorId: 'S2' });
      // Before the assessment, nothing is discarded.
      expect(moved.selfAssessment).toEqual(ev.selfAssessment);
    });

    it('a new pejabat penilai without a self-assessment sends the evaluation back to open', () => {
      const rules: WorkflowRules = { workflow: { selfAssessment: 'optional' } };
      const assessed = step(
        opened(),
        { type: 'assess', ratings: RATINGS, needsDialogue: false },
        supervisor,
        {
          ruleset: rules,
        },
      );
      const moved = step(assessed, { type: 'reassign', supervisorId: 'S2', reason: 'Mutasi' }, hr);
      expect(moved).toMatchObject({ state: 'open', supervisorAssessment: null, ofRecord: null });
    });
  });

  describe('the gates', () => {
    it('lifecycle first, then authority, then content', () => {
      const ev = inState('released');
      // Wrong state and wrong actor and bad payload: only the state is reported.
      expect(codes(transition(ev, { type: 'mediate', decision: 'x' } as never, employee, next(ev)))).toEqual([
        'workflow.invalid-transition',
      ]);
      // Right state, wrong actor, bad payload: only the authority; the actor learns nothing of the payload.
      expect(codes(transition(ev, { type: 'appeal', reasons: [] }, supervisor, next(ev)))).toEqual([
        'workflow.deny.not-employee',
      ]);
      // Right state and actor: every content problem at once.
      const r = transition(ev, { type: 'appeal', reasons: [], extra: 1 } as never, employee, {
        asOf: addDays(lastDate(ev), -1),
      });
      expect(r.ok ? [] : r.issues.map((i) => i.code).sort()).toEqual([
        'input.unknown-key',
        'workflow.date-before-previous',
        'workflow.reason-required',
      ]);
    });

    it('a date before the previous transition is refused; the same day is fine', () => {
      const ev = opened();
      const before = transition(ev, { type: 'self-assess', ratings: {} }, employee, {
        asOf: d('2026-01-01'),
      });
      expect(before.ok ? [] : before.issues.map((i) => [i.code, i.params])).toEqual([
        ['workflow.date-before-previous', { asOf: '2026-01-01', previous: '2026-01-02' }],
      ]);
      expect(
        transition(ev, { type: 'self-assess', ratings: {} }, employee, { asOf: d('2026-01-02') }).ok,
      ).toBe(true);
    });

    it('reports bad arguments instead of throwing', () => {
      const ev = opened();
      expect(
        codes(
          transition(ev, { type: 'self-assess', ratings: {} }, employee, { asOf: '2026-02-30' as never }),
        ),
      ).toEqual(['date.not-a-date']);
      expect(codes(transition(ev, { type: 'sign' } as never, employee, next(ev)))).toEqual([
        'workflow.unknown-action',
      ]);
      expect(codes(transition(ev, 'finalise' as never, employee, next(ev)))).toEqual([
        'workflow.unknown-action',
      ]);
      expect(
        codes(transition(ev, { type: 'self-assess', ratings: {} }, { id: 7 } as never, next(ev))),
      ).toEqual(['workflow.invalid-actor']);
      expect(
        codes(transition(null as never, { type: 'self-assess', ratings: {} }, employee, next(ev))),
      ).toEqual(['input.invalid-type']);
      expect(
        codes(transition(ev, { type: 'self-assess', ratings: {} }, employee, undefined as never)),
      ).toEqual(['date.invalid-type']);
    });

    it('unknown payload keys are refused (a typo must not pass silently)', () => {
      const ev = inState('disputed');
      const r = transition(
        ev,
        { type: 'mediate', decision: 'upheld', reasons: 'x' } as never,
        atasan,
        next(ev),
      );
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['input.unknown-key', 'action.reasons'],
        ['workflow.reason-required', 'action.reason'],
      ]);
    });
  });
});
