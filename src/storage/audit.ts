/**
 * Verification of an agency's audit log: the hash chain itself, then every record against the last
 * event about it.
 */

import type { Issue, MessageCode, MessageParams } from '../explain';
import { isRecord, issue, message } from '../explain';
import { canonicalJson, docJson, GENESIS_HASH, sha256Hex } from './canonical';
import { StoreError } from './errors';
import { check, throwIfAny } from './parse';
import { padSeq, rulesetKey, unitPredikatKey } from './rows';
import { STORE_ENTITY_KINDS, storeAuditActionSchema, storeIdSchema } from './schemas';
import type {
  AuditBreak,
  AuditEvent,
  AuditReport,
  EvaluationStore,
  ListQuery,
  Page,
  StoreEntityKind,
} from './types';

const KINDS: ReadonlySet<string> = new Set(STORE_ENTITY_KINDS);
const ACTIONS: ReadonlySet<string> = new Set(storeAuditActionSchema.options);
const HEX64 = /^[0-9a-f]{64}$/;
const PAGE = 1000;

type Entity = { readonly kind: StoreEntityKind; readonly id: string };

function broken(
  code: AuditBreak['code'],
  seq: number | null,
  entity: Entity | null,
  params: MessageParams,
): AuditBreak {
  return { code, seq, entity, message: message(code as MessageCode, params) };
}

/** The first field of an event read back that is missing or has the wrong shape, or null. */
function badField(e: unknown, agencyId: string): string | null {
  if (!isRecord(e)) return '(event)';
  if (e.agencyId !== agencyId) return 'agencyId';
  if (typeof e.seq !== 'number' || !Number.isSafeInteger(e.seq) || e.seq < 1) return 'seq';
  if (typeof e.at !== 'string') return 'at';
  if (typeof e.actor !== 'string') return 'actor';
  if (typeof e.action !== 'string' || !ACTIONS.has(e.action)) return 'action';
  const entity = e.entity;
  if (
    !isRecord(entity) ||
    typeof entity.kind !== 'string' ||
    !KINDS.has(entity.kind) ||
    typeof entity.id !== 'string'
  )
    return 'entity';
  if (e.revision !== null && (typeof e.revision !== 'number' || !Number.isSafeInteger(e.revision)))
    return 'revision';
  if (e.afterHash !== null && (typeof e.afterHash !== 'string' || !HEX64.test(e.afterHash)))
    return 'afterHash';
  if (e.reason !== null && typeof e.reason !== 'string') return 'reason';
  if (typeof e.prevHash !== 'string' || !HEX64.test(e.prevHash)) return 'prevHash';
  if (typeof e.hash !== 'string' || !HEX64.test(e.hash)) return 'hash';
  if (!('before' in e)) return 'before';
  if (!('after' in e)) return 'after';
  return null;
}

/** The params of an `audit.malformed` break about an event. */
function eventParams(
  seq: number,
  field: string | null,
  problem: { id: string; en: string } | null,
): MessageParams {
  return {
    what: 'event',
    seq,
    field,
    problemId: problem?.id ?? null,
    problemEn: problem?.en ?? null,
    kind: null,
    id: null,
  };
}

/** The methods of a store that {@link verifyAudit} reads. */
const READS = [
  'listAudit',
  'listRulesets',
  'getRuleset',
  'listSkps',
  'listEvaluations',
  'listResults',
  'listUnitPredikat',
  'listLedgerEntries',
] as const;

/** Rejects what is not a store or an agency id with a {@link StoreError} (never a TypeError later). */
function checkArguments(store: unknown, agencyId: unknown): void {
  const issues: Issue[] = [];
  if (!isRecord(store) || READS.some((m) => typeof store[m] !== 'function')) {
    issues.push(
      issue('input.invalid-type', ['store'], {
        expected: 'EvaluationStore',
        received: store === null ? 'null' : Array.isArray(store) ? 'array' : typeof store,
      }),
    );
  }
  check(storeIdSchema, agencyId, ['agencyId'], issues);
  throwIfAny(issues, 'audit verification');
}

/** The params of an `audit.malformed` break about a record. */
function recordParams(kind: string, id: string, problem: { id: string; en: string }): MessageParams {
  return { what: 'record', seq: null, field: null, problemId: problem.id, problemEn: problem.en, kind, id };
}

/** The hash an event should have: SHA-256 of its canonical JSON without `hash`. */
function eventHash(e: AuditEvent): string | null {
  const { hash: _hash, ...body } = e;
  try {
    return sha256Hex(canonicalJson(body));
  } catch {
    return null;
  }
}

/** Where the last event about an entity left it. */
interface Last {
  readonly seq: number;
  readonly afterHash: string;
}

/** Thrown inside the record walk to stop at the first break. */
class Stop {
  constructor(readonly found: AuditBreak) {}
}

/**
 * Verifies an agency's audit log and records, and reports the first break.
 *
 * First the hash chain, event by event in `seq` order: every `seq` from 1 without a gap
 * (`audit.missing`), each event's hash recomputed from its content (`audit.hash-mismatch`), each
 * `prevHash` equal to the hash before it (`audit.link-mismatch`), each event readable
 * (`audit.malformed`). Then every record of the agency (rulesets, SKP plans, evaluations, results,
 * unit predikat, ledger entries) read through the store: its SHA-256 must equal the `afterHash` of
 * the last event about it (`audit.record-mismatch`; also when a record the log says exists is gone),
 * and a record without any event is `audit.record-untracked`. A record that cannot be read is
 * `audit.malformed`.
 *
 * Works with any {@link EvaluationStore}; reads page by page, so memory stays proportional to the
 * number of records, not events.
 *
 * @category Storage
 * @example
 * ```ts
 * const report = await verifyAudit(store, 'serang');
 * report.ok; // true
 * report.events; // 42
 * if (!report.ok) console.error(report.broken?.code, report.broken?.message.en);
 * // e.g. "audit.hash-mismatch" "Audit event 17 does not match its hash: its content was changed"
 * ```
 */
