/**
 * The deterministic generator of `kinerja demo`: example employees of the example agencies
 * (units, posts, jenjang and golongan, service dates, past predikat), their SKP indicators, and
 * for every review period the realisations and the self and supervisor ratings. Everything comes
 * from a seeded pseudo-random generator, so one seed always gives the same people and the same year.
 * Each employee has a stream of their own: the first employees of a larger run are those of a
 * smaller one.
 */

import { addDays } from '../../date/public';
import type { EvaluationInput, IndicatorInput, IsoDate, RaterRatings } from '../../index';
import {
  DEMO_AS_OF,
  DEMO_YEAR,
  type DemoAgency,
  type DemoIndicator,
  type DemoUnit,
  type PostKind,
} from './agencies';

/** A small, fast, seeded generator (mulberry32): numbers in [0, 1). */
export type Random = () => number;

/** A seeded generator. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a text (FNV-1a), to derive independent streams from one seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A normally distributed number (mean 0, deviation 1), Box–Muller. */
function normal(rng: Random): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** The rank ladder (golongan), lowest first. */
export const LADDER = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
const at = (g: string): number => LADDER.indexOf(g as (typeof LADDER)[number]);

/** Starting rank and the cap of kenaikan pangkat reguler for the educations the demo uses. */
const EDUCATION: Record<string, { start: string; cap: string }> = {
  slta: { start: 'II/a', cap: 'III/b' },
  d3: { start: 'II/c', cap: 'III/c' },
  s1: { start: 'III/a', cap: 'III/d' },
  s2: { start: 'III/b', cap: 'IV/a' },
};

/** The jenjang of a functional official by golongan (keahlian: S1 and up; keterampilan: D-III). */
function jenjangOf(golongan: string, keahlian: boolean): string {
  const i = at(golongan);
  if (keahlian) return i <= at('III/b') ? 'ahli-pertama' : i <= at('III/d') ? 'ahli-muda' : 'ahli-madya';
  return i <= at('II/d') ? 'terampil' : i <= at('III/b') ? 'mahir' : 'penyelia';
}

/** Golongan ranges of the jenjang (lowest, highest). */
const JENJANG_RANGE: Record<string, readonly [string, string]> = {
  terampil: ['II/b', 'II/d'],
  mahir: ['III/a', 'III/b'],
  penyelia: ['III/c', 'III/d'],
  'ahli-pertama': ['III/a', 'III/b'],
  'ahli-muda': ['III/c', 'III/d'],
  'ahli-madya': ['IV/a', 'IV/c'],
};

/** AK per kenaikan pangkat inside a jenjang (docs/regulations.md), for the opening balances. */
const AK_PER_PANGKAT: Record<string, number> = {
  terampil: 20,
  mahir: 50,
  penyelia: 100,
  'ahli-pertama': 50,
  'ahli-muda': 100,
  'ahli-madya': 150,
};

/** Employee facts (docs/careers.md) as the generator builds them. */
export interface DemoFacts {
  readonly birthDate: string;
  readonly serviceStart: string;
  readonly education: string;
  readonly rank: { readonly golongan: string; readonly since: string };
  readonly position: { readonly kind: PostKind; readonly level: string | null; readonly since: string };
  readonly performance: ReadonlyArray<{ readonly year: number; readonly predikat: string }>;
  readonly discipline: ReadonlyArray<{ readonly level: string; readonly from: string; readonly to: string }>;
  readonly exams: readonly string[];
}

/** One example employee. */
export interface DemoEmployee {
  /** An 18-digit NIP: birth date, service start (year and month), sex, sequence. */
  readonly id: string;
  readonly index: number;
  readonly agencyId: string;
  readonly unit: DemoUnit;
  /** Heads the unit (the unit's predikat becomes their hasil kerja rating). */
  readonly head: boolean;
  readonly supervisorId: string;
  readonly atasanId: string;
  readonly kind: PostKind;
  /** The functional post (jabatan fungsional), if any. */
  readonly post: string | null;
  readonly jenjang: string | null;
  /** AK already accumulated in the current jenjang before the demo year (integrasi), if functional. */
  readonly angkaKreditOpening: string | null;
  /** How well this person performs, about −1 … 1. */
  readonly talent: number;
  /** The seed of the employee's own stream. */
  readonly stream: number;
  readonly facts: DemoFacts;
}

/** The people of one agency, with the officials above the unit heads. */
export interface DemoPeople {
  readonly employees: readonly DemoEmployee[];
  /** The pengelola kinerja (HR) who opens the evaluations. */
  readonly hrId: string;
  /** The agency's secretary: pejabat penilai of the unit heads and atasan of everyone else. */
  readonly sekdaId: string;
  /** The head of the region: atasan of the unit heads. */
  readonly headId: string;
}

