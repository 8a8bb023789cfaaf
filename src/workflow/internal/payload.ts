import { type Issue, issue, MAX_INPUT_DEPTH, type PathSegment } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { workflowMessages } from '../../explain/messages/workflow';
import type { JsonValue } from '../types';

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
      return typeof name === 'string' ? name : 'object';
    }
  }
  return typeof value;
}

/**
 * A deep copy of a JSON value, or `undefined` with a `workflow.not-json` issue when something in it
 * is not plain JSON data (undefined, functions, NaN, Infinity, class instances, cycles, too deep).
 */
export function copyJson(
  value: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
): JsonValue | undefined {
  const seen: object[] = [];
  let ok = true;
  const walk = (v: unknown, at: readonly PathSegment[], depth: number): JsonValue => {
    if (!ok) return null;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    const bad = (received: string): JsonValue => {
      ok = false;
      issues.push(issue(workflowMessages, 'workflow.not-json', at, { received }));
      return null;
    };
    if (typeof v !== 'object') return bad(kind(v));
    if (depth >= MAX_INPUT_DEPTH) return bad(`nesting deeper than ${MAX_INPUT_DEPTH}`);
    if (seen.includes(v)) return bad('a cycle');
    seen.push(v);
    let out: JsonValue;
    if (Array.isArray(v)) {
      const arr: JsonValue[] = [];
      for (let i = 0; i < v.length; i += 1) arr.push(walk(v[i], [...at, i], depth + 1));
      out = arr;
    } else {
      const proto: unknown = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) {
        seen.pop();
        return bad(kind(v));
      }
      const obj: Record<string, JsonValue> = {};
      for (const [k, x] of Object.entries(v)) {
        // Own enumerable keys only; defineProperty keeps "__proto__" an ordinary key.
        Object.defineProperty(obj, k, {
          value: walk(x, [...at, k], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      out = obj;
    }
    seen.pop();
    return out;
  };
  const result = walk(value, path, 0);
  return ok ? result : undefined;
}

/** Reads a required JSON value (`input.required` when absent). */
export function readJson(
  value: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
): JsonValue | undefined {
  if (value === undefined) {
    issues.push(issue(commonMessages, 'input.required', path));
    return undefined;
  }
  return copyJson(value, path, issues);
}

/** Reads a required non-blank reason (`workflow.reason-required`). */
export function readReason(
  value: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    issues.push(issue(workflowMessages, 'workflow.reason-required', path));
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.push(
      issue(commonMessages, 'input.invalid-type', path, { expected: 'string', received: kind(value) }),
    );
    return undefined;
  }
  return value;
}

/** Reads a required value from a closed list. */
export function readEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: readonly PathSegment[],
  issues: Issue[],
): T | undefined {
  if (value === undefined || value === null) {
    issues.push(issue(commonMessages, 'input.required', path));
    return undefined;
  }
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  issues.push(issue(commonMessages, 'input.invalid-value', path, { expected: allowed.join(', ') }));
  return undefined;
}

/** A description of a value's kind for messages. */
export { kind as kindOf };
