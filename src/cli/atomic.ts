/**
 * Files the command line writes for the user (`score --out`, `schema --out`, `packs --export`) are
 * written to a temporary name in the same folder and renamed over the target only once complete,
 * so an interrupted or failed run never leaves half a file and never destroys a previous good one.
 *
 * While a file is being written, SIGINT and SIGTERM remove its temporary and then end the process
 * by the same signal (a shell shows exit 130 or 143); when the process exits any other way
 * (`process.exit`, an uncaught error) the temporary is removed too. The handlers are installed
 * only while a file is open.
 */
import { randomBytes } from 'node:crypto';
import { close, createWriteStream, fsync, open, rmSync, type Stats, type WriteStream } from 'node:fs';
import { mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const openFd = promisify(open);
const fsyncFd = promisify(fsync);
const closeFd = promisify(close);

/** The temporaries being written, removed on a signal or at exit. */
const pending = new Set<string>();
/** Paths of devices and processes (`/dev/stdout`), never replaced by a rename. */
const SYSTEM = /^\/(dev|proc)\//;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** The exit status a shell shows for a process ended by each signal (128 + its number). */
const SIGNAL_EXIT: Record<(typeof SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143 };

/** An error shaped as node's own system errors. */
function systemError(code: string, errno: number, text: string, syscall: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${text}, ${syscall} '${path}'`), { code, errno, syscall, path });
}

function removePending(): void {
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done while the process ends.
    }
  }
  pending.clear();
}

function onSignal(signal: (typeof SIGNALS)[number]): void {
  removePending();
  unguard();
  // End by the signal itself, so a calling shell or script sees an interrupted process.
  try {
    process.kill(process.pid, signal);
  } catch {
    process.exit(SIGNAL_EXIT[signal]);
  }
  // Where signals cannot be raised (Windows), the conventional status.
  setTimeout(() => process.exit(SIGNAL_EXIT[signal]), 1000).unref();
}

const handlers = new Map(SIGNALS.map((s) => [s, () => onSignal(s)] as const));
let guarded = false;

function guard(): void {
  if (guarded) return;
  guarded = true;
  for (const [signal, handler] of handlers) process.on(signal, handler);
  process.on('exit', removePending);
}

function unguard(): void {
  if (!guarded) return;
  guarded = false;
  for (const [signal, handler] of handlers) process.off(signal, handler);
  process.off('exit', removePending);
}

function track(path: string): void {
  pending.add(path);
  guard();
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) unguard();
}

/** The temporaries of files being written now (for tests). */
export function pendingTemporaries(): readonly string[] {
  return [...pending];
}

/** Whether `name` is the name of a temporary that {@link AtomicFile} writes for `target`. */
export function isTemporaryOf(name: string, target: string): boolean {
  return name.startsWith(`.${basename(target)}.`) && name.endsWith('.tmp');
}

/**
 * A file written to a temporary beside it and renamed into place by {@link AtomicFile.commit}, or
 * removed by {@link AtomicFile.abort}. Writes wait for the disk (backpressure); a write error is
 * thrown by the next write or by commit. A device or a pipe (`--out /dev/stdout`, a FIFO) cannot be
 * renamed over and is written directly.
 */
export class AtomicFile {
  readonly #fd: number;
  readonly #stream: WriteStream;
  readonly #temp: string | undefined;
  readonly #target: string;
  #failure: unknown;
  #done = false;
  #closed = false;

  private constructor(fd: number, temp: string | undefined, target: string) {
    this.#fd = fd;
    this.#temp = temp;
    this.#target = target;
    this.#stream = createWriteStream('', { fd, encoding: 'utf8', autoClose: false });
    this.#stream.on('error', (error) => {
      this.#failure ??= error;
    });
  }

  /**
   * Opens a temporary for `path` (its folder is created). The target is checked first: a folder,
   * or a folder that cannot be written, fails here, before anything is computed. A symbolic link
   * is followed, so the file it points to is replaced; an existing file keeps its permissions.
   */
  static async create(path: string): Promise<AtomicFile> {
    await mkdir(dirname(path), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      // A file where a folder of the path should be.
      if (error.code !== 'EEXIST') throw error;
      throw systemError('ENOTDIR', -20, 'not a directory', 'mkdir', dirname(path));
    });
    let info: Stats | undefined;
    try {
      info = await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    let target = path;
    let mode = 0o666;
    if (info !== undefined) {
      if (info.isDirectory()) {
        throw systemError('EISDIR', -21, 'illegal operation on a directory', 'open', path);
      }
      // A device or a pipe (`--out /dev/stdout`, `/dev/null`, a FIFO) cannot be renamed over, and a
      // file reached through /dev or /proc may be another process's open file: written directly.
      const real =
        info.isFile() && !SYSTEM.test(path) ? await realpath(path).catch(() => undefined) : undefined;
      if (real === undefined || SYSTEM.test(real)) {
        return new AtomicFile(await openFd(path, 'w'), undefined, path);
      }
      target = real;
      mode = info.mode & 0o777;
    }
    const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    track(temp);
    try {
      return new AtomicFile(await openFd(temp, 'wx', mode), temp, target);
    } catch (error) {
      untrack(temp);
      throw error;
    }
  }

  /** The temporary's path (undefined for a device or a pipe, written directly). */
  get temporary(): string | undefined {
    return this.#temp;
  }

  /** Writes `text`, waiting while the disk catches up; throws the first write error. */
  async write(text: string): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure;
    if (!this.#stream.write(text)) {
      // Both listeners go when either fires (a race of `events.once` would leave the loser's
      // listeners behind on every wait: a leak, and a MaxListenersExceededWarning on big files).
      const stream = this.#stream;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      });
    }
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Finishes the file, flushes it to disk and renames it over the target; on error removes it. */
  async commit(): Promise<void> {
    if (this.#done) return;
    try {
      await new Promise<void>((resolve, reject) => {
        this.#stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
      });
      if (this.#failure !== undefined) throw this.#failure;
      if (this.#temp !== undefined) await fsyncFd(this.#fd);
      this.#closed = true;
      await closeFd(this.#fd);
      if (this.#temp !== undefined) {
        await rename(this.#temp, this.#target);
        untrack(this.#temp);
      }
      this.#done = true;
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Removes the temporary; the target stays as it was. */
  async abort(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    this.#stream.destroy();
    if (!this.#closed) {
      this.#closed = true;
      await closeFd(this.#fd).catch(() => {});
    }
    if (this.#temp !== undefined) {
      await rm(this.#temp, { force: true }).catch(() => {});
      untrack(this.#temp);
    }
  }
}

/** Writes `text` to `path` atomically (see {@link AtomicFile}); its folder is created. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const file = await AtomicFile.create(path);
  try {
    await file.write(text);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}
