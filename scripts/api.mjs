#!/usr/bin/env node
// The API reports of the public entry points (etc/*.api.md), made by @microsoft/api-extractor from
// the built declarations. `node scripts/api.mjs` (npm run api) writes the reports; with `--check`
// (in npm run check) it fails when the public surface differs from the committed report, so a change
// of the surface is a reviewed change of etc/. Run `npm run build` first.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entry points: the import specifier, its declarations in dist/ and its report in etc/. */
export const ENTRY_POINTS = [
  { specifier: 'kinerja', types: 'dist/index.d.ts', report: 'kinerja.api.md' },
  { specifier: 'kinerja/testing', types: 'dist/testing.d.ts', report: 'kinerja-testing.api.md' },
  { specifier: 'kinerja/storage', types: 'dist/storage.d.ts', report: 'kinerja-storage.api.md' },
  { specifier: 'kinerja/decimal', types: 'dist/decimal.d.ts', report: 'kinerja-decimal.api.md' },
  { specifier: 'kinerja/date', types: 'dist/date.d.ts', report: 'kinerja-date.api.md' },
];

/** The api-extractor configuration of one entry point. */
function configOf(entry, temp) {
  const none = { logLevel: ExtractorLogLevel.None };
  const error = { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false };
  return {
    projectFolder: root,
    mainEntryPointFilePath: join(root, entry.types),
    bundledPackages: [],
    compiler: {
      overrideTsconfig: {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: ['node'],
          strict: true,
          skipLibCheck: true,
        },
        files: [join(root, entry.types)],
      },
    },
    apiReport: {
      enabled: true,
      reportFileName: entry.report,
      reportFolder: join(root, 'etc'),
      reportTempFolder: temp,
    },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      // The library uses TypeDoc's tags (@category) and no release tags (everything exported is public).
      compilerMessageReporting: { default: error },
      extractorMessageReporting: {
        default: error,
        'ae-missing-release-tag': none,
        'ae-forgotten-export': none,
        'ae-unresolved-link': none,
        'ae-internal-missing-underscore': none,
        'ae-undocumented': none,
      },
      tsdocMessageReporting: { default: none },
    },
  };
}

function main(argv) {
  const check = argv.includes('--check');
  let failed = 0;
  mkdirSync(join(root, 'etc'), { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'kinerja-api-'));
  try {
    for (const entry of ENTRY_POINTS) {
      if (!existsSync(join(root, entry.types))) {
        console.error(`api: ${entry.types} is missing; run "npm run build" first.`);
        return 2;
      }
      const config = ExtractorConfig.prepare({
        configObject: configOf(entry, temp),
        configObjectFullPath: join(root, 'api-extractor.json'),
        packageJsonFullPath: join(root, 'package.json'),
      });
      const result = Extractor.invoke(config, {
        localBuild: !check,
        showVerboseMessages: false,
        messageCallback: (m) => {
          if (m.logLevel === ExtractorLogLevel.Info || m.logLevel === ExtractorLogLevel.Verbose)
            m.handled = true;
        },
      });
      const changed = result.apiReportChanged;
      if (!result.succeeded || (check && changed)) failed++;
      console.log(
        `${!result.succeeded || (check && changed) ? 'FAIL' : 'ok  '} ${entry.specifier}: etc/${entry.report}${
          changed
            ? check
              ? ' differs from the public surface: run "npm run api" and commit etc/'
              : ' updated'
            : ''
        }`,
      );
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
