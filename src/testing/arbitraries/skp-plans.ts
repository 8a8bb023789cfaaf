/**
 * SKP plans that `createSkpPlan` accepts: the opening fields, an actor allowed to create the plan
 * (the employee or the agency's pengelola kinerja) and the day, with the plan's content drawn from
 * a ruleset's indicator kinds (targets without realisations).
 */
import { addDays, addYears, assertIsoDate, type IsoDate } from '../../date/index';
import type { CreateSkpPlanInput } from '../../workflow/create-skp-plan';
import type { OpenOptions } from '../../workflow/open-evaluation';
import type { Actor } from '../../workflow/types';
import { evaluationArbitrary, type RulesetSource, resolveRuleset } from './evaluations';
import type { KinerjaFastCheck, KinerjaFastCheckArbitrary } from './fast-check';

/**
 * Options of {@link KinerjaArbitraries.skpPlan}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: SkpPlanArbitraryOptions = { ruleset: 'pp30-2019', by: 'employee', agencyId: 'kota-palu' };
 * ```
 */
export interface SkpPlanArbitraryOptions {
  /** The ruleset whose indicator kinds the plan's content lists (default `permenpanrb-6-2022`). */
  readonly ruleset?: RulesetSource;
  /** Who creates the plan: the employee or the pengelola kinerja (default: either). */
  readonly by?: 'employee' | 'pengelola-kinerja';
  /** The agency (default: one of the seed agencies). */
  readonly agencyId?: string;
}

/**
 * A generated SKP plan: the three arguments of `createSkpPlan`, which accepts them.
 *
 * @category Testing
 * @example
 * ```ts
 * const plan: GeneratedSkpPlan = {
 *   input: { id: 'skp-2026-E1', agencyId: 'kota-palu', unitId: 'dinkes', employeeId: 'E1', supervisorId: 'S1',
 *     period: { start: '2026-01-01', end: '2026-12-31' }, content: { indicators: [] } },
 *   actor: { id: 'E1' },
 *   options: { asOf: assertIsoDate('2026-01-05') },
 * };
 * createSkpPlan(plan.input, plan.actor, plan.options).ok; // true
 * ```
 */
export interface GeneratedSkpPlan {
  /** The plan: ids, period and content (`{ ruleset, indicators }`, plain JSON). */
  readonly input: CreateSkpPlanInput;
  /** The employee, or the agency's pengelola kinerja. */
  readonly actor: Actor;
  /** The day the plan is created. */
  readonly options: OpenOptions;
}

const AGENCIES = ['kota-pontianak', 'kab-serang', 'kota-manna', 'kota-palu', 'kec-amplas'];
const UNITS = ['dinkes', 'bkpsdm', 'dishub', 'setda', 'disdik'];
const NIPS = ['199001012015031001', '198512302010121002', '197803152005012003', '198807072012121004'];

/** Removes realisations (and justifications) from generated indicators: what a plan holds. */
function planned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(planned);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'realisasi' && k !== 'justification' && k !== 'maxAchievable')
      .map(([k, v]) => [k, planned(v)]),
  );
}

/** SKP plans `createSkpPlan` accepts. */
export function skpPlanArbitrary(
  fc: KinerjaFastCheck,
  options: SkpPlanArbitraryOptions = {},
): KinerjaFastCheckArbitrary<GeneratedSkpPlan> {
  const r = resolveRuleset(options.ruleset ?? 'permenpanrb-6-2022');
  const first = Number(r.effective.from.slice(0, 4));
  const last = r.effective.until === undefined ? first + 4 : Number(r.effective.until.slice(0, 4));
  const startMonth = r.calendar.yearStartMonth;
  const content = evaluationArbitrary(
    fc,
    { ok: true, value: r },
    {
      raters: false,
      justification: 'never',
      decimals: 'string',
    },
  ).map((e) => planned(e.indicators ?? []));
  return fc
    .tuple(
      options.agencyId === undefined ? fc.constantFrom(...AGENCIES) : fc.constant(options.agencyId),
      fc.constantFrom(...UNITS),
      fc.integer({ min: 0, max: NIPS.length - 1 }),
      fc.integer({ min: 1, max: NIPS.length - 1 }),
      fc.integer({ min: first, max: Math.max(first, last) }),
      fc.integer({ min: -45, max: 90 }),
      options.by === undefined ? fc.constantFrom('employee', 'pengelola-kinerja') : fc.constant(options.by),
      content,
    )
    .map(([agencyId, unitId, e, gap, year, day, by, indicators]) => {
      const employeeId = NIPS[e] as string;
      const supervisorId = NIPS[(e + gap) % NIPS.length] as string;
      const start: IsoDate = assertIsoDate(`${year}-${String(startMonth).padStart(2, '0')}-01`);
      const end = addDays(addYears(start, 1), -1);
      const actor: Actor =
        by === 'employee'
          ? { id: employeeId }
          : { id: `hr-${agencyId}`, roles: ['pengelola-kinerja'], agencyId };
      return {
        input: {
          id: `skp-${year}-${employeeId}`,
          agencyId,
          unitId,
          employeeId,
          supervisorId,
          period: { start, end },
          content: { ruleset: { id: r.id, version: r.version }, indicators },
        },
        actor,
        options: { asOf: addDays(start, day) },
      };
    });
}
