import { describe, expect, it } from 'vitest';
import { addDays } from '../date/index';
import { catalog, unwrap } from '../explain/index';
import { authorize } from './authorize';
import { availableActions as availableActionsResult } from './available-actions';
import { EVALUATION_ACTIONS } from './lifecycle';
import { openEvaluation } from './open-evaluation';
import {
  atasan,
  d,
  employee,
  hr,
  inState,
  lastDate,
  outsider,
  RATINGS,
  step,
  supervisor,
} from './test-support';
import { transition } from './transition';
import type { AuthorizableAction, Evaluation } from './types';

const ALL: readonly AuthorizableAction[] = [...EVALUATION_ACTIONS, 'open', 'view-result'];

function next(ev: Evaluation) {
  return { asOf: addDays(lastDate(ev), 1) };
}

const availableActions = (...args: Parameters<typeof availableActionsResult>) =>
  unwrap(availableActionsResult(...args));

describe('authorize', () => {
  it('always gives a reason with a catalog code and both languages, allowed or not', () => {
    for (const state of ['open', 'assessed', 'released'] as const) {
      const ev = inState(state);
      for (const actor of [employee, supervisor, atasan, hr, outsider, { id: '' }]) {
        for (const action of ALL) {
          const decision = authorize(actor, action, ev);
          expect(decision.reason.code in catalog).toBe(true);
          expect(decision.reason.code).toMatch(decision.allowed ? /^workflow\.allow\./ : /^workflow\.deny\./);
          expect(decision.reason.message.id.length).toBeGreaterThan(0);
          expect(decision.reason.message.en).toContain(action);
          expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
        }
      }
    }
  });

  it('derives roles from the evaluation and the actor', () => {
    const ev = inState('open');
    expect(authorize(employee, 'view-result', ev).roles).toEqual(['pegawai']);
    expect(authorize(supervisor, 'view-result', ev).roles).toEqual(['pejabat-penilai']);
    expect(authorize(atasan, 'view-result', ev).roles).toEqual(['atasan-pejabat-penilai']);
    expect(authorize(hr, 'view-result', ev).roles).toEqual(['pengelola-kinerja']);
    expect(authorize(outsider, 'view-result', ev).roles).toEqual([]);
    expect(authorize({ id: 'S1', roles: ['pengelola-kinerja'] }, 'view-result', ev).roles).toEqual([
      'pejabat-penilai',
      'pengelola-kinerja',
    ]);
    // An actor without a usable id holds no role, even against odd data.
    expect(authorize({ id: '' }, 'assess', { ...ev, employeeId: '' }).reason.code).toBe(
      'workflow.deny.no-role',
    );
    expect(authorize(null as never, 'assess', ev).reason.code).toBe('workflow.deny.no-role');
  });

  it('an employee never assesses themself, even when mis-recorded as their own supervisor or atasan', () => {
    const own = { ...inState('self-assessed'), supervisorId: 'E1' };
    for (const action of ['assess', 'record-dialogue', 'finalise', 'start-dialogue'] as const) {
      expect(authorize(employee, action, own).reason.code).toBe('workflow.deny.own-assessor');
    }
    const r = transition(
      own,
      { type: 'assess', ratings: RATINGS, needsDialogue: false },
      employee,
      next(own),
    );
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['workflow.deny.own-assessor']);
    const ownAtasan = { ...inState('disputed'), atasanId: 'E1' };
    expect(authorize(employee, 'mediate', ownAtasan).reason.code).toBe('workflow.deny.own-assessor');
    // Nor sees the result early through that role.
    expect(authorize(employee, 'view-result', own).reason.code).toBe('workflow.deny.not-released');
  });

  it('a supervisor assesses only their own subordinates', () => {
    const ev = inState('self-assessed');
    const other = { id: 'S9' };
    expect(authorize(other, 'assess', ev)).toMatchObject({
      allowed: false,
      reason: { code: 'workflow.deny.no-role' },
    });
    expect(authorize(atasan, 'assess', ev).reason.code).toBe('workflow.deny.not-supervisor');
    expect(authorize(supervisor, 'assess', ev)).toMatchObject({
      allowed: true,
      as: 'pejabat-penilai',
      reason: { code: 'workflow.allow.pejabat-penilai' },
    });
  });

  it('an appeal is decided only by the atasan pejabat penilai, who is not the pejabat penilai', () => {
    const ev = inState('appealed');
    expect(authorize(atasan, 'decide-appeal', ev).allowed).toBe(true);
    expect(authorize(supervisor, 'decide-appeal', ev).reason.code).toBe('workflow.deny.not-atasan');
    expect(authorize(hr, 'decide-appeal', ev).reason.code).toBe('workflow.deny.not-atasan');
    const same = { ...ev, atasanId: 'S1' };
    expect(authorize(supervisor, 'decide-appeal', same).reason.code).toBe(
      'workflow.deny.atasan-is-supervisor',
    );
    expect(authorize(supervisor, 'mediate', same).reason.code).toBe('workflow.deny.atasan-is-supervisor');
  });

  it('the employee sees the result only once it is released', () => {
    expect(authorize(employee, 'view-result', inState('finalised')).reason.code).toBe(
      'workflow.deny.not-released',
    );
    expect(authorize(employee, 'view-result', inState('released')).allowed).toBe(true);
    expect(authorize(employee, 'view-result', inState('decided')).allowed).toBe(true);
    // Without a state (e.g. an evaluation being opened), nothing is released.
    const { state: _state, ...stateless } = inState('released');
    expect(authorize(employee, 'view-result', stateless).reason.code).toBe('workflow.deny.not-released');
  });

  it('refuses an unknown action with a reason', () => {
    expect(authorize(hr, 'delete' as never, inState('open'))).toMatchObject({
      allowed: false,
      reason: { code: 'workflow.deny.unknown-action', params: { action: 'delete' } },
    });
  });
});

