import {
  addDays,
  addYears,
  type DateSchedule,
  type IsoDate,
  isoDate,
  parseDateSchedule,
  scheduleDateOnOrAfter,
  scheduleDatesBetween,
  wholeYearsBetween,
  yearOf,
} from '../date/index';
import { compare as compareDecimal, isDecimalString } from '../decimal/index';
import { err, type Issue, issue, ok, type PathSegment, type Result } from '../explain/index';
import {
  AK_NEEDED,
  EDUCATION_CAP,
  PROMOTION_SCHEDULE,
  RANK_LADDER,
  STARTING_RANK,
  UJIAN_DINAS,
} from '../packs/promotion';
import { predikatRank } from '../rating/index';
import { type EmployeeFacts, parseEmployeeFacts } from './eligibility-facts';
import { type EligibilityRule, LEAF_TYPES, type LeafType } from './eligibility-rule';

/** A JSON value shown as a node's actual or expected value. */
/**
 * A value shown in an eligibility tree (an actual or an expected value): JSON data.
 *
 * @category Careers
 * @example
 * ```ts
 * const actual: Shown = { years: 3, since: '2016-03-01' };
 * ```
 */
export type Shown = string | number | boolean | null | readonly Shown[] | { readonly [k: string]: Shown };

/**
 * One node of an eligibility tree: the shape of the rule, each node with its actual value, the
 * expected value and the outcome. Composite nodes (`all`, `any`, `not`) show the count of met
 * children as actual.
 *
 * @category Career
 * @example
 * ```ts
 * const n: EligibilityNode = { id: 'masa-kerja-pangkat', type: 'years-in-rank', outcome: false,
 *   actual: { years: 3, since: '2016-03-01', reachedOn: '2020-03-01' }, expected: { atLeast: 4 } };
 * ```
 */
export interface EligibilityNode {
  readonly id: string;
  readonly type: 'all' | 'any' | 'not' | LeafType;
  readonly outcome: boolean;
  readonly actual: Shown;
  readonly expected: Shown;
  readonly children?: readonly EligibilityNode[];
}

/**
 * The result of {@link evaluateEligibility}.
 *
 * @category Career
 * @example
 * ```ts
 * const r: EligibilityResult = { rule: 'kenaikan-pangkat-reguler', asOf: isoDate('2019-12-01'), eligible: false,
 *   unmet: ['masa-kerja-pangkat'], earliest: isoDate('2020-04-01'), tree };
 * ```
 */
export interface EligibilityResult {
  readonly rule: string;
  readonly asOf: IsoDate;
  readonly eligible: boolean;
  /**
   * The ids of the leaves that keep the rule from holding, in rule order (empty when eligible; a
   * met `any` rescues its failed alternatives; under a `not`, the met leaves that made it fail).
   */
  readonly unmet: readonly string[];
  /** The first promotion schedule date on or after `asOf` at which the rule holds; null if none. */
  readonly earliest: IsoDate | null;
  readonly tree: EligibilityNode;
}

/**
 * Options of {@link evaluateEligibility}.
 *
 * @category Career
 * @example
 * ```ts
 * const options: EligibilityOptions = { asOf: isoDate('2025-06-30') };
 * ```
 */
export interface EligibilityOptions {
  /** The date the rule is evaluated at. */
  readonly asOf: IsoDate | string;
  /** The promotion schedule (effective dates); default: the national schedule, {@link promotionSchedule}. */
  readonly schedule?: DateSchedule | readonly unknown[];
  /** Search `earliest` at most this many years after `asOf` (default 60). */
  readonly horizonYears?: number;
}

const LADDER: readonly string[] = RANK_LADDER.map((r) => r.golongan);
const rankIndex = (g: string | undefined): number => (g === undefined ? -1 : LADDER.indexOf(g));
const own = <T>(o: Readonly<Record<string, T>>, k: string | undefined): T | undefined =>
  k !== undefined && Object.hasOwn(o, k) ? o[k] : undefined;

/** `d + n years`, or null outside the calendar (never throws). */
function plusYears(d: IsoDate, n: number): IsoDate | null {
  try {
    return addYears(d, n);
  } catch {
    return null;
  }
}
function plusDays(d: IsoDate, n: number): IsoDate | null {
  try {
    return addDays(d, n);
  } catch {
    return null;
  }
}

