/**
 * Honest dependencies: `dependencies` in package.json lists exactly the packages the shipped code
 * (dist/ and bin/) imports at run time. Every bare import of a shipped JavaScript file (static
 * `import … from`, `export … from`, side-effect `import '…'`, dynamic `import('…')` and
 * `require('…')`, read with TypeScript's scanner, not a regular expression) must be in
 * `dependencies` or `peerDependencies`; every entry of `dependencies` must be imported by some
 * shipped file; the declaration files may only name dependencies and peers. Node built-ins (with or
 * without `node:`) are not packages. An import by a computed name (`import(name)`, the optional
 * SQL drivers of `openStore`) cannot be read and is not counted.
 *
 * Reads the build: `npm test` builds first (or `npx tsup --silent`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');
const builtins = new Set(builtinModules);

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for a relative path or a Node built-in. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  return builtins.has(name) || builtins.has(specifier) ? null : name;
}

/** The packages one source text imports (every form TypeScript's pre-processor reads). */
function importedPackages(text: string): Set<string> {
  const out = new Set<string>();
  for (const f of ts.preProcessFile(text, true, true).importedFiles) {
    const name = packageOf(f.fileName);
    if (name !== null) out.add(name);
  }
  return out;
}

/** Files under `dir`, recursively, relative to the repository. */
function filesUnder(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

const isDeclaration = (f: string) => /\.d\.[cm]?ts$/.test(f);
const isCode = (f: string) => /\.[cm]?js$/.test(f);

/** Package → the shipped files importing it, for run time (JavaScript) and for types (declarations). */
function shippedImports(): { runtime: Map<string, string[]>; types: Map<string, string[]> } {
  const runtime = new Map<string, string[]>();
  const types = new Map<string, string[]>();
  for (const file of [...filesUnder('dist'), ...filesUnder('bin')]) {
    const into = isDeclaration(file) ? types : isCode(file) ? runtime : undefined;
    if (into === undefined) continue;
    for (const name of importedPackages(readFileSync(join(root, file), 'utf8'))) {
      into.set(name, [...(into.get(name) ?? []), file]);
    }
  }
  return { runtime, types };
}

/** What is wrong between the imports and package.json, one line each; empty when they agree. */
function dependencyProblems(
  imports: { runtime: ReadonlyMap<string, readonly string[]>; types: ReadonlyMap<string, readonly string[]> },
  manifest: { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> },
): string[] {
  const deps = new Set(Object.keys(manifest.dependencies ?? {}));
  const peers = new Set(Object.keys(manifest.peerDependencies ?? {}));
  const problems: string[] = [];
  for (const [name, files] of [...imports.runtime].sort()) {
    if (!deps.has(name) && !peers.has(name))
      problems.push(
        `${name} is imported at run time (${files[0]}) but is not in dependencies or peerDependencies`,
      );
  }
  for (const name of [...deps].sort()) {
    if (!imports.runtime.has(name))
      problems.push(`${name} is in dependencies but nothing in dist/ or bin/ imports it (a devDependency?)`);
  }
  for (const [name, files] of [...imports.types].sort()) {
    if (!deps.has(name) && !peers.has(name))
      problems.push(
        `${name} is named by the declarations (${files[0]}) but is not in dependencies or peerDependencies`,
      );
  }
  return problems;
}

describe('the import reader', () => {
  it('reads every form of import, scoped names and subpaths, and skips built-ins and relative paths', () => {
    const text = [
      "import a from 'alpha';",
      'import { b } from "@scope/beta/sub/path.js";',
      "export { c } from 'gamma/feature';",
      "export * from 'delta';",
      "import 'side-effect';",
      "const e = await import('epsilon');",
      "const f = require('zeta');",
      "import g from './chunk-ABC.js';",
      "const h = require('../x.cjs');",
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "const t = require('timers/promises');",
      'const dyn = await import(name);',
      "const text = 'this is not an import from somewhere';",
    ].join('\n');
    expect([...importedPackages(text)].sort()).toEqual([
      '@scope/beta',
      'alpha',
      'delta',
      'epsilon',
      'gamma',
      'side-effect',
      'zeta',
    ]);
  });

  it('reports an unlisted import, an unused dependency and an unlisted type import', () => {
    const problems = dependencyProblems(
      {
        runtime: new Map([
          ['zod', ['dist/index.js']],
          ['yaml', ['dist/cli.js']],
        ]),
        types: new Map([['kysely', ['dist/storage.d.ts']]]),
      },
      { dependencies: { 'decimal.js': '^10', zod: '^4' } },
    );
    expect(problems).toEqual([
      'yaml is imported at run time (dist/cli.js) but is not in dependencies or peerDependencies',
      'decimal.js is in dependencies but nothing in dist/ or bin/ imports it (a devDependency?)',
      'kysely is named by the declarations (dist/storage.d.ts) but is not in dependencies or peerDependencies',
    ]);
  });
});

describe('package.json dependencies', () => {
  const imports = shippedImports();

  it('the build is there to read (npm test builds first)', () => {
    expect(existsSync(join(root, 'dist', 'index.js')), 'dist/index.js is missing: run npx tsup first').toBe(
      true,
    );
    expect(imports.runtime.size).toBeGreaterThan(0);
  });

  it('are exactly the packages dist/ and bin/ import at run time (with the peers)', () => {
    expect(dependencyProblems(imports, pkg)).toEqual([]);
  });

  it('leave the reference oracles of the property tests (decimal.js, date-fns) to devDependencies', () => {
    const dev: Record<string, string> = pkg.devDependencies;
    for (const name of ['decimal.js', 'date-fns']) {
      expect(Object.keys(pkg.dependencies)).not.toContain(name);
      expect(dev[name]).toBeDefined();
      expect(imports.runtime.has(name)).toBe(false);
    }
  });
});
