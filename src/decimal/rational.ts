/**
 * The exact rational core behind {@link Dec}: a value is `n / d`, held as two JS numbers while
 * both are safe integers and as two bigints otherwise. Nothing here is exported from the package.
 *
 * Invariants of every {@link Rat}:
 *
 * - the fraction is reduced (`gcd(|n|, d) = 1`), `d ≥ 1`, zero is `0 / 1` and never `-0`;
 * - `big === null` exactly when `|n|` and `d` are both safe integers (≤ 2^53 − 1); then `n` and
 *   `d` hold them. Otherwise `big` holds the bigint fraction and `n`, `d` are `NaN`. Every result
 *   that fits is demoted back to numbers, so the representation of a value is unique.
 *
 * Why the number paths are exact. Every operand is a safe integer, and each operation checks its
 * result: the float sum, difference or product of two safe integers is correctly rounded, so when
 * the exact result has magnitude ≤ 2^53 − 1 it is representable and computed exactly, and when
 * the exact result exceeds that, rounding is monotone and the computed magnitude is ≥ 2^53, so
 * the check `|x| ≤ MAX_SAFE_INTEGER` fails and the operation falls back to bigints.
 *
 * Integer division uses {@link quo}: `⌊a / b⌋` as `Math.floor(a / b)` of the correctly rounded
 * float quotient, which is exact for `0 ≤ a ≤ 2^53 − 1`, `1 ≤ b ≤ 2^53 − 1` (proof there), and the
 * remainder `a − ⌊a / b⌋·b` is then exact too (no larger than `a`). It replaces `%`, which V8
 * runs as a slow library call on values outside int32 (`%` stays only on int32 values, where it is
 * exact and fast). The other divisions divide by a known divisor (`n / gcd`, `x / 2` after testing
 * evenness) and so are exact. Apart from the float quotient inside `quo`, whose floor is proven
 * exact, no floating-point operation can produce an inexact value; no number is parsed from text
 * other than digit by digit.
 *
 * Private state: a memo of the decimal places of small denominators and a scratch buffer for
 * printing digits. Neither is observable (every use recomputes or overwrites what it reads), and
 * no global or library configuration is touched.
 *
 * @internal
 * @module
 */
import type { RoundingMode } from './types';

/** A reduced fraction of bigints, `d ≥ 1`, outside the safe-integer range. */
export interface BigFrac {
  readonly n: bigint;
  readonly d: bigint;
}

/** An exact rational (see the module invariants). Immutable. */
export class Rat {
  /** The numerator while the value fits in safe integers, else `NaN`. */
  readonly n: number;
  /** The denominator (≥ 1) while the value fits in safe integers, else `NaN`. */
  readonly d: number;
  /** The value as bigints when it does not fit in safe integers, else `null`. */
  readonly big: BigFrac | null;

  constructor(n: number, d: number, big: BigFrac | null) {
    this.n = n;
    this.d = d;
    this.big = big;
  }
}

const MAX = Number.MAX_SAFE_INTEGER;
const MAXB = BigInt(MAX);

/** Powers of ten that are safe integers: `POW10[k] = 10^k` for `k` in 0..15. */
export const POW10: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/** Largest power-of-ten exponent in {@link POW10}. */
const POW10_MAX = 15;

/** Zero, the one representation of it. */
export const ZERO: Rat = new Rat(0, 1, null);

const INT32 = 0x7fffffff;

/**
 * `⌊a / b⌋` for safe integers `0 ≤ a ≤ 2^53 − 1` and `1 ≤ b ≤ 2^53 − 1`, exactly.
 *
 * Proof. Let `k = ⌊a / b⌋` and `x = a / b` (exact), `y = fl(x)` its correctly rounded double.
 * `k ≤ x` and `k` is a double, so `k ≤ y` (rounding is monotone). If `b` divides `a`, `x = k = y`.
 * Otherwise `x ≤ k + 1 − 1/b`. If `x < 1` then `k = 0` and `x ≤ 1 − 1/b ≤ 1 − 2^−53`, more than
 * half the spacing of doubles below 1 (2^−54) away from 1, so `y < 1`. If `2^e ≤ x < 2^(e+1)`
 * (`e ≥ 0`), doubles in that binade are `2^(e−52)` apart, `k + 1 ≤ 2^(e+1)` is a double, and
 * `b ≤ a / 2^e < 2^(53−e)` gives `1/b > 2^(e−53)`, half the spacing; so `x` lies more than half a
 * spacing below `k + 1` and rounds below it: `y < k + 1`. Hence `⌊y⌋ = k`.
 */