describe('conflicts of interest', () => {
  it('an assessor with a declared conflict must recuse: every assessing action is denied, with the relation', () => {
    const declared = step(
      inState('self-assessed'),
      { type: 'declare-conflict', assessorId: 'S1', relation: 'keluarga' },
      supervisor,
    );
    expect(declared.state).toBe('self-assessed');
    expect(declared.conflicts).toEqual([
      {
        assessorId: 'S1',
        relation: 'keluarga',
        declaredOn: lastDate(declared),
        declaredBy: 'S1',
        notes: null,
      },
    ]);
    expect(declared.history.at(-1)).toMatchObject({
      action: 'declare-conflict',
      role: 'pejabat-penilai',
      reason: 'keluarga',
    });
    const decision = authorize(supervisor, 'assess', declared);
    expect(decision).toMatchObject({
      allowed: false,
      reason: {
        code: 'workflow.deny.conflict-of-interest',
        params: { relation: 'keluarga', declaredOn: lastDate(declared) },
      },
    });
    expect(decision.reason.message.en).toContain('must recuse');
    expect(decision.reason.message.id).toContain('mengundurkan diri');
    const r = transition(
      declared,
      { type: 'assess', ratings: RATINGS, needsDialogue: false },
      supervisor,
      next(declared),
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['workflow.deny.conflict-of-interest', ['actor']],
    ]);
    expect(availableActions(declared, supervisor)).toEqual([]);
  });

  it('HR may declare a conflict for any assessor; the atasan then cannot mediate or decide an appeal', () => {
    const disputed = inState('disputed');
    const declared = step(
      disputed,
      { type: 'declare-conflict', assessorId: 'A1', relation: 'suami-istri', notes: 'Menikah 2025' },
      hr,
    );
    expect(authorize(atasan, 'mediate', declared).reason.code).toBe('workflow.deny.conflict-of-interest');
    // HR reassigns the atasan; the new atasan mediates.
    const reassigned = step(
      declared,
      { type: 'reassign', atasanId: 'A2', reason: 'Konflik kepentingan A1' },
      hr,
    );
    expect(reassigned.atasanId).toBe('A2');
    expect(reassigned.state).toBe('disputed');
    const mediated = step(
      reassigned,
      { type: 'mediate', decision: 'upheld', reason: 'Penilaian didukung bukti' },
      { id: 'A2' },
    );
    expect(mediated.state).toBe('finalised');
    expect(mediated.mediation).toMatchObject({ by: 'A2', decision: 'upheld' });
  });

  it('the employee and outsiders cannot declare conflicts; an assessor only their own; no duplicates', () => {
    const ev = inState('assessed');
    const asOf = next(ev);
    const byEmployee = transition(
      ev,
      { type: 'declare-conflict', assessorId: 'S1', relation: 'keluarga' },
      employee,
      asOf,
    );
    expect(byEmployee.ok ? [] : byEmployee.issues.map((i) => i.code)).toEqual(['workflow.deny.not-assessor']);
    const forOther = transition(
      ev,
      { type: 'declare-conflict', assessorId: 'A1', relation: 'keluarga' },
      supervisor,
      asOf,
    );
    expect(forOther.ok ? [] : forOther.issues.map((i) => i.code)).toEqual(['workflow.deny.not-assessor']);
    const byOutsider = transition(
      ev,
      { type: 'declare-conflict', assessorId: 'X9', relation: 'keluarga' },
      outsider,
      asOf,
    );
    expect(byOutsider.ok ? [] : byOutsider.issues.map((i) => i.code)).toEqual(['workflow.deny.no-role']);
    const forEmployee = transition(
      ev,
      { type: 'declare-conflict', assessorId: 'E1', relation: 'keluarga' },
      hr,
      asOf,
    );
    expect(forEmployee.ok ? [] : forEmployee.issues.map((i) => i.code)).toEqual([
      'workflow.conflict-of-employee',
    ]);
    const once = step(ev, { type: 'declare-conflict', assessorId: 'A1', relation: 'keluarga' }, hr);
    const twice = transition(
      once,
      { type: 'declare-conflict', assessorId: 'A1', relation: 'teman' },
      hr,
      next(once),
    );
    expect(twice.ok ? [] : twice.issues.map((i) => i.code)).toEqual(['workflow.conflict-already-declared']);
    const blank = transition(ev, { type: 'declare-conflict', assessorId: 'A1', relation: ' ' }, hr, asOf);
    expect(blank.ok ? [] : blank.issues.map((i) => [i.code, i.path])).toEqual([
      ['input.required', ['action', 'relation']],
    ]);
  });

  it('a conflicted supervisor who already assessed is replaced: the assessment is discarded and the new one assesses', () => {
    const assessed = inState('assessed');
    const declared = step(assessed, { type: 'declare-conflict', assessorId: 'S1', relation: 'keluarga' }, hr);
    expect(authorize(supervisor, 'finalise', declared).reason.code).toBe(
      'workflow.deny.conflict-of-interest',
    );
    const conflicted = transition(
      declared,
      { type: 'reassign', supervisorId: 'S1', reason: 'x' },
      hr,
      next(declared),
    );
    expect(conflicted.ok ? [] : conflicted.issues.map((i) => i.code)).toEqual([
      'workflow.reassign-unchanged',
      'workflow.assessor-conflicted',
    ]);
    const reassigned = step(
      declared,
      { type: 'reassign', supervisorId: 'S2', reason: 'Konflik kepentingan S1' },
      hr,
    );
    expect(reassigned).toMatchObject({
      state: 'self-assessed',
      supervisorId: 'S2',
      supervisorAssessment: null,
      ofRecord: null,
      dialogue: null,
      mediation: null,
      selfAssessment: assessed.selfAssessment,
    });
    expect(reassigned.history.at(-1)).toMatchObject({
      action: 'reassign',
      from: 'assessed',
      to: 'self-assessed',
      reason: 'Konflik kepentingan S1',
    });
    const reassessed = step(
      reassigned,
      { type: 'assess', ratings: RATINGS, needsDialogue: false },
      { id: 'S2' },
    );
    expect(reassessed.supervisorAssessment?.by).toBe('S2');
  });

  it('openEvaluation takes known conflicts and refuses a conflicted assessor', () => {
    const base = {
      id: 'ev-9',
      agencyId: 'kota-palu',
      unitId: 'dinkes',
      employeeId: 'E1',
      supervisorId: 'S1',
      atasanId: 'A1',
      period: { start: '2025-01-01', end: '2025-12-31' },
    };
    const ok = openEvaluation({ ...base, conflicts: [{ assessorId: 'S7', relation: 'keluarga' }] }, hr, {
      asOf: d('2026-01-02'),
    });
    expect(ok.ok && ok.value.conflicts).toEqual([
      { assessorId: 'S7', relation: 'keluarga', declaredOn: '2026-01-02', declaredBy: 'H1', notes: null },
    ]);
    const bad = openEvaluation({ ...base, conflicts: [{ assessorId: 'S1', relation: 'keluarga' }] }, hr, {
      asOf: d('2026-01-02'),
    });
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['workflow.assessor-conflicted', ['input', 'supervisorId']],
    ]);
  });
});

