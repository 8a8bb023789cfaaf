/**
 * Every role × action × state, against the table below (default settings: self-assessment
 * required, dialogue on a gap, mediation required; the fixture's assessment flags a gap).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../date/index';
import { authorize } from './authorize';
import { EVALUATION_STATES } from './lifecycle';
import {
  ATASAN,
  atasan,
  EMPLOYEE,
  employee,
  HR_ID,
  hr,
  inState,
  lastDate,
  outsider,
  RATINGS,
  SUPERVISOR,
  supervisor,
} from './test-support';
import { transition } from './transition';
import type { Actor, Evaluation, EvaluationAction, EvaluationActionType, EvaluationState } from './types';

/** The columns: the four roles, an outsider, and the two assessors with a declared conflict of interest. */
const COLUMNS = ['pegawai', 'penilai', 'atasan', 'hr', 'outsider', 'penilai+coi', 'atasan+coi'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * A cell: `ok` (allowed and done), `-` (the lifecycle refuses it: workflow.invalid-transition), a
 * lifecycle setting (`self-assessment-required`, `dialogue-required`, `mediation-required`), a
 * denial reason (`workflow.deny.<reason>`), or `already-declared` (workflow.conflict-already-declared).
 */
type Cell =
  | 'ok'
  | '-'
  | 'self-assessment-required'
  | 'dialogue-required'
  | 'mediation-required'
  | 'already-declared'
  | 'no-role'
  | 'not-employee'
  | 'not-supervisor'
  | 'not-dialogue-party'
  | 'not-atasan'
  | 'not-hr'
  | 'not-assessor'
  | 'conflict-of-interest'
  | 'not-released';
type Row = readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell];
type Action = EvaluationActionType | 'view-result';

const X: Row = ['-', '-', '-', '-', '-', '-', '-'];
const coi = 'conflict-of-interest';

