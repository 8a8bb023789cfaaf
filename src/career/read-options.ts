/**
 * Reading the options bags and odd values of the career functions. Not part of the public API.
 *
 * @internal
 * @module
 */
import { formatIssue, type Issue, isRecord, issue, type Locale, type PathSegment } from '../explain/index';
import { commonMessages } from '../explain/messages/common';

/** The JSON type name of a value, for `received` in issues ("null", "array", "object", …). */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A value as shown in an issue: a string as it is, anything else by its type (never calls its `toString`). */
export function shownValue(value: unknown): string {
  return typeof value === 'string' ? value : typeName(value);
}

/**
 * Reads an options bag: undefined is empty, a plain object is itself, anything else is an
 * `input.invalid-type` issue at `path` (default ['options']) and counts as empty.
 */
export function optionsBag(
  options: unknown,
  issues: Issue[],
  path: readonly PathSegment[] = ['options'],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (isRecord(options)) return options;
  issues.push(
    issue(commonMessages, 'input.invalid-type', path, { expected: 'object', received: typeName(options) }),
  );
  return {};
}

/** The locale of a render options bag: `en` when it says so, else `id` (the default). */
export function localeOf(options: unknown): Locale {
  return isRecord(options) && options.locale === 'en' ? 'en' : 'id';
}

/**
 * Renders text, or, when `value` is not what the renderer takes (a renderer returns text, never a
 * throw), the issue found, as one line: `result: Wrong type: expected …`.
 */
export function renderOrIssue(
  value: unknown,
  what: string,
  locale: Locale,
  render: (v: Record<string, unknown>) => string,
): string {
  let found: Issue;
  if (!isRecord(value))
    found = issue(commonMessages, 'input.invalid-type', [what], {
      expected: 'object',
      received: typeName(value),
    });
  else {
    try {
      return render(value);
    } catch (e) {
      found = issue(commonMessages, 'input.invalid', [what], {
        detail: e instanceof Error ? e.message : 'not renderable',
      });
    }
  }
  return `${formatIssue(found, { locale })}\n`;
}
