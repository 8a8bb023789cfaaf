import { BUILTIN_RATER_GROUPS, type ReconciliationResult } from '../assessment/index';
import {
  type Dec,
  type DecimalString,
  decOf,
  dFromInt,
  dLt,
  dMul,
  dRound,
  dRoundFixed,
  dSub,
  fromDec,
  type RoundingMode,
} from '../decimal/index';
import {
  checkDepth,
  deepFreeze,
  type ExplanationNode,
  err,
  type Issue,
  isRecord,
  issue,
  ok,
  type Result,
} from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { rulesetMessages } from '../explain/messages/ruleset';
import { type CompiledBandSet, compileBandSet } from '../rating/index';
import { type DecInterval, getPack, isPackId, PACK_IDS, type PackId, parseRuleset } from '../ruleset/index';
import type { Ruleset } from '../ruleset/types';
import type { FollowUpAction } from './types';

/** A conversion table segment with parsed bounds. */
export interface CompiledSegment extends DecInterval {
  readonly constant: Dec | undefined;
  readonly linear: { readonly x0: Dec; readonly y0: Dec; readonly dx: Dec; readonly dy: Dec } | undefined;
  readonly cap: Dec | undefined;
  readonly floor: Dec | undefined;
}

/** A conversion table ready for lookups. */
export interface CompiledTable {
  readonly id: string;
  readonly segments: readonly CompiledSegment[];
}

/** The rounding of one stage. */
export interface StageRounding {
  readonly scale: number;
  readonly mode: RoundingMode;
}

/** A recorded value: the exact value, the value later stages use and its text. */
export interface Recorded {
  readonly exact: Dec;
  readonly carry: Dec;
  readonly text: DecimalString;
}

type Kind = Ruleset['kinds'][string];
/** A component of a ruleset, as declared. */
export type Component = Ruleset['components'][number];

/** A measurement kind with its parsed parameters. */
export interface CompiledKind {
  readonly id: string;
  readonly def: Kind;
  readonly component: Component;
  readonly table: CompiledTable | undefined;
  readonly cap: Dec | undefined;
  readonly floor: Dec | undefined;
  readonly params: Readonly<Record<string, Dec>>;
}

/** A numeric range (inclusive bounds, each optional). */
export interface DecRange {
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
}

/** A component with what scoring needs parsed once: item weights, its range, caps. */
export interface CompiledComponent {
  readonly def: Component;
  /** The items' weights, aligned with `def.source.items` (zero where none is given). */
  readonly itemWeights: readonly Dec[];
  /** The allowed item values (items components), when the component declares a range. */
  readonly range: DecRange | undefined;
  readonly cap: Dec | undefined;
  readonly floor: Dec | undefined;
}

/** A rating of record for one id: the value to compute with, its code, result and step. */
export interface RatingOfRecord {
  readonly value: Dec;
  /** The rating code (categorical values). */
  readonly code: string | undefined;
  readonly result: ReconciliationResult;
  readonly node: ExplanationNode;
}

/** The stages whose values a ruleset may round (`rounding`). */
export type RecordStage = 'capaian' | 'rating' | 'aspect' | 'indicator' | 'component' | 'final';

/**
 * What a compiled ruleset holds for the engine: parsed bounds, lookup maps, rounding functions and
 * the ratings of record a value given directly always reads as. Reachable only inside the library
 * (through {@link rulesetInternals}), never from a {@link CompiledRuleset} a caller holds.
 */
