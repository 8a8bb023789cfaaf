/**
 * The value at a dot path in employee facts (`sertifikat.pbj`), or undefined when a step is
 * missing or not an object. Own properties only: `toString`, `__proto__` and friends are never
 * reached through the prototype. Shared by `compare` leaves and the `fact` measure of rankings.
 *
 * @internal
 */
export function valueAtPath(facts: unknown, path: string): unknown {
  let cur: unknown = facts;
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}
