/**
 * Evaluation inputs for a given ruleset, read from the ruleset itself: its indicator kinds and
 * their measures, the weights its components need, its behaviour items and their ranges or rating
 * scale, its reconciliation policies, bonuses, flags and unit-head rule. Inputs for the built-in
 * packs and for the rulesets of {@link rulesetArbitrary} always score (checked by
 * test/testing-arbitraries.test.ts).
 */
import { addDays, assertIsoDate, daysBetween } from '../../date/index';
import { add, compare, divide, max, min, multiply, round, subtract } from '../../decimal/index';
import { getPack, isPackId, type PackId, parseRuleset, UNIT_PREDIKAT } from '../../ruleset/index';
import type { Ruleset } from '../../ruleset/types';
import { type CompiledRuleset, rulesetInternals } from '../../scoring/compile';
import type { EvaluationInput } from '../../scoring/types';
import { type DecimalStyle, scaled, splitTotal, styleArb, styled } from './decimals';
import { CROSS, type KinerjaFastCheck, type KinerjaFastCheckArbitrary, oneOf, optional } from './fast-check';
import { defined } from './rulesets';

type Arb<T> = KinerjaFastCheckArbitrary<T>;
type Json = Record<string, unknown>;
type Component = Ruleset['components'][number];
type Kind = Ruleset['kinds'][string];
type Policy = Ruleset['reconciliation']['default'];

/**
 * A ruleset to generate data for: a built-in pack id, a compiled ruleset, the result of
 * `parseRuleset`, or a ruleset file (validated here; an invalid one throws `KinerjaError`).
 *
 * @category Testing
 * @example
 * ```ts
 * const a: RulesetSource = 'permenpanrb-6-2022';
 * const b: RulesetSource = unwrap(compileRuleset('pp46-2011'));
 * const c: RulesetSource = { schemaVersion: 1, id: 'kab-contoh', version: 1, extends: 'pp30-2019', effective: { from: '2021-07-01' } };
 * ```
 */
export type RulesetSource =
  | PackId
  | CompiledRuleset
  | { readonly ok: true; readonly value: Ruleset }
  | Readonly<Record<string, unknown>>;

/**
 * Options of {@link KinerjaArbitraries.evaluation}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: EvaluationArbitraryOptions = { maxIndicators: 3, raters: false, decimals: 'string' };
 * ```
 */
export interface EvaluationArbitraryOptions {
  /**
   * Most indicators per indicator component (default 6; at least the number of its kinds when
   * `coverKinds`).
   */
  readonly maxIndicators?: number;
  /** Give every indicator kind of every component at least one indicator (default `true`). */
  readonly coverKinds?: boolean;
  /**
   * Sometimes rate an item through raters (`{ supervisor, self, peers, … }`, as the item's
   * reconciliation policy needs them) instead of a value of record (default `true`).
   */
  readonly raters?: boolean;
  /**
   * Justifications on indicators: `always`, `sometimes` or `never`. Default: `always` when the
   * ruleset rejects a missed target without one (`justification.belowTarget: "error"`), else
   * `sometimes`.
   */
  readonly justification?: 'always' | 'sometimes' | 'never';
  /** How decimals are written (default `either`: strings and JSON numbers). */
  readonly decimals?: DecimalStyle;
}

/** The validated ruleset of a source. */
export function resolveRuleset(source: RulesetSource): Ruleset {
  if (typeof source === 'string') {
    if (!isPackId(source)) throw new RangeError(`Unknown pack "${source}"`);
    return getPack(source);
  }
  const s = source as Record<string, unknown>;
  if (s.ok === true && typeof s.value === 'object' && s.value !== null) return s.value as Ruleset;
  const compiled = rulesetInternals(source);
  if (compiled) return compiled.ruleset;
  const parsed = parseRuleset(source);
  if (!parsed.ok)
    throw new RangeError(`not a valid ruleset: ${parsed.issues.map((i) => i.message.en).join('; ')}`);
  return parsed.value;
}

