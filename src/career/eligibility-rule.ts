/**
 * The leaf types of eligibility rules (see {@link EligibilityRule}).
 *
 * @category Career
 * @example
 * ```ts
 * LEAF_TYPES.includes('years-in-rank'); // true
 * ```
 */
export const LEAF_TYPES = [
  'years-in-rank',
  'years-in-jenjang',
  'experience',
  'age',
  'predikat-last-n-years',
  'predikat-last-year',
  'no-running-sanction',
  'education-cap',
  'education-in',
  'exam-passed',
  'angka-kredit-reached',
  'prior-position',
  'compare',
] as const;

/**
 * A leaf type of {@link LEAF_TYPES}.
 *
 * @category Career
 * @example
 * ```ts
 * const t: LeafType = 'age';
 * ```
 */
export type LeafType = (typeof LEAF_TYPES)[number];

/**
 * An eligibility rule as data: `all` / `any` / `not` over typed leaves, every node with a stable
 * id. Leaf params: `years-in-rank`, `years-in-jenjang`, `experience` → `{ years }`; `age` →
 * `{ min?, max? }` (whole years at the date); `predikat-last-n-years` → `{ years, atLeast }`;
 * `predikat-last-year` → `{ atLeast }`; `no-running-sanction`, `education-cap` → `{}`;
 * `education-in` → `{ education: [codes] }`; `exam-passed` → `{ exam }` (`"ujian-dinas"` applies
 * the ujian dinas rule of the rank ladder); `angka-kredit-reached` → `{ for: "pangkat" | "jenjang" }`;
 * `prior-position` → `{ years, positions: [{ kind, level? }] }`; `compare` → `{ path, op, value }`
 * with op `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`.
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
export type EligibilityRule =
  | { readonly id: string; readonly all: readonly EligibilityRule[] }
  | { readonly id: string; readonly any: readonly EligibilityRule[] }
  | { readonly id: string; readonly not: EligibilityRule }
  | { readonly id: string; readonly leaf: LeafType; readonly params?: Readonly<Record<string, unknown>> };
