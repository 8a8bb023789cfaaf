/**
 * Valid ruleset files: a built-in pack extended with random but valid overrides (docs/rulesets.md:
 * agencies extend a pack and override what differs). Every value the arbitrary generates passes
 * `parseRuleset`; test/testing-arbitraries.test.ts checks it over many runs.
 */
import { addDays, assertIsoDate, compareDates, daysBetween, type IsoDate } from '../../date/index';
import { ROUNDING_MODES } from '../../decimal/index';
import { PACK_IDS, type PackId } from '../../ruleset/index';
import { type DecimalStyle, scaled, styleArb, styled } from './decimals';
import { CROSS, type KinerjaFastCheck, type KinerjaFastCheckArbitrary, optional } from './fast-check';

/**
 * A ruleset file as {@link KinerjaArbitraries.ruleset} generates it: a built-in pack (`extends`)
 * with overrides, plain JSON (decimals as strings or JSON numbers), ready for `parseRuleset`, a
 * case file's inline `ruleset`, or `JSON.stringify` into a file.
 *
 * @category Testing
 * @example
 * ```ts
 * const file: RulesetFile = {
 *   schemaVersion: 1, id: 'kab-contoh', version: 1, extends: 'permenpanrb-6-2022',
 *   effective: { from: '2025-01-01' }, calendar: { frequency: 'monthly' },
 * };
 * parseRuleset(file).ok; // true
 * ```
 */
export interface RulesetFile {
  /** The file format (always 1). */
  readonly schemaVersion: 1;
  /** The agency's ruleset id. */
  readonly id: string;
  /** Its version. */
  readonly version: number;
  /** The built-in pack it extends. */
  readonly extends: PackId;
  /** The periods it applies to. */
  readonly effective: { readonly from: string; readonly until?: string };
  /** The overridden sections (`final`, `bandSets`, `calendar`, `rounding`, `kinds`, …). */
  readonly [section: string]: unknown;
}

/**
 * Options of {@link KinerjaArbitraries.ruleset}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: RulesetArbitraryOptions = { packs: ['permenpanrb-6-2022'], id: 'kota-palu', extraKinds: false };
 * ```
 */
export interface RulesetArbitraryOptions {
  /** The packs to extend (default: all four). */
  readonly packs?: readonly PackId[];
  /** The ruleset id (default: `kab-` and a few random letters). */
  readonly id?: string;
  /**
   * Add indicator kinds of other measures (ratio, inverse ratio, capaian, scale, yes/no,
   * breakpoint; a second rated kind for PermenPANRB 6/2022) and, for the numeric packs, a further
   * behaviour item. Default `true`.
   */
  readonly extraKinds?: boolean;
  /** How decimals are written (default `either`: strings and JSON numbers). */
  readonly decimals?: DecimalStyle;
}

type Arb<T> = KinerjaFastCheckArbitrary<T>;
type Json = Record<string, unknown>;

/** The effective range of each pack: generated files take effect inside it. */
const PACK_RANGE: Readonly<Record<PackId, { from: string; until: string }>> = {
  'pp46-2011': { from: '2014-01-01', until: '2020-12-31' },
  'pp30-2019': { from: '2021-07-01', until: '2021-12-31' },
  'pp30-2019-360': { from: '2021-07-01', until: '2021-12-31' },
  'permenpanrb-6-2022': { from: '2022-01-01', until: '2030-12-31' },
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const ATAS = 'di-atas-ekspektasi';
const SESUAI = 'sesuai-ekspektasi';
const BAWAH = 'di-bawah-ekspektasi';
const RATINGS = [ATAS, SESUAI, BAWAH] as const;
const UNITS = ['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;
const PERMEN_PREDIKAT = ['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;

/** An object of the entries whose value is not `undefined`. */
export function defined(entries: ReadonlyArray<readonly [string, unknown]>): Json {
  const out: Json = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

/** Days from `from` to `until`. */
function span(from: string, until: string): number {
  return daysBetween(assertIsoDate(from), assertIsoDate(until));
}

/** A decimal in hundredths from `lo` to `hi`, written as the style says. */
function hundredths(fc: KinerjaFastCheck, lo: number, hi: number, style: DecimalStyle): Arb<number | string> {
  return fc
    .tuple(fc.integer({ min: lo, max: hi }), styleArb(fc, style))
    .map(([u, s]) => styled(scaled(u, 2), style, s));
}

function identity(fc: KinerjaFastCheck, pack: PackId, o: RulesetArbitraryOptions): Arb<Json> {
  const range = PACK_RANGE[pack];
  const days = span(range.from, range.until);
  const from = assertIsoDate(range.from);
  return fc
    .tuple(
      o.id === undefined
        ? fc
            .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 })
            .map((cs) => `kab-${cs.join('')}`)
        : fc.constant(o.id),
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 0, max: days }),
      optional(fc, fc.integer({ min: 0, max: days })),
      optional(fc, fc.constantFrom('Kebijakan kinerja', 'Pedoman penilaian kinerja pegawai')),
    )
    .map(([id, version, start, length, name]) => {
      const f: IsoDate = addDays(from, start);
      const until = length === undefined ? undefined : addDays(f, Math.min(length, days - start));
      return defined([
        ['schemaVersion', 1],
        ['id', id],
        ['version', version],
        ['extends', pack],
        [
          'effective',
          defined([
            ['from', f],
            ['until', until],
          ]),
        ],
        ['name', name === undefined ? undefined : { id: name, en: 'Performance policy' }],
      ]);
    });
}

