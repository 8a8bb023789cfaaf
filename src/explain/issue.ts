import { catalog, type MessageCode, type MessageParams } from './messages/index';
import type { Issue, LocalizedText, PathSegment } from './result';

/**
 * Renders a catalog message in both languages.
 *
 * @category Results
 * @example
 * ```ts
 * message('input.required'); // { id: 'Wajib diisi', en: 'Required' }
 * ```
 */
export function message(code: MessageCode, params: MessageParams = {}): LocalizedText {
  const t = catalog[code];
  return { id: t.id(params), en: t.en(params) };
}

/**
 * Builds an {@link Issue} from a catalog code, a path and the message parameters.
 *
 * @category Results
 * @example
 * ```ts
 * issue('input.required', ['period', 'start']);
 * // { path: ['period', 'start'], code: 'input.required', message: { id: 'Wajib diisi', en: 'Required' }, severity: 'error' }
 * ```
 */
export function issue(
  code: MessageCode,
  path: readonly PathSegment[],
  params: MessageParams = {},
  severity: 'error' | 'warning' = 'error',
): Issue {
  const hasParams = Object.keys(params).length > 0;
  return hasParams
    ? { path, code, message: message(code, params), severity, params }
    : { path, code, message: message(code, params), severity };
}

/**
 * Returns the same issues with `prefix` put in front of each path (for nested inputs).
 *
 * @category Results
 * @example
 * ```ts
 * prefixIssues(['indicators', 2], [issue('input.required', ['target'])])[0].path; // ['indicators', 2, 'target']
 * ```
 */
export function prefixIssues(prefix: readonly PathSegment[], issues: readonly Issue[]): Issue[] {
  if (prefix.length === 0) return [...issues];
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
