/**
 * The architecture test: every import in src/ (static, `export … from`, dynamic `import()`, and type
 * imports too) must follow the dependency direction below, else the test lists each offending
 * `file → import`.
 *
 * The layering puts `rating` and `assessment` below `scoring`, unlike a first sketch
 * (`ruleset ← scoring ← rating`): scoring bands its results into predikat and reconciles raters
 * with the ruleset's policy, so it builds on rating and assessment, not the other way round.
 *
 * Test files (`*.test.ts`) and test-only helpers beside them (`test-support.ts`, `*.test-support.ts`,
 * which may import dev dependencies such as fast-check) are outside the layering; instead, no other
 * source file may import a test-only helper, so none of it can reach the package.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

/** Modules (top-level folders of src/) and the modules each may import besides itself. */
const direct: Record<string, readonly string[]> = {
  explain: [], // a leaf every module may use
  decimal: ['explain'],
  date: ['explain'],
  packs: [], // plain data
  ruleset: ['decimal', 'date', 'explain', 'packs'],
  rating: ['ruleset'],
  assessment: ['rating'],
  scoring: ['rating', 'assessment'],
  periods: ['scoring'],
  organisation: ['scoring'],
  career: ['scoring'],
  workflow: ['periods', 'organisation', 'career'],
  storage: ['workflow'],
  // The registry of public data formats (their one schema each, and JSON Schemas) over every domain
  // module; testing and the public entry points read it, it reads neither testing nor cli.
  formats: ['storage'],
};

/** External packages a module may import (inherited upwards, except the exclusive ones). */
const externals: Record<string, readonly string[]> = {
  explain: ['zod'], // schemas are the single source of every format, in every module
  decimal: ['decimal.js'],
  date: ['date-fns'],
  ruleset: ['zod'],
  // kysely for the SQL store; the drivers only for openStore's URLs (dynamic imports).
  storage: ['kysely', 'better-sqlite3', 'pg', 'mysql2'],
};

/** Packages only one module may import. */
const exclusive: Record<string, string> = { 'decimal.js': 'decimal', 'date-fns': 'date' };

/** Modules that may import node built-ins. */
const nodeAllowed = new Set(['cli', 'storage', 'testing']);

/** The public entry points the CLI may import (besides its own files). */
const cliEntryPoints = new Set([
  'src/index.ts',
  'src/decimal/public.ts',
  'src/date/public.ts',
  'src/storage/index.ts',
  'src/testing/index.ts',
]);

function closure(module: string, seen = new Set<string>()): Set<string> {
  for (const dep of direct[module] ?? []) {
    if (!seen.has(dep)) {
      seen.add(dep);
      closure(dep, seen);
    }
  }
  return seen;
}

function allowedExternals(module: string): Set<string> {
  const out = new Set<string>(externals[module] ?? []);
  for (const dep of closure(module)) {
    for (const pkg of externals[dep] ?? []) if (exclusive[pkg] === undefined) out.add(pkg);
  }
  return out;
}

/** One import: the importing file (relative to the repository, with `/`) and the specifier. */
interface ImportEdge {
  readonly file: string;
  readonly specifier: string;
  /** For relative specifiers: the resolved target, relative to the repository (`src/x/y.ts`). */
  readonly target?: string;
}

const builtins = new Set(builtinModules);
function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? '');
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The module of a file under src/ (`src/ruleset/x.ts` → `ruleset`; `src/index.ts` → `index`). */
function moduleOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src') return undefined;
  if (parts.length === 2) return parts[1] === 'index.ts' ? 'index' : `(src root file ${parts[1]})`;
  return parts[1];
}

/** Whether a file is a test or a test-only helper. */
function isTestOnly(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /(^|\/|\.)test-support\.ts$/.test(file);
}

