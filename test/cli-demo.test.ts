import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, tempDir } from './support/cli';

/** A small run keeps the tests quick; the default size is measured by the benchmarks. */
const SMALL = ['--employees', '24'];

interface Summary {
  year: number;
  asOf: string;
  seed: number;
  employeesPerAgency: number;
  agencies: Array<{
    id: string;
    ruleset: { id: string; version: number; extends: string; valid: boolean; frequency: string };
    employees: number;
    periods: number;
    lifecycle: {
      evaluations: number;
      rejected: number;
      finalised: number;
      dialogues: number;
      agreed: number;
      mediated: number;
      missedTargets: number;
      justified: number;
      ratedItems: number;
      itemGaps: number;
      beyondTolerance: number;
    };
    predikat: Record<string, number>;
    units: Array<{
      id: string;
      n: number;
      ok: boolean;
      violations: string[];
      moves: number | null;
      plan: unknown[];
    }>;
    followUp: Array<{ kind: string; code: string; count: number }>;
    angkaKredit: {
      officials: number;
      byJenjang: Array<{ jenjang: string; officials: number; earned: string }>;
    };
    eligibility: Array<{ rule: string; checked: number; eligible: number; withinYear: number }>;
    ranking: {
      rule: string;
      ranked: number;
      ineligible: number;
      top: Array<{ position: number; id: string }>;
    } | null;
    audit: { ok: boolean; events: number; records: number; head: string | null };
  }>;
  totals: {
    employees: number;
    evaluations: number;
    finalised: number;
    dialogues: number;
    auditEvents: number;
    auditOk: boolean;
  };
}

