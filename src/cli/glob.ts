import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * File arguments with patterns (Node 20 has no fs.glob, and a shell without globstar leaves
 * `examples/**\/*.cases.json` unexpanded), expanded by tinyglobby (fdir for the walk, picomatch
 * for the matching): `*` and `?` within one path segment, `**` as a whole segment for any number
 * of directories. Names starting with a dot are matched only by a segment that starts with a
 * dot; `**` does not descend into dot directories nor follow symbolic links to directories.
 * Patterns match files only. Every other character is literal (no braces, classes or extglobs).
 *
 * A segment with several stars (`*a*b*`) is matched in linear time here rather than by a regular
 * expression, which backtracks without end on such a segment against a long name
 * (`*a*a*a*a*a*a*a*a*a*a*b` against 40 `a`s takes picomatch and minimatch tens of seconds):
 * tinyglobby walks with `*` in its place, and the names it finds are then checked against the
 * segment, each chunk between stars at its leftmost place (which decides a match exactly).
 */

/** Whether an argument is a pattern (has `*` or `?`). */
export function isPattern(arg: string): boolean {
  return arg.includes('*') || arg.includes('?');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A segment for picomatch: every character but `*` and `?` taken literally. */
function literalExceptWildcards(segment: string): string {
  return segment.replace(/[\\()[\]{}!+@,|^$]/g, '\\$&');
}

/** Whether `chunk` (`?` any one character) matches `name` at `at`. */
function chunkAt(name: string, at: number, chunk: string): boolean {
  if (at < 0 || at + chunk.length > name.length) return false;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c !== 0x3f && c !== name.charCodeAt(at + k)) return false;
  }
  return true;
}

/**
 * Whether a name matches a segment of `*`, `?` and literal characters, in O(name × segment):
 * the first and last chunks are anchored, each chunk between stars is taken at its leftmost
 * place after the previous one (a later place never helps the chunks after it).
 */
export function segmentMatches(segment: string, name: string): boolean {
  if (name.startsWith('.') && !segment.startsWith('.')) return false;
  const chunks = segment.split('*');
  if (chunks.length === 1) return name.length === segment.length && chunkAt(name, 0, segment);
  const first = chunks[0] ?? '';
  const last = chunks[chunks.length - 1] ?? '';
  const end = name.length - last.length;
  if (end < first.length || !chunkAt(name, 0, first) || !chunkAt(name, end, last)) return false;
  let at = first.length;
  for (const chunk of chunks.slice(1, -1)) {
    if (chunk === '') continue;
    let found = -1;
    for (let k = at; k + chunk.length <= end; k++) {
      if (chunkAt(name, k, chunk)) {
        found = k;
        break;
      }
    }
    if (found < 0) return false;
    at = found + chunk.length;
  }
  return true;
}

/** Whether path segments match pattern segments (`**` any number of them), in O(pattern × path). */
function pathMatches(pattern: readonly string[], names: readonly string[]): boolean {
  // can[j]: the pattern's first i segments match the path's first j names.
  let can = names.map(() => false).concat(false);
  can[0] = true;
  for (const segment of pattern) {
    const next = can.map(() => false);
    for (let j = 0; j <= names.length; j++) {
      if (segment === '**') next[j] = (can[j] ?? false) || (j > 0 && (next[j - 1] ?? false));
      else next[j] = j > 0 && (can[j - 1] ?? false) && segmentMatches(segment, names[j - 1] ?? '');
    }
    can = next;
  }
  return can[names.length] ?? false;
}

function joinDisplay(display: string, name: string): string {
  if (display === '') return name;
  return display.endsWith('/') ? display + name : `${display}/${name}`;
}

/**
 * The files matching `pattern`, resolved against `cwd`, sorted, spelled like the pattern (a
 * relative pattern gives relative paths, `./x/*` gives `./x/…`).
 */
export function globFiles(pattern: string, cwd: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p) => p !== '');
  if (parts[parts.length - 1] === '**') parts.push('*');
  // The leading segments without wildcards name the folder the walk starts from.
  let display = absolute ? '/' : '';
  let base = absolute ? '/' : resolve(cwd);
  let i = 0;
  for (; i < parts.length - 1 && !isPattern(parts[i] ?? ''); i++) {
    display = joinDisplay(display, parts[i] ?? '');
    base = resolve(base, parts[i] ?? '');
  }
  const rest = parts.slice(i);
  if (rest.length === 0 || !isDirectory(base)) return [];
  if (!isPattern(rest.join('/'))) {
    const file = resolve(base, ...rest);
    return isFile(file) ? [joinDisplay(display, rest.join('/'))] : [];
  }
  // Segments with several stars: walked as `*`, checked afterwards (see the module comment).
  let checked = false;
  const walk = rest.map((segment) => {
    if (segment === '**') return segment;
    if (segment.split('*').length > 2) {
      checked = true;
      return segment.startsWith('.') ? '.*' : '*';
    }
    return literalExceptWildcards(segment);
  });
  const found = globSync([walk.join('/')], {
    cwd: base,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    braceExpansion: false,
    extglob: false,
  });
  const files: string[] = [];
  for (const relative of found) {
    if (checked && !pathMatches(rest, relative.split('/'))) continue;
    if (isFile(resolve(base, relative))) files.push(joinDisplay(display, relative));
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What expanding file arguments gave: the files, or the first pattern that matched nothing. */
export type Expanded = { readonly files: string[] } | { readonly noMatch: string };

/**
 * Expands the arguments that contain `*` or `?` and do not name an existing file literally
 * (a shell that already expanded them leaves nothing to do); other arguments are kept as given.
 */
export function expandFileArgs(args: readonly string[], cwd: string): Expanded {
  const files: string[] = [];
  for (const arg of args) {
    if (!isPattern(arg) || existsSync(resolve(cwd, arg))) {
      files.push(arg);
      continue;
    }
    const matches = globFiles(arg, cwd);
    if (matches.length === 0) return { noMatch: arg };
    files.push(...matches);
  }
  return { files };
}