/** A plausible NIP for someone born on `birth` who entered service on `start`. */
function nip(birth: string, start: string, sex: number, seq: number): string {
  return `${birth.replaceAll('-', '')}${start.slice(0, 4)}${start.slice(5, 7)}${sex}${pad(seq % 1000, 3)}`;
}

function date(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A past predikat for a year, from the employee's talent. */
function pastPredikat(rng: Random, talent: number): string {
  const x = talent + 0.6 * normal(rng);
  return x > 1.1 ? 'sangat-baik' : x > -1.2 ? 'baik' : x > -1.8 ? 'butuh-perbaikan' : 'kurang';
}

/** Spreads `count` employees over the units by their shares (largest remainders), heads first. */
function unitSlots(units: readonly DemoUnit[], count: number): DemoUnit[] {
  const total = units.reduce((s, u) => s + u.share, 0);
  const exact = units.map((u) => (u.share * count) / total);
  const sizes = exact.map((x) => Math.floor(x));
  let left = count - sizes.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    sizes[i] = (sizes[i] ?? 0) + 1;
  }
  const slots: DemoUnit[] = [];
  units.forEach((u, i) => {
    for (let k = 0; k < (sizes[i] ?? 0); k++) slots.push(u);
  });
  return slots;
}

/** The employees of `agency`: `count` people (at least one per unit), reproducible from `seed`. */
export function generatePeople(agency: DemoAgency, count: number, seed: number): DemoPeople {
  const base = hash32(`${seed}:${agency.id}`);
  const officials = mulberry32(base);
  const official = (seq: number, born: number, started: number): string =>
    nip(
      date(born, 1 + Math.floor(officials() * 12), 1 + Math.floor(officials() * 28)),
      date(started, 3, 1),
      1,
      seq,
    );
  const headId = official(1, 1968, 1993);
  const sekdaId = official(2, 1970, 1995);
  const hrId = official(3, 1982, 2006);
  const asOfYear = Number(DEMO_AS_OF.slice(0, 4));
  const slots = unitSlots(agency.units, Math.max(count, agency.units.length));
  const ids = new Set<string>([headId, sekdaId, hrId]);
  const heads = new Map<string, string>();
  const employees: DemoEmployee[] = [];
  slots.forEach((unit, index) => {
    const stream = hash32(`${base}:${index}`);
    const rng = mulberry32(stream);
    const head = !heads.has(unit.id);
    const talent = clamp(normal(rng) * 0.6 + (head ? 0.3 : 0), -1.6, 1.6);
    // Post.
    let kind: PostKind = 'pelaksana';
    let post: string | null = null;
    if (head) kind = 'struktural';
    else if (unit.functional.length > 0 && rng() < 0.45) {
      kind = 'fungsional';
      post = pick(rng, unit.functional);
    }
    const education = head
      ? 's2'
      : kind === 'fungsional'
        ? rng() < 0.7
          ? rng() < 0.2
            ? 's2'
            : 's1'
          : 'd3'
        : pick(rng, ['slta', 'slta', 'd3', 's1', 's1', 's2']);
    const edu = EDUCATION[education] as { start: string; cap: string };
    // Service: heads longer.
    const startYear = head ? 1995 + Math.floor(rng() * 8) : 1994 + Math.floor(rng() * 28);
    const startMonth = rng() < 0.5 ? 1 : 3;
    const serviceStart = date(startYear, startMonth, 1);
    const birthDate = date(
      startYear - (20 + Math.floor(rng() * 9) + (education === 's2' ? 4 : education === 's1' ? 2 : 0)),
      1 + Math.floor(rng() * 12),
      1 + Math.floor(rng() * 28),
    );
    // Rank: a step every four years or so, within the education cap (heads: IV/a or IV/b).
    const years = asOfYear - startYear;
    const steps = Math.max(0, Math.floor((years - rng() * 3) / 4));
    let g = Math.min(at(edu.start) + steps, at(edu.cap));
    if (head) g = Math.max(g, at('IV/a'));
    let jenjang: string | null = null;
    if (kind === 'fungsional') {
      const keahlian = education !== 'd3';
      if (!keahlian) g = Math.max(g, at('II/b'));
      jenjang = jenjangOf(LADDER[g] as string, keahlian);
      const [lo, hi] = JENJANG_RANGE[jenjang] as readonly [string, string];
      g = clamp(g, at(lo), at(hi));
    }
    const golongan = LADDER[g] as string;
    // The rank's effective date: the last step's April or October, 0–5 years ago (not before service).
    const back = Math.floor(rng() * 6);
    const rankYear = Math.max(startYear + (g === at(edu.start) ? 0 : 1), asOfYear - 1 - back);
    const rankSince =
      g === at(edu.start) && !head
        ? serviceStart
        : date(Math.min(rankYear, asOfYear - 1), rng() < 0.5 ? 4 : 10, 1);
    const positionSince =
      kind === 'pelaksana'
        ? serviceStart
        : date(Math.max(startYear, asOfYear - 1 - Math.floor(rng() * 5)), 1, 2);
    const performance = [
      { year: DEMO_YEAR - 2, predikat: pastPredikat(rng, talent) },
      { year: DEMO_YEAR - 1, predikat: pastPredikat(rng, talent) },
    ];
    const discipline =
      rng() < 0.03
        ? [
            {
              level: pick(rng, ['ringan', 'sedang']),
              from: date(DEMO_YEAR, 6, 1),
              to: date(DEMO_YEAR + 1, 5, 31),
            },
          ]
        : [];
    const exams: string[] = [];
    if (kind === 'fungsional' && rng() < 0.5) exams.push('uji-kompetensi');
    let opening: string | null = null;
    if (jenjang !== null) {
      const per = AK_PER_PANGKAT[jenjang] as number;
      const [lo] = JENJANG_RANGE[jenjang] as readonly [string, string];
      // AK for the steps already taken inside the jenjang, plus part of the next one.
      const taken = g - at(lo);
      opening = String(taken * per + Math.floor(rng() * per * 0.9 * 4) / 4);
    }
    const sex = rng() < 0.5 ? 1 : 2;
    let seq = index + 4;
    let id = nip(birthDate, serviceStart, sex, seq);
    while (ids.has(id)) id = nip(birthDate, serviceStart, sex, ++seq);
    ids.add(id);
    if (head) heads.set(unit.id, id);
    employees.push({
      id,
      index,
      agencyId: agency.id,
      unit,
      head,
      supervisorId: head ? sekdaId : (heads.get(unit.id) as string),
      atasanId: head ? headId : sekdaId,
      kind,
      post,
      jenjang,
      angkaKreditOpening: opening,
      talent,
      stream,
      facts: {
        birthDate,
        serviceStart,
        education,
        rank: { golongan, since: rankSince },
        position: {
          kind,
          level: kind === 'struktural' ? 'administrator' : jenjang,
          since: positionSince,
        },
        performance,
        discipline,
        exams,
      },
    });
  });
  return { employees, hrId, sekdaId, headId };
}

