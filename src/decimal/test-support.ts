/**
 * Generators and a BigInt reference model for the decimal tests (not part of the package).
 *
 * @internal
 * @module
 */
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
