/**
 * Employee facts (docs/testing-policies.md) that `parseEmployeeFacts` and
 * therefore `evaluateEligibility` accept, and that hang together: service starts after the 18th
 * birthday, the rank lies between the diploma's starting rank and its cap, past positions precede
 * the current one, every date lies before the day the facts are known.
 */
import type { EmployeeFacts } from '../../career/index';
import {
  addDays,
  addYears,
  assertIsoDate,
  daysBetween,
  type IsoDate,
  maxDate,
  minDate,
} from '../../date/index';
import type { DecimalString } from '../../decimal/index';
import { EDUCATION_CAP, RANK_LADDER, STARTING_RANK } from '../../packs/promotion';
import { scaled } from './decimals';
import { CROSS, type KinerjaFastCheck, type KinerjaFastCheckArbitrary, optional } from './fast-check';

/**
 * Options of {@link KinerjaArbitraries.employeeFacts}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: EmployeeFactsArbitraryOptions = { asOf: '2026-04-01', complete: true };
 * ```
 */
export interface EmployeeFactsArbitraryOptions {
  /** The day the facts are known: every date lies on or before it (default `2026-01-01`). */
  readonly asOf?: string;
  /** Give every fact (default `false`: each is sometimes left out, as real records are). */
  readonly complete?: boolean;
}

const EDUCATION = Object.keys(EDUCATION_CAP) as Array<keyof typeof EDUCATION_CAP>;
const LADDER: readonly string[] = RANK_LADDER.map((r) => r.golongan);
const LEVELS: Readonly<Record<string, readonly (string | null)[]>> = {
  pelaksana: [null],
  fungsional: [
    'pemula',
    'terampil',
    'mahir',
    'penyelia',
    'ahli-pertama',
    'ahli-muda',
    'ahli-madya',
    'ahli-utama',
  ],
  struktural: ['pengawas', 'administrator'],
  jpt: ['jpt-pratama', 'jpt-madya', 'jpt-utama'],
};
const KINDS = Object.keys(LEVELS);
const PREDIKAT = ['sangat-baik', 'baik', 'baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'];
const EXAMS = ['ujian-dinas-tingkat-i', 'ujian-dinas-tingkat-ii', 'uji-kompetensi'];

/** A day between `from` and `to` (inclusive), `permille` of the way. */
function along(from: IsoDate, to: IsoDate, permille: number): IsoDate {
  const days = Math.max(0, daysBetween(from, to));
  return addDays(from, Math.floor((days * permille) / 1000));
}

/** Employee facts that `parseEmployeeFacts` accepts. */
export function employeeFactsArbitrary(
  fc: KinerjaFastCheck,
  options: EmployeeFactsArbitraryOptions = {},
): KinerjaFastCheckArbitrary<EmployeeFacts> {
  const asOf = assertIsoDate(options.asOf ?? '2026-01-01');
  const year = Number(asOf.slice(0, 4));
  const permille = fc.integer({ min: 0, max: 1000 });
  const keep = options.complete ? fc.constant(true) : fc.oneof(CROSS, fc.constant(true), fc.boolean());
  const position = fc.tuple(fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 7 }), permille);
  const past = fc.tuple(
    fc.constantFrom(...KINDS),
    fc.integer({ min: 0, max: 7 }),
    fc.integer({ min: 60, max: 1500 }),
  );
  return fc
    .tuple(
      fc.tuple(fc.integer({ min: 20, max: 58 }), fc.integer({ min: 0, max: 364 })),
      fc.tuple(fc.integer({ min: 18, max: 35 }), fc.integer({ min: 0, max: 364 })),
      fc.constantFrom(...EDUCATION),
      fc.tuple(fc.integer({ min: 0, max: 16 }), permille),
      position,
      fc.array(past, { minLength: 0, maxLength: 3 }),
      fc.tuple(
        fc.integer({ min: 0, max: 8 }),
        fc.array(fc.constantFrom(...PREDIKAT), { minLength: 8, maxLength: 8 }),
      ),
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 1500 }),
          fc.integer({ min: 0, max: 730 }),
          fc.constantFrom('ringan', 'sedang', 'berat'),
        ),
        {
          minLength: 0,
          maxLength: 2,
        },
      ),
      optional(fc, fc.integer({ min: 0, max: 1_000_000 })),
      fc.tuple(...EXAMS.map(() => fc.boolean())),
      fc.tuple(...Array.from({ length: 10 }, () => keep)),
    )
    .map(
      ([
        [age, dayOfYear],
        [serviceAge, serviceDay],
        education,
        [step, rankAt],
        [kind, lvl, since],
        history,
        [years, predikat],
        discipline,
        ak,
        exams,
        kept,
      ]) => {
        const birthDate = addDays(addYears(asOf, -age), -dayOfYear);
        const serviceStart = minDate(
          addDays(addYears(birthDate, serviceAge), serviceDay),
          addDays(asOf, -30),
        );
        const lo = LADDER.indexOf(STARTING_RANK[education]);
        const hi = LADDER.indexOf(EDUCATION_CAP[education]);
        const golongan = LADDER[lo + (step % (hi - lo + 1))] as string;
        const levels = LEVELS[kind] as readonly (string | null)[];
        const positionSince = along(serviceStart, asOf, since);
        // Past positions, latest first, each ending the day before the next one starts.
        const positionHistory: Array<{ kind: string; level: string | null; from: IsoDate; to: IsoDate }> = [];
        let next = positionSince;
        for (const [k, l, length] of history) {
          const to = addDays(next, -1);
          const from = maxDate(addDays(to, -length), serviceStart);
          if (to < from) break;
          const ls = LEVELS[k] as readonly (string | null)[];
          positionHistory.push({ kind: k, level: ls[l % ls.length] ?? null, from, to });
          next = from;
        }
        const facts: Record<string, unknown> = {};
        const put = (i: number, key: string, value: unknown): void => {
          if (kept[i] && value !== undefined) facts[key] = value;
        };
        put(0, 'birthDate', birthDate);
        put(1, 'serviceStart', serviceStart);
        put(2, 'education', education);
        put(3, 'rank', { golongan, since: along(serviceStart, asOf, rankAt) });
        put(4, 'position', { kind, level: levels[lvl % levels.length] ?? null, since: positionSince });
        put(5, 'positionHistory', positionHistory.reverse());
        put(
          6,
          'performance',
          Array.from({ length: years }, (_, i) => ({
            year: year - years + i,
            predikat: predikat[i] as string,
          })),
        );
        put(
          7,
          'discipline',
          discipline.map(([back, length, level]) => {
            const from = addDays(asOf, -back);
            return { level, from, to: addDays(from, length) };
          }),
        );
        put(8, 'angkaKredit', ak === undefined ? undefined : (scaled(ak, 3) as DecimalString));
        put(
          9,
          'exams',
          EXAMS.filter((_, i) => exams[i]),
        );
        return facts as EmployeeFacts;
      },
    );
}
