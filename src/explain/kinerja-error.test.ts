import { describe, expect, it } from 'vitest';
import { issue, KinerjaError } from './index';
import { commonMessages } from './messages/common';

describe('KinerjaError: the constructor never throws', () => {
  it('accepts garbage issues and keeps a readable message', () => {
    const garbage: unknown[] = [
      undefined,
      null,
      'x',
      42,
      {},
      [undefined],
      [null],
      [{ path: 'nope', message: null }],
      [{ path: [{}], message: { en: 3 } }],
      [JSON.parse('{"toString":1,"valueOf":1}')],
      // biome-ignore lint/suspicious/noSparseArray: a hole is the point of the test
      [, issue(commonMessages, 'input.required', ['a'])],
    ];
    for (const g of garbage) {
      const e = new KinerjaError(g as never, {} as never);
      expect(e).toBeInstanceOf(Error);
      expect(typeof e.message).toBe('string');
      expect(Array.isArray(e.issues)).toBe(true);
    }
    expect(new KinerjaError(undefined as never).message).toBe('Invalid input');
  });
  it('formats a real issue as before', () => {
    const e = new KinerjaError([issue(commonMessages, 'input.required', ['period', 'start'])], 'evaluation');
    expect(e.message).toBe('Invalid evaluation: period.start: Required');
    expect(e.issues).toHaveLength(1);
  });
});
