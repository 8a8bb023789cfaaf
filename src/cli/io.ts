/** What the command line reads from and writes to, so tests can run it in-process. */
export interface CliIo {
  /** Writes text to standard output (no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (no newline added). */
  readonly stderr: (text: string) => void;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** The environment (locale variables). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly isTTY: boolean;
  /** Whether standard error is a terminal (progress bars are drawn only there); default false. */
  readonly stderrIsTTY?: boolean;
}

let pipeGuard = false;

/** Ends quietly when the reader of standard output goes away (`kinerja schema | head`). */
function guardBrokenPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The process's own streams, directory and environment. */
export function processIo(): CliIo {
  guardBrokenPipe();
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** Exit statuses: 0 success, 1 a failed check or invalid input, 2 a usage or file error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