/** A review period of the demo year. */
export interface DemoPeriod {
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Calendar months it covers. */
  readonly months: number;
}

const SCALE = ['di-bawah-ekspektasi', 'sesuai-ekspektasi', 'di-atas-ekspektasi'] as const;

/** Units judged better have, on the whole, people who perform better. */
const UNIT_EFFECT: Record<DemoUnit['predikat'], number> = {
  istimewa: 0.35,
  baik: 0,
  'butuh-perbaikan': -0.45,
  kurang: -0.35,
  'sangat-kurang': -0.6,
};

function level(x: number): number {
  return x > 0.8 ? 2 : x < -1.1 ? 0 : 1;
}

/** The employee's own rating beside the supervisor's: mostly the same, sometimes a step higher. */
function selfLevel(rng: Random, supervisor: number, optimism: number): number {
  const r = rng();
  if (r < optimism && supervisor < 2) return supervisor + 1;
  if (r > 0.995 && supervisor > 0) return supervisor - 1;
  return supervisor;
}

const REASONS = [
  'Anggaran kegiatan baru cair akhir periode',
  'Sebagian petugas cuti sakit',
  'Sistem aplikasi sempat tidak dapat diakses',
  'Jadwal bergeser karena bencana banjir',
  'Menunggu persetujuan dari instansi vertikal',
];

/** The generated realisations and ratings of one employee in one period: an evaluation input. */
export interface DemoPeriodInput {
  readonly input: EvaluationInput;
  /** The employee's self-assessment (ratings by item), as the lifecycle records it. */
  readonly self: Record<string, string | number>;
  /** The supervisor's assessment (ratings by item). */
  readonly supervisor: Record<string, string | number>;
}

/** The realisation of one indicator: around the target, better with talent. */
function realise(rng: Random, indicator: DemoIndicator, target: number, talent: number): number {
  const f = clamp(1 + 0.05 * talent + 0.08 * normal(rng), 0.5, 1.45);
  const raw = indicator.lowerIsBetter ? target / f : target * f;
  return Math.max(0, Math.round(raw));
}