interface LeafOutcome {
  readonly outcome: boolean;
  readonly actual: Shown;
  readonly expected: Shown;
}

type Leaf = Extract<EligibilityRule, { leaf: LeafType }>;
const num = (p: Leaf['params'], k: string, dflt: number): number => {
  const v = p?.[k];
  return typeof v === 'number' ? v : dflt;
};
const str = (p: Leaf['params'], k: string, dflt: string): string => {
  const v = p?.[k];
  return typeof v === 'string' ? v : dflt;
};

/** At least `years` whole years from `since` to `at`. */
function yearsSince(since: IsoDate | undefined, years: number, at: IsoDate): LeafOutcome {
  if (since === undefined) return { outcome: false, actual: null, expected: { atLeast: years } };
  const reachedOn = plusYears(since, years);
  return {
    outcome: reachedOn !== null && at >= reachedOn,
    actual: { years: at >= since ? wholeYearsBetween(since, at) : 0, since, reachedOn },
    expected: { atLeast: years },
  };
}

/** The predikat of `year`, if recorded. */
function predikatOf(facts: EmployeeFacts, year: number): string | null {
  const list = facts.performance;
  if (list === undefined) return null;
  for (let i = 0; i < list.length; i += 1) {
    const p = list[i] as { year: number; predikat: string };
    if (p.year === year) return p.predikat;
  }
  return null;
}

/** Each of the `n` calendar years completed before `at` has a predikat at least `atLeast`. */
function lastYears(facts: EmployeeFacts, n: number, atLeast: string, at: IsoDate): LeafOutcome {
  const y = yearOf(at);
  const threshold = predikatRank(atLeast) ?? Number.POSITIVE_INFINITY;
  const years: Array<{ year: number; predikat: string | null }> = [];
  let outcome = n >= 1;
  for (let k = n; k >= 1; k -= 1) {
    const p = predikatOf(facts, y - k);
    years.push({ year: y - k, predikat: p });
    const rank = p === null ? undefined : predikatRank(p);
    if (rank === undefined || rank < threshold) outcome = false;
  }
  return { outcome, actual: years, expected: { atLeast, years: n } };
}

function matchesPosition(pos: { kind: string; level: string | null }, wanted: readonly unknown[]): boolean {
  return wanted.some((w) => {
    if (typeof w !== 'object' || w === null) return false;
    const { kind, level } = w as { kind?: unknown; level?: unknown };
    return kind === pos.kind && (level === undefined || level === null || level === pos.level);
  });
}

