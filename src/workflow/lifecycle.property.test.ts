/**
 * Model-based tests of the evaluation lifecycle: random sequences of actions, by random actors on
 * random dates, with random settings, against an independent model of the rules. Every step checks
 * that the lifecycle reaches only the states its table allows, that the input is never changed,
 * and that a finalised evaluation changes only as the lifecycle permits: its assessment, dialogue
 * and mediation are frozen, and the result of record changes only through an appeal decision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, type IsoDate } from '../date/index';
import { EVALUATION_ACTIONS, EVALUATION_TRANSITIONS } from './lifecycle';
import { lastDate, opened } from './test-support';
import { transition } from './transition';
import type {
  Actor,
  Evaluation,
  EvaluationAction,
  EvaluationActionType,
  EvaluationState,
  WorkflowSettings,
} from './types';

type Settings = Required<WorkflowSettings>;
type Who = 'employee' | 'supervisor' | 'atasan' | 'hr' | 'outsider' | 'S1' | 'S2' | 'A1' | 'A2';

interface Model {
  state: EvaluationState;
  readonly settings: Settings;
  supervisor: string;
  atasan: string;
  conflicts: Set<string>;
  hasSelf: boolean;
  needsDialogue: boolean;
  releasedOn: IsoDate | null;
  last: IsoDate;
}

interface Real {
  ev: Evaluation;
}

const EMPLOYEE = 'E1';
const HR: Actor = { id: 'H1', roles: ['pengelola-kinerja'] };
const FROZEN_ONCE_FINALISED = [
  'id',
  'agencyId',
  'unitId',
  'employeeId',
  'supervisorId',
  'period',
  'selfAssessment',
  'supervisorAssessment',
  'dialogue',
  'mediation',
] as const;
const FINALISED_OR_LATER = new Set<EvaluationState>(['finalised', 'released', 'appealed', 'decided']);
const ASSESSED = new Set<EvaluationState>(['assessed', 'in-dialogue', 'agreed', 'disputed']);

// ---- The independent model of the rules ----

function lifecycleAllows(m: Model, type: EvaluationActionType): boolean {
  const s = m.state;
  switch (type) {
    case 'self-assess':
      return s === 'open';
    case 'assess':
      return s === 'self-assessed' || (s === 'open' && m.settings.selfAssessment === 'optional');
    case 'start-dialogue':
      return s === 'assessed';
    case 'record-dialogue':
      return s === 'in-dialogue';
    case 'finalise': {
      const dialogueRequired =
        m.settings.dialogue === 'always' || (m.settings.dialogue === 'on-gap' && m.needsDialogue);
      return (
        s === 'agreed' ||
        (s === 'assessed' && !dialogueRequired) ||
        (s === 'disputed' && m.settings.mediation === 'optional')
      );
    }
    case 'mediate':
      return s === 'disputed';
    case 'release':
      return s === 'finalised';
    case 'appeal':
      return s === 'released';
    case 'decide-appeal':
      return s === 'appealed';
    case 'declare-conflict':
    case 'reassign':
      return s !== 'decided';
  }
}

function authorityAllows(
  m: Model,
  type: EvaluationActionType,
  actor: Actor,
  action: EvaluationAction,
): boolean {
  const id = actor.id;
  const isE = id === EMPLOYEE;
  const isS = id === m.supervisor;
  const isA = id === m.atasan;
  const isH = id === HR.id;
  const assessor = (role: 'S' | 'A') =>
    (role === 'S' ? isS : isA) && !isE && !(role === 'A' && isS) && !m.conflicts.has(id);
  switch (type) {
    case 'self-assess':
    case 'appeal':
      return isE;
    case 'assess':
    case 'record-dialogue':
    case 'finalise':
      return assessor('S');
    case 'mediate':
    case 'decide-appeal':
      return assessor('A');
    case 'start-dialogue':
      return isS ? assessor('S') : isE;
    case 'release':
    case 'reassign':
      return isH && !isE;
    case 'declare-conflict': {
      const target = (action as { assessorId?: string }).assessorId;
      return !isE && (isH || (target === id && (isS || isA)));
    }
  }
}

function contentAllows(m: Model, action: EvaluationAction, valid: boolean, asOf: IsoDate): boolean {
  if (!valid || compareDates(asOf, m.last) < 0) return false;
  switch (action.type) {
    case 'appeal':
      return m.releasedOn !== null && compareDates(asOf, addDays(m.releasedOn, 14)) <= 0;
    case 'declare-conflict':
      return action.assessorId !== EMPLOYEE && !m.conflicts.has(action.assessorId);
    case 'reassign': {
      const sup = action.supervisorId;
      const at = action.atasanId;
      if (sup !== undefined) {
        if (
          FINALISED_OR_LATER.has(m.state) ||
          sup === m.supervisor ||
          sup === EMPLOYEE ||
          m.conflicts.has(sup)
        )
          return false;
      }
      if (at !== undefined && (at === m.atasan || at === EMPLOYEE || m.conflicts.has(at))) return false;
      return (sup ?? m.supervisor) !== (at ?? m.atasan);
    }
    default:
      return true;
  }
}

/** The state after a successful action, per the model. */
function nextState(m: Model, action: EvaluationAction): EvaluationState {
  switch (action.type) {
    case 'self-assess':
      return 'self-assessed';
    case 'assess':
      return 'assessed';
    case 'start-dialogue':
      return 'in-dialogue';
    case 'record-dialogue':
      return action.outcome === 'agreed' ? 'agreed' : 'disputed';
    case 'finalise':
    case 'mediate':
      return 'finalised';
    case 'release':
      return 'released';
    case 'appeal':
      return 'appealed';
    case 'decide-appeal':
      return 'decided';
    case 'declare-conflict':
      return m.state;
    case 'reassign':
      if (action.supervisorId !== undefined && ASSESSED.has(m.state))
        return m.hasSelf ? 'self-assessed' : 'open';
      return m.state;
  }
}

