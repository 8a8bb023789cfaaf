import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// Optional packages of kinerja/storage, loaded only when a store needs them: never bundled.
const optional = ['kysely', 'better-sqlite3', 'pg', 'mysql2'];

// The public entry points (package.json `exports`), by output name.
export const entries: Record<string, string> = {
  index: 'src/index.ts',
  testing: 'src/testing/index.ts',
  storage: 'src/storage/index.ts',
  decimal: 'src/decimal/public.ts',
  date: 'src/date/public.ts',
};

// Every other module is emitted as a file of its own (dist/<folder>/<name>.js), so that an
// application's bundler keeps only the modules it uses (package.json `sideEffects: false`): the
// messages and packs of a module come only with the code that uses them. The command line
// (dist/cli.js, ESM only) imports the library's modules rather than carrying a copy of them.
const isModule = (f: string) =>
  f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('test-support.ts');
const library: Record<string, string> = { ...entries };
const cli: Record<string, string> = { cli: 'src/cli/main.ts' };
const named = new Set([...Object.values(entries), ...Object.values(cli)]);
for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' }).sort()) {
  const file = `src/${f.split('\\').join('/')}`;
  if (!isModule(file) || named.has(file)) continue;
  (file.startsWith('src/cli/') ? cli : library)[file.slice('src/'.length, -'.ts'.length)] = file;
}
const modules = { ...library, ...cli };
const outName = new Map(Object.entries(modules).map(([name, file]) => [resolve(file), name]));

/**
 * Keeps every module of the library a module of its own: relative imports stay imports of the ESM
 * files. The CommonJS entry points (dist/index.cjs, …) are built with it too: they `require()` the
 * same ESM modules (Node.js 20.19 and later load ES modules with `require`), so an application that
 * uses both module systems still has one copy of the engine, and the package carries one.
 */
function preserveModules(): Plugin {
  return {
    name: 'kinerja-preserve-modules',
    setup(build) {
      const ext = '.js';
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        // Entry points, and data files (package.json): bundled as usual.
        if (args.kind === 'entry-point' || !/(^|\/)[^./]+$|\.ts$/.test(args.path)) return undefined;
        const base = resolve(args.resolveDir, args.path);
        const file = [base, `${base}.ts`, join(base, 'index.ts')].find(
          (f) => f.endsWith('.ts') && existsSync(f),
        );
        const from = outName.get(args.importer);
        const to = file === undefined ? undefined : outName.get(file);
        if (from === undefined || to === undefined)
          return {
            errors: [{ text: `${args.path} (from ${args.importer}) is not a module of the library` }],
          };
        // Relative to the file, with its extension: dist/decimal/index.js imports the entry point
        // dist/decimal.js as '../decimal.js' (a folder and a file of the same name).
        const spec = relative(dirname(from), `${to}${ext}`).split('\\').join('/');
        return { path: spec.startsWith('.') ? spec : `./${spec}`, external: true };
      });
    },
  };
}

const common = {
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: false,
  // The published build has no source maps: the sources are not in the package.
  sourcemap: false,
  external: optional,
  esbuildPlugins: [preserveModules()] as Plugin[],
} satisfies Options;

// `tsup --env.KINERJA_BUILD cli` (npm run demo): the ESM modules only, without types, in a second.
export default defineConfig((flags) =>
  flags.env?.KINERJA_BUILD === 'cli'
    ? [{ ...common, entry: modules, format: ['esm'], dts: false, clean: false }]
    : [
        // The library, one ESM file per module, so that the entry points share one copy of the
        // engine (one KinerjaError class, one compiled-pack cache); the CommonJS entry points; the
        // types of both, in one pass.
        { ...common, entry: library, format: ['esm'], dts: false, clean: true },
        { ...common, entry: entries, format: ['cjs'], dts: false, clean: false },
        {
          ...common,
          entry: entries,
          format: ['esm', 'cjs'],
          dts: { entry: entries, only: true },
          clean: false,
        },
        { ...common, entry: cli, format: ['esm'], dts: false, clean: false },
      ],
);
