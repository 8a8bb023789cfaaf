import { BUILTIN_RATER_GROUPS } from '../assessment/index';
import {
  type Dec,
  type DecimalString,
  decOf,
  dMul,
  dRound,
  dRoundFixed,
  dSub,
  fromDec,
  type RoundingMode,
} from '../decimal/index';
import { KinerjaError } from '../explain/index';
import { type CompiledBandSet, compileBandSet } from '../rating/index';
import { getPack, isPackId, type PackId, parseRuleset, type Ruleset } from '../ruleset/index';
import type { FollowUpAction } from './types';

/** A conversion table segment with parsed bounds. */
export interface CompiledSegment {
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
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
type Component = Ruleset['components'][number];

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

/**
 * A ruleset validated and prepared once for scoring many evaluations: parsed bounds, lookup
 * maps and rounding functions. Create it with {@link compileRuleset}; it is immutable and may be
 * shared across calls and workers' threads of control.
 *
 * @category Scoring
 * @example
 * ```ts
 * const compiled: CompiledRuleset = compileRuleset('permenpanrb-6-2022');
 * compiled.id; // "permenpanrb-6-2022"
 * ```
 */
export interface CompiledRuleset {
  readonly id: string;
  readonly version: number;
  readonly ruleset: Ruleset;
  /** @internal */ readonly kinds: ReadonlyMap<string, CompiledKind>;
  /** @internal */ readonly bandSets: ReadonlyMap<string, CompiledBandSet>;
  /** @internal */ readonly scaleValues: ReadonlyMap<string, Dec>;
  /** @internal */ readonly scaleCodes: readonly string[];
  /** @internal */ readonly itemComponent: ReadonlyMap<string, Component>;
  /** @internal */ readonly componentById: ReadonlyMap<string, Component>;
  /** @internal */ readonly catalog: ReadonlyMap<string, Ruleset['indicators'][number]>;
  /** @internal */ readonly flags: ReadonlySet<string>;
  /** @internal */ readonly raterGroups: ReadonlySet<string>;
  /** @internal */ readonly weights: ReadonlyMap<string, Dec>;
  /** @internal */ readonly componentCaps: ReadonlyMap<
    string,
    { cap: Dec | undefined; floor: Dec | undefined }
  >;
  /** @internal */ readonly finalCap: { cap: Dec | undefined; floor: Dec | undefined };
  /** @internal */ readonly record: (
    stage: 'capaian' | 'rating' | 'aspect' | 'indicator' | 'component' | 'final',
    d: Dec,
  ) => Recorded;
  /** @internal */ readonly conversionInput: (kind: CompiledKind, d: Dec) => Dec;
  /** @internal */ readonly trainingBelow: Dec | undefined;
  /** @internal */ readonly rulesetRef: { readonly id: string; readonly version: number };
  /** @internal */ readonly ref: string;
  /** @internal */ readonly weightLabels: ReadonlyMap<string, string>;
  /** @internal */ readonly followUpActions: ReadonlyMap<string, readonly FollowUpAction[]>;
}

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

const compiledPacks = new Map<PackId, CompiledRuleset>();

/**
 * Prepares a ruleset for scoring: a built-in pack id, a validated {@link Ruleset}, or a ruleset
 * file (validated here; throws {@link KinerjaError} with every issue when invalid). Compile once,
 * score many: the compiled form is what {@link scoreEvaluation} and {@link scoreBatch} take.
 *
 * @category Scoring
 * @example
 * ```ts
 * const pack = compileRuleset('pp46-2011');
 * const mine = compileRuleset(parseRuleset(JSON.parse(text)));
 * ```
 */
export function compileRuleset(
  ruleset: PackId | Ruleset | { ok: true; value: Ruleset } | unknown,
): CompiledRuleset {
  if (typeof ruleset === 'string') {
    if (!isPackId(ruleset)) throw new RangeError(`Unknown pack "${ruleset}"`);
    const hit = compiledPacks.get(ruleset);
    if (hit) return hit;
    const c = build(getPack(ruleset));
    compiledPacks.set(ruleset, c);
    return c;
  }
  if (typeof ruleset === 'object' && ruleset !== null && 'ok' in ruleset) {
    const r = ruleset as { ok: boolean; value?: Ruleset; issues?: unknown };
    if (r.ok && r.value) return build(r.value);
    throw new KinerjaError((r.issues as never) ?? [], 'ruleset');
  }
  const parsed = parseRuleset(ruleset);
  if (!parsed.ok) throw new KinerjaError(parsed.issues, 'ruleset');
  return build(parsed.value);
}

function build(r: Ruleset): CompiledRuleset {
  const componentByKind = new Map<string, Component>();
  const itemComponent = new Map<string, Component>();
  for (const c of r.components) {
    if (c.source.from === 'indicators')
      for (const k of c.source.kinds) if (!componentByKind.has(k)) componentByKind.set(k, c);
    if (c.source.from === 'items') for (const it of c.source.items) itemComponent.set(it.id, c);
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
  const stageRounding: Readonly<Record<string, StageRounding | undefined>> = {
    capaian: stages.capaian,
    rating: stages.rating,
    aspect: stages.aspect,
    indicator: stages.indicator,
    component: stages.component,
    final: stages.final,
  };
  const carryRecorded = stages.carry === 'recorded';
  const record = (
    stage: 'capaian' | 'rating' | 'aspect' | 'indicator' | 'component' | 'final',
    d: Dec,
  ): Recorded => {
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
  return {
    id: r.id,
    version: r.version,
    ruleset: r,
    kinds,
    bandSets: new Map(Object.entries(r.bandSets).map(([id, s]) => [id, compileBandSet(id, s)])),
    scaleValues: new Map((r.ratingScale ?? []).map((l) => [l.code, decOf(l.value)])),
    scaleCodes: (r.ratingScale ?? []).map((l) => l.code),
    itemComponent,
    componentById: new Map(r.components.map((c) => [c.id, c])),
    catalog: new Map(r.indicators.map((i) => [i.id, i])),
    flags: new Set(r.flags.map((f) => f.id)),
    raterGroups: new Set([...BUILTIN_RATER_GROUPS, ...r.reconciliation.raterGroups]),
    weights,
    componentCaps: new Map(r.components.map((c) => [c.id, { cap: opt(c.cap), floor: opt(c.floor) }])),
    finalCap:
      r.final.method === 'weighted'
        ? { cap: opt(r.final.cap), floor: opt(r.final.floor) }
        : { cap: undefined, floor: undefined },
    record,
    conversionInput,
    trainingBelow: opt(r.followUp?.trainingNeeds.below),
    rulesetRef: Object.freeze({ id: r.id, version: r.version }),
    ref: `${r.id}@${r.version}`,
    weightLabels: new Map(
      r.final.method === 'weighted'
        ? Object.entries(r.final.weights).map(([id, w]) => [id, `${id}×${w}%`])
        : [],
    ),
    followUpActions: new Map(
      Object.entries(r.followUp?.actions ?? {}).map(([predikat, actions]) => [
        predikat,
        Object.freeze(
          actions.map(
            (a): FollowUpAction =>
              Object.freeze(
                a.label === undefined
                  ? { kind: a.kind, code: a.code }
                  : { kind: a.kind, code: a.code, label: a.label },
              ),
          ),
        ),
      ]),
    ),
  };
}
