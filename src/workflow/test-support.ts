/**
 * Test-only helpers for the workflow tests: the cast of people and evaluations in every state,
 * built through the real lifecycle (so every fixture is one `transition` can produce).
 */
import { addDays, type IsoDate } from '../date/index';
import { unwrap } from '../explain/index';
import { openEvaluation } from './open-evaluation';
import { transition } from './transition';
import type { Actor, Evaluation, EvaluationAction, EvaluationState, TransitionOptions } from './types';

export const d = (s: string): IsoDate => s as IsoDate;

export const EMPLOYEE = 'E1';
export const SUPERVISOR = 'S1';
export const ATASAN = 'A1';
export const HR_ID = 'H1';

export const employee: Actor = { id: EMPLOYEE };
export const supervisor: Actor = { id: SUPERVISOR };
export const atasan: Actor = { id: ATASAN };
export const hr: Actor = { id: HR_ID, roles: ['pengelola-kinerja'] };
export const outsider: Actor = { id: 'X9' };

export const OPENED_ON = d('2026-01-02');

export function opened(): Evaluation {
  return unwrap(
    openEvaluation(
      {
        id: 'ev-1',
        agencyId: 'kota-palu',
        unitId: 'dinkes',
        employeeId: EMPLOYEE,
        supervisorId: SUPERVISOR,
        atasanId: ATASAN,
        period: { start: '2025-01-01', end: '2025-12-31' },
      },
      hr,
      { asOf: OPENED_ON },
    ),
  );
}

/** The date of the evaluation's last transition. */
export function lastDate(ev: Evaluation): IsoDate {
  const last = ev.history[ev.history.length - 1];
  if (last === undefined) throw new Error('no history');
  return last.asOf;
}

/** Applies an action one day after the last transition (or on `asOf`), throwing on failure. */
export function step(
  ev: Evaluation,
  action: EvaluationAction,
  actor: Actor,
  options: Partial<TransitionOptions> = {},
): Evaluation {
  return unwrap(transition(ev, action, actor, { asOf: addDays(lastDate(ev), 1), ...options }));
}

export const RATINGS = { 'hasil-kerja': 'sesuai-ekspektasi', perilaku: 'di-atas-ekspektasi' };
export const SELF_RATINGS = { 'hasil-kerja': 'di-atas-ekspektasi', perilaku: 'di-atas-ekspektasi' };

/**
 * An evaluation in `state` under the default settings, through the usual path: self-assessment, an
 * assessment with a gap (`needsDialogue: true`), a dialogue (agreed, or disagreed then upheld by
 * mediation on the way to `disputed`), release, appeal, decision.
 */
export function inState(state: EvaluationState): Evaluation {
  let ev = opened();
  if (state === 'open') return ev;
  ev = step(ev, { type: 'self-assess', ratings: SELF_RATINGS }, employee);
  if (state === 'self-assessed') return ev;
  ev = step(ev, { type: 'assess', ratings: RATINGS, needsDialogue: true }, supervisor);
  if (state === 'assessed') return ev;
  ev = step(ev, { type: 'start-dialogue' }, employee);
  if (state === 'in-dialogue') return ev;
  if (state === 'disputed') {
    return step(ev, { type: 'record-dialogue', outcome: 'disagreed', notes: 'Berbeda pendapat' }, supervisor);
  }
  ev = step(ev, { type: 'record-dialogue', outcome: 'agreed', notes: 'Sepakat' }, supervisor);
  if (state === 'agreed') return ev;
  ev = step(ev, { type: 'finalise' }, supervisor);
  if (state === 'finalised') return ev;
  ev = step(ev, { type: 'release' }, hr);
  if (state === 'released') return ev;
  ev = step(ev, { type: 'appeal', reasons: ['Capaian IKI 2 tidak dihitung'] }, employee);
  if (state === 'appealed') return ev;
  return step(ev, { type: 'decide-appeal', decision: 'rejected', reason: 'Bukti tidak mendukung' }, atasan);
}
