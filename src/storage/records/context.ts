/**
 * The small shared core under every record kind: the transaction a call runs in (its own, or the
 * one `transaction(fn)` has open), revision checks, the audit writer, argument checks, copies.
 */
import type { AsyncLocalStorage } from 'node:async_hooks';
import type { DateRange } from '../../date';
import { type Issue, issue, type PathSegment } from '../../explain';
import { storageMessages } from '../../explain/messages/storage';
import { storageSqlMessages } from '../../explain/messages/storage-sql';
import type { JsonValue } from '../../workflow';
import { GENESIS_HASH, NotJsonError } from '../canonical';
import { RevisionConflictError, StoreError } from '../errors';
import { auditEventHash, CURRENT_AUDIT_HASH_SCHEME } from '../jcs';
import { check } from '../parse';
import { storeIdSchema } from '../schemas';
import type {
  AuditAction,
  AuditEvent,
  BackendTransaction,
  ChangeContext,
  EvaluationStore,
  StoreBackend,
  StoreEntityKind,
  StoreRow,
} from '../types';

export type Path = readonly PathSegment[];

/** Rows per backend call in bulk operations. */
export const CHUNK = 500;

/** An open backend transaction a store is bound to. */
export interface Binding {
  readonly tx: BackendTransaction;
  closed: boolean;
}

/** The transaction open in the current async context, and the store bound to it. */
export interface Joined {
  readonly binding: Binding;
  readonly store: EvaluationStore;
}

/** What every record module works with: how to run a call in a backend transaction. */
export interface StoreContext {
  readonly backend: StoreBackend;
  /** Runs `fn` in the bound transaction, the joined one, or a new one. */
  run<T>(fn: (tx: BackendTransaction) => Promise<T>): Promise<T>;
}

/** The open transaction a call of the root store joins, if it runs inside `transaction(fn)`. */
export function joinable(context: AsyncLocalStorage<Joined>): Joined | null {
  const joined = context.getStore();
  return joined === undefined || joined.binding.closed ? null : joined;
}

/** The {@link StoreContext} of a root store (`binding` null) or of a store bound to a transaction. */
export function storeContext(
  backend: StoreBackend,
  binding: Binding | null,
  context: AsyncLocalStorage<Joined>,
): StoreContext {
  return {
    backend,
    run<T>(fn: (tx: BackendTransaction) => Promise<T>): Promise<T> {
      if (binding === null) {
        const joined = joinable(context);
        return joined === null ? backend.transaction(fn) : fn(joined.binding.tx);
      }
      if (binding.closed)
        return Promise.reject(
          new StoreError([issue(storageMessages, 'storage.transaction-closed', [])], 'transaction'),
        );
      return fn(binding.tx);
    },
  };
}

/** A revision conflict on one record. */
export function conflict(
  kind: StoreEntityKind,
  agencyId: string,
  id: string,
  expected: number | null,
  actual: number | null,
): RevisionConflictError {
  return new RevisionConflictError({ kind, agencyId, id }, expected, actual, [
    issue(storageMessages, 'storage.revision-conflict', [], { kind, id, expected, actual }),
  ]);
}

/** Checks `expectedRevision` against the stored row; throws a {@link RevisionConflictError}. */
export function checkRevision(
  kind: StoreEntityKind,
  agencyId: string,
  key: string,
  expected: number | null,
  current: StoreRow | null,
): void {
  const actual = current === null ? null : current.revision;
  if (expected !== actual) throw conflict(kind, agencyId, key, expected, actual);
}

/** Checks a required id argument (`agencyId`, `id`, …) named `name`. */
export function checkArgId(value: unknown, name: string, issues: Issue[]): void {
  check(storeIdSchema, value, [name], issues);
}

/** A fresh copy of a JSON value (so nothing the caller holds aliases stored data). */
export function copy<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** The period columns of a row. */
export function periodColumns(p: DateRange): { periodStart: string; periodEnd: string } {
  return { periodStart: p.start, periodEnd: p.end };
}

/**
 * The hash of a new event; a value RFC 8785 refuses (a string with an unpaired surrogate, which
 * I-JSON does not allow) is a StoreError at its place in the event.
 */
function hashOf(body: Omit<AuditEvent, 'hash'>): string {
  try {
    return auditEventHash(body);
  } catch (e) {
    if (!(e instanceof NotJsonError)) throw e;
    const column = String(e.path[0] ?? 'event');
    throw new StoreError(
      [
        issue(storageSqlMessages, 'storage.unstorable-text', ['audit', body.agencyId, body.seq, ...e.path], {
          column,
        }),
      ],
      'audit event',
    );
  }
}

/** Appends hash-chained events for one agency inside a transaction. */
export class AuditWriter {
  private seq: number;
  private prev: string;
  private readonly pending: AuditEvent[] = [];

  private constructor(
    private readonly tx: BackendTransaction,
    private readonly agencyId: string,
    head: { readonly seq: number; readonly hash: string } | null,
  ) {
    this.seq = head === null ? 0 : head.seq;
    this.prev = head === null ? GENESIS_HASH : head.hash;
  }

  /** Locks the agency's audit head and opens a writer after it. */
  static async open(tx: BackendTransaction, agencyId: string): Promise<AuditWriter> {
    return new AuditWriter(tx, agencyId, await tx.lockAuditHead(agencyId));
  }

  add(
    change: ChangeContext,
    action: AuditAction,
    entity: { kind: StoreEntityKind; id: string },
    revision: number | null,
    before: JsonValue | null,
    after: JsonValue | null,
    afterHash: string | null,
    reason: string | null = change.reason ?? null,
  ): AuditEvent {
    this.seq += 1;
    const body: Omit<AuditEvent, 'hash'> = {
      agencyId: this.agencyId,
      seq: this.seq,
      at: change.at,
      actor: change.actor,
      action,
      entity: { kind: entity.kind, id: entity.id },
      revision,
      before,
      after,
      afterHash,
      reason,
      prevHash: this.prev,
      scheme: CURRENT_AUDIT_HASH_SCHEME,
    };
    const event: AuditEvent = { ...body, hash: hashOf(body) };
    this.prev = event.hash;
    this.pending.push(event);
    return event;
  }

  async flush(): Promise<void> {
    for (let i = 0; i < this.pending.length; i += CHUNK) {
      await this.tx.appendAudit(this.pending.slice(i, i + CHUNK));
    }
    this.pending.length = 0;
  }
}
