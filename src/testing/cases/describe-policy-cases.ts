import { dirname, resolve } from 'node:path';
import {
  formatIssue,
  type Issue,
  isRecord,
  issue,
  KinerjaError,
  type Locale,
  message,
} from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { testingMessages } from '../../explain/messages/testing';
import { formatFailure } from './format-case-report';
import { readRunOptions } from './guard';
import { type CaseSession, createCaseSession } from './run-policy-cases';
import type { CaseFile, RunPolicyCasesOptions } from './types';

/**
 * The part of a test framework {@link describePolicyCases} uses: `describe` and `it` from vitest,
 * from `node:test`, or from any runner with the same shape (jest, mocha). A case fails by throwing
 * an `Error`, which every runner reports, so no `expect` is needed.
 *
 * @category Testing
 * @example
 * ```ts
 * import { describe, it } from 'vitest'; // or: from 'node:test'
 * const api: PolicyTestApi = { describe, it };
 * ```
 */
export interface PolicyTestApi {
  /** Groups tests: vitest's or `node:test`'s `describe`. */
  readonly describe: (name: string, fn: () => void) => unknown;
  /** Declares one test: vitest's or `node:test`'s `it`. */
  readonly it: (name: string, fn: () => void) => unknown;
}

/**
 * Options of {@link describePolicyCases}: those of `runPolicyCases` (for files given as paths,
 * `baseDir` is where the paths start and each file's own folder is where its ruleset paths start),
 * and the language of failure messages.
 *
 * @category Testing
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const options: DescribePolicyCasesOptions = { readFile: (p) => JSON.parse(readFileSync(p, 'utf8')), locale: 'id' };
 * ```
 */
export interface DescribePolicyCasesOptions extends RunPolicyCasesOptions {
  /** The language of failure messages (default `en`). */
  readonly locale?: Locale;
}

function issueLines(issues: readonly Issue[], locale: Locale): string {
  return issues.map((i) => formatIssue(i, { locale })).join('; ');
}

/** Reads and validates one case file; returns the reason as text when it cannot be used. */
function open(
  entry: string | CaseFile,
  options: DescribePolicyCasesOptions,
  locale: Locale,
): CaseSession | string {
  try {
    if (typeof entry !== 'string') return createCaseSession(entry, options);
    if (!options.readFile) return message(testingMessages, 'testing.no-reader')[locale];
    const path = resolve(options.baseDir ?? '.', entry);
    const data = options.readFile(path);
    if (typeof (data as { then?: unknown } | null)?.then === 'function')
      return message(testingMessages, 'testing.async-reader')[locale];
    return createCaseSession(data, { ...options, baseDir: dirname(path), file: entry });
  } catch (e) {
    if (e instanceof KinerjaError) return issueLines(e.issues, locale);
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Registers policy case files as tests: one `describe` per file and one `it` per case, named after
 * the case; a failing case throws an `Error` whose message has one line per failing path (path,
 * expected, actual) or the reason. Works with vitest and `node:test` (pass their `describe` and
 * `it`: the package itself imports no test framework). Files may be paths, read through
 * `options.readFile` when the tests are collected, or {@link CaseFile} values. A file that cannot
 * be read or is not a valid case file becomes one failing test that lists the issues. Arguments
 * it cannot register with (not an array of files, an `api` without `describe` and `it`, options
 * of the wrong types) throw a `KinerjaError` listing every issue, when the tests are collected.
 *
 * @category Testing
 * @example
 * ```ts
 * // policies.test.ts
 * import { readFileSync } from 'node:fs';
 * import { describe, it } from 'vitest';
 * import { describePolicyCases } from 'kinerja/testing';
 *
 * describePolicyCases(['policies/pp46.cases.json'], { describe, it }, {
 *   readFile: (path) => JSON.parse(readFileSync(path, 'utf8')),
 * });
 * // ✓ policies/pp46.cases.json > on-target year
 * ```
 */
export function describePolicyCases(
  files: ReadonlyArray<string | CaseFile>,
  api: PolicyTestApi,
  options?: DescribePolicyCasesOptions,
): void {
  const issues: Issue[] = [];
  if (!Array.isArray(files))
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['files'], {
        expected: 'array',
        received: typeName(files),
      }),
    );
  const testApi = api as unknown;
  if (!isRecord(testApi) || typeof testApi.describe !== 'function' || typeof testApi.it !== 'function')
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['api'], {
        expected: '{ describe, it }',
        received: typeName(api),
      }),
    );
  const read = readRunOptions(options);
  if (!read.ok) issues.push(...read.issues);
  const locale = isRecord(options) ? options.locale : undefined;
  if (locale !== undefined && locale !== 'id' && locale !== 'en')
    issues.push(
      issue(commonMessages, 'input.invalid-value', ['options', 'locale'], { expected: '"id", "en"' }),
    );
  // A registration helper: what it cannot register is a KinerjaError, raised at once.
  if (issues.length > 0) throw new KinerjaError(issues, 'describePolicyCases arguments');
  describeAll(
    files,
    api,
    (options ?? {}) as DescribePolicyCasesOptions,
    (locale as Locale | undefined) ?? 'en',
  );
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function describeAll(
  files: ReadonlyArray<string | CaseFile>,
  api: PolicyTestApi,
  options: DescribePolicyCasesOptions,
  locale: Locale,
): void {
  files.forEach((entry, index) => {
    const title = typeof entry === 'string' ? entry : (options.file ?? `policy cases ${index + 1}`);
    const invalid = (detail: string): void => {
      api.describe(title, () => {
        api.it(message(testingMessages, 'testing.valid-file')[locale], () => {
          throw new Error(message(testingMessages, 'testing.invalid-file', { file: title, detail })[locale]);
        });
      });
    };
    const session = open(entry, options, locale);
    if (typeof session === 'string') {
      invalid(session);
      return;
    }
    api.describe(title, () => {
      for (const c of session.file.cases) {
        api.it(c.name, () => {
          const r = session.run(c);
          if (!r.ok) throw new Error(r.failures.map((f) => formatFailure(f, locale)).join('\n'));
        });
      }
    });
  });
}
