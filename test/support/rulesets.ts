/**
 * Rulesets for tests of the scoring engine: every generic measurement kind the packs do not use
 * (ratio, inverse ratio, scale, yes/no, breakpoint, capaian with an inverse ratio), in a component
 * whose aggregation the test chooses. Built through `parseRuleset`, so they are valid rulesets.
 */
import { type CompiledRuleset, compileRuleset, parseRuleset, type Ruleset, unwrap } from '../../src/index';

/** How the indicator component of {@link genericRuleset} aggregates. */
export type GenericAggregate =
  | { readonly method: 'mean' }
  | { readonly method: 'sum' }
  | { readonly method: 'weighted'; readonly normalize: boolean };

/** Options of {@link genericRuleset}. */
export interface GenericRulesetOptions {
  /** Aggregation of the `hasil` component (default: weighted, normalised). */
  readonly aggregate?: GenericAggregate;
  /** Cap and floor of the `hasil` component. */
  readonly componentCap?: string;
  readonly componentFloor?: string;
  /** How behaviour items (`a`, `b`, optional `c`) aggregate (default: mean). */
  readonly itemsAggregate?: GenericAggregate;
  /** Item weights when `itemsAggregate` is weighted. */
  readonly itemWeights?: { readonly a: string; readonly b: string; readonly c: string };
  /** Numeric distance between self and supervisor tolerated before a dialogue. */
  readonly dialoguePoints?: string;
  /** What a missed target without a justification is. */
  readonly belowTarget?: 'off' | 'warning' | 'error';
  /** Extra fields merged into the ruleset file (shallowly). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The kind ids of {@link genericRuleset}. */
export const GENERIC_KINDS = [
  'rasio',
  'rasio-terbalik',
  'rasio-batas',
  'capaian-terbalik',
  'skala',
  'ya-tidak',
  'ya-tidak-40',
  'tabel',
  'tabel-capaian',
] as const;

/**
 * The ruleset file (before parsing) of {@link genericRuleset}: predikat baik/cukup/kurang on a
 * 0–∞ score, 50% indicators (`hasil`) + 50% behaviour items (`perilaku`: a, b, optional c, 0–100).
 */
export function genericRulesetFile(options: GenericRulesetOptions = {}): Record<string, unknown> {
  const aggregate = options.aggregate ?? { method: 'weighted', normalize: true };
  const itemsAggregate = options.itemsAggregate ?? { method: 'mean' };
  const w = options.itemWeights;
  return {
    schemaVersion: 1,
    id: 'test-kinds',
    version: 1,
    effective: { from: '2025-01-01' },
    predikat: [
      { code: 'baik', rank: 4 },
      { code: 'cukup', rank: 3 },
      { code: 'kurang', rank: 2 },
    ],
    bandSets: {
      nilai: {
        domain: {},
        bands: [
          { code: 'kurang', max: '60' },
          { code: 'cukup', min: '60', max: '80' },
          { code: 'baik', min: '80' },
        ],
      },
    },
    kinds: {
      rasio: { measure: 'ratio' },
      'rasio-terbalik': { measure: 'inverse-ratio' },
      'rasio-batas': { measure: 'ratio', cap: '110', floor: '10' },
      'capaian-terbalik': {
        measure: 'capaian',
        direction: 'lower-is-better',
        lowerIsBetter: 'inverse-ratio',
      },
      skala: { measure: 'scale', min: '1', max: '5' },
      'ya-tidak': { measure: 'yes-no' },
      'ya-tidak-40': { measure: 'yes-no', yes: '100', no: '40' },
      tabel: { measure: 'breakpoint', table: 'langkah' },
      'tabel-capaian': { measure: 'breakpoint', table: 'langkah', input: 'capaian' },
    },
    conversions: {
      // [0, 50) → 0; [50, 100] → a line from (50, 0) to (100, 100); above 100 → 110.
      langkah: {
        domain: { min: '0' },
        segments: [
          { min: '0', max: '50', constant: '0' },
          { min: '50', max: '100', maxInclusive: true, linear: { x0: '50', y0: '0', x1: '100', y1: '100' } },
          { min: '100', minInclusive: false, constant: '110' },
        ],
      },
    },
    components: [
      {
        id: 'hasil',
        source: { from: 'indicators', kinds: [...GENERIC_KINDS] },
        aggregate,
        ...(options.componentCap !== undefined ? { cap: options.componentCap } : {}),
        ...(options.componentFloor !== undefined ? { floor: options.componentFloor } : {}),
        bandSet: 'nilai',
      },
      {
        id: 'perilaku',
        source: {
          from: 'items',
          values: 'number',
          range: { min: '0', max: '100' },
          items: [
            { id: 'a', ...(w ? { weight: w.a } : {}) },
            { id: 'b', ...(w ? { weight: w.b } : {}) },
            { id: 'c', required: false, ...(w ? { weight: w.c } : {}) },
          ],
        },
        aggregate:
          itemsAggregate.method === 'weighted' ? { ...itemsAggregate, weights: 'items' } : itemsAggregate,
        bandSet: 'nilai',
      },
    ],
    final: { method: 'weighted', weights: { hasil: '50', perilaku: '50' }, bandSet: 'nilai' },
    rounding: {
      capaian: { scale: 2, mode: 'half-up' },
      indicator: { scale: 2, mode: 'half-up' },
      component: { scale: 2, mode: 'half-up' },
      final: { scale: 2, mode: 'half-up' },
      carry: 'recorded',
    },
    justification: { belowTarget: options.belowTarget ?? 'warning' },
    followUp: {
      actions: {
        baik: [{ kind: 'reward', code: 'penghargaan' }],
        cukup: [{ kind: 'training', code: 'pelatihan' }],
        kurang: [{ kind: 'coaching', code: 'pembinaan' }],
      },
      trainingNeeds: { count: 2 },
    },
    ...(options.dialoguePoints !== undefined
      ? { reconciliation: { dialogue: { points: options.dialoguePoints } } }
      : {}),
    ...options.extra,
  };
}

/** A validated test ruleset with every generic kind (see {@link genericRulesetFile}). */
export function genericRuleset(options: GenericRulesetOptions = {}): Ruleset {
  const r = parseRuleset(genericRulesetFile(options));
  if (!r.ok) throw new Error(`test ruleset is invalid: ${JSON.stringify(r.issues, null, 2)}`);
  return r.value;
}

/** A pack extended with overrides (merged by the `extends` rules), validated. */
export function extendPack(pack: string, overrides: Readonly<Record<string, unknown>>): Ruleset {
  const r = parseRuleset({
    schemaVersion: 1,
    id: `${pack}-test`,
    version: 1,
    effective: { from: '2014-01-01' },
    extends: pack,
    ...overrides,
  });
  if (!r.ok) throw new Error(`extended ${pack} is invalid: ${JSON.stringify(r.issues, null, 2)}`);
  return r.value;
}

/**
 * Compiles a pack extended with overrides. Compiles the parse result, not the bare ruleset:
 * `unwrap(compileRuleset(ruleset))` parses a bare ruleset again and re-applies its `extends`, which brings
 * back keys the overrides removed with `null` (reported as an engine bug).
 */
export function compileExtended(pack: string, overrides: Readonly<Record<string, unknown>>): CompiledRuleset {
  return unwrap(compileRuleset(extendPack(pack, overrides)));
}
