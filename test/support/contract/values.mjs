/**
 * The contract test's argument stream: hostile values (wrong types, prototype keys, NaN,
 * ±Infinity, sparse and huge arrays, deep nesting) mixed with plausible domain values harvested
 * from the published fixtures and the library's own data, some broken in exactly one place. The
 * stream is seeded, so a failure names a reproducible call. Plain JavaScript: it runs in the
 * worker threads that attack the built package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded generator (mulberry32): the same seed gives the same calls. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string hash (FNV-1a), to give each export its own stream. */
export function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const labels = new WeakMap();
function labelled(value, label) {
  labels.set(value, label);
  return value;
}

function nest(depth, asArray) {
  let v = asArray ? [] : {};
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v, all: [v], value: v };
  return v;
}

function sparse() {
  const a = [];
  a[3] = 1;
  a[7] = 'x';
  return a;
}

/** Values no well-behaved function may crash on or pass through as numbers. */
export function hostileValues() {
  const protoKeys = JSON.parse(
    '{"__proto__": {"polluted": 1}, "constructor": 1, "toString": 1, "valueOf": 1}',
  );
  return [
    undefined,
    null,
    true,
    false,
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    -0,
    2 ** 53 + 2,
    1e9,
    '',
    'x',
    '1e400',
    '1e-400',
    'NaN',
    '-Infinity',
    '85.50',
    '2025-01-01',
    '2025-02-30',
    '9999-12-31',
    '__proto__',
    'constructor',
    'toString',
    10n,
    Symbol('s'),
    labelled([], '[]'),
    labelled(sparse(), '[sparse]'),
    labelled(new Array(100_000).fill(1), '[100000 × 1]'),
    labelled(
      Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, value: i })),
      '[100000 objects]',
    ),
    labelled({}, '{}'),
    labelled(Object.create(null), 'Object.create(null)'),
    labelled(protoKeys, '{__proto__,constructor,toString,valueOf}'),
    labelled({ toString: 1, valueOf: 2 }, '{toString:1,valueOf:2}'),
    labelled({ toString: () => '85' }, '{toString:()=>"85"}'),
    labelled(
      {
        get value() {
          return Number.NaN;
        },
      },
      '{get value(): NaN}',
    ),
    labelled(nest(10_000, true), '[nested 10000]'),
    labelled(nest(10_000, false), '{nested 10000}'),
    labelled(new Date(Number.NaN), 'Invalid Date'),
    labelled(new Date(0), 'new Date(0)'),
    labelled(new Map([['a', 1]]), 'Map'),
    labelled(() => 1, '() => 1'),
  ];
}

/** Every object and array inside the published fixtures and the golden case files. */
export function harvestFixtures(root, limit = 400) {
  const out = [];
  for (const dir of [join(root, '..', 'shared', 'fixtures'), join(root, 'test', 'golden')]) {
    let files = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const f of files.sort()) {
      const stack = [JSON.parse(readFileSync(join(dir, f), 'utf8'))];
      while (stack.length > 0) {
        const v = stack.pop();
        if (typeof v !== 'object' || v === null) continue;
        out.push(v);
        for (const c of Object.values(v)) stack.push(c);
      }
    }
  }
  const step = Math.max(1, Math.floor(out.length / limit));
  return out.filter((_, i) => i % step === 0);
}

/** A deep copy of `value` with one place (chosen by `next`) replaced by `replacement`. */
export function breakOnePlace(value, replacement, next) {
  const copy = structuredClone(value);
  const places = [];
  const stack = [copy];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    for (const [k, c] of Object.entries(v)) {
      places.push({ parent: v, key: Array.isArray(v) ? Number(k) : k });
      stack.push(c);
    }
  }
  if (places.length === 0) return copy;
  const at = places[Math.floor(next() * places.length)];
  at.parent[at.key] = replacement;
  return copy;
}

/** A short readable description of an argument (bounded in depth and width), for reports. */
export function describeValue(v, depth = 0) {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
    const l = labels.get(v);
    if (l) return l;
    if (typeof v === 'function') return 'function';
    if (depth >= 3) return Array.isArray(v) ? '[…]' : '{…}';
    if (Array.isArray(v)) {
      const items = v.slice(0, 6).map((x) => describeValue(x, depth + 1));
      return `[${items.join(',')}${v.length > 6 ? `,… ${v.length} items` : ''}]`;
    }
    let keys;
    try {
      keys = Object.keys(v);
    } catch {
      return Object.prototype.toString.call(v);
    }
    const parts = keys.slice(0, 6).map((k) => {
      let c;
      try {
        c = v[k];
      } catch {
        c = '(getter throws)';
      }
      return `${JSON.stringify(k)}:${describeValue(c, depth + 1)}`;
    });
    return `{${parts.join(',')}${keys.length > 6 ? ',…' : ''}}`;
  }
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  if (Object.is(v, -0)) return '-0';
  return String(v);
}