export function quo(a: number, b: number): number {
  return Math.floor(a / b);
}

/** `gcd(a, b)` of safe integers `a, b ≥ 0` (Euclid: exact floor steps, then int32 remainders). */
export function gcd(a: number, b: number): number {
  while (a > INT32 || b > INT32) {
    if (b === 0) return a;
    const t = a - quo(a, b) * b;
    a = b;
    b = t;
  }
  // Both fit in int32 now: `%` on int32 values is exact and fast.
  a |= 0;
  b |= 0;
  while (b !== 0) {
    const t = (a % b) | 0;
    a = b;
    b = t;
  }
  return a;
}

/** `gcd(a, b)` of non-negative bigints. */
function bgcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const babs = (x: bigint): bigint => (x < 0n ? -x : x);

/** A safe integer as a {@link Rat}. */
export function ratInt(n: number): Rat {
  return n === 0 ? ZERO : new Rat(n, 1, null);
}

/** `n / d` for safe integers `n` and `d ≥ 1`, reduced. */
export function ratOf(n: number, d: number): Rat {
  if (n === 0) return ZERO;
  if (d === 1) return new Rat(n, 1, null);
  const g = gcd(n < 0 ? -n : n, d);
  return g === 1 ? new Rat(n, d, null) : new Rat(n / g, d / g, null);
}

/** `n / d` for bigints, `d ≠ 0`: reduced, sign moved to `n`, demoted to numbers when it fits. */
export function ratOfBig(n: bigint, d: bigint): Rat {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (n === 0n) return ZERO;
  const g = bgcd(babs(n), d);
  if (g !== 1n) {
    n /= g;
    d /= g;
  }
  if (d <= MAXB && n <= MAXB && n >= -MAXB) return new Rat(Number(n), Number(d), null);
  return new Rat(Number.NaN, Number.NaN, { n, d });
}

/** The numerator as a bigint. */
export const bigN = (a: Rat): bigint => (a.big === null ? BigInt(a.n) : a.big.n);
/** The denominator as a bigint. */
export const bigD = (a: Rat): bigint => (a.big === null ? BigInt(a.d) : a.big.d);

/** The sign of `a`: −1, 0 or 1. */
export function sign(a: Rat): -1 | 0 | 1 {
  if (a.big === null) return a.n < 0 ? -1 : a.n > 0 ? 1 : 0;
  return a.big.n < 0n ? -1 : 1;
}

/** `a + s·b` for `s` = ±1 (Knuth, TAOCP 4.5.1: at most two small gcds, result already reduced). */
function addSigned(a: Rat, b: Rat, s: 1 | -1): Rat {
  if (a.big === null && b.big === null) {
    const an = a.n;
    const ad = a.d;
    const bn = s * b.n; // ±1 × a safe integer: exact
    const bd = b.d;
    if (ad === bd) {
      const t = an + bn;
      if (t <= MAX && t >= -MAX) return ad === 1 ? ratInt(t) : ratOf(t, ad);
    } else if (ad === 1) {
      // an + bn/bd = (an·bd + bn)/bd, reduced because gcd(bn, bd) = 1.
      const p = an * bd;
      if (p <= MAX && p >= -MAX) {
        const t = p + bn;
        if (t <= MAX && t >= -MAX) return new Rat(t, bd, null);
      }
    } else if (bd === 1) {
      const p = bn * ad;
      if (p <= MAX && p >= -MAX) {
        const t = an + p;
        if (t <= MAX && t >= -MAX) return new Rat(t, ad, null);
      }
    } else {
      const g = gcd(ad, bd);
      const ad1 = ad / g;
      const bd1 = bd / g;
      const p = an * bd1;
      const q = bn * ad1;
      if (p <= MAX && p >= -MAX && q <= MAX && q >= -MAX) {
        const t = p + q;
        if (t <= MAX && t >= -MAX) {
          if (t === 0) return ZERO;
          if (g === 1) {
            const d = ad * bd;
            if (d <= MAX) return new Rat(t, d, null);
          } else {
            const g2 = gcd(t < 0 ? -t : t, g);
            const d = ad1 * (bd / g2);
            if (d <= MAX) return new Rat(t / g2, d, null);
          }
        }
      }
    }
  }
  const bd = bigD(b);
  const ad = bigD(a);
  const t = bigN(a) * bd + (s === 1 ? bigN(b) : -bigN(b)) * ad;
  return ratOfBig(t, ad * bd);
}