export interface RulesetInternals {
  readonly id: string;
  readonly version: number;
  readonly ruleset: Ruleset;
  readonly kinds: ReadonlyMap<string, CompiledKind>;
  readonly components: readonly CompiledComponent[];
  readonly bandSets: ReadonlyMap<string, CompiledBandSet>;
  readonly scaleValues: ReadonlyMap<string, Dec>;
  readonly scaleCodes: readonly string[];
  readonly catalog: ReadonlyMap<string, Ruleset['indicators'][number]>;
  /** The catalogue's indicator weights, parsed. */
  readonly catalogWeights: ReadonlyMap<string, Dec>;
  readonly flags: ReadonlySet<string>;
  readonly raterGroups: ReadonlySet<string>;
  readonly weights: ReadonlyMap<string, Dec>;
  readonly finalCap: { readonly cap: Dec | undefined; readonly floor: Dec | undefined };
  readonly record: (stage: RecordStage, d: Dec) => Recorded;
  readonly conversionInput: (kind: CompiledKind, d: Dec) => Dec;
  readonly trainingBelow: Dec | undefined;
  readonly rulesetRef: { readonly id: string; readonly version: number };
  readonly ref: string;
  readonly weightLabels: ReadonlyMap<string, string>;
  readonly followUpActions: ReadonlyMap<string, readonly FollowUpAction[]>;
  /** A rating code given as the value of record, for any id (the node is made per id). */
  readonly codeOfRecord: ReadonlyMap<string, Omit<RatingOfRecord, 'node'>>;
  /** Rating id → value given → its rating of record, for ids the ruleset names (items, components). */
  readonly ratingsOfRecord: ReadonlyMap<string, ReadonlyMap<string | number, RatingOfRecord>>;
  /** The first day a period may start and the last day it may end (`effective`). */
  readonly effective: { readonly from: string; readonly until: string | undefined };
}

let internalsOf: (x: unknown) => RulesetInternals | undefined;
let create: (i: RulesetInternals) => CompiledRuleset;

/**
 * A ruleset validated and prepared once for scoring many evaluations. Create it with
 * {@link compileRuleset}. It is immutable (a deeply frozen copy: changing the object it was
 * compiled from changes nothing) and may be shared across calls; its lookup tables are private to
 * the library. Every function that takes a ruleset takes it as is, without work.
 *
 * @category Scoring
 * @example
 * ```ts
 * const compiled: CompiledRuleset = unwrap(compileRuleset('permenpanrb-6-2022'));
 * compiled.id; // "permenpanrb-6-2022"
 * ```
 */
export class CompiledRuleset {
  /** The ruleset's id. */
  readonly id: string;
  /** The ruleset's version. */
  readonly version: number;
  /** The validated ruleset (deeply frozen). */
  readonly ruleset: Ruleset;
  readonly #internals: RulesetInternals;

  private constructor(internals: RulesetInternals) {
    this.id = internals.id;
    this.version = internals.version;
    this.ruleset = internals.ruleset;
    this.#internals = internals;
    Object.freeze(this);
  }

  static {
    internalsOf = (x) =>
      typeof x === 'object' && x !== null && #internals in x ? (x as CompiledRuleset).#internals : undefined;
    create = (i) => new CompiledRuleset(i);
  }

  /** The identity of the ruleset, for logs and `JSON.stringify`. */
  toJSON(): { readonly id: string; readonly version: number } {
    return { id: this.id, version: this.version };
  }
}
Object.freeze(CompiledRuleset.prototype);
Object.freeze(CompiledRuleset);

/**
 * The engine's view of a compiled ruleset, or undefined for anything that is not one. Internal:
 * not exported from the package.
 */
export function rulesetInternals(x: unknown): RulesetInternals | undefined {
  return internalsOf(x);
}

/**
 * What every function that accepts a ruleset accepts: a built-in pack id, a parsed ruleset (what
 * `parseRuleset` returns) or a compiled ruleset. Parse a ruleset file first (`parseRuleset`); at run
 * time anything else is still answered with issues, never an exception.
 *
 * @category Scoring
 * @example
 * ```ts
 * const a: RulesetLike = 'permenpanrb-6-2022';
 * const b: RulesetLike = unwrap(compileRuleset('pp46-2011'));
 * ```
 */
export type RulesetLike = PackId | Ruleset | CompiledRuleset;

const opt = (x: DecimalString | undefined): Dec | undefined => (x === undefined ? undefined : decOf(x));

