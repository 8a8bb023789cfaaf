/**
 * Verification of an agency's audit log: the hash chain itself, then every record against the last
 * event about it.
 */

import type { Issue, MessageCode, MessageParams } from '../explain';
import { isRecord, issue, message } from '../explain';
import { auditHeadMessages } from '../explain/messages/audit-heads';
import { commonMessages } from '../explain/messages/common';
import { catalog } from '../explain/messages/index';
import { compareCodePoints, docJson, GENESIS_HASH, sha256Hex } from './canonical';
import type { AuditCheckpoint, AuditCheckpointHead } from './checkpoint';
import { parseAuditCheckpoint } from './checkpoint';
import { encodeCursor } from './cursor';
import { StoreError } from './errors';
import { auditEventHash, isAuditHashScheme, LEGACY_AUDIT_HASH_SCHEME } from './jcs';
import { check, throwIfAny } from './parse';
import { padSeq, rulesetKey, unitPredikatKey } from './rows';
import { STORE_ENTITY_KINDS, storeAuditActionSchema, storeIdSchema } from './schemas';
import type {
  AuditBreak,
  AuditEvent,
  AuditHashScheme,
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
  return { code, seq, entity, message: message(catalog, code as MessageCode, params) };
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
  if (e.scheme !== undefined && !isAuditHashScheme(e.scheme)) return 'scheme';
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
  'getAuditHead',
  'listAgencies',
] as const;

/** Rejects what is not a store, an agency id or options with a {@link StoreError} (never a TypeError later). */
function checkArguments(store: unknown, agencyId: unknown, options: unknown): AuditCheckpoint | null {
  const issues: Issue[] = [];
  if (!isRecord(store) || READS.some((m) => typeof store[m] !== 'function')) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['store'], {
        expected: 'EvaluationStore',
        received: store === null ? 'null' : Array.isArray(store) ? 'array' : typeof store,
      }),
    );
  }
  if (agencyId !== null) check(storeIdSchema, agencyId, ['agencyId'], issues);
  let expect: AuditCheckpoint | null = null;
  if (options !== undefined) {
    if (!isRecord(options)) {
      issues.push(
        issue(commonMessages, 'input.invalid-type', ['options'], {
          expected: 'object',
          received: options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options,
        }),
      );
    } else if (Object.keys(options).some((k) => k !== 'expect')) {
      for (const k of Object.keys(options))
        if (k !== 'expect')
          issues.push(issue(commonMessages, 'input.unknown-key', ['options', k], { key: k }));
    } else if (options.expect !== undefined) {
      const parsed = parseAuditCheckpoint(options.expect);
      if (parsed.ok) expect = parsed.value;
      else for (const i of parsed.issues) issues.push({ ...i, path: ['options', 'expect', ...i.path] });
    }
  }
  throwIfAny(issues, 'audit verification');
  return expect;
}

/** The params of an `audit.malformed` break about a record. */
function recordParams(kind: string, id: string, problem: { id: string; en: string }): MessageParams {
  return { what: 'record', seq: null, field: null, problemId: problem.id, problemEn: problem.en, kind, id };
}

