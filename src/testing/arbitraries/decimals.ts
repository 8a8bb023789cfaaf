/**
 * Exact decimals for generated data: values are drawn as whole numbers of units (hundredths, …)
 * and written as text, so no binary fraction ever reaches an input.
 */
import type { KinerjaFastCheck, KinerjaFastCheckArbitrary } from './fast-check';

/**
 * How the arbitraries write decimals: as decimal strings (`"85.50"`), as JSON numbers (`85.5`), or
 * either, drawn at random (inputs accept both; strings are exact).
 *
 * @category Testing
 * @example
 * ```ts
 * const style: DecimalStyle = 'string';
 * ```
 */
export type DecimalStyle = 'string' | 'number' | 'either';

/** The text of `units / 10^scale` (`units` a safe integer): `scaled(7650, 2)` is `"76.50"`. */
export function scaled(units: number, scale: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`scaled: ${units} is not a safe integer`);
  if (scale === 0) return String(units);
  const negative = units < 0;
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** `text` as a JSON number or a string, as the style says (`asString` decides for `either`). */
export function styled(text: string, style: DecimalStyle, asString: boolean): number | string {
  const s = style === 'either' ? asString : style === 'string';
  return s ? text : Number(text);
}

/** Whether a decimal style writes strings (an arbitrary for `either`). */
export function styleArb(fc: KinerjaFastCheck, style: DecimalStyle): KinerjaFastCheckArbitrary<boolean> {
  return style === 'either' ? fc.boolean() : fc.constant(style === 'string');
}

/**
 * `n` non-negative amounts of hundredths that sum to exactly `total`, from `n − 1` cut points
 * (any whole numbers; only the first `n − 1` are used and they are taken modulo `total + 1`).
 */
export function splitTotal(total: number, n: number, cuts: readonly number[]): number[] {
  if (n <= 0) return [];
  const points = [...cuts, ...Array.from({ length: Math.max(0, n - 1 - cuts.length) }, () => 0)]
    .slice(0, n - 1)
    .map((c) => Math.abs(c) % (total + 1))
    .sort((a, b) => a - b);
  const bounds = [0, ...points, total];
  const out: number[] = [];
  for (let i = 1; i < bounds.length; i++) out.push((bounds[i] as number) - (bounds[i - 1] as number));
  return out;
}