/**
 * The evaluation input of `employee` in `period`: the SKP indicators with targets and realisations
 * (and a justification for most missed targets), and the self and supervisor ratings the agency's
 * ruleset asks for.
 */
export function periodInput(agency: DemoAgency, employee: DemoEmployee, period: DemoPeriod): DemoPeriodInput {
  const rng = mulberry32(hash32(`${employee.stream}:${period.index}`));
  const numeric = agency.assessment === 'scored';
  const direct = agency.assessment === 'rated-hasil-kerja';
  const talent = employee.talent + UNIT_EFFECT[employee.unit.predikat] + 0.25 * normal(rng);
  const indicators: IndicatorInput[] = [];
  const self: Record<string, string | number> = {};
  const supervisor: Record<string, string | number> = {};
  const ratings: Record<string, RaterRatings> = {};
  const rate = (id: string, sup: string | number, own: string | number): void => {
    supervisor[id] = sup;
    self[id] = own;
    ratings[id] = { self: own, supervisor: sup };
  };
  let capaianSum = 0;
  for (const indicator of employee.unit.indicators) {
    const target = indicator.monthlyTarget * (indicator.fixed ? 1 : period.months);
    const realisasi = realise(rng, indicator, target, talent);
    const ratio = indicator.lowerIsBetter ? (realisasi === 0 ? 1.2 : target / realisasi) : realisasi / target;
    capaianSum += ratio;
    // A rated RHK is below target when rated di bawah ekspektasi; a measured one when it falls short.
    const sup = numeric ? -1 : level((ratio - 1) * 5 + 1.2 * talent + agency.leniency + 0.4 * normal(rng));
    const missed = sup === 0 || (indicator.lowerIsBetter ? realisasi > target : realisasi < target);
    const justification = missed && rng() < 0.85 ? { justification: pick(rng, REASONS) } : {};
    if (numeric) {
      indicators.push({
        id: indicator.id,
        kind: agency.indicatorKind,
        direction: indicator.lowerIsBetter ? 'lower-is-better' : 'higher-is-better',
        target,
        realisasi,
        weight: indicator.weight ?? 0,
        ...justification,
      });
    } else {
      indicators.push({ id: indicator.id, kind: agency.indicatorKind, target, realisasi, ...justification });
      if (direct) {
        // The supervisor rates each RHK (of record, no self-rating); hasil kerja is rated directly.
        supervisor[indicator.id] = SCALE[sup] as string;
        ratings[indicator.id] = { supervisor: SCALE[sup] as string };
      } else rate(indicator.id, SCALE[sup] as string, SCALE[selfLevel(rng, sup, agency.optimism)] as string);
    }
  }
  if (numeric) {
    for (const item of agency.items) {
      const sup = Math.round(clamp(82 + 10 * talent + 40 * agency.leniency + 5 * normal(rng), 35, 100));
      const r = rng();
      const own =
        r < agency.optimism
          ? sup + 8 + Math.floor(rng() * 10)
          : r > 0.99
            ? sup - 12
            : sup + Math.floor(rng() * 7) - 3;
      rate(item, sup, Math.round(clamp(own, 0, 100)));
    }
  } else {
    if (direct) {
      const mean = capaianSum / employee.unit.indicators.length;
      const sup = level((mean - 1) * 7 + agency.leniency + 0.4 * talent + 0.4 * normal(rng));
      rate('hasil-kerja', SCALE[sup] as string, SCALE[selfLevel(rng, sup, agency.optimism)] as string);
    }
    for (const item of agency.items) {
      const sup = level(1.3 * talent + agency.leniency + 0.4 * normal(rng));
      rate(item, SCALE[sup] as string, SCALE[selfLevel(rng, sup, agency.optimism)] as string);
    }
  }
  const input: EvaluationInput = {
    employee: { id: employee.id, ...(employee.head && !numeric ? { unitHead: true } : {}) },
    period: { start: period.start, end: period.end },
    organisation: { predikat: employee.unit.predikat, unitId: employee.unit.id },
    indicators,
    ratings,
  };
  return { input, self, supervisor };
}

/** The lifecycle dates of a period: self-assessment, assessment, dialogue, finalisation. */
export function lifecycleDates(period: DemoPeriod): {
  open: IsoDate;
  self: IsoDate;
  assess: IsoDate;
  dialogue: IsoDate;
  finalise: IsoDate;
} {
  return {
    open: period.start,
    self: addDays(period.end, 3),
    assess: addDays(period.end, 6),
    dialogue: addDays(period.end, 9),
    finalise: addDays(period.end, 12),
  };
}