export async function verifyAudit(store: EvaluationStore, agencyId: string): Promise<AuditReport> {
  checkArguments(store, agencyId);
  let events = 0;
  let records = 0;
  let prev = GENESIS_HASH;
  let head: string | null = null;
  const last = new Map<string, Last>();
  const report = (found: AuditBreak | null): AuditReport => ({
    agencyId,
    ok: found === null,
    events,
    records,
    head,
    broken: found,
  });

  // 1. The chain.
  let cursor: string | undefined;
  let expected = 1;
  for (;;) {
    const page: Page<AuditEvent> = await store.listAudit(agencyId, {
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const raw of page.items) {
      const field = badField(raw, agencyId);
      if (field !== null) {
        const seq = isRecord(raw) && typeof raw.seq === 'number' ? raw.seq : expected;
        return report(broken('audit.malformed', seq, null, eventParams(seq, field, null)));
      }
      const e = raw as AuditEvent;
      const entity: Entity = { kind: e.entity.kind, id: e.entity.id };
      if (e.seq !== expected) {
        if (e.seq > expected)
          return report(broken('audit.missing', expected, null, { seq: expected, found: e.seq }));
        return report(
          broken(
            'audit.malformed',
            e.seq,
            entity,
            eventParams(e.seq, null, {
              id: `urutan salah setelah peristiwa ${expected - 1}`,
              en: `out of order after event ${expected - 1}`,
            }),
          ),
        );
      }
      const hash = eventHash(e);
      if (hash === null) {
        return report(
          broken(
            'audit.malformed',
            e.seq,
            entity,
            eventParams(e.seq, null, { id: 'bukan JSON', en: 'not JSON' }),
          ),
        );
      }
      if (hash !== e.hash) return report(broken('audit.hash-mismatch', e.seq, entity, { seq: e.seq }));
      if (e.prevHash !== prev) return report(broken('audit.link-mismatch', e.seq, entity, { seq: e.seq }));
      prev = e.hash;
      head = e.hash;
      events += 1;
      expected += 1;
      if (e.afterHash !== null)
        last.set(`${e.entity.kind}\u0000${e.entity.id}`, { seq: e.seq, afterHash: e.afterHash });
    }
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }

  // 2. The records.
  const seen = new Set<string>();
  const checkRecord = (kind: StoreEntityKind, id: string, record: unknown): void => {
    const k = `${kind}\u0000${id}`;
    seen.add(k);
    records += 1;
    const entity: Entity = { kind, id };
    const l = last.get(k);
    if (l === undefined) throw new Stop(broken('audit.record-untracked', null, entity, { kind, id }));
    if (sha256Hex(docJson(record)) !== l.afterHash)
      throw new Stop(broken('audit.record-mismatch', null, entity, { kind, id, seq: l.seq, missing: false }));
  };
  const walk = async <T>(
    kind: StoreEntityKind,
    listing: (q: ListQuery) => Promise<Page<T>>,
    keyOf: (item: T) => string,
  ): Promise<void> => {
    let after: string | undefined;
    for (;;) {
      const page = await listing({
        agencyId,
        limit: PAGE,
        ...(after === undefined ? {} : { cursor: after }),
      });
      for (const item of page.items) checkRecord(kind, keyOf(item), item);
      if (page.nextCursor === null) return;
      after = page.nextCursor;
    }
  };
  try {
    for (const { id, version } of await store.listRulesets(agencyId)) {
      const r = await store.getRuleset(agencyId, id, version);
      const key = rulesetKey(id, version);
      if (r === null) {
        throw new Stop(
          broken(
            'audit.malformed',
            null,
            { kind: 'ruleset', id: key },
            recordParams('ruleset', key, {
              id: 'terdaftar tetapi tidak ditemukan',
              en: 'listed but not found',
            }),
          ),
        );
      }
      checkRecord('ruleset', key, r);
    }
    await walk(
      'skp',
      (q) => store.listSkps(q),
      (p) => p.id,
    );
    await walk(
      'evaluation',
      (q) => store.listEvaluations(q),
      (e) => e.id,
    );
    await walk(
      'result',
      (q) => store.listResults(q),
      (r) => r.id,
    );
    await walk(
      'unit-predikat',
      (q) => store.listUnitPredikat(q),
      (u) => unitPredikatKey(u.unitId, u.period),
    );
    await walk(
      'ledger-entry',
      (q) => store.listLedgerEntries(q),
      (l) => `${l.employeeId}#${padSeq(l.seq)}`,
    );
  } catch (e) {
    if (e instanceof Stop) return report(e.found);
    if (e instanceof StoreError && e.code === 'storage.malformed-row') {
      const path = e.issues[0]?.path ?? [];
      const kind = String(path[0] ?? 'record') as StoreEntityKind;
      const id = String(path[2] ?? '');
      const params = e.issues[0]?.params ?? {};
      return report(
        broken(
          'audit.malformed',
          null,
          KINDS.has(kind) ? { kind, id } : null,
          recordParams(kind, id, {
            id: String(params.problemId ?? e.message),
            en: String(params.problemEn ?? e.message),
          }),
        ),
      );
    }
    throw e;
  }

  // 3. Records the log says exist but are gone.
  for (const [k, l] of last) {
    if (seen.has(k)) continue;
    const [kind, id] = k.split('\u0000') as [StoreEntityKind, string];
    return report(
      broken('audit.record-mismatch', null, { kind, id }, { kind, id, seq: l.seq, missing: true }),
    );
  }
  return report(null);
}
