import * as z from 'zod';
import { rulesetSchema } from './schema';

/** Where the package's JSON Schemas are published: `<base><name>.schema.json` (the package's `schema/`). */
const SCHEMA_BASE = 'https://unpkg.com/kinerja/schema/';

/**
 * The `$id` of the JSON Schema of the data format `name`: the address the package ships it at
 * (`kinerja/schema/<name>.schema.json`).
 */
export function schemaIdOf(name: string): string {
  return `${SCHEMA_BASE}${name}.schema.json`;
}

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
export const RULESET_SCHEMA_ID = schemaIdOf('ruleset');

type JsonObject = { [key: string]: unknown };

/** How one data format becomes a JSON Schema document (see {@link jsonSchemaDocument}). */
export interface JsonSchemaSpec {
  /** The format's name: the `$id` is {@link schemaIdOf}(name). */
  readonly name: string;
  /** The document's `title`. */
  readonly title: string;
  /** The document's `description`. */
  readonly description: string;
  /**
   * Reshapes the converted body (everything but `$schema`, `$id`, `$defs`, `title` and
   * `description`), for what zod cannot say (the ruleset's partial files with `extends`).
   */
  readonly shape?: (body: JsonObject) => JsonObject;
}

/**
 * The JSON Schema (draft 2020-12) of a data format from its one zod schema, as input (what a file
 * may hold, before defaults and transforms): `$schema`, `$id`, `$defs` (recursive parts, kept at
 * the root), `title`, `description`, then the body. A fresh object on every call.
 */
export function jsonSchemaDocument(schema: z.ZodType, spec: JsonSchemaSpec): Record<string, unknown> {
  const full = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonObject;
  // The schema's own title and description (zod metadata) give way to the format's.
  const { $schema, $defs, title: _title, description: _description, ...body } = full;
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaIdOf(spec.name),
    ...($defs === undefined ? {} : { $defs }),
    title: spec.title,
    description: spec.description,
    ...(spec.shape ? spec.shape(body) : body),
  };
}

const NULL_SCHEMA = { type: 'null' };

/** A schema that also accepts `null` (an override removes the inherited key with it). */
function orNull(node: unknown): unknown {
  return typeof node === 'object' && node !== null ? { anyOf: [node, NULL_SCHEMA] } : node;
}

/**
 * The schema of an override (a file with `extends`, merged onto its pack as docs/rulesets.md says):
 * below the top level nothing is required and a union matches by any branch (a part may leave out
 * what tells the branches apart); every key may be `null` (removes it); every object may carry
 * `"$replace": true` (replaces the inherited value whole) and, in an array of ids, `"$remove": true`.
 */
function relaxed(node: unknown, top: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => relaxed(n, false));
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'required' && !top) continue;
    if (k === 'properties' && typeof v === 'object' && v !== null) {
      const props: JsonObject = {};
      for (const [name, p] of Object.entries(v)) props[name] = orNull(relaxed(p, false));
      if (!top) Object.assign(props, { $replace: { type: 'boolean' }, $remove: { type: 'boolean' } });
      out[k] = props;
    } else if (k === 'additionalProperties' && typeof v === 'object' && v !== null) {
      out[k] = orNull(relaxed(v, false));
    } else {
      out[k === 'oneOf' ? 'anyOf' : k] = relaxed(v, false);
    }
  }
  return out;
}

/**
 * The ruleset's JSON Schema body: a file with `extends` only needs `schemaVersion`, `id`, `version`
 * and `extends` (every other part is an override), a file without it is checked in full.
 */
function rulesetShape(body: JsonObject): JsonObject {
  const partial = relaxed(body, true) as JsonObject;
  partial.required = ['schemaVersion', 'id', 'version', 'extends'];
  return {
    if: { type: 'object', required: ['extends'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keywords
    then: partial,
    else: body,
  };
}

/** The ruleset file format as the format registry (src/formats) and {@link rulesetJsonSchema} use it. */
export const RULESET_JSON_SCHEMA: JsonSchemaSpec = Object.freeze({
  name: 'ruleset',
  title: 'kinerja ruleset',
  description: 'A performance-management ruleset for kinerja (see docs/rulesets.md).',
  shape: rulesetShape,
});

/**
 * The JSON Schema (draft 2020-12) of ruleset files, for editors (`"$schema"` in a file) and other
 * validators. A file with `extends` only needs `schemaVersion`, `id`, `version` and `extends`; the
 * cross-field rules (weights summing to 100, band partitions, …) are checked by `parseRuleset` only.
 * The same document as `formatJsonSchema('ruleset')`.
 *
 * @category Rulesets
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('ruleset.schema.json', JSON.stringify(rulesetJsonSchema(), null, 2));
 * ```
 */
export function rulesetJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(rulesetSchema, RULESET_JSON_SCHEMA);
}
