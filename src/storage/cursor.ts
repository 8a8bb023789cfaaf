/**
 * Opaque listing cursors: base64url of a small versioned JSON array naming the listing and the
 * last key returned (or the last audit `seq`). A cursor of another listing, of another version, or
 * not produced here is refused with `storage.invalid-cursor`.
 */
import { issue } from '../explain';
import { storageMessages } from '../explain/messages/storage';
import { StoreError } from './errors';

const VERSION = 1;

function invalid(): StoreError {
  return new StoreError([issue(storageMessages, 'storage.invalid-cursor', ['cursor'])], 'cursor');
}

/** Encodes the position after `last` in the listing named `listing` (a row kind or `audit`). */
export function encodeCursor(listing: string, last: string | number): string {
  return Buffer.from(JSON.stringify([VERSION, listing, last]), 'utf8').toString('base64url');
}

function decode(cursor: unknown, listing: string): unknown {
  if (typeof cursor !== 'string' || cursor === '' || cursor.length > 20000) throw invalid();
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const bytes = Buffer.from(cursor, 'base64url');
  // Reject anything that is not exactly what encodeCursor writes (no padding, no stray bits).
  if (bytes.toString('base64url') !== cursor) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== VERSION || parsed[1] !== listing)
    throw invalid();
  return parsed[2];
}

/** The last key of a key cursor of `listing`; throws `storage.invalid-cursor`. */
export function decodeKeyCursor(cursor: unknown, listing: string): string {
  const key = decode(cursor, listing);
  if (typeof key !== 'string' || key === '') throw invalid();
  return key;
}

/** The last `seq` of an audit cursor; throws `storage.invalid-cursor`. */
export function decodeSeqCursor(cursor: unknown): number {
  const seq = decode(cursor, 'audit');
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) throw invalid();
  return seq;
}
