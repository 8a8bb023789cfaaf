/**
 * Numbers read exactly from the source text of a JSON or YAML file. A number literal whose double
 * is its exact value is kept as a number; one that a double would round (more digits than a
 * double keeps, or a subnormal) is handed on as the exact decimal string it spells, in plain
 * notation (`1.00000000000000001e3` → `"1000.00000000000000001"`); one that a double cannot hold
 * at all (it would become 0 or Infinity) is refused, so `1e-400` is never read as 0.
 */

/** What a number literal is when read exactly. */
export type ExactNumber =
  | { readonly kind: 'number' }
  | { readonly kind: 'decimal'; readonly text: string }
  | { readonly kind: 'out-of-range'; readonly towards: 'zero' | 'infinity' };

const LITERAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A nonzero decimal as sign, significant digits (no leading or trailing zeros) and exponent. */
interface Parts {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

/** The parts of a decimal literal, or undefined for zero (or what is not a decimal literal). */
function parts(literal: string): Parts | undefined {
  const m = LITERAL.exec(literal);
  if (!m) return undefined;
  const whole = m[2] ?? '';
  const fraction = m[3] ?? '';
  let digits = whole + fraction;
  let exponent = Number(m[4] ?? '0') - fraction.length;
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 0x30) lead++;
  digits = digits.slice(lead);
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  exponent += digits.length - end;
  digits = digits.slice(0, end);
  if (digits === '') return undefined;
  return { negative: m[1] === '-', digits, exponent };
}

/** Plain notation of a nonzero decimal (`{1, -3}` → `"0.001"`). */
function plain(p: Parts): string {
  const sign = p.negative ? '-' : '';
  if (p.exponent >= 0) return `${sign}${p.digits}${'0'.repeat(p.exponent)}`;
  const point = p.digits.length + p.exponent;
  if (point > 0) return `${sign}${p.digits.slice(0, point)}.${p.digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${p.digits}`;
}

/** Whether a literal could be read exactly by `Number` without a closer look (at most 15 characters, no exponent). */
function plainlyExact(literal: string): boolean {
  return literal.length <= 15 && !/[eE]/.test(literal);
}

/**
 * How to read a decimal number literal (JSON's grammar, or YAML's `1.`, `.5`, `+1`) exactly.
 * Zero in any spelling is a number.
 */
export function exactNumber(literal: string): ExactNumber {
  if (plainlyExact(literal)) return { kind: 'number' };
  const exact = parts(literal);
  if (exact === undefined) return { kind: 'number' };
  const n = Number(literal);
  if (n === 0) return { kind: 'out-of-range', towards: 'zero' };
  if (!Number.isFinite(n)) return { kind: 'out-of-range', towards: 'infinity' };
  const read = parts(String(n));
  if (read !== undefined && read.digits === exact.digits && read.exponent === exact.exponent)
    return { kind: 'number' };
  return { kind: 'decimal', text: plain(exact) };
}

/**
 * How to read a YAML integer in hexadecimal (`0x…`) or octal (`0o…`) exactly: a number while it
 * is a safe integer, else its decimal digits as a string. Undefined for other literals.
 */
export function exactRadixInteger(literal: string): ExactNumber | undefined {
  const m = /^0([xo])([0-9a-fA-F]+)$/.exec(literal);
  if (!m) return undefined;
  const radix = m[1] === 'x' ? '0x' : '0o';
  let value: bigint;
  try {
    value = BigInt(radix + (m[2] ?? ''));
  } catch {
    return undefined;
  }
  if (value <= BigInt(Number.MAX_SAFE_INTEGER)) return { kind: 'number' };
  return { kind: 'decimal', text: value.toString() };
}
