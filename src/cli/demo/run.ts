/**
 * The end-to-end run of `kinerja demo`, through the public API only: rulesets validated and stored,
 * a year of periodic evaluations scored and taken through the lifecycle, annual predikat, unit
 * curves with calibration advice, follow-up, angka kredit, promotion eligibility and a merit
 * ranking, everything saved in the embedded memory store and the audit chain verified. The run is
 * deterministic: the dates come from the demo's own calendar, never from a clock.
 */

import { assertIsoDate, reviewPeriods } from '../../date/public';
import { sum } from '../../decimal/public';
import {
  type Actor,
  type AngkaKreditLedger,
  type AnnualResult,
  annualize,
  buildLedger,
  type CalibrationAdvice,
  type CalibrationEmployee,
  type CompiledRuleset,
  calibrationAdvice,
  checkDistribution,
  compileRuleset,
  type DistributionReport,
  type EligibilityResult,
  type EligibilityRule,
  type Evaluation,
  type EvaluationAction,
  type EvaluationResult,
  evaluateEligibility,
  getPromotionRule,
  type IsoDate,
  type Issue,
  type JsonValue,
  type MeritRanking,
  openEvaluation,
  type Ruleset,
  rankCandidates,
  scoreBatch,
  transition,
  unwrap,
} from '../../index';
import {
  type AuditReport,
  createMemoryStore,
  type EvaluationStore,
  type ResultRecord,
  verifyAudit,
} from '../../storage/index';
import {
  DEMO_AS_OF,
  DEMO_YEAR,
  type DemoAgency,
  DemoDataError,
  type DemoUnit,
  loadDemoAgencies,
} from './agencies';
import { type DemoEmployee, type DemoPeriod, generatePeople, lifecycleDates, periodInput } from './generate';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Employees per agency. */
  readonly employees: number;
  readonly seed: number;
  /** Called when a stage of an agency begins (for timing). */
  readonly onStage?: (agency: string, stage: string) => void;
}

/** The lifecycle of one agency's evaluations. */
export interface LifecycleCounts {
  readonly evaluations: number;
  readonly rejected: number;
  /** Results with warnings (a missed target without a justification). */
  readonly withWarnings: number;
  /** Missed targets with a justification. */
  readonly justified: number;
  readonly missedTargets: number;
  /** Items rated by both the employee and the supervisor, and those on which they differ. */
  readonly ratedItems: number;
  readonly itemGaps: number;
  /** Rated items whose gap exceeds the ruleset's tolerance (as reconciled in the results). */
  readonly beyondTolerance: number;
  readonly dialogues: number;
  readonly agreed: number;
  readonly mediated: number;
  readonly finalised: number;
}

/** One unit's curve check (and advice when it is violated). */
export interface UnitOutcome {
  readonly unit: DemoUnit;
  readonly report: DistributionReport;
  readonly advice: CalibrationAdvice | null;
}

/** One promotion rule checked over the employees it applies to. */
export interface EligibilitySummary {
  readonly rule: string;
  readonly checked: number;
  readonly eligible: number;
  /** Not eligible now, but on a schedule date within a year. */
  readonly withinYear: number;
  /** How often each condition was unmet. */
  readonly unmet: ReadonlyArray<{ readonly id: string; readonly count: number }>;
}

/** Angka kredit of the agency's functional officials. */
export interface AngkaKreditSummary {
  readonly officials: number;
  /** By jenjang: officials, AK earned in the year (exact sum), and how many reached the next rank's AK. */
  readonly byJenjang: ReadonlyArray<{
    readonly jenjang: string;
    readonly officials: number;
    readonly earned: string;
    readonly nextRankMet: number;
  }>;
  /** One official's ledger, for the report. */
  readonly example: { readonly employee: DemoEmployee; readonly ledger: AngkaKreditLedger } | null;
}

