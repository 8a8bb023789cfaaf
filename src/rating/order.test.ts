import { describe, expect, it } from 'vitest';
import { comparePredikat, isAtLeast, PREDIKAT_RANK, predikatRank } from './order';

describe('predikat order', () => {
  it('ranks the national codes; cukup with butuh-perbaikan, buruk with sangat-kurang', () => {
    expect(predikatRank('sangat-baik')).toBe(5);
    expect(comparePredikat('cukup', 'butuh-perbaikan')).toBe(0);
    expect(comparePredikat('buruk', 'sangat-kurang')).toBe(0);
    expect(isAtLeast('baik', 'baik')).toBe(true);
    expect(isAtLeast('butuh-perbaikan', 'baik')).toBe(false);
  });

  it('knows no predikat named after an Object.prototype property', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(predikatRank(name)).toBeUndefined();
      expect(() => comparePredikat(name, 'baik')).toThrow(RangeError);
    }
    expect(Object.keys(PREDIKAT_RANK)).toHaveLength(7);
  });
});