/** `a + b`. */
export function ratAdd(a: Rat, b: Rat): Rat {
  return addSigned(a, b, 1);
}

/** `a − b`. */
export function ratSub(a: Rat, b: Rat): Rat {
  return addSigned(a, b, -1);
}

/**
 * `(an/ad) × (bn/bd)` for reduced fractions of safe integers with `ad, bd ≥ 1`; cross-reduces
 * first so the result is reduced and the products stay small. `undefined` when it does not fit.
 */
function mulSmall(an: number, ad: number, bn: number, bd: number): Rat | undefined {
  if (an === 0 || bn === 0) return ZERO;
  if (bd !== 1) {
    const g = gcd(an < 0 ? -an : an, bd);
    if (g !== 1) {
      an /= g;
      bd /= g;
    }
  }
  if (ad !== 1) {
    const g = gcd(bn < 0 ? -bn : bn, ad);
    if (g !== 1) {
      bn /= g;
      ad /= g;
    }
  }
  const n = an * bn;
  const d = ad * bd;
  return n <= MAX && n >= -MAX && d <= MAX ? new Rat(n, d, null) : undefined;
}

/** `a × b`. */
export function ratMul(a: Rat, b: Rat): Rat {
  if (a.big === null && b.big === null) {
    const r = mulSmall(a.n, a.d, b.n, b.d);
    if (r !== undefined) return r;
  }
  return ratOfBig(bigN(a) * bigN(b), bigD(a) * bigD(b));
}

/** `a ÷ b`, exact; `b` must not be zero (the caller checks). */
export function ratDiv(a: Rat, b: Rat): Rat {
  if (a.big === null && b.big === null) {
    const bn = b.n;
    const r = bn < 0 ? mulSmall(a.n, a.d, -b.d, -bn) : mulSmall(a.n, a.d, b.d, bn);
    if (r !== undefined) return r;
  }
  return ratOfBig(bigN(a) * bigD(b), bigD(a) * bigN(b));
}

/** `−a`. */
export function ratNeg(a: Rat): Rat {
  if (a.big === null) return a.n === 0 ? a : new Rat(-a.n, a.d, null);
  return new Rat(Number.NaN, Number.NaN, { n: -a.big.n, d: a.big.d });
}