const NIPS = ['199001012015031001', '198512302010121002', '197803152005012003'];
const REASONS = ['target tidak tercapai karena anggaran dipotong', 'cuti sakit tiga bulan'];

/** `lo + (hi − lo) × k / steps`, exactly (k from 0 to steps). */
function between(fc: KinerjaFastCheck, lo: string, hi: string, steps = 100): Arb<string> {
  if (compare(lo, hi) >= 0) return fc.constant(lo);
  const width = subtract(hi, lo);
  return fc.integer({ min: 0, max: steps }).map((k) => add(lo, divide(multiply(width, k), steps)));
}

/** A decimal text written as the style says. */
function write(fc: KinerjaFastCheck, text: Arb<string>, style: DecimalStyle): Arb<number | string> {
  return fc.tuple(text, styleArb(fc, style)).map(([t, s]) => styled(t, style, s));
}

/** A window `[lo, hi]` inside a domain, `width` wide where the domain is unbounded. */
function window(
  domain: { min?: string | undefined; max?: string | undefined },
  fallback: readonly [string, string],
): [string, string] {
  const width = subtract(fallback[1], fallback[0]);
  if (domain.min !== undefined && domain.max !== undefined) return [domain.min, domain.max];
  if (domain.min !== undefined) return [domain.min, add(domain.min, width)];
  if (domain.max !== undefined) return [subtract(domain.max, width), domain.max];
  return [fallback[0], fallback[1]];
}

/** The part of `[lo, hi]` inside `[a, b]` (lo, hi themselves when they do not meet). */
function clip([lo, hi]: readonly [string, string], a: string, b: string): [string, string] {
  const l = max(lo, a);
  const h = min(hi, b);
  return compare(l, h) <= 0 ? [l, h] : [lo, lo];
}

/** A positive target: one value with one decimal, or a range. */
function targetArb(fc: KinerjaFastCheck, ranges: boolean): Arb<{ min: string; max: string; range: boolean }> {
  const single = fc.integer({ min: 1, max: 10_000 }).map((u) => {
    const t = scaled(u, 1);
    return { min: t, max: t, range: false };
  });
  if (!ranges) return single;
  const range = fc
    .tuple(fc.integer({ min: 10, max: 10_000 }), fc.integer({ min: 0, max: 2_000 }))
    .map(([lo, w]) => ({ min: scaled(lo, 1), max: scaled(lo + w, 1), range: true }));
  return fc.oneof(CROSS, single, range);
}

type Direction = 'higher-is-better' | 'lower-is-better';

/**
 * Target and realisation of a capaian-like measure whose capaian is `p` percent (`p` in the
 * window; for an inverse ratio, a realisation from half to twice the target).
 */
function capaianFields(
  fc: KinerjaFastCheck,
  how: { direction: Direction | undefined; inverse: boolean; ranges: boolean; window: [string, string] },
  style: DecimalStyle,
): Arb<Json> {
  const direction: Arb<Direction> =
    how.direction === undefined
      ? fc.constantFrom<Direction>('higher-is-better', 'lower-is-better')
      : fc.constant(how.direction);
  return fc
    .tuple(
      direction,
      targetArb(fc, how.ranges),
      between(fc, how.window[0], how.window[1], 200),
      fc.integer({ min: 50, max: 200 }),
      styleArb(fc, style),
    )
    .map(([dir, t, p, q, s]) => {
      let r: string;
      if (dir === 'higher-is-better') r = divide(multiply(compare(p, 100) >= 0 ? t.max : t.min, p), 100);
      else if (how.inverse) r = divide(multiply(q <= 100 ? t.min : t.max, q), 100);
      else {
        // capaian = (2 − R/T) × 100 = p  ⇔  R = T × (200 − p) / 100 (p ≤ 200).
        const pp = compare(p, 200) > 0 ? '100' : p;
        r = divide(multiply(compare(pp, 100) >= 0 ? t.min : t.max, subtract(200, pp)), 100);
      }
      const target = t.range
        ? { min: styled(t.min, style, s), max: styled(t.max, style, s) }
        : styled(t.min, style, s);
      return defined([
        ['direction', how.direction === undefined ? dir : undefined],
        ['target', target],
        ['realisasi', styled(r, style, s)],
      ]);
    });
}