/** Checks import edges and returns every violation as `file → specifier (reason)`. */
function findViolations(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  const bad = (e: ImportEdge, why: string) => out.push(`${e.file} → ${e.specifier} (${why})`);
  for (const e of edges) {
    if (isTestOnly(e.file)) continue;
    if (e.target !== undefined && isTestOnly(e.target)) {
      bad(e, 'only tests may import test files and test-only helpers');
      continue;
    }
    const from = moduleOf(e.file);
    if (from === undefined || from.startsWith('(')) {
      bad(e, `${e.file} is not inside a module folder of src/`);
      continue;
    }
    const known = from === 'index' || from === 'cli' || from === 'testing' || from in direct;
    if (!known) {
      bad(e, `unknown module "${from}": add it to the architecture test`);
      continue;
    }
    if (e.target === undefined) {
      // A package or a node built-in.
      if (isBuiltin(e.specifier)) {
        if (!nodeAllowed.has(from))
          bad(e, `node built-ins are allowed only in ${[...nodeAllowed].join(', ')}`);
        continue;
      }
      const pkg = packageName(e.specifier);
      const owner = exclusive[pkg];
      if (owner !== undefined && owner !== from && from !== 'testing') {
        bad(e, `only ${owner} may import ${pkg}`);
        continue;
      }
      if (from === 'testing') continue;
      if (from === 'cli') {
        if (pkg !== 'yaml' && pkg !== 'tinyglobby')
          bad(e, 'cli may import only node built-ins, yaml and tinyglobby');
        continue;
      }
      if (from === 'index') {
        bad(e, 'src/index.ts re-exports modules; it imports no package');
        continue;
      }
      if (!allowedExternals(from).has(pkg)) bad(e, `${from} may not import ${pkg}`);
      continue;
    }
    const to = moduleOf(e.target);
    if (from === 'cli') {
      if (to === 'cli' || cliEntryPoints.has(e.target) || e.target === 'package.json') continue;
      bad(
        e,
        'cli may import only the public entry points (src/index.ts, src/storage/index.ts, src/testing/index.ts)',
      );
      continue;
    }
    if (to === undefined) {
      bad(e, `imports ${e.target}, outside src/`);
      continue;
    }
    if (to === from) continue;
    if (to === 'testing') {
      if (from !== 'testing') bad(e, 'nothing outside src/testing imports it');
      continue;
    }
    if (from === 'testing') continue;
    if (from === 'index') {
      if (to === 'cli') bad(e, 'src/index.ts must not import cli');
      continue;
    }
    if (to === 'index') {
      bad(e, 'modules import each other directly, never the public entry point');
      continue;
    }
    if (to === 'cli') {
      bad(e, 'nothing imports cli');
      continue;
    }
    if (!closure(from).has(to)) bad(e, `${from} may not depend on ${to}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|cts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
      out.push(path);
  }
  return out;
}

function resolveTarget(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
  return relative(root, hit).split(sep).join('/');
}

/** Every import edge of src/ (test files included: findViolations skips them). */
function collectEdges(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const path of sourceFiles(src)) {
    const file = relative(root, path).split(sep).join('/');
    const info = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    for (const { fileName: specifier } of info.importedFiles) {
      edges.push(
        specifier.startsWith('.')
          ? { file, specifier, target: resolveTarget(path, specifier) }
          : { file, specifier },
      );
    }
  }
  return edges;
}

describe('architecture', () => {
  const edges = collectEdges();

  it('reads the imports of src/ (so it cannot pass vacuously)', () => {
    expect(edges.filter((e) => !isTestOnly(e.file)).length).toBeGreaterThan(50);
    expect(edges.some((e) => e.file === 'src/cli/main.ts' && e.target === 'src/index.ts')).toBe(true);
    expect(edges.some((e) => e.file.startsWith('src/decimal/') && e.specifier === 'decimal.js')).toBe(true);
  });

  it('every import follows the dependency direction', () => {
    expect(findViolations(edges)).toEqual([]);
  });

  it('detects violations (self-test on a synthetic import list)', () => {
    const synthetic: ImportEdge[] = [
      { file: 'src/ruleset/parse.ts', specifier: '../decimal/index', target: 'src/decimal/index.ts' }, // fine
      { file: 'src/explain/result.ts', specifier: './issue', target: 'src/explain/issue.ts' }, // fine
      { file: 'src/decimal/parse.ts', specifier: '../ruleset/index', target: 'src/ruleset/index.ts' },
      { file: 'src/ruleset/parse.ts', specifier: 'decimal.js' },
      { file: 'src/scoring/score.ts', specifier: 'date-fns' },
      { file: 'src/rating/bands.ts', specifier: '../scoring/index', target: 'src/scoring/index.ts' },
      { file: 'src/packs/index.ts', specifier: '../ruleset/index', target: 'src/ruleset/index.ts' },
      { file: 'src/ruleset/read.ts', specifier: 'node:fs' },
      { file: 'src/cli/main.ts', specifier: '../ruleset/index', target: 'src/ruleset/index.ts' },
      { file: 'src/cli/main.ts', specifier: 'zod' },
      { file: 'src/workflow/x.ts', specifier: '../testing/index', target: 'src/testing/index.ts' },
      { file: 'src/index.ts', specifier: './cli/main', target: 'src/cli/main.ts' },
      { file: 'src/scoring/x.ts', specifier: '../index', target: 'src/index.ts' },
      { file: 'src/widgets/x.ts', specifier: '../explain/index', target: 'src/explain/index.ts' },
      { file: 'src/storage/sql.ts', specifier: 'kysely' }, // fine
      { file: 'src/cli/main.ts', specifier: 'yaml' }, // fine
      { file: 'src/decimal/test-support.ts', specifier: 'fast-check' }, // fine: test-only helper
      { file: 'src/decimal/dec.test.ts', specifier: '../ruleset/index', target: 'src/ruleset/index.ts' }, // fine: a test
      { file: 'src/decimal/dec.ts', specifier: './test-support', target: 'src/decimal/test-support.ts' },
      { file: 'src/cli/main.ts', specifier: '../storage/index', target: 'src/storage/index.ts' }, // fine
      { file: 'src/testing/arb.ts', specifier: 'fast-check' }, // fine
      { file: 'src/formats/registry.ts', specifier: '../career/index', target: 'src/career/index.ts' }, // fine
      { file: 'src/testing/cases/x.ts', specifier: '../../formats/index', target: 'src/formats/index.ts' }, // fine
      { file: 'src/formats/registry.ts', specifier: '../testing/index', target: 'src/testing/index.ts' },
      { file: 'src/storage/x.ts', specifier: '../formats/index', target: 'src/formats/index.ts' },
    ];
    const found = findViolations(synthetic);
    expect(found).toEqual([
      'src/decimal/parse.ts → ../ruleset/index (decimal may not depend on ruleset)',
      'src/ruleset/parse.ts → decimal.js (only decimal may import decimal.js)',
      'src/scoring/score.ts → date-fns (only date may import date-fns)',
      'src/rating/bands.ts → ../scoring/index (rating may not depend on scoring)',
      'src/packs/index.ts → ../ruleset/index (packs may not depend on ruleset)',
      'src/ruleset/read.ts → node:fs (node built-ins are allowed only in cli, storage, testing)',
      'src/cli/main.ts → ../ruleset/index (cli may import only the public entry points (src/index.ts, src/storage/index.ts, src/testing/index.ts))',
      'src/cli/main.ts → zod (cli may import only node built-ins, yaml and tinyglobby)',
      'src/workflow/x.ts → ../testing/index (nothing outside src/testing imports it)',
      'src/index.ts → ./cli/main (src/index.ts must not import cli)',
      'src/scoring/x.ts → ../index (modules import each other directly, never the public entry point)',
      'src/widgets/x.ts → ../explain/index (unknown module "widgets": add it to the architecture test)',
      'src/decimal/dec.ts → ./test-support (only tests may import test files and test-only helpers)',
      'src/formats/registry.ts → ../testing/index (nothing outside src/testing imports it)',
      'src/storage/x.ts → ../formats/index (storage may not depend on formats)',
    ]);
  });
});
