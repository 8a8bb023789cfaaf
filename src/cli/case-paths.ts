import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { formatPath, type Issue, type LocalizedText } from '../index';
import { both } from './messages';
import type { SyntaxProblem } from './read';

/**
 * Where a case file may read ruleset files (`kinerja test`, `kinerja validate`): only below its
 * own folder, or below a folder given with `--allow-path DIR`. Both sides are compared by their
 * real paths, so a symbolic link pointing outside counts as outside, and a path outside is
 * refused before anything is read (its existence is not told). What is wrong with a ruleset
 * file read for a case file is told by place and code only, never with the file's text or
 * values: `kinerja validate FILE` on the ruleset itself prints the full messages.
 */

/** The real path of `path`, or of its nearest existing parent joined with the rest. */
function realish(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : resolve(realish(parent), basename(path));
  }
}

/** Whether `path` is `folder` or below it. */
function below(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/** The folders a case file may read from besides its own. */
export interface AllowedPaths {
  readonly folders: readonly string[];
}

/**
 * Reads the `--allow-path` values (relative to `cwd`): each must be a folder. Returns the real
 * paths, or the first value that is not a folder.
 */
export function readAllowPaths(
  values: readonly string[],
  cwd: string,
): { readonly ok: true; readonly allowed: AllowedPaths } | { readonly ok: false; readonly value: string } {
  const folders: string[] = [];
  for (const value of values) {
    const path = resolve(cwd, value);
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder) return { ok: false, value };
    folders.push(realish(path));
  }
  return { ok: true, allowed: { folders } };
}

/** Whether the file at absolute `file` may be read for a case file in `caseFolder`. */
export function mayRead(file: string, caseFolder: string, allowed: AllowedPaths): boolean {
  const real = realish(file);
  return [realish(caseFolder), ...allowed.folders].some((folder) => below(real, folder));
}

/** Why a ruleset path is refused, naming the value as written. */
export function outsideReason(ref: string): LocalizedText {
  return both('caseRulesetOutside', { ref });
}

/** A syntax problem told without the file's text: place and kind only. */
export function problemWithoutText(p: SyntaxProblem): LocalizedText {
  return both('caseRulesetProblem', { where: `${p.line}:${p.col}`, code: p.code ?? 'syntax' });
}

/** A library issue told without values: path and code only. */
export function issueWithoutText(i: Issue): LocalizedText {
  return both('caseRulesetProblem', { where: formatPath(i.path), code: i.code });
}