/** Everything the demo found for one agency. */
export interface AgencyOutcome {
  readonly agency: DemoAgency;
  readonly ruleset: Ruleset;
  readonly rulesetIssues: readonly Issue[];
  readonly employees: readonly DemoEmployee[];
  readonly periods: readonly DemoPeriod[];
  readonly lifecycle: LifecycleCounts;
  /** Annual predikat per employee id. */
  readonly annual: ReadonlyMap<string, AnnualResult>;
  /** Employees by annual predikat, every predikat of the ruleset (best first). */
  readonly predikat: ReadonlyArray<{ readonly code: string; readonly count: number }>;
  readonly units: readonly UnitOutcome[];
  /** Follow-up actions of the annual predikat, by kind, then by code. */
  readonly followUp: ReadonlyArray<{ readonly kind: string; readonly code: string; readonly count: number }>;
  /** The indicators most often among the weakest (training needs), with counts. */
  readonly trainingNeeds: ReadonlyArray<{ readonly indicator: string; readonly count: number }>;
  readonly angkaKredit: AngkaKreditSummary;
  readonly eligibility: readonly EligibilitySummary[];
  /** An employee not yet eligible whose earliest date is known, for the report. */
  readonly eligibilityExample: { readonly employee: DemoEmployee; readonly result: EligibilityResult } | null;
  readonly ranking: MeritRanking | null;
  /** The last period's results by employee id (for explanations). */
  readonly lastResults: ReadonlyMap<string, EvaluationResult>;
  readonly audit: AuditReport;
}

/** What the whole demo found. */
export interface DemoOutcome {
  readonly year: number;
  readonly asOf: IsoDate;
  readonly seed: number;
  readonly employeesPerAgency: number;
  readonly agencies: readonly AgencyOutcome[];
  readonly storeEvents: number;
}

/** An error the demo cannot continue after (a bug, not a user error): the issues it met. */
export class DemoError extends Error {
  constructor(
    readonly stage: string,
    readonly issues: readonly Issue[],
  ) {
    super(
      issues.length === 0
        ? stage
        : `${stage}: ${issues.map((i) => `${i.path.join('.')}: ${i.message.en}`).join('; ')}`,
    );
    this.name = 'DemoError';
  }
}

function must<T>(stage: string, r: { ok: true; value: T } | { ok: false; issues: readonly Issue[] }): T {
  if (!r.ok) throw new DemoError(stage, r.issues);
  return r.value;
}

