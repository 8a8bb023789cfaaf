import * as z from 'zod';
import { type Issue, issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { idSchema, isoDateSchema, labelSchema } from '../primitives';

/**
 * The promotion section (owned by `career`): an agency's own eligibility rules as data and,
 * optionally, its own promotion schedule. Rules are `all` / `any` / `not` over typed leaves, every
 * node with a stable id. The eligibility rule schema lives here because the ruleset embeds it; the
 * career module's `parseEligibilityRule` and `compileEligibilityRule` use the very same schema.
 */

/**
 * The leaf types of eligibility rules: the one list (the career module's `ELIGIBILITY_LEAF_TYPES` is this
 * same frozen array).
 *
 * @category Careers
 * @example
 * ```ts
 * ELIGIBILITY_LEAF_TYPES.includes('years-in-rank'); // true
 * ```
 */
export const ELIGIBILITY_LEAF_TYPES = Object.freeze([
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
] as const);

/**
 * A leaf type of {@link ELIGIBILITY_LEAF_TYPES}.
 *
 * @category Careers
 * @example
 * ```ts
 * const t: EligibilityLeafType = 'age';
 * ```
 */
export type EligibilityLeafType = (typeof ELIGIBILITY_LEAF_TYPES)[number];

/**
 * The predikat codes a predikat leaf may name in `atLeast`: the national codes of every regime
 * (the keys of the rating module's `PREDIKAT_RANK`, kept equal by a test).
 */
export const ELIGIBILITY_PREDIKAT_CODES = Object.freeze([
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'cukup',
  'kurang',
  'sangat-kurang',
  'buruk',
] as const);

/** The comparison operators of a `compare` leaf. */
export const COMPARE_OPS = Object.freeze(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'] as const);

const years = z.int().min(0).max(200).meta({ description: 'Whole years, 0 to 200.' });
const atLeast = z.enum(ELIGIBILITY_PREDIKAT_CODES).meta({ description: 'The lowest predikat that counts.' });
const positionSchema = z.strictObject({ kind: z.string().min(1), level: z.string().nullish() });

/** The params of each leaf type (every param optional unless the leaf cannot do without it). */
export const eligibilityLeafParamsSchemas = {
  'years-in-rank': z.strictObject({ years: years.optional() }),
  'years-in-jenjang': z.strictObject({ years: years.optional() }),
  experience: z.strictObject({ years: years.optional() }),
  age: z.strictObject({ min: years.optional(), max: years.optional() }),
  'predikat-last-n-years': z.strictObject({ years: years.optional(), atLeast: atLeast.optional() }),
  'predikat-last-year': z.strictObject({ atLeast: atLeast.optional() }),
  'no-running-sanction': z.strictObject({}),
  'education-cap': z.strictObject({}),
  'education-in': z.strictObject({ education: z.array(z.string()).optional() }),
  'exam-passed': z.strictObject({ exam: z.string().min(1).optional() }),
  'angka-kredit-reached': z.strictObject({ for: z.enum(['pangkat', 'jenjang']).optional() }),
  'prior-position': z.strictObject({
    years: years.optional(),
    positions: z.array(positionSchema).optional(),
  }),
  compare: z.strictObject({
    path: z.string().min(1),
    op: z.enum(COMPARE_OPS).optional(),
    value: z.json().optional(),
  }),
} as const satisfies Record<EligibilityLeafType, z.ZodType>;

type LeafParams = typeof eligibilityLeafParamsSchemas;

/** A value read-only all the way down (so `as const` data fits). */
type Frozen<T> = T extends readonly (infer E)[]
  ? readonly Frozen<E>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

/**
 * A leaf of an eligibility rule: its type and that type's params (inferred from the params
 * schemas).
 *
 * @category Careers
 * @example
 * ```ts
 * const leaf: EligibilityLeaf = { id: 'masa-kerja-pangkat', leaf: 'years-in-rank', params: { years: 4 } };
 * ```
 */
export type EligibilityLeaf = {
  [L in EligibilityLeafType]: {
    readonly id: string;
    readonly leaf: L;
    readonly params?: Frozen<z.output<LeafParams[L]>>;
  };
}[EligibilityLeafType];

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
 * @category Careers
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
  | EligibilityLeaf;

const NODE_KEYS = ['all', 'any', 'not', 'leaf'] as const;

/** A library issue carried through a zod refinement (its path is the refinement's). */
function carry(ctx: z.core.$RefinementCtx<unknown>, found: Issue, path: PropertyKey[], input: unknown): void {
  ctx.addIssue({ code: 'custom', message: found.message.en, input, path, params: { kinerja: found } });
}

/**
 * One node, recursively: the shape is checked by the object schema, "exactly one of" and the
 * leaf's params (typed per leaf type) by the refinement.
 */
const nodeSchema: z.ZodType<EligibilityRule> = z
  .strictObject({
    id: idSchema,
    get all() {
      return z.array(nodeSchema).min(1).optional();
    },
    get any() {
      return z.array(nodeSchema).min(1).optional();
    },
    get not() {
      return nodeSchema.optional();
    },
    leaf: z.enum(ELIGIBILITY_LEAF_TYPES).optional(),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "The leaf's params (see docs/careers.md, Leaves)." }),
  })
  // Exactly one of all, any, not, leaf (the title and description come from the format registry).
  .meta({ oneOf: NODE_KEYS.map((k) => ({ required: [k] })) })
  .superRefine((node, ctx) => {
    const present = NODE_KEYS.filter((k) => node[k] !== undefined);
    if (present.length !== 1) {
      carry(
        ctx,
        issue(commonMessages, 'input.invalid', [], { detail: 'exactly one of all, any, not, leaf' }),
        [],
        node,
      );
      return;
    }
    if (node.leaf === undefined) {
      if (node.params !== undefined)
        ctx.addIssue({ code: 'unrecognized_keys', keys: ['params'], input: node });
      return;
    }
    const r = eligibilityLeafParamsSchemas[node.leaf].safeParse(node.params ?? {}, { reportInput: true });
    if (r.success) {
      if (node.params !== undefined) node.params = r.data;
    } else for (const zi of r.error.issues) ctx.addIssue({ ...zi, path: ['params', ...zi.path] });
  }) as unknown as z.ZodType<EligibilityRule>;