/** Compares by value: −1, 0 or 1. */
export function ratCmp(a: Rat, b: Rat): -1 | 0 | 1 {
  if (a.big === null && b.big === null) {
    const an = a.n;
    const bn = b.n;
    const ad = a.d;
    const bd = b.d;
    if (ad === bd) return an < bn ? -1 : an > bn ? 1 : 0;
    const x = an * bd;
    const y = bn * ad;
    if (x <= MAX && x >= -MAX && y <= MAX && y >= -MAX) return x < y ? -1 : x > y ? 1 : 0;
  }
  const sa = sign(a);
  const sb = sign(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  const x = bigN(a) * bigD(b);
  const y = bigN(b) * bigD(a);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether a truncated quotient `q` with remainder `r` (`r` has the sign of the dividend, `|r| <
 * d`, `r ≠ 0`) must move one unit away from zero under `mode`. `odd` tells whether `q` is odd.
 */
function awayFromZero(
  mode: RoundingMode,
  negative: boolean,
  twiceR: number,
  d: number,
  odd: boolean,
): boolean {
  switch (mode) {
    case 'half-up':
      return twiceR >= d;
    case 'half-even':
      return twiceR > d || (twiceR === d && odd);
    case 'down':
      return false;
    case 'up':
      return true;
    case 'floor':
      return negative;
    case 'ceiling':
      return !negative;
  }
}

/** Bigint version of {@link awayFromZero}. */
function awayFromZeroBig(
  mode: RoundingMode,
  negative: boolean,
  twiceR: bigint,
  d: bigint,
  odd: boolean,
): boolean {
  switch (mode) {
    case 'half-up':
      return twiceR >= d;
    case 'half-even':
      return twiceR > d || (twiceR === d && odd);
    case 'down':
      return false;
    case 'up':
      return true;
    case 'floor':
      return negative;
    case 'ceiling':
      return !negative;
  }
}

/**
 * `a` rounded to `scale` decimals as the integer `q = round(a·10^scale)`, when everything fits in
 * safe integers (`scale ≤ 15`, `|n·10^scale| ≤ 2^53 − 1`); `NaN` otherwise. `-0` never comes out.
 */
export function roundScaledSmall(a: Rat, scale: number, mode: RoundingMode): number {
  if (a.big !== null || scale > POW10_MAX) return Number.NaN;
  const m = a.n * (POW10[scale] as number);
  if (m > MAX || m < -MAX) return Number.NaN;
  const d = a.d;
  if (d === 1) return m;
  const negative = m < 0;
  const am = negative ? -m : m;
  const q = quo(am, d); // ⌊|m| / d⌋, exact
  const r = am - q * d; // exact: q·d ≤ |m|
  if (r === 0) return negative ? -q : q;
  // 2r < 2d ≤ 2^54 is a power-of-two scaling: exact. q < 2^52, so q + 1 is exact.
  const t = awayFromZero(mode, negative, 2 * r, d, q !== 2 * quo(q, 2)) ? q + 1 : q;
  return negative && t !== 0 ? -t : t; // never -0
}

/** `a` rounded to `scale` decimals as the bigint `q = round(a·10^scale)`. */
export function roundScaledBig(a: Rat, scale: number, mode: RoundingMode): bigint {
  const m = bigN(a) * 10n ** BigInt(scale);
  const d = bigD(a);
  const q = m / d;
  const r = m % d;
  if (r === 0n) return q;
  const negative = r < 0n;
  const twiceR = negative ? -2n * r : 2n * r;
  if (!awayFromZeroBig(mode, negative, twiceR, d, q % 2n !== 0n)) return q;
  return negative ? q - 1n : q + 1n;
}

/** `a` rounded to `scale` decimals, as a value. Returns `a` itself when nothing is cut off. */
export function ratRound(a: Rat, scale: number, mode: RoundingMode): Rat {
  if (a.big === null && a.d === 1) return a;
  const q = roundScaledSmall(a, scale, mode);
  if (!Number.isNaN(q)) {
    // Not NaN: q / 10^scale; when it equals a, keep a (same value, no allocation).
    const p = POW10[scale] as number;
    if (q === 0) return ZERO;
    const g = gcd(q < 0 ? -q : q, p);
    const n = q / g;
    const d = p / g;
    return n === a.n && d === a.d ? a : new Rat(n, d, null);
  }
  return ratOfBig(roundScaledBig(a, scale, mode), 10n ** BigInt(scale));
}

/**
 * `a` rounded to `scale` decimals, both as a value and printed with exactly `scale` decimals, from
 * one rounding (what a recorded result needs). Same results as {@link ratRound} and
 * {@link ratToFixed}.
 */
export function ratRoundFixed(a: Rat, scale: number, mode: RoundingMode): { value: Rat; text: string } {
  if (a.big === null && a.d === 1) return { value: a, text: ratToFixed(a, scale, mode) };
  const q = roundScaledSmall(a, scale, mode);
  if (Number.isNaN(q)) return { value: ratRound(a, scale, mode), text: ratToFixed(a, scale, mode) };
  const p = POW10[scale] as number;
  let value: Rat;
  if (q === 0) value = ZERO;
  else {
    const g = gcd(q < 0 ? -q : q, p);
    const n = q / g;
    const d = p / g;
    value = n === a.n && d === a.d ? a : new Rat(n, d, null);
  }
  if (scale === 0) return { value, text: String(q) };
  const aq = q < 0 ? -q : q;
  const ip = quo(aq, p);
  const fs = String(aq - ip * p);
  const body = `${ip}.${fs.length < scale ? (ZEROS[scale - fs.length] as string) + fs : fs}`;
  return { value, text: q < 0 ? `-${body}` : body };
}

/** Digits of the non-negative integer string `digits` with a point `scale` places from the right. */
function placePoint(digits: string, scale: number): string {
  if (scale === 0) return digits;
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  const cut = digits.length - scale;
  return `${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/** `a` rounded to `scale` decimals and printed with exactly `scale` decimals; no `-0`. */
export function ratToFixed(a: Rat, scale: number, mode: RoundingMode): string {
  if (a.big === null && a.d === 1) {
    const s = String(a.n);
    return scale === 0 ? s : `${s}.${'0'.repeat(scale)}`;
  }
  const q = roundScaledSmall(a, scale, mode);
  if (!Number.isNaN(q)) {
    if (scale === 0) return String(q);
    // |q| / 10^scale as integer part and exactly `scale` fraction digits.
    const aq = q < 0 ? -q : q;
    const p = POW10[scale] as number;
    const ip = quo(aq, p);
    const fs = String(aq - ip * p);
    const s = `${ip}.${fs.length < scale ? (ZEROS[scale - fs.length] as string) + fs : fs}`;
    return q < 0 ? `-${s}` : s;
  }
  const b = roundScaledBig(a, scale, mode);
  if (b < 0n) return `-${placePoint((-b).toString(), scale)}`;
  return placePoint(b.toString(), scale);
}

/**
 * The number of decimals of `n/d` when it terminates (`d = 2^x·5^y`, giving `max(x, y)`), else −1.
 */
function countDecimals(d: number): number {
  let x = d;
  let twos = 0;
  let fives = 0;
  while (x === 2 * quo(x, 2)) {
    x /= 2;
    twos++;
  }
  while (x === 5 * quo(x, 5)) {
    x /= 5;
    fives++;
  }
  if (x !== 1) return -1;
  return Math.max(twos, fives);
}

/** Denominators below this have their {@link countDecimals} memoised. */
const DECIMALS_CACHED = 4096;
/** Memo of {@link countDecimals} (−2: not computed yet). Private; filling it changes no result. */
const DECIMALS = new Int8Array(DECIMALS_CACHED).fill(-2);

/** {@link countDecimals}, memoised for small denominators (the usual 2, 4, 5, …, 100, 3, 12). */
function terminatingDecimals(d: number): number {
  if (d >= DECIMALS_CACHED) return countDecimals(d);
  let k = DECIMALS[d] as number;
  if (k === -2) {
    k = countDecimals(d);
    DECIMALS[d] = k;
  }
  return k;
}

/** Bigint version of {@link terminatingDecimals}. */
function terminatingDecimalsBig(d: bigint): number {
  let x = d;
  let twos = 0;
  let fives = 0;
  while (x % 2n === 0n) {
    x /= 2n;
    twos++;
  }
  while (x % 5n === 0n) {
    x /= 5n;
    fives++;
  }
  if (x !== 1n) return -1;
  return Math.max(twos, fives);
}

/** Removes trailing zeros of a fraction-digit string. */
function trimZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * The first `keep` digits of `frac` rounded by the digit after them (the tail beyond is non-zero,
 * so a `5` there means above half and ties cannot occur), with trailing zeros removed; `carry`
 * tells whether the rounding overflowed into the integer part.
 */
function roundDigits(frac: string, keep: number): { readonly digits: string; readonly carry: boolean } {
  const kept = frac.slice(0, keep);
  if (frac.charCodeAt(keep) < 53) return { digits: trimZeros(kept), carry: false };
  let j = kept.length - 1;
  while (j >= 0 && kept.charCodeAt(j) === 57) j--;
  if (j < 0) return { digits: '', carry: true };
  return { digits: kept.slice(0, j) + String.fromCharCode(kept.charCodeAt(j) + 1), carry: false };
}

/** `ZEROS[k]` is `k` zeros, for k in 0..15. */
const ZEROS: readonly string[] = POW10.map((p) => String(p).slice(1));

/** The most digits the repeating-decimal loop makes per step (a chunk stays an int32). */
const CHUNK_MAX = 9;

/**
 * Scratch space for the digits {@link printRepeatingSmall} makes (at most 60 significant digits,
 * 16 leading zeros and one chunk beyond). Private; every call overwrites what it reads, so it
 * carries nothing from one call to the next.
 */
const DIGITS = new Uint8Array(128);
const ascii = new TextDecoder('latin1');

/**
 * Plain notation of a non-terminating `n/d > 0` held in safe integers, rounded to `precision`
 * significant digits; `undefined` when `d` is too large for the digit loop.
 */
function printRepeatingSmall(n: number, d: number, precision: number): string | undefined {
  // The digit loop multiplies remainders (< d) by 10^c: keep d·10^c ≤ 2^53 − 1.
  let c = 0;
  while (c < CHUNK_MAX && d * (POW10[c + 1] as number) <= MAX) c++;
  if (c === 0) return undefined;
  const chunk = POW10[c] as number;
  const ip = quo(n, d);
  let r = n - ip * d;
  const int = String(ip);
  // keep: how many fraction digits to keep (−1 until the first significant one is known).
  let keep = ip === 0 ? -1 : precision - int.length;
  let len = 0;
  // Generate until the digit after the kept ones exists. Leading zeros number fewer than the
  // digits of d (≤ 16), so the buffer is large enough.
  while (keep < 0 || len <= keep) {
    const x = r * chunk; // < d·10^c ≤ 2^53 − 1
    let q = quo(x, d); // < 10^c ≤ 10^9: an int32
    r = x - q * d;
    for (let j = len + c - 1; j >= len; j--) {
      const t = (q / 10) | 0; // ⌊q / 10⌋ for 0 ≤ q < 10^9 (see quo; `| 0` truncates)
      DIGITS[j] = 48 + q - t * 10;
      q = t;
    }
    if (keep < 0) {
      let z = len;
      while (z < len + c && DIGITS[z] === 48) z++;
      if (z < len + c) keep = z + precision;
    }
    len += c;
  }
  // Round by the next digit: the tail beyond it is non-zero (the expansion does not terminate),
  // so a 5 there means above half and ties cannot occur; then drop trailing zeros.
  let end = keep;
  if ((DIGITS[keep] as number) >= 53) {
    let j = keep - 1;
    while (j >= 0 && DIGITS[j] === 57) j--;
    // All kept digits 9 would need the fraction within 10^−44 of 1, impossible with d < 10^16;
    // kept for safety. ip < 2^53 / 3, so ip + 1 is exact.
    if (j < 0) return String(ip + 1);
    DIGITS[j] = (DIGITS[j] as number) + 1;
    end = j + 1;
  } else while (end > 0 && DIGITS[end - 1] === 48) end--;
  return end === 0 ? int : `${int}.${ascii.decode(DIGITS.subarray(0, end))}`;
}

/** Plain notation of a non-terminating `n/d > 0` (bigints), rounded to `precision` significant digits. */
function printRepeatingBig(n: bigint, d: bigint, precision: number): string {
  const ip = n / d;
  const r = n % d;
  const intStr = ip === 0n ? '' : ip.toString();
  if (intStr.length >= precision) {
    // The rounding falls in the integer part: round ip·10^0 to `precision` digits.
    const drop = intStr.length - precision;
    const unit = 10n ** BigInt(drop);
    let q = ip / unit;
    const rest = (ip % unit) * d + r; // the dropped part times d, non-zero since r ≠ 0
    if (2n * rest >= unit * d) q += 1n; // an exact tie needs r = 0, impossible here
    return (q * unit).toString();
  }
  // Fraction digits needed: enough for `precision` significant digits plus one.
  let need = precision - intStr.length + 1;
  if (ip === 0n) need += d.toString().length; // leading zeros are at most the digits of d
  const scaled = (r * 10n ** BigInt(need)) / d;
  const frac = scaled.toString().padStart(need, '0');
  let keep: number;
  if (ip === 0n) {
    let z = 0;
    while (frac.charCodeAt(z) === 48) z++;
    keep = z + precision;
  } else keep = precision - intStr.length;
  const { digits, carry } = roundDigits(frac, keep);
  const int = carry ? (ip + 1n).toString() : ip.toString();
  return digits === '' ? int : `${int}.${digits}`;
}

/**
 * Plain notation of `a`: exact when it terminates (no superfluous trailing zeros), otherwise
 * rounded to `precision` significant digits, half-even.
 */
export function ratToString(a: Rat, precision: number): string {
  if (a.big === null) {
    const n = a.n;
    const d = a.d;
    if (d === 1) return String(n);
    const neg = n < 0;
    const an = neg ? -n : n;
    const k = terminatingDecimals(d);
    if (k >= 0) {
      if (k <= POW10_MAX) {
        const p = POW10[k] as number;
        const m = an * (p / d); // p / d is an exact integer
        if (m <= MAX) {
          // m / 10^k printed as integer part and k-digit fraction (never ending in 0: k is minimal).
          const ip = quo(m, p);
          const fs = String(m - ip * p);
          const s = `${ip}.${fs.length < k ? (ZEROS[k - fs.length] as string) + fs : fs}`;
          return neg ? `-${s}` : s;
        }
      }
    } else {
      const s = printRepeatingSmall(an, d, precision);
      if (s !== undefined) return neg ? `-${s}` : s;
    }
  }
  const n = bigN(a);
  const d = bigD(a);
  const neg = n < 0n;
  const an = neg ? -n : n;
  const k = terminatingDecimalsBig(d);
  const s =
    k >= 0 ? placePoint(((an * 10n ** BigInt(k)) / d).toString(), k) : printRepeatingBig(an, d, precision);
  return neg ? `-${s}` : s;
}

/**
 * Reads plain notation `[+-]?digits(.digits)?` of at most 15 digits (any leading zeros) straight
 * into numbers, without a regular expression; `undefined` for anything else (other syntax, or too
 * many digits for this fast path), which callers send to the general path.
 */
export function ratScan(s: string): Rat | undefined {
  const len = s.length;
  if (len === 0 || len > 17) return undefined;
  let i = 0;
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    i = 1;
  }
  // At most 15 digits are accepted, so n < 10^15 and every n·10 + digit is an exact integer.
  let n = 0;
  let digits = 0;
  let dot = -1;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > POW10_MAX) return undefined;
      n = n * 10 + (c - 48);
    } else if (c === 46 && dot === -1 && digits > 0) dot = i;
    else return undefined;
  }
  if (digits === 0 || dot === len - 1) return undefined;
  if (n === 0) return ZERO;
  if (neg) n = -n;
  // A digit precedes the point and len ≤ 17, so there are at most 15 decimals.
  return dot === -1 ? new Rat(n, 1, null) : ratOf(n, POW10[len - dot - 1] as number);
}

/**
 * Reads a canonical plain-notation string (`-?digits(.digits)?`, as a DecimalString is) without
 * validating it: short strings through {@link ratScan}, long ones through bigints.
 */
export function ratParse(s: string): Rat {
  const r = ratScan(s);
  if (r !== undefined) return r;
  const dot = s.indexOf('.');
  if (dot === -1) return ratOfBig(BigInt(s), 1n);
  return ratOfBig(BigInt(s.slice(0, dot) + s.slice(dot + 1)), 10n ** BigInt(s.length - dot - 1));
}
