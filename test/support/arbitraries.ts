/**
 * fast-check generators of evaluation inputs for the built-in packs, and of the ways an input can
 * go wrong. Every generator takes the `fc` namespace (`import fc from 'fast-check'`) so that the
 * module has no runtime dependency of its own. kinerja/testing's public arbitraries
 * (`createArbitraries`, src/testing/arbitraries) generate valid data for any ruleset; these are the
 * pack-specific generators and the bad-input mutations the engine's own property tests need.
 *
 * Valid inputs stay inside the ranges where the packs' formulas give scores inside their band
 * domains (e.g. a PP 46 waktu realisation of at most 1.76 × the target, where the aspect score is
 * still ≥ 0).
 */
import type * as FastCheck from 'fast-check';
import { scaled } from '../../src/testing/arbitraries/decimals';

/**
 * The part of fast-check the generators use: `import fc from 'fast-check'` and
 * `import * as fc from 'fast-check'` both fit.
 */
export type FC = Pick<
  typeof FastCheck,
  | 'array'
  | 'boolean'
  | 'constant'
  | 'constantFrom'
  | 'dictionary'
  | 'double'
  | 'integer'
  | 'oneof'
  | 'option'
  | 'record'
  | 'string'
  | 'tuple'
>;
/** A fast-check arbitrary. */
export type Arb<T> = FastCheck.Arbitrary<T>;

/** A JSON-compatible value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** Plain decimal notation, as inputs accept it in strings. */
export const DECIMAL_TEXT = /^[+-]?\d+(\.\d+)?$/;

/** The text of `units / 10^scale` (units an integer): the same helper as kinerja/testing's arbitraries. */
export { scaled };

/** Options of {@link decimalArb}. */
export interface DecimalArbOptions {
  /** Smallest value (inclusive). */
  readonly min: number;
  /** Largest value (inclusive). */
  readonly max: number;
  /** Decimals (default 2). */
  readonly scale?: number;
  /** `string`, `number` or `either` (default): how the value is written in the input. */
  readonly as?: 'string' | 'number' | 'either';
}

/**
 * A decimal in [min, max] with at most `scale` decimals, written as a JSON number or as a
 * decimal string (both exact, docs/careers.md "Numbers in inputs").
 */
export function decimalArb(fc: FC, o: DecimalArbOptions): Arb<number | string> {
  const scale = o.scale ?? 2;
  const f = 10 ** scale;
  const as = o.as ?? 'either';
  return fc
    .tuple(
      fc.integer({ min: Math.ceil(o.min * f), max: Math.floor(o.max * f) }),
      as === 'either' ? fc.boolean() : fc.constant(as === 'string'),
    )
    .map(([units, asString]) => {
      const text = scaled(units, scale);
      return asString ? text : Number(text);
    });
}

/** The decimal value of a generated number or string, as a string for exact comparisons. */
export function text(x: number | string): string {
  return typeof x === 'number' ? String(x) : x;
}

/** Kebab-case ids (`k1`, `rhk-3`, …) unique within the returned array, `n` of them. */
export function ids(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}

// ---------------------------------------------------------------------------------------------
// PP 46/2011

/** One PP 46 target/realisation pair. */
export interface TR {
  target: number | string;
  realisasi: number | string;
}

/** A PP 46/2011 activity (kegiatan) input. */
export interface Pp46Activity {
  id: string;
  kind: 'pp46-activity';
  kuantitas: TR;
  kualitas: TR;
  waktu: TR;
  biaya?: TR;
  justification?: string;
}

/** waktu/biaya: target T and a realisation between 0 and 1.76 × T (aspect score 0…100). */
function efficiencyArb(fc: FC, maxTarget: number): Arb<TR> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxTarget }), fc.integer({ min: 0, max: 176 }), fc.boolean())
    .map(([t, pct, asString]) => {
      const r = scaled(t * pct, 2);
      return { target: asString ? String(t) : t, realisasi: asString ? r : Number(r) };
    });
}

/** Options of {@link pp46ActivityArb}. */
export interface Pp46ActivityOptions {
  /** `true`: always with biaya; `false`: never; undefined: either. */
  readonly biaya?: boolean;
}

