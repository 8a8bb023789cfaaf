/**
 * Canonical JSON and SHA-256: the one serialisation of records (`doc`) and audit events (their
 * hashes). Keys sorted by code point, no whitespace, numbers in JavaScript's shortest round-trip
 * form; anything that is not plain JSON data is refused rather than silently dropped or changed.
 */
import { createHash } from 'node:crypto';
import type { PathSegment } from '../explain';

/** Thrown by {@link canonicalJson} for a value that is not plain JSON data. */
export class NotJsonError extends Error {
  readonly path: readonly PathSegment[];
  /** What was found: `undefined`, `NaN`, `function`, `Date`, … (or `too deep`). */
  readonly received: string;
  /** Set when the value nests deeper than this many levels at `path` (it may be JSON otherwise). */
  readonly maxDepth: number | null;

  constructor(path: readonly PathSegment[], received: string, maxDepth: number | null = null) {
    super(`not JSON at ${path.join('.') || '(root)'}: ${received}`);
    this.name = 'NotJsonError';
    this.path = path;
    this.received = received;
    this.maxDepth = maxDepth;
  }
}

/**
 * How deep the canonical serialisers follow a value: deeper is refused as not JSON, so no value
 * overflows the stack. The store accepts far less (`MAX_INPUT_DEPTH`, checked first).
 */
export const JSON_MAX_DEPTH = 1000;

/**
 * Compares two strings by Unicode code point, which is also the byte order of their UTF-8 forms
 * (the order SQL backends use for binary keys). Plain `<` compares UTF-16 code units, which
 * differs for characters above U+FFFF against U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) return fixup(x) - fixup(y);
      return x - y;
    }
  }
  return a.length - b.length;
}

/** Moves surrogates above U+E000–U+FFFF so that code-unit order becomes code-point order. */
function fixup(c: number): number {
  if (c >= 0xe000) return c - 0x800;
  return c + 0x2000;
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'object';
  }
  return typeof value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const WIDE = /[\ud800-\uffff]/;

/** Sorts object keys by code point (plain `sort` is code-unit order; they differ only above U+D7FF). */
function sortKeys(keys: string[]): string[] {
  keys.sort();
  if (keys.length > 1) {
    for (const k of keys) {
      if (WIDE.test(k)) return keys.sort(compareCodePoints);
    }
  }
  return keys;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters JSON.stringify escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal, as `JSON.stringify` writes it (skipped when nothing needs escaping). */
export function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** The fast path: the canonical text, or `undefined` where the value is not JSON. */
function write(value: unknown, depth = 1): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // String(n) is JSON's number form for finite numbers (and -0 becomes "0").
      return Number.isFinite(value) ? String(value) : undefined;
    case 'object': {
      if (value === null) return 'null';
      if (depth > JSON_MAX_DEPTH) return undefined;
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          // A hole reads as undefined, which is not JSON either.
          const v = write(value[i], depth + 1);
          if (v === undefined) return undefined;
          out += i === 0 ? v : `,${v}`;
        }
        return `${out}]`;
      }
      if (!isPlainObject(value)) return undefined;
      const record = value as Record<string, unknown>;
      const keys = sortKeys(Object.keys(record));
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const v = write(record[key], depth + 1);
        if (v === undefined) return undefined;
        out += `${i === 0 ? '' : ','}${quote(key)}:${v}`;
      }
      return `${out}}`;
    }
    default:
      return undefined;
  }
}

/** Whether a value is plain JSON data, without building anything (a check before serialising later). */
export function isJson(value: unknown, maxDepth: number = JSON_MAX_DEPTH, depth = 1): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth > maxDepth) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!isJson(value[i], maxDepth, depth + 1)) return false;
        return true;
      }
      if (!isPlainObject(value)) return false;
      for (const key in value) {
        if (
          Object.hasOwn(value, key) &&
          !isJson((value as Record<string, unknown>)[key], maxDepth, depth + 1)
        )
          return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * Where a value stops being plain JSON data (or first nests deeper than `maxDepth` levels), or
 * null if it is JSON.
 */
export function findNotJson(value: unknown, maxDepth: number = JSON_MAX_DEPTH): NotJsonError | null {
  return isJson(value, maxDepth) ? null : locate(value, [], maxDepth);
}

/** The slow path, after the fast one failed: where the value stops being JSON. */
function locate(value: unknown, path: PathSegment[], maxDepth: number = JSON_MAX_DEPTH): NotJsonError | null {
  if (typeof value === 'object' && value !== null && path.length >= maxDepth)
    return new NotJsonError([...path], 'too deep', maxDepth);
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : new NotJsonError([...path], String(value));
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) return new NotJsonError([...path, i], 'undefined');
          const found = locate(value[i], [...path, i], maxDepth);
          if (found !== null) return found;
        }
        return null;
      }
      if (!isPlainObject(value)) return new NotJsonError([...path], describe(value));
      for (const key of sortKeys(Object.keys(value))) {
        const found = locate((value as Record<string, unknown>)[key], [...path, key], maxDepth);
        if (found !== null) return found;
      }
      return null;
    }
    default:
      return new NotJsonError([...path], describe(value));
  }
}

/**
 * The canonical JSON text of a value: object keys sorted by code point, no whitespace. Throws a
 * {@link NotJsonError} (with the path) for `undefined` (also as an object property), `NaN`,
 * infinities, functions, symbols, bigints, sparse arrays and objects that are not plain (`Date`,
 * `Map`, class instances). `JSON.parse` of the result gives a value whose canonical JSON is the
 * same text.
 */
export function canonicalJson(value: unknown): string {
  const text = write(value);
  if (text !== undefined) return text;
  throw locate(value, []) ?? new NotJsonError([], describe(value));
}

/**
 * The stored text of a record (`doc`): `JSON.stringify` of plain JSON data (checked first, so
 * nothing is dropped or changed silently). Unlike {@link canonicalJson} it keeps the record's own
 * key order, and it is several times faster on large records such as results with their
 * explanation. It round-trips: `docJson(JSON.parse(docJson(x))) === docJson(x)` for any JSON data
 * (`JSON.parse` rebuilds objects in text order, integer-like keys first as they were written), so
 * the SHA-256 of a record read back through the port equals the `afterHash` of its last event.
 */
export function docJson(value: unknown): string {
  if (!isJson(value)) throw locate(value, []) ?? new NotJsonError([], describe(value));
  return JSON.stringify(value);
}

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The `prevHash` of an agency's first audit event. */
export const GENESIS_HASH = '0'.repeat(64);
