import type * as z from 'zod';
import { checkDepth, type Issue, isRecord, type PathSegment, parseWithSchema } from '../../explain/index';

/** Unknown keys first, then the fields in the schema's order (the order the hand readers had). */
function ordered(issues: readonly Issue[]): Issue[] {
  return [
    ...issues.filter((i) => i.code === 'input.unknown-key'),
    ...issues.filter((i) => i.code !== 'input.unknown-key'),
  ];
}

/** What {@link readObject} read: the whole value, or the fields that were fine on their own. */
export interface Read<T> {
  /** The parsed value, when the whole input passed. */
  readonly value: T | undefined;
  /** Every field that passed on its own (all of them when `value` is defined). */
  readonly fields: Partial<T>;
  /** The keys the caller gave (own keys with a defined value), read or not. */
  readonly given: readonly string[];
}

function givenKeys(input: unknown): string[] {
  if (!isRecord(input)) return [];
  try {
    return Object.keys(input).filter((k) => input[k] !== undefined);
  } catch {
    return [];
  }
}

/**
 * Reads `input` with an object schema (through `parseWithSchema`: depth guard, issues at `path`),
 * adding its issues to `issues`. When the whole fails, the fields that pass on their own are still
 * returned, so that checks across fields ("the supervisor is not the employee") report every
 * problem at once, as the lifecycle promises.
 */
export function readObject<S extends z.ZodObject>(
  schema: S,
  input: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
): Read<z.output<S>> {
  const r = parseWithSchema(schema, input, path);
  const given = givenKeys(input);
  if (r.ok) return { value: r.value, fields: r.value, given };
  issues.push(...ordered(r.issues));
  const fields: Record<string, unknown> = {};
  if (!isRecord(input) || checkDepth(input) !== undefined) return { value: undefined, fields: {}, given };
  for (const [key, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    try {
      if (!Object.hasOwn(input, key)) continue;
      const f = fieldSchema.safeParse(input[key]);
      if (f.success && f.data !== undefined) fields[key] = f.data;
    } catch {
      // A field whose reading throws is simply not available; its issue is already reported.
    }
  }
  return { value: undefined, fields: fields as Partial<z.output<S>>, given };
}

/**
 * Reads an options bag: `undefined` is an empty bag (its required keys are then reported, at
 * `['options', key]`); anything else goes through the schema (`input.invalid-type` at `['options']`
 * when it is not an object).
 */
export function readOptions<S extends z.ZodObject>(
  schema: S,
  options: unknown,
  issues: Issue[],
): z.output<S> | undefined {
  return readObject(schema, options === undefined ? {} : options, ['options'], issues).value;
}