/** A valid PP 46/2011 activity (the id is a placeholder; {@link pp46InputArb} numbers them). */
export function pp46ActivityArb(fc: FC, o: Pp46ActivityOptions = {}): Arb<Pp46Activity> {
  const kuantitas = fc
    .integer({ min: 1, max: 100 })
    .chain((t) =>
      fc.record({ target: fc.constant(t), realisasi: decimalArb(fc, { min: 0, max: 2 * t, scale: 0 }) }),
    );
  // kualitas: out of 100 (target 100) or out of 10 (target 10), up to 20% above the target.
  const kualitas = fc.oneof(
    fc.record({
      target: fc.constantFrom<number | string>(100, '100'),
      realisasi: decimalArb(fc, { min: 0, max: 120 }),
    }),
    fc.record({ target: fc.constant<number | string>(10), realisasi: decimalArb(fc, { min: 0, max: 12 }) }),
  );
  const withBiaya = o.biaya === undefined ? fc.boolean() : fc.constant(o.biaya);
  return fc
    .record({
      kuantitas,
      kualitas,
      waktu: efficiencyArb(fc, 24),
      biaya: efficiencyArb(fc, 1_000_000_000),
      withBiaya,
      justification: fc.option(fc.constantFrom('cuti sakit', 'anggaran dipotong'), { nil: undefined }),
    })
    .map(({ kuantitas: kn, kualitas: kl, waktu, biaya, withBiaya: wb, justification }) => {
      const a: Pp46Activity = { id: 'k', kind: 'pp46-activity', kuantitas: kn, kualitas: kl, waktu };
      if (wb) a.biaya = biaya;
      if (justification !== undefined) a.justification = justification;
      return a;
    });
}

