/** Reading the audit log: an agency's events page by page, and the agencies that have any. */
import type { Issue } from '../../explain';
import { decodeSeqCursor, encodeCursor } from '../cursor';
import { LEGACY_AUDIT_HASH_SCHEME } from '../jcs';
import { check, throwIfAny } from '../parse';
import { storeAuditListOptionsSchema } from '../schemas';
import type { AuditEvent, Page, StoredAuditHead } from '../types';
import { checkArgId, type StoreContext } from './context';

const DEFAULT_LIMIT = 100;

/** `listAudit`: the agency's audit log in order. */
export async function listAudit(
  ctx: StoreContext,
  agencyId: string,
  options: { readonly limit?: number; readonly cursor?: string } = {},
): Promise<Page<AuditEvent>> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  // Options are reported at their own names (['limit']), as the store always has; a value that
  // is not an object at ['options'].
  const ok = check(
    storeAuditListOptionsSchema,
    options,
    options === null || typeof options !== 'object' ? ['options'] : [],
    issues,
  );
  throwIfAny(issues, 'query');
  const opts = ok ? options : {};
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const afterSeq = opts.cursor === undefined ? 0 : decodeSeqCursor(opts.cursor);
  const events = await ctx.run((tx) => tx.listAudit(agencyId, afterSeq, limit + 1));
  // Events written before hash schemes were recorded are legacy events.
  const items = events
    .slice(0, limit)
    .map((e) => (e.scheme === undefined ? { ...e, scheme: LEGACY_AUDIT_HASH_SCHEME } : e));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: events.length > limit && last !== undefined ? encodeCursor('audit', last.seq) : null,
  };
}

/** `listAgencies`: every agency with at least one audit event. */
export async function listAgencies(ctx: StoreContext): Promise<string[]> {
  const agencies = await ctx.run((tx) => tx.listAgencies());
  return [...agencies];
}

/** `getAuditHead`: the agency's head row as stored (read without locking it), or null. */
export async function getAuditHead(ctx: StoreContext, agencyId: string): Promise<StoredAuditHead | null> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  throwIfAny(issues, 'query');
  const head = await ctx.run((tx) => tx.readAuditHead(agencyId));
  return head === null ? null : { agencyId, seq: head.seq, hash: head.hash };
}