function valueAtPath(facts: EmployeeFacts, path: string): unknown {
  let cur: unknown = facts;
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

function toShown(v: unknown): Shown {
  if (v === undefined) return null;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [...(v as string[])];
  try {
    return JSON.parse(JSON.stringify(v)) as Shown;
  } catch {
    return String(v);
  }
}

function compareValues(actual: unknown, op: string, value: unknown): boolean {
  if (op === 'in')
    return Array.isArray(value) && value.some((v) => JSON.stringify(v) === JSON.stringify(actual));
  if (op === 'eq') return JSON.stringify(actual) === JSON.stringify(value);
  if (op === 'ne') return JSON.stringify(actual) !== JSON.stringify(value);
  let c: number;
  const numeric = (v: unknown): boolean => typeof v === 'number' || isDecimalString(v);
  if (numeric(actual) && numeric(value)) c = compareDecimal(actual as string, value as string);
  else if (typeof actual === 'string' && typeof value === 'string')
    c = actual < value ? -1 : actual > value ? 1 : 0;
  else return false;
  return op === 'gt' ? c > 0 : op === 'gte' ? c >= 0 : op === 'lt' ? c < 0 : op === 'lte' ? c <= 0 : false;
}

function evaluateLeaf(leaf: Leaf, facts: EmployeeFacts, at: IsoDate): LeafOutcome {
  const p = leaf.params;
  switch (leaf.leaf) {
    case 'years-in-rank':
      return yearsSince(facts.rank?.since, num(p, 'years', 4), at);
    case 'years-in-jenjang':
      return yearsSince(facts.position?.since, num(p, 'years', 1), at);
    case 'experience':
      return yearsSince(facts.serviceStart, num(p, 'years', 0), at);
    case 'age': {
      const min = typeof p?.min === 'number' ? p.min : null;
      const max = typeof p?.max === 'number' ? p.max : null;
      const expected = { min, max };
      const birth = facts.birthDate;
      if (birth === undefined || at < birth) return { outcome: false, actual: null, expected };
      const from = min === null ? birth : plusYears(birth, min);
      const until = max === null ? null : plusYears(birth, max + 1);
      const outcome = from !== null && at >= from && (until === null || at < until);
      return { outcome, actual: { age: wholeYearsBetween(birth, at), birthDate: birth }, expected };
    }
    case 'predikat-last-n-years':
      return lastYears(facts, num(p, 'years', 2), str(p, 'atLeast', 'baik'), at);
    case 'predikat-last-year':
      return lastYears(facts, 1, str(p, 'atLeast', 'baik'), at);
    case 'no-running-sanction': {
      const running = (facts.discipline ?? []).filter((d) => d.from <= at && at <= d.to);
      return {
        outcome: running.length === 0,
        actual: running.map((d) => ({ level: d.level, from: d.from, to: d.to })),
        expected: [],
      };
    }
    case 'education-cap': {
      const cap = own(EDUCATION_CAP, facts.education) ?? null;
      const i = rankIndex(facts.rank?.golongan);
      const next = i >= 0 ? (LADDER[i + 1] ?? null) : null;
      return {
        outcome: cap !== null && next !== null && rankIndex(next) <= rankIndex(cap),
        actual: { education: facts.education ?? null, next },
        expected: { atMost: cap },
      };
    }
    case 'education-in': {
      const allowed = Array.isArray(p?.education) ? (p.education as unknown[]) : [];
      return {
        outcome: facts.education !== undefined && allowed.includes(facts.education),
        actual: facts.education ?? null,
        expected: toShown(allowed),
      };
    }
    case 'exam-passed': {
      const exam = str(p, 'exam', 'ujian-dinas');
      const exams = facts.exams ?? [];
      if (exam !== 'ujian-dinas')
        return { outcome: exams.includes(exam), actual: toShown(exams), expected: exam };
      const golongan = facts.rank?.golongan;
      const step = UJIAN_DINAS.find((u) => u.from === golongan);
      if (step === undefined) return { outcome: true, actual: toShown(exams), expected: 'not-required' };
      const start = own(STARTING_RANK, facts.education);
      if (start !== undefined && rankIndex(start) >= rankIndex(step.to))
        return { outcome: true, actual: { startingRank: start }, expected: 'not-required' };
      return { outcome: exams.includes(step.exam), actual: toShown(exams), expected: step.exam };
    }
    case 'angka-kredit-reached': {
      const which = str(p, 'for', 'pangkat') === 'jenjang' ? 'jenjang' : 'pangkat';
      const jenjang = facts.position?.kind === 'fungsional' ? (facts.position.level ?? undefined) : undefined;
      const needed = own(AK_NEEDED, jenjang)?.[which] ?? null;
      const ak = facts.angkaKredit ?? null;
      return {
        outcome: needed !== null && ak !== null && compareDecimal(ak, needed) >= 0,
        actual: { angkaKredit: ak, jenjang: jenjang ?? null },
        expected: { atLeast: needed },
      };
    }
    case 'prior-position': {
      const years = num(p, 'years', 2);
      const wanted = Array.isArray(p?.positions) ? (p.positions as unknown[]) : [];
      const held: Shown[] = [];
      let outcome = false;
      const consider = (kind: string, level: string | null, from: IsoDate, to: IsoDate | null) => {
        if (!matchesPosition({ kind, level }, wanted) || from > at) return;
        const end = to === null || to >= at ? at : plusDays(to, 1);
        const reachedOn = plusYears(from, years);
        const ok = end !== null && reachedOn !== null && end >= reachedOn;
        held.push({ kind, level, from, years: end === null ? 0 : wholeYearsBetween(from, end) });
        if (ok) outcome = true;
      };
      if (facts.position) consider(facts.position.kind, facts.position.level, facts.position.since, null);
      for (const h of facts.positionHistory ?? []) consider(h.kind, h.level, h.from, h.to);
      return { outcome, actual: held, expected: { atLeast: years, positions: toShown(wanted) } };
    }
    case 'compare': {
      const path = str(p, 'path', '');
      const op = str(p, 'op', 'eq');
      const actual = valueAtPath(facts, path);
      return {
        outcome: actual !== undefined && compareValues(actual, op, p?.value),
        actual: toShown(actual),
        expected: { path, op, value: toShown(p?.value) },
      };
    }
  }
}

/** Dates after which a leaf's outcome may change (for `earliest`). */
function changePoints(leaf: Leaf, facts: EmployeeFacts, asOf: IsoDate, out: IsoDate[]): void {
  const p = leaf.params;
  const push = (d: IsoDate | null) => {
    if (d !== null && d > asOf) out.push(d);
  };
  const since = (d: IsoDate | undefined, years: number) => {
    if (d !== undefined) push(plusYears(d, years));
  };
  switch (leaf.leaf) {
    case 'years-in-rank':
      since(facts.rank?.since, num(p, 'years', 4));
      return;
    case 'years-in-jenjang':
      since(facts.position?.since, num(p, 'years', 1));
      return;
    case 'experience':
      since(facts.serviceStart, num(p, 'years', 0));
      return;
    case 'age': {
      const b = facts.birthDate;
      if (b === undefined) return;
      push(b);
      if (typeof p?.min === 'number') since(b, p.min);
      if (typeof p?.max === 'number') since(b, p.max + 1);
      return;
    }
    case 'predikat-last-n-years':
    case 'predikat-last-year': {
      const n = leaf.leaf === 'predikat-last-year' ? 1 : num(p, 'years', 2);
      const years = (facts.performance ?? []).map((x) => x.year);
      const from = yearOf(asOf) + 1;
      const to = Math.min(Math.max(from, ...years.map((y) => y + n + 1)), from + 200, 9999);
      for (let y = from; y <= to; y += 1) push(isoDate(`${String(y).padStart(4, '0')}-01-01`));
      return;
    }
    case 'no-running-sanction':
      for (const d of facts.discipline ?? []) {
        push(d.from);
        push(plusDays(d.to, 1));
      }
      return;
    case 'prior-position': {
      const years = num(p, 'years', 2);
      if (facts.position) {
        push(facts.position.since);
        since(facts.position.since, years);
      }
      for (const h of facts.positionHistory ?? []) {
        push(h.from);
        since(h.from, years);
        push(plusDays(h.to, 1));
      }
      return;
    }
    default:
      return;
  }
}

function evaluateNode(rule: EligibilityRule, facts: EmployeeFacts, at: IsoDate): EligibilityNode {
  if ('leaf' in rule) {
    const r = evaluateLeaf(rule, facts, at);
    return { id: rule.id, type: rule.leaf, outcome: r.outcome, actual: r.actual, expected: r.expected };
  }
  if ('not' in rule) {
    const child = evaluateNode(rule.not, facts, at);
    return {
      id: rule.id,
      type: 'not',
      outcome: !child.outcome,
      actual: child.outcome,
      expected: false,
      children: [child],
    };
  }
  const isAll = 'all' in rule;
  const list = isAll ? rule.all : rule.any;
  const children: EligibilityNode[] = new Array(list.length);
  let met = 0;
  for (let i = 0; i < list.length; i += 1) {
    const child = evaluateNode(list[i] as EligibilityRule, facts, at);
    children[i] = child;
    if (child.outcome) met += 1;
  }
  const outcome = isAll ? met === children.length : met > 0;
  return {
    id: rule.id,
    type: isAll ? 'all' : 'any',
    outcome,
    actual: met,
    expected: isAll ? children.length : 1,
    children,
  };
}

/**
 * The leaves that keep a failing node from holding: a failing leaf under failing ancestors (a
 * met `any` rescues its failed alternatives; under a `not`, the met leaves are the culprits).
 */
function collectUnmet(node: EligibilityNode, negated: boolean, out: string[]): void {
  if (node.outcome !== negated) return;
  if (node.children === undefined) out.push(node.id);
  else for (const c of node.children) collectUnmet(c, node.type === 'not' ? !negated : negated, out);
}

/** At least `years` whole years from `since` to `at` (outcome only). */
function reached(since: IsoDate | undefined, years: number, at: IsoDate): boolean {
  if (since === undefined) return false;
  const on = plusYears(since, years);
  return on !== null && at >= on;
}

/** A leaf's outcome without its actual and expected values (same semantics as evaluateLeaf). */
function leafHolds(leaf: Leaf, facts: EmployeeFacts, at: IsoDate): boolean {
  const p = leaf.params;
  switch (leaf.leaf) {
    case 'years-in-rank':
      return reached(facts.rank?.since, num(p, 'years', 4), at);
    case 'years-in-jenjang':
      return reached(facts.position?.since, num(p, 'years', 1), at);
    case 'experience':
      return reached(facts.serviceStart, num(p, 'years', 0), at);
    case 'no-running-sanction': {
      for (const d of facts.discipline ?? []) if (d.from <= at && at <= d.to) return false;
      return true;
    }
    case 'predikat-last-n-years':
    case 'predikat-last-year': {
      const n = leaf.leaf === 'predikat-last-year' ? 1 : num(p, 'years', 2);
      const threshold = predikatRank(str(p, 'atLeast', 'baik')) ?? Number.POSITIVE_INFINITY;
      const y = yearOf(at);
      if (n < 1) return false;
      for (let k = n; k >= 1; k -= 1) {
        const code = predikatOf(facts, y - k);
        const rank = code === null ? undefined : predikatRank(code);
        if (rank === undefined || rank < threshold) return false;
      }
      return true;
    }
    default:
      return evaluateLeaf(leaf, facts, at).outcome;
  }
}

/** The outcome only (the hot path of the `earliest` search; may short-circuit, the tree does not). */
function holds(rule: EligibilityRule, facts: EmployeeFacts, at: IsoDate): boolean {
  if ('leaf' in rule) return leafHolds(rule, facts, at);
  if ('not' in rule) return !holds(rule.not, facts, at);
  if ('all' in rule) {
    for (const c of rule.all) if (!holds(c, facts, at)) return false;
    return true;
  }
  for (const c of rule.any) if (holds(c, facts, at)) return true;
  return false;
}

/** Leaves whose outcome does not depend on the date. */
const STATIC_LEAVES: ReadonlySet<string> = new Set([
  'education-cap',
  'education-in',
  'exam-passed',
  'angka-kredit-reached',
  'compare',
]);

/** Whether the tree is `all` nodes over leaves only and a date-independent leaf fails: never eligible. */
function staticallyBlocked(node: EligibilityNode): boolean {
  if (node.type === 'all') {
    let blocked = false;
    for (const c of node.children ?? []) {
      if (c.type === 'any' || c.type === 'not') return false;
      if (staticallyBlocked(c)) blocked = true;
    }
    return blocked;
  }
  return STATIC_LEAVES.has(node.type) && !node.outcome;
}

function collectChangePoints(
  rule: EligibilityRule,
  facts: EmployeeFacts,
  asOf: IsoDate,
  out: IsoDate[],
): void {
  if ('leaf' in rule) changePoints(rule, facts, asOf, out);
  else if ('not' in rule) collectChangePoints(rule.not, facts, asOf, out);
  else for (const c of 'all' in rule ? rule.all : rule.any) collectChangePoints(c, facts, asOf, out);
}

const SCHEDULE_FROM = isoDate('1900-01-01');
const SCHEDULE_TO = isoDate('2199-12-31');
const scheduleDatesCache = new WeakMap<DateSchedule, readonly IsoDate[]>();

/** The first schedule date on or after `d` (up to `limit`), from a sorted table built once per schedule. */
function nextScheduleDate(schedule: DateSchedule, d: IsoDate, limit: IsoDate): IsoDate | null {
  if (d < SCHEDULE_FROM || limit > SCHEDULE_TO) return scheduleDateOnOrAfter(schedule, d, { limit });
  let dates = scheduleDatesCache.get(schedule);
  if (dates === undefined) {
    dates = scheduleDatesBetween(schedule, SCHEDULE_FROM, SCHEDULE_TO);
    scheduleDatesCache.set(schedule, dates);
  }
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as IsoDate) < d) lo = mid + 1;
    else hi = mid;
  }
  const found = dates[lo];
  return found === undefined || found > limit ? null : found;
}