/** The fields of an indicator of a kind (no id, weight or justification). */
function kindFields(
  fc: KinerjaFastCheck,
  r: Ruleset,
  kindId: string,
  kind: Kind,
  style: DecimalStyle,
): Arb<Json> {
  const base = { kind: kindId };
  const tableDomain = (id: string | undefined) => (id === undefined ? {} : (r.conversions[id]?.domain ?? {}));
  switch (kind.measure) {
    case 'pp46-activity': {
      // waktu/biaya: 0 ≤ R ≤ factor × T keeps the aspect score ≥ 0 on both branches of the formula.
      const top = Math.max(
        0,
        Math.min(300, Number(round(multiply(kind.efficiency.factor, 100), 0, 'floor'))),
      );
      const efficiency = (maxTarget: number) =>
        fc
          .tuple(
            fc.integer({ min: 1, max: maxTarget }),
            fc.integer({ min: 0, max: top }),
            styleArb(fc, style),
          )
          .map(([t, pct, s]) => ({
            target: styled(String(t), style, s),
            realisasi: styled(scaled(t * pct, 2), style, s),
          }));
      const kuantitas = fc
        .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 200 }), styleArb(fc, style))
        .map(([t, pct, s]) => ({
          target: styled(String(t), style, s),
          realisasi: styled(scaled(t * pct, 2), style, s),
        }));
      const kualitas = fc
        .tuple(fc.constantFrom(100, 10), fc.integer({ min: 0, max: 120 }), styleArb(fc, style))
        .map(([t, pct, s]) => ({
          target: styled(String(t), style, s),
          realisasi: styled(scaled(t * pct, 2), style, s),
        }));
      return fc
        .tuple(kuantitas, kualitas, efficiency(24), optional(fc, efficiency(1_000_000_000)))
        .map(([kn, kl, waktu, biaya]) =>
          defined([
            ...Object.entries(base),
            ['kuantitas', kn],
            ['kualitas', kl],
            ['waktu', waktu],
            ['biaya', biaya],
          ]),
        );
    }
    case 'capaian': {
      const inverse = kind.lowerIsBetter === 'inverse-ratio';
      const w = clip(window(tableDomain(kind.conversion), ['0', '200']), '0', '200');
      return fc
        .tuple(
          capaianFields(fc, { direction: kind.direction, inverse, ranges: true, window: w }, style),
          kind.maxAchievable === undefined ? fc.constant(undefined) : optional(fc, fc.boolean()),
        )
        .map(([f, maxAchievable]) => ({
          ...base,
          ...f,
          ...(maxAchievable === undefined ? {} : { maxAchievable }),
        }));
    }
    case 'ratio':
      return capaianFields(
        fc,
        { direction: 'higher-is-better', inverse: false, ranges: true, window: ['0', '200'] },
        style,
      ).map((f) => ({ ...base, ...f }));
    case 'inverse-ratio':
      return capaianFields(
        fc,
        { direction: 'lower-is-better', inverse: true, ranges: true, window: ['0', '200'] },
        style,
      ).map((f) => ({ ...base, ...f }));
    case 'scale':
      return fc
        .tuple(
          write(fc, between(fc, kind.min, kind.max), style),
          optional(fc, write(fc, between(fc, kind.min, kind.max), style)),
        )
        .map(([realisasi, target]) =>
          defined([...Object.entries(base), ['target', target], ['realisasi', realisasi]]),
        );
    case 'yes-no':
      return fc.boolean().map((realisasi) => ({ ...base, realisasi }));
    case 'breakpoint': {
      const domain = tableDomain(kind.table);
      if (kind.input === 'capaian') {
        const w = clip(window(domain, ['0', '200']), '0', '1000000');
        return fc
          .tuple(fc.integer({ min: 1, max: 10_000 }), between(fc, w[0], w[1], 200), styleArb(fc, style))
          .map(([u, p, s]) => {
            const t = scaled(u, 1);
            return {
              ...base,
              target: styled(t, style, s),
              realisasi: styled(divide(multiply(t, p), 100), style, s),
            };
          });
      }
      const w = window(domain, ['0', '200']);
      return fc
        .tuple(
          write(fc, between(fc, w[0], w[1], 1000), style),
          optional(fc, write(fc, between(fc, w[0], w[1]), style)),
        )
        .map(([realisasi, target]) =>
          defined([...Object.entries(base), ['target', target], ['realisasi', realisasi]]),
        );
    }
    case 'rated':
      return fc
        .tuple(
          optional(
            fc,
            fc.oneof<string | number>(
              CROSS,
              fc.constantFrom('12 laporan', '100% dokumen'),
              fc.integer({ min: 1, max: 100 }),
            ),
          ),
          optional(
            fc,
            fc.oneof<string | number>(
              CROSS,
              fc.constantFrom('12 laporan', '11 laporan'),
              fc.integer({ min: 0, max: 100 }),
            ),
          ),
        )
        .map(([target, realisasi]) =>
          defined([...Object.entries(base), ['target', target], ['realisasi', realisasi]]),
        );
  }
}

