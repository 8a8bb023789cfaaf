import { parseIsoDate } from '../../date/index';
import { err, type Issue, issue, ok, type PathSegment, prefixIssues, type Result } from '../../explain/index';
import { parseRuleset, type Ruleset } from '../../ruleset/index';
import { CASE_KINDS, type CaseFile, type PolicyCase, type RulesetRef } from './types';

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

const FILE_KEYS = new Set(['$schema', 'description', 'ruleset', 'cases']);
const CASE_KEYS = new Set(['name', 'kind', 'description', 'input', 'expect', 'ruleset', 'rule', 'asOf']);
const ELIGIBILITY_ONLY = ['rule', 'asOf'] as const;
const BUILT_IN = new Set<string>(CASE_KINDS);

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function wrongType(path: readonly PathSegment[], expected: string, value: unknown): Issue {
  return issue('input.invalid-type', path, { expected, received: typeName(value) });
}

/**
 * Checks a ruleset reference's type; validates an inline ruleset (its issues come back under
 * `path`). Pack ids and paths are resolved only when the cases run.
 */
function checkRuleset(
  value: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
  inline: Map<object, Result<Ruleset, Issue[]>>,
): RulesetRef | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (isRecord(value)) {
    const parsed = parseRuleset(value);
    inline.set(value, parsed);
    if (!parsed.ok) issues.push(...prefixIssues(path, parsed.issues));
    return value;
  }
  issues.push(issue('testing.ruleset-type', path));
  return undefined;
}

function checkExpect(value: unknown, path: readonly PathSegment[], issues: Issue[]): Raw | undefined {
  if (value === undefined) {
    issues.push(issue('input.required', path));
    return undefined;
  }
  if (!isRecord(value)) {
    issues.push(wrongType(path, 'object', value));
    return undefined;
  }
  const keys = Object.keys(value);
  for (const key of keys) {
    if (key.split('.').some((part) => part === '')) {
      issues.push(issue('testing.invalid-path', [...path, key], { path: key }));
    }
  }
  if ('error' in value) {
    const e = value.error;
    if (!(e === true || (typeof e === 'string' && e.trim() !== ''))) {
      issues.push(issue('testing.error-value', [...path, 'error']));
    }
    if (keys.length > 1) issues.push(issue('testing.error-alone', [...path, 'error']));
  }
  return value;
}

