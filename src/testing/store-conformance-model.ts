/**
 * The model-based case of the store conformance suite: fast-check generates sequences of commands
 * (saves with right and stale revisions, bulk saves, ledger appends, unit predikat, rulesets, paged
 * listings, transactions that commit or throw); each is applied to the store under test and to a
 * fresh memory store (the model), and their outcomes must agree: the same value, or the same error
 * code (and revisions, for a conflict). After each run every listing, ledger and the whole audit
 * log (hashes included) must agree too, and `verifyAudit` must pass.
 *
 * Every run writes to two agencies of its own (`m<run>-a`, `m<run>-b`), so the runs of one test
 * share one store without seeing each other.
 */
import { verifyAudit } from '../storage/audit';
import { RevisionConflictError, StoreError } from '../storage/errors';
import { createMemoryStore } from '../storage/memory';
import type { EvaluationStore, ListQuery, Page, ResultRecord } from '../storage/types';
import type { Evaluation, SkpPlan } from '../workflow/index';
import type { OpenedStore, StoreConformanceCommand, StoreConformanceOptions } from './store-conformance';
import type { StoreCase } from './store-conformance-cases';
import { allPages, auditLog } from './store-conformance-cases';
import {
  assertEqual,
  change,
  compareBytes,
  DECIMALS,
  draftSkp,
  type Keys,
  LEAP_DAY,
  ledgerEntry,
  nextEvaluation,
  nextSkp,
  openedEvaluation,
  Q1_2024,
  resultRecord,
  rulesetDocument,
  save,
  unitPredikat,
  YEAR_2024,
} from './store-conformance-fixtures';

/** What the commands see of the model: the memory store and this run's agencies. */
interface Model {
  readonly memory: EvaluationStore;
  readonly agencies: readonly [string, string];
}

/** The system under test. */
interface Real {
  readonly store: EvaluationStore;
}

/**
 * Small choices drawn from one generated integer through a tiny deterministic generator
 * (mulberry32), so that fast-check's bias towards small integers does not bias the choices; a
 * failing sequence still shrinks by dropping commands.
 */
class Choices {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  pick(n: number): number {
    return this.next() % n;
  }
  of<T>(values: readonly T[]): T {
    return values[this.pick(values.length)] as T;
  }
}

const SCORES = [
  '85.20',
  DECIMALS.tenth,
  DECIMALS.scaled,
  DECIMALS.digits30,
  DECIMALS.digits60,
  '100',
  null,
] as const;
const AK = ['12.5', DECIMALS.tenth, DECIMALS.digits60, DECIMALS.tiny, '-12.5', '007.50'] as const;
const EMPLOYEES = ['E1', 'E_1', 'EX1'] as const;
const PERIODS = [YEAR_2024, LEAP_DAY, Q1_2024] as const;
const LIMITS = [1, 2, 3, 5, 1000] as const;

/** The outcome of one call, comparable across stores. */
type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly code: string;
      readonly expected?: number | null;
      readonly actual?: number | null;
    };

/** Thrown by a transaction command that must roll back. */
class Rollback extends Error {
  constructor() {
    super('rollback');
    this.name = 'Rollback';
  }
}

function comparable(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'items' in value && 'nextCursor' in value) {
    const p = value as Page<unknown>;
    return { items: p.items, more: p.nextCursor !== null };
  }
  return value;
}

async function outcome(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: comparable(await fn()) };
  } catch (e) {
    if (e instanceof Rollback) return { ok: false, code: 'rollback' };
    if (e instanceof RevisionConflictError)
      return { ok: false, code: e.code, expected: e.expected, actual: e.actual };
    if (e instanceof StoreError) return { ok: false, code: e.code };
    throw e;
  }
}

/** One write: computes its input from a store's current state, then applies it. */
type Write = (s: EvaluationStore) => Promise<(target: EvaluationStore) => Promise<unknown>>;

function evaluationKeys(agencyId: string, i: number): Keys {
  return {
    id: `EV-${i}`,
    agencyId,
    unitId: `unit-${i % 2}`,
    employeeId: EMPLOYEES[i % 3] as string,
    period: PERIODS[i % 2] as Keys['period'],
  };
}

function saveEvaluationWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const i = c.pick(4) === 0 ? 1 : 0; // mostly EV-0, so that it goes far through its lifecycle
  const mode = Math.min(6, c.pick(8));
  const steps = 2 + c.pick(5);
  const modes = ['right', 'right', 'stale', 'create', 'future', 'edit', `${steps} steps ahead`];
  return {
    name: `saveEvaluation(EV-${i}, ${modes[mode]})`,
    write: (agencyId) => async (s) => {
      const current = await s.getEvaluation(agencyId, `EV-${i}`);
      let ev: Evaluation;
      let expected: number | null;
      if (current === null) {
        ev = openedEvaluation(evaluationKeys(agencyId, i));
        expected = mode === 2 || mode === 4 ? 1 : null;
      } else {
        ev = nextEvaluation(current) ?? { ...current, unitId: 'unit-moved' };
        for (let k = 1; mode === 6 && k < steps; k++) ev = nextEvaluation(ev) ?? ev;
        if (mode === 5) ev = { ...ev, unitId: 'unit-moved' };
        expected =
          mode === 2
            ? current.revision - 1
            : mode === 3
              ? null
              : mode === 4
                ? current.revision + 1
                : current.revision;
      }
      return (t) => t.saveEvaluation(ev, save(expected));
    },
  };
}

function saveSkpWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const i = c.pick(3);
  const mode = c.pick(4);
  return {
    name: `saveSkp(SKP-${i}, ${['right', 'right', 'stale', 'create'][mode]})`,
    write: (agencyId) => async (s) => {
      const current = await s.getSkp(agencyId, `SKP-${i}`);
      let plan: SkpPlan;
      let expected: number | null;
      if (current === null) {
        plan = draftSkp(
          {
            id: `SKP-${i}`,
            agencyId,
            unitId: `unit-${i % 2}`,
            employeeId: EMPLOYEES[i] as string,
            period: YEAR_2024,
          },
          { plan: i },
        );
        expected = mode === 2 ? 1 : null;
      } else {
        const last = current.history[current.history.length - 1] as SkpPlan['history'][number];
        plan = nextSkp(current) ?? {
          ...current,
          content: { edited: current.revision },
          revision: current.revision + 1,
          history: [...current.history.slice(0, -1), { ...last, revision: current.revision + 1 }],
        };
        expected = mode === 2 ? current.revision - 1 : mode === 3 ? null : current.revision;
      }
      return (t) => t.saveSkp(plan, save(expected));
    },
  };
}

/** The `expectedRevision` of an upsert mode: 1 create, 2 right (the stored revision, or create), 3 stale. */
function guard(mode: number, stored: number | null): number | null {
  if (mode === 1) return null;
  if (mode === 2) return stored;
  return stored === null ? 1 : stored - 1;
}

function resultOf(agencyId: string, i: number, score: string | null, linked: boolean): ResultRecord {
  return resultRecord(
    {
      agencyId,
      id: `R-${i}`,
      evaluationId: linked ? `EV-${i % 4}` : null,
      unitId: `unit-${i % 2}`,
      employeeId: EMPLOYEES[i % 3] as string,
      period: PERIODS[i % 3] as Keys['period'],
    },
    score as string,
  );
}

function saveResultWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const i = c.pick(5);
  const score = c.of(SCORES);
  const linked = c.pick(2) === 1;
  const mode = c.pick(4);
  return {
    name: `saveResult(R-${i}, ${score}, ${linked ? 'linked' : 'unlinked'}, ${['upsert', 'create', 'right', 'stale'][mode]})`,
    write: (agencyId) => async (s) => {
      const current = await s.getResult(agencyId, `R-${i}`);
      const options =
        mode === 0 ? change() : { ...change(), expectedRevision: guard(mode, current?.revision ?? null) };
      return (t) => t.saveResult(resultOf(agencyId, i, score, linked), options);
    },
  };
}

function saveResultsWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const start = c.pick(5);
  const count = 1 + c.pick(4);
  const fault = c.pick(6);
  const score = c.of(SCORES);
  const faults = ['a bad period', 'a duplicate id', 'none', 'none', 'none', 'none'];
  return {
    name: `saveResults(R-${start}…, ${count} records, ${score}, fault: ${faults[fault]})`,
    write: (agencyId) => async () => {
      const records = Array.from({ length: count }, (_, k) =>
        resultOf(agencyId, (start + k) % 5, score, k % 2 === 0),
      );
      if (fault === 0)
        records.push({
          ...(records[0] as ResultRecord),
          id: 'R-bad',
          period: { start: '2024-02-30', end: '2024-12-31' } as ResultRecord['period'],
        });
      if (fault === 1) records.push(records[0] as ResultRecord);
      return (t) => t.saveResults(records, change('2025-03-01T00:00:00Z'));
    },
  };
}

function appendLedgerWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const employee = c.of(EMPLOYEES);
  const ak = c.of(AK);
  const bad = c.pick(8) === 0;
  return {
    name: `appendLedgerEntry(${employee}, ${ak}${bad ? ', months 13' : ''})`,
    write: (agencyId) => async () => {
      const entry = { ...ledgerEntry(agencyId, employee, ak), months: bad ? 13 : 12 };
      return (t) => t.appendLedgerEntry(entry, change());
    },
  };
}

function setUnitPredikatWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const unit = `unit-${c.pick(2)}`;
  const period = c.of([YEAR_2024, LEAP_DAY]);
  const predikat = c.of(['baik', 'sangat-baik', 'cukup']);
  const mode = c.pick(4);
  return {
    name: `setUnitPredikat(${unit}, ${period.start}, ${predikat}, ${['upsert', 'create', 'right', 'stale'][mode]})`,
    write: (agencyId) => async (s) => {
      const current = await s.getUnitPredikat(agencyId, unit, period);
      const options =
        mode === 0 ? change() : { ...change(), expectedRevision: guard(mode, current?.revision ?? null) };
      return (t) =>
        t.setUnitPredikat(unitPredikat(agencyId, unit, period, predikat, mode === 0 ? '' : null), options);
    },
  };
}

function putRulesetWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const id = c.of(['r', 'r', 'q']);
  const version = c.of([1, 2, 10]);
  const name = c.of(['Satu', 'Dua']);
  return {
    name: `putRuleset(${id}@${version}, ${name})`,
    write: (agencyId) => async () => (t) =>
      t.putRuleset(agencyId, rulesetDocument(id, version, name), change()),
  };
}

function correctionWrite(c: Choices): { name: string; write: (agencyId: string) => Write } {
  const i = c.pick(2);
  const reason = c.of(['salah ketik — ñ', '']);
  return {
    name: `appendCorrection(EV-${i}, ${JSON.stringify(reason)})`,
    write: (agencyId) => async () => (t) =>
      t.appendCorrection(
        {
          agencyId,
          entity: { kind: 'evaluation', id: `EV-${i}` },
          data: { field: 'notes', value: 0.1 },
          reason,
        },
        change('2025-04-01T10:00:00+08:00'),
      ),
  };
}

const WRITES = [
  saveEvaluationWrite,
  saveEvaluationWrite,
  saveEvaluationWrite,
  saveSkpWrite,
  saveResultWrite,
  saveResultsWrite,
  appendLedgerWrite,
  setUnitPredikatWrite,
  putRulesetWrite,
  correctionWrite,
];

/** Compares the outcomes of one step on both stores; throws naming the step when they differ. */
function agree(step: string, real: Outcome, model: Outcome): void {
  assertEqual(real, model, `${step}: the store under test vs the memory model`);
}

class WriteCommand implements StoreConformanceCommand<Model, Real> {
  private readonly agency: number;
  private readonly op: { name: string; write: (agencyId: string) => Write };
  constructor(seed: number) {
    const c = new Choices(seed);
    this.agency = c.pick(2);
    this.op = (
      WRITES[c.pick(WRITES.length)] as (c: Choices) => { name: string; write: (agencyId: string) => Write }
    )(c);
  }
  check(): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    const agencyId = m.agencies[this.agency] as string;
    // The input comes from the model's state, so both stores get exactly the same call.
    const call = await this.op.write(agencyId)(m.memory);
    const model = await outcome(() => call(m.memory));
    agree(this.toString(), await outcome(() => call(r.store)), model);
  }
  toString(): string {
    return `[agency ${this.agency}] ${this.op.name}`;
  }
}

