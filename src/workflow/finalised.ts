/**
 * The finalised-record rule: once an evaluation is finalised, which lifecycle action may change
 * which of its fields. One definition of "finalised" ({@link isFinalised}) for the lifecycle table,
 * the transition steps and every store.
 */
import { type Issue, isRecord, issue, type PathSegment } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { catalog, type MessageCode } from '../explain/messages/index';
import { EVALUATION_TRANSITIONS } from './lifecycle';
import type { Evaluation, EvaluationActionType, EvaluationState } from './types';

/**
 * Whether an evaluation in `state` is finalised: `finalised` or any later state (`released`,
 * `appealed`, `decided`). From then on it changes only as {@link finalisedViolation} permits.
 *
 * (A function declaration with the states written out, so that `lifecycle.ts`, which builds its
 * table with it while this module may still be loading, can always call it.)
 *
 * @category Workflow
 * @example
 * ```ts
 * isFinalised('released'); // true
 * isFinalised('agreed'); // false
 * ```
 */
export function isFinalised(state: unknown): state is 'finalised' | 'released' | 'appealed' | 'decided' {
  return state === 'finalised' || state === 'released' || state === 'appealed' || state === 'decided';
}

/**
 * The fields of an evaluation that no lifecycle step may change once it is finalised: its identity,
 * the pejabat penilai, the assessments, the dialogue and the mediation.
 *
 * @category Workflow
 * @example
 * ```ts
 * FINALISED_FROZEN_FIELDS.includes('supervisorAssessment'); // true
 * ```
 */
export const FINALISED_FROZEN_FIELDS = Object.freeze([
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
] as const satisfies readonly (keyof Evaluation)[]);

/**
 * The fields of a finalised evaluation that change, and the one action that may change each:
 * `atasanId` by `reassign`; `conflicts` by `declare-conflict`, appending only; `releasedOn` by
 * `release`, once; `appeal` by `appeal` (filing it) and `decide-appeal` (adding the decision);
 * `ofRecord` only by `decide-appeal`.
 *
 * @category Workflow
 * @example
 * ```ts
 * FINALISED_CHANGES.ofRecord; // ['decide-appeal']
 * ```
 */
export const FINALISED_CHANGES: Readonly<
  Record<'atasanId' | 'conflicts' | 'releasedOn' | 'appeal' | 'ofRecord', readonly EvaluationActionType[]>
> = Object.freeze({
  atasanId: Object.freeze(['reassign'] as const),
  conflicts: Object.freeze(['declare-conflict'] as const),
  releasedOn: Object.freeze(['release'] as const),
  appeal: Object.freeze(['appeal', 'decide-appeal'] as const),
  ofRecord: Object.freeze(['decide-appeal'] as const),
});

/** Deep equality of JSON data, object keys in any order (iterative: no input overflows the stack). */
function same(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xs = Object.keys(x);
    const ys = Object.keys(y);
    if (xs.length !== ys.length) return false;
    for (const k of xs) {
      if (!Object.hasOwn(y, k)) return false;
      stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
    }
  }
  return true;
}

/**
 * Whether `value` has what the rule reads: history entries and conflicts in arrays, the appeal
 * null or an object. (A store has validated both records fully; any other caller may pass anything.)
 */
function hasEvaluationShape(value: unknown): value is Evaluation {
  return (
    isRecord(value) &&
    Array.isArray(value.history) &&
    value.history.every(isRecord) &&
    Array.isArray(value.conflicts) &&
    (value.appeal === null || isRecord(value.appeal)) &&
    typeof value.revision === 'number'
  );
}

/** A value inside a message: strings and numbers as they are, anything else by its type. */
function shown(value: unknown): string | number {
  return typeof value === 'string' || typeof value === 'number'
    ? value
    : value === null
      ? 'null'
      : typeof value;
}

function broken(code: MessageCode, path: readonly PathSegment[], params = {}): Issue {
  return issue(catalog, code, path, params);
}

