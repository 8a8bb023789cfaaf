import { issue } from './issue';
import { commonMessages } from './messages/common';

/**
 * The outcome of an operation that can fail on bad input: either a value or the issues found.
 *
 * @category Results
 * @example
 * ```ts
 * import { parseDecimal } from 'kinerja/decimal';
 * const r = parseDecimal('85.50');
 * if (r.ok) console.log(r.value); // "85.50"
 * else console.log(r.issues);
 * ```
 */
export type Result<T, E = Issue[]> = Ok<T> | Err<E>;

/**
 * A successful {@link Result}.
 *
 * @category Results
 * @example
 * ```ts
 * const r: Ok<number> = { ok: true, value: 1 };
 * ```
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * A failed {@link Result}, carrying what went wrong.
 *
 * @category Results
 * @example
 * ```ts
 * const r: Err<string> = { ok: false, issues: 'bad' };
 * ```
 */
export interface Err<E> {
  readonly ok: false;
  readonly issues: E;
}

/**
 * Builds a successful {@link Result}.
 *
 * @category Results
 * @example
 * ```ts
 * ok(3); // { ok: true, value: 3 }
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result}.
 *
 * @category Results
 * @example
 * ```ts
 * err([issue(decimalMessages, 'decimal.invalid', ['weight'], { value: 'abc' })]); // { ok: false, issues: [...] }
 * ```
 */
export function err<E>(issues: E): Err<E> {
  return { ok: false, issues };
}

/**
 * One segment of an issue path: an object key or an array index.
 *
 * @category Results
 * @example
 * ```ts
 * const path: PathSegment[] = ['indicators', 0, 'kuantitas', 'target'];
 * ```
 */
export type PathSegment = string | number;

/**
 * A text in both of the library's languages.
 *
 * @category Results
 * @example
 * ```ts
 * const t: LocalizedText = { id: 'Bobot harus berjumlah 100', en: 'Weights must sum to 100' };
 * ```
 */
export interface LocalizedText {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * The languages messages are available in: `id` (Bahasa Indonesia) and `en`.
 *
 * @category Results
 * @example
 * ```ts
 * const locale: Locale = 'id';
 * issue.message[locale];
 * ```
 */
export type Locale = keyof LocalizedText;

/**
 * One problem found in an input: where it is (`path`), what kind it is (`code`, stable, documented
 * in the message catalogs) and a message in Indonesian and English.
 *
 * @category Results
 * @example
 * ```ts
 * const i: Issue = {
 *   path: ['components', 0, 'weight'],
 *   code: 'decimal.invalid',
 *   message: { id: 'Bukan angka desimal: "abc"', en: 'Not a decimal number: "abc"' },
 *   severity: 'error',
 * };
 * ```
 */
export interface Issue {
  readonly path: readonly PathSegment[];
  readonly code: string;
  readonly message: LocalizedText;
  /** `error` (default) rejects the input; `warning` is reported beside a result. */
  readonly severity: 'error' | 'warning';
  /** The values the message was built from, for programs that render their own text. */
  readonly params?: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * Formats an issue path the way the command line prints it: `components[0].weight`.
 *
 * @category Results
 * @example
 * ```ts
 * formatPath(['components', 0, 'weight']); // "components[0].weight"
 * formatPath([]); // "(root)"
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (!Array.isArray(path) || path.length === 0) return '(root)';
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const seg: unknown = path[i];
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(typeof seg === 'string' ? seg : safeText(seg))}]`;
  }
  return out;
}

/** The issue of {@link unwrap} given something that is not a Result. */
function notAResult(value: unknown): Issue {
  const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return issue(commonMessages, 'input.invalid-type', [], { expected: 'Result', received });
}

/** Text for a value of unknown type that never throws (no `toString` of the caller's is called). */
function safeText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v == null) return String(v);
  if (typeof v === 'symbol') return v.description ?? 'symbol';
  return Object.prototype.toString.call(v);
}

/**
 * Formats one issue as `path: message` in the given locale.
 *
 * @category Results
 * @example
 * ```ts
 * formatIssue(issue, { locale: 'en' }); // "weights: Weights must sum to exactly 100 (got 99.99)"
 * ```
 */
export function formatIssue(value: Issue, options: { readonly locale?: Locale } = {}): string {
  const locale: Locale =
    typeof options === 'object' && options !== null && options.locale === 'id' ? 'id' : 'en';
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Issue>;
  const text = typeof v.message === 'object' && v.message !== null ? v.message[locale] : undefined;
  return `${formatPath(v.path ?? [])}: ${typeof text === 'string' ? text : safeText(v.code ?? text)}`;
}

/**
 * The single error class the throwing variants (`assertRuleset`, …) throw. It carries every issue.
 *
 * @category Results
 * @example
 * ```ts
 * try { assertRuleset({}); } catch (e) {
 *   if (e instanceof KinerjaError) console.log(e.issues.length);
 * }
 * ```
 */
export class KinerjaError extends Error {
  /** Every issue found, in the order found. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], what = 'input') {
    const list: readonly Issue[] = Array.isArray(issues) ? issues : [];
    const first = list[0];
    const more = list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    const subject = typeof what === 'string' ? what : 'input';
    super(first ? `Invalid ${subject}: ${formatIssue(first)}${more}` : `Invalid ${subject}`);
    this.name = 'KinerjaError';
    this.issues = list;
  }
}

/**
 * Returns the value of a successful result or throws a {@link KinerjaError} with its issues.
 *
 * @category Results
 * @example
 * ```ts
 * unwrap(parseDecimal('1.5')); // "1.5"
 * unwrap(parseDecimal('x'));   // throws KinerjaError
 * ```
 */
export function unwrap<T>(result: Result<T, readonly Issue[]>, what?: string): T {
  if (typeof result === 'object' && result !== null && result.ok === true) return result.value;
  if (typeof result === 'object' && result !== null && result.ok === false)
    throw new KinerjaError(result.issues, what);
  throw new KinerjaError([notAResult(result)], what);
}
