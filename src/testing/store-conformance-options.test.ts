import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../explain/index';
import { describeStoreConformance } from './store-conformance';

describe('describeStoreConformance checks its options first', () => {
  it('throws one KinerjaError (never a TypeError) for options it cannot use, and registers nothing', () => {
    const registered: string[] = [];
    const api = { describe: (name: string) => registered.push(name), it: () => {} };
    for (const options of [
      undefined,
      null,
      42,
      {},
      { name: 'x', api },
      { name: 'x', api: {}, fc: {}, createStore: 1 },
    ]) {
      expect(() => describeStoreConformance(options as never)).toThrow(KinerjaError);
    }
    try {
      describeStoreConformance({
        name: 'x',
        api,
        fc: {},
        createStore: async () => ({}),
        skip: ['nope'],
      } as never);
    } catch (e) {
      const paths = (e as KinerjaError).issues.map((i) => i.path.join('.'));
      expect(paths).toContain('options.skip.0');
      expect(paths).toContain('options.fc.integer');
    }
    expect(registered).toEqual([]);
  });
});