class TransactionCommand implements StoreConformanceCommand<Model, Real> {
  private readonly agency: number;
  private readonly ops: { name: string; write: (agencyId: string) => Write }[];
  private readonly rollback: boolean;
  constructor(seed: number) {
    const c = new Choices(seed);
    this.agency = c.pick(2);
    this.rollback = c.pick(2) === 1;
    const n = 1 + c.pick(3);
    this.ops = Array.from({ length: n }, () =>
      (WRITES[c.pick(WRITES.length)] as (c: Choices) => { name: string; write: (agencyId: string) => Write })(
        c,
      ),
    );
  }
  check(): boolean {
    return true;
  }
  private apply(s: EvaluationStore, agencyId: string): Promise<unknown> {
    return s.transaction(async (tx) => {
      const values: unknown[] = [];
      for (const op of this.ops) {
        // Inside a transaction each store reads its own state: equal as long as the stores agree.
        const call = await op.write(agencyId)(tx);
        values.push(comparable(await call(tx)));
      }
      if (this.rollback) throw new Rollback();
      return values;
    });
  }
  async run(m: Model, r: Real): Promise<void> {
    const agencyId = m.agencies[this.agency] as string;
    const model = await outcome(() => this.apply(m.memory, agencyId));
    agree(this.toString(), await outcome(() => this.apply(r.store, agencyId)), model);
  }
  toString(): string {
    return `[agency ${this.agency}] transaction(${this.ops.map((o) => o.name).join('; ')})${this.rollback ? ' then throw' : ''}`;
  }
}

type Listing = 'evaluations' | 'skps' | 'results' | 'unit-predikat' | 'ledger' | 'audit';