function calendar(fc: KinerjaFastCheck, pack: PackId): Arb<Json | undefined> {
  const year = Number(PACK_RANGE[pack].from.slice(0, 4));
  const deadline = (max: number) =>
    fc
      .tuple(fc.integer({ min: 0, max }), fc.constantFrom('calendar', 'working'))
      .map(([days, kind]) => ({ days, kind }));
  return optional(
    fc,
    fc
      .tuple(
        optional(fc, fc.constantFrom('monthly', 'quarterly', 'semester', 'annual')),
        optional(fc, fc.integer({ min: 1, max: 12 })),
        optional(
          fc,
          fc
            .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
            .map(([month, day]) => ({ month, day })),
        ),
        optional(fc, deadline(30)),
        optional(fc, deadline(60)),
        optional(
          fc,
          fc.constantFrom('last-period', 'weighted-by-months', 'worst').map((strategy) => ({ strategy })),
        ),
        optional(fc, fc.array(fc.integer({ min: 0, max: 364 }), { minLength: 0, maxLength: 4 })),
        optional(fc, fc.constantFrom([0, 6], [0], [5, 6])),
      )
      .map(([frequency, yearStartMonth, planning, report, appeal, annual, holidays, weekend]) =>
        defined([
          ['frequency', frequency],
          ['yearStartMonth', yearStartMonth],
          ['planning', planning],
          ['report', report],
          ['appeal', appeal],
          ['annual', annual],
          ['holidays', holidays?.map((d) => addDays(assertIsoDate(`${year}-01-01`), d)).sort(compareDates)],
          ['weekend', weekend],
        ]),
      ),
  );
}

const STAGES = ['capaian', 'rating', 'aspect', 'indicator', 'component', 'final'] as const;

function rounding(fc: KinerjaFastCheck): Arb<Json | undefined> {
  const stage = fc.oneof<Json | null | undefined>(
    CROSS,
    fc.constant(undefined),
    fc.constant(null),
    fc
      .tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(...ROUNDING_MODES))
      .map(([scale, mode]) => ({ scale, mode })),
  );
  return optional(
    fc,
    fc
      .tuple(fc.tuple(...STAGES.map(() => stage)), optional(fc, fc.constantFrom('recorded', 'exact')))
      .map(([stages, carry]) =>
        defined([...STAGES.map((s, i) => [s, stages[i]] as const), ['carry', carry]]),
      ),
  );
}

function policy(fc: KinerjaFastCheck, style: DecimalStyle): Arb<Json> {
  const aggregate = fc.tuple(
    fc.constantFrom('mean', 'median', 'trimmed-mean'),
    fc.integer({ min: 0, max: 1 }),
    optional(fc, fc.integer({ min: 0, max: 2 })),
  );
  return fc.oneof<Json>(
    CROSS,
    fc.constant({ $replace: true, method: 'supervisor-of-record' }),
    aggregate.map(([groupAggregate, trim, peers]) => ({
      $replace: true,
      method: 'mean',
      groupAggregate,
      trim,
      ...(peers === undefined ? {} : { minRaters: { peers } }),
    })),
    fc
      .tuple(
        hundredths(fc, 100, 10_000, style),
        hundredths(fc, 0, 10_000, style),
        hundredths(fc, 0, 10_000, style),
        optional(fc, hundredths(fc, 0, 5_000, style)),
        aggregate,
      )
      .map(([supervisor, peers, subordinates, self, [groupAggregate, trim, min]]) => ({
        $replace: true,
        method: 'weighted',
        weights: defined([
          ['supervisor', supervisor],
          ['peers', peers],
          ['subordinates', subordinates],
          ['self', self],
        ]),
        groupAggregate,
        trim,
        ...(min === undefined ? {} : { minRaters: { subordinates: min } }),
      })),
  );
}

