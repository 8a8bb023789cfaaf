/**
 * Running the store's schemas ({@link ./schemas}) on what callers give: the library's issues with
 * their paths, in the order the store has always reported them (an object's unknown keys before
 * its fields), and the one {@link StoreError} a rejected call throws.
 */
import type * as z from 'zod';
import { type Issue, issue, type MessageCode, type PathSegment, parseWithSchema } from '../explain';
import { catalog } from '../explain/messages/index';
import { storageMessages } from '../explain/messages/storage';
import { StoreError } from './errors';

type Path = readonly PathSegment[];

function startsWith(path: Path, prefix: Path): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/**
 * The store's order of issues: each unknown key of an object is reported before the other issues
 * of that object (zod reports it after them).
 */
function unknownKeysFirst(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    if (i.code !== 'input.unknown-key') {
      out.push(i);
      continue;
    }
    const parent = i.path.slice(0, -1);
    let at = out.findIndex((o) => o.code !== 'input.unknown-key' && startsWith(o.path, parent));
    if (at === -1) at = out.length;
    out.splice(at, 0, i);
  }
  return out;
}

/**
 * The store's words for an issue. Data that is not plain JSON is `storage.not-json` in every
 * record, also where the workflow's schema finds it (ratings, results, SKP content:
 * `workflow.not-json`, the same rule and message). Issues that name their column take it from
 * their path (the schema does not know the field).
 */
function storeIssue(i: Issue): Issue {
  if (i.code === 'workflow.not-json')
    return issue(storageMessages, 'storage.not-json', i.path, i.params ?? {});
  if (i.code !== 'storage.value-too-long' && i.code !== 'storage.unstorable-text') return i;
  const column = String(i.path[i.path.length - 1] ?? i.params?.column ?? '');
  if (i.params?.column === column) return i;
  return issue(catalog, i.code as MessageCode, i.path, { ...(i.params ?? {}), column });
}

/**
 * Checks `value` (at `path`) with `schema` and pushes its issues onto `issues`; returns whether it
 * passed. Nesting deeper than the input limit is one `input.too-deep` issue, never a stack overflow.
 */
export function check<S extends z.ZodType>(schema: S, value: unknown, path: Path, issues: Issue[]): boolean {
  const r = parseWithSchema(schema, value, path);
  if (r.ok) return true;
  issues.push(...unknownKeysFirst(r.issues).map(storeIssue));
  return false;
}

/** Throws a {@link StoreError} with `issues` if there are any. */
export function throwIfAny(issues: readonly Issue[], what = 'record'): void {
  if (issues.length > 0) throw new StoreError(issues, what);
}

/** Throws a {@link StoreError} with `issues`. */
export function fail(issues: readonly Issue[], what = 'record'): never {
  throw new StoreError(issues, what);
}
