/**
 * Freezes `value` and everything reachable from it (own enumerable properties), without recursion,
 * and returns it. Used for every object the library exports or hands out (packs, tables, compiled
 * forms), so no caller can change what another caller reads.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const stack: object[] = [value as object];
  while (stack.length > 0) {
    const v = stack.pop() as object;
    if (Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Object.keys(v)) {
      const c = (v as Record<string, unknown>)[k];
      if (typeof c === 'object' && c !== null && !Object.isFrozen(c)) stack.push(c);
      else if (typeof c === 'function' && !Object.isFrozen(c)) stack.push(c);
    }
  }
  return value;
}