/**
 * The first date of `schedule` on or after `asOf` at which `rule` holds for `facts` as they
 * stand, or null. Between two consecutive change points of the date-dependent leaves the outcome
 * is constant, so only the first schedule date of each such interval is evaluated.
 */
function earliestDate(
  rule: EligibilityRule,
  facts: EmployeeFacts,
  asOf: IsoDate,
  schedule: DateSchedule,
  limit: IsoDate,
): IsoDate | null {
  const points: IsoDate[] = [];
  collectChangePoints(rule, facts, asOf, points);
  points.sort();
  let start: IsoDate = asOf;
  let i = 0;
  for (;;) {
    while (i < points.length && (points[i] as IsoDate) <= start) i += 1;
    const candidate = points[i];
    const next = candidate !== undefined && candidate <= limit ? candidate : undefined;
    const s = nextScheduleDate(schedule, start, limit);
    if (s === null) return null;
    if ((next === undefined || s < next) && holds(rule, facts, s)) return s;
    if (next === undefined) return null;
    start = next;
  }
}

const COMPOSITE_KEYS = ['all', 'any', 'not', 'leaf'] as const;

/**
 * Validates an eligibility rule given as data: node shapes, string ids unique in the rule, known
 * leaf types and well-typed params. Every problem is reported with its path.
 *
 * @category Career
 * @example
 * ```ts
 * parseEligibilityRule({ id: 'r', all: [{ id: 'a', leaf: 'age', params: { max: 56 } }] }).ok; // true
 * parseEligibilityRule({ id: 'r', leaf: 'shoe-size' }).ok; // false
 * ```
 */