function common(fc: KinerjaFastCheck, pack: PackId, style: DecimalStyle): Arb<Json> {
  const numeric = pack !== 'permenpanrb-6-2022';
  return fc
    .tuple(
      calendar(fc, pack),
      rounding(fc),
      optional(fc, fc.constantFrom('off', 'warning', 'error')),
      optional(
        fc,
        fc.tuple(fc.integer({ min: 0, max: 5 }), optional(fc, hundredths(fc, 5_000, 11_000, style))),
      ),
      optional(fc, policy(fc, style)),
      optional(fc, numeric ? hundredths(fc, 0, 2_000, style) : fc.integer({ min: 0, max: 2 })),
    )
    .map(([cal, round, belowTarget, training, defaultPolicy, tolerance]) =>
      defined([
        ['calendar', cal],
        ['rounding', round],
        ['justification', belowTarget === undefined ? undefined : { belowTarget }],
        [
          'followUp',
          training === undefined
            ? undefined
            : {
                trainingNeeds: defined([
                  ['count', training[0]],
                  ['below', numeric ? training[1] : undefined],
                ]),
              },
        ],
        [
          'reconciliation',
          defaultPolicy === undefined && tolerance === undefined
            ? undefined
            : defined([
                ['default', defaultPolicy],
                [
                  'dialogue',
                  tolerance === undefined
                    ? undefined
                    : numeric
                      ? { points: tolerance }
                      : { steps: tolerance },
                ],
              ]),
        ],
      ]),
    );
}

/** Four cut points, strictly increasing, each `step` hundredths apart at least. */
function cuts(fc: KinerjaFastCheck, first: number, step: readonly [number, number]): Arb<number[]> {
  const inc = fc.integer({ min: step[0], max: step[1] });
  return fc.tuple(inc, inc, inc, inc).map(([a, b, c, d]) => {
    const c1 = first + a;
    return [c1, c1 + b, c1 + b + c, c1 + b + c + d];
  });
}

function finalWeights(fc: KinerjaFastCheck, style: DecimalStyle): Arb<Json> {
  return fc.tuple(fc.integer({ min: 1_000, max: 9_000 }), styleArb(fc, style)).map(([w, s]) => ({
    weights: { skp: styled(scaled(w, 2), style, s), perilaku: styled(scaled(10_000 - w, 2), style, s) },
  }));
}

function pp46Overrides(fc: KinerjaFastCheck, style: DecimalStyle): Arb<Json> {
  const steps = fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 500 })), {
    minLength: 0,
    maxLength: 4,
  });
  return fc
    .tuple(
      finalWeights(fc, style),
      cuts(fc, 0, [100, 3_000]),
      optional(fc, steps),
      optional(
        fc,
        fc.tuple(...['unit-kerja', 'instansi', 'nasional'].map(() => hundredths(fc, 0, 2_000, style))),
      ),
      optional(fc, fc.boolean()),
    )
    .map(([final, [a, b, c, d], tugas, levels, notDone]) => {
      let from = 0;
      const bonus = defined([
        [
          'tugas-tambahan',
          tugas === undefined
            ? undefined
            : {
                steps: [
                  { from: 0, points: '0' },
                  ...tugas.map(([gap, points]) => {
                    from += gap;
                    return { from, points: scaled(points, 2) };
                  }),
                ],
              },
        ],
        [
          'kreativitas',
          levels === undefined
            ? undefined
            : { points: { 'unit-kerja': levels[0], instansi: levels[1], nasional: levels[2] } },
        ],
      ]);
      return defined([
        ['final', final],
        [
          'bandSets',
          {
            pp46: {
              bands: [
                { code: 'buruk', min: '0', max: scaled(a as number, 2) },
                { code: 'kurang', min: scaled(a as number, 2), max: scaled(b as number, 2) },
                { code: 'cukup', min: scaled(b as number, 2), max: scaled(c as number, 2) },
                { code: 'baik', min: scaled(c as number, 2), max: scaled(d as number, 2) },
                { code: 'sangat-baik', min: scaled(d as number, 2) },
              ],
            },
          },
        ],
        ['bonusTables', Object.keys(bonus).length === 0 ? undefined : bonus],
        ['kinds', notDone === undefined ? undefined : { 'pp46-activity': { notDoneScoresZero: notDone } }],
      ]);
    });
}

