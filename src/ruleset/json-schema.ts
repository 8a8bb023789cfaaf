import * as z from 'zod';
import { rulesetSchema } from './schema';

/**
 * Where the JSON Schema of ruleset files is published (the package ships it as
 * `kinerja/schema/ruleset.schema.json`); ruleset files may point `$schema` at it or at a local copy.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const file = { $schema: RULESET_SCHEMA_ID, schemaVersion: 1, id: 'kab-x', version: 1, extends: 'permenpanrb-6-2022', effective: { from: '2025-01-01' } };
 * ```
 */
export const RULESET_SCHEMA_ID = 'https://unpkg.com/kinerja/schema/ruleset.schema.json';

type JsonObject = { [key: string]: unknown };

/** Drops every `required` list below the top level (an override may give any part of a section). */
function relaxed(node: unknown, top: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => relaxed(n, false));
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'required' && !top) continue;
    out[k] = relaxed(v, false);
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12) of ruleset files, for editors (`"$schema"` in a file) and other
 * validators. A file with `extends` only needs `schemaVersion`, `id`, `version` and `extends`; the
 * cross-field rules (weights summing to 100, band partitions, …) are checked by `parseRuleset` only.
 *
 * @category Rulesets
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('ruleset.schema.json', JSON.stringify(rulesetJsonSchema(), null, 2));
 * ```
 */
export function rulesetJsonSchema(): Record<string, unknown> {
  const full = z.toJSONSchema(rulesetSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonObject;
  // Recursive sections (eligibility rules) put their definitions at the root: keep them there.
  const { $schema, $defs, ...body } = full;
  const partial = relaxed(body, true) as JsonObject;
  partial.required = ['schemaVersion', 'id', 'version', 'extends'];
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: RULESET_SCHEMA_ID,
    ...($defs === undefined ? {} : { $defs }),
    title: 'kinerja ruleset',
    description: 'A performance-management ruleset for kinerja (see docs/rulesets.md).',
    if: { type: 'object', required: ['extends'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keywords
    then: partial,
    else: body,
  };
}
