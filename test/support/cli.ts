import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { type CliIo, run } from '../../src/cli/main';

/** The repository root: the working directory the CLI runs in by default. */
export const root = resolve(import.meta.dirname, '../..');

/** What one in-process run of the CLI printed and returned. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process with captured output, in `cwd` (the repository by default), with a
 * neutral environment; `isTTY` / `stderrIsTTY` as a terminal would set them (default: not a terminal).
 */
export async function cli(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; isTTY?: boolean; stderrIsTTY?: boolean } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: options.cwd ?? root,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const temps: string[] = [];

/** A fresh temporary folder holding `files` (name → text), removed after the test file. */
export async function tempDir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-cli-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

afterAll(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});