/** Node ids are unique in a rule: a second use is an issue at its `id` (walked without recursion). */
function uniqueIds(rule: EligibilityRule, ctx: z.core.$RefinementCtx<EligibilityRule>): void {
  const seen = new Set<string>();
  const stack: Array<{ node: EligibilityRule; path: PropertyKey[] }> = [{ node: rule, path: [] }];
  const order: Array<{ node: EligibilityRule; path: PropertyKey[] }> = [];
  // Depth-first, in rule order (children pushed in reverse).
  while (stack.length > 0) {
    const frame = stack.pop() as { node: EligibilityRule; path: PropertyKey[] };
    order.push(frame);
    const n = frame.node;
    if ('all' in n || 'any' in n) {
      const key = 'all' in n ? 'all' : 'any';
      const list = (n as unknown as Record<typeof key, readonly EligibilityRule[]>)[key];
      for (let i = list.length - 1; i >= 0; i -= 1)
        stack.push({ node: list[i] as EligibilityRule, path: [...frame.path, key, i] });
    } else if ('not' in n) stack.push({ node: n.not, path: [...frame.path, 'not'] });
  }
  for (const { node, path } of order) {
    if (seen.has(node.id))
      carry(
        ctx,
        issue(commonMessages, 'input.invalid-value', [], { expected: 'an id used once in the rule' }),
        [...path, 'id'],
        node.id,
      );
    seen.add(node.id);
  }
}

/**
 * The eligibility rule as data: `all` / `any` / `not` over typed leaves, every node with an id
 * used once in the rule. The one schema of the format: `parseRuleset` reads `promotion.rules` with
 * it and `parseEligibilityRule` / `compileEligibilityRule` of the career module use it too.
 *
 * @category Careers
 * @example
 * ```ts
 * eligibilityRuleSchema.safeParse({ id: 'r', all: [{ id: 'a', leaf: 'age', params: { max: 56 } }] }).success; // true
 * eligibilityRuleSchema.safeParse({ id: 'r', all: [] }).success; // false (at least one node)
 * ```
 */
export const eligibilityRuleSchema: z.ZodType<EligibilityRule> = nodeSchema.superRefine(
  uniqueIds,
) as unknown as z.ZodType<EligibilityRule>;

/** One regime of a promotion schedule (the effective dates of kenaikan pangkat). */
export const scheduleRegimeSchema = z.strictObject({
  from: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  months: z.array(z.int().min(1).max(12)).min(1),
  day: z.int().min(1).max(28),
});

/** The promotion section. */
export const promotionSchema = z.strictObject({
  label: labelSchema.optional(),
  schedule: z
    .array(scheduleRegimeSchema)
    .optional()
    .meta({ description: 'The effective dates of promotion; the national schedule when absent.' }),
  rules: z
    .record(idSchema, eligibilityRuleSchema)
    .default({})
    .meta({ description: 'Eligibility rules by rule id (a built-in id here replaces the built-in rule).' }),
});

/** The fields of the promotion section. */
export const careerSection = {
  promotion: promotionSchema.optional(),
};