function updateModel(m: Model, action: EvaluationAction, asOf: IsoDate): void {
  const to = nextState(m, action);
  if (action.type === 'self-assess') m.hasSelf = true;
  if (action.type === 'assess') m.needsDialogue = action.needsDialogue;
  if (action.type === 'release') m.releasedOn = asOf;
  if (action.type === 'declare-conflict') m.conflicts.add(action.assessorId);
  if (action.type === 'reassign') {
    if (action.supervisorId !== undefined) m.supervisor = action.supervisorId;
    if (action.atasanId !== undefined) m.atasan = action.atasanId;
  }
  m.state = to;
  m.last = asOf;
}

// ---- Commands ----

const REVISED = { ratings: { perilaku: 'di-atas-ekspektasi' }, result: { predikat: 'sangat-baik' } };

function payloadFor(
  type: EvaluationActionType,
  actorId: string,
  valid: boolean,
  variant: number,
): EvaluationAction {
  switch (type) {
    case 'self-assess':
      return valid ? { type, ratings: { perilaku: 'sesuai-ekspektasi' } } : ({ type } as EvaluationAction);
    case 'assess':
      return valid
        ? { type, ratings: { perilaku: 'sesuai-ekspektasi' }, needsDialogue: variant === 0 }
        : ({ type, ratings: {} } as EvaluationAction);
    case 'start-dialogue':
    case 'finalise':
    case 'release':
      return valid ? { type } : ({ type, extra: 1 } as EvaluationAction);
    case 'record-dialogue':
      if (!valid) return { type, outcome: 'maybe' } as unknown as EvaluationAction;
      return variant === 0
        ? { type, outcome: 'disagreed', notes: 'Berbeda' }
        : variant === 1
          ? { type, outcome: 'agreed' }
          : { type, outcome: 'agreed', revised: REVISED };
    case 'mediate':
      if (!valid) return { type, decision: 'upheld' } as EvaluationAction;
      return variant === 0
        ? { type, decision: 'upheld', reason: 'Bukti lengkap' }
        : { type, decision: 'revised', reason: 'Perilaku dinilai ulang', revised: REVISED };
    case 'appeal':
      return valid ? { type, reasons: ['Capaian tidak dihitung'] } : { type, reasons: [] };
    case 'decide-appeal':
      if (!valid) return { type, decision: 'granted', reason: 'Dikabulkan' };
      return variant === 0
        ? { type, decision: 'rejected', reason: 'Ditolak' }
        : {
            type,
            decision: variant === 1 ? 'granted' : 'partly-granted',
            reason: 'Dikabulkan',
            revised: REVISED,
          };
    case 'declare-conflict': {
      const assessorId = variant === 0 ? actorId : variant === 1 ? 'S1' : 'A2';
      return valid ? { type, assessorId, relation: 'keluarga' } : { type, assessorId, relation: '' };
    }
    case 'reassign': {
      if (!valid) return { type, atasanId: 'A2' } as EvaluationAction;
      if (variant === 0) return { type, atasanId: 'A2', reason: 'Mutasi' };
      if (variant === 1) return { type, supervisorId: 'S2', reason: 'Konflik kepentingan' };
      return { type, supervisorId: 'S1', atasanId: 'A1', reason: 'Kembali' };
    }
  }
}

/** The role that usually takes an action (for the commands that try to move the lifecycle on). */
function naturalActor(type: EvaluationActionType): Exclude<Who, 'S1' | 'S2' | 'A1' | 'A2'> {
  switch (type) {
    case 'self-assess':
    case 'appeal':
    case 'start-dialogue':
      return 'employee';
    case 'assess':
    case 'record-dialogue':
    case 'finalise':
      return 'supervisor';
    case 'mediate':
    case 'decide-appeal':
      return 'atasan';
    default:
      return 'hr';
  }
}

function resolve(m: Model, who: Who): Actor {
  switch (who) {
    case 'employee':
      return { id: EMPLOYEE };
    case 'supervisor':
      return { id: m.supervisor };
    case 'atasan':
      return { id: m.atasan };
    case 'hr':
      return HR;
    case 'outsider':
      return { id: 'X9' };
    default:
      return { id: who };
  }
}