function pp30Overrides(fc: KinerjaFastCheck, pack: PackId, style: DecimalStyle): Arb<Json> {
  return fc
    .tuple(
      finalWeights(fc, style),
      cuts(fc, 0, [100, 2_900]),
      optional(fc, hundredths(fc, 10_000, 12_000, style)),
      optional(
        fc,
        fc
          .tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...ROUNDING_MODES))
          .map(([scale, mode]) => ({ scale, mode })),
      ),
      pack === 'pp30-2019-360' ? optional(fc, policy(fc, style)) : fc.constant(undefined),
    )
    .map(([final, [a, b, c, d], maxAchievable, conversionInput, itemPolicy]) =>
      defined([
        ['final', final],
        [
          'bandSets',
          {
            pp30: {
              bands: [
                { code: 'sangat-kurang', min: '0', max: scaled(a as number, 2) },
                { code: 'kurang', min: scaled(a as number, 2), max: scaled(b as number, 2) },
                { code: 'cukup', min: scaled(b as number, 2), max: scaled(c as number, 2) },
                { code: 'baik', min: scaled(c as number, 2), max: scaled(d as number, 2) },
                {
                  code: 'sangat-baik',
                  min: scaled(d as number, 2),
                  max: '120',
                  maxInclusive: true,
                  requires: ['innovation'],
                  otherwise: 'baik',
                },
              ],
            },
          },
        ],
        [
          'kinds',
          maxAchievable === undefined && conversionInput === undefined
            ? undefined
            : {
                iki: defined([
                  ['maxAchievable', maxAchievable],
                  ['conversionInput', conversionInput],
                ]),
              },
        ],
        [
          'reconciliation',
          itemPolicy === undefined
            ? undefined
            : { items: { komitmen: itemPolicy, 'kerja-sama': itemPolicy } },
        ],
      ]),
    );
}

function permenOverrides(fc: KinerjaFastCheck): Arb<Json> {
  const inc = fc.integer({ min: 1, max: 90 });
  return fc
    .tuple(
      fc.tuple(inc, inc),
      optional(
        fc,
        fc.tuple(...RATINGS.flatMap(() => RATINGS.map(() => fc.constantFrom(...PERMEN_PREDIKAT)))),
      ),
      optional(fc, fc.tuple(...UNITS.map(() => fc.constantFrom(...RATINGS)))),
    )
    .map(([[x, y], cells, unitMap]) => {
      const a = 100 + x;
      const b = a + y;
      return defined([
        [
          'bandSets',
          {
            'rating-turunan': {
              bands: [
                { code: BAWAH, min: '1', max: scaled(a, 2) },
                { code: SESUAI, min: scaled(a, 2), max: scaled(b, 2), maxInclusive: true },
                { code: ATAS, min: scaled(b, 2), minInclusive: false, max: '3', maxInclusive: true },
              ],
            },
          },
        ],
        [
          'final',
          cells === undefined
            ? undefined
            : {
                cells: Object.fromEntries(
                  RATINGS.map((row, i) => [
                    row,
                    Object.fromEntries(RATINGS.map((col, j) => [col, cells[i * 3 + j]])),
                  ]),
                ),
              },
        ],
        [
          'components',
          unitMap === undefined
            ? undefined
            : [
                {
                  id: 'hasil-kerja',
                  rating: { unitHead: { map: Object.fromEntries(UNITS.map((u, i) => [u, unitMap[i]])) } },
                },
              ],
        ],
      ]);
    });
}

/** Templates of the extra kinds: id, kind definition and the conversion table it needs. */
function extraKinds(fc: KinerjaFastCheck): Arb<Array<{ id: string; def: Json; table?: Json }>> {
  const amount = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((u) => scaled(u, 2));
  const templates: Array<Arb<{ id: string; def: Json; table?: Json }>> = [
    optional(fc, amount(10_000, 20_000)).map((cap) => ({
      id: 'ext-rasio',
      def: defined([
        ['measure', 'ratio'],
        ['cap', cap],
      ]),
    })),
    fc.constant({ id: 'ext-rasio-terbalik', def: { measure: 'inverse-ratio' } }),
    fc
      .tuple(
        optional(fc, fc.constantFrom('higher-is-better', 'lower-is-better')),
        fc.constantFrom('two-minus-ratio', 'inverse-ratio'),
      )
      .map(([direction, lowerIsBetter]) => ({
        id: 'ext-capaian',
        def: defined([
          ['measure', 'capaian'],
          ['direction', direction],
          ['lowerIsBetter', lowerIsBetter],
        ]),
      })),
    fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 10 })).map(([min, width]) => ({
      id: 'ext-skala',
      def: { measure: 'scale', min: String(min), max: String(min + width) },
    })),
    fc
      .tuple(fc.integer({ min: 5_000, max: 12_000 }), fc.integer({ min: 0, max: 4_999 }))
      .map(([yes, no]) => ({
        id: 'ext-ya-tidak',
        def: { measure: 'yes-no', yes: scaled(yes, 2), no: scaled(no, 2) },
      })),
    fc
      .tuple(
        fc.constantFrom('realisasi', 'capaian'),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.tuple(amount(0, 12_000), amount(0, 12_000), amount(0, 12_000), amount(0, 12_000)),
      )
      .map(([input, p1, gap, [y0, y1, c2, c3]]) => ({
        id: 'ext-tabel',
        def: { measure: 'breakpoint', table: 'ext-tabel', input },
        table: {
          domain: { min: '0' },
          segments: [
            { min: '0', max: String(p1), linear: { x0: '0', y0, x1: String(p1), y1 } },
            { min: String(p1), max: String(p1 + gap), constant: c2 },
            { min: String(p1 + gap), constant: c3 },
          ],
        },
      })),
  ];
  return fc
    .tuple(...templates.map((t) => optional(fc, t)))
    .map((picked) => picked.filter((k): k is { id: string; def: Json; table?: Json } => k !== undefined));
}

