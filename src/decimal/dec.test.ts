import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/index';
import {
  add,
  assertDecimal,
  compare,
  DEC_HUNDRED,
  DEC_ONE,
  DEC_ZERO,
  DivisionByZeroError,
  dAbs,
  dAdd,
  dCmp,
  dDiv,
  dEq,
  decOf,
  dFromInt,
  dGt,
  dGte,
  dIsNeg,
  dIsZero,
  divide,
  dLt,
  dLte,
  dMax,
  dMean,
  dMin,
  dMul,
  dNeg,
  dRound,
  dSub,
  dSum,
  dToFixed,
  fromDec,
  multiply,
  ROUNDING_MODES,
  type RoundingMode,
  round,
  subtract,
  toDec,
} from './index';
import { decimalString, refTrim, stringToScaled } from './test-support';

const mode = fc.constantFrom<RoundingMode>(...ROUNDING_MODES);

describe('Dec: conversions', () => {
  it('toDec validates like parseDecimal and fromDec prints plain notation', () => {
    expect(fromDec(toDec('007.50'))).toBe('7.5');
    expect(fromDec(toDec(1e-7))).toBe('0.0000001');
    expect(fromDec(toDec('-0.00'))).toBe('0');
    expect(fromDec(toDec(`1${'0'.repeat(40)}`))).toBe(`1${'0'.repeat(40)}`);
    expect(fromDec(toDec(`0.${'0'.repeat(40)}1`))).toBe(`0.${'0'.repeat(40)}1`);
    expect(() => toDec('abc')).toThrow(KinerjaError);
    expect(() => toDec(0.1 + 0.2)).toThrow(KinerjaError);
    expect(() => toDec(Number.NaN)).toThrow(KinerjaError);
    expect(() => toDec('1e3')).toThrow(KinerjaError);
  });

  it('decOf trusts its input', () => {
    expect(fromDec(decOf(assertDecimal('85.50')))).toBe('85.5');
  });

  it('has constants and small integers', () => {
    expect(fromDec(DEC_ZERO)).toBe('0');
    expect(fromDec(DEC_ONE)).toBe('1');
    expect(fromDec(DEC_HUNDRED)).toBe('100');
    expect(fromDec(dFromInt(12))).toBe('12');
    expect(fromDec(dFromInt(-0))).toBe('0');
    expect(fromDec(dFromInt(1001))).toBe('1001');
    expect(fromDec(dFromInt(-5))).toBe('-5');
    expect(fromDec(dFromInt(Number.MAX_SAFE_INTEGER))).toBe('9007199254740991');
    expect(dFromInt(7)).toBe(dFromInt(7)); // cached
    expect(() => dFromInt(0.5)).toThrow(KinerjaError);
    expect(() => dFromInt(2 ** 53)).toThrow(KinerjaError);
    expect(() => dFromInt(Number.NaN)).toThrow(KinerjaError);
  });

  it('law: fromDec(toDec(x)) is x without superfluous trailing zeros', () => {
    fc.assert(
      fc.property(decimalString, (x) => {
        expect(fromDec(toDec(x))).toBe(refTrim(stringToScaled(x)));
      }),
    );
  });

  it('law: dFromInt(n) equals toDec(n)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 1010 }), fc.maxSafeInteger()), (n) => {
        expect(dEq(dFromInt(n), toDec(n))).toBe(true);
        expect(fromDec(dFromInt(n))).toBe(String(n));
      }),
    );
  });
});

