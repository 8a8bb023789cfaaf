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
  /** What was found: `undefined`, `NaN`, `function`, `Date`, … */
  readonly received: string;

  constructor(path: readonly PathSegment[], received: string) {
    super(`not JSON at ${path.join('.') || '(root)'}: ${received}`);
    this.name = 'NotJsonError';
    this.path = path;
    this.received = received;
  }
}

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

function write(value: unknown, path: PathSegment[], out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new NotJsonError([...path], String(value));
      out.push(JSON.stringify(value));
      return;
    case 'object': {
      if (value === null) {
        out.push('null');
        return;
      }
      if (Array.isArray(value)) {
        out.push('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out.push(',');
          if (!(i in value)) throw new NotJsonError([...path, i], 'undefined');
          path.push(i);
          write(value[i], path, out);
          path.pop();
        }
        out.push(']');
        return;
      }
      if (!isPlainObject(value)) throw new NotJsonError([...path], describe(value));
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort(compareCodePoints);
      out.push('{');
      let first = true;
      for (const key of keys) {
        const v = record[key];
        if (v === undefined) throw new NotJsonError([...path, key], 'undefined');
        if (!first) out.push(',');
        first = false;
        out.push(JSON.stringify(key), ':');
        path.push(key);
        write(v, path, out);
        path.pop();
      }
      out.push('}');
      return;
    }
    default:
      throw new NotJsonError([...path], describe(value));
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
  const out: string[] = [];
  write(value, [], out);
  return out.join('');
}

/** The first place where `value` is not plain JSON data, or null. */
export function findNotJson(value: unknown): NotJsonError | null {
  try {
    canonicalJson(value);
    return null;
  } catch (e) {
    if (e instanceof NotJsonError) return e;
    throw e;
  }
}

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The `prevHash` of an agency's first audit event. */
export const GENESIS_HASH = '0'.repeat(64);