/** The review periods of the demo year under a ruleset's calendar. */
function periodsOf(ruleset: Ruleset): DemoPeriod[] {
  const periods = reviewPeriods(ruleset.calendar, DEMO_YEAR);
  const months = 12 / periods.length;
  return periods.map((p) => ({ index: p.index, start: p.start, end: p.end, months }));
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Items rated by both the employee and the supervisor, and how many of them differ. */
function gaps(
  self: Record<string, string | number>,
  supervisor: Record<string, string | number>,
): { both: number; differ: number } {
  let both = 0;
  let differ = 0;
  for (const k of Object.keys(supervisor)) {
    if (!Object.hasOwn(self, k)) continue;
    both++;
    if (self[k] !== supervisor[k]) differ++;
  }
  return { both, differ };
}

interface Lifecycle {
  evaluation: Evaluation;
  dialogue: 'none' | 'agreed' | 'mediated';
}

/**
 * Takes one scored evaluation through the lifecycle: opened by HR, self-assessed by the employee,
 * assessed by the supervisor (flagging a dialogue when the ruleset's tolerance is exceeded), then a
 * dialogue when needed (agreed, or disputed and mediated by the atasan), and finalised.
 */
function runLifecycle(
  agency: DemoAgency,
  ruleset: Ruleset,
  employee: DemoEmployee,
  period: DemoPeriod,
  hr: Actor,
  self: Record<string, string | number>,
  supervisorRatings: Record<string, string | number>,
  result: EvaluationResult,
  disputed: boolean,
): Lifecycle {
  const dates = lifecycleDates(period);
  const me: Actor = { id: employee.id };
  const supervisor: Actor = { id: employee.supervisorId };
  const atasan: Actor = { id: employee.atasanId };
  let ev = must(
    'open',
    openEvaluation(
      {
        id: `${employee.id}/${period.start}`,
        agencyId: agency.id,
        unitId: employee.unit.id,
        employeeId: employee.id,
        supervisorId: employee.supervisorId,
        atasanId: employee.atasanId,
        period: { start: period.start, end: period.end },
      },
      hr,
      { asOf: dates.open },
    ),
  );
  const step = (action: EvaluationAction, actor: Actor, asOf: IsoDate): void => {
    ev = must(action.type, transition(ev, action, actor, { asOf, ruleset }));
  };
  const summary: JsonValue = { predikat: result.predikat, score: result.score };
  step({ type: 'self-assess', ratings: self }, me, dates.self);
  step(
    { type: 'assess', ratings: supervisorRatings, result: summary, needsDialogue: result.needsDialogue },
    supervisor,
    dates.assess,
  );
  let dialogue: Lifecycle['dialogue'] = 'none';
  if (result.needsDialogue) {
    step({ type: 'start-dialogue' }, me, dates.dialogue);
    if (disputed) {
      step(
        {
          type: 'record-dialogue',
          outcome: 'disagreed',
          heldOn: dates.dialogue,
          notes: 'Pegawai tetap pada penilaian diri',
        },
        supervisor,
        dates.dialogue,
      );
      step(
        { type: 'mediate', decision: 'upheld', reason: 'Bukti kinerja mendukung penilaian pejabat penilai' },
        atasan,
        dates.finalise,
      );
      dialogue = 'mediated';
    } else {
      step(
        {
          type: 'record-dialogue',
          outcome: 'agreed',
          heldOn: dates.dialogue,
          notes: 'Selisih dijelaskan dengan bukti',
        },
        supervisor,
        dates.dialogue,
      );
      step({ type: 'finalise' }, supervisor, dates.finalise);
      dialogue = 'agreed';
    }
  } else step({ type: 'finalise' }, supervisor, dates.finalise);
  return { evaluation: ev, dialogue };
}

/** The results of one period, through scoreBatch (the batch API: one compiled ruleset, a stream). */
async function scorePeriod(compiled: CompiledRuleset, inputs: readonly unknown[]) {
  const out: Array<{ ok: true; result: EvaluationResult } | { ok: false; issues: readonly Issue[] }> = [];
  for await (const item of scoreBatch(compiled, inputs))
    out.push(item.ok ? { ok: true, result: item.result } : { ok: false, issues: item.issues });
  return out;
}

/** The rule `id` of the ruleset, else the built-in one. */
function ruleOf(ruleset: Ruleset, id: string): EligibilityRule | undefined {
  const own = ruleset.promotion?.rules[id];
  return (own as EligibilityRule | undefined) ?? getPromotionRule(id);
}

/** Whether `rule` applies to the employee's post. */
function applies(rule: string, employee: DemoEmployee): boolean {
  if (rule.endsWith('-fungsional')) return employee.kind === 'fungsional';
  if (rule === 'kenaikan-pangkat-reguler') return employee.kind !== 'fungsional';
  return true;
}

async function runAgency(
  agency: DemoAgency,
  store: EvaluationStore,
  options: DemoOptions,
): Promise<AgencyOutcome> {
  const stage = (s: string): void => options.onStage?.(agency.id, s);
  // 1. The ruleset: validated, compiled, stored (write-once by id and version).
  stage('ruleset');
  const ruleset = agency.ruleset;
  const compiled = unwrap(compileRuleset(ruleset));
  const people = generatePeople(agency, options.employees, options.seed);
  const hr: Actor = { id: people.hrId, roles: ['pengelola-kinerja'], agencyId: agency.id };
  const yearStart = assertIsoDate(`${DEMO_YEAR}-01-02`);
  await store.putRuleset(agency.id, agency.document, { actor: hr.id, at: yearStart });
  for (const unit of agency.units) {
    await store.setUnitPredikat(
      {
        agencyId: agency.id,
        unitId: unit.id,
        period: { start: assertIsoDate(`${DEMO_YEAR}-01-01`), end: assertIsoDate(`${DEMO_YEAR}-12-31`) },
        predikat: unit.predikat,
        note: `SK predikat unit ${DEMO_YEAR} (contoh)`,
      },
      { actor: hr.id, at: yearStart },
    );
  }

  // 2. A year of periodic evaluations: scored, through the lifecycle, saved with their results.
  stage('evaluations');
  const periods = periodsOf(ruleset);
  // Per employee: each period's dates and predikat, and (to keep memory flat) only the latest
  // result of each predikat: the one that carries the annual predikat feeds calibration advice.
  const byEmployee = new Map<string, Array<{ start: IsoDate; end: IsoDate; predikat: string }>>();
  const latestByPredikat = new Map<string, Map<string, EvaluationResult>>();
  const last = new Map<string, EvaluationResult>();
  let evaluations = 0;
  let rejected = 0;
  let withWarnings = 0;
  let justified = 0;
  let missedTargets = 0;
  let ratedItems = 0;
  let itemGaps = 0;
  let beyondTolerance = 0;
  let dialogues = 0;
  let agreed = 0;
  let mediated = 0;
  let finalised = 0;
  const rejections: Issue[] = [];
  for (const period of periods) {
    const generated = people.employees.map((e) => periodInput(agency, e, period));
    const scored = await scorePeriod(
      compiled,
      generated.map((g) => g.input),
    );
    const records: ResultRecord[] = [];
    const dates = lifecycleDates(period);
    const saved: Evaluation[] = [];
    scored.forEach((item, i) => {
      const employee = people.employees[i] as DemoEmployee;
      const g = generated[i] as (typeof generated)[number];
      evaluations++;
      if (!item.ok) {
        rejected++;
        rejections.push(...item.issues);
        return;
      }
      const result = item.result;
      if (result.warnings.length > 0) withWarnings++;
      for (const r of Object.values(result.indicators)) {
        if (!r.belowTarget) continue;
        missedTargets++;
        if (r.justification !== undefined) justified++;
      }
      const gap = gaps(g.self, g.supervisor);
      ratedItems += gap.both;
      itemGaps += gap.differ;
      for (const r of Object.values(result.ratings)) if (r.needsDialogue) beyondTolerance++;
      // A quarter of the dialogues end in disagreement (a stable choice per employee and period).
      const disputed = (employee.stream + period.index * 7) % 4 === 0;
      const lc = runLifecycle(agency, ruleset, employee, period, hr, g.self, g.supervisor, result, disputed);
      if (lc.dialogue !== 'none') dialogues++;
      if (lc.dialogue === 'agreed') agreed++;
      if (lc.dialogue === 'mediated') mediated++;
      if (lc.evaluation.state === 'finalised') finalised++;
      saved.push(lc.evaluation);
      records.push({
        agencyId: agency.id,
        id: lc.evaluation.id,
        evaluationId: lc.evaluation.id,
        unitId: employee.unit.id,
        employeeId: employee.id,
        period: { start: period.start, end: period.end },
        result,
      });
      const list = byEmployee.get(employee.id) ?? [];
      list.push({ start: period.start, end: period.end, predikat: result.predikat });
      byEmployee.set(employee.id, list);
      const latest = latestByPredikat.get(employee.id) ?? new Map<string, EvaluationResult>();
      latest.set(result.predikat, result);
      latestByPredikat.set(employee.id, latest);
      last.set(employee.id, result);
    });
    if (rejections.length > 0)
      throw new DemoError(`scoring ${agency.id} ${period.start}`, rejections.slice(0, 5));
    await store.transaction(async (tx) => {
      for (const ev of saved)
        await tx.saveEvaluation(ev, { actor: ev.supervisorId, at: dates.finalise, expectedRevision: null });
      await tx.saveResults(records, { actor: hr.id, at: dates.finalise });
    });
  }

  // 3. The annual predikat from the periodic ones, with the ruleset's strategy.
  stage('annual');
  const annual = new Map<string, AnnualResult>();
  for (const e of people.employees) {
    const periodsOfEmployee = byEmployee.get(e.id) ?? [];
    annual.set(e.id, must(`annual ${e.id}`, annualize(ruleset, periodsOfEmployee, { year: DEMO_YEAR })));
  }
  const annualCounts = countBy(annual.values(), (a) => a.predikat);
  const predikat = ruleset.predikat.map((p) => ({ code: p.code, count: annualCounts.get(p.code) ?? 0 }));

  // 4. Each unit's curve, and calibration advice where it is violated.
  stage('distribution');
  const units: UnitOutcome[] = [];
  for (const unit of agency.units) {
    const members = people.employees.filter((e) => e.unit.id === unit.id);
    const people_ = members.map((e) => ({ id: e.id, predikat: (annual.get(e.id) as AnnualResult).predikat }));
    const report = must(`distribution ${unit.id}`, checkDistribution(ruleset, unit.predikat, people_));
    let advice: CalibrationAdvice | null = null;
    if (report.feasible && report.violations.length > 0) {
      const employees: CalibrationEmployee[] = members.map((e) => {
        const a = annual.get(e.id) as AnnualResult;
        // The latest period result with the annual predikat (none under weighted-by-months when
        // no period had it): its components are what a recalibration would revisit.
        const deciding = latestByPredikat.get(e.id)?.get(a.predikat);
        return {
          id: e.id,
          result: deciding ?? { score: null, predikat: a.predikat, components: {} },
        };
      });
      advice = must(`advice ${unit.id}`, calibrationAdvice(ruleset, report, employees));
    }
    units.push({ unit, report, advice });
  }

  // 5. Follow-up of the annual predikat (the ruleset's actions) and training needs.
  stage('follow-up');
  const actions = ruleset.followUp?.actions ?? {};
  const followUpCounts = new Map<string, { kind: string; code: string; count: number }>();
  for (const a of annual.values()) {
    for (const action of actions[a.predikat] ?? []) {
      const key = `${action.kind}/${action.code}`;
      const entry = followUpCounts.get(key) ?? { kind: action.kind, code: action.code, count: 0 };
      entry.count++;
      followUpCounts.set(key, entry);
    }
  }
  const kindOrder = ['reward', 'training', 'coaching', 'sanction'];
  const followUp = [...followUpCounts.values()].sort(
    (x, y) =>
      kindOrder.indexOf(x.kind) - kindOrder.indexOf(y.kind) ||
      y.count - x.count ||
      (x.code < y.code ? -1 : 1),
  );
  const needs = countBy(
    [...last.values()].flatMap((r) => r.followUp.trainingNeeds.slice(0, 1)),
    (t) => t.indicator,
  );
  const trainingNeeds = [...needs.entries()]
    .map(([indicator, count]) => ({ indicator, count }))
    .sort((x, y) => y.count - x.count || (x.indicator < y.indicator ? -1 : 1))
    .slice(0, 3);

  // 6. Angka kredit of the functional officials: the year's predikat into their ledger.
  stage('angka-kredit');
  const accumulated = new Map<string, string>();
  const byJenjang = new Map<string, { officials: number; earned: string[]; nextRankMet: number }>();
  let example: AngkaKreditSummary['example'] = null;
  for (const e of people.employees) {
    if (e.jenjang === null) continue;
    const a = annual.get(e.id) as AnnualResult;
    const ledger = must(
      `ledger ${e.id}`,
      buildLedger([{ year: DEMO_YEAR, predikat: a.predikat, months: 12 }], {
        jenjang: e.jenjang,
        golongan: e.facts.rank.golongan,
        opening: e.angkaKreditOpening ?? '0',
      }),
    );
    accumulated.set(e.id, ledger.accumulated);
    await store.appendLedgerEntry(
      {
        agencyId: agency.id,
        employeeId: e.id,
        year: DEMO_YEAR,
        jenjang: e.jenjang,
        predikat: a.predikat,
        months: 12,
        angkaKredit: ledger.total,
        evaluationId: null,
        note: `Konversi predikat ${DEMO_YEAR}`,
      },
      { actor: hr.id, at: DEMO_AS_OF },
    );
    const j = byJenjang.get(e.jenjang) ?? { officials: 0, earned: [], nextRankMet: 0 };
    j.officials++;
    j.earned.push(ledger.total);
    if (ledger.targets.nextRank?.met) j.nextRankMet++;
    byJenjang.set(e.jenjang, j);
    if (example === null && ledger.targets.nextRank !== null && !ledger.targets.nextRank.met)
      example = { employee: e, ledger };
  }
  const JENJANG_ORDER = [
    'pemula',
    'terampil',
    'mahir',
    'penyelia',
    'ahli-pertama',
    'ahli-muda',
    'ahli-madya',
    'ahli-utama',
  ];
  const angkaKredit: AngkaKreditSummary = {
    officials: accumulated.size,
    byJenjang: [...byJenjang.entries()]
      .sort((x, y) => JENJANG_ORDER.indexOf(x[0]) - JENJANG_ORDER.indexOf(y[0]))
      .map(([jenjang, j]) => ({
        jenjang,
        officials: j.officials,
        earned: sumDecimals(j.earned),
        nextRankMet: j.nextRankMet,
      })),
    example,
  };

  // 7. Promotion eligibility as of the report day, and a merit ranking.
  stage('eligibility');
  const factsOf = (e: DemoEmployee) => {
    const a = annual.get(e.id) as AnnualResult;
    const ak = accumulated.get(e.id);
    return {
      ...e.facts,
      performance: [...e.facts.performance, { year: DEMO_YEAR, predikat: a.predikat }],
      ...(ak === undefined ? {} : { angkaKredit: ak }),
    };
  };
  const eligibility: EligibilitySummary[] = [];
  let eligibilityExample: AgencyOutcome['eligibilityExample'] = null;
  for (const id of agency.promotion) {
    const rule = ruleOf(ruleset, id);
    if (rule === undefined) throw new DemoError(`rule ${id}`, []);
    let checked = 0;
    let eligible = 0;
    let withinYear = 0;
    const unmet = new Map<string, number>();
    const yearLater = `${Number(DEMO_AS_OF.slice(0, 4)) + 1}${DEMO_AS_OF.slice(4)}`;
    for (const e of people.employees) {
      if (!applies(id, e)) continue;
      const r = must(
        `eligibility ${id} ${e.id}`,
        evaluateEligibility(rule, factsOf(e), { asOf: DEMO_AS_OF }),
      );
      checked++;
      if (r.eligible) eligible++;
      else if (r.earliest !== null && r.earliest <= yearLater) withinYear++;
      for (const u of r.unmet) unmet.set(u, (unmet.get(u) ?? 0) + 1);
      if (
        eligibilityExample === null &&
        !r.eligible &&
        r.earliest !== null &&
        r.unmet.length >= 1 &&
        id === 'kenaikan-pangkat-reguler'
      )
        eligibilityExample = { employee: e, result: r };
    }
    eligibility.push({
      rule: id,
      checked,
      eligible,
      withinYear,
      unmet: [...unmet.entries()]
        .map(([u, count]) => ({ id: u, count }))
        .sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1)),
    });
  }
  let ranking: MeritRanking | null = null;
  if (agency.ranking) {
    const rule = ruleOf(ruleset, agency.ranking.rule);
    if (rule === undefined) throw new DemoError(`rule ${agency.ranking.rule}`, []);
    const candidates = people.employees.filter((e) => !e.head).map((e) => ({ id: e.id, facts: factsOf(e) }));
    const { criteria, tieBreakers } = agency.ranking;
    ranking = must(
      'ranking',
      rankCandidates(rule, candidates, {
        asOf: DEMO_AS_OF,
        criteria,
        ...(tieBreakers ? { tieBreakers } : {}),
      }),
    );
  }

  // 8. The audit chain of everything saved for the agency.
  stage('audit');
  const audit = await verifyAudit(store, agency.id);
  return {
    agency,
    ruleset,
    rulesetIssues: [],
    employees: people.employees,
    periods,
    lifecycle: {
      evaluations,
      rejected,
      withWarnings,
      justified,
      missedTargets,
      ratedItems,
      itemGaps,
      beyondTolerance,
      dialogues,
      agreed,
      mediated,
      finalised,
    },
    annual,
    predikat,
    units,
    followUp,
    trainingNeeds,
    angkaKredit,
    eligibility,
    eligibilityExample,
    ranking,
    lastResults: last,
    audit,
  };
}

/** The exact sum of decimal strings (through the library). */
function sumDecimals(values: readonly string[]): string {
  return values.length === 0 ? '0' : sum(values);
}

/** Runs the demo over every example agency in a fresh memory store. */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  let loaded: DemoAgency[];
  try {
    loaded = await loadDemoAgencies();
  } catch (error) {
    if (error instanceof DemoDataError) throw new DemoError(error.message, []);
    throw error;
  }
  const store = createMemoryStore();
  const agencies: AgencyOutcome[] = [];
  try {
    for (const agency of loaded) agencies.push(await runAgency(agency, store, options));
  } finally {
    await store.close();
  }
  return {
    year: DEMO_YEAR,
    asOf: assertIsoDate(DEMO_AS_OF),
    seed: options.seed,
    employeesPerAgency: options.employees,
    agencies,
    storeEvents: agencies.reduce((s, a) => s + a.audit.events, 0),
  };
}