class Act implements fc.Command<Model, Real> {
  constructor(
    readonly pick: EvaluationActionType | 'next',
    readonly who: Who,
    readonly delta: number,
    readonly valid: boolean,
    readonly variant: number,
  ) {}

  check(): boolean {
    return true;
  }

  run(m: Model, real: Real): void {
    let type: EvaluationActionType;
    let actor: Actor;
    if (this.pick === 'next') {
      // Move the lifecycle on (amendments come from the explicit picks).
      const possible = EVALUATION_ACTIONS.filter(
        (t) => t !== 'declare-conflict' && t !== 'reassign' && lifecycleAllows(m, t),
      );
      type = possible[this.variant % possible.length] ?? 'declare-conflict';
      actor = resolve(m, naturalActor(type));
    } else {
      type = this.pick;
      actor = resolve(m, this.who);
    }
    const action = payloadFor(type, actor.id, this.valid, this.variant);
    const asOf = addDays(m.last, this.delta);
    const before = real.ev;
    const snapshot = JSON.stringify(before);
    const r = transition(before, action, actor, { asOf, ruleset: { workflow: m.settings } });

    // The input is never changed.
    expect(JSON.stringify(before)).toBe(snapshot);
    // The outcome is the model's.
    const expected =
      lifecycleAllows(m, type) &&
      authorityAllows(m, type, actor, action) &&
      contentAllows(m, action, this.valid, asOf);
    expect({ ok: r.ok, issues: r.ok ? [] : r.issues.map((i) => i.code), state: before.state }).toMatchObject({
      ok: expected,
    });
    if (before.state === 'decided') expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.length).toBeGreaterThan(0);
      return;
    }
    const after = r.value;

    // Only the transitions of the table, and the model's state.
    expect(
      EVALUATION_TRANSITIONS.some(
        (t) => t.from === before.state && t.action === type && t.to === after.state,
      ),
    ).toBe(true);
    expect(after.state).toBe(nextState(m, action));
    // Revision and append-only history.
    expect(after.revision).toBe(before.revision + 1);
    expect(after.history.slice(0, -1)).toEqual(before.history);
    expect(after.history.at(-1)).toMatchObject({
      action: type,
      actor: actor.id,
      asOf,
      from: before.state,
      to: after.state,
    });
    expect(after.history).toHaveLength(after.revision);
    // Plain data.
    expect(JSON.parse(JSON.stringify(after))).toEqual(after);

    // A finalised evaluation changes only as the lifecycle permits.
    if (FINALISED_OR_LATER.has(before.state)) {
      for (const key of FROZEN_ONCE_FINALISED) expect(after[key]).toEqual(before[key]);
      if (type !== 'decide-appeal') expect(after.ofRecord).toEqual(before.ofRecord);
      if (type !== 'appeal' && type !== 'decide-appeal') expect(after.appeal).toEqual(before.appeal);
      if (type !== 'release') expect(after.releasedOn).toEqual(before.releasedOn);
    }

    updateModel(m, action, asOf);
    real.ev = after;
  }

  toString(): string {
    return `${this.pick}${this.pick === 'next' ? '' : ` by ${this.who}`} +${this.delta}d ${this.valid ? 'valid' : 'invalid'} v${this.variant}`;
  }
}

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  selfAssessment: fc.constantFrom('required' as const, 'optional' as const),
  dialogue: fc.constantFrom('always' as const, 'on-gap' as const, 'optional' as const),
  mediation: fc.constantFrom('required' as const, 'optional' as const),
});

const commandArb = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant('next' as const) },
      { weight: 2, arbitrary: fc.constantFrom(...EVALUATION_ACTIONS) },
    ),
    fc.constantFrom<Who>('employee', 'supervisor', 'atasan', 'hr', 'outsider', 'S1', 'S2', 'A1', 'A2'),
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
      { weight: 1, arbitrary: fc.constantFrom(-1, 13, 14, 15, 30) },
    ),
    fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([pick, who, delta, valid, variant]) => new Act(pick, who, delta, valid, variant));

describe('the lifecycle under random action sequences (model-based)', () => {
  it('reaches only allowed states, never changes its input, and keeps a finalised evaluation frozen outside an appeal', () => {
    const reached = new Set<EvaluationState>();
    fc.assert(
      fc.property(settingsArb, fc.commands([commandArb], { maxCommands: 60 }), (settings, cmds) => {
        const ev = opened();
        const model: Model = {
          state: 'open',
          settings,
          supervisor: ev.supervisorId,
          atasan: ev.atasanId,
          conflicts: new Set(),
          hasSelf: false,
          needsDialogue: false,
          releasedOn: null,
          last: lastDate(ev),
        };
        const real: Real = { ev };
        fc.modelRun(() => ({ model, real }), cmds);
        reached.add(real.ev.state);
      }),
      { numRuns: 400 },
    );
    // The sequences go deep enough to matter.
    expect(reached.has('decided')).toBe(true);
    expect(reached.has('released')).toBe(true);
  });
});
