import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const HERE = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|cts|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

describe('decimal conventions', () => {
  it('only src/decimal imports decimal.js', () => {
    const offenders = sourceFiles(SRC)
      .filter((f) => !f.startsWith(HERE))
      .filter((f) =>
        /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]decimal\.js(\/[^'"]*)?['"]/.test(
          readFileSync(f, 'utf8'),
        ),
      )
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('src/decimal never configures the global Decimal nor uses float helpers', () => {
    const offenders = sourceFiles(HERE)
      .filter((f) => !f.endsWith('.test.ts'))
      .filter((f) =>
        /Decimal\.(set|config)\(|parseFloat|\.toFixed\(|Math\.round/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
