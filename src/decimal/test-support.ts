/**
 * Generators and a BigInt reference model for the decimal tests (not part of the package).
 *
 * @internal
 * @module
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import type { RoundingMode } from './types';

/** A decimal as an unscaled integer and a scale: value = n / 10^scale. */
export interface Scaled {
  readonly n: bigint;
  readonly scale: number;
}

export const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** Plain notation of a scaled integer with exactly `scale` decimals, no sign on zero. */
export function scaledToString({ n, scale }: Scaled): string {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return neg ? `-${body}` : body;
}

/** Reads plain notation (with optional sign and leading zeros) into a scaled integer. */
export function stringToScaled(s: string): Scaled {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not plain notation: ${s}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`);
  return { n: m[1] === '-' ? -n : n, scale: frac.length };
}

/** Brings two scaled integers to a common scale. */
export function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.n * pow10(s - a.scale), b.n * pow10(s - b.scale), s];
}

/** Numeric comparison of two scaled integers. */
export function refCmp(a: Scaled, b: Scaled): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Canonical output of the arithmetic functions: plain, no superfluous trailing zeros. */
export function refTrim(a: Scaled): string {
  let { n, scale } = a;
  while (scale > 0 && n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  return scaledToString({ n, scale });
}

export function refAdd(a: Scaled, b: Scaled): Scaled {
  const [x, y, scale] = align(a, b);
  return { n: x + y, scale };
}

export function refMul(a: Scaled, b: Scaled): Scaled {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

/** Reference rounding of a scaled integer to `k` decimals, written with exactly `k` decimals. */
export function refRound(a: Scaled, k: number, mode: RoundingMode): string {
  if (k >= a.scale) return scaledToString({ n: a.n * pow10(k - a.scale), scale: k });
  const d = pow10(a.scale - k);
  const q = a.n / d; // truncates toward zero
  const r = a.n % d; // has the sign of a.n
  const sign = a.n < 0n ? -1n : 1n;
  const twice = 2n * (r < 0n ? -r : r);
  let out: bigint;
  switch (mode) {
    case 'down':
      out = q;
      break;
    case 'up':
      out = r === 0n ? q : q + sign;
      break;
    case 'floor':
      out = r < 0n ? q - 1n : q;
      break;
    case 'ceiling':
      out = r > 0n ? q + 1n : q;
      break;
    case 'half-up':
      out = twice >= d ? q + sign : q;
      break;
    case 'half-even':
      out = twice > d || (twice === d && q % 2n !== 0n) ? q + sign : q;
      break;
  }
  return scaledToString({ n: out, scale: k });
}

/** A string of decimal digits. */
export const digitString = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'),
    minLength,
    maxLength,
  });

/** Any plain-notation string: optional sign, leading zeros allowed, optional fraction. */
export const plainString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '+', '-'), digitString(1, 14), fc.option(digitString(1, 10), { nil: undefined }))
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);

/** A scaled decimal of domain size: up to 15 integer digits and 0 to 8 decimals. */
export const scaled: fc.Arbitrary<Scaled> = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 8 }))
  .chain(([n, scale]) =>
    fc.constantFrom<Scaled>(
      { n, scale },
      { n: n % 1000n, scale }, // small values
      { n: n % 100000n, scale: Math.min(scale, 2) }, // score-like values
    ),
  );

/** Exact ties at the given rounding scale: ±m.xxx5 with the 5 one place below `k`. */
export const tieAt = (k: number): fc.Arbitrary<Scaled> =>
  fc
    .bigInt({ min: -(10n ** 9n), max: 10n ** 9n })
    .map((m) => ({ n: m * 10n + (m < 0n ? -5n : 5n), scale: k + 1 }));

/** A decimal string in canonical form, generated from a scaled integer (scale kept). */
export const decimalString: fc.Arbitrary<string> = scaled.map(scaledToString);

/** Scaled decimals, mixing general values and exact ties for scales 0..4. */
export const roundable: fc.Arbitrary<Scaled> = fc.oneof(
  scaled,
  tieAt(0),
  tieAt(1),
  tieAt(2),
  tieAt(3),
  tieAt(4),
);

// ---------------------------------------------------------------------------------------------
// A BigInt rational reference for the exact Dec core (rational.ts), written independently of it.

/** An exact rational `n / d`, reduced, `d > 0`. */
export interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}

const babs = (x: bigint): bigint => (x < 0n ? -x : x);

function bgcd(a: bigint, b: bigint): bigint {
  a = babs(a);
  b = babs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The reduced fraction `n / d` (`d ≠ 0`). */
export function frac(n: bigint, d: bigint): Frac {
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = bgcd(n, d);
  return g === 0n ? { n: 0n, d: 1n } : { n: n / g, d: d / g };
}

export const fracAdd = (a: Frac, b: Frac): Frac => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const fracSub = (a: Frac, b: Frac): Frac => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const fracMul = (a: Frac, b: Frac): Frac => frac(a.n * b.n, a.d * b.d);
export const fracDiv = (a: Frac, b: Frac): Frac => frac(a.n * b.d, a.d * b.n);

export function fracCmp(a: Frac, b: Frac): -1 | 0 | 1 {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `floor(n / d)` for `d > 0`. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/**
 * Reference rounding of a rational to `k` decimals, written with exactly `k` decimals. Built on
 * the floor and the distance to it (unlike the implementation's truncated quotient).
 */
export function fracRound(a: Frac, k: number, mode: RoundingMode): string {
  const num = a.n * pow10(k);
  const f = floorDiv(num, a.d); // floor(x·10^k)
  const rest = num - f * a.d; // x·10^k − f, times d: 0 ≤ rest < d
  const positive = a.n > 0n;
  let out: bigint;
  if (rest === 0n) out = f;
  else {
    const c = f + 1n;
    switch (mode) {
      case 'floor':
        out = f;
        break;
      case 'ceiling':
        out = c;
        break;
      case 'down':
        out = positive ? f : c;
        break;
      case 'up':
        out = positive ? c : f;
        break;
      case 'half-up':
      case 'half-even': {
        const twice = 2n * rest;
        if (twice < a.d) out = f;
        else if (twice > a.d) out = c;
        else if (mode === 'half-up') out = positive ? c : f;
        else out = f % 2n === 0n ? f : c;
        break;
      }
    }
  }
  return scaledToString({ n: out, scale: k });
}

/** Whether the decimal expansion of a reduced fraction terminates; its number of decimals if so. */
export function fracDecimals(a: Frac): number | undefined {
  let d = a.d;
  let k = 0;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  k = Math.max(twos, fives);
  return d === 1n ? k : undefined;
}

/** decimal.js at 60 significant digits, half-even, plain notation: what `divide` printed before. */
export const D60 = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** decimal.js at 3000 significant digits: exact for every terminating value the tests build. */
export const D3000 = Decimal.clone({
  precision: 3000,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/**
 * Reference printing: a terminating value exactly (BigInt), any other value as decimal.js printed
 * the single division `n ÷ d` at 60 significant digits, half-even.
 */
export function fracPrint(a: Frac): string {
  const k = fracDecimals(a);
  if (k !== undefined) return refTrim({ n: (a.n * pow10(k)) / a.d, scale: k });
  return new D60(a.n.toString()).dividedBy(a.d.toString()).toString();
}

const TWO_53 = 2n ** 53n;

/** Rationals of every kind the Dec core distinguishes. */
export const fracArb: fc.Arbitrary<Frac> = fc.oneof(
  // small integers
  fc.integer({ min: -1000, max: 1000 }).map((n) => frac(BigInt(n), 1n)),
  // two-decimal values (scores, percentages)
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => frac(BigInt(n), 100n)),
  // money-like integers and decimals
  fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.nat({ max: 4 }))
    .map(([n, k]) => frac(n, pow10(k))),
  // around 2^53: numerators and denominators on both sides of the safe range
  fc
    .tuple(
      fc.bigInt({ min: -40n, max: 40n }),
      fc.constantFrom(1n, 2n, 3n, 10n, 100n, 7n),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([delta, small, neg, flip]) => {
      const big = TWO_53 + delta;
      return flip ? frac(neg ? -small : small, big) : frac(neg ? -big : big, small);
    }),
  // 30-digit decimals
  fc
    .tuple(fc.bigInt({ min: -(10n ** 30n) + 1n, max: 10n ** 30n - 1n }), fc.nat({ max: 30 }))
    .map(([n, k]) => frac(n, pow10(k))),
  // non-terminating quotients
  fc
    .tuple(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.constantFrom(3n, 6n, 7n, 9n, 11n, 12n, 13n, 14n, 21n, 97n, 99n, 120n, 1001n, 999_999_937n),
    )
    .map(([n, d]) => frac(BigInt(n), d)),
  fc.constantFrom(frac(1n, 3n), frac(2n, 7n), frac(100n, 12n), frac(-1n, 3n), frac(255n, 3n)),
  // ratios of two-decimal values, as capaian r × 100 / t
  fc
    .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }))
    .map(([r, t]) => frac(BigInt(r) * 100n, BigInt(t))),
  // general rationals with up to 25-digit parts
  fc
    .tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.bigInt({ min: 1n, max: 10n ** 25n }))
    .map(([n, d]) => frac(n, d)),
);

/** An exact tie at scale `k`: `±(m + 1/2) / 10^k`. */
export const fracTieAt = (k: number): fc.Arbitrary<Frac> =>
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((m) => frac(2n * m + 1n, 2n * pow10(k)));
