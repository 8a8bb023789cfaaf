import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecimalString } from '../decimal/index';
import { checkPartition, findInterval, type Interval } from './intervals';

const d = (n: number) => String(n) as DecimalString;

/** Generates a valid partition of [0, top] from sorted distinct cut points and random edge ownership. */
const partition = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 8 }),
    fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  )
  .map(([cuts, owners]) => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), 1000];
    const bands: Interval[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const lowerOwnsLeftEdge = i === 0 ? true : !(owners[i - 1] ?? false);
      const ownsRight = i === points.length - 2 ? true : (owners[i] ?? false);
      bands.push({
        min: d(points[i] ?? 0),
        max: d(points[i + 1] ?? 0),
        minInclusive: lowerOwnsLeftEdge,
        maxInclusive: ownsRight,
      });
    }
    return bands;
  });

const domain = { min: d(0), max: d(1000) };

describe('checkPartition', () => {
  it('property: a generated partition has no issue, in any order', () => {
    fc.assert(
      fc.property(partition, fc.integer(), (bands, seed) => {
        const shuffled = [...bands].sort(
          (a, b) => ((Number(a.min) * 31 + seed) % 7) - ((Number(b.min) * 31 + seed) % 7),
        );
        expect(checkPartition(domain, shuffled, ['b'])).toEqual([]);
      }),
    );
  });

  it('property: every integer point of the domain falls in exactly one band', () => {
    fc.assert(
      fc.property(partition, fc.integer({ min: 0, max: 1000 }), (bands, x) => {
        const hits = bands.filter((_, i) => findInterval([bands[i] as Interval], d(x)) === 0);
        expect(hits.length).toBe(1);
      }),
    );
  });

  it('property: removing an inner band leaves a gap that is reported', () => {
    fc.assert(
      fc.property(
        partition.filter((b) => b.length >= 3),
        fc.nat(),
        (bands, k) => {
          const drop = 1 + (k % (bands.length - 2));
          const issues = checkPartition(
            domain,
            bands.filter((_, i) => i !== drop),
            ['b'],
          );
          expect(issues.map((i) => i.code)).toContain('ruleset.band-gap');
        },
      ),
    );
  });

  it('property: flipping one shared edge to both-inclusive is an overlap', () => {
    fc.assert(
      fc.property(
        partition.filter((b) => b.length >= 2),
        fc.nat(),
        (bands, k) => {
          const at = k % (bands.length - 1);
          const changed = bands.map((b, i) =>
            i === at ? { ...b, maxInclusive: true } : i === at + 1 ? { ...b, minInclusive: true } : b,
          );
          expect(checkPartition(domain, changed, ['b']).map((i) => i.code)).toEqual(['ruleset.band-overlap']);
        },
      ),
    );
  });
});
