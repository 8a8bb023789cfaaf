import type * as z from 'zod';
import { checkDepth } from './input-guard';
import { issue } from './issue';
import { commonMessages } from './messages/common';
import { err, type Issue, ok, type PathSegment, type Result } from './result';
import { fromZodIssues } from './zod-issues';

/**
 * Reads `input` with a zod schema into the library's {@link Result}: the nesting depth is checked
 * first (`input.too-deep`, never a stack overflow), then the schema runs and its issues become the
 * library's issues (stable codes, paths below `base`, id/en messages). Anything the schema throws
 * (a getter or `toString` of the caller's that throws) becomes an `input.invalid` issue, never an
 * exception.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  base: readonly PathSegment[] = [],
): Result<z.output<S>, Issue[]> {
  const deep = checkDepth(input, base);
  if (deep) return err([deep]);
  try {
    const parsed = schema.safeParse(input, { reportInput: true });
    return parsed.success ? ok(parsed.data) : err(fromZodIssues(parsed.error.issues, base));
  } catch (e) {
    return err([
      issue(commonMessages, 'input.invalid', [...base], {
        detail: e instanceof Error ? e.message : String(e),
      }),
    ]);
  }
}
