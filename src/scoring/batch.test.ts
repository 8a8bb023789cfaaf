import { describe, expect, it } from 'vitest';
import { unwrap } from '../explain/index';
import { type BatchProgress, scoreBatch } from './batch';
import { compileRuleset } from './compile';

const good = (i: number) => ({
  employee: { id: `e${i}` },
  ratings: {
    'hasil-kerja': i % 2 ? 'di-atas-ekspektasi' : 'sesuai-ekspektasi',
    perilaku: 'sesuai-ekspektasi',
  },
});

async function* lazy(n: number, bad: Set<number> = new Set()) {
  for (let i = 0; i < n; i++) yield bad.has(i) ? { ratings: { 'hasil-kerja': 'luar-biasa' } } : good(i);
}

describe('scoreBatch', () => {
  const compiled = unwrap(compileRuleset('permenpanrb-6-2022'));

  it('scores every input in order and keeps going past bad ones', async () => {
    const items = [];
    for await (const item of scoreBatch(compiled, lazy(10, new Set([3, 7])))) items.push(item);
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(items.filter((i) => !i.ok).map((i) => i.index)).toEqual([3, 7]);
    const first = items[0];
    expect(first?.ok && first.result.predikat).toBe('baik');
    const bad = items[3];
    expect(bad && !bad.ok && bad.issues.map((i) => i.code)).toContain('scoring.unknown-rating-code');
  });

  it('accepts plain iterables and reports progress, ending with done', async () => {
    const progress: BatchProgress[] = [];
    let n = 0;
    const inputs = Array.from({ length: 25 }, (_, i) => good(i));
    for await (const _ of scoreBatch(compiled, inputs, {
      progressEvery: 10,
      onProgress: (p) => progress.push(p),
    }))
      n++;
    expect(n).toBe(25);
    expect(progress).toEqual([
      { processed: 10, scored: 10, rejected: 0, done: false },
      { processed: 20, scored: 20, rejected: 0, done: false },
      { processed: 25, scored: 25, rejected: 0, done: true },
    ]);
  });

  it('pulls inputs lazily: it never reads ahead of what was consumed', async () => {
    let pulled = 0;
    function* counting() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield good(i);
      }
    }
    const it = scoreBatch(compiled, counting());
    await it.next();
    await it.next();
    expect(pulled).toBe(2);
    await it.return();
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    let n = 0;
    for await (const _ of scoreBatch(compiled, lazy(100), { signal: controller.signal })) {
      if (++n === 5) controller.abort();
    }
    expect(n).toBe(5);
  });
});