function list(s: EvaluationStore, kind: Listing, query: ListQuery): Promise<Page<unknown>> {
  switch (kind) {
    case 'evaluations':
      return s.listEvaluations(query);
    case 'skps':
      return s.listSkps(query);
    case 'results':
      return s.listResults(query);
    case 'unit-predikat':
      return s.listUnitPredikat(query);
    case 'ledger':
      return s.listLedgerEntries(query);
    default:
      return s.listAudit(query.agencyId, {
        ...(query.limit === undefined ? {} : { limit: query.limit }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      });
  }
}

class ListCommand implements StoreConformanceCommand<Model, Real> {
  private readonly agency: number;
  private readonly kind: Listing;
  private readonly filter: Omit<ListQuery, 'agencyId'>;
  private readonly limit: number;
  constructor(seed: number) {
    const c = new Choices(seed);
    this.agency = c.pick(2);
    this.kind = c.of(['results', 'evaluations', 'skps', 'unit-predikat', 'ledger', 'audit'] as const);
    this.limit = c.of(LIMITS);
    this.filter = c.of([
      {},
      { unitId: 'unit-1' },
      { employeeId: 'E1' },
      { period: YEAR_2024 },
      { period: Q1_2024, unitId: 'unit-0' },
    ]);
  }
  check(): boolean {
    return true;
  }
  private async pages(s: EvaluationStore, agencyId: string): Promise<unknown> {
    const filter = this.kind === 'audit' ? {} : this.filter;
    return allPages(
      (cursor) =>
        list(s, this.kind, {
          agencyId,
          ...filter,
          limit: this.limit,
          ...(cursor === undefined ? {} : { cursor }),
        }),
      this.limit,
      this.toString(),
    );
  }
  async run(m: Model, r: Real): Promise<void> {
    const agencyId = m.agencies[this.agency] as string;
    const model = await outcome(() => this.pages(m.memory, agencyId));
    agree(this.toString(), await outcome(() => this.pages(r.store, agencyId)), model);
  }
  toString(): string {
    return `[agency ${this.agency}] list ${this.kind}${this.kind === 'audit' ? '' : ` ${JSON.stringify(this.filter)}`} in pages of ${this.limit}`;
  }
}

/** Everything a store holds for an agency, read through the port. */
async function snapshot(s: EvaluationStore, agencyId: string): Promise<unknown> {
  const every = <T>(fn: (q: ListQuery) => Promise<Page<T>>) =>
    allPages(
      (cursor) => fn({ agencyId, limit: 1000, ...(cursor === undefined ? {} : { cursor }) }),
      1000,
      `snapshot of ${agencyId}`,
    ).then((p) => p.flat());
  const ledgers: Record<string, unknown> = {};
  for (const e of EMPLOYEES) ledgers[e] = await s.listLedger(agencyId, e);
  const rulesets = await s.listRulesets(agencyId);
  const evaluations = await every((q) => s.listEvaluations(q));
  const skps = await every((q) => s.listSkps(q));
  const results = await every((q) => s.listResults(q));
  const unitPredikat = await every((q) => s.listUnitPredikat(q));
  return {
    evaluations,
    skps,
    results,
    unitPredikat,
    // Every record read back one by one too.
    gets: {
      evaluations: await Promise.all(evaluations.map((e) => s.getEvaluation(agencyId, e.id))),
      skps: await Promise.all(skps.map((p) => s.getSkp(agencyId, p.id))),
      results: await Promise.all(results.map((r) => s.getResult(agencyId, r.id))),
      unitPredikat: await Promise.all(
        unitPredikat.map((u) => s.getUnitPredikat(agencyId, u.unitId, u.period)),
      ),
    },
    ledgerEntries: await every((q) => s.listLedgerEntries(q)),
    ledgers,
    rulesets: await Promise.all(rulesets.map((x) => s.getRuleset(agencyId, x.id, x.version))),
    latest: await Promise.all(['q', 'r'].map((id) => s.getRuleset(agencyId, id))),
    audit: await auditLog(s, agencyId),
  };
}

/** Builds the model-based case of the suite. */
export function modelCase(options: StoreConformanceOptions): StoreCase {
  const { fc } = options;
  const runs = options.modelRuns ?? 25;
  const maxCommands = options.modelCommands ?? 25;
  const seed = fc.integer({ min: 0, max: 2 ** 30 - 1 });
  const commands = fc.commands(
    [
      seed.map((n) => new WriteCommand(n)),
      seed.map((n) => new WriteCommand(n)),
      seed.map((n) => new WriteCommand(n)),
      seed.map((n) => new TransactionCommand(n)),
      seed.map((n) => new ListCommand(n)),
    ],
    { maxCommands, size: 'max' },
  );
  return {
    group: 'model',
    name: `agrees with the memory model over ${runs} random command sequences (saves, stale revisions, bulk saves, ledger, listings, transactions)`,
    run: async ({ store }: OpenedStore) => {
      let run = 0;
      const property = fc.asyncProperty(commands, async (cmds) => {
        run += 1;
        const agencies = [`m${run}-a`, `m${run}-b`] as const;
        const memory = createMemoryStore();
        await fc.asyncModelRun(
          () => ({ model: { memory, agencies }, real: { store } }),
          cmds as Iterable<StoreConformanceCommand<Model, Real>>,
        );
        for (const agencyId of agencies) {
          assertEqual(
            await snapshot(store, agencyId),
            await snapshot(memory, agencyId),
            `after the run, everything of ${agencyId}`,
          );
          const report = await verifyAudit(store, agencyId);
          assertEqual(report, await verifyAudit(memory, agencyId), `verifyAudit(${agencyId})`);
          assertEqual(report.ok, true, `verifyAudit(${agencyId}).ok`);
        }
        const mine = (await store.listAgencies()).filter((a) => a.startsWith(`m${run}-`)).sort(compareBytes);
        assertEqual(mine, [...(await memory.listAgencies())].sort(compareBytes), 'listAgencies');
        await memory.close();
      });
      await fc.assert(property, { numRuns: runs });
    },
  };
}