function extras(fc: KinerjaFastCheck, pack: PackId, on: boolean): Arb<Json> {
  if (!on) return fc.constant({});
  if (pack === 'permenpanrb-6-2022') {
    return fc.boolean().map((second) =>
      second
        ? {
            kinds: { 'rhk-tambahan': { measure: 'rated', label: 'Hasil kerja tambahan' } },
            components: [{ id: 'hasil-kerja', source: { kinds: ['rhk', 'rhk-tambahan'] } }],
          }
        : {},
    );
  }
  const base = pack === 'pp46-2011' ? 'pp46-activity' : 'iki';
  return fc.tuple(extraKinds(fc), optional(fc, fc.boolean())).map(([kinds, item]) => {
    const components: Json[] = [];
    if (kinds.length > 0)
      components.push({ id: 'skp', source: { kinds: [base, ...kinds.map((k) => k.id)] } });
    if (item !== undefined)
      components.push({ id: 'perilaku', source: { items: [{ id: 'ext-perilaku', required: item }] } });
    const tables = kinds.filter((k) => k.table !== undefined);
    return defined([
      ['kinds', kinds.length === 0 ? undefined : Object.fromEntries(kinds.map((k) => [k.id, k.def]))],
      [
        'conversions',
        tables.length === 0 ? undefined : Object.fromEntries(tables.map((k) => [k.id, k.table])),
      ],
      ['components', components.length === 0 ? undefined : components],
    ]);
  });
}

/** Merges override objects one level deep (sections overridden by several parts are combined). */
function combine(parts: readonly Json[]): Json {
  const out: Json = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p)) {
      const prev = out[k];
      if (Array.isArray(prev) && Array.isArray(v)) out[k] = [...prev, ...v];
      else if (isObject(prev) && isObject(v)) out[k] = combine([prev, v]);
      else out[k] = v;
    }
  }
  return out;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Merges the entries of arrays of `{ id }` objects by id (components overridden twice). */
function mergeById(file: Json): Json {
  const components = file.components;
  if (!Array.isArray(components)) return file;
  const byId = new Map<string, Json>();
  for (const c of components as Json[]) {
    const id = String(c.id);
    const prev = byId.get(id);
    byId.set(id, prev === undefined ? c : combine([prev, c]));
  }
  return { ...file, components: [...byId.values()] };
}

/** Valid ruleset files extending the built-in packs. */
export function rulesetArbitrary(
  fc: KinerjaFastCheck,
  options: RulesetArbitraryOptions = {},
): Arb<RulesetFile> {
  const packs = options.packs ?? PACK_IDS;
  const style = options.decimals ?? 'either';
  const extra = options.extraKinds ?? true;
  const perPack = packs.map((pack) => {
    const specific =
      pack === 'pp46-2011'
        ? pp46Overrides(fc, style)
        : pack === 'permenpanrb-6-2022'
          ? permenOverrides(fc)
          : pp30Overrides(fc, pack, style);
    return fc
      .tuple(identity(fc, pack, options), common(fc, pack, style), specific, extras(fc, pack, extra))
      .map((parts) => mergeById(combine(parts)) as unknown as RulesetFile);
  });
  return fc.oneof(CROSS, ...perPack);
}

/** For the SKP plan and evaluation arbitraries: the packs' effective ranges. */
export function packRange(pack: PackId): { from: string; until: string } {
  return PACK_RANGE[pack];
}

/** The rating codes of PermenPANRB 6/2022, best first. */
export const PERMEN_RATINGS = RATINGS;
