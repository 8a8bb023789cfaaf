import {
  addDays,
  addYears,
  assertIsoDate,
  type DateSchedule,
  type IsoDate,
  isIsoDate,
  parseDateSchedule,
  scheduleDateOnOrAfter,
  scheduleDatesBetween,
  wholeYearsBetween,
  yearOf,
} from '../date/index';
import { compare as compareDecimal, isDecimalString } from '../decimal/index';
import {
  checkDepth,
  deepFreeze,
  err,
  type Issue,
  issue,
  KinerjaError,
  ok,
  type PathSegment,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import {
  AK_NEEDED,
  EDUCATION_CAP,
  PROMOTION_SCHEDULE,
  RANK_LADDER,
  STARTING_RANK,
  UJIAN_DINAS,
} from '../packs/promotion';
import { predikatRank } from '../rating/index';
import type { EligibilityLeafType, EligibilityRule } from '../ruleset/sections/career';
import { eligibilityRuleSchema } from '../ruleset/sections/career';
import { type EmployeeFacts, parseEmployeeFacts } from './eligibility-facts';
import { valueAtPath } from './fact-path';
import { optionsBag } from './read-options';

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
 * @category Careers
 * @example
 * ```ts
 * const n: EligibilityNode = { id: 'masa-kerja-pangkat', type: 'years-in-rank', outcome: false,
 *   actual: { years: 3, since: '2016-03-01', reachedOn: '2020-03-01' }, expected: { atLeast: 4 } };
 * ```
 */
export interface EligibilityNode {
  readonly id: string;
  readonly type: 'all' | 'any' | 'not' | EligibilityLeafType;
  readonly outcome: boolean;
  readonly actual: Shown;
  readonly expected: Shown;
  readonly children?: readonly EligibilityNode[];
}

/**
 * The result of {@link evaluateEligibility}.
 *
 * @category Careers
 * @example
 * ```ts
 * const r: EligibilityResult = { rule: 'kenaikan-pangkat-reguler', asOf: assertIsoDate('2019-12-01'), eligible: false,
 *   unmet: ['masa-kerja-pangkat'], earliest: assertIsoDate('2020-04-01'), tree };
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
 * @category Careers
 * @example
 * ```ts
 * const options: EligibilityOptions = { asOf: assertIsoDate('2025-06-30') };
 * ```
 */
export interface EligibilityOptions {
  /** The date the rule is evaluated at. */
  readonly asOf: IsoDate | string;
  /** The promotion schedule (effective dates); default: the national schedule, {@link PROMOTION_SCHEDULE}. */
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

type Leaf = Extract<EligibilityRule, { leaf: EligibilityLeafType }>;
type Params = Readonly<Record<string, unknown>> | undefined;
const num = (p: Params, k: string, dflt: number): number => {
  const v = p?.[k];
  return typeof v === 'number' ? v : dflt;
};
const str = (p: Params, k: string, dflt: string): string => {
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

function toShown(v: unknown): Shown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [...(v as string[])];
  try {
    const json = JSON.stringify(v);
    return json === undefined ? null : (JSON.parse(json) as Shown);
  } catch {
    return null;
  }
}

function compareValues(actual: unknown, op: string, value: unknown): boolean {
  try {
    if (op === 'in')
      return Array.isArray(value) && value.some((v) => JSON.stringify(v) === JSON.stringify(actual));
    if (op === 'eq') return JSON.stringify(actual) === JSON.stringify(value);
    if (op === 'ne') return JSON.stringify(actual) !== JSON.stringify(value);
    let c: number;
    const numeric = (v: unknown): boolean =>
      (typeof v === 'number' && Number.isFinite(v)) || isDecimalString(v);
    if (numeric(actual) && numeric(value))
      c = compareDecimal(actual as string | number, value as string | number);
    else if (typeof actual === 'string' && typeof value === 'string')
      c = actual < value ? -1 : actual > value ? 1 : 0;
    else return false;
    return op === 'gt' ? c > 0 : op === 'gte' ? c >= 0 : op === 'lt' ? c < 0 : op === 'lte' ? c <= 0 : false;
  } catch {
    return false;
  }
}

function evaluateLeaf(leaf: Leaf, facts: EmployeeFacts, at: IsoDate): LeafOutcome {
  const p = leaf.params as Params;
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
  const p = leaf.params as Params;
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
      for (let y = from; y <= to; y += 1) push(assertIsoDate(`${String(y).padStart(4, '0')}-01-01`));
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
  const p = leaf.params as Params;
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

const SCHEDULE_FROM = assertIsoDate('1900-01-01');
const SCHEDULE_TO = assertIsoDate('2199-12-31');

/** A validated schedule with, when compiled, its dates from 1900 to 2199 as a sorted table. */
interface ScheduleTable {
  readonly schedule: DateSchedule;
  readonly dates: readonly IsoDate[] | undefined;
}

/** Precomputes the dates of a validated schedule (a frozen table owned by the library). */
function scheduleTable(schedule: DateSchedule): ScheduleTable {
  return Object.freeze({
    schedule,
    dates: Object.freeze(scheduleDatesBetween(schedule, SCHEDULE_FROM, SCHEDULE_TO)),
  });
}

/** The first schedule date on or after `d` (up to `limit`): a binary search when the table is there. */
function nextScheduleDate(table: ScheduleTable, d: IsoDate, limit: IsoDate): IsoDate | null {
  const dates = table.dates;
  if (dates === undefined || d < SCHEDULE_FROM || limit > SCHEDULE_TO)
    return scheduleDateOnOrAfter(table.schedule, d, { limit });
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
  schedule: ScheduleTable,
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

const validPath = (path: unknown): path is readonly PathSegment[] =>
  Array.isArray(path) &&
  path.every((seg) => typeof seg === 'string' || (typeof seg === 'number' && Number.isSafeInteger(seg)));

/**
 * Validates an eligibility rule given as data with `eligibilityRuleSchema` (the schema the
 * ruleset's `promotion.rules` use too): node shapes, exactly one of `all` / `any` / `not` /
 * `leaf`, ids used once in the rule, known leaf types and each leaf type's params, nesting depth.
 * Every problem is reported with its path (below `path`, default the root); never throws. The
 * value is a fresh copy: later changes to `input` do not reach it.
 *
 * @category Careers
 * @example
 * ```ts
 * parseEligibilityRule({ id: 'r', all: [{ id: 'a', leaf: 'age', params: { max: 56 } }] }).ok; // true
 * parseEligibilityRule({ id: 'r', leaf: 'shoe-size' }).ok; // false (input.invalid-value at ['leaf'])
 * ```
 */
export function parseEligibilityRule(
  input: unknown,
  path: readonly PathSegment[] = [],
): Result<EligibilityRule, Issue[]> {
  if (!validPath(path))
    return err([
      issue(commonMessages, 'input.invalid-type', ['path'], {
        expected: 'array of path segments',
        received: typeof path,
      }),
    ]);
  return parseWithSchema(eligibilityRuleSchema, input, path);
}

declare const compiledBrand: unique symbol;

/**
 * An eligibility rule validated once and frozen, from {@link compileEligibilityRule}: a deep copy
 * of the rule (read it like any {@link EligibilityRule}) that {@link evaluateEligibility} and
 * {@link rankCandidates} take without validating it again, with the dates of its promotion
 * schedule precomputed. The built-in rules of {@link getPromotionRule} are compiled.
 *
 * @category Careers
 * @example
 * ```ts
 * const compiled: CompiledEligibilityRule | undefined = getPromotionRule('jpt-pratama');
 * compiled?.id; // 'jpt-pratama'
 * ```
 */
export type CompiledEligibilityRule = EligibilityRule & { readonly [compiledBrand]: true };

/**
 * Options of {@link compileEligibilityRule}.
 *
 * @category Careers
 * @example
 * ```ts
 * const options: CompileEligibilityRuleOptions = { schedule: [{ months: [1, 7], day: 1 }] };
 * ```
 */
export interface CompileEligibilityRuleOptions {
  /** The promotion schedule evaluations of this rule use by default; the national one when left out. */
  readonly schedule?: DateSchedule | readonly unknown[];
}

const TOKEN = Symbol('kinerja.compiled-eligibility-rule');
const BRAND = Symbol('kinerja.compiled-eligibility-rule.data');

/** What evaluation reads: the rule (a private, unfrozen twin of the frozen one) and the schedule. */
interface Executable {
  readonly rule: EligibilityRule;
  readonly schedule: ScheduleTable;
}

/**
 * What compiling adds, held beside the frozen rule (under a symbol key); only this module can make
 * one or read it. Evaluation walks a private twin of the rule, reachable from nowhere else: V8
 * reads frozen objects more slowly, and the twin is as immutable to callers as the frozen copy.
 */
class Compiled {
  readonly #rule: object;
  readonly #executable: Executable;
  constructor(token: symbol, rule: object, executable: Executable) {
    if (token !== TOKEN)
      throw new KinerjaError([issue(commonMessages, 'input.invalid', [], { detail: 'not compiled here' })]);
    this.#rule = rule;
    this.#executable = Object.freeze(executable);
    Object.freeze(this);
  }
  /** The executable form of a rule compiled here, or undefined (a brand check, not a cache). */
  static read(value: unknown, token: symbol): Executable | undefined {
    if (token !== TOKEN || typeof value !== 'object' || value === null) return undefined;
    try {
      const data = (value as { [BRAND]?: unknown })[BRAND];
      return typeof data === 'object' && data !== null && #rule in data && data.#rule === value
        ? data.#executable
        : undefined;
    } catch {
      return undefined;
    }
  }
}

const DEFAULT_SCHEDULE: ScheduleTable = scheduleTable(
  deepFreeze(PROMOTION_SCHEDULE) as unknown as DateSchedule,
);

/** A schedule option, validated (its dates precomputed when `precompute`). */
function readSchedule(schedule: unknown, precompute: boolean): Result<ScheduleTable, Issue[]> {
  const deep = checkDepth(schedule, ['schedule']);
  if (deep !== undefined) return err([deep]);
  try {
    const s = parseDateSchedule(schedule, ['schedule']);
    if (!s.ok) return s;
    const copy = deepFreeze(structuredClone(s.value)) as DateSchedule;
    return ok(precompute ? scheduleTable(copy) : Object.freeze({ schedule: copy, dates: undefined }));
  } catch (e) {
    return err([
      issue(commonMessages, 'input.invalid', ['schedule'], {
        detail: e instanceof Error ? e.message : String(e),
      }),
    ]);
  }
}

/**
 * Validates an eligibility rule once (as {@link parseEligibilityRule}) and returns a deeply frozen
 * copy that {@link evaluateEligibility} and {@link rankCandidates} take without validating it
 * again; with a `schedule`, its dates are precomputed and used when an evaluation names none.
 * Changing the rule object afterwards changes nothing. A rule that is already compiled is returned
 * as it is.
 *
 * @category Careers
 * @example
 * ```ts
 * const rule = { id: 'r', all: [{ id: 'masa-kerja', leaf: 'years-in-rank', params: { years: 4 } }] };
 * const compiled = compileEligibilityRule(rule);
 * rule.all[0].params.years = 1; // no effect on `compiled`
 * compiled.ok && evaluateEligibility(compiled.value, facts, { asOf: '2025-06-30' });
 * ```
 */
export function compileEligibilityRule(
  rule: unknown,
  options?: CompileEligibilityRuleOptions,
): Result<CompiledEligibilityRule, Issue[]> {
  const issues: Issue[] = [];
  const o = optionsBag(options, issues);
  const already = Compiled.read(rule, TOKEN);
  if (already !== undefined && o.schedule === undefined && issues.length === 0)
    return ok(rule as CompiledEligibilityRule);
  const r =
    already !== undefined
      ? ok(structuredClone(already.rule))
      : parseWithSchema(eligibilityRuleSchema, rule, ['rule']);
  if (!r.ok) issues.push(...r.issues);
  let schedule = already?.schedule ?? DEFAULT_SCHEDULE;
  if (o.schedule !== undefined) {
    const s = readSchedule(o.schedule, true);
    if (s.ok) schedule = s.value;
    else issues.push(...s.issues);
  }
  if (!r.ok || issues.length > 0) return err(issues);
  const copy = r.value;
  const executable = { rule: structuredClone(copy), schedule };
  Object.defineProperty(copy, BRAND, { value: new Compiled(TOKEN, copy, executable), enumerable: false });
  return ok(deepFreeze(copy) as CompiledEligibilityRule);
}

/** The rule's validated form and schedule: a compiled rule as it is, a raw one parsed now. */
function ruleOf(rule: unknown): Result<Executable, Issue[]> {
  const compiled = Compiled.read(rule, TOKEN);
  if (compiled !== undefined) return ok(compiled);
  const r = parseWithSchema(eligibilityRuleSchema, rule, ['rule']);
  return r.ok ? ok({ rule: r.value, schedule: DEFAULT_SCHEDULE }) : r;
}

/**
 * Evaluates an eligibility rule for an employee's facts at `asOf`. Every node is evaluated (no
 * short-circuit): the tree has the shape of the rule, each node with its actual value, expected
 * value and outcome; `unmet` lists the leaves that failed; `earliest` is the first date on or
 * after `asOf`, on the promotion schedule in force, at which the whole rule holds given the facts
 * as they stand (null when a condition that does not depend on the date fails, or the date never
 * comes within the horizon). The rule is a raw rule (validated on each call) or a compiled one
 * ({@link compileEligibilityRule}, {@link getPromotionRule}: validated once); facts and options are
 * validated on each call. Never throws: every problem is an issue (`rule…`, `facts…`, `asOf`,
 * `schedule…`, `horizonYears`, `options`).
 *
 * @category Careers
 * @example
 * ```ts
 * const r = evaluateEligibility(getPromotionRule('kenaikan-pangkat-reguler'), {
 *   education: 'slta', rank: { golongan: 'II/a', since: '2016-03-01' },
 *   performance: [{ year: 2017, predikat: 'baik' }, { year: 2018, predikat: 'baik' }, { year: 2019, predikat: 'baik' }],
 * }, { asOf: '2019-12-01' });
 * // r.value: { eligible: false, unmet: ['masa-kerja-pangkat'], earliest: '2020-04-01', tree: … }
 * ```
 */
export function evaluateEligibility(
  rule: EligibilityRule | CompiledEligibilityRule | unknown,
  facts: unknown,
  options: EligibilityOptions,
): Result<EligibilityResult, Issue[]> {
  const issues: Issue[] = [];
  const r = ruleOf(rule);
  if (!r.ok) issues.push(...r.issues);
  const f = parseEmployeeFacts(facts);
  if (!f.ok) issues.push(...f.issues.map((i) => ({ ...i, path: ['facts', ...i.path] })));
  const o = optionsBag(options, issues);
  const at = readAsOf(o.asOf, issues);
  let schedule = r.ok ? r.value.schedule : DEFAULT_SCHEDULE;
  if (o.schedule !== undefined) {
    const s = readSchedule(o.schedule, false);
    if (s.ok) schedule = s.value;
    else issues.push(...s.issues);
  }
  const horizon = o.horizonYears ?? 60;
  if (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 0 || horizon > 200)
    issues.push(
      issue(commonMessages, 'input.invalid-value', ['horizonYears'], { expected: 'an integer 0..200' }),
    );
  if (!r.ok || !f.ok || at === undefined || issues.length > 0) return err(issues);
  return ok(evaluateCompiled(r.value.rule, f.value, at, schedule, horizon as number));
}

function readAsOf(v: unknown, issues: Issue[]): IsoDate | undefined {
  if (isIsoDate(v)) return v;
  issues.push(
    v === undefined
      ? issue(commonMessages, 'input.required', ['asOf'])
      : issue(commonMessages, 'input.invalid-format', ['asOf'], { format: 'YYYY-MM-DD' }),
  );
  return undefined;
}

/**
 * Validates and compiles a rule for repeated evaluation (ranking): the compiled rule and its
 * schedule, or the issues.
 *
 * @internal
 */
export function compiledRule(
  rule: unknown,
): Result<{ rule: EligibilityRule; schedule: ScheduleTable }, Issue[]> {
  return ruleOf(rule);
}

/** Evaluation of validated inputs (shared with ranking). */
export function evaluateCompiled(
  rule: EligibilityRule,
  facts: EmployeeFacts,
  asOf: IsoDate,
  schedule: ScheduleTable = DEFAULT_SCHEDULE,
  horizonYears = 60,
): EligibilityResult {
  const tree = evaluateNode(rule, facts, asOf);
  const unmet: string[] = [];
  collectUnmet(tree, false, unmet);
  const limit = plusYears(asOf, horizonYears) ?? assertIsoDate('9999-12-31');
  const earliest = staticallyBlocked(tree) ? null : earliestDate(rule, facts, asOf, schedule, limit);
  return { rule: rule.id, asOf, eligible: tree.outcome, unmet, earliest, tree };
}
