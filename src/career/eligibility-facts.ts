import { type IsoDate, isIsoDate, parseIsoDate } from '../date/index';
import { type DecimalString, parseDecimal } from '../decimal/index';
import { err, type Issue, issue, ok, type PathSegment, type Result } from '../explain/index';
import { EDUCATION_CAP, RANK_LADDER } from '../packs/promotion';
import { PREDIKAT_RANK } from '../rating/index';

/**
 * A position held: its kind (`pelaksana`, `fungsional`, `struktural`, `jpt`) and level (a jenjang
 * for `fungsional`, `pengawas` / `administrator` for `struktural`, `jpt-pratama` / `jpt-madya` /
 * `jpt-utama` for `jpt`; null for `pelaksana`).
 *
 * @category Career
 * @example
 * ```ts
 * const p: CurrentPosition = { kind: 'fungsional', level: 'ahli-muda', since: isoDate('2022-01-01') };
 * ```
 */
export interface CurrentPosition {
  readonly kind: string;
  readonly level: string | null;
  readonly since: IsoDate;
}

/**
 * A past position, from `from` to `to` (both inclusive).
 *
 * @category Career
 * @example
 * ```ts
 * const p: PastPosition = { kind: 'struktural', level: 'pengawas', from: isoDate('2015-01-01'), to: isoDate('2019-12-31') };
 * ```
 */
export interface PastPosition {
  readonly kind: string;
  readonly level: string | null;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * A disciplinary sanction; `to` is its last day.
 *
 * @category Career
 * @example
 * ```ts
 * const s: DisciplineRecord = { level: 'sedang', from: isoDate('2025-01-01'), to: isoDate('2025-12-31') };
 * ```
 */
export interface DisciplineRecord {
  readonly level: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The validated employee facts of CONTRACT.md ("Employee facts (eligibility)"). Every field is
 * optional: a leaf that needs a missing fact is unmet.
 *
 * @category Career
 * @example
 * ```ts
 * const facts: EmployeeFacts = { education: 's1', rank: { golongan: 'III/b', since: isoDate('2021-04-01') } };
 * ```
 */
export interface EmployeeFacts {
  readonly birthDate?: IsoDate;
  readonly serviceStart?: IsoDate;
  readonly education?: string;
  readonly rank?: { readonly golongan: string; readonly since: IsoDate };
  readonly position?: CurrentPosition;
  readonly positionHistory?: readonly PastPosition[];
  readonly performance?: ReadonlyArray<{ readonly year: number; readonly predikat: string }>;
  readonly discipline?: readonly DisciplineRecord[];
  readonly angkaKredit?: DecimalString;
  readonly exams?: readonly string[];
  /** Further facts for agency rules (`compare` leaves), as given. */
  readonly [extra: string]: unknown;
}

const GOLONGAN: ReadonlySet<string> = new Set(RANK_LADDER.map((r) => r.golongan));
const EDUCATION: ReadonlySet<string> = new Set(Object.keys(EDUCATION_CAP));
const KINDS: ReadonlySet<string> = new Set(['pelaksana', 'fungsional', 'struktural', 'jpt']);
const PREDIKAT: ReadonlySet<string> = new Set(Object.keys(PREDIKAT_RANK));
const ANY: ReadonlySet<string> | null = null;

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  readonly issues: Issue[] = [];
  date(v: unknown, path: PathSegment[]): IsoDate | undefined {
    const r = parseIsoDate(v, path);
    if (r.ok) return r.value;
    this.issues.push(...r.issues);
    return undefined;
  }
  object(v: unknown, path: PathSegment[]): Record<string, unknown> | undefined {
    if (isRecord(v)) return v;
    this.issues.push(issue('input.invalid-type', path, { expected: 'object', received: typeOf(v) }));
    return undefined;
  }
  array(v: unknown, path: PathSegment[]): readonly unknown[] | undefined {
    if (Array.isArray(v)) return v;
    this.issues.push(issue('input.invalid-type', path, { expected: 'array', received: typeOf(v) }));
    return undefined;
  }
  code(v: unknown, path: PathSegment[], allowed: ReadonlySet<string> | null): string | undefined {
    if (typeof v !== 'string') {
      this.issues.push(issue('input.invalid-type', path, { expected: 'string', received: typeOf(v) }));
      return undefined;
    }
    if (allowed !== null && !allowed.has(v)) {
      this.issues.push(issue('input.invalid-value', path, { expected: [...allowed].join(', ') }));
      return undefined;
    }
    return v;
  }
  level(v: unknown, path: PathSegment[]): string | null | undefined {
    if (v === null || v === undefined) return null;
    return this.code(v, path, ANY);
  }
  required(o: Record<string, unknown>, key: string, path: PathSegment[]): unknown {
    if (o[key] === undefined) this.issues.push(issue('input.required', [...path, key]));
    return o[key];
  }
}

/**
 * Validates untrusted employee facts (CONTRACT.md): dates, codes (education, golongan, position
 * kind, predikat), decimal `angkaKredit`, integer years. Every problem is reported with its path;
 * never throws. Unknown top-level keys are kept for agency `compare` rules.
 *
 * @category Career
 * @example
 * ```ts
 * parseEmployeeFacts({ education: 's1' }); // { ok: true, value: { education: 's1' } }
 * parseEmployeeFacts({ education: 'phd' }).ok; // false (input.invalid-value at ['education'])
 * ```
 */
export function parseEmployeeFacts(input: unknown): Result<EmployeeFacts, Issue[]> {
  const fast = readValidFacts(input);
  return fast === null ? parseEmployeeFactsSlow(input) : ok(fast);
}

const str = (v: unknown, allowed: ReadonlySet<string> | null): v is string =>
  typeof v === 'string' && (allowed === null || allowed.has(v));
const levelOk = (v: unknown): boolean => v === null || v === undefined || typeof v === 'string';

/**
 * The fast path of {@link parseEmployeeFacts}: the same output for facts that are valid, without
 * building paths or issues; null as soon as anything is off (the slow path then reports it).
 */
function readValidFacts(input: unknown): EmployeeFacts | null {
  if (!isRecord(input)) return null;
  const out: Record<string, unknown> = { ...input };
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
  } else delete out.angkaKredit;
  const exams = input.exams;
  if (exams !== undefined) {
    if (!Array.isArray(exams)) return null;
    for (const e of exams) if (typeof e !== 'string') return null;
    out.exams = [...exams];
  }
  return out as EmployeeFacts;
}

