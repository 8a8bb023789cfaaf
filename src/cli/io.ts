import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { getSystemErrorMap } from 'node:util';
import type { Locale } from '../index';
import { isTemporaryOf } from './atomic';
import { localeFromEnv } from './locale';
import { tr } from './messages';

/** What the command line reads from and writes to, so tests can run it in-process. */
export interface CliIo {
  /** Writes text to standard output (no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (no newline added). */
  readonly stderr: (text: string) => void;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** The environment (locale variables, `KINERJA_DEBUG`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly isTTY: boolean;
  /** Whether standard error is a terminal (progress bars are drawn only there); default false. */
  readonly stderrIsTTY?: boolean;
  /**
   * Resolves when standard output has taken what was written so far (a pipe to a slow reader
   * holds the writer back, so memory stays flat); by default at once.
   */
  readonly stdoutDrained?: () => Promise<void>;
}

/** Exit statuses: 0 success, 1 a failed check or invalid input, 2 a usage or file error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Whether `KINERJA_DEBUG` asks for stack traces (any value but empty, `0` or `false`). */
export function debugEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.KINERJA_DEBUG?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** Error codes of a file that cannot be read or written: exit 2 when it is one the user named. */
const FILE_CODES = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ENOTDIR',
  'ELOOP',
  'ENAMETOOLONG',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EFBIG',
  'EEXIST',
  'EBUSY',
  'ETXTBSY',
  'EIO',
]);

function errnoOf(error: unknown): NodeJS.ErrnoException | undefined {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
    ? (error as NodeJS.ErrnoException)
    : undefined;
}

/** The operating system's description of an error code (`no space left on device`), or undefined. */
function systemDescription(error: NodeJS.ErrnoException): string | undefined {
  return typeof error.errno === 'number' ? getSystemErrorMap().get(error.errno)?.[1] : undefined;
}

/** The text of an error on one line: the system's description for a system error, else its message. */
export function errorDetail(error: unknown): string {
  const errno = errnoOf(error);
  const text =
    (errno && systemDescription(errno)) ??
    (error instanceof Error ? error.message || error.name : String(error));
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim() || String(error);
}

/**
 * The file a system error is about when the user named it on the command line (an argument, an
 * option's value, a file inside a named folder, or the temporary beside a named file), else
 * undefined.
 */
export function namedFile(error: unknown, args: readonly string[], cwd: string): string | undefined {
  const errno = errnoOf(error);
  if (!errno?.code || !FILE_CODES.has(errno.code)) return undefined;
  const paths = [errno.path, (errno as { dest?: unknown }).dest].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  for (const path of paths) {
    const full = resolve(cwd, path);
    for (const arg of args) {
      const value = arg.startsWith('--') && arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : arg;
      if (value === '' || value === '-') continue;
      const named = resolve(cwd, value.replace(/^sqlite:/, ''));
      const rel = relative(named, full);
      if (
        rel === '' ||
        (!rel.startsWith('..') && !isAbsolute(rel)) ||
        (dirname(full) === dirname(named) && isTemporaryOf(basename(full), named))
      ) {
        return path;
      }
    }
  }
  return undefined;
}

/**
 * Reports an error nothing else handled as one line on standard error, `kinerja <command>: …`,
 * and returns the exit status: 2 for a file the user named that cannot be read or written, 1 for
 * anything else (an internal error, with a hint to rerun with `KINERJA_DEBUG=1`). With
 * `KINERJA_DEBUG` set the stack trace follows the line.
 */
export function reportUnexpected(
  write: (text: string) => void,
  error: unknown,
  options: {
    readonly label: string;
    readonly locale: Locale;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly args?: readonly string[];
    readonly cwd?: string;
  },
): number {
  const file = namedFile(error, options.args ?? [], options.cwd ?? process.cwd());
  const detail = errorDetail(error);
  const line =
    file === undefined
      ? `${options.label}: ${tr(options.locale, 'internalError', { detail })}`
      : `${options.label}: ${file}: ${detail}`;
  const stack = debugEnabled(options.env) && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  try {
    write(`${line}\n${stack}`);
  } catch {
    // Standard error is gone: the exit status is all that is left.
  }
  return file === undefined ? EXIT_FAILED : EXIT_USAGE;
}

/** What the process-wide handlers name in their line: the command running and its locale. */
const current: { label: string; locale: Locale | undefined; args: readonly string[] } = {
  label: 'kinerja',
  locale: undefined,
  args: [],
};

/** Tells the process-wide handlers which command runs (`kinerja score`), in which locale. */
export function setRunning(label: string, locale: Locale, args: readonly string[]): void {
  current.label = label;
  current.locale = locale;
  current.args = args;
}

/** Writes to standard error, ignoring its errors (nothing can report them). */
function writeStderr(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // Ignored: see above.
  }
}

/**
 * Standard output failed. A reader that went away (`kinerja schema | head -c1`, EPIPE) ends the
 * process quietly with the status it has so far (0 unless set); any other error (a full disk,
 * ENOSPC) is one line on standard error and exit 2.
 */
function stdoutFailed(error: unknown): void {
  const errno = errnoOf(error);
  if (errno?.code === 'EPIPE' || errno?.code === 'ERR_STREAM_DESTROYED') {
    process.exit(process.exitCode ?? EXIT_OK);
  }
  const locale = current.locale ?? localeFromEnv(process.env);
  const stack = debugEnabled(process.env) && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  writeStderr(`kinerja: ${tr(locale, 'stdoutFailed', { detail: errorDetail(error) })}\n${stack}`);
  process.exit(EXIT_USAGE);
}

let guarded = false;

/**
 * Installs the process-wide handlers once: write errors on standard output (see above) and on
 * standard error (ignored), and uncaught exceptions and unhandled rejections (one line, exit 1 or
 * 2, never a stack trace unless `KINERJA_DEBUG` is set).
 */
function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', stdoutFailed);
  process.stderr.on('error', () => {});
  const crash = (error: unknown): void => {
    const locale = current.locale ?? localeFromEnv(process.env);
    const code = reportUnexpected(writeStderr, error, {
      label: current.label,
      locale,
      env: process.env,
      args: current.args,
    });
    process.exit(code);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

/** The process's own streams, directory and environment (and the handlers above). */
export function processIo(): CliIo {
  guardProcess();
  return {
    stdout: (text) => {
      try {
        process.stdout.write(text);
      } catch (error) {
        stdoutFailed(error);
      }
    },
    stderr: writeStderr,
    stdoutDrained: () =>
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => {
            const done = (): void => {
              process.stdout.off('drain', done);
              process.stdout.off('close', done);
              resolve();
            };
            process.stdout.on('drain', done);
            process.stdout.on('close', done);
          })
        : Promise.resolve(),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
