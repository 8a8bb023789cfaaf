import {
  ELIGIBILITY_LEAF_TYPES,
  type EligibilityLeafType,
  type EligibilityRuleNode,
} from '../ruleset/sections/career';

/**
 * The leaf types of eligibility rules (see {@link EligibilityRule}): the same frozen array as the
 * ruleset module's `ELIGIBILITY_LEAF_TYPES` (one list, two names until issue 13 settles the name).
 *
 * @category Career
 * @example
 * ```ts
 * LEAF_TYPES.includes('years-in-rank'); // true
 * ```
 */
export const LEAF_TYPES: typeof ELIGIBILITY_LEAF_TYPES = ELIGIBILITY_LEAF_TYPES;

/**
 * A leaf type of {@link LEAF_TYPES}.
 *
 * @category Career
 * @example
 * ```ts
 * const t: LeafType = 'age';
 * ```
 */
export type LeafType = EligibilityLeafType;

/**
 * An eligibility rule as data (the type of `eligibilityRuleSchema`): `all` / `any` / `not` over
 * typed leaves, every node with an id used once in the rule. Leaf params: `years-in-rank`,
 * `years-in-jenjang`, `experience` → `{ years? }`; `age` → `{ min?, max? }` (whole years at the
 * date); `predikat-last-n-years` → `{ years?, atLeast? }`; `predikat-last-year` → `{ atLeast? }`;
 * `no-running-sanction`, `education-cap` → `{}`; `education-in` → `{ education: [codes] }`;
 * `exam-passed` → `{ exam }` (`"ujian-dinas"` applies the ujian dinas rule of the rank ladder);
 * `angka-kredit-reached` → `{ for: "pangkat" | "jenjang" }`; `prior-position` →
 * `{ years, positions: [{ kind, level? }] }`; `compare` → `{ path, op?, value? }` with op `eq`,
 * `ne`, `gt`, `gte`, `lt`, `lte`, `in`. Years are whole numbers from 0 to 200.
 *
 * @category Career
 * @example
 * ```ts
 * const rule: EligibilityRule = {
 *   id: 'contoh',
 *   all: [
 *     { id: 'masa-kerja-pangkat', leaf: 'years-in-rank', params: { years: 4 } },
 *     { id: 'bebas-hukuman-disiplin', leaf: 'no-running-sanction', params: {} },
 *   ],
 * };
 * ```
 */
export type EligibilityRule = EligibilityRuleNode;