/** The PP 46/2011 behaviour items (docs/careers.md). */
export const PP46_ITEMS = [
  'orientasi-pelayanan',
  'integritas',
  'komitmen',
  'disiplin',
  'kerja-sama',
] as const;
/** The PP 30/2019 behaviour items (docs/careers.md). */
export const PP30_ITEMS = [
  'orientasi-pelayanan',
  'komitmen',
  'inisiatif-kerja',
  'kerja-sama',
  'kepemimpinan',
] as const;
/** The PermenPANRB 6/2022 behaviour items, BerAKHLAK (docs/careers.md). */
export const BERAKHLAK = [
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;
/** The PermenPANRB 6/2022 rating codes, best first. */
export const RATING_CODES = ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'di-bawah-ekspektasi'] as const;
/** The unit (organisational) predikat codes. */
export const UNIT_PREDIKAT = ['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;

/** Raters of one item. */
export interface Raters {
  self?: number | string;
  supervisor?: number | string;
  peers?: Array<number | string>;
  subordinates?: Array<number | string>;
}

/** Options of {@link numericRatingArb}. */
export interface NumericRatingOptions {
  readonly max: number;
  /** Allow a raters object (always with a supervisor). Default true. */
  readonly raters?: boolean;
}

/** A numeric behaviour rating: a value of record, or raters with a supervisor. */
export function numericRatingArb(fc: FC, o: NumericRatingOptions): Arb<number | string | Raters> {
  const value = decimalArb(fc, { min: 0, max: o.max, scale: 2 });
  const raters: Arb<Raters> = fc
    .record(
      {
        supervisor: value,
        self: value,
        peers: fc.array(value, { minLength: 0, maxLength: 4 }),
        subordinates: fc.array(value, { minLength: 0, maxLength: 4 }),
      },
      { requiredKeys: ['supervisor'] },
    )
    .map((r) => strip(r));
  return o.raters === false
    ? value
    : fc.oneof({ arbitrary: value, weight: 3 }, { arbitrary: raters, weight: 1 });
}

/** Drops keys whose value is undefined (inputs are JSON). */
function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Common optional parts of an evaluation input. */
function employeeArb(fc: FC) {
  return fc.option(fc.record({ id: fc.constantFrom('199001012015031001', '198512302010121002') }), {
    nil: undefined,
  });
}

/** A period of `year` (from `fromMonth` on), inside the effective dates of the regime's pack. */
function periodArb(fc: FC, year: number, fromMonth = '01') {
  return fc.option(fc.constant({ start: `${year}-${fromMonth}-01`, end: `${year}-12-31` }), {
    nil: undefined,
  });
}

/** A valid PP 46/2011 evaluation input. */
export interface Pp46Input {
  employee?: { id: string };
  period?: { start: string; end: string };
  indicators: Pp46Activity[];
  ratings: Record<string, number | string | Raters>;
  extras?: { tugasTambahan?: number; kreativitas?: string | null };
}

/** Options of {@link pp46InputArb}. */
export interface Pp46InputOptions extends Pp46ActivityOptions {
  readonly minActivities?: number;
  readonly maxActivities?: number;
}

/** A valid PP 46/2011 input: 1–8 activities (with or without biaya), the behaviours, extras. */
export function pp46InputArb(fc: FC, o: Pp46InputOptions = {}): Arb<Pp46Input> {
  const item = numericRatingArb(fc, { max: 100 });
  return fc
    .record({
      employee: employeeArb(fc),
      period: periodArb(fc, 2019),
      activities: fc.array(pp46ActivityArb(fc, o), {
        minLength: o.minActivities ?? 1,
        maxLength: o.maxActivities ?? 8,
      }),
      items: fc.tuple(...PP46_ITEMS.map(() => item)),
      kepemimpinan: fc.option(item, { nil: undefined }),
      tugasTambahan: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      kreativitas: fc.option(fc.constantFrom<string | null>('unit-kerja', 'instansi', 'nasional', null), {
        nil: undefined,
      }),
    })
    .map((g) => {
      const ratings: Record<string, number | string | Raters> = {};
      PP46_ITEMS.forEach((id, i) => {
        const v = g.items[i];
        if (v !== undefined) ratings[id] = v;
      });
      if (g.kepemimpinan !== undefined) ratings.kepemimpinan = g.kepemimpinan;
      const input: Pp46Input = {
        indicators: g.activities.map((a, i) => ({ ...a, id: `k${i + 1}` })),
        ratings,
      };
      if (g.employee) input.employee = g.employee;
      if (g.period) input.period = g.period;
      if (g.tugasTambahan !== undefined || g.kreativitas !== undefined) {
        const extras: NonNullable<Pp46Input['extras']> = {};
        if (g.tugasTambahan !== undefined) extras.tugasTambahan = g.tugasTambahan;
        if (g.kreativitas !== undefined) extras.kreativitas = g.kreativitas;
        input.extras = extras;
      }
      return input;
    });
}

// ---------------------------------------------------------------------------------------------
// PP 30/2019

/** A PP 30/2019 IKI input. */
export interface IkiInput {
  id: string;
  kind: 'iki';
  direction: 'higher-is-better' | 'lower-is-better';
  target: number | string | { min: number | string; max: number | string };
  realisasi: number | string;
  weight: number | string;
  maxAchievable?: boolean;
  justification?: string;
}

/** `n` non-negative weights with two decimals that sum to exactly 100 (as decimals). */
export function weightsArb(fc: FC, n: number): Arb<Array<number | string>> {
  return fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: n - 1, maxLength: n - 1 }),
      fc.boolean(),
    )
    .map(([cuts, asString]) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
      const ws: Array<number | string> = [];
      for (let i = 1; i < points.length; i++) {
        const t = scaled((points[i] ?? 0) - (points[i - 1] ?? 0), 2);
        ws.push(asString ? t : Number(t));
      }
      return ws;
    });
}

/** A valid IKI without weight and id (target, or a range, and a realisation up to twice it). */
export function ikiArb(fc: FC): Arb<Omit<IkiInput, 'id' | 'weight'>> {
  const single = decimalArb(fc, { min: 1, max: 1000, scale: 1 });
  const range = fc
    .tuple(fc.integer({ min: 10, max: 10_000 }), fc.integer({ min: 0, max: 2000 }))
    .map(([lo, width]) => ({ min: scaled(lo, 1), max: scaled(lo + width, 1) }));
  return fc
    .record({
      direction: fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
      target: fc.oneof(single, range),
      share: fc.integer({ min: 0, max: 250 }),
      maxAchievable: fc.option(fc.boolean(), { nil: undefined }),
      justification: fc.option(fc.constant('target tidak realistis'), { nil: undefined }),
    })
    .map(({ direction, target, share, maxAchievable, justification }) => {
      const base = typeof target === 'object' ? Number(target.max) : Number(target);
      // realisasi = base × share% with 2 decimals: 0 … 2.5 × the (upper) target.
      const r = scaled(Math.round(base * 10 * share), 3);
      const iki: Omit<IkiInput, 'id' | 'weight'> = { kind: 'iki', direction, target, realisasi: r };
      if (maxAchievable !== undefined) iki.maxAchievable = maxAchievable;
      if (justification !== undefined) iki.justification = justification;
      return iki;
    });
}

