import {
  err,
  type Issue,
  isRecord,
  issue,
  ok,
  type PathSegment,
  parseWithSchema,
  prefixIssues,
  type Result,
} from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { testingMessages } from '../../explain/messages/testing';
import { CASE_FILE_KEYS, CASE_KEYS, CASE_KINDS, caseFileSchema } from '../../formats/index';
import { parseRuleset, type Ruleset } from '../../ruleset/index';
import type { CaseFile, PolicyCase, RulesetRef } from './types';

const ELIGIBILITY_ONLY = ['rule', 'asOf'] as const;
const BUILT_IN = new Set<string>(CASE_KINDS);

/**
 * Options of {@link parseCaseFile}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: ParseCaseFileOptions = { kinds: ['my-agency-bonus'] };
 * ```
 */
export interface ParseCaseFileOptions {
  /** Case kinds besides {@link CASE_KINDS} that the file may use (kinds with a registered runner). */
  readonly kinds?: readonly string[];
}

/** A parsed case file with the inline rulesets already validated, by object identity. */
export interface ParsedCaseFile {
  readonly file: CaseFile;
  readonly inline: ReadonlyMap<object, Result<Ruleset, Issue[]>>;
}

type Raw = Record<string, unknown>;

/** Where a key stands in the order issues are reported: unknown keys first, then the schema's order. */
function keyRank(order: readonly string[], key: PathSegment): number {
  return typeof key === 'string' ? order.indexOf(key) : -1;
}

/**
 * Sorts issues in document order (stable): the file's keys, then case by case, each case's keys in
 * the schema's order, unknown keys first; deeper paths keep the order they were found in.
 */
function documentOrder(issues: readonly Issue[]): Issue[] {
  const rank = (path: readonly PathSegment[], depth: number): ((key: PathSegment) => number) | undefined => {
    if (depth === 0) return (k) => keyRank(CASE_FILE_KEYS, k);
    if (depth === 2 && path[0] === 'cases') return (k) => keyRank(CASE_KEYS, k);
    return undefined;
  };
  const compare = (a: Issue, b: Issue): number => {
    const n = Math.min(a.path.length, b.path.length);
    for (let d = 0; d < n; d++) {
      const x = a.path[d] as PathSegment;
      const y = b.path[d] as PathSegment;
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      const r = rank(a.path, d);
      return r === undefined ? 0 : r(x) - r(y);
    }
    return a.path.length - b.path.length;
  };
  return [...issues].sort(compare);
}

/** The checks of one case that span the file or depend on the kinds with a runner. */
function checkCase(
  raw: Raw,
  index: number,
  ctx: {
    readonly kinds: ReadonlySet<string>;
    readonly fileHasRuleset: boolean;
    readonly names: Map<string, number>;
    readonly issues: Issue[];
    readonly inline: Map<object, Result<Ruleset, Issue[]>>;
  },
): void {
  const path: PathSegment[] = ['cases', index];
  const { issues } = ctx;
  const name = raw.name;
  if (typeof name === 'string' && name.trim() !== '') {
    const first = ctx.names.get(name);
    if (first !== undefined)
      issues.push(issue(testingMessages, 'testing.duplicate-name', [...path, 'name'], { name, first }));
    else ctx.names.set(name, index);
  }
  // An unknown kind is reported; the case is then checked as an evaluation case.
  let kind = 'evaluation';
  if (typeof raw.kind === 'string') {
    if (ctx.kinds.has(raw.kind)) kind = raw.kind;
    else {
      const available = [...ctx.kinds].join(', ');
      issues.push(
        issue(testingMessages, 'testing.unknown-kind', [...path, 'kind'], { kind: raw.kind, available }),
      );
    }
  }
  if (raw.ruleset !== undefined) inlineRuleset(raw.ruleset, [...path, 'ruleset'], ctx);
  else if (kind === 'evaluation' && !ctx.fileHasRuleset)
    issues.push(issue(testingMessages, 'testing.ruleset-missing', [...path, 'ruleset']));
  // `rule` and `asOf` belong to eligibility cases (and to kinds with a registered runner).
  const builtIn = BUILT_IN.has(kind);
  for (const key of ELIGIBILITY_ONLY) {
    if (raw[key] !== undefined && kind !== 'eligibility' && builtIn)
      issues.push(
        issue(testingMessages, 'testing.key-not-for-kind', [...path, key], { key, kinds: 'eligibility' }),
      );
    if (raw[key] === undefined && kind === 'eligibility')
      issues.push(issue(commonMessages, 'input.required', [...path, key]));
  }
}

/** Validates an inline ruleset (its issues come back under `path`); pack ids and paths are resolved later. */
function inlineRuleset(
  value: unknown,
  path: readonly PathSegment[],
  ctx: { readonly issues: Issue[]; readonly inline: Map<object, Result<Ruleset, Issue[]>> },
): void {
  if (!isRecord(value)) return;
  const parsed = parseRuleset(value);
  ctx.inline.set(value, parsed);
  if (!parsed.ok) ctx.issues.push(...prefixIssues(path, parsed.issues));
}

