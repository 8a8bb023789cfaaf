/**
 * The parsing core shared by {@link parseDecimal}, {@link decimal} and {@link toDec}: turns an
 * unknown value into canonical plain notation or says why it cannot. The one place decimal input
 * is read: strings, numbers, bigints and decimal objects (a decimal.js `Decimal`, read through its
 * `toString()`).
 *
 * @internal
 * @module
 */
import { DECIMAL_PRECISION } from './types';

/** The codes parsing can fail with. */
export type DecimalFailureCode =
  | 'decimal.invalid'
  | 'decimal.not-finite'
  | 'decimal.inexact'
  | 'decimal.too-precise'
  | 'decimal.exponent-out-of-range';

/** Why a value is not a decimal. */
export interface DecimalFailure {
  readonly code: DecimalFailureCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Plain decimal notation, as accepted in strings (what {@link isPlainDecimal} checks). */
export const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

/** Whether `s` matches {@link PLAIN_DECIMAL} (ASCII digits), without a regular expression. */
export function isPlainDecimal(s: string): boolean {
  const len = s.length;
  let i = 0;
  const c0 = s.charCodeAt(0);
  if (c0 === 43 || c0 === 45) i = 1;
  const intStart = i;
  while (i < len && isDigit(s.charCodeAt(i))) i++;
  if (i === intStart) return false;
  if (i === len) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const fracStart = ++i;
  while (i < len && isDigit(s.charCodeAt(i))) i++;
  return i === len && i > fracStart;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Significant digits a JS number may show (as `String(n)` writes it) to count as exact. */
const MAX_NUMBER_DIGITS = 15;

/** Longest input string quoted in a message. */
const MAX_SHOWN = 40;

function fail(code: DecimalFailureCode, params: Readonly<Record<string, string | number>>): DecimalFailure {
  return { code, params };
}

/** Digits between the first and the last non-zero digit of a digit string (dots ignored). */
function significantDigits(s: string, from: number, to: number): number {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue; // '.', sign, 'e' never reach here as digits
    if (c !== 48) {
      if (first === -1) first = count;
      last = count;
    }
    count++;
  }
  return first === -1 ? 0 : last - first + 1;
}

/** Canonical form of a string already known to match {@link PLAIN_DECIMAL}. */
function canonicalString(s: string): string | DecimalFailure {
  const c0 = s.charCodeAt(0);
  const start = c0 === 45 || c0 === 43 ? 1 : 0;
  const negative = c0 === 45;
  const dot = s.indexOf('.', start);
  const intEnd = dot === -1 ? s.length : dot;
  let i = start;
  while (i < intEnd - 1 && s.charCodeAt(i) === 48) i++;
  const sig = significantDigits(s, i, s.length);
  if (sig > DECIMAL_PRECISION) {
    return fail('decimal.too-precise', { digits: sig, maximum: DECIMAL_PRECISION });
  }
  const body = i === 0 ? s : s.slice(i);
  return negative && sig > 0 ? `-${body}` : body;
}

function receivedType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function truncate(s: string): string {
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

/** Canonical plain notation of a JS number, if the number is exact as written. */
function canonicalNumber(n: number): string | DecimalFailure {
  if (!Number.isFinite(n)) return fail('decimal.not-finite', { value: String(n) });
  if (Number.isInteger(n)) {
    // String() of a safe integer is never in exponent form, and String(-0) is "0".
    return Number.isSafeInteger(n) ? String(n) : fail('decimal.inexact', { value: String(n) });
  }
  // A non-integer is below 2^52 in magnitude, so String() uses exponent form only for tiny values.
  const s = String(n);
  const e = s.indexOf('e');
  const mantissaEnd = e === -1 ? s.length : e;
  if (significantDigits(s, 0, mantissaEnd) > MAX_NUMBER_DIGITS) {
    return fail('decimal.inexact', { value: s });
  }
  return e === -1 ? s : expandExponent(s, e);
}

/**
 * Plain notation of a number string `String(n)` wrote in exponent form (`"1.5e-10"`, `"-1e-7"`):
 * the mantissa's digits with the point moved by the exponent. `String` never writes superfluous
 * zeros in the mantissa, so none need trimming.
 */
function expandExponent(s: string, e: number): string {
  const neg = s.charCodeAt(0) === 45;
  const mantissa = s.slice(neg ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1)); // a short integer such as "-7" or "+21": exact
  const dot = mantissa.indexOf('.');
  const intPart = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const digits = dot === -1 ? mantissa : intPart + mantissa.slice(dot + 1);
  const point = intPart.length + exponent;
  let body: string;
  if (point <= 0) body = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return neg ? `-${body}` : body;
}

/**
 * Canonical plain notation of `value`, or why it is not a decimal. Strings must be plain decimal
 * notation; numbers must be finite and exact as written; bigints are always exact; an object is
 * read through its `toString()` ({@link canonicalObject}); arrays and everything else are invalid.
 */
export function canonicalDecimal(value: unknown): string | DecimalFailure {
  switch (typeof value) {
    case 'string':
      return isPlainDecimal(value)
        ? canonicalString(value)
        : fail('decimal.invalid', { received: 'string', value: truncate(value) });
    case 'number':
      return canonicalNumber(value);
    case 'bigint':
      return canonicalString(value.toString());
    case 'object':
      return value === null || Array.isArray(value)
        ? fail('decimal.invalid', { received: receivedType(value) })
        : canonicalObject(value);
    default:
      return fail('decimal.invalid', { received: receivedType(value) });
  }
}

/** The largest exponent magnitude read from an object's exponent notation (`"1e-7"`): {@link MAX_EXPONENT}. */
export const MAX_EXPONENT = 1000;

/** What `toString()` of an object gives, or undefined when it throws, is missing or is not a string. */
function objectText(value: object): string | undefined {
  try {
    const method = (value as { toString?: unknown }).toString;
    if (typeof method !== 'function') return undefined;
    const text: unknown = method.call(value);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** `[+-]digits[.digits](e|E)[+-]digits`: exponent notation as decimal.js, big.js and bignumber.js write it. */
const EXPONENT_DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;

/**
 * Canonical plain notation of a decimal object (a decimal.js `Decimal`, or any object whose
 * `toString()` writes a decimal), read exactly through `toString()`: plain notation as for
 * strings, or exponent notation (`"1e-7"`, `"-1.5e+25"`) with an exponent within ±{@link MAX_EXPONENT}
 * (`decimal.exponent-out-of-range` otherwise). `"NaN"` and `"±Infinity"` are `decimal.not-finite`;
 * anything else (a plain object's `"[object Object]"`, a Date, a `toString` that throws or does
 * not return a string) is `decimal.invalid`, like any other object.
 */
function canonicalObject(value: object): string | DecimalFailure {
  const text = objectText(value);
  if (text === undefined) return fail('decimal.invalid', { received: 'object' });
  if (isPlainDecimal(text)) return canonicalString(text);
  if (text === 'NaN' || text === 'Infinity' || text === '-Infinity' || text === '+Infinity') {
    return fail('decimal.not-finite', { value: text });
  }
  const m = EXPONENT_DECIMAL.exec(text);
  if (m === null) return fail('decimal.invalid', { received: 'object' });
  const [, sign = '', intDigits = '', fracDigits = '', exp = '0'] = m;
  const exponent = Number(exp);
  if (!(Math.abs(exponent) <= MAX_EXPONENT)) {
    return fail('decimal.exponent-out-of-range', { value: truncate(text), maximum: MAX_EXPONENT });
  }
  // Move the point: digits intDigits|fracDigits with the point after intDigits.length + exponent.
  const digits = intDigits + fracDigits;
  const point = intDigits.length + exponent;
  let body: string;
  if (point <= 0) body = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return canonicalString(sign === '-' ? `-${body}` : body);
}
