import { issue } from './issue';
import { commonMessages } from './messages/common';
import type { Issue, PathSegment } from './result';

/**
 * How deep a value read from outside may nest (objects and arrays). Deeper input is rejected with
 * `input.too-deep` before any recursive reader sees it, so no input can overflow the stack. Real
 * documents (rulesets, results with their explanation trees, eligibility rules) stay far below.
 */
export const MAX_INPUT_DEPTH = 64;

/** Whether `value` is a plain record: an object that is not null and not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks `value` without recursion and returns an `input.too-deep` issue (at the path where the
 * limit is crossed) when objects and arrays nest deeper than `maxDepth`, or `undefined`.
 * Cycles are reported the same way, since they nest without end.
 */
export function checkDepth(
  value: unknown,
  base: readonly PathSegment[] = [],
  maxDepth: number = MAX_INPUT_DEPTH,
): Issue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Each frame: the container, its depth, and its path (built lazily only on failure).
  const stack: { v: object; depth: number; path: readonly PathSegment[] }[] = [
    { v: value, depth: 1, path: base },
  ];
  while (stack.length > 0) {
    const frame = stack.pop() as { v: object; depth: number; path: readonly PathSegment[] };
    if (frame.depth > maxDepth) {
      return issue(commonMessages, 'input.too-deep', frame.path, { maximum: maxDepth });
    }
    if (Array.isArray(frame.v)) {
      const a = frame.v as unknown[];
      for (let i = 0; i < a.length; i++) {
        const c = a[i];
        if (typeof c === 'object' && c !== null)
          stack.push({ v: c, depth: frame.depth + 1, path: [...frame.path, i] });
      }
    } else {
      for (const k of Object.keys(frame.v)) {
        const c = (frame.v as Record<string, unknown>)[k];
        if (typeof c === 'object' && c !== null)
          stack.push({ v: c, depth: frame.depth + 1, path: [...frame.path, k] });
      }
    }
  }
  return undefined;
}
