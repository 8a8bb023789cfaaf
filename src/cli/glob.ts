import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A small glob matcher for file arguments (Node 20 has no fs.glob, and a shell without globstar
 * leaves `examples/**\/*.cases.json` unexpanded): `*` and `?` within one path segment, `**` as a
 * whole segment for any number of directories. Names starting with a dot are matched only by a
 * segment that starts with a dot; `**` does not descend into dot directories nor follow symbolic
 * links to directories. Patterns match files only.
 */

/** Whether an argument is a pattern (has `*` or `?`). */
export function isPattern(arg: string): boolean {
  return arg.includes('*') || arg.includes('?');
}

function segmentRegex(segment: string): RegExp {
  let source = '';
  for (const ch of segment) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function kindOf(path: string): 'file' | 'dir' | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

function entries(dir: string): { name: string; dir: boolean; link: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((d) => ({
      name: d.name,
      dir: d.isDirectory(),
      link: d.isSymbolicLink(),
    }));
  } catch {
    return [];
  }
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
  const found = new Set<string>();

  const walk = (display: string, dir: string, i: number): void => {
    if (i === parts.length) {
      if (kindOf(dir) === 'file') found.add(display);
      return;
    }
    const segment = parts[i] ?? '';
    if (segment === '**') {
      walk(display, dir, i + 1);
      for (const e of entries(dir)) {
        if (e.dir && !e.link && !e.name.startsWith('.'))
          walk(joinDisplay(display, e.name), join(dir, e.name), i);
      }
      return;
    }
    if (!isPattern(segment)) {
      const next = join(dir, segment);
      if (i + 1 === parts.length || kindOf(next) === 'dir') walk(joinDisplay(display, segment), next, i + 1);
      return;
    }
    const re = segmentRegex(segment);
    const dotOk = segment.startsWith('.');
    for (const e of entries(dir)) {
      if (e.name.startsWith('.') && !dotOk) continue;
      if (re.test(e.name)) walk(joinDisplay(display, e.name), join(dir, e.name), i + 1);
    }
  };

  walk(absolute ? '/' : '', absolute ? '/' : resolve(cwd), 0);
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