/** A valid PP 30/2019 input. */
export interface Pp30Input {
  employee?: { id: string };
  period?: { start: string; end: string };
  indicators: IkiInput[];
  ratings: Record<string, number | string | Raters>;
  flags?: { innovation: boolean };
}

/** Options of {@link pp30InputArb}. */
export interface Pp30InputOptions {
  readonly minIndicators?: number;
  readonly maxIndicators?: number;
  /** Allow raters objects for behaviour items (default true). */
  readonly raters?: boolean;
}

/** A valid PP 30/2019 input (either pack): IKIs whose weights sum to 100, five behaviours 0–120. */
export function pp30InputArb(fc: FC, o: Pp30InputOptions = {}): Arb<Pp30Input> {
  const item = numericRatingArb(fc, { max: 120, raters: o.raters ?? true });
  return fc
    .integer({ min: o.minIndicators ?? 1, max: o.maxIndicators ?? 6 })
    .chain((n) =>
      fc.record({
        employee: employeeArb(fc),
        period: periodArb(fc, 2021, '07'), // pp30-2019 is effective 2021-07-01 – 2021-12-31
        ikis: fc.array(ikiArb(fc), { minLength: n, maxLength: n }),
        weights: weightsArb(fc, n),
        items: fc.tuple(...PP30_ITEMS.map(() => item)),
        innovation: fc.option(fc.boolean(), { nil: undefined }),
      }),
    )
    .map((g) => {
      const ratings: Record<string, number | string | Raters> = {};
      PP30_ITEMS.forEach((id, i) => {
        const v = g.items[i];
        if (v !== undefined) ratings[id] = v;
      });
      const input: Pp30Input = {
        indicators: g.ikis.map((k, i) => ({ ...k, id: `i${i + 1}`, weight: g.weights[i] ?? 0 })),
        ratings,
      };
      if (g.employee) input.employee = g.employee;
      if (g.period) input.period = g.period;
      if (g.innovation !== undefined) input.flags = { innovation: g.innovation };
      return input;
    });
}

// ---------------------------------------------------------------------------------------------
// PermenPANRB 6/2022

/** A rating code, or raters (a supervisor, maybe the employee's self-assessment). */
export type CodeRating = string | { supervisor: string; self?: string };

/** A valid PermenPANRB 6/2022 input. */
export interface PermenInput {
  employee?: { id: string; unitHead?: boolean };
  period?: { start: string; end: string };
  organisation?: { predikat: string };
  indicators: Array<{ id: string; kind: 'rhk'; justification?: string }>;
  ratings: Record<string, CodeRating>;
}

/** A rating code, or raters with a supervisor. */
export function codeRatingArb(fc: FC): Arb<CodeRating> {
  const code = fc.constantFrom<string>(...RATING_CODES);
  const raters = fc
    .record({ supervisor: code, self: code }, { requiredKeys: ['supervisor'] })
    .map((r) => strip(r) as CodeRating);
  return fc.oneof({ arbitrary: code, weight: 3 }, { arbitrary: raters, weight: 1 });
}

/** Options of {@link permenInputArb}. */
export interface PermenInputOptions {
  readonly minRhk?: number;
  readonly maxRhk?: number;
  /** Sometimes give the component ratings directly (default true). */
  readonly direct?: boolean;
  /** Sometimes make the employee a unit head (default true). */
  readonly unitHead?: boolean;
}

