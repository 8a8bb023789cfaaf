/**
 * The example-based cases of the store conformance suite, by group. Each case gets a fresh store
 * and checks one promise of the storage port with records built through the real lifecycle.
 */
import { verifyAudit } from '../storage/audit';
import { StoreError } from '../storage/errors';
import type { AuditEvent, EvaluationStore, Page, ResultRecord, StoredResult } from '../storage/types';
import type { Evaluation, JsonValue } from '../workflow/index';
import type { OpenedStore, StoreConformanceGroup, StoreConformanceOptions } from './store-conformance';
import {
  assertEqual,
  assertTrue,
  change,
  compareBytes,
  DECIMALS,
  draftSkp,
  evaluationIn,
  evaluationVersions,
  expectConflict,
  expectStoreError,
  type Keys,
  LEAP_DAY,
  ledgerEntry,
  nextSkp,
  Q1_2024,
  range,
  resultRecord,
  rulesetDocument,
  save,
  say,
  storeCall,
  unitPredikat,
  YEAR_2024,
  YEAR_2025,
} from './store-conformance-fixtures';

/** One registered case. */
export interface StoreCase {
  readonly group: StoreConformanceGroup;
  readonly name: string;
  readonly run: (opened: OpenedStore) => Promise<void>;
}

const GENESIS = '0'.repeat(64);
const HEX64 = /^[0-9a-f]{64}$/;

/** Every page of a listing, following `nextCursor`; checks page sizes and the last page's null cursor. */
export async function allPages<T>(
  list: (cursor: string | undefined) => Promise<Page<T>>,
  limit: number,
  what: string,
): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await storeCall(what, () => list(cursor));
    assertTrue(page.items.length <= limit, `${what}: a page holds at most ${limit} items`, page.items.length);
    pages.push([...page.items]);
    if (page.nextCursor === null) return pages;
    assertTrue(page.items.length > 0, `${what}: a page with a nextCursor is not empty`, page);
    assertTrue(pages.length <= 100_000, `${what}: the listing ends`, pages.length);
    cursor = page.nextCursor;
  }
}

/** The whole audit log of an agency (pages of 1,000). */
export async function auditLog(store: EvaluationStore, agencyId: string): Promise<AuditEvent[]> {
  const pages = await allPages(
    (cursor) => store.listAudit(agencyId, cursor === undefined ? { limit: 1000 } : { limit: 1000, cursor }),
    1000,
    `listAudit(${agencyId})`,
  );
  return pages.flat();
}

/** Checks that an agency's audit log is a well-formed chain of `n` events and that verifyAudit agrees. */
export async function assertChain(
  store: EvaluationStore,
  agencyId: string,
  n: number,
): Promise<AuditEvent[]> {
  const events = await auditLog(store, agencyId);
  assertEqual(events.length, n, `the number of audit events of ${agencyId}`);
  events.forEach((e, i) => {
    assertEqual(e.agencyId, agencyId, `audit event ${i + 1} agencyId`);
    assertEqual(e.seq, i + 1, `audit event ${i + 1} seq`);
    assertEqual(e.prevHash, i === 0 ? GENESIS : events[i - 1]?.hash, `audit event ${i + 1} prevHash`);
    assertTrue(HEX64.test(e.hash), `audit event ${i + 1} hash is 64 hex digits`, e.hash);
  });
  const report = await storeCall('verifyAudit', () => verifyAudit(store, agencyId));
  assertEqual(
    { ok: report.ok, events: report.events, broken: report.broken, head: report.head },
    { ok: true, events: n, broken: null, head: events[n - 1]?.hash ?? null },
    `verifyAudit(${agencyId})`,
  );
  return events;
}

function keys(
  agencyId: string,
  id: string,
  unitId = 'unit-1',
  employeeId = 'E1',
  period: Keys['period'] = YEAR_2024,
): Keys {
  return { id, agencyId, unitId, employeeId, period };
}

async function saveVersions(
  store: EvaluationStore,
  versions: readonly Evaluation[],
  from: number | null = null,
): Promise<void> {
  let previous = from;
  for (const v of versions) {
    const saved = await storeCall(`saveEvaluation(${v.state})`, () =>
      store.saveEvaluation(v, save(previous)),
    );
    assertEqual(saved, v, `saveEvaluation(${v.state}) returns the evaluation`);
    previous = v.revision;
  }
}

/** `ev` with `patch` applied as if by one more step: revision + 1 and a repeated last history entry. */
function edited(ev: Evaluation, patch: Partial<Evaluation>): Evaluation {
  const last = ev.history[ev.history.length - 1] as Evaluation['history'][number];
  return {
    ...ev,
    ...patch,
    revision: ev.revision + 1,
    history: [...ev.history, { ...last, revision: ev.revision + 1 }],
  };
}

async function ids<T extends { id: string }>(pages: Promise<T[][]>): Promise<string[]> {
  return (await pages).flat().map((r) => r.id);
}

function sortedBytes(values: readonly string[]): string[] {
  return [...values].sort(compareBytes);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (seen.has(v)) out.push(v);
    seen.add(v);
  }
  return out;
}

async function expectAnyStoreError(promise: Promise<unknown>, what: string): Promise<StoreError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error(`${what}: ${say('testing.accepted', { code: '' })}`);
}

// ---------------------------------------------------------------------------------------------

/** Adds every example-based case to `cases`. */
export function registerCases(cases: StoreCase[], options: StoreConformanceOptions): void {
  const add = (group: StoreConformanceGroup, name: string, run: StoreCase['run']): void => {
    cases.push({ group, name, run });
  };
  roundTrips(add);
  rulesets(add);
  revisions(add);
  finalised(add);
  listing(add);
  transactions(add);
  audit(add);
  ledger(add);
  unitPredikatCases(add);
  concurrency(add, options);
}

type Add = (group: StoreConformanceGroup, name: string, run: StoreCase['run']) => void;

// ---------------------------------------------------------------------------------------------
// Round trips.

const UNICODE_AGENCY = 'Kab. Pasangkayu — ñ 漢字';