function parseCase(
  raw: unknown,
  index: number,
  ctx: {
    readonly kinds: ReadonlySet<string>;
    readonly fileHasRuleset: boolean;
    readonly names: Map<string, number>;
    readonly issues: Issue[];
    readonly inline: Map<object, Result<Ruleset, Issue[]>>;
  },
): PolicyCase | undefined {
  const path: PathSegment[] = ['cases', index];
  const { issues } = ctx;
  if (!isRecord(raw)) {
    issues.push(wrongType(path, 'object', raw));
    return undefined;
  }
  const before = issues.length;
  for (const key of Object.keys(raw)) {
    if (!CASE_KEYS.has(key)) issues.push(issue('input.unknown-key', [...path, key], { key }));
  }

  const name = raw.name;
  if (name === undefined) issues.push(issue('input.required', [...path, 'name']));
  else if (typeof name !== 'string' || name.trim() === '')
    issues.push(wrongType([...path, 'name'], 'non-empty string', name));
  else {
    const first = ctx.names.get(name);
    if (first !== undefined) issues.push(issue('testing.duplicate-name', [...path, 'name'], { name, first }));
    else ctx.names.set(name, index);
  }

  let kind = 'evaluation';
  if (raw.kind !== undefined) {
    if (typeof raw.kind !== 'string') issues.push(wrongType([...path, 'kind'], 'string', raw.kind));
    else if (!ctx.kinds.has(raw.kind)) {
      issues.push(
        issue('testing.unknown-kind', [...path, 'kind'], {
          kind: raw.kind,
          available: [...ctx.kinds].join(', '),
        }),
      );
    } else kind = raw.kind;
  }

  if (raw.description !== undefined && typeof raw.description !== 'string')
    issues.push(wrongType([...path, 'description'], 'string', raw.description));
  if (!('input' in raw) || raw.input === undefined) issues.push(issue('input.required', [...path, 'input']));
  const expect = checkExpect(raw.expect, [...path, 'expect'], issues);

  let ruleset: RulesetRef | undefined;
  if (raw.ruleset !== undefined)
    ruleset = checkRuleset(raw.ruleset, [...path, 'ruleset'], issues, ctx.inline);
  else if (kind === 'evaluation' && !ctx.fileHasRuleset)
    issues.push(issue('testing.ruleset-missing', [...path, 'ruleset']));

  // `rule` and `asOf` belong to eligibility cases (and to kinds with a registered runner).
  const customKind = !BUILT_IN.has(kind);
  for (const key of ELIGIBILITY_ONLY) {
    if (raw[key] !== undefined && kind !== 'eligibility' && !customKind)
      issues.push(issue('testing.key-not-for-kind', [...path, key], { key, kinds: 'eligibility' }));
  }
  let rule: string | undefined;
  if (raw.rule !== undefined) {
    if (typeof raw.rule !== 'string' || raw.rule.trim() === '')
      issues.push(wrongType([...path, 'rule'], 'non-empty string', raw.rule));
    else rule = raw.rule;
  } else if (kind === 'eligibility') issues.push(issue('input.required', [...path, 'rule']));
  let asOf: string | undefined;
  if (raw.asOf !== undefined) {
    const d = parseIsoDate(raw.asOf, [...path, 'asOf']);
    if (d.ok) asOf = d.value;
    else issues.push(...d.issues);
  } else if (kind === 'eligibility') issues.push(issue('input.required', [...path, 'asOf']));

  if (issues.length > before || typeof name !== 'string' || expect === undefined) return undefined;
  return {
    name,
    kind,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    input: raw.input,
    expect,
    ...(ruleset !== undefined ? { ruleset } : {}),
    ...(rule !== undefined ? { rule } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  };
}

/** {@link parseCaseFile}, also returning the inline rulesets it validated (for the runner's cache). */
export function parseCaseFileInternal(
  input: unknown,
  options: ParseCaseFileOptions = {},
): Result<ParsedCaseFile, Issue[]> {
  if (!isRecord(input)) return err([wrongType([], 'object', input)]);
  const issues: Issue[] = [];
  const inline = new Map<object, Result<Ruleset, Issue[]>>();
  for (const key of Object.keys(input)) {
    if (!FILE_KEYS.has(key)) issues.push(issue('input.unknown-key', [key], { key }));
  }
  if (input.$schema !== undefined && typeof input.$schema !== 'string')
    issues.push(wrongType(['$schema'], 'string', input.$schema));
  if (input.description !== undefined && typeof input.description !== 'string')
    issues.push(wrongType(['description'], 'string', input.description));
  const ruleset =
    input.ruleset !== undefined ? checkRuleset(input.ruleset, ['ruleset'], issues, inline) : undefined;
  const cases: PolicyCase[] = [];
  if (input.cases === undefined) issues.push(issue('input.required', ['cases']));
  else if (!Array.isArray(input.cases)) issues.push(wrongType(['cases'], 'array', input.cases));
  else {
    const ctx = {
      kinds: new Set([...CASE_KINDS, ...(options.kinds ?? [])]),
      // A file-level ruleset that is present but invalid is already an issue; do not repeat it per case.
      fileHasRuleset: input.ruleset !== undefined,
      names: new Map<string, number>(),
      issues,
      inline,
    };
    input.cases.forEach((raw, index) => {
      const c = parseCase(raw, index, ctx);
      if (c) cases.push(c);
    });
  }
  if (issues.length > 0) return err(issues);
  const file: CaseFile = {
    ...(typeof input.$schema === 'string' ? { $schema: input.$schema } : {}),
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
    ...(ruleset !== undefined ? { ruleset } : {}),
    cases,
  };
  return ok({ file, inline });
}

/**
 * Validates a policy case file (already parsed from JSON or YAML) against CONTRACT.md ("Policy
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
export function parseCaseFile(input: unknown, options: ParseCaseFileOptions = {}): Result<CaseFile, Issue[]> {
  const r = parseCaseFileInternal(input, options);
  return r.ok ? ok(r.value.file) : r;
}
