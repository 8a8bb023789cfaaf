/**
 * RFC 8785 (JSON Canonicalization Scheme, JCS) and the hash schemes of the audit log.
 *
 * JCS text: object members sorted by the UTF-16 code units of their names (plain `Array#sort`),
 * no whitespace, strings as ECMAScript's `JSON.stringify` writes them, numbers as ECMAScript's
 * `Number.prototype.toString` (`String(n)`: `-0` becomes `0`, `1e+21`, `1e-7`), and only I-JSON:
 * a string with an unpaired surrogate, a non-finite number or anything that is not plain JSON data
 * is refused.
 *
 * An audit event names the scheme its hash was computed with (`scheme`):
 * - `rfc8785-sha256`: SHA-256 of the JCS text of the event without `hash` (with `scheme`, so the
 *   scheme cannot be changed without changing the hash); what every new event uses;
 * - `codepoint-sha256`: the legacy scheme of the events written before, SHA-256 of the event
 *   without `hash` and `scheme`, with object members sorted by code point. An event read back
 *   without a scheme is a legacy event.
 */
import type { PathSegment } from '../explain';
import { canonicalJson, JSON_MAX_DEPTH, NotJsonError, sha256Hex } from './canonical';
import type { AuditEvent, AuditHashScheme } from './types';

/**
 * The hash schemes of audit events: `codepoint-sha256` (legacy, events written before RFC 8785) and
 * `rfc8785-sha256` (every new event).
 *
 * @category Storage
 * @example
 * ```ts
 * AUDIT_HASH_SCHEMES.includes('rfc8785-sha256'); // true
 * ```
 */
export const AUDIT_HASH_SCHEMES = Object.freeze(['codepoint-sha256', 'rfc8785-sha256'] as const);

/** The scheme of new events. */
export const CURRENT_AUDIT_HASH_SCHEME: AuditHashScheme = 'rfc8785-sha256';

/** The scheme of events written before schemes were recorded. */
export const LEGACY_AUDIT_HASH_SCHEME: AuditHashScheme = 'codepoint-sha256';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters JSON.stringify escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;
/** An unpaired surrogate (not allowed in I-JSON). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A JSON string literal as JCS writes it, or undefined for a string with an unpaired surrogate. */
function jcsString(s: string): string | undefined {
  if (LONE_SURROGATE.test(s)) return undefined;
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** Writes the JCS text, or returns the path where the value stops being I-JSON. */
function write(value: unknown, path: PathSegment[], out: string[]): NotJsonError | null {
  switch (typeof value) {
    case 'string': {
      const s = jcsString(value);
      if (s === undefined) return new NotJsonError([...path], 'unpaired surrogate');
      out.push(s);
      return null;
    }
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return null;
    case 'number':
      if (!Number.isFinite(value)) return new NotJsonError([...path], String(value));
      // ECMAScript's Number.prototype.toString, which JCS prescribes (-0 is "0").
      out.push(String(value));
      return null;
    case 'object': {
      if (value === null) {
        out.push('null');
        return null;
      }
      if (path.length >= JSON_MAX_DEPTH) return new NotJsonError([...path], 'too deep', JSON_MAX_DEPTH);
      if (Array.isArray(value)) {
        out.push('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out.push(',');
          if (!(i in value)) return new NotJsonError([...path, i], 'undefined');
          path.push(i);
          const e = write(value[i], path, out);
          path.pop();
          if (e !== null) return e;
        }
        out.push(']');
        return null;
      }
      if (!isPlainObject(value)) {
        const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
        return new NotJsonError([...path], typeof name === 'string' && name !== '' ? name : 'object');
      }
      const record = value as Record<string, unknown>;
      // Array#sort without a comparator orders strings by UTF-16 code units: RFC 8785 §3.2.3.
      const keys = Object.keys(record).sort();
      out.push('{');
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const k = jcsString(key);
        if (k === undefined) return new NotJsonError([...path, key], 'unpaired surrogate');
        if (i > 0) out.push(',');
        out.push(k, ':');
        path.push(key);
        const e = write(record[key], path, out);
        path.pop();
        if (e !== null) return e;
      }
      out.push('}');
      return null;
    }
    default:
      return new NotJsonError(
        [...path],
        value === undefined ? 'undefined' : typeof value === 'function' ? 'function' : typeof value,
      );
  }
}

/**
 * The RFC 8785 (JCS) canonical text of a JSON value. Throws a {@link NotJsonError} (with the path)
 * for what is not I-JSON: `undefined`, non-finite numbers, functions, symbols, bigints, sparse
 * arrays, objects that are not plain, strings or names with an unpaired surrogate.
 */
export function jcsCanonicalJson(value: unknown): string {
  const out: string[] = [];
  const e = write(value, [], out);
  if (e !== null) throw e;
  return out.join('');
}

/** Whether a value names a known hash scheme. */
export function isAuditHashScheme(value: unknown): value is AuditHashScheme {
  return typeof value === 'string' && (AUDIT_HASH_SCHEMES as readonly string[]).includes(value);
}

/**
 * The hash of an audit event (or of its body without `hash`) under the scheme it names; an event
 * without a scheme is a legacy event. Throws a {@link NotJsonError} when the event cannot be
 * hashed, and an Error for an unknown scheme.
 */
export function auditEventHash(event: Omit<AuditEvent, 'hash'> & { readonly hash?: string }): string {
  const { hash: _hash, scheme, ...rest } = event;
  if (scheme === undefined || scheme === LEGACY_AUDIT_HASH_SCHEME) return sha256Hex(canonicalJson(rest));
  if (scheme === 'rfc8785-sha256') return sha256Hex(jcsCanonicalJson({ ...rest, scheme }));
  throw new Error(`unknown audit hash scheme ${String(scheme)}`);
}
