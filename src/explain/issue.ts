import type { MessageCatalog, MessageParams } from './messages/types';
import type { Issue, LocalizedText, PathSegment } from './result';

/**
 * Renders a catalog message in both languages. The catalogue is that of the module that raises the
 * code (src/explain/messages/<area>.ts), passed by it, so that a module's messages come only with
 * the code that uses them.
 *
 * @category Results
 * @example
 * ```ts
 * message(commonMessages, 'input.required'); // { id: 'Wajib diisi', en: 'Required' }
 * ```
 */
export function message<C extends MessageCatalog>(
  messages: C,
  code: keyof C & string,
  params: MessageParams = {},
): LocalizedText {
  const t = messages[code] as C[keyof C & string];
  return { id: t.id(params), en: t.en(params) };
}

/**
 * Builds an {@link Issue} from a catalog code (of the catalogue passed), a path and the message
 * parameters.
 *
 * @category Results
 * @example
 * ```ts
 * issue(commonMessages, 'input.required', ['period', 'start']);
 * // { path: ['period', 'start'], code: 'input.required', message: { id: 'Wajib diisi', en: 'Required' }, severity: 'error' }
 * ```
 */
export function issue<C extends MessageCatalog>(
  messages: C,
  code: keyof C & string,
  path: readonly PathSegment[],
  params: MessageParams = {},
  severity: 'error' | 'warning' = 'error',
): Issue {
  const made: Issue = { path, code, message: message(messages, code, params), severity };
  return Object.keys(params).length > 0 ? { ...made, params } : made;
}

/**
 * Returns the same issues with `prefix` put in front of each path (for nested inputs).
 *
 * @category Results
 * @example
 * ```ts
 * prefixIssues(['indicators', 2], [issue(commonMessages, 'input.required', ['target'])])[0].path; // ['indicators', 2, 'target']
 * ```
 */
export function prefixIssues(prefix: readonly PathSegment[], issues: readonly Issue[]): Issue[] {
  if (prefix.length === 0) return [...issues];
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