// biome-ignore format: the table is aligned by hand, one column per actor
const TABLE: Record<Action, Record<EvaluationState, Row>> = {
  //                  pegawai         penilai           atasan          hr              outsider   penilai+coi       atasan+coi
  'self-assess': {
    open:            ['ok',           'not-employee',   'not-employee', 'not-employee', 'no-role', 'not-employee',   'not-employee'],
    'self-assessed': X, assessed: X, 'in-dialogue': X, agreed: X, disputed: X,
    finalised: X, released: X, appealed: X, decided: X,
  },
  assess: {
    open:            ['self-assessment-required', 'self-assessment-required', 'self-assessment-required',
                      'self-assessment-required', 'self-assessment-required', 'self-assessment-required',
                      'self-assessment-required'],
    'self-assessed': ['not-supervisor', 'ok',           'not-supervisor', 'not-supervisor', 'no-role', coi,           'not-supervisor'],
    assessed: X, 'in-dialogue': X, agreed: X, disputed: X,
    finalised: X, released: X, appealed: X, decided: X,
  },
  'start-dialogue': {
    open: X, 'self-assessed': X,
    assessed:        ['ok',           'ok',             'not-dialogue-party', 'not-dialogue-party', 'no-role', coi, 'not-dialogue-party'],
    'in-dialogue': X, agreed: X, disputed: X,
    finalised: X, released: X, appealed: X, decided: X,
  },
  'record-dialogue': {
    open: X, 'self-assessed': X, assessed: X,
    'in-dialogue':   ['not-supervisor', 'ok',           'not-supervisor', 'not-supervisor', 'no-role', coi,           'not-supervisor'],
    agreed: X, disputed: X,
    finalised: X, released: X, appealed: X, decided: X,
  },
  finalise: {
    open: X, 'self-assessed': X,
    assessed:        ['dialogue-required', 'dialogue-required', 'dialogue-required', 'dialogue-required',
                      'dialogue-required', 'dialogue-required', 'dialogue-required'],
    'in-dialogue': X,
    agreed:          ['not-supervisor', 'ok',           'not-supervisor', 'not-supervisor', 'no-role', coi,           'not-supervisor'],
    disputed:        ['mediation-required', 'mediation-required', 'mediation-required', 'mediation-required',
                      'mediation-required', 'mediation-required', 'mediation-required'],
    finalised: X, released: X, appealed: X, decided: X,
  },
  mediate: {
    open: X, 'self-assessed': X, assessed: X, 'in-dialogue': X, agreed: X,
    disputed:        ['not-atasan',   'not-atasan',     'ok',           'not-atasan',   'no-role', 'not-atasan',     coi],
    finalised: X, released: X, appealed: X, decided: X,
  },
  release: {
    open: X, 'self-assessed': X, assessed: X, 'in-dialogue': X, agreed: X, disputed: X,
    finalised:       ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    released: X, appealed: X, decided: X,
  },
  appeal: {
    open: X, 'self-assessed': X, assessed: X, 'in-dialogue': X, agreed: X, disputed: X, finalised: X,
    released:        ['ok',           'not-employee',   'not-employee', 'not-employee', 'no-role', 'not-employee',   'not-employee'],
    appealed: X, decided: X,
  },
  'decide-appeal': {
    open: X, 'self-assessed': X, assessed: X, 'in-dialogue': X, agreed: X, disputed: X, finalised: X, released: X,
    appealed:        ['not-atasan',   'not-atasan',     'ok',           'not-atasan',   'no-role', 'not-atasan',     coi],
    decided: X,
  },
  // Each assessor declares their own conflict; HR declares the pejabat penilai's; the employee tries to declare their own.
  'declare-conflict': {
    open:            ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    'self-assessed': ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    assessed:        ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    'in-dialogue':   ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    agreed:          ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    disputed:        ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    finalised:       ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    released:        ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    appealed:        ['not-assessor', 'ok',             'ok',           'ok',           'no-role', 'already-declared', 'already-declared'],
    decided: X,
  },
  // A new atasan pejabat penilai.
  reassign: {
    open:            ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    'self-assessed': ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    assessed:        ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    'in-dialogue':   ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    agreed:          ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    disputed:        ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    finalised:       ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    released:        ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    appealed:        ['not-hr',       'not-hr',         'not-hr',       'ok',           'no-role', 'not-hr',         'not-hr'],
    decided: X,
  },
  // Not a transition: authorize only.
  'view-result': {
    open:            ['not-released', 'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    'self-assessed': ['not-released', 'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    assessed:        ['not-released', 'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    'in-dialogue':   ['not-released', 'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    agreed:          ['not-released', 'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    disputed:        ['not-released', 'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    finalised:       ['not-released', 'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    released:        ['ok',           'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    appealed:        ['ok',           'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
    decided:         ['ok',           'ok',             'ok',           'ok',           'no-role', 'ok',             'ok'],
  },
};

/** Where each allowed transition leads (the `ok` cells), written out independently of the source. */
const LEADS_TO: Partial<Record<EvaluationActionType, EvaluationState>> = {
  'self-assess': 'self-assessed',
  assess: 'assessed',
  'start-dialogue': 'in-dialogue',
  'record-dialogue': 'agreed',
  finalise: 'finalised',
  mediate: 'finalised',
  release: 'released',
  appeal: 'appealed',
  'decide-appeal': 'decided',
};

function actorFor(column: Column): Actor {
  switch (column) {
    case 'pegawai':
      return employee;
    case 'penilai':
    case 'penilai+coi':
      return supervisor;
    case 'atasan':
    case 'atasan+coi':
      return atasan;
    case 'hr':
      return hr;
    case 'outsider':
      return outsider;
  }
}

function evaluationFor(state: EvaluationState, column: Column): Evaluation {
  const ev = inState(state);
  const conflicted = column === 'penilai+coi' ? SUPERVISOR : column === 'atasan+coi' ? ATASAN : null;
  if (conflicted === null) return ev;
  return {
    ...ev,
    conflicts: [
      {
        assessorId: conflicted,
        relation: 'keluarga',
        declaredOn: lastDate(ev),
        declaredBy: HR_ID,
        notes: null,
      },
    ],
  };
}

function payload(type: EvaluationActionType, actor: Actor): EvaluationAction {
  switch (type) {
    case 'self-assess':
      return { type, ratings: RATINGS };
    case 'assess':
      return { type, ratings: RATINGS, needsDialogue: true };
    case 'start-dialogue':
    case 'finalise':
    case 'release':
      return { type };
    case 'record-dialogue':
      return { type, outcome: 'agreed', notes: 'Sepakat setelah klarifikasi' };
    case 'mediate':
      return { type, decision: 'upheld', reason: 'Bukti dukung lengkap' };
    case 'appeal':
      return { type, reasons: ['Capaian IKI 2 tidak dihitung'] };
    case 'decide-appeal':
      return { type, decision: 'rejected', reason: 'Bukti tidak mendukung' };
    case 'declare-conflict':
      return { type, assessorId: actor.id === HR_ID ? SUPERVISOR : actor.id, relation: 'keluarga' };
    case 'reassign':
      return { type, atasanId: 'A2', reason: 'Mutasi atasan' };
  }
}

function expectedCode(cell: Exclude<Cell, 'ok'>): string {
  switch (cell) {
    case '-':
      return 'workflow.invalid-transition';
    case 'self-assessment-required':
    case 'dialogue-required':
    case 'mediation-required':
      return `workflow.${cell}`;
    case 'already-declared':
      return 'workflow.conflict-already-declared';
    default:
      return `workflow.deny.${cell}`;
  }
}

const cases = (Object.keys(TABLE) as Action[]).flatMap((action) =>
  EVALUATION_STATES.flatMap((state) =>
    COLUMNS.map((column, i) => ({ action, state, column, cell: TABLE[action][state][i] as Cell })),
  ),
);

describe('every role × action × state', () => {
  it('covers the whole grid', () => {
    expect(cases).toHaveLength(12 * 10 * 7);
    expect(EMPLOYEE).not.toBe(SUPERVISOR);
  });

  it.each(cases)('$action in $state by $column: $cell', ({ action, state, column, cell }) => {
    const ev = evaluationFor(state, column);
    const actor = actorFor(column);
    if (action === 'view-result') {
      const decision = authorize(actor, 'view-result', ev);
      expect(decision.allowed).toBe(cell === 'ok');
      expect(decision.reason.code).toMatch(cell === 'ok' ? /^workflow\.allow\./ : `workflow.deny.${cell}`);
      return;
    }
    const before = JSON.stringify(ev);
    const act = payload(action, actor);
    const r = transition(ev, act, actor, { asOf: addDays(lastDate(ev), 1) });
    expect(JSON.stringify(ev)).toBe(before);
    if (cell === 'ok') {
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([]);
      if (!r.ok) return;
      expect(r.value.state).toBe(LEADS_TO[action] ?? state);
      expect(r.value.revision).toBe(ev.revision + 1);
      expect(r.value.history.at(-1)).toMatchObject({ action, actor: actor.id, from: state });
      const decision = authorize(actor, act, ev);
      expect(decision.allowed).toBe(true);
      expect(decision.reason.code).toBe(`workflow.allow.${r.value.history.at(-1)?.role}`);
      return;
    }
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual([expectedCode(cell)]);
    if (cell.startsWith('not-') || cell === 'no-role' || cell === coi) {
      const decision = authorize(actor, act, ev);
      expect(decision).toMatchObject({ allowed: false, reason: { code: `workflow.deny.${cell}` } });
      expect(r.issues[0]?.message).toEqual(decision.reason.message);
    }
  });
});
