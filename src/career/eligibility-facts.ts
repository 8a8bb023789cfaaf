import type * as z from 'zod';
import { isIsoDate } from '../date/index';
import { parseDecimal } from '../decimal/index';
import { type Issue, isRecord, ok, parseWithSchema, type Result } from '../explain/index';
import { ELIGIBILITY_PREDIKAT_CODES } from '../ruleset/sections/career';
import {
  type currentPositionSchema,
  type disciplineRecordSchema,
  EDUCATION_CODES,
  employeeFactsSchema,
  GOLONGAN_CODES,
  POSITION_KINDS,
  type pastPositionSchema,
} from './schemas';

/**
 * A position held: its kind (`pelaksana`, `fungsional`, `struktural`, `jpt`) and level (a jenjang
 * for `fungsional`, `pengawas` / `administrator` for `struktural`, `jpt-pratama` / `jpt-madya` /
 * `jpt-utama` for `jpt`; null for `pelaksana`). The type of `currentPositionSchema`.
 *
 * @category Careers
 * @example
 * ```ts
 * const p: CurrentPosition = { kind: 'fungsional', level: 'ahli-muda', since: assertIsoDate('2022-01-01') };
 * ```
 */
export type CurrentPosition = z.output<typeof currentPositionSchema>;

/**
 * A past position, from `from` to `to` (both inclusive). The type of `pastPositionSchema`.
 *
 * @category Careers
 * @example
 * ```ts
 * const p: PastPosition = { kind: 'struktural', level: 'pengawas', from: assertIsoDate('2015-01-01'), to: assertIsoDate('2019-12-31') };
 * ```
 */
export type PastPosition = z.output<typeof pastPositionSchema>;

/**
 * A disciplinary sanction; `to` is its last day. The type of `disciplineRecordSchema`.
 *
 * @category Careers
 * @example
 * ```ts
 * const s: DisciplineRecord = { level: 'sedang', from: assertIsoDate('2025-01-01'), to: assertIsoDate('2025-12-31') };
 * ```
 */
export type DisciplineRecord = z.output<typeof disciplineRecordSchema>;

/**
 * The validated employee facts of docs/careers.md ("Employee facts (eligibility)"), the output type of
 * `employeeFactsSchema`. Every field is optional: a leaf that needs a missing fact is unmet.
 * Further top-level facts for agency rules (`compare` leaves) are kept as given.
 *
 * @category Careers
 * @example
 * ```ts
 * const facts: EmployeeFacts = { education: 's1', rank: { golongan: 'III/b', since: assertIsoDate('2021-04-01') } };
 * ```
 */
export type EmployeeFacts = z.output<typeof employeeFactsSchema>;

/**
 * Validates untrusted employee facts with `employeeFactsSchema` (docs/careers.md): dates, codes
 * (education, golongan, position kind, predikat), decimal `angkaKredit`, integer years, nesting
 * depth. Every problem is reported with its path; never throws. Unknown top-level keys are kept
 * for agency `compare` rules.
 *
 * @category Careers
 * @example
 * ```ts
 * parseEmployeeFacts({ education: 's1' }); // { ok: true, value: { education: 's1' } }
 * parseEmployeeFacts({ education: 'phd' }).ok; // false (input.invalid-value at ['education'])
 * ```
 */
export function parseEmployeeFacts(input: unknown): Result<EmployeeFacts, Issue[]> {
  const fast = readValidFacts(input);
  return fast === null ? parseWithSchema(employeeFactsSchema, input) : ok(fast);
}

const GOLONGAN: ReadonlySet<string> = new Set(GOLONGAN_CODES);
const EDUCATION: ReadonlySet<string> = new Set(EDUCATION_CODES);
const KINDS: ReadonlySet<string> = new Set(POSITION_KINDS);
const PREDIKAT: ReadonlySet<string> = new Set(ELIGIBILITY_PREDIKAT_CODES);
const KNOWN: ReadonlySet<string> = new Set(Object.keys(employeeFactsSchema.shape));
const SCALAR: ReadonlySet<string> = new Set(['string', 'boolean', 'undefined']);