export function parseEligibilityRule(
  input: unknown,
  path: readonly PathSegment[] = [],
): Result<EligibilityRule, Issue[]> {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  const walk = (node: unknown, at: readonly PathSegment[]) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      issues.push(
        issue('input.invalid-type', at, {
          expected: 'object',
          received: node === null ? 'null' : typeof node,
        }),
      );
      return;
    }
    const n = node as Record<string, unknown>;
    if (typeof n.id !== 'string' || n.id === '') issues.push(issue('input.required', [...at, 'id']));
    else if (ids.has(n.id))
      issues.push(issue('input.invalid-value', [...at, 'id'], { expected: 'an id used once in the rule' }));
    else ids.add(n.id);
    const keys = COMPOSITE_KEYS.filter((k) => n[k] !== undefined);
    if (keys.length !== 1) {
      issues.push(issue('input.invalid', at, { detail: 'exactly one of all, any, not, leaf' }));
      return;
    }
    const key = keys[0];
    if (key === 'all' || key === 'any') {
      const list = n[key];
      if (!Array.isArray(list))
        issues.push(issue('input.invalid-type', [...at, key], { expected: 'array', received: typeof list }));
      else
        list.forEach((c, i) => {
          walk(c, [...at, key, i]);
        });
    } else if (key === 'not') walk(n.not, [...at, 'not']);
    else {
      if (!(LEAF_TYPES as readonly unknown[]).includes(n.leaf))
        issues.push(issue('input.invalid-value', [...at, 'leaf'], { expected: LEAF_TYPES.join(', ') }));
      const params = n.params;
      if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
        issues.push(
          issue('input.invalid-type', [...at, 'params'], { expected: 'object', received: typeof params }),
        );
        return;
      }
      const pr = (params ?? {}) as Record<string, unknown>;
      for (const k of ['years', 'min', 'max']) {
        const v = pr[k];
        if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 200))
          issues.push(
            issue('input.invalid-type', [...at, 'params', k], {
              expected: 'integer 0..200',
              received: typeof v,
            }),
          );
      }
      for (const k of ['atLeast', 'exam', 'path', 'op', 'for']) {
        const v = pr[k];
        if (v !== undefined && typeof v !== 'string')
          issues.push(
            issue('input.invalid-type', [...at, 'params', k], { expected: 'string', received: typeof v }),
          );
      }
      if (typeof pr.atLeast === 'string' && predikatRank(pr.atLeast) === undefined)
        issues.push(
          issue('input.invalid-value', [...at, 'params', 'atLeast'], { expected: 'a predikat code' }),
        );
      if (n.leaf === 'compare' && typeof pr.path !== 'string')
        issues.push(issue('input.required', [...at, 'params', 'path']));
      if (typeof pr.op === 'string' && !['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'].includes(pr.op))
        issues.push(
          issue('input.invalid-value', [...at, 'params', 'op'], { expected: 'eq, ne, gt, gte, lt, lte, in' }),
        );
    }
  };
  walk(input, path);
  return issues.length > 0 ? err(issues) : ok(input as EligibilityRule);
}

