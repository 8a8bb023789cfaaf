#!/usr/bin/env node
// Packs the package into a temporary directory and runs @arethetypeswrong/cli on the tarball, so
// the check sees exactly what npm would publish. Profile node16: every resolution a consumer can use
// today (node16 from CJS, node16 from ESM, bundler) must find types that match the JavaScript;
// only the legacy node10 resolution is ignored (it cannot see subpath exports such as
// "kinerja/testing"). Exits non-zero when attw finds a problem. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('attw: dist/ is missing; run "npm run build" first.');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'kinerja-attw-'));
try {
  // --ignore-scripts: the build already ran; "prepack" would only build again.
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (pack.status !== 0) {
    console.error('attw: npm pack failed');
    process.exit(pack.status ?? 2);
  }
  const [info] = JSON.parse(pack.stdout);
  const tarball = join(dir, info.filename);
  const attw = join(root, 'node_modules', '.bin', 'attw');
  const result = spawnSync(attw, [tarball, '--profile', 'node16', '--format', 'ascii'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
