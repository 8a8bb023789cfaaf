/**
 * The `kinerja demo` report: readable text with aligned tables and a bar chart (Indonesian or
 * English), or a JSON summary for machines. Both are deterministic: no clock, no timing.
 */

import { round } from '../../decimal/public';
import { type EvaluationResult, explain, type Locale, renderEligibility } from '../../index';
import { percent } from '../score-output';
import { LADDER } from './generate';
import type { AgencyOutcome, DemoOutcome } from './run';
import { dt } from './texts';

/** Aligns rows into columns (two spaces apart); `right` marks right-aligned columns. */
export function table(rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.length);
    });
  return rows.map((row) =>
    row
      .map((c, i) =>
        right[i] ? c.padStart(widths[i] ?? 0) : i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

const BAR_WIDTH = 40;

/** A bar of `n` out of `max`, at most {@link BAR_WIDTH} characters (an eighth-block resolution). */
export function bar(n: number, max: number): string {
  if (max <= 0 || n <= 0) return '';
  const eighths = Math.max(1, Math.round((n / max) * BAR_WIDTH * 8));
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part > 0 ? (' ▏▎▍▌▋▊▉'[part] ?? '') : '');
}

function heading(text: string): string[] {
  return ['', text, '─'.repeat(text.length)];
}

function indent(lines: readonly string[], by = '  '): string[] {
  return lines.map((l) => (l === '' ? l : `${by}${l}`));
}

function rulesets(o: DemoOutcome, locale: Locale): string[] {
  const rows = [
    ['cAgency', 'cRuleset', 'cExtends', 'cCalendar', 'cAnnual', 'cFinal', 'cValid'].map((k) =>
      dt(locale, k as 'cAgency'),
    ),
  ];
  for (const a of o.agencies) {
    const doc = a.agency.document as { extends?: string };
    rows.push([
      a.agency.id,
      `${a.ruleset.id}@${a.ruleset.version}`,
      doc.extends ?? '-',
      a.ruleset.calendar.frequency,
      a.ruleset.calendar.annual.strategy,
      a.ruleset.final.method,
      a.rulesetIssues.length === 0 ? dt(locale, 'ok') : String(a.rulesetIssues.length),
    ]);
  }
  const lines = table(rows);
  lines.push('');
  for (const a of o.agencies)
    lines.push(`${a.agency.id}: ${a.agency.name[locale]}: ${a.agency.shows[locale]}`);
  return lines;
}

function evaluations(o: DemoOutcome, locale: Locale): string[] {
  const rows = [
    [
      'cAgency',
      'cEmployees',
      'cUnits',
      'cPeriods',
      'cEvaluations',
      'cMissed',
      'cJustified',
      'cWarnings',
      'cFinalised',
    ].map((k) => dt(locale, k as 'cAgency')),
  ];
  for (const a of o.agencies) {
    const l = a.lifecycle;
    rows.push([
      a.agency.id,
      String(a.employees.length),
      String(a.agency.units.length),
      `${a.periods.length} × ${a.ruleset.calendar.frequency}`,
      String(l.evaluations),
      String(l.missedTargets),
      String(l.justified),
      String(l.withWarnings),
      String(l.finalised),
    ]);
  }
  return table(rows, [false, true, true, true, true, true, true, true, true]);
}

function tolerance(a: AgencyOutcome, locale: Locale): string {
  const d = a.ruleset.reconciliation.dialogue;
  if (d.points !== undefined && a.ruleset.final.method === 'weighted')
    return dt(locale, 'tolerancePoints', { points: d.points });
  return dt(locale, 'toleranceSteps', { steps: String(d.steps ?? 0) });
}

function dialogues(o: DemoOutcome, locale: Locale): string[] {
  const rows = [
    ['cAgency', 'cRatedItems', 'cGaps', 'cTolerance', 'cBeyond', 'cDialogues', 'cAgreed', 'cMediated'].map(
      (k) => dt(locale, k as 'cAgency'),
    ),
  ];
  for (const a of o.agencies) {
    const l = a.lifecycle;
    rows.push([
      a.agency.id,
      String(l.ratedItems),
      String(l.itemGaps),
      tolerance(a, locale),
      String(l.beyondTolerance),
      `${l.dialogues} (${percent(l.dialogues, l.evaluations)})`,
      String(l.agreed),
      String(l.mediated),
    ]);
  }
  return [
    ...table(rows, [false, true, true, true, true, true, true, true]),
    '',
    ...dt(locale, 'dialogueNote').split('\n'),
  ];
}

function annual(o: DemoOutcome, locale: Locale): string[] {
  const lines: string[] = [];
  for (const a of o.agencies) {
    if (lines.length > 0) lines.push('');
    lines.push(
      dt(locale, 'annualHeading', {
        agency: a.agency.id,
        strategy: a.ruleset.calendar.annual.strategy,
        n: a.employees.length,
      }),
    );
    const max = Math.max(...a.predikat.map((p) => p.count));
    const width = Math.max(...a.predikat.map((p) => p.code.length));
    const countWidth = String(max).length;
    for (const p of a.predikat) {
      const b = bar(p.count, max);
      lines.push(
        `  ${p.code.padEnd(width)}  ${b.padEnd(BAR_WIDTH)}  ${String(p.count).padStart(countWidth)}  (${percent(p.count, a.employees.length)})`.trimEnd(),
      );
    }
  }
  return lines;
}

function curves(o: DemoOutcome, locale: Locale): string[] {
  const rows = [
    ['cAgency', 'cUnit', 'cUnitPredikat', 'cN', 'cCurve', 'cViolations', 'cMoves'].map((k) =>
      dt(locale, k as 'cAgency'),
    ),
  ];
  for (const a of o.agencies)
    for (const u of a.units) {
      const r = u.report;
      rows.push([
        a.agency.id,
        u.unit.id,
        r.unitPredikat,
        String(r.n),
        !r.feasible ? dt(locale, 'infeasible') : r.ok ? dt(locale, 'ok') : dt(locale, 'violated'),
        r.violations.length === 0 ? '-' : r.violations.join(', '),
        r.moves === null ? '-' : String(r.moves),
      ]);
    }
  const lines = table(rows, [false, false, false, true, false, false, true]);
  // Advice for the first violated unit of each agency.
  for (const a of o.agencies) {
    const u = a.units.find((x) => x.advice !== null && x.advice.plan.length > 0);
    if (!u?.advice) continue;
    lines.push(
      '',
      dt(locale, 'adviceHeading', {
        agency: a.agency.id,
        unit: u.unit.id,
        predikat: u.report.unitPredikat,
        n: u.report.n,
      }),
    );
    for (const v of u.advice.violations)
      lines.push(
        `  ${dt(locale, 'adviceViolation', { constraint: v.constraint, actual: v.actual, bound: v.bound, limit: v.limit })}`,
      );
    const plan = u.advice.plan.map((m) => `${m.count} ${m.from} → ${m.to}`).join(', ');
    lines.push(`  ${dt(locale, 'advicePlan', { moves: u.advice.moves ?? 0, plan })}`);
    const candidates = u.advice.violations.flatMap((v) => v.moves.flatMap((m) => m.candidates));
    const seen = new Set<string>();
    const shown = candidates
      .filter((c) => {
        if (seen.has(c.employee)) return false;
        seen.add(c.employee);
        return true;
      })
      .slice(0, 3);
    if (shown.length > 0) {
      lines.push(`  ${dt(locale, 'adviceCandidates')}`);
      for (const c of shown) lines.push(`    ${c.employee}: ${c.reason[locale]}`);
    }
    const unranked = new Set(u.advice.violations.flatMap((v) => v.moves.flatMap((m) => m.unranked)));
    for (const c of shown) unranked.delete(c.employee);
    if (unranked.size > 0) lines.push(`  ${dt(locale, 'adviceUnranked', { count: unranked.size })}`);
  }
  lines.push('', dt(locale, 'adviceOnly'));
  return lines;
}

function followUp(o: DemoOutcome, locale: Locale): string[] {
  const kinds = ['reward', 'training', 'coaching', 'sanction'] as const;
  const rows = [
    ['cAgency', 'cReward', 'cTraining', 'cCoaching', 'cSanction', 'cNeeds'].map((k) =>
      dt(locale, k as 'cAgency'),
    ),
  ];
  for (const a of o.agencies) {
    const byKind = kinds.map((k) => {
      const n = a.followUp.filter((f) => f.kind === k).reduce((s, f) => s + f.count, 0);
      return String(n);
    });
    rows.push([
      a.agency.id,
      ...byKind,
      a.trainingNeeds.map((t) => `${t.indicator} (${t.count})`).join(', ') || '-',
    ]);
  }
  const lines = table(rows, [false, true, true, true, true, false]);
  lines.push('');
  for (const a of o.agencies) {
    const detail = a.followUp.map((f) => `${f.code} ${f.count}`).join(', ');
    lines.push(`${a.agency.id}: ${detail}`);
  }
  return lines;
}

/**
 * The employee whose result the report explains: in the agency with a numeric policy first, the
 * first employee whose last result needed a dialogue and has a missed target (else any dialogue).
 */
function explained(o: DemoOutcome): { agency: AgencyOutcome; id: string } | undefined {
  const numericFirst = [...o.agencies].sort(
    (x, y) => Number(y.ruleset.final.method === 'weighted') - Number(x.ruleset.final.method === 'weighted'),
  );
  const wanted = [
    (r: EvaluationResult) => r.needsDialogue && Object.values(r.indicators).some((i) => i.belowTarget),
    (r: EvaluationResult) => r.needsDialogue,
    () => true,
  ];
  for (const test of wanted)
    for (const a of numericFirst) {
      const e = a.employees.find((x) => {
        const r = a.lastResults.get(x.id);
        return !x.head && r !== undefined && test(r);
      });
      if (e) return { agency: a, id: e.id };
    }
  return undefined;
}

function explanation(o: DemoOutcome, locale: Locale): string[] {
  const pickd = explained(o);
  if (!pickd) return [];
  const result = pickd.agency.lastResults.get(pickd.id);
  if (!result) return [];
  const period = result.period ? `${result.period.start} … ${result.period.end}` : '-';
  const lines = [
    dt(locale, 'explainIntro', { agency: pickd.agency.agency.id, employee: pickd.id, period }),
    '',
    ...indent(explain(result, { locale }).trimEnd().split('\n')),
  ];
  // The raters beside the rating of record (reconciled by the ruleset's policy).
  const rows = [
    ['cItem', 'cSelf', 'cSupervisor', 'cOfRecord', 'cDialogue'].map((k) => dt(locale, k as 'cItem')),
  ];
  for (const [id, r] of Object.entries(result.ratings))
    rows.push([id, r.self ?? '-', r.supervisor ?? '-', r.value, r.needsDialogue ? dt(locale, 'yes') : '']);
  if (rows.length > 1)
    lines.push('', `  ${dt(locale, 'ratersHeading')}`, ...indent(table(rows, [false, true, true, true])));
  const justified = Object.entries(result.indicators).filter(([, i]) => i.justification !== undefined);
  if (justified.length > 0) {
    lines.push('', `  ${dt(locale, 'justificationsHeading')}`);
    for (const [id, i] of justified) lines.push(`  - ${id}: "${i.justification}"`);
  }
  return lines;
}

function angkaKredit(o: DemoOutcome, locale: Locale): string[] {
  const rows = [
    [
      dt(locale, 'cAgency'),
      dt(locale, 'cJenjang'),
      dt(locale, 'cOfficials'),
      dt(locale, 'cEarned', { year: o.year }),
      dt(locale, 'cNextRank'),
    ],
  ];
  for (const a of o.agencies)
    for (const j of a.angkaKredit.byJenjang)
      rows.push([a.agency.id, j.jenjang, String(j.officials), roundShown(j.earned), String(j.nextRankMet)]);
  const lines = table(rows, [false, false, true, true, true]);
  const ex = o.agencies.map((a) => a.angkaKredit.example).find((x) => x !== null);
  if (ex) {
    const next = ex.ledger.targets.nextRank;
    lines.push(
      '',
      dt(locale, 'ledgerExample', {
        employee: ex.employee.id,
        jenjang: ex.employee.jenjang ?? '-',
        golongan: ex.employee.facts.rank.golongan,
        opening: ex.employee.angkaKreditOpening ?? '0',
        earned: roundShown(ex.ledger.total),
        accumulated: roundShown(ex.ledger.accumulated),
        next: next?.golongan ?? '-',
        remaining: next ? roundShown(next.remaining) : '-',
      }),
    );
  }
  return lines;
}

/** A decimal rounded to 2 places, half-up, for display (the ledger keeps the exact value). */
function roundShown(value: string): string {
  return round(value, 2, 'half-up');
}

const PREDIKAT_BY_RANK = ['', 'sangat-kurang', 'kurang', 'butuh-perbaikan', 'baik', 'sangat-baik'];

/** A merit value as a person reads it: a rank index as its golongan, a predikat rank as its code, days as days. */
function shownValue(criterion: string, value: string | number | null, locale: Locale): string {
  if (value === null) return '-';
  if (typeof value !== 'number') return value;
  if (criterion === 'pangkat') return LADDER[value] ?? String(value);
  if (criterion === 'kinerja') return PREDIKAT_BY_RANK[value] ?? String(value);
  if (criterion === 'masa-kerja') return dt(locale, 'days', { days: value });
  return String(value);
}

function eligibility(o: DemoOutcome, locale: Locale): string[] {
  const rows = [
    ['cAgency', 'cRule', 'cChecked', 'cEligible', 'cWithinYear', 'cUnmet'].map((k) =>
      dt(locale, k as 'cAgency'),
    ),
  ];
  for (const a of o.agencies)
    for (const e of a.eligibility)
      rows.push([
        a.agency.id,
        e.rule,
        String(e.checked),
        String(e.eligible),
        String(e.withinYear),
        e.unmet
          .slice(0, 2)
          .map((u) => `${u.id} (${u.count})`)
          .join(', ') || '-',
      ]);
  const lines = table(rows, [false, false, true, true, true, false]);
  const ex = o.agencies.find((a) => a.eligibilityExample !== null);
  if (ex?.eligibilityExample) {
    lines.push(
      '',
      dt(locale, 'eligibilityExample', { agency: ex.agency.id, employee: ex.eligibilityExample.employee.id }),
      ...indent(renderEligibility(ex.eligibilityExample.result, { locale }).trimEnd().split('\n')),
    );
  }
  for (const a of o.agencies) {
    if (!a.ranking || !a.agency.ranking) continue;
    const r = a.ranking;
    lines.push(
      '',
      dt(locale, 'rankingHeading', {
        agency: a.agency.id,
        title: a.agency.ranking.title[locale],
        rule: a.agency.ranking.rule,
        ranked: r.ranked.length,
        ineligible: r.ineligible.length,
      }),
      dt(locale, 'rankingCriteria'),
    );
    const byId = new Map(a.employees.map((e) => [e.id, e]));
    const annualOf = (id: string) => a.annual.get(id)?.predikat ?? '-';
    const top = r.ranked.slice(0, 5);
    const rows2 = [
      ['cPosition', 'cEmployee', 'cUnit', 'cPredikat', 'cGolongan', 'cService', 'cDecidedBy'].map((k) =>
        dt(locale, k as 'cAgency'),
      ),
    ];
    for (const c of top) {
      const e = byId.get(c.id);
      const days = typeof c.values['masa-kerja'] === 'number' ? (c.values['masa-kerja'] as number) : 0;
      rows2.push([
        String(c.position),
        c.id,
        e?.unit.id ?? '-',
        annualOf(c.id),
        e?.facts.rank.golongan ?? '-',
        dt(locale, 'years', { years: Math.floor(days / 365.25) }),
        c.decidedBy
          ? `${c.decidedBy.criterion} (${shownValue(c.decidedBy.criterion, c.decidedBy.value, locale)} > ${shownValue(c.decidedBy.criterion, c.decidedBy.nextValue, locale)})`
          : c.position < r.ranked.length
            ? dt(locale, 'tieById')
            : '-',
      ]);
    }
    lines.push(...indent(table(rows2, [true, false, false, false, false, true, false])));
    if (r.ranked.length > top.length)
      lines.push(`  ${dt(locale, 'rankingMore', { count: r.ranked.length - top.length })}`);
  }
  return lines;
}

function audit(o: DemoOutcome, locale: Locale): string[] {
  const rows = [['cAgency', 'cEvents', 'cRecords', 'cChain', 'cHead'].map((k) => dt(locale, k as 'cAgency'))];
  for (const a of o.agencies)
    rows.push([
      a.agency.id,
      String(a.audit.events),
      String(a.audit.records),
      a.audit.ok ? dt(locale, 'intact') : dt(locale, 'broken'),
      a.audit.head === null ? '-' : a.audit.head.slice(0, 16),
    ]);
  return table(rows, [false, true, true, false, false]);
}

function summary(o: DemoOutcome, locale: Locale): string[] {
  const employees = o.agencies.reduce((s, a) => s + a.employees.length, 0);
  const evaluationsCount = o.agencies.reduce((s, a) => s + a.lifecycle.finalised, 0);
  const dialoguesCount = o.agencies.reduce((s, a) => s + a.lifecycle.dialogues, 0);
  const units = o.agencies.flatMap((a) => a.units);
  return [
    dt(locale, 'summaryLine', {
      agencies: o.agencies.length,
      employees,
      evaluations: evaluationsCount,
      dialogues: dialoguesCount,
      violated: units.filter((u) => !u.report.ok).length,
      units: units.length,
    }),
    dt(locale, 'summaryStore', { events: o.storeEvents, ok: o.agencies.every((a) => a.audit.ok) }),
    dt(locale, 'summaryNext'),
  ];
}

/** The readable report. */
export function renderText(o: DemoOutcome, locale: Locale): string {
  const lines = [
    dt(locale, 'title', { year: o.year }),
    dt(locale, 'subtitle', { seed: o.seed, employees: o.employeesPerAgency, asOf: o.asOf }),
    dt(locale, 'fictional'),
    ...heading(dt(locale, 'sRulesets')),
    ...rulesets(o, locale),
    ...heading(dt(locale, 'sEvaluations', { year: o.year })),
    ...evaluations(o, locale),
    ...heading(dt(locale, 'sDialogue')),
    ...dialogues(o, locale),
    ...heading(dt(locale, 'sAnnual')),
    ...annual(o, locale),
    ...heading(dt(locale, 'sCurves')),
    ...curves(o, locale),
    ...heading(dt(locale, 'sFollowUp')),
    ...followUp(o, locale),
    ...heading(dt(locale, 'sExplain')),
    ...explanation(o, locale),
    ...heading(dt(locale, 'sAngkaKredit')),
    ...angkaKredit(o, locale),
    ...heading(dt(locale, 'sEligibility', { asOf: o.asOf })),
    ...eligibility(o, locale),
    ...heading(dt(locale, 'sAudit')),
    ...audit(o, locale),
    ...heading(dt(locale, 'sSummary')),
    ...summary(o, locale),
  ];
  return `${lines.join('\n')}\n`;
}

/** The machine-readable summary (`--format json`): counts and ids, no text, no timing. */
export function summaryJson(o: DemoOutcome): unknown {
  return {
    year: o.year,
    asOf: o.asOf,
    seed: o.seed,
    employeesPerAgency: o.employeesPerAgency,
    agencies: o.agencies.map((a) => ({
      id: a.agency.id,
      ruleset: {
        id: a.ruleset.id,
        version: a.ruleset.version,
        extends: (a.agency.document as { extends?: string }).extends ?? null,
        valid: a.rulesetIssues.length === 0,
        frequency: a.ruleset.calendar.frequency,
        annual: a.ruleset.calendar.annual.strategy,
        final: a.ruleset.final.method,
      },
      employees: a.employees.length,
      periods: a.periods.length,
      lifecycle: a.lifecycle,
      predikat: Object.fromEntries(a.predikat.map((p) => [p.code, p.count])),
      units: a.units.map((u) => ({
        id: u.unit.id,
        predikat: u.report.unitPredikat,
        n: u.report.n,
        ok: u.report.ok,
        feasible: u.report.feasible,
        violations: u.report.violations,
        moves: u.report.moves,
        plan: u.advice?.plan ?? [],
      })),
      followUp: a.followUp,
      trainingNeeds: a.trainingNeeds,
      angkaKredit: { officials: a.angkaKredit.officials, byJenjang: a.angkaKredit.byJenjang },
      eligibility: a.eligibility,
      ranking:
        a.ranking === null || !a.agency.ranking
          ? null
          : {
              rule: a.agency.ranking.rule,
              ranked: a.ranking.ranked.length,
              ineligible: a.ranking.ineligible.length,
              top: a.ranking.ranked
                .slice(0, 5)
                .map((r) => ({ position: r.position, id: r.id, values: r.values })),
            },
      audit: { ok: a.audit.ok, events: a.audit.events, records: a.audit.records, head: a.audit.head },
    })),
    totals: {
      employees: o.agencies.reduce((s, a) => s + a.employees.length, 0),
      evaluations: o.agencies.reduce((s, a) => s + a.lifecycle.evaluations, 0),
      finalised: o.agencies.reduce((s, a) => s + a.lifecycle.finalised, 0),
      dialogues: o.agencies.reduce((s, a) => s + a.lifecycle.dialogues, 0),
      auditEvents: o.storeEvents,
      auditOk: o.agencies.every((a) => a.audit.ok),
    },
  };
}