async function summary(argv: string[] = []): Promise<Summary> {
  const r = await cli(['demo', ...SMALL, '--format', 'json', ...argv]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Summary;
}

describe('kinerja demo: the report', () => {
  it('runs in English with every section, the bar chart and a verified audit chain (exit 0)', async () => {
    const r = await cli(['demo', ...SMALL, '--locale', 'en']);
    expect(r.code, r.stderr).toBe(0);
    for (const heading of [
      '1. Rulesets',
      '2. Periodic evaluations 2025',
      '3. Self and supervisor assessment, dialogues',
      '4. Annual predikat',
      '5. Unit distribution curves and calibration',
      '6. Follow-up',
      '7. One result explained',
      '8. Angka kredit of functional officials',
      '9. Promotion eligibility (as of 2026-01-31)',
      '10. Store and audit log',
      'Summary',
    ])
      expect(r.stdout).toContain(`\n${heading}\n`);
    // The three rulesets, each extending the current pack, all valid.
    expect(r.stdout).toMatch(
      /^pontianak +pontianak-kinerja@1 +permenpanrb-6-2022 +monthly +weighted-by-months +matrix +ok$/m,
    );
    expect(r.stdout).toMatch(
      /^serang +serang-kinerja@1 +permenpanrb-6-2022 +quarterly +last-period +weighted +ok$/m,
    );
    expect(r.stdout).toMatch(/^palu +palu-kinerja@1 +permenpanrb-6-2022 +semester +worst +matrix +ok$/m);
    // A bar chart line: code, bar, count, share.
    expect(r.stdout).toMatch(/^ {2}baik +█+[▏▎▍▌▋▊▉]? +\d+ {2}\(\d+\.\d%\)$/m);
    // An explanation, an eligibility tree with its earliest date, calibration advice, the audit.
    expect(r.stdout).toMatch(/\(explain\):\n\n {2}Predikat: \S+ \(score \d+\.\d\d\)\n/);
    expect(r.stdout).toContain('Earliest date on the promotion schedule when every condition holds: ');
    expect(r.stdout).toContain('Calibration advice: ');
    expect(r.stdout).toContain('plan with the fewest moves');
    expect(r.stdout).toMatch(/^pontianak +\d+ +\d+ +intact +[0-9a-f]{16}$/m);
    expect(r.stdout).toContain('hash chain intact (verifyAudit)');
    expect(r.stdout).not.toContain('BROKEN');
    // Timing goes to standard error only.
    expect(r.stdout).not.toMatch(/finished in|per second/);
    expect(r.stderr).toMatch(/^kinerja demo: finished in \d+\.\d s \(\d+ evaluations, \d+ per second\)\n$/);
  });

  it('runs in Indonesian (--locale id, or from the environment)', async () => {
    const r = await cli(['demo', ...SMALL, '--locale', 'id']);
    expect(r.code, r.stderr).toBe(0);
    for (const heading of [
      '1. Ruleset',
      '2. Evaluasi periodik 2025',
      '4. Predikat tahunan',
      '6. Tindak lanjut',
      '10. Penyimpanan dan log audit',
      'Ringkasan',
    ])
      expect(r.stdout).toContain(`\n${heading}\n`);
    expect(r.stdout).toContain('Saran kalibrasi: ');
    expect(r.stdout).toContain('rantai hash utuh (verifyAudit)');
    expect(r.stdout).toMatch(/\(explain\):\n\n {2}Predikat: \S+ \(nilai \d+\.\d\d\)\n/);
    expect(r.stdout).not.toContain('Calibration advice');
    expect(r.stderr).toMatch(/^kinerja demo: selesai dalam \d+,\d dtk/);
    const env = await cli(['demo', ...SMALL], { env: { LANG: 'id_ID.UTF-8' } });
    expect(env.stdout).toBe(r.stdout);
    const global = await cli(['--locale', 'id', 'demo', ...SMALL]);
    expect(global.stdout).toBe(r.stdout);
  });

  it('is deterministic: the same seed gives the same report; another seed another one', async () => {
    const a = await cli(['demo', ...SMALL, '--locale', 'en', '--seed', '7']);
    const b = await cli(['demo', ...SMALL, '--locale', 'en', '--seed', '7']);
    const c = await cli(['demo', ...SMALL, '--locale', 'en', '--seed', '8']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    expect(a.stdout).toContain('(seed 7, 24 employees per agency)');
  });
});

describe('kinerja demo --format json: the summary', () => {
  it('parses, with the expected fields and consistent numbers', async () => {
    const s = await summary();
    expect(s).toMatchObject({ year: 2025, asOf: '2026-01-31', seed: 1, employeesPerAgency: 24 });
    expect(s.agencies.map((a) => a.id)).toEqual(['pontianak', 'serang', 'palu']);
    const periods: Record<string, number> = { pontianak: 12, serang: 4, palu: 2 };
    let evaluations = 0;
    for (const a of s.agencies) {
      expect(a.ruleset).toMatchObject({ version: 1, extends: 'permenpanrb-6-2022', valid: true });
      expect(a.employees).toBe(24);
      expect(a.periods).toBe(periods[a.id]);
      // Every employee is evaluated in every period, and every evaluation is finalised.
      expect(a.lifecycle.evaluations).toBe(a.employees * a.periods);
      expect(a.lifecycle.rejected).toBe(0);
      expect(a.lifecycle.finalised).toBe(a.lifecycle.evaluations);
      expect(a.lifecycle.agreed + a.lifecycle.mediated).toBe(a.lifecycle.dialogues);
      expect(a.lifecycle.justified).toBeLessThanOrEqual(a.lifecycle.missedTargets);
      // Self and supervisor: a gap beyond the tolerance is a gap; with no tolerance every gap is.
      expect(a.lifecycle.beyondTolerance).toBeLessThanOrEqual(a.lifecycle.itemGaps);
      expect(a.lifecycle.itemGaps).toBeLessThanOrEqual(a.lifecycle.ratedItems);
      if (a.id !== 'serang') expect(a.lifecycle.beyondTolerance).toBe(a.lifecycle.itemGaps);
      else expect(a.lifecycle.beyondTolerance).toBeLessThan(a.lifecycle.itemGaps);
      expect(a.lifecycle.dialogues).toBeLessThanOrEqual(a.lifecycle.beyondTolerance);
      // The annual predikat counts sum to the employees, and so do the units.
      expect(Object.values(a.predikat).reduce((x, y) => x + y, 0)).toBe(a.employees);
      expect(Object.keys(a.predikat)).toEqual([
        'sangat-baik',
        'baik',
        'butuh-perbaikan',
        'kurang',
        'sangat-kurang',
      ]);
      expect(a.units.reduce((x, u) => x + u.n, 0)).toBe(a.employees);
      for (const u of a.units) {
        expect(u.ok).toBe(u.violations.length === 0);
        if (u.ok) expect(u.moves).toBe(0);
        else if (u.moves !== null) expect(u.plan.length).toBeGreaterThan(0);
      }
      // Follow-up: every employee gets the actions of their annual predikat (at least one each).
      expect(a.followUp.reduce((x, f) => x + f.count, 0)).toBeGreaterThanOrEqual(a.employees);
      expect(a.angkaKredit.byJenjang.reduce((x, j) => x + j.officials, 0)).toBe(a.angkaKredit.officials);
      for (const e of a.eligibility) expect(e.eligible + e.withinYear).toBeLessThanOrEqual(e.checked);
      // The audit chain: one event per record, intact.
      expect(a.audit.ok).toBe(true);
      expect(a.audit.events).toBeGreaterThan(2 * a.lifecycle.evaluations);
      expect(a.audit.head).toMatch(/^[0-9a-f]{64}$/);
      evaluations += a.lifecycle.evaluations;
    }
    expect(s.agencies.find((a) => a.id === 'palu')?.ranking).toMatchObject({ rule: 'seleksi-kepala-seksi' });
    expect(s.totals).toMatchObject({ employees: 72, evaluations, finalised: evaluations, auditOk: true });
    expect(s.totals.auditEvents).toBe(s.agencies.reduce((x, a) => x + a.audit.events, 0));
  });

  it('agrees with the text report: the bar chart counts are the summary counts', async () => {
    const s = await summary();
    const text = (await cli(['demo', ...SMALL, '--locale', 'en'])).stdout;
    const chart = text.slice(text.indexOf('\n4. Annual predikat\n'), text.indexOf('\n5. Unit distribution'));
    for (const a of s.agencies) {
      const block = chart.slice(chart.indexOf(`\n${a.id} (`));
      for (const [code, count] of Object.entries(a.predikat)) {
        const line = new RegExp(`^ {2}${code} +[█▏▎▍▌▋▊▉]* +(\\d+) {2}\\(`, 'm').exec(block);
        expect(Number(line?.[1]), `${a.id} ${code}`).toBe(count);
      }
    }
  });

  it('with more employees, the first ones stay the same people (each has a stream of their own)', async () => {
    const small = await summary(['--employees', '6']);
    const large = await summary(['--employees', '12']);
    expect(small.agencies[0]?.employees).toBe(6);
    expect(large.agencies[0]?.employees).toBe(12);
    expect(large.totals.evaluations).toBe(2 * small.totals.evaluations);
  });

  it('one employee per agency still runs (each unit gets its head)', async () => {
    const s = await summary(['--employees', '1']);
    for (const a of s.agencies) expect(a.employees).toBe(a.units.length);
  });
});

describe('kinerja demo: usage', () => {
  it('--help prints the usage with examples and exit codes', async () => {
    for (const locale of ['en', 'id'] as const) {
      const r = await cli(['demo', '--help', '--locale', locale]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(locale === 'en' ? /^Usage: kinerja demo/ : /^Pemakaian: kinerja demo/);
      expect(r.stdout).toContain(locale === 'en' ? 'Exit status: 0' : 'Status keluar: 0');
      expect(r.stdout).toContain('kinerja demo --employees 1000 --seed 7');
    }
  });

  it.each([
    [['--employees', '0'], 'invalid --employees "0" (a whole number from 1 to 2000, employees per agency)'],
    [['--employees', 'many'], 'invalid --employees "many"'],
    [['--employees', '2001'], 'invalid --employees "2001"'],
    [['--seed', '-1'], '--seed needs a value'],
    [['--seed', '1.5'], 'invalid --seed "1.5" (a whole number from 0 to 4294967295)'],
    [['--format', 'yaml'], 'unknown --format value "yaml" (use text|json)'],
    [['--locale', 'fr'], 'unknown --locale "fr" (use id or en)'],
    [['extra'], 'unexpected arguments: extra'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await cli(['demo', ...argv]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`kinerja demo: ${message}`);
    expect(r.stderr).toContain('Run "kinerja demo --help" for usage.');
  });
});

describe('kinerja demo from the built bundle (npm test builds first)', () => {
  it('needs no file in the working folder (its data ships beside the bundle): from an empty folder, the same report as the sources', async () => {
    const cwd = await tempDir();
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin/kinerja.js'), 'demo', '--employees', '5', '--locale', 'en'],
      {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const inProcess = await cli(['demo', '--employees', '5', '--locale', 'en'], { cwd });
    expect(r.stdout).toBe(inProcess.stdout);
    expect(r.stderr).toMatch(/^kinerja demo: finished in /);
  });
});