/** A valid PermenPANRB 6/2022 input: 1–5 RHK rated and the seven BerAKHLAK behaviours. */
export function permenInputArb(fc: FC, o: PermenInputOptions = {}): Arb<PermenInput> {
  const rating = codeRatingArb(fc);
  return fc
    .integer({ min: o.minRhk ?? 1, max: o.maxRhk ?? 5 })
    .chain((n) =>
      fc.record({
        employee: employeeArb(fc),
        period: periodArb(fc, 2025),
        rhk: fc.array(rating, { minLength: n, maxLength: n }),
        justifications: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        items: fc.tuple(...BERAKHLAK.map(() => rating)),
        hasilKerja: o.direct === false ? fc.constant(undefined) : fc.option(rating, { nil: undefined }),
        perilaku: o.direct === false ? fc.constant(undefined) : fc.option(rating, { nil: undefined }),
        unit:
          o.unitHead === false
            ? fc.constant(undefined)
            : fc.option(fc.constantFrom(...UNIT_PREDIKAT), { nil: undefined }),
        unitHead: o.unitHead === false ? fc.constant(false) : fc.boolean(),
      }),
    )
    .map((g) => {
      const ratings: Record<string, CodeRating> = {};
      const indicators = g.rhk.map((r, i) => {
        const id = `rhk-${i + 1}`;
        ratings[id] = r;
        return g.justifications[i]
          ? { id, kind: 'rhk' as const, justification: 'beban kerja bertambah' }
          : { id, kind: 'rhk' as const };
      });
      // A direct perilaku rating stands instead of the item ratings (the engine does not read items
      // beside it).
      if (g.perilaku === undefined) {
        BERAKHLAK.forEach((id, i) => {
          const v = g.items[i];
          if (v !== undefined) ratings[id] = v;
        });
      }
      if (g.hasilKerja !== undefined) ratings['hasil-kerja'] = g.hasilKerja;
      if (g.perilaku !== undefined) ratings.perilaku = g.perilaku;
      const input: PermenInput = { indicators, ratings };
      if (g.period) input.period = g.period;
      // A unit head needs the unit's predikat; without one the employee is not a unit head.
      const head = g.unitHead && g.unit !== undefined;
      if (g.employee || head)
        input.employee = {
          ...(g.employee ?? { id: '199001012015031001' }),
          ...(head ? { unitHead: true } : {}),
        };
      if (g.unit !== undefined) input.organisation = { predikat: g.unit };
      return input;
    });
}

// ---------------------------------------------------------------------------------------------
// Generic-kind rulesets (test/support/rulesets.ts)

/** An indicator of the generic test ruleset. */
export type GenericIndicator = { id: string; kind: string; weight: number | string } & Record<
  string,
  unknown
>;

/** A valid indicator of a generic kind (ratio, inverse ratio, scale, yes/no, breakpoint), no id/weight. */
export function genericIndicatorArb(fc: FC): Arb<Record<string, unknown> & { kind: string }> {
  const positive = decimalArb(fc, { min: 0.01, max: 1000, scale: 2 });
  const nonNeg = decimalArb(fc, { min: 0, max: 2000, scale: 2 });
  return fc.oneof(
    fc.record({ kind: fc.constant('rasio'), target: positive, realisasi: nonNeg }),
    fc.record({ kind: fc.constant('rasio-batas'), target: positive, realisasi: nonNeg }),
    fc.record({ kind: fc.constant('rasio-terbalik'), target: positive, realisasi: positive }),
    fc.record({ kind: fc.constant('capaian-terbalik'), target: positive, realisasi: positive }),
    fc.record({ kind: fc.constant('skala'), realisasi: decimalArb(fc, { min: 1, max: 5, scale: 1 }) }),
    fc.record({ kind: fc.constantFrom('ya-tidak', 'ya-tidak-40'), realisasi: fc.boolean() }),
    fc.record({ kind: fc.constant('tabel'), realisasi: decimalArb(fc, { min: 0, max: 200, scale: 2 }) }),
    fc.record({ kind: fc.constant('tabel-capaian'), target: positive, realisasi: nonNeg }),
  );
}

/** A valid input for the generic test ruleset: 1–6 indicators with positive weights, items a, b, c?. */
export function genericInputArb(
  fc: FC,
): Arb<{ indicators: GenericIndicator[]; ratings: Record<string, number | string> }> {
  const item = decimalArb(fc, { min: 0, max: 100, scale: 2 });
  return fc
    .record({
      indicators: fc.array(
        fc.record({ ind: genericIndicatorArb(fc), weight: decimalArb(fc, { min: 0.5, max: 100, scale: 1 }) }),
        { minLength: 1, maxLength: 6 },
      ),
      a: item,
      b: item,
      c: fc.option(item, { nil: undefined }),
    })
    .map(({ indicators, a, b, c }) => ({
      indicators: indicators.map(({ ind, weight }, i) => ({ ...ind, id: `g${i + 1}`, weight })),
      ratings: c === undefined ? { a, b } : { a, b, c },
    }));
}

// ---------------------------------------------------------------------------------------------
// Bad inputs

/** A path into a JSON value. */
export type JsonPath = ReadonlyArray<string | number>;

