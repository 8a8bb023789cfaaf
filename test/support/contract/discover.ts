/**
 * Finds every public entry point from package.json's `exports` and every runtime export of each,
 * as the built package (dist/) has them, with the source module each name is re-exported from
 * (through the build's entry map in tsup.config.ts). A new entry point or export is covered
 * without editing the contract test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entries as tsupEntries } from '../../../tsup.config';

export interface EntryPoint {
  /** The specifier a user imports: `kinerja`, `kinerja/storage`, … */
  readonly specifier: string;
  /** The built ESM file, absolute. */
  readonly file: string;
  /** The source file, relative to the repository. */
  readonly source: string;
}

export interface PublicExport {
  readonly entry: EntryPoint;
  readonly name: string;
  readonly value: unknown;
  /** The `src/<module>` folder the name is re-exported from (`decimal`, `storage`, …). */
  readonly module: string;
}

/** The entry points named in package.json `exports`, with their built and source files. */
export function entryPoints(root: string): EntryPoint[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const sources = new Map<string, string>(Object.entries(tsupEntries));
  const out: EntryPoint[] = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    const built = JSON.stringify(target).match(/\.\/dist\/([\w-]+)\.js/);
    if (!built) continue; // package.json, JSON Schema files: data, not code
    const name = built[1] as string;
    const source = sources.get(name);
    if (!source) throw new Error(`package.json exports ${key} → dist/${name}.js, which no tsup entry builds`);
    const file = join(root, 'dist', `${name}.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: build first (npx tsup)`);
    out.push({ specifier: key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`, file, source });
  }
  return out;
}

/** Maps each exported name of an entry file to the module folder it comes from. */
function modulesOf(root: string, source: string): Map<string, string> {
  const text = readFileSync(join(root, source), 'utf8');
  const here = relative('src', source).split('/')[0] ?? '';
  const out = new Map<string, string>();
  for (const m of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const spec = m[2] as string;
    const first = spec.split('/').filter((p) => p !== '.' && p !== '..')[0] ?? '';
    const module = spec.startsWith('../') || here.endsWith('.ts') ? first : here;
    for (const raw of (m[1] as string).split(',')) {
      const name = raw
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) out.set(name, module);
    }
  }
  return out;
}

/** Every runtime export of every entry point, from the built package. */
export async function publicExports(root: string): Promise<PublicExport[]> {
  const out: PublicExport[] = [];
  for (const entry of entryPoints(root)) {
    const mod = (await import(entry.file)) as Record<string, unknown>;
    const modules = modulesOf(root, entry.source);
    for (const name of Object.keys(mod).sort()) {
      out.push({ entry, name, value: mod[name], module: modules.get(name) ?? '?' });
    }
  }
  return out;
}