/** How the values of an id are rated: numbers in a range, or codes of the rating scale. */
type Scale =
  | { readonly kind: 'number'; readonly lo: string; readonly hi: string }
  | { readonly kind: 'rating'; readonly codes: readonly string[] };

function scaleValue(fc: KinerjaFastCheck, scale: Scale, style: DecimalStyle): Arb<number | string> {
  if (scale.kind === 'rating') return oneOf(fc, scale.codes);
  // Hundredths inside the range.
  const lo = Number(round(multiply(scale.lo, 100), 0, 'ceiling'));
  const hi = Number(round(multiply(scale.hi, 100), 0, 'floor'));
  return fc
    .tuple(fc.integer({ min: lo, max: Math.max(lo, hi) }), styleArb(fc, style))
    .map(([u, s]) => styled(scaled(u, 2), style, s));
}

const SINGLE = new Set(['self', 'supervisor']);

/**
 * Raters for an id that its policy reconciles (never pending): a supervisor always, every group
 * the policy weights, and as many raters as `minRaters` asks; `undefined` when no raters object
 * can satisfy the policy.
 */
function ratersArb(fc: KinerjaFastCheck, policy: Policy, value: Arb<number | string>): Arb<Json> | undefined {
  const need = new Map<string, number>([['supervisor', 1]]);
  if (policy.method !== 'supervisor-of-record') {
    for (const [g, m] of Object.entries(policy.minRaters)) need.set(g, Math.max(need.get(g) ?? 0, m));
    if (policy.method === 'weighted')
      for (const [g, w] of Object.entries(policy.weights))
        if (compare(w, 0) > 0) need.set(g, Math.max(need.get(g) ?? 0, 1));
    if ((need.get('self') ?? 0) > 0 && policy.method !== 'weighted') return undefined;
  }
  for (const g of SINGLE) if ((need.get(g) ?? 0) > 1) return undefined;
  const groups = [...need.entries()].filter(([, m]) => m > 0);
  const optionalSelf = need.has('self') ? fc.constant(undefined) : optional(fc, value);
  const optionalPeers = need.has('peers')
    ? fc.constant(undefined)
    : optional(fc, fc.array(value, { minLength: 1, maxLength: 3 }));
  return fc
    .tuple(
      fc.tuple(
        ...groups.map(([g, m]) =>
          SINGLE.has(g) ? value : fc.array(value, { minLength: m, maxLength: m + 2 }),
        ),
      ),
      optionalSelf,
      optionalPeers,
    )
    .map(([values, self, peers]) =>
      defined([...groups.map(([g], i) => [g, values[i]] as const), ['self', self], ['peers', peers]]),
    );
}

