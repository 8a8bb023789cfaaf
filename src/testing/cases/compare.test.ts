import { describe, expect, it } from 'vitest';
import { matches, showValue, valueAt } from './compare';

describe('matches (the comparison rules of policy cases)', () => {
  it('compares decimals by numeric value, strings and numbers alike', () => {
    expect(matches('85.5', '85.50')).toBe(true);
    expect(matches(85.5, '85.50')).toBe(true);
    expect(matches('0', '-0.00')).toBe(true);
    expect(matches('100', 100)).toBe(true);
    expect(matches('85.50', '85.51')).toBe(false);
    expect(matches(1, '1.0000001')).toBe(false);
  });

  it('compares non-decimal strings exactly', () => {
    expect(matches('baik', 'baik')).toBe(true);
    expect(matches('baik', 'Baik')).toBe(false);
    expect(matches('85.5', 'baik')).toBe(false);
    expect(matches('1e2', '100')).toBe(false); // "1e2" is not a decimal string
  });

  it('compares arrays of ids as sets', () => {
    expect(matches(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(matches([], [])).toBe(true);
    expect(matches(['a'], ['a', 'b'])).toBe(false);
    expect(matches(['a', 'b'], ['a'])).toBe(false);
    expect(matches(['a', 'a'], ['a'])).toBe(true);
  });

  it('compares other arrays in order, with the same rules inside', () => {
    expect(matches([1, '2.0'], ['1.00', 2])).toBe(true);
    expect(matches([1, 2], [2, 1])).toBe(false);
    expect(matches([{ a: 1 }], [{ a: '1.0' }])).toBe(true);
  });

  it('compares objects key by key in any order (JSON equality)', () => {
    expect(matches({ id: 'pp46-2011', version: 1 }, { version: 1, id: 'pp46-2011' })).toBe(true);
    expect(matches({ id: 'pp46-2011' }, { id: 'pp46-2011', version: 1 })).toBe(false);
    expect(matches({ a: { b: '85.5' } }, { a: { b: '85.50' } })).toBe(true);
    expect(matches({ a: undefined, b: 1 }, { b: 1 })).toBe(true);
  });

  it('compares null, booleans and mixed types by JSON equality', () => {
    expect(matches(null, null)).toBe(true);
    expect(matches(true, true)).toBe(true);
    expect(matches(false, 0)).toBe(false);
    expect(matches(null, 'null')).toBe(false);
    expect(matches({}, [])).toBe(false);
  });

  it('never matches a missing value, not even an expected null', () => {
    expect(matches(null, undefined)).toBe(false);
    expect(matches(undefined, undefined)).toBe(false);
  });
});

describe('valueAt', () => {
  const result = {
    score: '85.50',
    components: { 'hasil-kerja': { rating: 'sesuai-ekspektasi' } },
    indicators: { 'k-1': { aspects: { waktu: '76.00' } } },
    list: ['a', 'b'],
  };

  it('splits on dots only, so ids may contain "-"', () => {
    expect(valueAt(result, 'components.hasil-kerja.rating')).toBe('sesuai-ekspektasi');
    expect(valueAt(result, 'indicators.k-1.aspects.waktu')).toBe('76.00');
  });

  it('indexes arrays with whole numbers', () => {
    expect(valueAt(result, 'list.1')).toBe('b');
    expect(valueAt(result, 'list.2')).toBeUndefined();
    expect(valueAt(result, 'list.01')).toBeUndefined();
    expect(valueAt(result, 'list.length')).toBeUndefined();
  });

  it('gives undefined for a missing path, never an inherited property', () => {
    expect(valueAt(result, 'components.skp.score')).toBeUndefined();
    expect(valueAt(result, 'score.length')).toBeUndefined();
    expect(valueAt(result, 'constructor')).toBeUndefined();
    expect(valueAt(result, '__proto__')).toBeUndefined();
  });
});

describe('showValue', () => {
  it('shows JSON, and (missing) for undefined', () => {
    expect(showValue('85.50')).toBe('"85.50"');
    expect(showValue(null)).toBe('null');
    expect(showValue(['a'])).toBe('["a"]');
    expect(showValue(undefined)).toBe('(missing)');
  });

  it('shortens long values', () => {
    const s = showValue('x'.repeat(500));
    expect(s.length).toBe(200);
    expect(s.endsWith('…')).toBe(true);
  });
});