/** Every path in `value` (objects and arrays included, the root as `[]`), depth first. */
export function jsonPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [at];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...jsonPaths(v, [...at, i]));
    });
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...jsonPaths(v, [...at, k]));
  return out;
}

/** The value at `path` (undefined when absent). */
export function getAt(value: unknown, path: JsonPath): unknown {
  let v: unknown = value;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** A deep copy of `value` with the value at `path` replaced (or deleted when `replacement` is `DELETE`). */
export function setAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const i = head as number;
    if (replacement === DELETE && rest.length === 0) copy.splice(i, 1);
    else copy[i] = setAt(copy[i], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const key = String(head);
  if (replacement === DELETE && rest.length === 0) delete copy[key];
  else copy[key] = setAt(copy[key], rest, replacement);
  return copy;
}

/** Marks a deletion for {@link setAt}. */
export const DELETE: unique symbol = Symbol('delete');

/** A string that is neither a decimal, a date, a code nor an id of any pack (it starts with `~`). */
export function junkStringArb(fc: FC): Arb<string> {
  return fc.string({ maxLength: 8 }).map((s) => `~${s}`);
}

/** A small JSON object whose keys no input uses (they start with `~`). */
export function junkObjectArb(fc: FC): Arb<JsonObject> {
  return fc.dictionary(
    junkStringArb(fc),
    fc.oneof(fc.integer(), fc.boolean(), junkStringArb(fc), fc.constant(null)),
    { maxKeys: 3, noNullPrototype: true },
  );
}

/** The JSON type of a value. */
export function jsonType(
  v: unknown,
): 'null' | 'boolean' | 'number' | 'decimal-string' | 'string' | 'array' | 'object' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return DECIMAL_TEXT.test(v) ? 'decimal-string' : 'string';
  return typeof v as 'boolean' | 'number' | 'object';
}

/**
 * A JSON value of another type than `original`, chosen so that it can never be read as a valid
 * value in its place: numbers and decimal strings are interchangeable, so a number is replaced by
 * neither, and a decimal string (a number, or text such as an NIP) by no string or number; a raters object may stand where a value does, so only text that no scale knows, arrays
 * or booleans replace one. `nullable`: the place treats null as "not given" (rater groups, extras).
 */
export function wrongTypeArb(fc: FC, original: unknown, nullable: boolean): Arb<unknown> {
  const t = jsonType(original);
  const options: Array<Arb<unknown>> = [];
  if (t !== 'boolean') options.push(fc.boolean());
  if (t !== 'null' && !nullable) options.push(fc.constant(null));
  if (t !== 'array') options.push(fc.array(fc.oneof(fc.integer(), junkStringArb(fc)), { maxLength: 3 }));
  if (t !== 'object') options.push(junkObjectArb(fc));
  // A decimal string may be a number (a target) or text (an employee id): neither replaces it.
  if (t === 'number') options.push(junkStringArb(fc));
  if (t === 'boolean' || t === 'null' || t === 'array' || t === 'object') options.push(junkStringArb(fc));
  if (t === 'string') options.push(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true }));
  return fc.oneof(...options);
}

/** Places where null means "not given" in an evaluation input. */
export function isNullable(path: JsonPath): boolean {
  return (path[0] === 'ratings' && path.length === 3) || path[0] === 'extras';
}

/** A path of `input` with a value of the wrong type put there; the input is then invalid. */
export function wrongTypeMutationArb(
  fc: FC,
  input: unknown,
): Arb<{ path: JsonPath; original: unknown; replacement: unknown; input: unknown }> {
  const paths = jsonPaths(input);
  return fc.constantFrom(...paths).chain((path) => {
    const original = getAt(input, path);
    return wrongTypeArb(fc, original, isNullable(path)).map((replacement) => ({
      path,
      original,
      replacement,
      input: setAt(input, path, replacement),
    }));
  });
}

/** A path of `input` (not the root) with its value removed. */
export function deletionMutationArb(fc: FC, input: unknown): Arb<{ path: JsonPath; input: unknown }> {
  const paths = jsonPaths(input).filter((p) => p.length > 0);
  return fc.constantFrom(...paths).map((path) => ({ path, input: setAt(input, path, DELETE) }));
}

/** An id no pack uses (kebab-case, starting with `zz-`). */
export function unknownIdArb(fc: FC): Arb<string> {
  return fc
    .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), { minLength: 1, maxLength: 8 })
    .map((cs) => `zz-${cs.join('')}`);
}