const DEFAULT_SCHEDULE = PROMOTION_SCHEDULE as unknown as DateSchedule;

/**
 * Evaluates an eligibility rule for an employee's facts at `asOf`. Every node is evaluated (no
 * short-circuit): the tree has the shape of the rule, each node with its actual value, expected
 * value and outcome; `unmet` lists the leaves that failed; `earliest` is the first date on or
 * after `asOf`, on the promotion schedule in force, at which the whole rule holds given the facts
 * as they stand (null when a condition that does not depend on the date fails, or the date never
 * comes within the horizon). Facts, rule and options are validated: never throws. A rule or
 * schedule object is validated once (they are treated as immutable data).
 *
 * @category Career
 * @example
 * ```ts
 * const r = evaluateEligibility(PROMOTION_RULES['kenaikan-pangkat-reguler'], {
 *   education: 'slta', rank: { golongan: 'II/a', since: '2016-03-01' },
 *   performance: [{ year: 2017, predikat: 'baik' }, { year: 2018, predikat: 'baik' }, { year: 2019, predikat: 'baik' }],
 * }, { asOf: '2019-12-01' });
 * // r.value: { eligible: false, unmet: ['masa-kerja-pangkat'], earliest: '2020-04-01', tree: … }
 * ```
 */
export function evaluateEligibility(
  rule: EligibilityRule | unknown,
  facts: unknown,
  options: EligibilityOptions,
): Result<EligibilityResult, Issue[]> {
  const issues: Issue[] = [];
  const r = parseRuleCached(rule);
  if (!r.ok) issues.push(...r.issues);
  const f = parseEmployeeFacts(facts);
  if (!f.ok) issues.push(...f.issues.map((i) => ({ ...i, path: ['facts', ...i.path] })));
  const at = parseIsoDateSafe(options.asOf, issues);
  const s = parseScheduleCached(options.schedule ?? DEFAULT_SCHEDULE);
  if (!s.ok) issues.push(...s.issues);
  const horizon = options.horizonYears ?? 60;
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > 200)
    issues.push(issue('input.invalid-value', ['horizonYears'], { expected: 'an integer 0..200' }));
  if (!r.ok || !f.ok || at === undefined || !s.ok || issues.length > 0) return err(issues);
  return ok(evaluateCompiled(r.value, f.value, at, s.value, horizon));
}

