/**
 * The override semantics of `extends` (documented in docs/rulesets.md):
 * - objects merge key by key, recursively; a key set to `null` is removed;
 * - an object carrying `"$replace": true` replaces the inherited value whole (the marker is dropped);
 * - arrays whose elements all carry a string `id` merge by id: an element with a known id is merged
 *   into the inherited one in place, `"$remove": true` deletes it, new ids are appended in order;
 * - every other value (scalars, other arrays) replaces the inherited value.
 */

type Json = unknown;

function isPlainObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIdArray(v: Json): v is Array<Record<string, Json> & { id: string }> {
  return Array.isArray(v) && v.every((e) => isPlainObject(e) && typeof e.id === 'string');
}

function stripMarkers(v: Json): Json {
  if (Array.isArray(v)) return v.map(stripMarkers);
  if (!isPlainObject(v)) return v;
  const out: Record<string, Json> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '$replace' || k === '$remove') continue;
    if (x === null) continue;
    out[k] = stripMarkers(x);
  }
  return out;
}

/**
 * Merges `override` onto `base` with the semantics above. Neither argument is modified.
 *
 * @example
 * ```ts
 * mergeOverride({ a: 1, b: { c: 2 } }, { b: { d: 3 } }); // { a: 1, b: { c: 2, d: 3 } }
 * ```
 */
export function mergeOverride(base: Json, override: Json): Json {
  if (isPlainObject(override) && override.$replace === true) return stripMarkers(override);
  if (isPlainObject(base) && isPlainObject(override)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(override)) {
      if (v === null) delete out[k];
      else out[k] = k in base ? mergeOverride(base[k], v) : stripMarkers(v);
    }
    return out;
  }
  if (isIdArray(base) && isIdArray(override) && override.length > 0) {
    const out: Json[] = base.map((e) => e);
    const index = new Map(base.map((e, i) => [e.id, i]));
    for (const e of override) {
      const at = index.get(e.id);
      if (at === undefined) {
        if (e.$remove !== true) out.push(stripMarkers(e));
      } else if (e.$remove === true) {
        out[at] = undefined;
      } else {
        out[at] = mergeOverride(out[at], e);
      }
    }
    return out.filter((e) => e !== undefined);
  }
  return stripMarkers(override);
}
