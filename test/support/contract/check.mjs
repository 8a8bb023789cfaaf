/**
 * What the contract test asks of one call: it throws nothing but the library's own errors (and
 * only where the policy allows a throw at all: 'never' or 'library-error'), a promise settles, an
 * async iterable iterates, a failed Result carries well-formed issues, and no successful value
 * holds NaN or ±Infinity. Plain JavaScript: it runs in the attacking worker threads.
 */

const TIMEOUT_MS = 3_000;
const MAX_NODES = 200_000;

class HungError extends Error {}

function timeout(p, what) {
  let timer;
  return Promise.race([
    Promise.resolve(p).finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new HungError(what)), TIMEOUT_MS);
    }),
  ]);
}

function errorName(e) {
  if (e instanceof Error) return e.constructor?.name || e.name || 'Error';
  return `non-error ${typeof e}`;
}

/** The first non-finite number in a value, as a path, or undefined. */
export function findNonFinite(value) {
  const stack = [{ v: value, path: '' }];
  const seen = new Set();
  let nodes = 0;
  while (stack.length > 0 && nodes++ < MAX_NODES) {
    const { v, path } = stack.pop();
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${path || '(root)'} = ${v}`;
      continue;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) {
      for (const [k, c] of v) stack.push({ v: c, path: `${path}.get(${String(k)})` });
      continue;
    }
    let keys;
    try {
      keys = Object.keys(v);
    } catch {
      continue;
    }
    for (const k of keys) {
      let c;
      try {
        c = v[k];
      } catch {
        continue;
      }
      stack.push({ v: c, path: `${path}.${k}` });
    }
  }
  return undefined;
}

function issueProblem(issues) {
  if (!Array.isArray(issues) || issues.length === 0) return 'failed Result without issues';
  for (const i of issues) {
    if (typeof i !== 'object' || i === null) return 'issue is not an object';
    if (!Array.isArray(i.path)) return 'issue without a path';
    if (typeof i.code !== 'string' || i.code === '') return 'issue without a code';
    if (typeof i.message?.id !== 'string' || typeof i.message?.en !== 'string')
      return 'issue without id/en message';
  }
  return undefined;
}

function inspectValue(value, out) {
  if (typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean') {
    if (value.ok === false) {
      const p = issueProblem(value.issues);
      if (p) out.push(p);
      return;
    }
    const bad = findNonFinite(value.value);
    if (bad) out.push(`non-finite number in a successful result (${bad})`);
    return;
  }
  const bad = findNonFinite(value);
  if (bad) out.push(`non-finite number in the returned value (${bad})`);
}

function thrown(e, policy, isLibraryError, out) {
  if (e instanceof HungError) out.push('never settles');
  else if (!isLibraryError(e)) out.push(`throws ${errorName(e)} (${String(e?.message ?? e).slice(0, 100)})`);
  else if (policy === 'never') out.push(`throws ${errorName(e)} although documented to return`);
}

/** Calls `fn` with `args` (as a constructor for classes) and returns every violation. */
export async function checkCall(fn, args, policy, isLibraryError, isClass) {
  const out = [];
  let value;
  try {
    value = isClass ? Reflect.construct(fn, args) : fn(...args);
  } catch (e) {
    thrown(e, policy, isLibraryError, out);
    return out;
  }
  if (isClass) return out;
  try {
    if (typeof value === 'object' && value !== null && typeof value.then === 'function') {
      value = await timeout(value, 'promise');
    }
    if (typeof value === 'object' && value !== null && Symbol.asyncIterator in value) {
      const it = value[Symbol.asyncIterator]();
      for (let i = 0; i < 5; i++) {
        const step = await timeout(it.next(), 'iteration');
        if (step.done) break;
        inspectValue(step.value, out);
      }
      await it.return?.();
      return out;
    }
  } catch (e) {
    thrown(e, policy, isLibraryError, out);
    return out;
  }
  inspectValue(value, out);
  return out;
}

/** The first path at which an object reachable from `value` is not frozen, or undefined. */
export function firstUnfrozen(value) {
  const stack = [{ v: value, path: '' }];
  const seen = new Set();
  while (stack.length > 0) {
    const { v, path } = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    if (typeof v === 'function') continue; // functions are code, not data
    if (v instanceof Map || v instanceof Set)
      return `${path || '(root)'} is a ${v.constructor.name} (mutable)`;
    if (!Object.isFrozen(v)) return path || '(root)';
    for (const k of Object.keys(v)) stack.push({ v: v[k], path: `${path}.${k}` });
  }
  return undefined;
}
