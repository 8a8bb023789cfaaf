import { compare, parseDecimal } from '../../decimal/index';

/**
 * The comparison rules of policy cases (docs/testing-policies.md): decimal values compare by numeric value
 * ("85.5" equals "85.50") when both sides are decimal strings or numbers; arrays of ids (strings)
 * compare as sets; anything else by JSON equality (objects key by key, in any key order, with the
 * same rules inside). A path missing from the result is `undefined`, which equals nothing.
 */

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The canonical decimal of a decimal string or an exact number; undefined for anything else. */
function asDecimal(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const r = parseDecimal(v);
  return r.ok ? r.value : undefined;
}

/** Whether `actual` matches `expected` under the case comparison rules. */
export function matches(expected: unknown, actual: unknown): boolean {
  if (expected === undefined || actual === undefined) return false;
  const de = asDecimal(expected);
  const da = de === undefined ? undefined : asDecimal(actual);
  if (de !== undefined && da !== undefined) return compare(de, da) === 0;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const ids = (xs: readonly unknown[]) => xs.every((x) => typeof x === 'string');
    if (ids(expected) && ids(actual)) {
      const a = new Set(actual as string[]);
      const e = new Set(expected as string[]);
      return a.size === e.size && [...e].every((x) => a.has(x));
    }
    return expected.length === actual.length && expected.every((x, i) => matches(x, actual[i]));
  }
  if (isRecord(expected) && isRecord(actual)) {
    const ek = Object.keys(expected).filter((k) => expected[k] !== undefined);
    const ak = Object.keys(actual).filter((k) => actual[k] !== undefined);
    return (
      ek.length === ak.length && ek.every((k) => Object.hasOwn(actual, k) && matches(expected[k], actual[k]))
    );
  }
  return expected === actual;
}

/**
 * The value at a dot path (`components.skp.score`, `indicators.k-1.aspects.waktu`): split on `.`
 * only, so ids may contain `-`; a numeric part indexes an array. Undefined when any part is missing.
 */
export function valueAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(part)) return undefined;
      cur = cur[Number(part)];
    } else if (isRecord(cur) && Object.hasOwn(cur, part)) cur = cur[part];
    else return undefined;
  }
  return cur;
}

const MAX_SHOWN = 200;

/** Shows a value in a failure line: JSON, `(missing)` for undefined, shortened when long. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(missing)';
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
