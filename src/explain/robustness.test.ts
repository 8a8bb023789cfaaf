import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH } from './input-guard';
import { describeStep, renderTree } from './render';
import { formatIssue, formatPath, KinerjaError, unwrap } from './result';

/** Regressions of the contract: each call below threw a TypeError or overflowed the stack before. */
describe('the explain helpers never throw on data they did not make', () => {
  it('formatPath and formatIssue take anything', () => {
    expect(formatPath(undefined as never)).toBe('(root)');
    expect(formatPath([Symbol('s'), {}, 'a b'] as never)).toBe('["s"]["[object Object]"]["a b"]');
    expect(formatIssue(undefined as never)).toBe('(root): undefined');
    expect(formatIssue({ path: ['x'], code: 'c' } as never, null as never)).toBe('x: c');
  });

  it('describeStep and renderTree render a non-step as such, in the locale', () => {
    expect(describeStep(null as never, 'id')).toBe('(bukan langkah penjelasan)');
    expect(describeStep({ code: 'x', inputs: { a: Number.NaN, b: {} } } as never, 'xx' as never)).toBe('x: ');
    expect(renderTree(undefined as never)).toEqual(['(not an explanation step)']);
  });

  it('renderTree stops at the input depth limit instead of overflowing the stack', () => {
    let node: { code: string; children: unknown[] } = { code: 'leaf', children: [] };
    for (let i = 0; i < 10_000; i++) node = { code: 'n', children: [node] };
    const lines = renderTree(node as never);
    expect(lines).toHaveLength(MAX_INPUT_DEPTH + 1);
    expect(lines.at(-1)).toContain(`at most ${MAX_INPUT_DEPTH} levels`);
  });

  it('unwrap throws a KinerjaError for anything but a successful Result', () => {
    expect(() => unwrap(undefined as never)).toThrow(KinerjaError);
    expect(() => unwrap({ ok: false, issues: 'x' } as never)).toThrow(KinerjaError);
    expect(new KinerjaError(undefined as never).issues).toEqual([]);
  });
});