/** The hash an event should have under its scheme (see ./jcs.ts), or null when it cannot be hashed. */
function eventHash(e: AuditEvent): string | null {
  try {
    return auditEventHash(e);
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
 * Options of {@link verifyAudit}.
 *
 * @category Storage
 * @example
 * ```ts
 * const options: VerifyAuditOptions = { expect: JSON.parse(readFileSync('checkpoint.json', 'utf8')) };
 * ```
 */
export interface VerifyAuditOptions {
  /**
   * A checkpoint published earlier ({@link auditHeads}, `kinerja audit head --format json`): each
   * agency's chain must still reach its published head, with the same event there
   * (`audit.checkpoint-missing`, `audit.checkpoint-mismatch`). Checked with its schema first.
   */
  readonly expect?: AuditCheckpoint;
}

/**
 * Verifies an agency's audit log and records from every side, and reports the first break.
 *
 * First the hash chain, event by event in `seq` order: every `seq` from 1 without a gap
 * (`audit.missing`), each event's hash recomputed from its content under the scheme it names
 * (`audit.hash-mismatch`; RFC 8785 for new events, the legacy code-point order for events written
 * before), each `prevHash` equal to the hash before it (`audit.link-mismatch`), no legacy event
 * after an RFC 8785 one (`audit.scheme-downgrade`), each event readable (`audit.malformed`). Then
 * the head row: it must name the last event, by `seq` and hash (`audit.head-missing`,
 * `audit.head-ahead` when events at the end were deleted, `audit.head-behind`,
 * `audit.head-mismatch`). Then, with `expect`, the published head of the agency: the event at its
 * `seq` must still be there with its hash (`audit.checkpoint-missing`, `audit.checkpoint-mismatch`).
 * Then every record of the agency (rulesets, SKP plans, evaluations, results, unit predikat, ledger
 * entries) read through the store: its SHA-256 must equal the `afterHash` of the last event about
 * it (`audit.record-mismatch`; also when a record the log says exists is gone); a record without
 * any event is `audit.record-untracked`, or `audit.log-missing` when the agency has no events at
 * all. A record that cannot be read is `audit.malformed`.
 *
 * `verifyAudit(store, options)` verifies every agency the store knows (from its events, records and
 * head rows: `listAgencies`) and every agency of `options.expect`, one report each in code point
 * order. An agency the store does not know at all verifies as an empty log (ok, 0 events) unless a
 * checkpoint names it.
 *
 * What this cannot see without a checkpoint: someone with write access to the database who rewrites
 * events, the head row and records consistently (for example deletes the last events, moves the
 * head row back to the new end and restores the records from `before`) leaves a valid chain. A
 * checkpoint published outside the database catches that as soon as the change reaches back to or
 * before the published head.
 *
 * Works with any {@link EvaluationStore}; reads page by page, so memory stays proportional to the
 * number of records, not events. Bad arguments reject with a {@link StoreError}.
 *
 * @category Storage
 * @example
 * ```ts
 * const report = await verifyAudit(store, 'serang');
 * report.ok; // true
 * report.events; // 42
 * if (!report.ok) console.error(report.broken?.code, report.broken?.message.en);
 * // e.g. "audit.hash-mismatch" "Audit event 17 does not match its hash: its content was changed"
 * const all = await verifyAudit(store, { expect: checkpoint }); // every agency, against a checkpoint
 * all.every((r) => r.ok);
 * ```
 */
export function verifyAudit(
  store: EvaluationStore,
  agencyId: string,
  options?: VerifyAuditOptions,
): Promise<AuditReport>;
export function verifyAudit(store: EvaluationStore, options: VerifyAuditOptions): Promise<AuditReport[]>;
export async function verifyAudit(
  store: EvaluationStore,
  agencyOrOptions: string | VerifyAuditOptions,
  options?: VerifyAuditOptions,
): Promise<AuditReport | AuditReport[]> {
  if (typeof agencyOrOptions === 'string' || !isRecord(agencyOrOptions)) {
    const expect = checkArguments(store, agencyOrOptions, options);
    const published = expect?.heads.find((h) => h.agencyId === agencyOrOptions) ?? null;
    return (await verifyAgency(store, agencyOrOptions as string, published)).report;
  }
  const expect = checkArguments(store, null, agencyOrOptions);
  const agencies = new Set(await store.listAgencies());
  for (const h of expect?.heads ?? []) agencies.add(h.agencyId);
  const reports: AuditReport[] = [];
  for (const agencyId of [...agencies].sort(compareCodePoints)) {
    const published = expect?.heads.find((h) => h.agencyId === agencyId) ?? null;
    reports.push((await verifyAgency(store, agencyId, published)).report);
  }
  return reports;
}

/** The last event of a verified chain, as a checkpoint publishes it. */
interface ChainEnd {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  readonly scheme: AuditHashScheme;
}

/** One agency's verification: the report, and the end of its chain. */
export async function verifyAgency(
  store: EvaluationStore,
  agencyId: string,
  published: AuditCheckpointHead | null,
): Promise<{ readonly report: AuditReport; readonly end: ChainEnd | null }> {
  let events = 0;
  let records = 0;
  let prev = GENESIS_HASH;
  let head: string | null = null;
  let end: ChainEnd | null = null;
  let upgraded = false;
  let atCheckpoint: AuditEvent | null = null;
  const last = new Map<string, Last>();
  const report = (found: AuditBreak | null) => ({
    report: {
      agencyId,
      ok: found === null,
      events,
      records,
      head,
      broken: found,
    },
    end: found === null ? end : null,
  });

  // 1. The chain, then its head row. Events and the head row move in one transaction, so a head
  // read after the chain is at or past its end unless it was tampered with; when it is past, the
  // chain is read on from where it stopped (events appended meanwhile) before they are compared.
  let cursor: string | undefined;
  let expected = 1;
  const readChain = async (): Promise<AuditBreak | null> => {
    for (;;) {
      const page: Page<AuditEvent> = await store.listAudit(agencyId, {
        limit: PAGE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      for (const raw of page.items) {
        const field = badField(raw, agencyId);
        if (field !== null) {
          const seq = isRecord(raw) && typeof raw.seq === 'number' ? raw.seq : expected;
          return broken('audit.malformed', seq, null, eventParams(seq, field, null));
        }
        const e = raw as AuditEvent;
        const entity: Entity = { kind: e.entity.kind, id: e.entity.id };
        if (e.seq !== expected) {
          if (e.seq > expected)
            return broken('audit.missing', expected, null, { seq: expected, found: e.seq });
          return broken(
            'audit.malformed',
            e.seq,
            entity,
            eventParams(e.seq, null, {
              id: `urutan salah setelah peristiwa ${expected - 1}`,
              en: `out of order after event ${expected - 1}`,
            }),
          );
        }
        const hash = eventHash(e);
        if (hash === null) {
          return broken(
            'audit.malformed',
            e.seq,
            entity,
            eventParams(e.seq, null, { id: 'bukan JSON', en: 'not JSON' }),
          );
        }
        if (hash !== e.hash) return broken('audit.hash-mismatch', e.seq, entity, { seq: e.seq });
        if (e.prevHash !== prev) return broken('audit.link-mismatch', e.seq, entity, { seq: e.seq });
        const scheme = e.scheme ?? LEGACY_AUDIT_HASH_SCHEME;
        if (scheme === LEGACY_AUDIT_HASH_SCHEME && upgraded)
          return broken('audit.scheme-downgrade', e.seq, entity, { seq: e.seq });
        if (scheme !== LEGACY_AUDIT_HASH_SCHEME) upgraded = true;
        if (published !== null && e.seq === published.seq) atCheckpoint = e;
        prev = e.hash;
        head = e.hash;
        end = { seq: e.seq, hash: e.hash, at: e.at, scheme };
        events += 1;
        expected += 1;
        if (e.afterHash !== null)
          last.set(`${e.entity.kind}\u0000${e.entity.id}`, { seq: e.seq, afterHash: e.afterHash });
      }
      if (page.nextCursor === null) return null;
      cursor = page.nextCursor;
    }
  };
  let chainBreak = await readChain();
  if (chainBreak !== null) return report(chainBreak);
  let stored = await store.getAuditHead(agencyId);
  for (let again = 0; again < 3 && stored !== null && stored.seq > events; again++) {
    const before = events;
    if (events > 0) cursor = encodeCursor('audit', events);
    chainBreak = await readChain();
    if (chainBreak !== null) return report(chainBreak);
    if (events === before) break;
    stored = await store.getAuditHead(agencyId);
  }
  const lastSeq = events;
  if (stored === null) {
    if (lastSeq > 0) return report(broken('audit.head-missing', null, null, { last: lastSeq }));
  } else if (stored.seq > lastSeq) {
    return report(broken('audit.head-ahead', stored.seq, null, { head: stored.seq, last: lastSeq }));
  } else if (stored.seq < lastSeq) {
    return report(broken('audit.head-behind', stored.seq, null, { head: stored.seq, last: lastSeq }));
  } else if (stored.hash !== head) {
    return report(broken('audit.head-mismatch', stored.seq, null, { seq: stored.seq }));
  }

  // 2. The published head, if any: the chain must still reach it, with the same event there.
  if (published !== null) {
    const at = atCheckpoint as AuditEvent | null;
    if (at === null)
      return report(
        broken('audit.checkpoint-missing', published.seq, null, { seq: published.seq, last: lastSeq }),
      );
    if (at.hash !== published.hash || (at.scheme ?? LEGACY_AUDIT_HASH_SCHEME) !== published.scheme)
      return report(
        broken(
          'audit.checkpoint-mismatch',
          published.seq,
          { kind: at.entity.kind, id: at.entity.id },
          {
            seq: published.seq,
          },
        ),
      );
  }

  // 3. The records.
  const seen = new Set<string>();
  const checkRecord = (kind: StoreEntityKind, id: string, record: unknown): void => {
    const k = `${kind}\u0000${id}`;
    seen.add(k);
    records += 1;
    const entity: Entity = { kind, id };
    const l = last.get(k);
    if (l === undefined) {
      if (events === 0) throw new Stop(broken('audit.log-missing', null, entity, { kind, id }));
      throw new Stop(broken('audit.record-untracked', null, entity, { kind, id }));
    }
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

  // 4. Records the log says exist but are gone.
  for (const [k, l] of last) {
    if (seen.has(k)) continue;
    const [kind, id] = k.split('\u0000') as [StoreEntityKind, string];
    return report(
      broken('audit.record-mismatch', null, { kind, id }, { kind, id, seq: l.seq, missing: true }),
    );
  }
  return report(null);
}

/**
 * Options of {@link auditHeads}.
 *
 * @category Storage
 * @example
 * ```ts
 * const options: AuditHeadsOptions = { agencies: ['serang'] };
 * ```
 */
export interface AuditHeadsOptions {
  /** Only these agencies (default: every agency of `listAgencies`). */
  readonly agencies?: readonly string[];
}

/**
 * The audit head of each agency, as a checkpoint to publish outside the database (a countersigned
 * letter, a transparency log): each agency's last event, `seq`, `hash`, `at` and hash `scheme`.
 * Later, `verifyAudit(store, { expect: checkpoint })` fails for an agency whose chain no longer
 * reaches its published head, so truncation and rewrites up to that point are found.
 *
 * A head is published only for a chain that verifies: each agency is checked with
 * {@link verifyAudit} first (the chain, the head row against the chain's end, the records), and if
 * any agency is broken (for example its head row and the end of its chain disagree) the call
 * rejects with a {@link StoreError} of code `audit.checkpoint-refused` naming each broken agency
 * and its break, and publishes nothing. An agency without events has no head and is left out.
 *
 * @category Storage
 * @example
 * ```ts
 * const checkpoint = await auditHeads(store);
 * writeFileSync('checkpoint-2025-12-31.json', JSON.stringify(checkpoint, null, 2));
 * // { "version": 1, "heads": [{ "agencyId": "serang", "seq": 42, "hash": "…", "at": "…", "scheme": "rfc8785-sha256" }] }
 * ```
 */
export async function auditHeads(
  store: EvaluationStore,
  options: AuditHeadsOptions = {},
): Promise<AuditCheckpoint> {
  const issues: Issue[] = [];
  checkArguments(store, null, undefined);
  let wanted: readonly string[] | null = null;
  if (!isRecord(options)) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['options'], {
        expected: 'object',
        received: options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options,
      }),
    );
  } else if (options.agencies !== undefined) {
    if (!Array.isArray(options.agencies)) {
      issues.push(
        issue(commonMessages, 'input.invalid-type', ['options', 'agencies'], {
          expected: 'array',
          received: options.agencies === null ? 'null' : typeof options.agencies,
        }),
      );
    } else {
      options.agencies.forEach((a, i) => {
        check(storeIdSchema, a, ['options', 'agencies', i], issues);
      });
      wanted = options.agencies;
    }
  }
  throwIfAny(issues, 'audit heads');
  const agencies = [...new Set(wanted ?? (await store.listAgencies()))].sort(compareCodePoints);
  const heads: AuditCheckpointHead[] = [];
  const refused: Issue[] = [];
  for (const agencyId of agencies) {
    const { report, end } = await verifyAgency(store, agencyId, null);
    if (!report.ok && report.broken !== null) {
      refused.push(
        issue(auditHeadMessages, 'audit.checkpoint-refused', ['agencies', agencyId], {
          agency: agencyId,
          code: report.broken.code,
          reasonId: report.broken.message.id,
          reasonEn: report.broken.message.en,
        }),
      );
    } else if (end !== null) {
      heads.push({ agencyId, seq: end.seq, hash: end.hash, at: end.at, scheme: end.scheme });
    }
  }
  if (refused.length > 0) throw new StoreError(refused, 'audit heads');
  return { version: 1, heads };
}
