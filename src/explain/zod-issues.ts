import type * as z from 'zod';
import { issue } from './issue';
import { commonMessages } from './messages/common';
import type { Issue, PathSegment } from './result';

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** Converts zod issues into the library's issues (stable codes, both languages). */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  base: readonly PathSegment[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...base, ...toPath(zi.path)];
    switch (zi.code) {
      case 'custom': {
        const carried = (zi.params as { kinerja?: Issue } | undefined)?.kinerja;
        if (carried) out.push({ ...carried, path });
        else out.push(issue(commonMessages, 'input.invalid', path, { detail: zi.message }));
        break;
      }
      case 'invalid_type':
        out.push(
          zi.input === undefined
            ? issue(commonMessages, 'input.required', path)
            : issue(commonMessages, 'input.invalid-type', path, {
                expected: String(zi.expected),
                received: received(zi.input),
              }),
        );
        break;
      case 'unrecognized_keys':
        for (const key of zi.keys)
          out.push(issue(commonMessages, 'input.unknown-key', [...path, key], { key }));
        break;
      case 'invalid_value':
        out.push(
          issue(commonMessages, 'input.invalid-value', path, {
            expected: zi.values.map((v) => JSON.stringify(v)).join(', '),
          }),
        );
        break;
      case 'too_small':
        out.push(issue(commonMessages, 'input.too-small', path, { minimum: String(zi.minimum) }));
        break;
      case 'too_big':
        out.push(issue(commonMessages, 'input.too-big', path, { maximum: String(zi.maximum) }));
        break;
      case 'invalid_format':
        out.push(
          issue(commonMessages, 'input.invalid-format', path, {
            format: zi.format === 'regex' ? zi.message : zi.format,
          }),
        );
        break;
      case 'invalid_union': {
        // A discriminated union with an unknown discriminator, or a value matching no branch.
        const d = zi as { discriminator?: string; options?: readonly unknown[] };
        if (d.discriminator !== undefined) {
          const options = (d.options ?? []).map((o) => JSON.stringify(o)).join(', ');
          out.push(issue(commonMessages, 'input.invalid-value', path, { expected: options }));
        } else if (zi.errors.length > 0 && zi.errors.every((branch) => branch.length > 0)) {
          const best = zi.errors.reduce((a, b) => (b.length < a.length ? b : a));
          const onlyTypes = zi.errors.every((branch) =>
            branch.every((e) => e.code === 'invalid_type' && e.path.length === 0),
          );
          if (onlyTypes) {
            const expected = zi.errors.flatMap((branch) =>
              branch.map((e) => String((e as { expected?: unknown }).expected)),
            );
            out.push(
              issue(commonMessages, 'input.invalid-type', path, {
                expected: [...new Set(expected)].join(' | '),
                received: received(zi.input),
              }),
            );
          } else {
            out.push(...fromZodIssues(best, path));
          }
        } else {
          out.push(issue(commonMessages, 'input.invalid', path, { detail: zi.message }));
        }
        break;
      }
      default:
        out.push(issue(commonMessages, 'input.invalid', path, { detail: zi.message }));
    }
  }
  return out;
}

/**
 * Adds library issues to a zod refinement's context, carried whole in `params.kinerja` (code,
 * params and both messages), so that {@link fromZodIssues} gives them back as they were, at their
 * paths (relative to the refined value).
 */
export function addIssues(
  ctx: z.core.$RefinementCtx<unknown>,
  value: unknown,
  issues: readonly Issue[],
): void {
  for (const i of issues) {
    ctx.addIssue({
      code: 'custom',
      message: i.message.en,
      input: value,
      params: { kinerja: i },
      path: [...i.path],
    });
  }
}
