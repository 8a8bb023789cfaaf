import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/index';
import {
  compare,
  equals,
  greaterThan,
  greaterThanOrEqual,
  isNegative,
  isPositive,
  isZero,
  lessThan,
  lessThanOrEqual,
  subtract,
} from './index';
import { decimalString, refCmp, stringToScaled } from './test-support';

describe('compare: examples', () => {
  it('compares by numeric value, whatever the scale written', () => {
    expect(compare('85.50', '85.5')).toBe(0);
    expect(compare('-1', 0)).toBe(-1);
    expect(compare('10', '9.99')).toBe(1);
    expect(compare('-0', '0.00')).toBe(0);
    expect(['10', '9.5', '-2'].sort(compare)).toEqual(['-2', '9.5', '10']);
    expect(equals('85.50', 85.5)).toBe(true);
    expect(equals('1', '1.01')).toBe(false);
    expect(lessThan('9.99', '10')).toBe(true);
    expect(lessThan('10', '10')).toBe(false);
    expect(lessThanOrEqual('10.00', '10')).toBe(true);
    expect(greaterThan('90.01', 90)).toBe(true);
    expect(greaterThan('90', 90)).toBe(false);
    expect(greaterThanOrEqual('90', '90.00')).toBe(true);
  });

  it('classifies signs; zero is neither negative nor positive', () => {
    expect(isZero('0.00')).toBe(true);
    expect(isZero('-0')).toBe(true);
    expect(isZero('0.001')).toBe(false);
    expect(isNegative('-0.01')).toBe(true);
    expect(isNegative('-0')).toBe(false);
    expect(isNegative('0')).toBe(false);
    expect(isPositive('0.01')).toBe(true);
    expect(isPositive('0')).toBe(false);
    expect(isPositive('-3')).toBe(false);
  });

  it('throws KinerjaError on invalid input', () => {
    expect(() => compare('a', '1')).toThrow(KinerjaError);
    // The predicates never throw: not a decimal is simply not zero, negative or positive.
    expect(isZero(Number.POSITIVE_INFINITY)).toBe(false);
    expect(isZero(JSON.parse('{"valueOf":0}'))).toBe(false);
  });
});

describe('compare laws (total order)', () => {
  it('agrees with the BigInt reference order', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (x, y) => {
        expect(compare(x, y)).toBe(refCmp(stringToScaled(x), stringToScaled(y)));
      }),
    );
  });

  it('reflexivity: compare(x, x) = 0', () => {
    fc.assert(fc.property(decimalString, (x) => compare(x, x) === 0 && equals(x, x)));
  });

  it('antisymmetry: compare(x, y) = −compare(y, x)', () => {
    fc.assert(fc.property(decimalString, decimalString, (x, y) => compare(x, y) === -compare(y, x) + 0));
  });

  it('transitivity: x ≤ y and y ≤ z imply x ≤ z', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compare) as [string, string, string];
        expect(lessThanOrEqual(x, y) && lessThanOrEqual(y, z)).toBe(true);
        expect(lessThanOrEqual(x, z)).toBe(true);
      }),
    );
  });

  it('totality: exactly one of x < y, x = y, x > y', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (x, y) => {
        const holds = [lessThan(x, y), equals(x, y), greaterThan(x, y)].filter(Boolean);
        expect(holds).toHaveLength(1);
        expect(lessThanOrEqual(x, y)).toBe(!greaterThan(x, y));
        expect(greaterThanOrEqual(x, y)).toBe(!lessThan(x, y));
      }),
    );
  });

  it('consistent with the sign of the difference', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (x, y) => {
        const d = subtract(x, y);
        const sign = isNegative(d) ? -1 : isPositive(d) ? 1 : 0;
        expect(compare(x, y)).toBe(sign);
        expect(isZero(d)).toBe(sign === 0);
      }),
    );
  });
});
