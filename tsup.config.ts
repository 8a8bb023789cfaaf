import { defineConfig } from 'tsup';

// Optional packages of kinerja/storage, loaded only when a store needs them: never bundled.
const optional = ['kysely', 'better-sqlite3', 'pg', 'mysql2'];

export default defineConfig([
  {
    // The library and kinerja/testing are built together with code splitting, so both entry points
    // (and kinerja/storage) share one copy of the engine (one KinerjaError class, one compiled-pack cache).
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      storage: 'src/storage/index.ts',
      decimal: 'src/decimal/public.ts',
      date: 'src/date/public.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    external: optional,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    external: optional,
  },
]);