function compileTable(id: string, t: Ruleset['conversions'][string]): CompiledTable {
  return {
    id,
    segments: t.segments.map((s) => ({
      min: opt(s.min),
      max: opt(s.max),
      minInclusive: s.minInclusive,
      maxInclusive: s.maxInclusive,
      constant: opt(s.constant),
      linear: s.linear
        ? {
            x0: decOf(s.linear.x0),
            y0: decOf(s.linear.y0),
            dx: dSub(decOf(s.linear.x1), decOf(s.linear.x0)),
            dy: dSub(decOf(s.linear.y1), decOf(s.linear.y0)),
          }
        : undefined,
      cap: opt(s.cap),
      floor: opt(s.floor),
    })),
  };
}

/** Compiled built-in packs, by pack id (strings: nothing a caller owns). */
const compiledPacks = new Map<string, CompiledRuleset>();

/**
 * The one reading of a ruleset argument, used by every function that accepts a ruleset: a compiled
 * ruleset as is, a built-in pack id (compiled once and shared), a parse result, a parsed ruleset or
 * a ruleset file (validated and compiled). Never throws: anything else is issues
 * (`ruleset.unknown-pack`, `input.invalid-type`, the ruleset's own issues).
 */
export function toCompiledRuleset(x: unknown): Result<CompiledRuleset, Issue[]> {
  if (internalsOf(x) !== undefined) return ok(x as CompiledRuleset);
  try {
    if (typeof x === 'string') {
      const hit = compiledPacks.get(x);
      if (hit) return ok(hit);
      if (!isPackId(x))
        return err([
          issue(rulesetMessages, 'ruleset.unknown-pack', [], { id: x, available: PACK_IDS.join(', ') }),
        ]);
      const c = compileParsed(getPack(x));
      if (c.ok) compiledPacks.set(x, c.value);
      return c;
    }
    if (!isRecord(x)) {
      return err([
        issue(commonMessages, 'input.invalid-type', [], {
          expected: 'ruleset (pack id, parsed or compiled ruleset, or ruleset file)',
          received: x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x,
        }),
      ]);
    }
    // A built-in pack's own ruleset, as getPack hands it out (deeply frozen, so it cannot have
    // changed since it was validated): the compiled pack, not a second validation per call.
    if (typeof x.id === 'string' && isPackId(x.id) && x === getPack(x.id)) return toCompiledRuleset(x.id);
    const deep = checkDepth(x);
    if (deep) return err([deep]);
    if (typeof x.ok === 'boolean' && Object.hasOwn(x, 'ok')) {
      // A parse result.
      if (x.ok) return compileParsed(x.value);
      const issues = x.issues;
      return err(
        Array.isArray(issues) && issues.length > 0
          ? (issues as Issue[])
          : [
              issue(commonMessages, 'input.invalid', ['issues'], {
                detail: 'a failed parse result without issues',
              }),
            ],
      );
    }
    return compileParsed(x);
  } catch (e) {
    return err([
      issue(commonMessages, 'input.invalid', [], { detail: e instanceof Error ? e.message : String(e) }),
    ]);
  }
}

/** Validates `input` (again: a parsed ruleset a caller holds may have changed) and compiles a copy. */
function compileParsed(input: unknown): Result<CompiledRuleset, Issue[]> {
  // parseRuleset returns new objects (the caller's are never kept), so the copy can be frozen.
  const parsed = parseRuleset(input);
  if (!parsed.ok) return parsed;
  return ok(create(deepFreeze(build(deepFreeze(parsed.value)))));
}

/**
 * Prepares a ruleset for scoring, once: a built-in pack id, a ruleset file (validated here), the
 * result of `parseRuleset`, a parsed ruleset, or a compiled ruleset (returned as is). Returns the
 * compiled ruleset or every issue (`ruleset.unknown-pack` for an unknown pack id); never throws.
 * The compiled form is a frozen copy: changing the object it came from changes nothing. Every
 * function that accepts a ruleset also accepts these forms, but compiling once saves the
 * validation on every call.
 *
 * @category Scoring
 * @example
 * ```ts
 * const pack = unwrap(compileRuleset('pp46-2011'));
 * const mine = compileRuleset(JSON.parse(text));
 * if (!mine.ok) console.error(mine.issues);
 * compileRuleset('no-such-pack'); // { ok: false, issues: [{ code: 'ruleset.unknown-pack', … }] }
 * ```
 */
