import { dirname, resolve } from 'node:path';
import { type Issue, isPackId, type LocalizedText, type PathSegment, parseRuleset } from '../index';
import { parseCaseFile } from '../testing/index';
import {
  type AllowedPaths,
  issueWithoutText,
  mayRead,
  outsideReason,
  problemWithoutText,
} from './case-paths';
import { tr } from './messages';
import { readDataFile } from './read';

/**
 * Policy case files (docs/testing-policies.md, `kinerja test`) in `kinerja validate`: the full validation of
 * `parseCaseFile`, plus what it leaves to the run, that every ruleset file a case file names
 * (relative to the case file) lies below the case file's folder or an allowed one
 * (src/cli/case-paths.ts), can be read and validates; its problems are told by place and code,
 * never with its text.
 */

/** Whether parsed data is a policy case file (a top-level `cases` array) rather than a ruleset. */
export function isCaseFile(data: unknown): data is Record<string, unknown> & { cases: unknown[] } {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Array.isArray((data as { cases?: unknown }).cases)
  );
}

function cliIssue(path: readonly PathSegment[], code: string, message: LocalizedText): Issue {
  return { path, code, message, severity: 'error' };
}

/** Reads and validates a ruleset file named by a case file; issues point at `path`. */
async function checkRulesetFile(ref: string, file: string, path: readonly PathSegment[]): Promise<Issue[]> {
  const read = await readDataFile(file);
  if (read.kind === 'unreadable') {
    const reason = read.reason;
    return [
      cliIssue(path, 'cli.ruleset-unresolved', {
        id: tr('id', 'caseRulesetUnreadable', { ref, reason: reason.id }),
        en: tr('en', 'caseRulesetUnreadable', { ref, reason: reason.en }),
      }),
    ];
  }
  if (read.kind === 'syntax') {
    return read.problems.map((p) => invalid(ref, path, problemWithoutText(p)));
  }
  const parsed = parseRuleset(read.value);
  if (parsed.ok) return [];
  return parsed.issues.map((i) => invalid(ref, path, issueWithoutText(i)));
}

function invalid(ref: string, path: readonly PathSegment[], detail: LocalizedText): Issue {
  return cliIssue(path, 'cli.ruleset-invalid', {
    id: tr('id', 'caseRulesetInvalid', { ref, detail: detail.id }),
    en: tr('en', 'caseRulesetInvalid', { ref, detail: detail.en }),
  });
}

/** The case a path points into (`cases[3]…` → 3), or -1 for the file itself. */
function caseIndex(path: readonly PathSegment[]): number {
  return path[0] === 'cases' && typeof path[1] === 'number' ? path[1] : -1;
}

/**
 * Checks a policy case file: every issue of `parseCaseFile`, and for each `ruleset` that is a
 * path rather than a pack id (the file's and each case's), that the file can be read and is a
 * valid ruleset. Issues come in file order: the file's own first, then case by case.
 */
export async function checkCaseFile(
  data: Record<string, unknown> & { cases: unknown[] },
  caseFile: string,
  allowed: AllowedPaths = { folders: [] },
): Promise<Issue[]> {
  const parsed = parseCaseFile(data);
  const refs: Array<[ref: string, path: PathSegment[]]> = [];
  if (typeof data.ruleset === 'string') refs.push([data.ruleset, ['ruleset']]);
  data.cases.forEach((c, index) => {
    const ref = typeof c === 'object' && c !== null ? (c as { ruleset?: unknown }).ruleset : undefined;
    if (typeof ref === 'string') refs.push([ref, ['cases', index, 'ruleset']]);
  });
  const found = new Map<string, Promise<Issue[]>>();
  const refIssues: Issue[] = [];
  for (const [ref, path] of refs) {
    if (ref.trim() === '' || isPackId(ref)) continue;
    const file = resolve(dirname(caseFile), ref);
    if (!mayRead(file, dirname(caseFile), allowed)) {
      refIssues.push(cliIssue(path, 'cli.ruleset-outside', outsideReason(ref)));
      continue;
    }
    let pending = found.get(file);
    if (!pending) {
      pending = checkRulesetFile(ref, file, []);
      found.set(file, pending);
    }
    refIssues.push(...(await pending).map((i) => ({ ...i, path })));
  }
  const all = [
    ...refIssues.filter((i) => caseIndex(i.path) === -1),
    ...(parsed.ok ? [] : parsed.issues),
    ...refIssues.filter((i) => caseIndex(i.path) !== -1),
  ];
  // Stable: within the file's own issues and within each case, the order above is kept.
  return all.sort((a, b) => caseIndex(a.path) - caseIndex(b.path));
}
