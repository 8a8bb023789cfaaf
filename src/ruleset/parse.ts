import { err, fromZodIssues, type Issue, issue, KinerjaError, ok, type Result } from '../explain/index';
import { commonMessages } from '../explain/messages/common';
import { rulesetMessages } from '../explain/messages/ruleset';
import { PACK_IDS, PACK_SOURCES } from '../packs/index';
import { mergeOverride } from './merge';
import { RULESET_SCHEMA_VERSION, rulesetSchema } from './schema';
import type { Ruleset } from './types';
import { validateRuleset } from './validate';

/**
 * Options of {@link parseRuleset}.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const options: ParseRulesetOptions = { bases: { 'my-province': provinceRuleset } };
 * ```
 */
export interface ParseRulesetOptions {
  /**
   * Extra rulesets (file form) that `extends` may name besides the built-in packs, by id: e.g. a
   * provincial base that its agencies extend. A built-in pack id cannot be shadowed.
   */
  readonly bases?: Readonly<Record<string, unknown>>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fields that identify a ruleset and are therefore not inherited through `extends`. */
export const IDENTITY_FIELDS = ['id', 'version', 'effective', 'name', 'description'] as const;

/** Drops the fields that identify a ruleset (and its own `extends`) from an inherited layer. */
function inheritable(layer: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(layer)) {
    if (k !== 'extends' && k !== 'derivedFrom' && !(IDENTITY_FIELDS as readonly string[]).includes(k))
      out[k] = v;
  }
  return out;
}

/**
 * Resolves an `extends` chain into one document, or returns the issues (unknown base, cycle).
 * Returns the merged document and the chain of bases, nearest first.
 */
function resolveExtends(
  input: Record<string, unknown>,
  options: ParseRulesetOptions,
): Result<{ doc: Record<string, unknown>; chain: string[] }, Issue[]> {
  const chain: string[] = [];
  const layers: Record<string, unknown>[] = [];
  let current: Record<string, unknown> = input;
  while (typeof current.extends === 'string') {
    const id = current.extends;
    if (chain.includes(id)) {
      return err([
        issue(commonMessages, 'input.invalid', ['extends'], {
          detail: `cycle: ${[...chain, id].join(' → ')}`,
        }),
      ]);
    }
    chain.push(id);
    const base = (PACK_SOURCES as Readonly<Record<string, unknown>>)[id] ?? options.bases?.[id];
    if (!isRecord(base)) {
      const available = [...PACK_IDS, ...Object.keys(options.bases ?? {})].join(', ');
      return err([issue(rulesetMessages, 'ruleset.unknown-pack', ['extends'], { id, available })]);
    }
    layers.push(base);
    current = base;
  }
  if (chain.length === 0) return ok({ doc: input, chain });
  // Identity is never inherited: the extending ruleset names, versions and dates itself.
  let doc: unknown = inheritable(layers[layers.length - 1] ?? {});
  for (let i = layers.length - 2; i >= 0; i--) doc = mergeOverride(doc, inheritable(layers[i] ?? {}));
  const { extends: _extends, ...own } = input;
  doc = mergeOverride(doc, own);
  return ok({ doc: doc as Record<string, unknown>, chain });
}

/**
 * Validates a ruleset file (already parsed from JSON or YAML) and returns the ruleset or every
 * issue found, each with a path, a stable code and a message in Indonesian and English. A ruleset
 * with `extends` is merged onto the named pack first (see the override rules in docs/rulesets.md).
 *
 * @category Rulesets
 * @example
 * ```ts
 * import { parseRuleset } from 'kinerja';
 * const r = parseRuleset({ schemaVersion: 1, id: 'kab-contoh', version: 1, extends: 'permenpanrb-6-2022', effective: { from: '2025-01-01' } });
 * r.ok; // true
 * r.ok && r.value.final.method; // "matrix"
 * ```
 */
export function parseRuleset(input: unknown, options: ParseRulesetOptions = {}): Result<Ruleset, Issue[]> {
  try {
    return parseRulesetUnguarded(input, options);
  } catch (e) {
    // A value that throws when read (a getter, a proxy): an issue, never the caller's exception.
    return err([
      issue(commonMessages, 'input.invalid', [], { detail: e instanceof Error ? e.message : String(e) }),
    ]);
  }
}

function parseRulesetUnguarded(input: unknown, options: ParseRulesetOptions): Result<Ruleset, Issue[]> {
  if (!isRecord(input)) {
    return err([
      issue(commonMessages, 'input.invalid-type', [], {
        expected: 'object',
        received: Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input,
      }),
    ]);
  }
  if (input.schemaVersion !== undefined && input.schemaVersion !== RULESET_SCHEMA_VERSION) {
    return err([
      issue(rulesetMessages, 'ruleset.schema-version', ['schemaVersion'], {
        received: JSON.stringify(input.schemaVersion) ?? String(input.schemaVersion),
        expected: RULESET_SCHEMA_VERSION,
      }),
    ]);
  }
  const resolved = resolveExtends(input, options);
  if (!resolved.ok) return resolved;
  const parsed = rulesetSchema.safeParse(resolved.value.doc, { reportInput: true });
  if (!parsed.success) return err(fromZodIssues(parsed.error.issues));
  // The result is self-contained: `extends` is resolved, and the chain is kept in `derivedFrom`,
  // so parsing a parsed ruleset again gives the same ruleset.
  const { extends: _extends, ...data } = parsed.data;
  const ruleset: Ruleset =
    resolved.value.chain.length > 0 ? { ...data, derivedFrom: resolved.value.chain } : data;
  const issues = validateRuleset(ruleset);
  return issues.length > 0 ? err(issues) : ok(ruleset);
}

/**
 * Like {@link parseRuleset}, but returns the ruleset or throws one {@link KinerjaError} with every issue.
 *
 * @category Rulesets
 * @example
 * ```ts
 * const ruleset = assertRuleset(JSON.parse(text)); // throws KinerjaError on a bad file
 * ```
 */
export function assertRuleset(input: unknown, options: ParseRulesetOptions = {}): Ruleset {
  const r = parseRuleset(input, options);
  if (r.ok) return r.value;
  throw new KinerjaError(r.issues, 'ruleset');
}