const str = (v: unknown, allowed: ReadonlySet<string>): v is string =>
  typeof v === 'string' && allowed.has(v);
const levelOk = (v: unknown): boolean => v === null || v === undefined || typeof v === 'string';

/**
 * The fast path of {@link parseEmployeeFacts} (the eligibility hot path): for valid facts the same
 * value as `employeeFactsSchema` gives, without building paths or issues; null as soon as anything
 * is off (the schema then reports it). A property test holds it equal to the schema.
 *
 * @internal
 */
export function readValidFacts(input: unknown): EmployeeFacts | null {
  if (!isRecord(input)) return null;
  const out: Record<string, unknown> = { ...input };
  // Further facts: JSON scalars here; anything else (objects, arrays, `__proto__`) via the schema.
  for (const key in input) {
    if (KNOWN.has(key) || !Object.hasOwn(input, key)) continue;
    if (key === '__proto__') return null;
    const v = input[key];
    if (
      typeof v === 'number' ? !Number.isFinite(v) : typeof v === 'object' ? v !== null : !SCALAR.has(typeof v)
    )
      return null;
  }
  if (input.birthDate !== undefined && !isIsoDate(input.birthDate)) return null;
  if (input.serviceStart !== undefined && !isIsoDate(input.serviceStart)) return null;
  if (input.education !== undefined && !str(input.education, EDUCATION)) return null;
  const rank = input.rank;
  if (rank !== undefined) {
    if (!isRecord(rank) || !str(rank.golongan, GOLONGAN) || !isIsoDate(rank.since)) return null;
    out.rank = { golongan: rank.golongan, since: rank.since };
  }
  const position = input.position;
  if (position !== undefined) {
    if (
      !isRecord(position) ||
      !str(position.kind, KINDS) ||
      !levelOk(position.level) ||
      !isIsoDate(position.since)
    )
      return null;
    out.position = { kind: position.kind, level: position.level ?? null, since: position.since };
  }
  const history = input.positionHistory;
  if (history !== undefined) {
    if (!Array.isArray(history)) return null;
    const list = new Array(history.length);
    for (let i = 0; i < history.length; i += 1) {
      const h: unknown = history[i];
      if (
        !isRecord(h) ||
        !str(h.kind, KINDS) ||
        !levelOk(h.level) ||
        !isIsoDate(h.from) ||
        !isIsoDate(h.to) ||
        h.to < h.from
      )
        return null;
      list[i] = { kind: h.kind, level: h.level ?? null, from: h.from, to: h.to };
    }
    out.positionHistory = list;
  }
  const performance = input.performance;
  if (performance !== undefined) {
    if (!Array.isArray(performance)) return null;
    const list = new Array(performance.length);
    for (let i = 0; i < performance.length; i += 1) {
      const p: unknown = performance[i];
      if (!isRecord(p) || !str(p.predikat, PREDIKAT)) return null;
      const year = p.year;
      if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) return null;
      for (let j = 0; j < i; j += 1) if ((list[j] as { year: number }).year === year) return null;
      list[i] = { year, predikat: p.predikat };
    }
    out.performance = list;
  }
  const discipline = input.discipline;
  if (discipline !== undefined) {
    if (!Array.isArray(discipline)) return null;
    const list = new Array(discipline.length);
    for (let i = 0; i < discipline.length; i += 1) {
      const d: unknown = discipline[i];
      if (!isRecord(d) || !isIsoDate(d.from) || !isIsoDate(d.to) || d.to < d.from) return null;
      if (d.level !== undefined && typeof d.level !== 'string') return null;
      list[i] = { level: d.level ?? 'unspecified', from: d.from, to: d.to };
    }
    out.discipline = list;
  }
  if (input.angkaKredit !== undefined && input.angkaKredit !== null) {
    const d = parseDecimal(input.angkaKredit, ['angkaKredit']);
    if (!d.ok) return null;
    out.angkaKredit = d.value;
  }
  const exams = input.exams;
  if (exams !== undefined) {
    if (!Array.isArray(exams)) return null;
    for (let i = 0; i < exams.length; i += 1) if (typeof exams[i] !== 'string') return null;
    out.exams = [...exams];
  }
  return out as EmployeeFacts;
}
