#!/usr/bin/env node
/**
 * A store on PostgreSQL: one evaluation of the Pontianak example taken through its lifecycle
 * (opened by HR, self-assessed, assessed with its scored result, a dialogue because the two
 * assessments differ, finalised, released), each step saved with a revision check, the result of
 * record filed beside it, both listed back, and the audit hash chain verified.
 *
 *   npm install kinerja zod kysely pg
 *   DATABASE_URL=postgres://user:pass@localhost:5432/kinerja node examples/embedding/postgres-store.mjs
 *
 * `runStoreExample(db)` takes any Kysely instance, so the same code runs on PGlite, SQLite or
 * MySQL (its test runs it on PGlite, and on PostgreSQL when KINERJA_TEST_POSTGRES_URL is set).
 * The library never reads the clock: every date and time below is supplied, as an application
 * would supply "now".
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRuleset, openEvaluation, parseRuleset, scoreEvaluation, transition, unwrap } from 'kinerja';
import { assertIsoDate } from 'kinerja/date';
import { createSqlStore, verifyAudit } from 'kinerja/storage';

const here = dirname(fileURLToPath(import.meta.url));

const hr = { id: '198001012005011001', roles: ['pengelola-kinerja'] };
const employee = { id: '199001012015031001' };
const supervisor = { id: '197505052000031002' };
const atasan = { id: '197001012000011003' };

/**
 * Runs the example on a Kysely database and returns what it read back.
 *
 * @param {import('kysely').Kysely<any>} db
 * @param {{ agencyId?: string, tablePrefix?: string }} [options]
 */
export async function runStoreExample(db, options = {}) {
  const agencyId = options.agencyId ?? 'pemkot-pontianak';
  const unitId = 'disdikbud';
  const period = { start: '2025-06-01', end: '2025-06-30' };
  const document = JSON.parse(readFileSync(join(here, '..', 'pontianak', 'ruleset.json'), 'utf8'));
  const ruleset = unwrap(parseRuleset(document));
  const compiled = unwrap(compileRuleset(ruleset));

  // Runs the migrations (idempotent); `db` stays yours: close() does not destroy it.
  const store = await createSqlStore({
    db,
    ...(options.tablePrefix ? { tablePrefix: options.tablePrefix } : {}),
  });
  try {
    await store.putRuleset(agencyId, document, { actor: hr.id, at: '2025-07-01T08:00:00+07:00' });

    // The employee's June report: two RHKs, rated by the employee and by the supervisor.
    const input = {
      employee: { id: employee.id },
      period,
      organisation: { unitId },
      indicators: [
        { id: 'rhk-1', kind: 'rhk', target: '12 kelas program literasi', realisasi: '12 kelas' },
        { id: 'rhk-2', kind: 'rhk', target: '4 laporan', realisasi: '5 laporan' },
      ],
      ratings: {
        'rhk-1': { self: 'di-atas-ekspektasi', supervisor: 'sesuai-ekspektasi' },
        'rhk-2': { self: 'di-atas-ekspektasi', supervisor: 'di-atas-ekspektasi' },
        perilaku: { self: 'sesuai-ekspektasi', supervisor: 'sesuai-ekspektasi' },
      },
    };
    const result = unwrap(scoreEvaluation(compiled, input));

    let evaluation = unwrap(
      openEvaluation(
        {
          id: 'EV-2025-06-0001',
          agencyId,
          unitId,
          employeeId: employee.id,
          supervisorId: supervisor.id,
          atasanId: atasan.id,
          period,
        },
        hr,
        { asOf: assertIsoDate('2025-07-01') },
      ),
    );
    evaluation = await store.saveEvaluation(evaluation, {
      actor: hr.id,
      at: '2025-07-01T08:05:00+07:00',
      expectedRevision: null, // create; fails if it exists
    });

    /** One step of the lifecycle, saved only if nobody saved the evaluation meanwhile. */
    const step = async (action, actor, asOf, at) => {
      const next = unwrap(transition(evaluation, action, actor, { asOf: assertIsoDate(asOf), ruleset }));
      evaluation = await store.saveEvaluation(next, {
        actor: actor.id,
        at,
        expectedRevision: evaluation.revision,
      });
    };
    const selfRatings = {
      'rhk-1': 'di-atas-ekspektasi',
      'rhk-2': 'di-atas-ekspektasi',
      perilaku: 'sesuai-ekspektasi',
    };
    const supervisorRatings = {
      'rhk-1': 'sesuai-ekspektasi',
      'rhk-2': 'di-atas-ekspektasi',
      perilaku: 'sesuai-ekspektasi',
    };
    await step(
      { type: 'self-assess', ratings: selfRatings },
      employee,
      '2025-07-02',
      '2025-07-02T10:00:00+07:00',
    );
    await step(
      {
        type: 'assess',
        ratings: supervisorRatings,
        result: { predikat: result.predikat },
        needsDialogue: result.needsDialogue,
      },
      supervisor,
      '2025-07-03',
      '2025-07-03T09:00:00+07:00',
    );
    if (evaluation.supervisorAssessment?.needsDialogue) {
      await step({ type: 'start-dialogue' }, employee, '2025-07-03', '2025-07-03T13:00:00+07:00');
      await step(
        {
          type: 'record-dialogue',
          outcome: 'agreed',
          heldOn: assertIsoDate('2025-07-04'),
          notes: 'RHK 1 sesuai target, bukan di atas',
        },
        supervisor,
        '2025-07-04',
        '2025-07-04T15:00:00+07:00',
      );
    }
    await step({ type: 'finalise' }, supervisor, '2025-07-04', '2025-07-04T15:30:00+07:00');

    // Release and file the result of record together: both, or neither.
    await store.transaction(async (tx) => {
      const released = unwrap(
        transition(evaluation, { type: 'release' }, hr, { asOf: assertIsoDate('2025-07-07'), ruleset }),
      );
      const change = { actor: hr.id, at: '2025-07-07T08:00:00+07:00' };
      evaluation = await tx.saveEvaluation(released, { ...change, expectedRevision: evaluation.revision });
      await tx.saveResult(
        {
          agencyId,
          id: `${employee.id}/2025-06`,
          evaluationId: evaluation.id,
          unitId,
          employeeId: employee.id,
          period,
          result,
        },
        change,
      );
    });

    const evaluations = await store.listEvaluations({ agencyId, unitId });
    const results = await store.listResults({ agencyId, unitId });
    const audit = await verifyAudit(store, agencyId);
    return { evaluation, evaluations: evaluations.items, results: results.items, audit };
  } finally {
    await store.close();
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL, e.g. postgres://user:pass@localhost:5432/kinerja');
    process.exit(2);
  }
  const { Kysely, PostgresDialect } = await import('kysely');
  const { default: pg } = await import('pg');
  const db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });
  try {
    const { evaluation, results, audit } = await runStoreExample(db);
    console.log(`evaluation ${evaluation.id}: ${evaluation.state}, revision ${evaluation.revision}`);
    for (const r of results)
      console.log(
        `result ${r.id}: ${r.result.predikat} (ruleset ${r.result.ruleset.id}@${r.result.ruleset.version})`,
      );
    console.log(
      `audit: ${audit.ok ? 'ok' : `broken at ${audit.broken?.seq}`}, ${audit.events} events, head ${audit.head}`,
    );
  } finally {
    await db.destroy();
  }
}
