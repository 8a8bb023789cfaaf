import type * as z from 'zod';
import type { rulesetSchema } from './schema';

/**
 * A validated ruleset: what {@link parseRuleset} returns. Decimals are `DecimalString`, dates `IsoDate`,
 * and every defaulted field is filled in.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const r: Ruleset = assertRuleset(getPack('permenpanrb-6-2022'));
 * r.final.method; // "matrix"
 * ```
 */
export type Ruleset = z.output<typeof rulesetSchema>;

/**
 * A ruleset file as written by hand (numbers or decimal strings, defaults omitted).
 *
 * @category Rulesets
 * @example
 * ```ts
 * const input: RulesetInput = { schemaVersion: 1, id: 'my-agency', version: 1, extends: 'permenpanrb-6-2022', effective: { from: '2025-01-01' } } as RulesetInput;
 * ```
 */
export type RulesetInput = z.input<typeof rulesetSchema>;