/** A value of record, or (sometimes) raters. */
function ratingArb(
  fc: KinerjaFastCheck,
  r: Ruleset,
  id: string,
  scale: Scale,
  o: Required<Pick<EvaluationArbitraryOptions, 'raters' | 'decimals'>>,
): Arb<unknown> {
  const value = scaleValue(fc, scale, o.decimals);
  if (!o.raters) return value;
  const policy = Object.hasOwn(r.reconciliation.items, id)
    ? (r.reconciliation.items[id] as Policy)
    : r.reconciliation.default;
  const raters = ratersArb(fc, policy, value);
  return raters === undefined ? value : fc.oneof<unknown>(CROSS, value, raters);
}

/** One generated indicator before its id is given. */
interface Draft {
  readonly fields: Json;
  readonly rating: unknown;
  readonly justified: boolean;
}

function ratingScale(r: Ruleset): Scale {
  return { kind: 'rating', codes: (r.ratingScale ?? []).map((l) => l.code) };
}

/** The kinds a component takes that the ruleset defines. */
function kindsOf(r: Ruleset, c: Component): string[] {
  return c.source.from === 'indicators' ? c.source.kinds.filter((k) => Object.hasOwn(r.kinds, k)) : [];
}

interface Settings {
  readonly r: Ruleset;
  readonly max: number;
  readonly cover: boolean;
  readonly raters: boolean;
  readonly justification: 'always' | 'sometimes' | 'never';
  readonly decimals: DecimalStyle;
}

function draftArb(fc: KinerjaFastCheck, s: Settings, kindId: string, ratingId: string): Arb<Draft> {
  const kind = s.r.kinds[kindId] as Kind;
  return fc
    .tuple(
      kindFields(fc, s.r, kindId, kind, s.decimals),
      kind.measure === 'rated'
        ? ratingArb(fc, s.r, ratingId, ratingScale(s.r), { raters: s.raters, decimals: s.decimals })
        : fc.constant(undefined),
      s.justification === 'sometimes' ? fc.boolean() : fc.constant(s.justification === 'always'),
    )
    .map(([fields, rating, justified]) => ({ fields, rating, justified }));
}

/** A component's indicators with their weights (ids given later, unless catalogued). */
interface ComponentIndicators {
  readonly drafts: ReadonlyArray<Draft & { readonly id?: string; readonly weight?: number | string }>;
}

function componentIndicatorsArb(fc: KinerjaFastCheck, s: Settings, c: Component): Arb<ComponentIndicators> {
  const agg = c.aggregate;
  if (agg.method === 'weighted' && agg.weights === 'catalog') {
    const catalogued = s.r.indicators.filter((i) => i.component === c.id && Object.hasOwn(s.r.kinds, i.kind));
    return fc.tuple(...catalogued.map((i) => draftArb(fc, s, i.kind, i.id))).map((drafts) => ({
      drafts: drafts.map((d, i) => ({ ...d, id: (catalogued[i] as { id: string }).id })),
    }));
  }
  const kinds = kindsOf(s.r, c);
  if (kinds.length === 0) return fc.constant({ drafts: [] });
  // Generated ids are not reconciliation items, so the default policy rates them.
  const one = (k: string) => draftArb(fc, s, k, '');
  const any = fc.oneof(CROSS, ...kinds.map(one));
  const most = Math.max(s.max, s.cover ? kinds.length : 1);
  const drafts: Arb<Draft[]> = s.cover
    ? fc
        .tuple(fc.tuple(...kinds.map(one)), fc.array(any, { minLength: 0, maxLength: most - kinds.length }))
        .map(([fixed, more]) => [...fixed, ...more])
    : fc.array(any, { minLength: 1, maxLength: most });
  const weighted = agg.method === 'weighted' && agg.weights === 'input';
  if (!weighted) return drafts.map((d) => ({ drafts: d }));
  const hundredths = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: most, maxLength: most });
  return fc.tuple(drafts, hundredths, styleArb(fc, s.decimals)).map(([d, cuts, asString]) => {
    // Weights summing to exactly 100 (or, normalised, positive weights).
    const units = agg.normalize
      ? cuts.slice(0, d.length).map((u) => 1 + (u % 10_000))
      : splitTotal(10_000, d.length, cuts);
    return {
      drafts: d.map((x, i) => ({ ...x, weight: styled(scaled(units[i] ?? 0, 2), s.decimals, asString) })),
    };
  });
}