function roundTrips(add: Add): void {
  add(
    'round-trips',
    'an evaluation comes back deep-equal in every state, with Unicode ids and a leap-day period',
    async ({ store }) => {
      const k = keys(
        UNICODE_AGENCY,
        'EV ñ/2024 — 漢字 🏥',
        'Dinas Kesehatan — عربى',
        '199001012015031001',
        range('2024-02-29', '2024-12-31'),
      );
      const versions = evaluationVersions(k);
      let previous: number | null = null;
      for (const v of versions) {
        await storeCall('saveEvaluation', () => store.saveEvaluation(v, save(previous)));
        previous = v.revision;
        assertEqual(await store.getEvaluation(k.agencyId, k.id), v, `getEvaluation after saving ${v.state}`);
      }
      const page = await store.listEvaluations({ agencyId: k.agencyId });
      assertEqual(page.items, [versions[versions.length - 1]], 'listEvaluations');
      assertEqual(await store.getEvaluation(k.agencyId, 'missing'), null, 'getEvaluation of a missing id');
      assertEqual(await store.getEvaluation('other-agency', k.id), null, 'getEvaluation in another agency');
    },
  );

  add(
    'round-trips',
    'an SKP plan comes back deep-equal: exact numbers, long and empty strings, Unicode',
    async ({ store }) => {
      let plan = draftSkp(keys('agency-a', 'SKP/2024/ñ', 'unit-ñ', 'E1', LEAP_DAY));
      let previous: number | null = null;
      for (;;) {
        const p = plan;
        assertEqual(
          await storeCall('saveSkp', () => store.saveSkp(p, save(previous))),
          p,
          `saveSkp(${p.state})`,
        );
        assertEqual(await store.getSkp('agency-a', p.id), p, `getSkp after saving ${p.state}`);
        previous = p.revision;
        const next = nextSkp(p);
        if (next === null) break;
        plan = next;
      }
      assertEqual(
        (await store.listSkps({ agencyId: 'agency-a', period: LEAP_DAY })).items,
        [plan],
        'listSkps',
      );
    },
  );

  add(
    'round-trips',
    'result scores keep every digit and their scale (0.1, 0.10, 30 and 60 digits, null)',
    async ({ store }) => {
      const scores: (string | null)[] = [...Object.values(DECIMALS), '85.20', null];
      const records = scores.map((score, i) =>
        resultRecord(
          { agencyId: 'agency-a', id: `R-${i}`, unitId: 'unit-1', employeeId: `E${i}`, period: LEAP_DAY },
          score as string,
        ),
      );
      for (const r of records) {
        const stored = await storeCall('saveResult', () => store.saveResult(r, change()));
        assertEqual(stored, { ...r, revision: 1 }, `saveResult(${r.id}) returns the record with revision 1`);
        assertEqual(await store.getResult('agency-a', r.id), { ...r, revision: 1 }, `getResult(${r.id})`);
      }
      const listed = (
        await allPages(
          (cursor) => store.listResults({ agencyId: 'agency-a', limit: 3, ...(cursor ? { cursor } : {}) }),
          3,
          'listResults',
        )
      ).flat();
      assertEqual(
        listed.map((r) => r.result.score),
        sortedBytes(records.map((r) => r.id)).map((id) => records.find((r) => r.id === id)?.result.score),
        'the scores listed',
      );
    },
  );

  add(
    'round-trips',
    'ledger entries keep angka kredit exactly, up to 60 digits, and store the canonical form',
    async ({ store }) => {
      const values = Object.values(DECIMALS);
      let seq = 0;
      for (const ak of values) {
        seq += 1;
        const e = ledgerEntry('agency-a', 'E1', ak, 2024, seq === 1 ? '' : 'catatan — ñ 漢字');
        assertEqual(
          await storeCall('appendLedgerEntry', () => store.appendLedgerEntry(e, change())),
          { ...e, seq },
          `appendLedgerEntry(${ak})`,
        );
      }
      const written = await storeCall('appendLedgerEntry', () =>
        store.appendLedgerEntry(ledgerEntry('agency-a', 'E1', '+007.50'), change()),
      );
      assertEqual(
        written.angkaKredit,
        '7.50',
        'a non-canonical angka kredit is stored in canonical form, scale kept',
      );
      const listed = await store.listLedger('agency-a', 'E1');
      assertEqual(
        listed.map((e) => e.angkaKredit),
        [...values, '7.50'],
        'listLedger angka kredit',
      );
      assertEqual(
        listed.map((e) => e.note),
        ['', ...values.slice(1).map(() => 'catatan — ñ 漢字'), null],
        'listLedger notes',
      );
    },
  );

  add(
    'round-trips',
    'a unit predikat with a leap-day period, an empty note and Unicode ids comes back as written',
    async ({ store }) => {
      const r = unitPredikat(UNICODE_AGENCY, 'Bagian Umum — 漢字', LEAP_DAY, 'sangat-baik', '');
      assertEqual(
        await storeCall('setUnitPredikat', () => store.setUnitPredikat(r, change())),
        { ...r, revision: 1 },
        'setUnitPredikat',
      );
      assertEqual(
        await store.getUnitPredikat(r.agencyId, r.unitId, LEAP_DAY),
        { ...r, revision: 1 },
        'getUnitPredikat',
      );
      assertEqual(
        await store.getUnitPredikat(r.agencyId, r.unitId, Q1_2024),
        null,
        'getUnitPredikat of another period',
      );
    },
  );

  add(
    'round-trips',
    'a ruleset document comes back as given, under its agency, id and version',
    async ({ store }) => {
      const doc = rulesetDocument('kota-palu-2025', 3);
      assertEqual(
        await storeCall('putRuleset', () => store.putRuleset(UNICODE_AGENCY, doc, change())),
        true,
        'putRuleset',
      );
      assertEqual(
        await store.getRuleset(UNICODE_AGENCY, 'kota-palu-2025', 3),
        { agencyId: UNICODE_AGENCY, id: 'kota-palu-2025', version: 3, document: doc },
        'getRuleset',
      );
    },
  );

  add(
    'round-trips',
    'audit events keep actor, time (with its zone) and reason as given',
    async ({ store }) => {
      const r = resultRecord({
        agencyId: 'agency-a',
        id: 'R',
        unitId: 'u',
        employeeId: 'E',
        period: YEAR_2024,
      });
      await storeCall('saveResult', () =>
        store.saveResult(r, change('2025-01-31T15:00:00+07:00', 'hr ñ 漢字', 'impor — alasan ✓')),
      );
      await storeCall('saveResult', () => store.saveResult(r, change('2025-02-28', 'hr-02', '')));
      const [a, b] = await assertChain(store, 'agency-a', 2);
      assertEqual(
        [a?.actor, a?.at, a?.reason, b?.actor, b?.at, b?.reason],
        ['hr ñ 漢字', '2025-01-31T15:00:00+07:00', 'impor — alasan ✓', 'hr-02', '2025-02-28', ''],
        'actor, at and reason of the events',
      );
    },
  );

  add(
    'round-trips',
    'extreme text (long ids, NUL, unpaired surrogates, 1 MB) is stored exactly or refused with a StoreError, leaving nothing behind',
    async ({ store }) => {
      const long = (n: number, c = 'x') => c.repeat(n);
      const probes: [
        string,
        string,
        (s: EvaluationStore) => Promise<unknown>,
        (s: EvaluationStore) => Promise<unknown>,
      ][] = [];
      const result = (agencyId: string, id: string, unitId = 'u', employeeId = 'E') =>
        resultRecord({ agencyId, id, unitId, employeeId, period: YEAR_2024 });
      for (const n of [200, 201, 255, 256, 1000]) {
        for (const [field, r] of [
          ['id', result('agency-a', long(n))],
          ['unitId', result('agency-a', `R-unit-${n}`, long(n, 'u'))],
          ['employeeId', result('agency-a', `R-employee-${n}`, 'u', long(n, 'e'))],
        ] as const) {
          probes.push([
            `a result with a ${field} of ${n} characters`,
            r.agencyId,
            (s) => s.saveResult(r, change()),
            (s) => s.getResult(r.agencyId, r.id),
          ]);
        }
        const e = ledgerEntry('agency-a', long(n, 'E'), '1');
        probes.push([
          `a ledger entry of an employee id of ${n} characters`,
          'agency-a',
          (s) => s.appendLedgerEntry(e, change()),
          (s) => s.listLedger('agency-a', e.employeeId),
        ]);
        const u = unitPredikat('agency-a', long(n, 'U'), YEAR_2024);
        probes.push([
          `a unit predikat of a unit id of ${n} characters`,
          'agency-a',
          (s) => s.setUnitPredikat(u, change()),
          (s) => s.getUnitPredikat('agency-a', u.unitId, YEAR_2024),
        ]);
      }
      for (const n of [100, 200, 201, 1000]) {
        const r = result(`a${long(n - 1)}`, 'R');
        probes.push([
          `a result with an agencyId of ${n} characters`,
          r.agencyId,
          (s) => s.saveResult(r, change()),
          (s) => s.getResult(r.agencyId, r.id),
        ]);
      }
      for (const [what, text] of [
        ['a NUL', 'a\u0000b'],
        ['an unpaired surrogate', 'a\ud800b'],
        ['a lone low surrogate', '\udc00'],
        ['1 MB', long(1_000_000, 'é')],
      ] as const) {
        const r = result('agency-a', `R-text-${probes.length}`);
        probes.push([
          `a change reason with ${what}`,
          'agency-a',
          (s) => s.saveResult(r, change('2025-01-01', 'hr', text)),
          (s) => s.getResult('agency-a', r.id),
        ]);
        const e = ledgerEntry('agency-a', `E-text-${probes.length}`, '1', 2024, text);
        probes.push([
          `a ledger note with ${what}`,
          'agency-a',
          (s) => s.appendLedgerEntry(e, change()),
          (s) => s.listLedger('agency-a', e.employeeId),
        ]);
        const plan = draftSkp(keys('agency-a', `SKP-text-${probes.length}`), { text });
        probes.push([
          `SKP content with ${what}`,
          'agency-a',
          (s) => s.saveSkp(plan, save(null)),
          (s) => s.getSkp('agency-a', plan.id),
        ]);
        if (text.length < 10) {
          const ri = result('agency-a', `R-id-${text}`);
          probes.push([
            `a result id with ${what}`,
            'agency-a',
            (s) => s.saveResult(ri, change()),
            (s) => s.getResult('agency-a', ri.id),
          ]);
          const ra = result(`agency-${text}`, 'R');
          probes.push([
            `an agency id with ${what}`,
            ra.agencyId,
            (s) => s.saveResult(ra, change()),
            (s) => s.getResult(ra.agencyId, 'R'),
          ]);
        }
      }
      // The number of audit events of an agency; null when the agency id itself is refused.
      const events = (agencyId: string) =>
        auditLog(store, agencyId).then(
          (log) => log.length,
          (r: unknown) =>
            r instanceof Error && /storage\.(invalid-id|value-too-long)/.test(r.message)
              ? null
              : Promise.reject(r),
        );
      for (const [what, agencyId, write, read] of probes) {
        const before = await events(agencyId);
        let value: unknown;
        try {
          value = await write(store);
        } catch (e) {
          if (!(e instanceof StoreError)) {
            throw new Error(
              `${what}: ${say('testing.wrong-code', { code: 'a StoreError', issues: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })}`,
            );
          }
          // A read with the same bad input may be refused too; otherwise it finds nothing.
          const after = await read(store).catch((r: unknown) =>
            r instanceof StoreError ? null : Promise.reject(r),
          );
          assertTrue(
            after === null || (Array.isArray(after) && after.length === 0),
            `${what}: refused, so not stored`,
            after,
          );
          assertEqual(await events(agencyId), before, `${what}: refused, so no audit event`);
          continue;
        }
        const back = await read(store);
        const stored = Array.isArray(back) ? back[back.length - 1] : back;
        assertEqual(stored, value, `${what}: accepted, so read back as returned`);
      }
    },
  );

  add(
    'round-trips',
    'ids differing only by case, accents, spaces or Unicode plane are distinct and listed in UTF-8 byte order',
    async ({ store }) => {
      const names = ['a', 'A', 'a ', 'ä', 'é', 'e\u0301', 'B', 'Z', '\uff61', '\u{1f600}', 'zz', 'z'];
      const records = names.map((id, i) =>
        resultRecord(
          { agencyId: 'agency-a', id, unitId: 'u', employeeId: `E${i}`, period: YEAR_2024 },
          `${i}`,
        ),
      );
      const saved = await storeCall('saveResults', () => store.saveResults(records, change()));
      assertEqual(saved, { saved: names.length }, 'saveResults');
      for (const r of records)
        assertEqual(
          (await store.getResult('agency-a', r.id))?.result.score,
          r.result.score,
          `getResult(${JSON.stringify(r.id)})`,
        );
      for (const limit of [1, 5, 1000]) {
        const listed = await ids(
          allPages(
            (cursor) => store.listResults({ agencyId: 'agency-a', limit, ...(cursor ? { cursor } : {}) }),
            limit,
            'listResults',
          ),
        );
        assertEqual(listed, sortedBytes(names), `listResults(limit ${limit}) in byte order`);
      }
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Rulesets.

function rulesets(add: Add): void {
  add(
    'rulesets',
    'rulesets are write-once: the same document is a no-op, a different one storage.ruleset-exists',
    async ({ store }) => {
      const doc = rulesetDocument('kota-2025', 1);
      assertEqual(
        await storeCall('putRuleset', () => store.putRuleset('agency-a', doc, change())),
        true,
        'the first putRuleset',
      );
      assertEqual(
        await storeCall('putRuleset', () => store.putRuleset('agency-a', doc, change())),
        false,
        'putRuleset of the same document',
      );
      const reordered = Object.fromEntries(Object.entries(doc as Record<string, JsonValue>).reverse());
      assertEqual(
        await storeCall('putRuleset', () => store.putRuleset('agency-a', reordered, change())),
        false,
        'putRuleset of the same document with its keys in another order',
      );
      await expectStoreError(
        store.putRuleset('agency-a', rulesetDocument('kota-2025', 1, 'Another name'), change()),
        'storage.ruleset-exists',
        'putRuleset of a different document under the same id and version',
      );
      assertEqual(
        await store.getRuleset('agency-a', 'kota-2025', 1),
        { agencyId: 'agency-a', id: 'kota-2025', version: 1, document: doc },
        'the stored document',
      );
      await assertChain(store, 'agency-a', 1);
      assertEqual(
        await storeCall('putRuleset', () =>
          store.putRuleset('agency-b', rulesetDocument('kota-2025', 1, 'Another name'), change()),
        ),
        true,
        'the same id and version in another agency',
      );
    },
  );

  add(
    'rulesets',
    'the highest version is the default, and versions are ordered as numbers (2 before 10)',
    async ({ store }) => {
      for (const [id, v] of [
        ['r', 2],
        ['r', 10],
        ['r', 1],
        ['q', 1],
        ['r-x', 1],
      ] as const) {
        await storeCall('putRuleset', () => store.putRuleset('agency-a', rulesetDocument(id, v), change()));
      }
      assertEqual((await store.getRuleset('agency-a', 'r'))?.version, 10, 'getRuleset without a version');
      assertEqual(
        (await store.getRuleset('agency-a', 'r', 2))?.document,
        rulesetDocument('r', 2),
        'getRuleset(version 2)',
      );
      assertEqual(await store.getRuleset('agency-a', 'r', 3), null, 'getRuleset of a missing version');
      assertEqual(await store.getRuleset('agency-a', 'missing'), null, 'getRuleset of a missing id');
      assertEqual(await store.getRuleset('agency-b', 'r'), null, 'getRuleset in another agency');
      assertEqual(
        await store.listRulesets('agency-a'),
        [
          { id: 'q', version: 1 },
          { id: 'r', version: 1 },
          { id: 'r', version: 2 },
          { id: 'r', version: 10 },
          { id: 'r-x', version: 1 },
        ],
        'listRulesets',
      );
      assertEqual(await store.listRulesets('agency-b'), [], 'listRulesets of another agency');
    },
  );

  add(
    'rulesets',
    'a document that is not a valid ruleset is refused and nothing is written',
    async ({ store }) => {
      await expectAnyStoreError(
        store.putRuleset('agency-a', { id: 'x', version: 1 }, change()),
        'putRuleset of an invalid document',
      );
      await expectAnyStoreError(
        store.putRuleset('agency-a', rulesetDocument('x', 1), { actor: '', at: '2025-01-01' }),
        'putRuleset with an empty actor',
      );
      await expectAnyStoreError(
        store.putRuleset('agency-a', rulesetDocument('x', 1), { actor: 'a', at: '2025-02-30' }),
        'putRuleset on 2025-02-30',
      );
      assertEqual(await store.listRulesets('agency-a'), [], 'listRulesets');
      assertEqual(await store.listAgencies(), [], 'listAgencies');
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Revisions.

function revisions(add: Add): void {
  add(
    'revisions',
    'evaluations: creating twice, a stale update and updating a missing one are conflicts that write nothing',
    async ({ store }) => {
      const [v1, v2, v3] = evaluationVersions(keys('agency-a', 'EV-1')) as [
        Evaluation,
        Evaluation,
        Evaluation,
      ];
      await storeCall('create', () => store.saveEvaluation(v1, save(null)));
      await expectConflict(store.saveEvaluation(v1, save(null)), null, 1, 'creating it again');
      await storeCall('update', () => store.saveEvaluation(v2, save(1)));
      await expectConflict(store.saveEvaluation(v3, save(1)), 1, 2, 'a stale update');
      await expectConflict(store.saveEvaluation(v3, save(0)), 0, 2, 'an update expecting revision 0');
      const other = evaluationVersions(keys('agency-a', 'EV-2'));
      await expectConflict(
        store.saveEvaluation(other[1] as Evaluation, save(1)),
        1,
        null,
        'updating a missing evaluation',
      );
      await expectStoreError(
        store.saveEvaluation(v2, save(2)),
        'storage.revision-not-increased',
        'saving revision 2 over revision 2',
      );
      assertEqual(await store.getEvaluation('agency-a', 'EV-1'), v2, 'the stored evaluation');
      assertEqual(await store.getEvaluation('agency-a', 'EV-2'), null, 'the missing evaluation');
      const events = await assertChain(store, 'agency-a', 2);
      assertEqual(
        events.map((e) => [e.action, e.entity.kind, e.entity.id, e.revision]),
        [
          ['create', 'evaluation', 'EV-1', 1],
          ['update', 'evaluation', 'EV-1', 2],
        ],
        'the audit events',
      );
      await storeCall('update', () => store.saveEvaluation(v3, save(2)));
      assertEqual(await store.getEvaluation('agency-a', 'EV-1'), v3, 'the evaluation after a right update');
    },
  );

  add(
    'revisions',
    'SKP plans: creating twice, a stale update and updating a missing one are conflicts that write nothing',
    async ({ store }) => {
      const p1 = draftSkp(keys('agency-a', 'SKP-1'));
      const p2 = nextSkp(p1) as NonNullable<ReturnType<typeof nextSkp>>;
      const p3 = nextSkp(p2) as NonNullable<ReturnType<typeof nextSkp>>;
      await storeCall('create', () => store.saveSkp(p1, save(null)));
      await expectConflict(store.saveSkp(p1, save(null)), null, 1, 'creating it again');
      await storeCall('update', () => store.saveSkp(p2, save(1)));
      await expectConflict(store.saveSkp(p3, save(1)), 1, 2, 'a stale update');
      await expectConflict(
        store.saveSkp({ ...p2, id: 'SKP-2' }, save(1)),
        1,
        null,
        'updating a missing plan',
      );
      assertEqual(await store.getSkp('agency-a', 'SKP-1'), p2, 'the stored plan');
      await assertChain(store, 'agency-a', 2);
    },
  );

  add(
    'revisions',
    'results and unit predikat: guarded upserts conflict like saves; unguarded ones replace and count revisions',
    async ({ store }) => {
      const r = resultRecord({
        agencyId: 'agency-a',
        id: 'R-1',
        unitId: 'u',
        employeeId: 'E1',
        period: YEAR_2024,
      });
      assertEqual(
        (await storeCall('create', () => store.saveResult(r, { ...change(), expectedRevision: null })))
          .revision,
        1,
        'created',
      );
      await expectConflict(
        store.saveResult(r, { ...change(), expectedRevision: null }),
        null,
        1,
        'creating the result again',
      );
      assertEqual(
        (
          await storeCall('update', () =>
            store.saveResult(resultRecord({ ...r }, '90'), { ...change(), expectedRevision: 1 }),
          )
        ).revision,
        2,
        'a right update',
      );
      await expectConflict(
        store.saveResult(r, { ...change(), expectedRevision: 1 }),
        1,
        2,
        'a stale update of the result',
      );
      await expectConflict(
        store.saveResult({ ...r, id: 'R-2' }, { ...change(), expectedRevision: 1 }),
        1,
        null,
        'updating a missing result',
      );
      assertEqual(
        (await storeCall('replace', () => store.saveResult(r, change()))).revision,
        3,
        'an unguarded replacement',
      );
      assertEqual(await store.getResult('agency-a', 'R-1'), { ...r, revision: 3 }, 'the stored result');
      assertEqual(await store.getResult('agency-a', 'R-2'), null, 'the missing result');

      const u = unitPredikat('agency-a', 'u', YEAR_2024);
      await storeCall('create', () => store.setUnitPredikat(u, { ...change(), expectedRevision: null }));
      await expectConflict(
        store.setUnitPredikat(u, { ...change(), expectedRevision: null }),
        null,
        1,
        'creating the unit predikat again',
      );
      await expectConflict(
        store.setUnitPredikat(u, { ...change(), expectedRevision: 2 }),
        2,
        1,
        'a unit predikat update from the future',
      );
      await expectConflict(
        store.setUnitPredikat({ ...u, unitId: 'v' }, { ...change(), expectedRevision: 1 }),
        1,
        null,
        'updating a missing unit predikat',
      );
      assertEqual(
        await store.getUnitPredikat('agency-a', 'u', YEAR_2024),
        { ...u, revision: 1 },
        'the stored unit predikat',
      );
      await assertChain(store, 'agency-a', 4);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// The finalised rule.

function finalised(add: Add): void {
  add(
    'finalised',
    'a finalised evaluation moves on only through release, appeal and decision',
    async ({ store }) => {
      const versions = evaluationVersions(keys('agency-a', 'EV-1'));
      const upTo = versions.findIndex((v) => v.state === 'finalised');
      await saveVersions(store, versions.slice(0, upTo + 1));
      const fin = versions[upTo] as Evaluation;
      const released = versions[upTo + 1] as Evaluation;
      const ofRecord = released.ofRecord as NonNullable<Evaluation['ofRecord']>;
      const edits: [string, Evaluation][] = [
        [
          'the release with the ratings of record changed',
          { ...released, ofRecord: { ...ofRecord, ratings: { perilaku: 'sangat-kurang' } } },
        ],
        ['the release with another unit', { ...released, unitId: 'unit-2' }],
        [
          'an earlier state saved over it',
          {
            ...(versions[upTo - 1] as Evaluation),
            revision: fin.revision + 1,
            history: [
              ...(versions[upTo - 1] as Evaluation).history.slice(0, -1),
              {
                ...((versions[upTo - 1] as Evaluation).history.at(-1) as Evaluation['history'][number]),
                revision: fin.revision + 1,
              },
            ],
          },
        ],
      ];
      for (const [what, edit] of edits) {
        await expectStoreError(
          store.saveEvaluation(edit, save(fin.revision)),
          'storage.finalised',
          `saving ${what}`,
        );
      }
      assertEqual(
        await store.getEvaluation('agency-a', 'EV-1'),
        fin,
        'the finalised evaluation is unchanged',
      );
      await saveVersions(store, versions.slice(upTo + 1), fin.revision);
      const decided = versions[versions.length - 1] as Evaluation;
      assertEqual(decided.state, 'decided', 'the last version');
      await expectStoreError(
        store.saveEvaluation(edited(decided, { unitId: 'unit-2' }), save(decided.revision)),
        'storage.finalised',
        'saving a decided evaluation with another unit',
      );
      assertEqual(await store.getEvaluation('agency-a', 'EV-1'), decided, 'the decided evaluation');
      await assertChain(store, 'agency-a', versions.length);
    },
  );

  add(
    'finalised',
    'corrections of a finalised evaluation are audit events, and the evaluation stays as it was',
    async ({ store }) => {
      const fin = evaluationIn(keys('agency-a', 'EV-1'), 'finalised');
      await storeCall('saveEvaluation', () => store.saveEvaluation(fin, save(null)));
      const event = await storeCall('appendCorrection', () =>
        store.appendCorrection(
          {
            agencyId: 'agency-a',
            entity: { kind: 'evaluation', id: 'EV-1' },
            data: { field: 'notes', value: 'salah ketik — ñ' },
            reason: 'typo',
          },
          change('2025-03-01', 'hr-02'),
        ),
      );
      assertEqual(
        [event.seq, event.action, event.entity, event.afterHash, event.reason],
        [2, 'correction', { kind: 'evaluation', id: 'EV-1' }, null, 'typo'],
        'the correction event',
      );
      const events = await assertChain(store, 'agency-a', 2);
      assertEqual(events[1], event, 'the correction as listed');
      assertEqual(await store.getEvaluation('agency-a', 'EV-1'), fin, 'the evaluation');
    },
  );

  add(
    'finalised',
    'the result of a finalised evaluation cannot be replaced, alone or in a bulk save',
    async ({ store }) => {
      const versions = evaluationVersions(keys('agency-a', 'EV-1'));
      const upTo = versions.findIndex((v) => v.state === 'finalised');
      await saveVersions(store, versions.slice(0, upTo));
      const agreed = versions[upTo - 1] as Evaluation;
      const r = resultRecord({
        agencyId: 'agency-a',
        id: 'R-1',
        evaluationId: 'EV-1',
        unitId: 'unit-1',
        employeeId: 'E1',
        period: YEAR_2024,
      });
      await storeCall('saveResult', () => store.saveResult(r, change()));
      assertEqual(
        (
          await storeCall('replace before finalisation', () =>
            store.saveResult(resultRecord({ ...r }, '86'), change()),
          )
        ).revision,
        2,
        'replaced before finalisation',
      );
      await storeCall('finalise', () =>
        store.saveEvaluation(versions[upTo] as Evaluation, save(agreed.revision)),
      );
      await expectStoreError(
        store.saveResult(resultRecord({ ...r }, '99'), change()),
        'storage.finalised',
        'replacing it after finalisation',
      );
      await expectStoreError(
        store.saveResult(resultRecord({ ...r }, '99'), { ...change(), expectedRevision: 2 }),
        'storage.finalised',
        'replacing it with the right revision',
      );
      const other = resultRecord({
        agencyId: 'agency-a',
        id: 'R-2',
        unitId: 'unit-1',
        employeeId: 'E2',
        period: YEAR_2024,
      });
      await expectStoreError(
        store.saveResults([other, resultRecord({ ...r }, '99')], change()),
        'storage.finalised',
        'a bulk save replacing it',
      );
      assertEqual(await store.getResult('agency-a', 'R-2'), null, 'the other record of the failed bulk save');
      assertEqual(
        await store.getResult('agency-a', 'R-1'),
        { ...resultRecord({ ...r }, '86'), revision: 2 },
        'the result',
      );
      await assertChain(store, 'agency-a', upTo + 3);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Listings.

/** Results spread over units, employees and periods (three of each), plus some of another agency. */
function spread(n: number, agencyId = 'agency-a'): ResultRecord[] {
  const periods = [YEAR_2024, Q1_2024, LEAP_DAY, YEAR_2025];
  return Array.from({ length: n }, (_, i) =>
    resultRecord(
      {
        agencyId,
        id: `R-${String((i * 7919) % 1000).padStart(3, '0')}`,
        unitId: `unit-${i % 3}`,
        employeeId: `E${i % 4}`,
        period: periods[i % 4] as Keys['period'],
      },
      `${i}.5`,
    ),
  );
}

function within(p: Keys['period'], range: Keys['period']): boolean {
  return p.start >= range.start && p.end <= range.end;
}

function listing(add: Add): void {
  add(
    'listing',
    'every row is listed exactly once, in key order, whatever the page size',
    async ({ store }) => {
      const records = spread(25);
      await storeCall('saveResults', () =>
        store.saveResults([...records, ...spread(5, 'agency-b')], change()),
      );
      const expected = sortedBytes(records.map((r) => r.id));
      for (const limit of [1, 2, 3, 7, 24, 25, 26, 1000]) {
        const pages = await allPages(
          (cursor) => store.listResults({ agencyId: 'agency-a', limit, ...(cursor ? { cursor } : {}) }),
          limit,
          `listResults(limit ${limit})`,
        );
        assertEqual(
          pages.length,
          Math.max(1, Math.ceil(25 / limit)),
          `the number of pages of 25 rows with limit ${limit}`,
        );
        assertEqual(
          pages.flat().map((r) => r.id),
          expected,
          `listResults(limit ${limit})`,
        );
      }
    },
  );

  add('listing', 'the default page size is 100', async ({ store }) => {
    const records = Array.from({ length: 150 }, (_, i) =>
      resultRecord({
        agencyId: 'agency-a',
        id: `R-${String(i).padStart(3, '0')}`,
        unitId: 'u',
        employeeId: `E${i}`,
        period: YEAR_2024,
      }),
    );
    await storeCall('saveResults', () => store.saveResults(records, change()));
    const first = await store.listResults({ agencyId: 'agency-a' });
    assertEqual(first.items.length, 100, 'the first page');
    assertTrue(first.nextCursor !== null, 'the first page has a nextCursor', first.nextCursor);
    const second = await store.listResults({ agencyId: 'agency-a', cursor: first.nextCursor as string });
    assertEqual([second.items.length, second.nextCursor], [50, null], 'the second page');
  });

  add(
    'listing',
    'filters by unit, employee and period (periods within the range, ends inclusive)',
    async ({ store }) => {
      const records = spread(40);
      await storeCall('saveResults', () =>
        store.saveResults([...records, ...spread(8, 'agency-b')], change()),
      );
      const ranges = [
        YEAR_2024,
        Q1_2024,
        LEAP_DAY,
        range('2024-02-29', '2025-12-31'),
        range('2024-03-01', '2024-12-30'),
      ];
      const filters: { unitId?: string; employeeId?: string; period?: Keys['period'] }[] = [
        { unitId: 'unit-1' },
        { employeeId: 'E2' },
        { unitId: 'unit-2', employeeId: 'E3' },
        { unitId: 'unit-9' },
        ...ranges.map((period) => ({ period })),
        ...ranges.map((period) => ({ period, unitId: 'unit-0' })),
        { period: LEAP_DAY, unitId: 'unit-2', employeeId: 'E2' },
      ];
      for (const f of filters) {
        const expected = sortedBytes(
          records
            .filter(
              (r) =>
                (f.unitId === undefined || r.unitId === f.unitId) &&
                (f.employeeId === undefined || r.employeeId === f.employeeId) &&
                (f.period === undefined || within(r.period, f.period)),
            )
            .map((r) => r.id),
        );
        const got = await ids(
          allPages(
            (cursor) =>
              store.listResults({
                agencyId: 'agency-a',
                ...f,
                limit: 2,
                ...(cursor ? { cursor } : {}),
              } as never),
            2,
            `listResults(${JSON.stringify(f)})`,
          ),
        );
        assertEqual(got, expected, `listResults(${JSON.stringify(f)})`);
      }
    },
  );

  add(
    'listing',
    'evaluations, SKP plans and unit predikat page and filter the same way',
    async ({ store }) => {
      const evs: Evaluation[] = [];
      for (let i = 0; i < 7; i++) {
        const ev = evaluationVersions(
          keys('agency-a', `EV-${i}`, `unit-${i % 2}`, `E${i % 3}`, i % 2 === 0 ? YEAR_2024 : LEAP_DAY),
        )[0] as Evaluation;
        evs.push(ev);
        await storeCall('saveEvaluation', () => store.saveEvaluation(ev, save(null)));
        await storeCall('saveSkp', () =>
          store.saveSkp(
            draftSkp(keys('agency-a', `SKP-${i}`, `unit-${i % 2}`, `E${i % 3}`, YEAR_2024), { i }),
            save(null),
          ),
        );
        await storeCall('setUnitPredikat', () =>
          store.setUnitPredikat(
            unitPredikat('agency-a', `unit-${i}`, i % 2 === 0 ? YEAR_2024 : LEAP_DAY),
            change(),
          ),
        );
      }
      const e = await allPages(
        (cursor) => store.listEvaluations({ agencyId: 'agency-a', limit: 2, ...(cursor ? { cursor } : {}) }),
        2,
        'listEvaluations',
      );
      assertEqual(e.flat(), evs, 'listEvaluations');
      const eu = await ids(
        allPages(
          (cursor) =>
            store.listEvaluations({
              agencyId: 'agency-a',
              unitId: 'unit-1',
              employeeId: 'E0',
              limit: 1,
              ...(cursor ? { cursor } : {}),
            }),
          1,
          'listEvaluations(unit, employee)',
        ),
      );
      assertEqual(eu, ['EV-3'], 'listEvaluations(unit-1, E0)');
      const ep = await ids(
        allPages(
          (cursor) =>
            store.listEvaluations({
              agencyId: 'agency-a',
              period: Q1_2024,
              limit: 3,
              ...(cursor ? { cursor } : {}),
            }),
          3,
          'listEvaluations(period)',
        ),
      );
      assertEqual(ep, ['EV-1', 'EV-3', 'EV-5'], 'listEvaluations(Q1 2024)');
      const s = await ids(
        allPages(
          (cursor) =>
            store.listSkps({
              agencyId: 'agency-a',
              employeeId: 'E1',
              limit: 1,
              ...(cursor ? { cursor } : {}),
            }),
          1,
          'listSkps',
        ),
      );
      assertEqual(s, ['SKP-1', 'SKP-4'], 'listSkps(E1)');
      const u = await allPages(
        (cursor) =>
          store.listUnitPredikat({
            agencyId: 'agency-a',
            period: Q1_2024,
            limit: 2,
            ...(cursor ? { cursor } : {}),
          }),
        2,
        'listUnitPredikat',
      );
      assertEqual(
        u.flat().map((x) => x.unitId),
        ['unit-1', 'unit-3', 'unit-5'],
        'listUnitPredikat(Q1 2024)',
      );
      const u1 = await store.listUnitPredikat({ agencyId: 'agency-a', unitId: 'unit-2' });
      assertEqual(
        u1.items.map((x) => [x.unitId, x.period]),
        [['unit-2', YEAR_2024]],
        'listUnitPredikat(unit-2)',
      );
      assertEqual(
        (await store.listEvaluations({ agencyId: 'agency-b' })).items,
        [],
        'listEvaluations of another agency',
      );
    },
  );

  add(
    'listing',
    'writes during paging: rows written after the cursor appear once, rows before it never again',
    async ({ store }) => {
      const even = Array.from({ length: 10 }, (_, i) =>
        resultRecord({
          agencyId: 'agency-a',
          id: `R-${String(i * 2).padStart(2, '0')}`,
          unitId: 'u',
          employeeId: 'E',
          period: YEAR_2024,
        }),
      );
      await storeCall('saveResults', () => store.saveResults(even, change()));
      const seen: StoredResult[] = [];
      let page = await store.listResults({ agencyId: 'agency-a', limit: 3 });
      seen.push(...page.items); // R-00 R-02 R-04
      const add1 = (id: string, score = '1') =>
        storeCall('saveResult', () =>
          store.saveResult(
            resultRecord(
              { agencyId: 'agency-a', id, unitId: 'u', employeeId: 'E', period: YEAR_2024 },
              score,
            ),
            change(),
          ),
        );
      await add1('R-01');
      await add1('R-05');
      await add1('R-19');
      await add1('R-02', '2');
      await add1('R-08', '8');
      while (page.nextCursor !== null) {
        const cursor = page.nextCursor;
        page = await storeCall('listResults', () =>
          store.listResults({ agencyId: 'agency-a', limit: 3, cursor }),
        );
        seen.push(...page.items);
        if (seen.length === 6) await add1('R-11');
      }
      const got = seen.map((r) => r.id);
      assertEqual(duplicates(got), [], 'rows listed twice');
      assertEqual(
        got,
        [
          'R-00',
          'R-02',
          'R-04',
          'R-05',
          'R-06',
          'R-08',
          'R-10',
          'R-11',
          'R-12',
          'R-14',
          'R-16',
          'R-18',
          'R-19',
        ],
        'the rows listed',
      );
      assertEqual(
        seen.find((r) => r.id === 'R-08')?.result.score,
        '8',
        'a row updated after the cursor is listed as updated',
      );
    },
  );

  add(
    'listing',
    'page sizes other than whole numbers from 1 to 1,000 are refused with storage.invalid-limit',
    async ({ store }) => {
      await storeCall('saveResult', () =>
        store.saveResult(
          resultRecord({ agencyId: 'agency-a', id: 'R', unitId: 'u', employeeId: 'E', period: YEAR_2024 }),
          change(),
        ),
      );
      for (const limit of [
        0,
        -1,
        1.5,
        1001,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        '10' as unknown as number,
      ]) {
        await expectStoreError(
          store.listResults({ agencyId: 'agency-a', limit }),
          'storage.invalid-limit',
          `listResults(limit ${String(limit)})`,
        );
        await expectStoreError(
          store.listEvaluations({ agencyId: 'agency-a', limit }),
          'storage.invalid-limit',
          `listEvaluations(limit ${String(limit)})`,
        );
        await expectStoreError(
          store.listAudit('agency-a', { limit }),
          'storage.invalid-limit',
          `listAudit(limit ${String(limit)})`,
        );
      }
      assertEqual(
        (await store.listResults({ agencyId: 'agency-a', limit: 1000 })).items.length,
        1,
        'limit 1000',
      );
      assertEqual((await store.listResults({ agencyId: 'agency-a', limit: 1 })).items.length, 1, 'limit 1');
    },
  );

  add(
    'listing',
    'cursors that no listing produced are refused with storage.invalid-cursor',
    async ({ store }) => {
      await storeCall('saveResults', () => store.saveResults(spread(5), change()));
      const page = await store.listResults({ agencyId: 'agency-a', limit: 2 });
      const good = page.nextCursor as string;
      for (const cursor of ['', 'garbage', '!!!', '{"key":"R-1"}', `${good}x`, good.slice(0, -1)]) {
        await expectStoreError(
          store.listResults({ agencyId: 'agency-a', cursor }),
          'storage.invalid-cursor',
          `listResults(cursor ${JSON.stringify(cursor)})`,
        );
        await expectStoreError(
          store.listAudit('agency-a', { cursor }),
          'storage.invalid-cursor',
          `listAudit(cursor ${JSON.stringify(cursor)})`,
        );
      }
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Transactions and bulk saves.

function transactions(add: Add): void {
  add(
    'transactions',
    'a transaction that throws leaves no trace: no rows, no audit events, no new agency',
    async ({ store }) => {
      const kept = resultRecord({
        agencyId: 'agency-b',
        id: 'R-1',
        unitId: 'u',
        employeeId: 'E',
        period: YEAR_2024,
      });
      await storeCall('saveResult', () => store.saveResult(kept, change()));
      const boom = new Error('boom');
      let thrown: unknown;
      try {
        await store.transaction(async (tx) => {
          const ev = evaluationVersions(keys('agency-a', 'EV-1'))[0] as Evaluation;
          await tx.saveEvaluation(ev, save(null));
          assertEqual(
            await tx.getEvaluation('agency-a', 'EV-1'),
            ev,
            'a read inside the transaction sees its own write',
          );
          await tx.saveSkp(draftSkp(keys('agency-a', 'SKP-1')), save(null));
          await tx.saveResult(
            resultRecord({
              agencyId: 'agency-a',
              id: 'R-1',
              unitId: 'u',
              employeeId: 'E',
              period: YEAR_2024,
            }),
            change(),
          );
          await tx.saveResult(resultRecord({ ...kept }, '1'), change());
          await tx.saveResults(spread(3), change());
          await tx.appendLedgerEntry(ledgerEntry('agency-a', 'E1', '1'), change());
          await tx.appendLedgerEntry(ledgerEntry('agency-b', 'E1', '1'), change());
          await tx.setUnitPredikat(unitPredikat('agency-a', 'u', YEAR_2024), change());
          await tx.putRuleset('agency-c', rulesetDocument('r', 1), change());
          throw boom;
        });
      } catch (e) {
        thrown = e;
      }
      assertTrue(
        thrown === boom,
        'the transaction rejects with the error its function threw',
        thrown instanceof Error ? thrown.message : thrown,
      );
      assertEqual(await store.getEvaluation('agency-a', 'EV-1'), null, 'the evaluation');
      assertEqual(await store.getSkp('agency-a', 'SKP-1'), null, 'the SKP plan');
      assertEqual((await store.listResults({ agencyId: 'agency-a' })).items, [], 'the results');
      assertEqual(
        await store.getResult('agency-b', 'R-1'),
        { ...kept, revision: 1 },
        'the result written before',
      );
      assertEqual(await store.listLedger('agency-a', 'E1'), [], 'the ledger');
      assertEqual(await store.listLedger('agency-b', 'E1'), [], 'the ledger of the other agency');
      assertEqual(await store.getUnitPredikat('agency-a', 'u', YEAR_2024), null, 'the unit predikat');
      assertEqual(await store.listRulesets('agency-c'), [], 'the rulesets');
      assertEqual((await store.listAudit('agency-a')).items, [], 'the audit log');
      assertEqual((await store.listAudit('agency-c')).items, [], 'the audit log of agency-c');
      assertEqual(await store.listAgencies(), ['agency-b'], 'listAgencies');
      await assertChain(store, 'agency-b', 1);
      await storeCall('saveResult', () => store.saveResult(resultRecord({ ...kept }, '2'), change()));
      await assertChain(store, 'agency-b', 2);
    },
  );

  add(
    'transactions',
    'a transaction that returns commits every write once, in order; calls inside join it',
    async ({ store }) => {
      const ev = evaluationVersions(keys('agency-a', 'EV-1'));
      const value = await storeCall('transaction', () =>
        store.transaction(async (tx) => {
          await tx.saveEvaluation(ev[0] as Evaluation, save(null));
          await tx.transaction(async (inner) => {
            await inner.saveEvaluation(ev[1] as Evaluation, save(1));
            await inner.appendLedgerEntry(ledgerEntry('agency-a', 'E1', '12.5'), change());
          });
          await tx.saveResult(
            resultRecord({
              agencyId: 'agency-a',
              id: 'R-1',
              evaluationId: 'EV-1',
              unitId: 'unit-1',
              employeeId: 'E1',
              period: YEAR_2024,
            }),
            change(),
          );
          return 42;
        }),
      );
      assertEqual(value, 42, "the transaction's value");
      assertEqual(await store.getEvaluation('agency-a', 'EV-1'), ev[1], 'the evaluation');
      const events = await assertChain(store, 'agency-a', 4);
      assertEqual(
        events.map((e) => [e.action, e.entity.kind]),
        [
          ['create', 'evaluation'],
          ['update', 'evaluation'],
          ['append', 'ledger-entry'],
          ['create', 'result'],
        ],
        'the audit events',
      );
    },
  );

  add(
    'transactions',
    'calls of the store itself inside transaction(fn) join the transaction and roll back with it',
    async ({ store }) => {
      const r = resultRecord({
        agencyId: 'agency-a',
        id: 'R-1',
        unitId: 'u',
        employeeId: 'E',
        period: YEAR_2024,
      });
      const boom = new Error('boom');
      const thrown = await store
        .transaction(async () => {
          await store.saveResult(r, change());
          await store.appendLedgerEntry(ledgerEntry('agency-a', 'E1', '1'), change());
          assertEqual(
            await store.getResult('agency-a', 'R-1'),
            { ...r, revision: 1 },
            'a read of the store inside the transaction',
          );
          throw boom;
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      assertTrue(
        thrown === boom,
        'the transaction rejects with the error its function threw',
        thrown instanceof Error ? thrown.message : thrown,
      );
      assertEqual(await store.getResult('agency-a', 'R-1'), null, 'the result');
      assertEqual(await store.listLedger('agency-a', 'E1'), [], 'the ledger');
      assertEqual(await store.listAgencies(), [], 'listAgencies');
    },
  );

  add(
    'transactions',
    'transactions running at once each commit or roll back on their own',
    async ({ store }) => {
      const runs = Array.from({ length: 8 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.saveResult(
            resultRecord({
              agencyId: 'agency-a',
              id: `R-${i}`,
              unitId: 'u',
              employeeId: `E${i}`,
              period: YEAR_2024,
            }),
            change(),
          );
          await tx.appendLedgerEntry(ledgerEntry('agency-a', 'E', `${i}`), change());
          if (i % 2 === 1) throw new Error(`boom ${i}`);
          return i;
        }),
      );
      const { ok, errors } = await settle(runs);
      assertEqual([...ok].sort(), [0, 2, 4, 6], 'the transactions that committed');
      assertEqual(
        errors.map((e) => (e instanceof Error ? e.message : String(e))).sort(),
        ['boom 1', 'boom 3', 'boom 5', 'boom 7'],
        'the transactions that rolled back',
      );
      const ids = (await store.listResults({ agencyId: 'agency-a' })).items.map((x) => x.id);
      assertEqual(ids, ['R-0', 'R-2', 'R-4', 'R-6'], 'the results');
      assertEqual(
        (await store.listLedger('agency-a', 'E')).map((e) => e.seq),
        [1, 2, 3, 4],
        'the ledger seqs (no gaps left by rolled-back appends)',
      );
      await assertChain(store, 'agency-a', 8);
    },
  );

  add(
    'transactions',
    'a conflict inside a transaction rolls back the writes before it',
    async ({ store }) => {
      const [v1, v2] = evaluationVersions(keys('agency-a', 'EV-1')) as [Evaluation, Evaluation];
      await storeCall('create', () => store.saveEvaluation(v1, save(null)));
      await expectConflict(
        store.transaction(async (tx) => {
          await tx.saveResult(
            resultRecord({
              agencyId: 'agency-a',
              id: 'R-1',
              unitId: 'u',
              employeeId: 'E',
              period: YEAR_2024,
            }),
            change(),
          );
          await tx.appendLedgerEntry(ledgerEntry('agency-a', 'E1', '1'), change());
          await tx.saveEvaluation(v2, save(null));
        }),
        null,
        1,
        'a transaction ending in a conflict',
      );
      assertEqual(await store.getResult('agency-a', 'R-1'), null, 'the result written before the conflict');
      assertEqual(
        await store.listLedger('agency-a', 'E1'),
        [],
        'the ledger entry written before the conflict',
      );
      await assertChain(store, 'agency-a', 1);
    },
  );

  add('transactions', 'a bulk save with one bad record saves nothing', async ({ store }) => {
    const good = spread(50);
    const bad: ResultRecord[] = [
      {
        ...(good[37] as ResultRecord),
        id: 'R-bad',
        period: { start: '2025-01-01', end: '2025-02-30' } as ResultRecord['period'],
      },
      { ...(good[37] as ResultRecord), id: 'R-bad', agencyId: '' },
      resultRecord(
        { agencyId: 'agency-a', id: 'R-bad', unitId: 'u', employeeId: 'E', period: YEAR_2024 },
        '1e3',
      ),
    ];
    for (const b of bad) {
      const records = [...good.slice(0, 37), b, ...good.slice(37)];
      await expectAnyStoreError(
        store.saveResults(records, change()),
        `a bulk save with ${JSON.stringify(b.period)} ${JSON.stringify(b.agencyId)} ${b.result.score}`,
      );
    }
    await expectStoreError(
      store.saveResults([...good, good[3] as ResultRecord], change()),
      'storage.duplicate-id',
      'a bulk save with an id twice',
    );
    assertEqual((await store.listResults({ agencyId: 'agency-a' })).items, [], 'the results');
    assertEqual(await store.listAgencies(), [], 'listAgencies');
    assertEqual(
      await storeCall('saveResults', () => store.saveResults(good, change())),
      { saved: 50 },
      'a good bulk save',
    );
    const events = await assertChain(store, 'agency-a', 50);
    assertEqual(
      events.map((e) => e.entity.id),
      good.map((r) => r.id),
      'one audit event per record, in the order given',
    );
    assertEqual(
      await storeCall('saveResults', () => store.saveResults([], change())),
      { saved: 0 },
      'an empty bulk save',
    );
  });
}

// ---------------------------------------------------------------------------------------------
// The audit log.

function audit(add: Add): void {
  add('audit', 'the audit log is a hash chain in write order, with before and after', async ({ store }) => {
    const a = 'agency-a';
    const [s1, s2] = [draftSkp(keys(a, 'SKP-1'))].flatMap((p) => [p, nextSkp(p)]) as [
      NonNullable<ReturnType<typeof nextSkp>>,
      NonNullable<ReturnType<typeof nextSkp>>,
    ];
    const [e1, e2] = evaluationVersions(keys(a, 'EV-1')) as [Evaluation, Evaluation];
    const r = resultRecord(
      { agencyId: a, id: 'R-1', evaluationId: 'EV-1', unitId: 'unit-1', employeeId: 'E1', period: YEAR_2024 },
      '0.1',
    );
    const u = unitPredikat(a, 'unit-1', YEAR_2024);
    const steps: [string, () => Promise<unknown>][] = [
      ['put ruleset', () => store.putRuleset(a, rulesetDocument('r', 1), change('2025-01-01'))],
      ['create skp', () => store.saveSkp(s1, save(null, '2025-01-02'))],
      ['update skp', () => store.saveSkp(s2, save(1, '2025-01-03'))],
      ['create evaluation', () => store.saveEvaluation(e1, save(null, '2025-01-04'))],
      ['update evaluation', () => store.saveEvaluation(e2, save(1, '2025-01-05'))],
      ['create result', () => store.saveResult(r, change('2025-01-06'))],
      [
        'replace result',
        () => store.saveResult(resultRecord({ ...r, evaluationId: 'EV-1' }, '0.10'), change('2025-01-07')),
      ],
      ['create unit predikat', () => store.setUnitPredikat(u, change('2025-01-08'))],
      [
        'update unit predikat',
        () => store.setUnitPredikat({ ...u, predikat: 'sangat-baik' }, change('2025-01-09')),
      ],
      ['append ledger', () => store.appendLedgerEntry(ledgerEntry(a, 'E1', '12.5'), change('2025-01-10'))],
      [
        'correction',
        () =>
          store.appendCorrection(
            { agencyId: a, entity: { kind: 'result', id: 'R-1' }, data: { note: 'x' }, reason: 'why' },
            change('2025-01-11'),
          ),
      ],
    ];
    for (const [what, fn] of steps) await storeCall(what, fn);
    const events = await assertChain(store, a, steps.length);
    assertEqual(
      events.map((e) => [e.action, e.entity.kind, e.entity.id, e.at]),
      [
        ['put', 'ruleset', 'r@1', '2025-01-01'],
        ['create', 'skp', 'SKP-1', '2025-01-02'],
        ['update', 'skp', 'SKP-1', '2025-01-03'],
        ['create', 'evaluation', 'EV-1', '2025-01-04'],
        ['update', 'evaluation', 'EV-1', '2025-01-05'],
        ['create', 'result', 'R-1', '2025-01-06'],
        ['update', 'result', 'R-1', '2025-01-07'],
        ['create', 'unit-predikat', 'unit-1|2024-01-01|2024-12-31', '2025-01-08'],
        ['update', 'unit-predikat', 'unit-1|2024-01-01|2024-12-31', '2025-01-09'],
        ['append', 'ledger-entry', 'E1#0000000001', '2025-01-10'],
        ['correction', 'result', 'R-1', '2025-01-11'],
      ],
      'the events (action, entity, at)',
    );
    const [, skpCreate, skpUpdate, , evUpdate, resCreate, resUpdate, , upUpdate] = events as AuditEvent[] & {
      length: 11;
    };
    assertEqual(
      [skpCreate?.before, skpCreate?.after, skpCreate?.revision],
      [null, s1, 1],
      'the SKP creation event',
    );
    assertEqual(
      [skpUpdate?.before, skpUpdate?.after, skpUpdate?.revision],
      [s1, s2, 2],
      'the SKP update event',
    );
    assertEqual([evUpdate?.before, evUpdate?.after], [e1, e2], 'the evaluation update event');
    assertEqual(
      [resCreate?.before, (resCreate?.after as { score?: unknown } | null)?.score],
      [null, '0.1'],
      'the result creation event (a summary with the score)',
    );
    assertEqual(
      [
        (resUpdate?.before as { score?: unknown })?.score,
        (resUpdate?.after as { score?: unknown })?.score,
        resUpdate?.revision,
      ],
      ['0.1', '0.10', 2],
      'the result replacement event',
    );
    assertEqual(
      [upUpdate?.before, upUpdate?.after],
      [
        { ...u, revision: 1 },
        { ...u, predikat: 'sangat-baik', revision: 2 },
      ],
      'the unit predikat update event',
    );
    for (const e of events.slice(0, -1))
      assertTrue(
        e.afterHash !== null && HEX64.test(e.afterHash),
        `event ${e.seq} has an afterHash`,
        e.afterHash,
      );
    for (const limit of [1, 4]) {
      const paged = await allPages(
        (cursor) => store.listAudit(a, cursor === undefined ? { limit } : { limit, cursor }),
        limit,
        `listAudit(limit ${limit})`,
      );
      assertEqual(paged.flat(), events, `listAudit(limit ${limit})`);
    }
  });

  add(
    'audit',
    'each agency has its own chain; listAgencies names every agency with events; getAuditHead names the last event',
    async ({ store }) => {
      assertEqual(await store.listAgencies(), [], 'listAgencies of an empty store');
      assertEqual((await store.listAudit('agency-a')).items, [], 'listAudit of an empty store');
      for (let i = 0; i < 4; i++) {
        for (const a of ['agency-a', 'agency-b', UNICODE_AGENCY]) {
          if (a === UNICODE_AGENCY && i > 0) continue;
          await storeCall('appendLedgerEntry', () =>
            store.appendLedgerEntry(ledgerEntry(a, `E${i}`, `${i}`), change()),
          );
        }
      }
      await assertChain(store, 'agency-a', 4);
      await assertChain(store, 'agency-b', 4);
      await assertChain(store, UNICODE_AGENCY, 1);
      assertEqual(
        [...(await store.listAgencies())].sort(compareBytes),
        sortedBytes(['agency-a', 'agency-b', UNICODE_AGENCY]),
        'listAgencies',
      );
      for (const a of ['agency-a', 'agency-b', UNICODE_AGENCY]) {
        const log = await auditLog(store, a);
        const last = log[log.length - 1];
        assertEqual(
          await storeCall('getAuditHead', () => store.getAuditHead(a)),
          { agencyId: a, seq: last?.seq, hash: last?.hash },
          `getAuditHead(${a}): the seq and hash of the last event`,
        );
        assertTrue(
          log.every((e) => e.scheme === 'rfc8785-sha256'),
          `the events of ${a} are hashed with RFC 8785 (scheme rfc8785-sha256)`,
          log.map((e) => e.scheme),
        );
      }
      assertEqual(await store.getAuditHead('agency-none'), null, 'getAuditHead of an agency without events');
      const report = await verifyAudit(store, 'agency-none');
      assertEqual(
        [report.ok, report.events, report.head],
        [true, 0, null],
        'verifyAudit of an agency without events',
      );
    },
  );
}

// ---------------------------------------------------------------------------------------------
// The ledger.

function ledger(add: Add): void {
  add(
    'ledger',
    'seq counts each employee’s entries from 1, whatever ids look like (E1, E1#2, E_1, EX1, E%)',
    async ({ store }) => {
      const employees = ['E1', 'E1#2', 'E_1', 'EX1', 'E%', 'e1'];
      const expected = new Map<string, string[]>();
      for (let round = 0; round < 3; round++) {
        for (const [i, employee] of employees.entries()) {
          if (round === 2 && i % 2 === 1) continue;
          const ak = `${round}.${i}`;
          const stored = await storeCall('appendLedgerEntry', () =>
            store.appendLedgerEntry(ledgerEntry('agency-a', employee, ak, 2022 + round), change()),
          );
          const list = expected.get(employee) ?? [];
          list.push(ak);
          expected.set(employee, list);
          assertEqual(stored.seq, list.length, `the seq of ${employee}'s entry ${list.length}`);
        }
      }
      await storeCall('appendLedgerEntry', () =>
        store.appendLedgerEntry(ledgerEntry('agency-b', 'E1', '9'), change()),
      );
      for (const employee of employees) {
        const entries = await store.listLedger('agency-a', employee);
        assertEqual(
          entries.map((e) => [e.employeeId, e.seq, e.angkaKredit]),
          (expected.get(employee) ?? []).map((ak, i) => [employee, i + 1, ak]),
          `listLedger(${employee})`,
        );
      }
      assertEqual(await store.listLedger('agency-a', 'E'), [], 'listLedger of an employee without entries');
      assertEqual(
        (await store.listLedger('agency-b', 'E1')).map((e) => e.seq),
        [1],
        'listLedger in another agency',
      );
    },
  );

  add(
    'ledger',
    'listLedgerEntries pages an agency’s ledger by employee then seq, filtered by employee and year',
    async ({ store }) => {
      const employees = ['E2', 'E1', 'E10', 'E1#2'];
      for (let year = 2021; year <= 2024; year++) {
        for (const employee of employees) {
          await storeCall('appendLedgerEntry', () =>
            store.appendLedgerEntry(ledgerEntry('agency-a', employee, `${year}.5`, year), change()),
          );
        }
      }
      await storeCall('appendLedgerEntry', () =>
        store.appendLedgerEntry(ledgerEntry('agency-b', 'E1', '1'), change()),
      );
      const expected = sortedBytes(employees).flatMap((employee) =>
        [1, 2, 3, 4].map((seq) => [employee, seq, `${2020 + seq}.5`]),
      );
      for (const limit of [1, 3, 16, 1000]) {
        const pages = await allPages(
          (cursor) => store.listLedgerEntries({ agencyId: 'agency-a', limit, ...(cursor ? { cursor } : {}) }),
          limit,
          `listLedgerEntries(limit ${limit})`,
        );
        assertEqual(
          pages.flat().map((e) => [e.employeeId, e.seq, e.angkaKredit]),
          expected,
          `listLedgerEntries(limit ${limit})`,
        );
      }
      const one = await store.listLedgerEntries({ agencyId: 'agency-a', employeeId: 'E1' });
      assertEqual(
        one.items.map((e) => [e.employeeId, e.seq]),
        [1, 2, 3, 4].map((seq) => ['E1', seq]),
        'listLedgerEntries(E1)',
      );
      const years = await store.listLedgerEntries({
        agencyId: 'agency-a',
        period: range('2022-01-01', '2023-12-31'),
      });
      assertEqual(
        years.items.map((e) => [e.employeeId, e.year]),
        expected
          .filter((x) => (x[1] as number) === 2 || (x[1] as number) === 3)
          .map((x) => [x[0], 2020 + (x[1] as number)]),
        'listLedgerEntries(2022–2023)',
      );
      const part = await store.listLedgerEntries({
        agencyId: 'agency-a',
        period: range('2022-01-01', '2022-06-30'),
      });
      assertEqual(part.items, [], 'listLedgerEntries of a period shorter than a year');
      assertEqual(
        (await store.listLedgerEntries({ agencyId: 'agency-a', unitId: 'u' })).items,
        [],
        'listLedgerEntries(unitId)',
      );
    },
  );

  add('ledger', 'a bad ledger entry is refused and nothing is appended', async ({ store }) => {
    const bad = [
      { ...ledgerEntry('agency-a', 'E1', '1'), months: 13 },
      { ...ledgerEntry('agency-a', 'E1', '1'), angkaKredit: '1e3' },
      { ...ledgerEntry('agency-a', 'E1', '1'), angkaKredit: 1 as unknown as string },
      { ...ledgerEntry('agency-a', 'E1', '1'), employeeId: '' },
      { ...ledgerEntry('agency-a', 'E1', '1'), extra: 1 } as never,
    ];
    for (const b of bad)
      await expectAnyStoreError(
        store.appendLedgerEntry(b, change()),
        `appendLedgerEntry(${JSON.stringify(b)})`,
      );
    assertEqual(await store.listLedger('agency-a', 'E1'), [], 'the ledger');
    assertEqual(await store.listAgencies(), [], 'listAgencies');
  });
}

// ---------------------------------------------------------------------------------------------
// Unit predikat.

function unitPredikatCases(add: Add): void {
  add(
    'unit-predikat',
    'setUnitPredikat upserts per unit and period, counting revisions, with before and after audited',
    async ({ store }) => {
      const u = unitPredikat('agency-a', 'u', YEAR_2024, 'baik', 'SK 1/2025');
      assertEqual(
        await storeCall('set', () => store.setUnitPredikat(u, change())),
        { ...u, revision: 1 },
        'created',
      );
      assertEqual(
        await storeCall('set', () =>
          store.setUnitPredikat({ ...u, predikat: 'sangat-baik', note: null }, change()),
        ),
        { ...u, predikat: 'sangat-baik', note: null, revision: 2 },
        'replaced',
      );
      assertEqual(
        await storeCall('set', () =>
          store.setUnitPredikat({ ...u, predikat: 'butuh-perbaikan' }, { ...change(), expectedRevision: 2 }),
        ),
        { ...u, predikat: 'butuh-perbaikan', revision: 3 },
        'replaced with the right revision',
      );
      assertEqual(
        (await storeCall('set', () => store.setUnitPredikat({ ...u, period: LEAP_DAY }, change()))).revision,
        1,
        'another period of the same unit',
      );
      assertEqual((await store.getUnitPredikat('agency-a', 'u', YEAR_2024))?.revision, 3, 'the first period');
      const events = await assertChain(store, 'agency-a', 4);
      assertEqual(
        events.map((e) => [e.action, e.revision]),
        [
          ['create', 1],
          ['update', 2],
          ['update', 3],
          ['create', 1],
        ],
        'the audit events',
      );
      const listed = await store.listUnitPredikat({ agencyId: 'agency-a', unitId: 'u' });
      assertEqual(
        listed.items.map((x) => [x.period, x.revision]),
        [
          [YEAR_2024, 3],
          [LEAP_DAY, 1],
        ],
        'listUnitPredikat (by key: unit, start, end)',
      );
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Concurrency.

async function settle<T>(promises: readonly Promise<T>[]): Promise<{ ok: T[]; errors: unknown[] }> {
  const all = await Promise.allSettled(promises);
  return {
    ok: all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    errors: all.flatMap((r) => (r.status === 'rejected' ? [r.reason] : [])),
  };
}

/** `workers` writers each make `updates` read-modify-write updates of one unit predikat, retrying on conflict. */
async function counterRace(stores: readonly EvaluationStore[], updates: number): Promise<void> {
  const base = unitPredikat('agency-a', 'u', YEAR_2024, 'baik', '0');
  await storeCall('create', () =>
    (stores[0] as EvaluationStore).setUnitPredikat(base, { ...change(), expectedRevision: null }),
  );
  let conflicts = 0;
  await Promise.all(
    stores.map(async (s, w) => {
      for (let done = 0; done < updates; ) {
        const current = await s.getUnitPredikat('agency-a', 'u', YEAR_2024);
        assertTrue(current !== null, 'the unit predikat is still there', current);
        if (current === null) return;
        const count = Number.parseInt(current.note ?? '0', 10);
        try {
          await s.setUnitPredikat(
            { ...base, note: String(count + 1) },
            { ...change(), actor: `w${w}`, expectedRevision: current.revision },
          );
          done += 1;
        } catch (e) {
          if (!(e instanceof StoreError) || e.code !== 'storage.revision-conflict') throw e;
          conflicts += 1;
          assertTrue(conflicts < 100_000, 'the writers make progress', conflicts);
        }
      }
    }),
  );
  const total = stores.length * updates;
  const final = await (stores[0] as EvaluationStore).getUnitPredikat('agency-a', 'u', YEAR_2024);
  assertEqual(
    [final?.note, final?.revision],
    [String(total), total + 1],
    'the counter after every update (no update lost)',
  );
  await assertChain(stores[0] as EvaluationStore, 'agency-a', total + 1);
}

function concurrency(add: Add, options: StoreConformanceOptions): void {
  add(
    'concurrency',
    'racing saves of one revision: exactly one wins, the others are conflicts',
    async ({ store }) => {
      const versions = evaluationVersions(keys('agency-a', 'EV-1'));
      await storeCall('create', () => store.saveEvaluation(versions[0] as Evaluation, save(null)));
      const racers = Array.from({ length: 8 }, (_, i) =>
        store.saveEvaluation(
          {
            ...(versions[1] as Evaluation),
            supervisorAssessment: null,
            selfAssessment: {
              ...((versions[1] as Evaluation).selfAssessment as NonNullable<Evaluation['selfAssessment']>),
              notes: `racer ${i}`,
            },
          },
          save(1),
        ),
      );
      const { ok, errors } = await settle(racers);
      assertEqual(ok.length, 1, 'the number of winners');
      for (const e of errors)
        assertTrue(
          e instanceof StoreError && e.code === 'storage.revision-conflict',
          'the losers are revision conflicts',
          e instanceof Error ? e.message : e,
        );
      assertEqual(
        await store.getEvaluation('agency-a', 'EV-1'),
        ok[0],
        'the stored evaluation is the winner',
      );
      await assertChain(store, 'agency-a', 2);
    },
  );

  add('concurrency', 'two writers making read-modify-write updates lose none', async ({ store }) => {
    await counterRace([store, store], 15);
  });

  add(
    'concurrency',
    'concurrent appends to one agency keep seq and the chain without gaps',
    async ({ store }) => {
      const appends = Array.from({ length: 12 }, (_, i) =>
        store.appendLedgerEntry(ledgerEntry('agency-a', `E${i % 3}`, `${i}`), change()),
      );
      const { ok, errors } = await settle(appends);
      assertEqual(errors.map(String), [], 'failed appends');
      for (const e of ['E0', 'E1', 'E2']) {
        assertEqual(
          (await store.listLedger('agency-a', e)).map((x) => x.seq),
          [1, 2, 3, 4],
          `the seq of ${e}`,
        );
      }
      assertEqual(ok.length, 12, 'appends');
      await assertChain(store, 'agency-a', 12);
    },
  );

  if (options.capabilities?.concurrentConnections === true) {
    add('concurrency', 'writers on separate connections lose no update', async ({ store, connect }) => {
      assertEqual(store.capabilities.concurrentConnections, true, 'the store declares concurrentConnections');
      if (connect === null) throw new Error(say('testing.store-no-connect'));
      const second = await connect();
      await counterRace([store, second, store, second], 8);
    });
  }
}