/** Reads the options: absent → none; anything but an object with an array of strings is an issue. */
function readKinds(options: unknown): Result<readonly string[], Issue[]> {
  if (options === undefined) return ok([]);
  if (!isRecord(options)) {
    const received = options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options;
    return err([issue(commonMessages, 'input.invalid-type', ['options'], { expected: 'object', received })]);
  }
  const kinds = options.kinds;
  if (kinds === undefined) return ok([]);
  if (!Array.isArray(kinds) || kinds.some((k) => typeof k !== 'string'))
    return err([
      issue(commonMessages, 'input.invalid-type', ['options', 'kinds'], {
        expected: 'array of strings',
        received: Array.isArray(kinds) ? 'array' : kinds === null ? 'null' : typeof kinds,
      }),
    ]);
  return ok(kinds as string[]);
}

/** {@link parseCaseFile}, also returning the inline rulesets it validated (for the runner's cache). */
export function parseCaseFileInternal(input: unknown, options?: unknown): Result<ParsedCaseFile, Issue[]> {
  const kinds = readKinds(options);
  if (!kinds.ok) return kinds;
  const shaped = parseWithSchema(caseFileSchema, input);
  // Not an object, or nested too deep: nothing more to check.
  if (!isRecord(input) || (!shaped.ok && shaped.issues.some((i) => i.code === 'input.too-deep')))
    return shaped.ok ? err([]) : shaped;
  const issues: Issue[] = shaped.ok ? [] : [...shaped.issues];
  const inline = new Map<object, Result<Ruleset, Issue[]>>();
  if (input.ruleset !== undefined) inlineRuleset(input.ruleset, ['ruleset'], { issues, inline });
  if (Array.isArray(input.cases)) {
    const ctx = {
      kinds: new Set([...CASE_KINDS, ...kinds.value]),
      // A file-level ruleset that is present but invalid is already an issue; do not repeat it per case.
      fileHasRuleset: input.ruleset !== undefined,
      names: new Map<string, number>(),
      issues,
      inline,
    };
    input.cases.forEach((raw: unknown, index: number) => {
      if (isRecord(raw)) checkCase(raw, index, ctx);
    });
  }
  if (issues.length > 0 || !shaped.ok) return err(documentOrder(issues));
  // The caller's own input, expect and inline ruleset objects, not copies.
  const rawCases = input.cases as Raw[];
  const cases = shaped.value.cases.map((c, index): PolicyCase => {
    const raw = rawCases[index] as Raw;
    return {
      name: c.name,
      kind: c.kind ?? 'evaluation',
      ...(c.description !== undefined ? { description: c.description } : {}),
      input: raw.input,
      expect: raw.expect as Raw,
      ...(raw.ruleset !== undefined ? { ruleset: raw.ruleset as RulesetRef } : {}),
      ...(c.rule !== undefined ? { rule: c.rule } : {}),
      ...(c.asOf !== undefined ? { asOf: c.asOf } : {}),
    };
  });
  const file: CaseFile = {
    ...(shaped.value.$schema !== undefined ? { $schema: shaped.value.$schema } : {}),
    ...(shaped.value.description !== undefined ? { description: shaped.value.description } : {}),
    ...(input.ruleset !== undefined ? { ruleset: input.ruleset as RulesetRef } : {}),
    cases,
  };
  return ok({ file, inline });
}

/**
 * Validates a policy case file (already parsed from JSON or YAML) against docs/testing-policies.md ("Policy
 * case files") and returns it with each case's `kind` filled in, or every issue found, each with
 * its path: unknown keys, a missing or duplicate `name`, an unknown `kind`, a missing `input` or
 * `expect`, a malformed `error` expectation or result path, a `ruleset` of the wrong type (an
 * inline ruleset is validated here too), a case without any ruleset, `rule`/`asOf` on a case that
 * is not an eligibility case. Pack ids and ruleset paths are resolved when the cases run.
 *
 * @category Testing
 * @example
 * ```ts
 * import { parseCaseFile } from 'kinerja/testing';
 * const r = parseCaseFile({ ruleset: 'pp46-2011', cases: [{ name: 'a', input: {}, expect: {} }, { name: 'a', input: {}, expect: {} }] });
 * r.ok; // false
 * !r.ok && r.issues[0].code; // "testing.duplicate-name" (path ['cases', 1, 'name'])
 * ```
 */
export function parseCaseFile(input: unknown, options?: ParseCaseFileOptions): Result<CaseFile, Issue[]> {
  const r = parseCaseFileInternal(input, options);
  return r.ok ? ok(r.value.file) : r;
}