export function compileRuleset(ruleset: RulesetLike): Result<CompiledRuleset, Issue[]> {
  return toCompiledRuleset(ruleset);
}

/** The integer values precomputed as ratings of record for a numeric item: its range, or 0–100. */
function integerValues(range: DecRange | undefined): number[] {
  const lo = range?.min === undefined ? 0 : Math.ceil(Number(fromDec(range.min)));
  const hi = range?.max === undefined ? 100 : Math.floor(Number(fromDec(range.max)));
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || hi - lo > 1000 || lo < 0) return [];
  const out: number[] = [];
  for (let n = lo; n <= hi; n++) out.push(n);
  return out;
}

/** A rating of record, frozen: results share it. */
function ofRecord(id: string, value: Dec, code: string | undefined, text: string): RatingOfRecord {
  return deepFreeze({
    value,
    code,
    result: { value: text, computed: text, policy: 'of-record', needsDialogue: false },
    node: { code: 'rating.of-record', ref: id, output: text },
  });
}

function build(r: Ruleset): RulesetInternals {
  const componentByKind = new Map<string, Component>();
  for (const c of r.components) {
    if (c.source.from === 'indicators')
      for (const k of c.source.kinds) if (!componentByKind.has(k)) componentByKind.set(k, c);
  }
  const tables = new Map(Object.entries(r.conversions).map(([id, t]) => [id, compileTable(id, t)]));
  const kinds = new Map<string, CompiledKind>();
  for (const [id, def] of Object.entries(r.kinds)) {
    const component = componentByKind.get(id);
    if (!component) continue; // a kind no component takes cannot be scored; inputs of it are rejected
    const table =
      def.measure === 'capaian' && def.conversion !== undefined
        ? tables.get(def.conversion)
        : def.measure === 'breakpoint'
          ? tables.get(def.table)
          : undefined;
    const params: Record<string, Dec> = {};
    if (def.measure === 'pp46-activity') {
      params.boundary = decOf(def.efficiency.boundary);
      params.factor = decOf(def.efficiency.factor);
      params.factor100 = dMul(params.factor, decOf('100' as DecimalString));
      if (def.aspectFloor !== undefined) params.aspectFloor = decOf(def.aspectFloor);
    }
    if (def.measure === 'capaian' && def.maxAchievable !== undefined)
      params.maxAchievable = decOf(def.maxAchievable);
    if (def.measure === 'scale') {
      params.min = decOf(def.min);
      params.max = decOf(def.max);
    }
    if (def.measure === 'yes-no') {
      params.yes = decOf(def.yes);
      params.no = decOf(def.no);
    }
    kinds.set(id, {
      id,
      def,
      component,
      table,
      cap: 'cap' in def ? opt(def.cap) : undefined,
      floor: 'floor' in def ? opt(def.floor) : undefined,
      params,
    });
  }
  const stages = r.rounding;
  const stageRounding: Readonly<Record<RecordStage, StageRounding | undefined>> = {
    capaian: stages.capaian,
    rating: stages.rating,
    aspect: stages.aspect,
    indicator: stages.indicator,
    component: stages.component,
    final: stages.final,
  };
  const carryRecorded = stages.carry === 'recorded';
  const record = (stage: RecordStage, d: Dec): Recorded => {
    const s = stageRounding[stage];
    if (!s) return { exact: d, carry: d, text: fromDec(d) };
    const rounded = dRoundFixed(d, s.scale, s.mode);
    return { exact: d, carry: carryRecorded ? rounded.value : d, text: rounded.text };
  };
  const conversionInput = (kind: CompiledKind, d: Dec): Dec => {
    if (kind.def.measure !== 'capaian' || !kind.def.conversionInput) return d;
    return dRound(d, kind.def.conversionInput.scale, kind.def.conversionInput.mode);
  };
  const weights = new Map<string, Dec>();
  if (r.final.method === 'weighted')
    for (const [id, w] of Object.entries(r.final.weights)) weights.set(id, decOf(w));

  const scaleValues = new Map((r.ratingScale ?? []).map((l) => [l.code, decOf(l.value)]));
  const scaleCodes = (r.ratingScale ?? []).map((l) => l.code);
  const components: CompiledComponent[] = r.components.map((c) => {
    const range =
      c.source.from === 'items' && c.source.range && (c.source.range.min ?? c.source.range.max) !== undefined
        ? { min: opt(c.source.range.min), max: opt(c.source.range.max) }
        : undefined;
    return {
      def: c,
      itemWeights:
        c.source.from === 'items'
          ? c.source.items.map((it) => (it.weight === undefined ? dFromInt(0) : decOf(it.weight)))
          : [],
      range,
      cap: opt(c.cap),
      floor: opt(c.floor),
    };
  });

  // The ratings of record a value given directly reads as: built here once, so scoring a value of
  // record allocates nothing (they used to be cached per call by the compiled ruleset's identity).
  const codeOfRecord = new Map<string, Omit<RatingOfRecord, 'node'>>();
  for (const code of scaleCodes) {
    const rec = ofRecord('', scaleValues.get(code) as Dec, code, code);
    codeOfRecord.set(code, { value: rec.value, code: rec.code, result: rec.result });
  }
  const ratingsOfRecord = new Map<string, Map<string | number, RatingOfRecord>>();
  const addRecord = (id: string, key: string | number, rec: RatingOfRecord): void => {
    let byValue = ratingsOfRecord.get(id);
    if (!byValue) {
      byValue = new Map();
      ratingsOfRecord.set(id, byValue);
    }
    if (!byValue.has(key)) byValue.set(key, rec);
  };
  const addCodes = (id: string): void => {
    for (const code of scaleCodes)
      addRecord(id, code, ofRecord(id, scaleValues.get(code) as Dec, code, code));
  };
  for (const c of components) {
    const def = c.def;
    if (def.output === 'rating') addCodes(def.id);
    if (def.source.from !== 'items') continue;
    const numeric = def.output !== 'rating' && def.source.values !== 'rating';
    for (const item of def.source.items) {
      if (!numeric) {
        addCodes(item.id);
        continue;
      }
      for (const n of integerValues(c.range)) {
        const v = dFromInt(n);
        if (c.range?.min !== undefined && dLt(v, c.range.min)) continue;
        if (c.range?.max !== undefined && dLt(c.range.max, v)) continue;
        addRecord(item.id, n, ofRecord(item.id, v, undefined, fromDec(v)));
      }
    }
  }

  return {
    id: r.id,
    version: r.version,
    ruleset: r,
    kinds,
    components,
    bandSets: new Map(Object.entries(r.bandSets).map(([id, s]) => [id, compileBandSet(id, s)])),
    scaleValues,
    scaleCodes,
    catalog: new Map(r.indicators.map((i) => [i.id, i])),
    catalogWeights: new Map(
      r.indicators.flatMap((i) => (i.weight === undefined ? [] : [[i.id, decOf(i.weight)] as const])),
    ),
    flags: new Set(r.flags.map((f) => f.id)),
    raterGroups: new Set([...BUILTIN_RATER_GROUPS, ...r.reconciliation.raterGroups]),
    weights,
    finalCap:
      r.final.method === 'weighted'
        ? { cap: opt(r.final.cap), floor: opt(r.final.floor) }
        : { cap: undefined, floor: undefined },
    record,
    conversionInput,
    trainingBelow: opt(r.followUp?.trainingNeeds.below),
    rulesetRef: { id: r.id, version: r.version },
    ref: `${r.id}@${r.version}`,
    weightLabels: new Map(
      r.final.method === 'weighted'
        ? Object.entries(r.final.weights).map(([id, w]) => [id, `${id}×${w}%`])
        : [],
    ),
    followUpActions: new Map(
      Object.entries(r.followUp?.actions ?? {}).map(([predikat, actions]) => [
        predikat,
        deepFreeze(
          actions.map(
            (a): FollowUpAction =>
              a.label === undefined
                ? { kind: a.kind, code: a.code }
                : { kind: a.kind, code: a.code, label: a.label },
          ),
        ),
      ]),
    ),
    codeOfRecord,
    ratingsOfRecord,
    effective: { from: r.effective.from, until: r.effective.until },
  };
}
