import type * as z from 'zod';
import { raterRatingsSchema, reconciliationPolicySchema } from '../assessment/schemas';
import { employeeFactsSchema, ledgerEntryInputSchema } from '../career/schemas';
import { dateScheduleSchema } from '../date/schemas';
import {
  deepFreeze,
  err,
  type Issue,
  issue,
  type LocalizedText,
  ok,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { distributionInputSchema } from '../organisation/schemas';
import { annualPeriodsSchema } from '../periods/schemas';
import { jsonSchemaDocument, RULESET_JSON_SCHEMA, schemaIdOf } from '../ruleset/json-schema';
import { rulesetSchema } from '../ruleset/schema';
import { eligibilityRuleSchema } from '../ruleset/sections/career';
import { evaluationInputSchema } from '../scoring/schemas';
import { auditCheckpointSchema } from '../storage/checkpoint';
import { STORE_SCHEMAS } from '../storage/schemas';
import { evaluationSchema, skpPlanSchema } from '../workflow/schemas';
import {
  angkaKreditInputSchema,
  annualCaseInputSchema,
  caseFileSchema,
  distributionCaseInputSchema,
} from './case-file';
import { demoAgencySchema } from './demo-agency';

/** One public data format: its one zod schema and how it describes itself. */
interface FormatDefinition {
  /** The one zod schema of the format (its JSON Schema is converted from it, as input). */
  readonly schema: z.ZodType;
  /** The JSON Schema's `title` (English). */
  readonly title: string;
  /** One line for `kinerja schema --list`; the English text is also the JSON Schema's `description`. */
  readonly description: LocalizedText;
  /** Reshapes the converted JSON Schema body (the ruleset's partial files with `extends`). */
  readonly shape?: (body: { [key: string]: unknown }) => { [key: string]: unknown };
}

/**
 * Every public data format, by name: adding a format is one entry here (its JSON Schema, its `$id`
 * `https://unpkg.com/kinerja/schema/<name>.schema.json`, the file `schema/<name>.schema.json`, the
 * CLI's `kinerja schema <name>` and the tests all follow). `ruleset` stays first: it is the default.
 */
const FORMATS = {
  ruleset: {
    schema: rulesetSchema,
    title: RULESET_JSON_SCHEMA.title,
    description: {
      id: 'Ruleset kinerja: cara sebuah instansi menilai (lihat docs/rulesets.md).',
      en: RULESET_JSON_SCHEMA.description,
    },
    ...(RULESET_JSON_SCHEMA.shape ? { shape: RULESET_JSON_SCHEMA.shape } : {}),
  },
  'evaluation-input': {
    schema: evaluationInputSchema,
    title: 'kinerja evaluation input',
    description: {
      id: 'Masukan penilaian satu pegawai untuk satu periode (kinerja score).',
      en: "One employee's evaluation input for one period (kinerja score).",
    },
  },
  'reconciliation-policy': {
    schema: reconciliationPolicySchema,
    title: 'kinerja reconciliation policy',
    description: {
      id: 'Cara memadukan nilai beberapa penilai (diri, atasan, rekan, 360).',
      en: 'How the ratings of several raters (self, supervisor, peers, 360) are reconciled.',
    },
  },
  'rater-ratings': {
    schema: raterRatingsSchema,
    title: 'kinerja rater ratings',
    description: {
      id: 'Nilai satu butir dari tiap kelompok penilai.',
      en: 'The ratings of one item by each rater group.',
    },
  },
  'annual-periods': {
    schema: annualPeriodsSchema,
    title: 'kinerja annual periods',
    description: {
      id: 'Hasil periodik satu pegawai dalam setahun, untuk predikat tahunan (annualize).',
      en: "One employee's periodic results in a year, for the annual predikat (annualize).",
    },
  },
  'distribution-input': {
    schema: distributionInputSchema,
    title: 'kinerja distribution input',
    description: {
      id: 'Predikat unit dan sebaran predikat pegawainya, untuk kurva distribusi (checkDistribution).',
      en: "A unit's predikat and its people's predikat, for the distribution curve (checkDistribution).",
    },
  },
  'date-schedule': {
    schema: dateScheduleSchema,
    title: 'kinerja date schedule',
    description: {
      id: 'Jadwal tanggal berlaku per rezim (misalnya TMT kenaikan pangkat).',
      en: 'Effective dates by regime (for example promotion TMT dates).',
    },
  },
  'skp-plan': {
    schema: skpPlanSchema,
    title: 'kinerja SKP plan',
    description: {
      id: 'Rencana SKP seorang pegawai dengan status dan riwayatnya.',
      en: "An employee's SKP plan with its state and history.",
    },
  },
  evaluation: {
    schema: evaluationSchema,
    title: 'kinerja evaluation record',
    description: {
      id: 'Catatan alur penilaian: status, penilaian, dialog, keberatan dan riwayat.',
      en: 'The evaluation workflow record: state, assessments, dialogue, appeal and history.',
    },
  },
  'store-evaluation': {
    schema: STORE_SCHEMAS['store-evaluation'],
    title: 'kinerja stored evaluation',
    description: {
      id: 'Catatan penilaian sebagaimana disimpan store (saveEvaluation).',
      en: 'An evaluation record as a store keeps it (saveEvaluation).',
    },
  },
  'store-skp-plan': {
    schema: STORE_SCHEMAS['store-skp-plan'],
    title: 'kinerja stored SKP plan',
    description: {
      id: 'Rencana SKP sebagaimana disimpan store (saveSkpPlan).',
      en: 'An SKP plan as a store keeps it (saveSkpPlan).',
    },
  },
  'store-result': {
    schema: STORE_SCHEMAS['store-result'],
    title: 'kinerja result record',
    description: {
      id: 'Hasil penilaian yang disimpan (saveResults), dengan ruleset dan versinya.',
      en: 'A result record to save (saveResults), stamped with its ruleset and version.',
    },
  },
  'store-unit-predikat': {
    schema: STORE_SCHEMAS['store-unit-predikat'],
    title: 'kinerja unit predikat record',
    description: {
      id: 'Predikat kinerja organisasi satu unit untuk satu tahun.',
      en: "A unit's organisational predikat for one year.",
    },
  },
  'store-ledger-entry': {
    schema: STORE_SCHEMAS['store-ledger-entry'],
    title: 'kinerja angka kredit ledger entry',
    description: {
      id: 'Entri buku angka kredit seorang pegawai (appendLedgerEntry).',
      en: "An entry of an employee's angka kredit ledger (appendLedgerEntry).",
    },
  },
  'store-ruleset': {
    schema: STORE_SCHEMAS['store-ruleset'],
    title: 'kinerja stored ruleset',
    description: {
      id: 'Ruleset yang disimpan dengan id dan versi (sekali tulis).',
      en: 'A ruleset stored under its id and version (write-once).',
    },
  },
  'store-correction': {
    schema: STORE_SCHEMAS['store-correction'],
    title: 'kinerja correction',
    description: {
      id: 'Koreksi atas catatan yang sudah final (appendCorrection).',
      en: 'A correction to a finalised record (appendCorrection).',
    },
  },
  'store-audit-event': {
    schema: STORE_SCHEMAS['store-audit-event'],
    title: 'kinerja audit event',
    description: {
      id: 'Satu peristiwa rantai audit (hash berantai per instansi).',
      en: "One event of an agency's hash-chained audit log.",
    },
  },
  'audit-checkpoint': {
    schema: auditCheckpointSchema,
    title: 'kinerja audit checkpoint',
    description: {
      id: 'Kepala log audit tiap instansi untuk diterbitkan di luar basis data (kinerja audit head).',
      en: "Each agency's audit head, for publication outside the database (kinerja audit head).",
    },
  },
  'case-file': {
    schema: caseFileSchema,
    title: 'kinerja policy case file',
    description: {
      id: 'Berkas kasus kebijakan untuk "kinerja test" (lihat docs/testing-policies.md).',
      en: 'A policy case file for "kinerja test" (see docs/testing-policies.md).',
    },
  },
  'angka-kredit-input': {
    schema: angkaKreditInputSchema,
    title: 'kinerja angka kredit case input',
    description: {
      id: 'Masukan kasus angka-kredit: satu periode, atau entri buku angka kredit.',
      en: 'The input of an angka-kredit case: one period, or the entries of a ledger.',
    },
  },
  'employee-facts': {
    schema: employeeFactsSchema,
    title: 'kinerja employee facts',
    description: {
      id: 'Fakta kepegawaian untuk syarat kenaikan pangkat/jabatan (evaluateEligibility).',
      en: "An employee's facts for promotion eligibility (evaluateEligibility).",
    },
  },
  'ledger-entry': {
    schema: ledgerEntryInputSchema,
    title: 'kinerja angka kredit ledger entry input',
    description: {
      id: 'Satu entri masukan buku angka kredit (buildLedger): tahun atau periode, predikat, bulan.',
      en: 'One input entry of an angka kredit ledger (buildLedger): year or period, predikat, months.',
    },
  },
  'annual-case-input': {
    schema: annualCaseInputSchema,
    title: 'kinerja annual case input',
    description: {
      id: 'Masukan kasus annual: strategi, tahun dan periode-periode (annual-periods).',
      en: 'The input of an annual case: strategy, year and the periods (annual-periods).',
    },
  },
  'distribution-case-input': {
    schema: distributionCaseInputSchema,
    title: 'kinerja distribution case input',
    description: {
      id: 'Masukan kasus distribution: predikat unit dan jumlah pegawai per predikat.',
      en: "The input of a distribution case: the unit's predikat and its people counted by predikat.",
    },
  },
  'eligibility-rule': {
    schema: eligibilityRuleSchema,
    title: 'kinerja eligibility rule',
    description: {
      id: 'Aturan kelayakan (kenaikan pangkat/jabatan): all/any/not atas syarat bertipe.',
      en: 'An eligibility rule (promotion): all/any/not over typed conditions.',
    },
  },
  'demo-agency': {
    schema: demoAgencySchema,
    title: 'kinerja demo agency',
    description: {
      id: 'Instansi contoh "kinerja demo": unit, indikator, parameter data bangkitan dan rulesetnya.',
      en: 'An example agency of "kinerja demo": units, indicators, generator parameters and its ruleset.',
    },
  },
} satisfies Record<string, FormatDefinition>;

/**
 * The name of a public data format (see {@link FORMAT_NAMES}).
 *
 * @category Formats
 * @example
 * ```ts
 * const name: FormatName = 'ruleset';
 * ```
 */
export type FormatName = keyof typeof FORMATS;

/**
 * The names of every public data format, each with one JSON Schema ({@link formatJsonSchema},
 * `kinerja schema <name>`, the package's `schema/<name>.schema.json`). `ruleset` comes first.
 *
 * @category Formats
 * @example
 * ```ts
 * FORMAT_NAMES.includes('case-file'); // true
 * FORMAT_NAMES[0]; // "ruleset"
 * ```
 */
export const FORMAT_NAMES: readonly FormatName[] = deepFreeze(Object.keys(FORMATS) as FormatName[]);

/** The one zod schema of each format, by name. */
type FormatSchemas = { [K in FormatName]: (typeof FORMATS)[K]['schema'] };

/**
 * What a file of the format `N` reads as: the output of its one schema ({@link parseFormat}).
 *
 * @category Formats
 * @example
 * ```ts
 * type Input = FormatValue<'evaluation-input'>;
 * const period: Input['period'] = { start: '2025-01-01', end: '2025-12-31' };
 * ```
 */
export type FormatValue<N extends FormatName> = z.output<FormatSchemas[N]>;

/**
 * Reads `input` as a file of the public data format `name`, with the format's one schema (the
 * same checks its JSON Schema makes, and the refinements of the schema), into a Result. Some formats have a parser that checks more, across the document: use
 * `parseRuleset` for a ruleset, `parseCaseFile` (kinerja/testing) for a case file. An unknown name
 * is an issue at `name`, as for {@link formatJsonSchema}.
 *
 * @category Formats
 * @example
 * ```ts
 * const r = parseFormat('date-schedule', [{ from: '2025-01-01', months: [4, 10], day: 1 }]);
 * r.ok; // true
 * parseFormat('employee-facts', { birthDate: '2025-02-30' }).ok; // false: an issue at birthDate
 * ```
 */
export function parseFormat<N extends FormatName>(name: N, input: unknown): Result<FormatValue<N>, Issue[]>;
export function parseFormat(name: unknown, input: unknown): Result<unknown, Issue[]>;
export function parseFormat(name: unknown, input: unknown): Result<unknown, Issue[]> {
  if (!isFormatName(name)) return err([unknownName(name)]);
  return parseWithSchema(definition(name).schema, input);
}

/**
 * What {@link listFormats} tells about one format.
 *
 * @category Formats
 * @example
 * ```ts
 * const f: FormatSummary = {
 *   name: 'case-file',
 *   title: 'kinerja policy case file',
 *   description: { id: 'Berkas kasus kebijakan …', en: 'A policy case file …' },
 *   id: 'https://unpkg.com/kinerja/schema/case-file.schema.json',
 * };
 * ```
 */
export interface FormatSummary {
  readonly name: FormatName;
  /** The JSON Schema's title. */
  readonly title: string;
  /** One line, in Indonesian and English. */
  readonly description: LocalizedText;
  /** The JSON Schema's `$id`: where the package publishes it. */
  readonly id: string;
}

/**
 * Whether `name` names a public data format.
 *
 * @category Formats
 * @example
 * ```ts
 * isFormatName('ruleset'); // true
 * isFormatName('rulesets'); // false
 * ```
 */
export function isFormatName(name: unknown): name is FormatName {
  return typeof name === 'string' && Object.hasOwn(FORMATS, name);
}

/** The issue of a format name that is not a string, or names no format. */
function unknownName(name: unknown): Issue {
  if (typeof name !== 'string') {
    const received = name === null ? 'null' : Array.isArray(name) ? 'array' : typeof name;
    return issue(commonMessages, 'input.invalid-type', ['name'], { expected: 'string', received });
  }
  return issue(commonMessages, 'input.invalid-value', ['name'], { expected: FORMAT_NAMES.join(', ') });
}

function definition(name: FormatName): FormatDefinition {
  return FORMATS[name];
}

/**
 * Every public data format with its title and one-line description, in {@link FORMAT_NAMES} order
 * (what `kinerja schema --list` prints). The list is frozen.
 *
 * @category Formats
 * @example
 * ```ts
 * listFormats().map((f) => f.name); // ["ruleset", "case-file", …]
 * listFormats()[0].description.en; // "A performance-management ruleset for kinerja (see docs/rulesets.md)."
 * ```
 */
export function listFormats(): readonly FormatSummary[] {
  return deepFreeze(
    FORMAT_NAMES.map((name) => {
      const d = definition(name);
      return {
        name,
        title: d.title,
        description: { id: d.description.id, en: d.description.en },
        id: schemaIdOf(name),
      };
    }),
  );
}

/**
 * The JSON Schema (draft 2020-12) of a public data format, converted from the format's one zod
 * schema as input (what a file may hold): for editors (`"$schema"` in a file) and standard
 * validators such as ajv. Its `$id` is where the package ships it,
 * `https://unpkg.com/kinerja/schema/<name>.schema.json`; the `ruleset` document is the one
 * `rulesetJsonSchema()` returns. Checks that span fields (weights summing to 100, unique case
 * names, …) are made by the parsers only. A fresh object on every call; an unknown name is an
 * `input.invalid-value` issue at `name` listing the known ones.
 *
 * @category Formats
 * @example
 * ```ts
 * const r = formatJsonSchema('case-file');
 * r.ok && r.value.$id; // "https://unpkg.com/kinerja/schema/case-file.schema.json"
 * formatJsonSchema('nope').ok; // false
 * ```
 */
export function formatJsonSchema(name: FormatName): Result<Record<string, unknown>, Issue[]>;
export function formatJsonSchema(name: unknown): Result<Record<string, unknown>, Issue[]>;
export function formatJsonSchema(name: unknown): Result<Record<string, unknown>, Issue[]> {
  if (!isFormatName(name)) return err([unknownName(name)]);
  const d = definition(name);
  return ok(
    jsonSchemaDocument(d.schema, {
      name,
      title: d.title,
      description: d.description.en,
      ...(d.shape ? { shape: d.shape } : {}),
    }),
  );
}