describe('Dec: operations', () => {
  it('computes a percentage', () => {
    expect(fromDec(dMul(dDiv(toDec('90'), toDec('120')), DEC_HUNDRED))).toBe('75');
    expect(dToFixed(dMul(dDiv(toDec('2'), toDec('3')), DEC_HUNDRED), 2, 'half-up')).toBe('66.67');
  });

  it('throws DivisionByZeroError on a zero divisor', () => {
    expect(() => dDiv(DEC_ONE, DEC_ZERO)).toThrow(DivisionByZeroError);
    expect(() => dDiv(DEC_ONE, dNeg(DEC_ZERO))).toThrow(DivisionByZeroError);
  });

  it('handles negative zero as zero', () => {
    const negZero = dNeg(DEC_ZERO);
    expect(fromDec(negZero)).toBe('0');
    expect(dIsZero(negZero)).toBe(true);
    expect(dIsNeg(negZero)).toBe(false);
    expect(dCmp(negZero, DEC_ZERO)).toBe(0);
    expect(fromDec(dMul(toDec('-1'), DEC_ZERO))).toBe('0');
    expect(dToFixed(toDec('-0.001'), 2, 'half-up')).toBe('0.00');
    expect(dToFixed(negZero, 0, 'floor')).toBe('0');
  });

  it('rounds and formats', () => {
    expect(fromDec(dRound(toDec('85.555'), 2, 'half-up'))).toBe('85.56');
    expect(fromDec(dRound(toDec('2.5'), 0, 'half-even'))).toBe('2');
    expect(dToFixed(toDec('85.5'), 2, 'half-up')).toBe('85.50');
    expect(dToFixed(toDec('2.5'), 0, 'half-even')).toBe('2');
    expect(() => dRound(DEC_ONE, -1, 'down')).toThrow(KinerjaError);
    expect(() => dToFixed(DEC_ONE, 0.5, 'down')).toThrow(KinerjaError);
  });

  it('sums and averages', () => {
    expect(fromDec(dSum([]))).toBe('0');
    expect(fromDec(dSum([toDec('0.1'), toDec('0.2'), toDec('0.3')]))).toBe('0.6');
    expect(fromDec(dMean([toDec('80'), toDec('85'), toDec('90.5')]))).toBe(`85.1${'6'.repeat(56)}7`);
    expect(() => dMean([])).toThrow(KinerjaError);
  });

  it('min and max return one of their arguments', () => {
    const a = toDec('3');
    const b = toDec('2.5');
    expect(dMin(a, b)).toBe(b);
    expect(dMax(a, b)).toBe(a);
    const c = toDec('3.0');
    expect(dMin(a, c)).toBe(a);
    expect(dMax(a, c)).toBe(a);
  });

  it('law: the Dec functions agree with the string API', () => {
    fc.assert(
      fc.property(decimalString, decimalString, fc.integer({ min: 0, max: 4 }), mode, (x, y, k, m) => {
        const a = toDec(x);
        const b = toDec(y);
        expect(fromDec(dAdd(a, b))).toBe(add(x, y));
        expect(fromDec(dSub(a, b))).toBe(subtract(x, y));
        expect(fromDec(dMul(a, b))).toBe(multiply(x, y));
        if (!dIsZero(b)) expect(fromDec(dDiv(a, b))).toBe(divide(x, y));
        expect(fromDec(dNeg(dNeg(a)))).toBe(fromDec(a));
        expect(fromDec(dAbs(a))).toBe(refTrim(stringToScaled(x.replace('-', ''))));
        const c = compare(x, y);
        expect(dCmp(a, b)).toBe(c);
        expect(dEq(a, b)).toBe(c === 0);
        expect(dLt(a, b)).toBe(c < 0);
        expect(dLte(a, b)).toBe(c <= 0);
        expect(dGt(a, b)).toBe(c > 0);
        expect(dGte(a, b)).toBe(c >= 0);
        expect(dIsNeg(a)).toBe(compare(x, 0) < 0);
        expect(fromDec(dMin(a, b))).toBe(fromDec(c <= 0 ? a : b));
        expect(fromDec(dMax(a, b))).toBe(fromDec(c >= 0 ? a : b));
        expect(dToFixed(a, k, m)).toBe(round(x, k, m));
        expect(fromDec(dRound(a, k, m))).toBe(fromDec(toDec(round(x, k, m))));
        expect(fromDec(dSum([a, b, a]))).toBe(add(add(x, y), x));
      }),
    );
  });

  it('values are immutable', () => {
    const a = toDec('1.5');
    dAdd(a, a);
    dNeg(a);
    dRound(a, 0, 'up');
    expect(fromDec(a)).toBe('1.5');
  });
});