const ruleCache = new WeakMap<object, Result<EligibilityRule, Issue[]>>();
const scheduleCache = new WeakMap<object, Result<DateSchedule, Issue[]>>();

/** Rules and schedules are plain immutable data: each object is validated once. */
function parseRuleCached(rule: unknown): Result<EligibilityRule, Issue[]> {
  if (typeof rule !== 'object' || rule === null) return parseEligibilityRule(rule, ['rule']);
  let r = ruleCache.get(rule);
  if (r === undefined) {
    r = parseEligibilityRule(rule, ['rule']);
    ruleCache.set(rule, r);
  }
  return r;
}
function parseScheduleCached(schedule: unknown): Result<DateSchedule, Issue[]> {
  if (typeof schedule !== 'object' || schedule === null) return parseDateSchedule(schedule, ['schedule']);
  let r = scheduleCache.get(schedule);
  if (r === undefined) {
    r = parseDateSchedule(schedule, ['schedule']);
    scheduleCache.set(schedule, r);
  }
  return r;
}

function parseIsoDateSafe(v: unknown, issues: Issue[]): IsoDate | undefined {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    issues.push(issue('input.invalid-format', ['asOf'], { format: 'YYYY-MM-DD' }));
    return undefined;
  }
  try {
    return isoDate(v);
  } catch {
    issues.push(issue('input.invalid-format', ['asOf'], { format: 'YYYY-MM-DD' }));
    return undefined;
  }
}

/** Evaluation of validated inputs (shared with ranking and the benchmark). */
export function evaluateCompiled(
  rule: EligibilityRule,
  facts: EmployeeFacts,
  asOf: IsoDate,
  schedule: DateSchedule = DEFAULT_SCHEDULE,
  horizonYears = 60,
): EligibilityResult {
  const tree = evaluateNode(rule, facts, asOf);
  const unmet: string[] = [];
  collectUnmet(tree, false, unmet);
  const limit = plusYears(asOf, horizonYears) ?? isoDate('9999-12-31');
  const earliest = staticallyBlocked(tree) ? null : earliestDate(rule, facts, asOf, schedule, limit);
  return { rule: rule.id, asOf, eligible: tree.outcome, unmet, earliest, tree };
}