/** The ratings a component of items needs: item id → rating, and the component's direct rating. */
function itemsArb(fc: KinerjaFastCheck, s: Settings, c: Component): Arb<Json> {
  if (c.source.from !== 'items') return fc.constant({});
  const src = c.source;
  const scale: Scale =
    src.values === 'rating'
      ? ratingScale(s.r)
      : (() => {
          const [lo, hi] = window(src.range ?? {}, ['0', '100']);
          return { kind: 'number', lo, hi };
        })();
  const o = { raters: s.raters, decimals: s.decimals };
  const weighted = c.aggregate.method === 'weighted';
  const minimum = Math.max(1, src.minItems ?? 1);
  return fc
    .tuple(
      fc.tuple(...src.items.map((it) => ratingArb(fc, s.r, it.id, scale, o))),
      fc.tuple(...src.items.map((it) => (it.required || weighted ? fc.constant(true) : fc.boolean()))),
    )
    .map(([values, chosen]) => {
      let rate = chosen;
      if (rate.filter(Boolean).length < minimum) rate = rate.map(() => true);
      return Object.fromEntries(src.items.flatMap((it, i) => (rate[i] ? [[it.id, values[i]]] : [])));
    });
}

/** Whether a rating component can take its rating from a direct rating, and must. */
function directRating(r: Ruleset, c: Component): { can: boolean; must: boolean } {
  if (c.output !== 'rating') return { can: false, must: false };
  const how = c.rating ?? { direct: true, derive: undefined };
  const measuredKinds = kindsOf(r, c).some((k) => r.kinds[k]?.measure !== 'rated');
  const derivable = how.derive !== undefined && !measuredKinds;
  return { can: how.direct, must: how.direct && !derivable };
}

