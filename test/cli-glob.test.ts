import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globFiles, segmentMatches } from '../src/cli/glob';
import { cli, tempDir } from './support/cli';

/** The old matcher of one segment, as a regular expression (fine for short names). */
function reference(segment: string, name: string): boolean {
  if (name.startsWith('.') && !segment.startsWith('.')) return false;
  let source = '';
  for (const ch of segment) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(name);
}

const STACK = /^\s+at /m;
const LONG = 'a'.repeat(40);

describe('glob: segments with several stars', () => {
  it('segmentMatches agrees with a regular expression on short names', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '*', '?');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 8 }),
        fc.string({ unit: alphabet, maxLength: 10 }),
        (segment, name) => {
          const n = name.replace(/[*?]/g, 'x');
          expect(segmentMatches(segment, n)).toBe(reference(segment, n));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('*a*a*a*a*a*a*a*a*a*a*b against a 40-character name: no match, found without backtracking', async () => {
    const dir = await tempDir({ [LONG]: '{}', [`${LONG}b`]: '{}' });
    expect(globFiles('*a*a*a*a*a*a*a*a*a*a*b', dir)).toEqual([`${LONG}b`]);
    expect(globFiles(`*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c`, dir)).toEqual([]);
    expect(globFiles('**/*a*a*a*a*a*a*a*a*a*a*a*', dir)).toEqual([LONG, `${LONG}b`]);
  });

  it('kinerja validate with such a pattern: exit 2 when nothing matches, no stack trace', async () => {
    const dir = await tempDir({ [LONG]: '{}' });
    const r = await cli(['validate', '*a*a*a*a*a*a*a*a*a*a*b'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'kinerja validate: no file matches "*a*a*a*a*a*a*a*a*a*a*b"\nRun "kinerja validate --help" for usage.\n',
    );
    const all = await cli(['validate', '*a*a*a*a*a*a*a*a*a*a*'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain(`${LONG}: schemaVersion:`);
    expect(r.stderr + all.stderr + all.stdout).not.toMatch(STACK);
  });
});

describe('glob: kept as documented', () => {
  it('brackets, braces and other signs are literal; only * ? ** are wildcards', async () => {
    const dir = await tempDir({
      'x[1].json': '{}',
      'x1.json': '{}',
      '{a,b}.json': '{}',
      'a.json': '{}',
      '!n.json': '{}',
    });
    expect(globFiles('x[1]*', dir)).toEqual(['x[1].json']);
    expect(globFiles('{a,b}*', dir)).toEqual(['{a,b}.json']);
    expect(globFiles('!*', dir)).toEqual(['!n.json']);
    expect(globFiles('?.json', dir)).toEqual(['a.json']);
  });

  it('patterns with several stars and ** in the middle; absolute and ./ spellings', async () => {
    const dir = await tempDir({
      'p/a/x.cases.json': '{}',
      'p/a/b/y.cases.json': '{}',
      'p/.dot/z.cases.json': '{}',
      'p/a/b/c/skip.json': '{}',
    });
    expect(globFiles('p/**/*.c*s*.json', dir)).toEqual(['p/a/b/y.cases.json', 'p/a/x.cases.json']);
    expect(globFiles('./p/*/**/*a*e*', dir)).toEqual(['./p/a/b/y.cases.json', './p/a/x.cases.json']);
    expect(globFiles(`${dir}/p/**/b/*`, '/')).toEqual([`${dir}/p/a/b/y.cases.json`]);
    expect(globFiles('p/.*/*', dir)).toEqual(['p/.dot/z.cases.json']);
  });

  it('links are not followed by a pattern; a folder named literally before the pattern may be one', async () => {
    const dir = await tempDir({ 'real/r.json': '{}', 'top/t.json': '{}' });
    await symlink(join(dir, 'real'), join(dir, 'top', 'link'));
    await symlink(join(dir, 'real', 'r.json'), join(dir, 'top', 'file.json'));
    await mkdir(join(dir, 'top', 'empty'));
    await writeFile(join(dir, 'top', 'empty', '.keep'), '');
    expect(globFiles('top/**/*.json', dir)).toEqual(['top/t.json']);
    expect(globFiles('top/*/*.json', dir)).toEqual([]);
    expect(globFiles('top/link/*.json', dir)).toEqual(['top/link/r.json']);
  });
});