/** The slow path of {@link parseEmployeeFacts}: every issue with its path. */
export function parseEmployeeFactsSlow(input: unknown): Result<EmployeeFacts, Issue[]> {
  const r = new Reader();
  if (!isRecord(input))
    return err([issue('input.invalid-type', [], { expected: 'object', received: typeOf(input) })]);
  const out: Record<string, unknown> = { ...input };
  for (const key of ['birthDate', 'serviceStart'] as const) {
    if (input[key] !== undefined) out[key] = r.date(input[key], [key]);
  }
  if (input.education !== undefined) out.education = r.code(input.education, ['education'], EDUCATION);
  if (input.rank !== undefined) {
    const o = r.object(input.rank, ['rank']);
    if (o) {
      const golongan = r.required(o, 'golongan', ['rank']);
      const since = r.required(o, 'since', ['rank']);
      out.rank = {
        golongan: golongan === undefined ? undefined : r.code(golongan, ['rank', 'golongan'], GOLONGAN),
        since: since === undefined ? undefined : r.date(since, ['rank', 'since']),
      };
    }
  }
  if (input.position !== undefined) {
    const o = r.object(input.position, ['position']);
    if (o) {
      const kind = r.required(o, 'kind', ['position']);
      const since = r.required(o, 'since', ['position']);
      out.position = {
        kind: kind === undefined ? undefined : r.code(kind, ['position', 'kind'], KINDS),
        level: r.level(o.level, ['position', 'level']),
        since: since === undefined ? undefined : r.date(since, ['position', 'since']),
      };
    }
  }
  if (input.positionHistory !== undefined) {
    const a = r.array(input.positionHistory, ['positionHistory']);
    if (a) {
      out.positionHistory = a.map((raw, i) => {
        const at = ['positionHistory', i];
        const o = r.object(raw, at);
        if (!o) return undefined;
        const kind = r.required(o, 'kind', at);
        const from = r.required(o, 'from', at);
        const to = r.required(o, 'to', at);
        const p = {
          kind: kind === undefined ? undefined : r.code(kind, [...at, 'kind'], KINDS),
          level: r.level(o.level, [...at, 'level']),
          from: from === undefined ? undefined : r.date(from, [...at, 'from']),
          to: to === undefined ? undefined : r.date(to, [...at, 'to']),
        };
        if (p.from !== undefined && p.to !== undefined && p.to < p.from)
          r.issues.push(issue('date.range-reversed', at, { start: p.from, end: p.to }));
        return p;
      });
    }
  }
  if (input.performance !== undefined) {
    const a = r.array(input.performance, ['performance']);
    if (a) {
      const seen = new Set<number>();
      out.performance = a.map((raw, i) => {
        const at = ['performance', i];
        const o = r.object(raw, at);
        if (!o) return undefined;
        const year = r.required(o, 'year', at);
        const predikat = r.required(o, 'predikat', at);
        if (
          year !== undefined &&
          (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999)
        )
          r.issues.push(
            issue('input.invalid-type', [...at, 'year'], {
              expected: 'integer year',
              received: typeOf(year),
            }),
          );
        else if (typeof year === 'number' && seen.has(year))
          r.issues.push(issue('input.invalid-value', [...at, 'year'], { expected: 'a year listed once' }));
        if (typeof year === 'number') seen.add(year);
        return {
          year,
          predikat: predikat === undefined ? undefined : r.code(predikat, [...at, 'predikat'], PREDIKAT),
        };
      });
    }
  }
  if (input.discipline !== undefined) {
    const a = r.array(input.discipline, ['discipline']);
    if (a) {
      out.discipline = a.map((raw, i) => {
        const at = ['discipline', i];
        const o = r.object(raw, at);
        if (!o) return undefined;
        const from = r.required(o, 'from', at);
        const to = r.required(o, 'to', at);
        const d = {
          level: o.level === undefined ? 'unspecified' : r.code(o.level, [...at, 'level'], ANY),
          from: from === undefined ? undefined : r.date(from, [...at, 'from']),
          to: to === undefined ? undefined : r.date(to, [...at, 'to']),
        };
        if (d.from !== undefined && d.to !== undefined && d.to < d.from)
          r.issues.push(issue('date.range-reversed', at, { start: d.from, end: d.to }));
        return d;
      });
    }
  }
  if (input.angkaKredit !== undefined && input.angkaKredit !== null) {
    const d = parseDecimal(input.angkaKredit, ['angkaKredit']);
    if (d.ok) out.angkaKredit = d.value;
    else r.issues.push(...d.issues);
  } else delete out.angkaKredit;
  if (input.exams !== undefined) {
    const a = r.array(input.exams, ['exams']);
    if (a) out.exams = a.map((e, i) => r.code(e, ['exams', i], ANY));
  }
  return r.issues.length > 0 ? err(r.issues) : ok(out as EmployeeFacts);
}