/**
 * Why `next` may not replace the finalised (or later) `stored` evaluation, as an issue whose path
 * names the field (relative to the evaluation), or `null` when `next` only moves it on through the
 * lifecycle: its history continues the stored history, every new entry is a row of
 * {@link EVALUATION_TRANSITIONS} chained from the stored state with growing revisions, no field of
 * {@link FINALISED_FROZEN_FIELDS} changed, and every other change was made by an action that
 * {@link FINALISED_CHANGES} allows. Codes: `workflow.finalised-no-step`,
 * `workflow.finalised-history-changed`, `workflow.finalised-not-a-transition`,
 * `workflow.finalised-revision-not-growing`, `workflow.finalised-field-changed`,
 * `workflow.finalised-atasan`, `workflow.finalised-conflicts`, `workflow.finalised-released-on`,
 * `workflow.finalised-appeal`, `workflow.finalised-of-record`.
 *
 * Both evaluations should be valid records (a store validates them first); an argument without
 * the shape the rule reads is an `input.invalid-type` issue at `['stored']` or `['next']`.
 *
 * @category Workflow
 * @example
 * ```ts
 * const next = transition(finalised, { type: 'release' }, hr, { asOf });
 * next.ok && finalisedViolation(finalised, next.value); // null
 * finalisedViolation(finalised, { ...finalised, mediation: null })?.code; // 'workflow.finalised-no-step'
 * ```
 */
export function finalisedViolation(stored: Evaluation, next: Evaluation): Issue | null {
  for (const [name, value] of [
    ['stored', stored],
    ['next', next],
  ] as const) {
    if (!hasEvaluationShape(value))
      return issue(commonMessages, 'input.invalid-type', [name], {
        expected: 'Evaluation',
        received: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value,
      });
  }
  const old = stored.history;
  if (next.history.length <= old.length) return broken('workflow.finalised-no-step', ['history']);
  for (let i = 0; i < old.length; i++) {
    if (!same(old[i], next.history[i]))
      return broken('workflow.finalised-history-changed', ['history', i], { index: i });
  }
  const added = next.history.slice(old.length);
  let state: EvaluationState = stored.state;
  let revision = stored.revision;
  for (let i = 0; i < added.length; i++) {
    const entry = added[i] as Evaluation['history'][number];
    const known = EVALUATION_TRANSITIONS.some(
      (t) => t.from === state && t.action === entry.action && t.to === entry.to,
    );
    const path = ['history', old.length + i];
    if (entry.from !== state || !known)
      return broken('workflow.finalised-not-a-transition', path, {
        action: shown(entry.action),
        from: shown(entry.from),
        at: state,
      });
    if (typeof entry.revision !== 'number' || !(entry.revision > revision))
      return broken('workflow.finalised-revision-not-growing', [...path, 'revision'], {
        revision: shown(entry.revision),
      });
    state = entry.to;
    revision = entry.revision;
  }
  const actions = new Set<string>(added.map((e) => e.action));
  const by = (field: keyof typeof FINALISED_CHANGES): boolean =>
    FINALISED_CHANGES[field].some((a) => actions.has(a));
  for (const field of FINALISED_FROZEN_FIELDS) {
    if (!same(stored[field], next[field]))
      return broken('workflow.finalised-field-changed', [field], { field });
  }
  if (stored.atasanId !== next.atasanId && !by('atasanId'))
    return broken('workflow.finalised-atasan', ['atasanId']);
  if (!same(stored.conflicts, next.conflicts)) {
    const appended =
      next.conflicts.length >= stored.conflicts.length &&
      stored.conflicts.every((c, i) => same(c, next.conflicts[i]));
    if (!appended || !by('conflicts')) return broken('workflow.finalised-conflicts', ['conflicts']);
  }
  if (stored.releasedOn !== next.releasedOn && (stored.releasedOn !== null || !by('releasedOn')))
    return broken('workflow.finalised-released-on', ['releasedOn']);
  if (!same(stored.appeal, next.appeal)) {
    const a = stored.appeal;
    const b = next.appeal;
    const filed = a === null && actions.has('appeal');
    const decided =
      a !== null &&
      b !== null &&
      a.decision === null &&
      actions.has('decide-appeal') &&
      same([a.filedOn, a.reasons, a.deadline], [b.filedOn, b.reasons, b.deadline]);
    if (!filed && !decided) return broken('workflow.finalised-appeal', ['appeal']);
  }
  if (!same(stored.ofRecord, next.ofRecord) && !by('ofRecord'))
    return broken('workflow.finalised-of-record', ['ofRecord']);
  return null;
}
