/**
 * The example agencies of `kinerja demo`, read from the package's data files: for each agency,
 * examples/<agency>/demo.yaml (format `demo-agency`: its units, indicators, generator parameters
 * and texts) and the ruleset file it names (a document extending a built-in pack). The folder sits
 * beside dist/ in the package and beside src/ in a source checkout. Every file is checked on the
 * way in, through the library: the agency with parseFormat, the ruleset with parseRuleset.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type FormatValue,
  formatPath,
  type Issue,
  type JsonValue,
  parseFormat,
  parseRuleset,
  type Ruleset,
} from '../../index';
import { readDataFile } from '../read';

/** An example agency's file, as the format `demo-agency` reads it. */
type DemoAgencyFile = FormatValue<'demo-agency'>;

/** The kind of post an example employee holds. */
export type PostKind = 'pelaksana' | 'fungsional' | 'struktural';

/** A unit of an example agency (as its file describes it). */
export type DemoUnit = DemoAgencyFile['units'][number];

/** One planned result (RHK / indicator) of a unit. */
export type DemoIndicator = DemoUnit['indicators'][number];

/** An example agency: its file, its ruleset (as written and as parsed) and the items it rates. */
export interface DemoAgency extends Omit<DemoAgencyFile, '$schema' | 'ruleset'> {
  /** The ruleset document as the agency wrote it (without the editor's `$schema`): what is stored. */
  readonly document: JsonValue;
  readonly ruleset: Ruleset;
  /** The items rated every period: those of the ruleset's item components, in order. */
  readonly items: readonly string[];
}

/** The year the demo evaluates. */
export const DEMO_YEAR = 2025;

/** The day of the demo's report: eligibility and rankings are as of this day (no clock is read). */
export const DEMO_AS_OF = '2026-01-31';

/** The example agencies' folders under examples/, in the order the report shows them. */
export const DEMO_AGENCY_FOLDERS = ['pontianak', 'serang', 'palu'] as const;

/** The name of an agency's file in its folder. */
export const DEMO_AGENCY_FILE = 'demo.yaml';

/** An error of the demo's data files (a broken package or checkout, not a user error). */
export class DemoDataError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly Issue[],
    detail?: string,
  ) {
    super(
      `${file}: ${detail ?? issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message.en}`).join('; ')}`,
    );
    this.name = 'DemoDataError';
  }
}

/**
 * The examples folder: `../examples` from the bundle (dist/cli.js, installed or built), else from
 * the sources (src/cli/demo, when the tests run them).
 */
export function demoDataFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'examples'), join(here, '..', '..', '..', 'examples')];
  const found = candidates.find((dir) => existsSync(join(dir, DEMO_AGENCY_FOLDERS[0], DEMO_AGENCY_FILE)));
  return found ?? (candidates[0] as string);
}

function isRecord(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutSchema(document: { [key: string]: JsonValue }): { [key: string]: JsonValue } {
  const { $schema: _schema, ...rest } = document;
  return rest;
}

async function readData(file: string): Promise<unknown> {
  const read = await readDataFile(file);
  if (read.kind === 'unreadable') throw new DemoDataError(file, [], read.reason.en);
  if (read.kind === 'syntax')
    throw new DemoDataError(
      file,
      [],
      read.problems.map((p) => `${p.line}:${p.col}: ${p.message.en}`).join('; '),
    );
  return read.value;
}

/** Reads and checks one agency: examples/<folder>/demo.yaml and its ruleset. */
export async function loadDemoAgency(folder: string, base = demoDataFolder()): Promise<DemoAgency> {
  const file = join(base, folder, DEMO_AGENCY_FILE);
  const parsed = parseFormat('demo-agency', await readData(file));
  if (!parsed.ok) throw new DemoDataError(file, parsed.issues);
  const { $schema: _agencySchema, ruleset: rulesetFile, ...agency } = parsed.value;
  const rulesetPath = join(dirname(file), rulesetFile);
  const raw = await readData(rulesetPath);
  // `$schema` only points an editor at the JSON Schema: the policy is the rest.
  const document: JsonValue = isRecord(raw) ? withoutSchema(raw) : (raw as JsonValue);
  const ruleset = parseRuleset(document);
  if (!ruleset.ok) throw new DemoDataError(rulesetPath, ruleset.issues);
  const items = ruleset.value.components.flatMap((c) =>
    c.source.from === 'items' ? c.source.items.map((i) => i.id) : [],
  );
  return { ...agency, document, ruleset: ruleset.value, items };
}

/** Every example agency, in the order the report shows them. */
export async function loadDemoAgencies(base = demoDataFolder()): Promise<DemoAgency[]> {
  return Promise.all(DEMO_AGENCY_FOLDERS.map((folder) => loadDemoAgency(folder, base)));
}
