import { display } from '../assessment/index';
import { type Dec, decOf, dFromInt, dIsNeg, dIsZero, parseDecimal, toDec } from '../decimal/index';
import { type Issue, issue, type PathSegment } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { dateMessages } from '../explain/messages/date';
import { decimalMessages } from '../explain/messages/decimal';
import { scoringMessages } from '../explain/messages/scoring';
import type { MessageParams } from '../explain/messages/types';

export { display };

/** The messages scoring raises: its own, and those of input, date and decimal checks. */
export const SCORING_MESSAGES = {
  ...commonMessages,
  ...dateMessages,
  ...decimalMessages,
  ...scoringMessages,
};

/** A code of {@link SCORING_MESSAGES}. */
export type ScoringCode = keyof typeof SCORING_MESSAGES;

/** Collects issues while reading one evaluation; paths are absolute. */
export class Reader {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];

  fail(code: ScoringCode, path: readonly PathSegment[], params: MessageParams = {}): undefined {
    this.issues.push(issue(SCORING_MESSAGES, code, path, params));
    return undefined;
  }

  /** A decimal (JSON number or decimal string), or undefined with an issue. */
  decimal(value: unknown, path: readonly PathSegment[], required = true): Dec | undefined {
    if (value === undefined) return required ? this.fail('input.required', path) : undefined;
    const r = parseDecimal(value, path);
    if (!r.ok) {
      this.issues.push(...r.issues);
      return undefined;
    }
    return decOf(r.value);
  }

  nonNegative(value: unknown, path: readonly PathSegment[], required = true): Dec | undefined {
    const d = this.decimal(value, path, required);
    if (d !== undefined && dIsNeg(d)) return this.fail('scoring.negative', path);
    return d;
  }

  positive(value: unknown, path: readonly PathSegment[]): Dec | undefined {
    const d = this.decimal(value, path);
    if (d === undefined) return undefined;
    if (dIsNeg(d) || dIsZero(d)) return this.fail('scoring.zero-target', path);
    return d;
  }

  object(value: unknown, path: readonly PathSegment[], required = true): Record<string, unknown> | undefined {
    if (value === undefined) return required ? this.fail('input.required', path) : undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail('input.invalid-type', path, { expected: 'object', received: typeName(value) });
    }
    return value as Record<string, unknown>;
  }

  string(value: unknown, path: readonly PathSegment[], required = true): string | undefined {
    if (value === undefined) return required ? this.fail('input.required', path) : undefined;
    if (typeof value !== 'string' || value.length === 0) {
      return this.fail('input.invalid-type', path, {
        expected: 'non-empty string',
        received: typeName(value),
      });
    }
    return value;
  }

  boolean(value: unknown, path: readonly PathSegment[], required = true): boolean | undefined {
    if (value === undefined) return required ? this.fail('input.required', path) : undefined;
    if (typeof value !== 'boolean')
      return this.fail('input.invalid-type', path, { expected: 'boolean', received: typeName(value) });
    return value;
  }

  /** Reports keys of `obj` that are not in `allowed`. */
  onlyKeys(
    obj: Record<string, unknown>,
    allowed: ReadonlySet<string>,
    path: readonly PathSegment[],
    sub?: PathSegment,
  ): void {
    for (const key in obj) {
      if (!allowed.has(key)) {
        const at = sub === undefined ? [...path, key] : [...path, sub, key];
        this.issues.push(issue(commonMessages, 'input.unknown-key', at, { key }));
      }
    }
  }
}

/** The JSON type name of a value, for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `obj[key]` if `obj` has that key itself (never a value inherited from Object.prototype). */
export function own<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (obj === undefined) return undefined;
  const v = obj[key];
  // Only the names Object.prototype defines can come back inherited from a plain (JSON) object;
  // every other name is own when it has a value, so the hasOwn call is paid for those names only.
  return v === undefined || !PROTOTYPE_NAMES.has(key) || Object.hasOwn(obj, key) ? v : undefined;
}
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Sets `obj[key]` as an own, enumerable property, even for keys such as `__proto__`. */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  // Plain assignment creates an own property for every key but `__proto__` (and keeps the object
  // fast); only that key needs defineProperty.
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * The hot-path reading of a valid decimal: a safe integer, or anything `parseDecimal` accepts.
 * Returns undefined for every invalid value, for the caller to re-read it with a path and an issue
 * (`fastDecimal(v) ?? rd.decimal(v, [...path, key])` builds the path only when it is needed).
 */
export function fastDecimal(value: unknown): Dec | undefined {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0 && value <= 1000) return dFromInt(value);
  } else if (typeof value !== 'string') return undefined;
  // toDec validates and parses in one pass; an invalid value (rare) is read again with its path.
  try {
    return toDec(value);
  } catch {
    return undefined;
  }
}

/** A valid decimal ≥ 0, or undefined (see {@link fastDecimal}). */
export function fastNonNegative(value: unknown): Dec | undefined {
  const d = fastDecimal(value);
  return d !== undefined && !dIsNeg(d) ? d : undefined;
}

/** A valid decimal > 0, or undefined (see {@link fastDecimal}). */
export function fastPositive(value: unknown): Dec | undefined {
  const d = fastDecimal(value);
  return d !== undefined && !dIsNeg(d) && !dIsZero(d) ? d : undefined;
}

/**
 * Whether `value` is a decimal object (a decimal.js `Decimal`, …: an object whose `toString()` writes
 * a decimal), to be read as a number where a field may also hold an object (a target range, rater
 * ratings).
 */
export function isDecimalObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && parseDecimal(value).ok;
}

/** A plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A non-empty string, or undefined. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
