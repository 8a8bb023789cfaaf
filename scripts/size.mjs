#!/usr/bin/env node
// The size budgets of the published entry points: each row of ENTRIES is bundled by esbuild the way
// an application would (minified ESM for Node, zod left to the application) from dist/, and the
// script fails when a bundle is over its budget. `--why NAME` lists the modules of that bundle by
// size (read from esbuild's metafile). It also checks the tarball `npm pack` would publish: under
// PACKAGE_BUDGET unpacked, and no source map (the sources are not in the package); `--package`
// checks only that. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What an application imports, from which built file, and its budget in bytes (1 KB = 1,000 B). */
export const ENTRIES = [
  { name: 'scoreEvaluation', specifier: 'kinerja', file: 'dist/index.js', budget: 70_000 },
  { name: 'add', specifier: 'kinerja/decimal', file: 'dist/decimal.js', budget: 10_000 },
];

/** The unpacked size of the published package, in bytes. */
export const PACKAGE_BUDGET = 3_000_000;

/** What `npm pack` would publish: its unpacked size and its files. */
export function packed() {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed: ${r.stderr}`);
  const [info] = JSON.parse(r.stdout);
  return { unpackedSize: info.unpackedSize, files: info.files.map((f) => f.path) };
}

/** Bundles `import { name } from file` and returns its size and esbuild's metafile. */
export async function measure(entry) {
  const file = join(root, entry.file);
  const result = await build({
    stdin: {
      contents: `export { ${entry.name} } from ${JSON.stringify(file)};\n`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    external: ['zod'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { bytes: result.outputFiles[0].contents.length, metafile: result.metafile };
}

const kb = (n) => `${n.toLocaleString('en-US')} B`;

async function main(argv) {
  for (const entry of ENTRIES)
    if (!existsSync(join(root, entry.file))) {
      console.error(`size: ${entry.file} is missing; run "npm run build" first.`);
      return 2;
    }
  const why = argv[0] === '--why' ? argv[1] : undefined;
  // `--package`: the tarball only (what `npm run check` runs until the bundles meet their budgets).
  const bundles = argv[0] === '--package' ? [] : ENTRIES;
  let failed = 0;
  for (const entry of bundles) {
    const { bytes, metafile } = await measure(entry);
    const over = bytes > entry.budget;
    if (over) failed++;
    console.log(
      `${over ? 'FAIL' : 'ok  '} import { ${entry.name} } from '${entry.specifier}': ${kb(bytes)} (budget ${kb(entry.budget)})`,
    );
    if (why === entry.name) {
      const inputs = Object.values(metafile.outputs)[0].inputs;
      for (const [path, { bytesInOutput }] of Object.entries(inputs).sort(
        (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
      ))
        if (bytesInOutput > 0) console.log(`  ${String(bytesInOutput).padStart(7)}  ${path}`);
    }
  }
  const pack = packed();
  const maps = pack.files.filter((f) => f.endsWith('.map'));
  const heavy = pack.unpackedSize > PACKAGE_BUDGET;
  console.log(
    `${heavy ? 'FAIL' : 'ok  '} package: ${kb(pack.unpackedSize)} unpacked, ${pack.files.length} files (budget ${kb(PACKAGE_BUDGET)})`,
  );
  if (maps.length > 0)
    console.log(`FAIL package: source maps ${maps.slice(0, 3).join(', ')}${maps.length > 3 ? ', …' : ''}`);
  if (heavy || maps.length > 0) failed++;
  if (failed > 0)
    console.error(`size: ${failed} check(s) failed (node scripts/size.mjs --why NAME lists what they hold)`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
