/**
 * Shared pieces of the angka kredit functions: input checks and the exact computation. Not part
 * of the public API.
 *
 * @internal
 * @module
 */
import {
  DEC_HUNDRED,
  type Dec,
  type DecimalString,
  dDiv,
  dEq,
  dFromInt,
  dMul,
  dRoundFixed,
  fromDec,
  parseDecimal,
  toDec,
} from '../decimal/index';
import {
  deepFreeze,
  err,
  type Issue,
  issue,
  ok,
  type PathSegment,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { careerAkMessages } from '../explain/messages/career-ak';
import { commonMessages } from '../explain/messages/common';
import { ANGKA_KREDIT, type AngkaKreditData, type AngkaKreditJenjangData } from '../packs/angka-kredit';
import { shownValue, typeName } from './read-options';
import { angkaKreditDataSchema } from './schemas';

// The built-in tables are exported and shared: frozen, so no caller can change another's results.
deepFreeze(ANGKA_KREDIT);

/**
 * The AK tables of an options bag: the built-in ones when `data` is left out (or is them), else
 * the caller's, validated with `angkaKreditDataSchema` (issues at ['data', …]).
 */
export function tablesOf(data: unknown, issues: Issue[]): AngkaKreditData | undefined {
  if (data === undefined || data === ANGKA_KREDIT) return ANGKA_KREDIT;
  const r = parseWithSchema(angkaKreditDataSchema, data, ['data']);
  if (r.ok) return r.value;
  issues.push(...r.issues);
  return undefined;
}

const TWELVE = dFromInt(12);

/** A checked jenjang: its code and its table row. */
export interface JenjangRow {
  readonly code: string;
  readonly row: AngkaKreditJenjangData;
}

/** Checks a jenjang code against the tables. */
export function checkJenjang(
  data: AngkaKreditData,
  value: unknown,
  path: readonly PathSegment[],
): Result<JenjangRow, Issue[]> {
  if (value === undefined) return err([issue(commonMessages, 'input.required', path)]);
  if (typeof value === 'string' && Object.hasOwn(data.jenjang, value)) {
    const row = data.jenjang[value];
    if (row !== undefined) return ok({ code: value, row });
  }
  return err([
    issue(careerAkMessages, 'career.unknown-jenjang', path, {
      value: shownValue(value),
      expected: Object.keys(data.jenjang).join(', '),
    }),
  ]);
}

/** A checked predikat: the code given and the one of the five it counts as. */
export interface CountedPredikat {
  readonly code: string;
  readonly countedAs: string;
  readonly percent: string;
}

/** Checks a predikat code: one of the five percentages, or an alias (cukup, buruk). */
export function checkPredikat(
  data: AngkaKreditData,
  value: unknown,
  path: readonly PathSegment[],
): Result<CountedPredikat, Issue[]> {
  if (value === undefined) return err([issue(commonMessages, 'input.required', path)]);
  if (typeof value === 'string') {
    const countedAs = Object.hasOwn(data.aliases, value) ? data.aliases[value] : value;
    if (countedAs !== undefined && Object.hasOwn(data.percentages, countedAs)) {
      const percent = data.percentages[countedAs];
      if (percent !== undefined) return ok({ code: value, countedAs, percent });
    }
  }
  return err([
    issue(careerAkMessages, 'career.unknown-predikat', path, {
      value: shownValue(value),
      expected: [...Object.keys(data.percentages), ...Object.keys(data.aliases)].join(', '),
    }),
  ]);
}

/** Checks a number of months: a whole number from 0 to 12, as a JSON number or a decimal string. */
export function checkMonths(value: unknown, path: readonly PathSegment[]): Result<number, Issue[]> {
  if (value === undefined) return err([issue(commonMessages, 'input.required', path)]);
  if (typeof value !== 'number' && typeof value !== 'string') {
    return err([
      issue(commonMessages, 'input.invalid-type', path, { expected: 'number', received: typeName(value) }),
    ]);
  }
  const parsed = parseDecimal(value, path);
  if (!parsed.ok) return parsed;
  const d = toDec(parsed.value);
  for (let m = 0; m <= 12; m += 1) if (dEq(d, dFromInt(m))) return ok(m);
  return err([issue(careerAkMessages, 'career.invalid-months', path, { value })]);
}

/** The exact AK: percent / 100 × coefficient × months / 12. */
export function akOf(percent: string, coefficient: string, months: number): Dec {
  return dDiv(dMul(dMul(dDiv(toDec(percent), DEC_HUNDRED), toDec(coefficient)), dFromInt(months)), TWELVE);
}

/** The yearly cap of a jenjang: `yearlyCapPercent` of its coefficient. */
export function capOf(data: AngkaKreditData, coefficient: string): Dec {
  return dMul(dDiv(toDec(data.yearlyCapPercent), DEC_HUNDRED), toDec(coefficient));
}

/** A value rounded as the tables publish it (2 decimals, half-up). */
export function roundedText(data: AngkaKreditData, d: Dec): DecimalString {
  return dRoundFixed(d, data.rounding.scale, data.rounding.mode).text;
}

/** A value rounded as the tables publish it, as a Dec. */
export function roundedDec(data: AngkaKreditData, d: Dec): Dec {
  return dRoundFixed(d, data.rounding.scale, data.rounding.mode).value;
}

/** The printed value: exact when its expansion terminates, else 60 significant digits. */
export function text(d: Dec): DecimalString {
  return fromDec(d);
}

/** Whether `d` has a terminating decimal expansion that {@link text} prints exactly. */
export function terminates(d: Dec): boolean {
  return dEq(toDec(fromDec(d)), d);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The exact value `twelfths / 12` as a reduced fraction "n/d" ("25/12"), from `twelfths`, a
 * terminating decimal (AK × 12 always terminates: percentages, coefficients and months do).
 */
export function fractionOfTwelfths(twelfths: DecimalString): string {
  const negative = twelfths.startsWith('-');
  const body = negative ? twelfths.slice(1) : twelfths;
  const [int = '0', frac = ''] = body.split('.');
  let n = BigInt(int + frac);
  let d = 12n * 10n ** BigInt(frac.length);
  const g = gcd(n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  const sign = negative && n !== 0n ? '-' : '';
  return d === 1n ? `${sign}${n}` : `${sign}${n}/${d}`;
}

/** AK × 12 (exact and terminating), for {@link fractionOfTwelfths}. */
export function twelfthsOf(d: Dec): DecimalString {
  return fromDec(dMul(d, TWELVE));
}
