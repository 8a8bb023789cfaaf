#!/usr/bin/env node
// The `kinerja` command: a thin launcher for the bundled command line in dist/cli.js.
import('../dist/cli.js').then(
  (cli) =>
    cli.run(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    }),
  (error) => {
    process.stderr.write(
      `kinerja: cannot start (${error instanceof Error ? error.message : String(error)}).\nRun "npm run build" in a source checkout.\n`,
    );
    process.exitCode = 2;
  },
);
