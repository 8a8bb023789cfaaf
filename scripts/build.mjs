#!/usr/bin/env node
// The build (npm run build, and prepack): tsup, which must print nothing. A warning of the bundler
// or of the declaration build (an import cycle through a folder's index, …) fails the build, so the
// install and the first run of a clone stay silent. Arguments are passed on to tsup.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsup = join(dirname(require.resolve('tsup/package.json')), 'dist', 'cli-default.js');
const r = spawnSync(process.execPath, [tsup, '--silent', ...process.argv.slice(2)], {
  cwd: root,
  encoding: 'utf8',
});
const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
if (output) console.error(output);
if (r.status !== 0) process.exitCode = r.status ?? 1;
else if (output) {
  console.error(
    'build: the build printed the output above; it must print nothing (fix the warning at its source).',
  );
  process.exitCode = 1;
}