describe('HR (pengelola kinerja) powers', () => {
  it('opens, releases, reassigns and views, but does not assess, mediate or decide', () => {
    expect(authorize(hr, 'open', inState('open')).allowed).toBe(true);
    expect(authorize(hr, 'release', inState('finalised')).allowed).toBe(true);
    expect(authorize(hr, 'reassign', inState('released')).allowed).toBe(true);
    expect(authorize(hr, 'view-result', inState('assessed')).allowed).toBe(true);
    for (const action of ['assess', 'record-dialogue', 'finalise'] as const)
      expect(authorize(hr, action, inState('self-assessed')).reason.code).toBe(
        'workflow.deny.not-supervisor',
      );
    for (const action of ['mediate', 'decide-appeal'] as const)
      expect(authorize(hr, action, inState('disputed')).reason.code).toBe('workflow.deny.not-atasan');
    expect(authorize(hr, 'self-assess', inState('open')).reason.code).toBe('workflow.deny.not-employee');
    expect(availableActions(inState('finalised'), hr)).toEqual(['release', 'declare-conflict', 'reassign']);
  });

  it('releases only finalised evaluations', () => {
    for (const state of ['agreed', 'released'] as const) {
      const ev = inState(state);
      const r = transition(ev, { type: 'release' }, hr, next(ev));
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['workflow.invalid-transition']);
    }
    const released = step(inState('finalised'), { type: 'release' }, hr);
    expect(released).toMatchObject({ state: 'released', releasedOn: lastDate(released) });
  });

  it('does not administer their own evaluation', () => {
    const hrEmployee = { id: 'E1', roles: ['pengelola-kinerja'] };
    expect(authorize(hrEmployee, 'release', inState('finalised')).reason.code).toBe(
      'workflow.deny.own-evaluation',
    );
    expect(authorize(hrEmployee, 'open', inState('open')).reason.code).toBe('workflow.deny.own-evaluation');
    expect(authorize(hrEmployee, 'declare-conflict', inState('open')).reason.code).toBe(
      'workflow.deny.own-evaluation',
    );
    // …but is still the employee.
    expect(authorize(hrEmployee, 'self-assess', inState('open')).allowed).toBe(true);
    expect(authorize(hrEmployee, 'view-result', inState('finalised')).reason.code).toBe(
      'workflow.deny.not-released',
    );
  });

  it('is limited to their agency when the actor names one', () => {
    const ev = inState('finalised');
    expect(authorize({ ...hr, agencyId: 'kota-palu' }, 'release', ev).allowed).toBe(true);
    expect(authorize({ ...hr, agencyId: 'kota-serang' }, 'release', ev).reason.code).toBe(
      'workflow.deny.no-role',
    );
    expect(authorize({ id: 'H2', roles: ['admin'] }, 'release', ev).reason.code).toBe(
      'workflow.deny.no-role',
    );
  });

  it('opening needs HR', () => {
    const input = {
      id: 'ev-2',
      agencyId: 'kota-palu',
      unitId: 'dinkes',
      employeeId: 'E1',
      supervisorId: 'S1',
      atasanId: 'A1',
      period: { start: '2025-01-01', end: '2025-12-31' },
    };
    const bySupervisor = openEvaluation(input, supervisor, { asOf: d('2026-01-02') });
    expect(bySupervisor.ok ? [] : bySupervisor.issues.map((i) => [i.code, i.path])).toEqual([
      ['workflow.deny.not-hr', ['actor']],
    ]);
    const byHr = openEvaluation(input, hr, { asOf: d('2026-01-02') });
    expect(byHr.ok && byHr.value.history).toEqual([
      {
        action: 'open',
        actor: 'H1',
        role: 'pengelola-kinerja',
        asOf: '2026-01-02',
        reason: null,
        from: null,
        to: 'open',
        revision: 1,
      },
    ]);
  });
});
