#!/usr/bin/env node
// The `kinerja` command: a thin launcher for the bundled command line in dist/cli.js. `run` never
// rejects and installs the process-wide handlers (write errors, uncaught errors); what can fail
// here is loading the bundle, reported as one line (the stack trace only with KINERJA_DEBUG=1).
const debug = () => !['', '0', 'false'].includes((process.env.KINERJA_DEBUG ?? '').trim().toLowerCase());
const fail = (what, error) => {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const trace = debug() && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  process.stderr.on('error', () => {});
  process.stderr.write(`kinerja: ${what} (${detail}).\n${trace}`);
  process.exitCode = 1;
};
import('../dist/cli.js').then(
  (cli) =>
    cli.run(process.argv.slice(2)).then(
      (code) => {
        process.exitCode = code;
      },
      (error) => fail('internal error', error),
    ),
  (error) => fail('cannot start; run "npm run build" in a source checkout', error),
);
