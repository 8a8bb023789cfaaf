/** Reading records: one by key, and listings page by page in key order. */
import { type Issue, isRecord } from '../../explain';
import { decodeKeyCursor, encodeCursor } from '../cursor';
import { check, throwIfAny } from '../parse';
import { readRow } from '../rows';
import { MAX_LIMIT, storeListQuerySchema } from '../schemas';
import type { BackendTransaction, ListQuery, Page, StoreEntityKind, StoreRow } from '../types';
import { checkArgId, type StoreContext } from './context';

const DEFAULT_LIMIT = 100;

/** One record of `kind` by its key, or null. */
export async function getOne<T>(
  ctx: StoreContext,
  kind: StoreEntityKind,
  agencyId: string,
  id: string,
): Promise<T | null> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  checkArgId(id, 'id', issues);
  throwIfAny(issues, 'query');
  const row = await ctx.run((tx) => tx.get(kind, agencyId, id));
  return row === null ? null : readRow<T>(row);
}

/** One page of a listing of `kind`. */
export async function list<T>(ctx: StoreContext, kind: StoreEntityKind, query: ListQuery): Promise<Page<T>> {
  const issues: Issue[] = [];
  // A query that is not an object is reported at ['query']; its fields at their own names.
  check(storeListQuerySchema, query, isRecord(query) ? [] : ['query'], issues);
  throwIfAny(issues, 'query');
  const limit = query.limit ?? DEFAULT_LIMIT;
  const afterKey = query.cursor === undefined ? undefined : decodeKeyCursor(query.cursor, kind);
  const rows = await ctx.run((tx) =>
    tx.list({
      kind,
      agencyId: query.agencyId,
      ...(query.unitId === undefined ? {} : { unitId: query.unitId }),
      ...(query.employeeId === undefined ? {} : { employeeId: query.employeeId }),
      ...(query.period === undefined ? {} : { period: query.period }),
      ...(afterKey === undefined ? {} : { afterKey }),
      limit: limit + 1,
    }),
  );
  const page = rows.slice(0, limit);
  const items = page.map((r) => readRow<T>(r));
  const last = page[page.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(kind, last.key) : null,
  };
}

/** Every row of a listing, paging through the backend. */
export async function listAll(
  tx: BackendTransaction,
  kind: StoreEntityKind,
  agencyId: string,
  filter: { keyPrefix?: string; employeeId?: string },
): Promise<StoreRow[]> {
  const out: StoreRow[] = [];
  let afterKey: string | undefined;
  for (;;) {
    const rows = await tx.list({
      kind,
      agencyId,
      ...filter,
      ...(afterKey === undefined ? {} : { afterKey }),
      limit: MAX_LIMIT,
    });
    out.push(...rows);
    const last = rows[rows.length - 1];
    if (rows.length < MAX_LIMIT || last === undefined) return out;
    afterKey = last.key;
  }
}
