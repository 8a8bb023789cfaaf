/**
 * One attack, in its own worker thread with a memory limit, so that an export that loops or
 * exhausts memory is reported with the call that did it instead of taking the test run down.
 * It imports the BUILT entry points (what users install), builds the argument stream and posts
 * each call's description before making it, then the violations found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCall } from './check.mjs';
import { breakOnePlace, describeValue, harvestFixtures, hash, hostileValues, rng } from './values.mjs';

const { root, entries, target, policy, passThrough, isClass, seed, calls } = workerData;

const modules = new Map();
for (const e of entries) modules.set(e.specifier, await import(e.file));
const KinerjaError = modules.get(entries[0].specifier).KinerjaError;
const isLibraryError = (e) => e instanceof KinerjaError;

function plausibleValues() {
  const out = harvestFixtures(root);
  const strings = new Set();
  const exported = [...modules.values()].flatMap((m) => Object.entries(m));
  for (const [, v] of exported) {
    if (typeof v === 'function') continue;
    out.push(v);
    if (Array.isArray(v)) for (const s of v) if (typeof s === 'string') strings.add(s);
  }
  for (const s of strings) out.push(s);
  for (const [name, fn] of exported) {
    if (typeof fn !== 'function' || !/^compile[A-Z]/.test(name)) continue;
    for (const s of strings) {
      try {
        const r = fn(s);
        if (r && typeof r === 'object') out.push('ok' in r ? (r.ok ? r.value : undefined) : r);
      } catch {
        // judged by compile*'s own attack; here it only seeds the stream
      }
    }
  }
  out.push(
    { asOf: '2025-06-30' },
    { locale: 'id' },
    { locale: 'en' },
    { months: 12 },
    { ruleset: 'pp46-2011' },
    { actor: 'hr', at: '2025-02-01' },
    { scale: 2, mode: 'half-up' },
  );
  return out.filter((v) => v !== undefined);
}

function resolveTarget() {
  const value = modules.get(target.specifier)[target.name];
  if (target.memoryStore) {
    const store = value();
    return store[target.member].bind(store);
  }
  if (target.member) return value[target.member].bind(value);
  return value;
}

const hostile = hostileValues();
const plausible = plausibleValues();
const fn = resolveTarget();
const next = rng(seed ^ hash(`${target.specifier} ${target.name}.${target.member ?? ''}`));
const pick = (xs) => xs[Math.floor(next() * xs.length)];
const one = () => {
  const r = next();
  if (r < 0.4) return pick(hostile);
  if (r < 0.75) return pick(plausible);
  try {
    return breakOnePlace(pick(plausible), pick(hostile), next);
  } catch {
    return pick(plausible); // holds a function: not cloneable
  }
};
const arity = Math.max(fn.length, 1);
const lists = [[], Array.from({ length: arity }, () => undefined)];
while (lists.length < calls) lists.push(Array.from({ length: Math.floor(next() * (arity + 2)) }, one));

const found = new Map();
for (const args of lists) {
  const described = `(${args.map((a) => describeValue(a)).join(', ')})`;
  parentPort.postMessage({ type: 'call', args: described });
  const violations = await checkCall(fn, args, policy, isLibraryError, isClass);
  for (const v of violations) {
    if (passThrough && !v.startsWith('throws') && !v.startsWith('never')) continue; // ok/err wrap the caller's value as it is
    const kind = v.replace(/\s*\(.*$/, '');
    const seen = found.get(kind);
    if (seen) seen.count++;
    else found.set(kind, { count: 1, example: `${v} ← ${described}` });
  }
}
parentPort.postMessage({
  type: 'done',
  violations: [...found.entries()].map(([kind, { count, example }]) => `${kind} ×${count}; e.g. ${example}`),
});
