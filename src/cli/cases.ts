import { dirname, resolve } from 'node:path';
import {
  err,
  formatIssue,
  getPack,
  type Issue,
  isPackId,
  type LocalizedText,
  ok,
  type PathSegment,
  parseRuleset,
  type Result,
  type Ruleset,
} from '../index';
import { both, tr } from './messages';
import { readDataFile } from './read';

/**
 * Policy case files (CONTRACT.md, `kinerja test`): `{ "ruleset": …, "cases": [ { "name", … } ] }`.
 * This version checks their structure and that every ruleset reference resolves; running the cases
 * comes with `kinerja test`, which builds on `resolveCaseRuleset` and `checkCaseFile`.
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

/** Ruleset files already read, by absolute path (one file may serve many cases). */
export type RulesetFileCache = Map<string, Promise<Result<Ruleset, Issue[]>>>;

async function loadRulesetFile(
  ref: string,
  file: string,
  path: readonly PathSegment[],
  cache: RulesetFileCache,
): Promise<Result<Ruleset, Issue[]>> {
  const load = async (): Promise<Result<Ruleset, Issue[]>> => {
    const read = await readDataFile(file);
    if (read.kind === 'unreadable') {
      const reason = read.reason;
      return err([
        cliIssue(path, 'cli.ruleset-unresolved', {
          id: tr('id', 'caseRulesetUnreadable', { ref, reason: reason.id }),
          en: tr('en', 'caseRulesetUnreadable', { ref, reason: reason.en }),
        }),
      ]);
    }
    if (read.kind === 'syntax') {
      return err(
        read.problems.map((p) =>
          cliIssue(path, 'cli.ruleset-invalid', {
            id: tr('id', 'caseRulesetInvalid', { ref, detail: `${p.line}:${p.col}: ${p.message.id}` }),
            en: tr('en', 'caseRulesetInvalid', { ref, detail: `${p.line}:${p.col}: ${p.message.en}` }),
          }),
        ),
      );
    }
    return invalidAsIssues(parseRuleset(read.value), ref, path);
  };
  let hit = cache.get(file);
  if (!hit) {
    hit = load();
    cache.set(file, hit);
  }
  return hit;
}

function invalidAsIssues(
  result: Result<Ruleset, Issue[]>,
  ref: string,
  path: readonly PathSegment[],
): Result<Ruleset, Issue[]> {
  if (result.ok) return result;
  return err(
    result.issues.map((i) =>
      cliIssue(path, 'cli.ruleset-invalid', {
        id: tr('id', 'caseRulesetInvalid', { ref, detail: formatIssue(i, { locale: 'id' }) }),
        en: tr('en', 'caseRulesetInvalid', { ref, detail: formatIssue(i, { locale: 'en' }) }),
      }),
    ),
  );
}

/**
 * Resolves the `ruleset` of a case file or of one case: a built-in pack id, a path relative to the
 * case file (JSON or YAML), or an inline ruleset object. Issues point at `path`.
 */
export async function resolveCaseRuleset(
  ref: unknown,
  caseFile: string,
  path: readonly PathSegment[],
  cache: RulesetFileCache = new Map(),
): Promise<Result<Ruleset, Issue[]>> {
  if (typeof ref === 'string' && ref !== '') {
    if (isPackId(ref)) return ok(getPack(ref));
    return loadRulesetFile(ref, resolve(dirname(caseFile), ref), path, cache);
  }
  if (typeof ref === 'object' && ref !== null && !Array.isArray(ref)) {
    return invalidAsIssues(parseRuleset(ref), '(inline)', path);
  }
  return err([cliIssue(path, 'cli.ruleset-type', both('caseRulesetType'))]);
}

/**
 * Checks a policy case file: the file's `ruleset` (and any case's own) resolves to a valid
 * ruleset, and `cases` holds objects with a non-empty `name`. Returns every issue found.
 */
export async function checkCaseFile(
  data: Record<string, unknown> & { cases: unknown[] },
  caseFile: string,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const cache: RulesetFileCache = new Map();
  const fileHasRuleset = data.ruleset !== undefined;
  if (fileHasRuleset) {
    const r = await resolveCaseRuleset(data.ruleset, caseFile, ['ruleset'], cache);
    if (!r.ok) issues.push(...r.issues);
  }
  for (const [index, c] of data.cases.entries()) {
    const path: PathSegment[] = ['cases', index];
    if (typeof c !== 'object' || c === null || Array.isArray(c)) {
      issues.push(cliIssue(path, 'cli.case-type', both('caseNotObject')));
      continue;
    }
    const entry = c as Record<string, unknown>;
    if (typeof entry.name !== 'string' || entry.name.trim() === '') {
      issues.push(cliIssue([...path, 'name'], 'cli.case-name', both('caseNameMissing')));
    }
    if (entry.ruleset !== undefined) {
      const r = await resolveCaseRuleset(entry.ruleset, caseFile, [...path, 'ruleset'], cache);
      if (!r.ok) issues.push(...r.issues);
    } else if (!fileHasRuleset) {
      issues.push(cliIssue([...path, 'ruleset'], 'cli.ruleset-missing', both('caseRulesetMissing')));
    }
  }
  return issues;
}