/** Valid evaluation inputs for the ruleset `source`. */
export function evaluationArbitrary(
  fc: KinerjaFastCheck,
  source: RulesetSource,
  options: EvaluationArbitraryOptions = {},
): Arb<EvaluationInput> {
  const r = resolveRuleset(source);
  const s: Settings = {
    r,
    max: Math.max(1, options.maxIndicators ?? 6),
    cover: options.coverKinds ?? true,
    raters: options.raters ?? true,
    justification:
      options.justification ?? (r.justification.belowTarget === 'error' ? 'always' : 'sometimes'),
    decimals: options.decimals ?? 'either',
  };
  const style = s.decimals;
  const indicatorComponents = r.components.filter((c) => c.source.from === 'indicators');
  const itemComponents = r.components.filter((c) => c.source.from === 'items');
  const ratingComponents = r.components.filter((c) => c.output === 'rating');
  const reserved = new Set<string>([
    ...r.components.map((c) => c.id),
    ...itemComponents.flatMap((c) => (c.source.from === 'items' ? c.source.items.map((it) => it.id) : [])),
    ...r.indicators.map((i) => i.id),
    ...Object.keys(r.reconciliation.items),
  ]);

  // A unit head's rating comes from the unit's predikat where a component maps it.
  const unitMap = ratingComponents.map((c) => c.rating?.unitHead?.map).find((m) => m !== undefined);
  const unitOnly = ratingComponents.some(
    (c) => c.rating?.unitHead !== undefined && !directRating(r, c).can && c.rating?.derive === undefined,
  );
  const mapped = unitMap ? UNIT_PREDIKAT.filter((u) => Object.hasOwn(unitMap, u)) : [];
  const unit = fc.tuple(
    unitMap === undefined || mapped.length === 0
      ? fc.constant(false)
      : unitOnly
        ? fc.constant(true)
        : fc.boolean(),
    oneOf(fc, mapped.length > 0 ? mapped : UNIT_PREDIKAT),
    fc.boolean(),
  );

  const directs = fc.tuple(
    ...ratingComponents.map((c) => {
      const d = directRating(r, c);
      if (!d.can) return fc.constant(undefined);
      const value = ratingArb(fc, r, c.id, ratingScale(r), { raters: s.raters, decimals: style });
      return d.must ? value : optional(fc, value);
    }),
  );

  const bonusInputs = new Map<string, 'count' | string[]>();
  for (const c of r.components)
    for (const b of c.bonuses) {
      const t = r.bonusTables[b.table];
      if (t) bonusInputs.set(b.input, t.kind === 'count' ? 'count' : Object.keys(t.points));
    }
  const extras = fc.tuple(
    ...[...bonusInputs].map(([input, how]) =>
      optional(
        fc,
        how === 'count'
          ? fc.integer({ min: 0, max: 12 }).map((n): unknown => n)
          : fc.oneof<unknown>(CROSS, fc.constant(null), ...(how.length > 0 ? [oneOf(fc, how)] : [])),
      ).map((v) => [input, v] as const),
    ),
  );

  const flags = fc.tuple(...r.flags.map((f) => optional(fc, fc.boolean()).map((v) => [f.id, v] as const)));

  const from = assertIsoDate(r.effective.from);
  const span =
    r.effective.until === undefined
      ? 730
      : Math.min(730, daysBetween(from, assertIsoDate(r.effective.until)));
  const period = optional(
    fc,
    fc.tuple(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: 364 })).map(([a, b]) => {
      const start = addDays(from, a);
      return { start, end: addDays(start, Math.min(b, span - a)) };
    }),
  );

  return fc
    .tuple(
      fc.tuple(...indicatorComponents.map((c) => componentIndicatorsArb(fc, s, c))),
      fc.tuple(...itemComponents.map((c) => itemsArb(fc, s, c))),
      directs,
      unit,
      extras,
      flags,
      optional(fc, fc.constantFrom(...NIPS)),
      period,
      fc.constantFrom(...REASONS),
    )
    .map(
      ([
        perComponent,
        items,
        direct,
        [unitHead, unitPredikat, withUnit],
        bonus,
        flagValues,
        nip,
        p,
        reason,
      ]) => {
        const indicators: Json[] = [];
        const ratings: Json = {};
        let n = 0;
        const nextId = (): string => {
          let id: string;
          do id = `ind-${++n}`;
          while (reserved.has(id));
          return id;
        };
        for (const { drafts } of perComponent) {
          for (const d of drafts) {
            const id = d.id ?? nextId();
            indicators.push(
              defined([
                ['id', id],
                ...Object.entries(d.fields),
                ['weight', d.weight],
                ['justification', d.justified ? reason : undefined],
              ]),
            );
            if (d.rating !== undefined) ratings[id] = d.rating;
          }
        }
        for (const part of items) Object.assign(ratings, part);
        ratingComponents.forEach((c, i) => {
          if (direct[i] !== undefined) ratings[c.id] = direct[i];
        });
        const extraValues = defined(bonus);
        const flagObject = defined(flagValues);
        const employee =
          nip !== undefined || unitHead
            ? defined([
                ['id', nip],
                ['unitHead', unitHead ? true : undefined],
              ])
            : undefined;
        const input = defined([
          ['employee', employee],
          ['period', p],
          ['organisation', unitHead || withUnit ? { predikat: unitPredikat } : undefined],
          ['indicators', indicators.length > 0 ? indicators : undefined],
          ['ratings', Object.keys(ratings).length > 0 ? ratings : undefined],
          ['flags', Object.keys(flagObject).length > 0 ? flagObject : undefined],
          ['extras', Object.keys(extraValues).length > 0 ? extraValues : undefined],
        ]);
        return input as EvaluationInput;
      },
    );
}
