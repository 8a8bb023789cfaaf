/**
 * The contract with the people who embed kinerja, tested from the outside on the built package:
 * every export of every entry point in package.json is found without a list in this file (a new
 * export is covered the day it is added) and called with a seeded stream of hostile arguments
 * mixed with domain values from the published fixtures, some broken in exactly one place. A call
 * may:
 *
 * - never throw, unless the export is a throwing variant (`assert*`, `unwrap*`), an exact
 *   decimal or date helper, a storage call (documented to reject with `StoreError`) or a test
 *   registration helper — and then only an error of the library's own classes (`KinerjaError`
 *   and subclasses), never a `TypeError` or `RangeError`;
 * - return a failed Result only with well-formed issues (path, code, id/en message);
 * - never return NaN or ±Infinity in a successful value;
 * - settle, if it returns a promise, and iterate, if it returns an async iterable;
 * - stay within memory and time (each export is attacked in a worker thread with limits).
 *
 * Exported data is deeply frozen, and so is what the `get*`/`list*` functions hand out.
 *
 * `KINERJA_CONTRACT_FILTER` (a regular expression over `<entry> <export>` labels),
 * `KINERJA_CONTRACT_CALLS` (calls per export, default 120) and `KINERJA_CONTRACT_SEED` narrow,
 * widen or change a run. Build first (`npm test` does).
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { firstUnfrozen } from './support/contract/check.mjs';
import { entryPoints, type PublicExport, publicExports } from './support/contract/discover';
import { describeValue } from './support/contract/values.mjs';

const root = resolve(import.meta.dirname, '..');
const CALLS = Number(process.env.KINERJA_CONTRACT_CALLS ?? 120);
const SEED = Number(process.env.KINERJA_CONTRACT_SEED ?? 20261207);
const FILTER = process.env.KINERJA_CONTRACT_FILTER
  ? new RegExp(process.env.KINERJA_CONTRACT_FILTER)
  : undefined;
const PER_EXPORT_MS = 90_000;
const MEMORY_MB = 1024;

const entries = entryPoints(root);
const all = await publicExports(root);

/** Exports that wrap the caller's own value as it is (`ok`, `err`): only their throws are judged. */
const PASS_THROUGH = new Set(['ok', 'err']);
/** Test-registration helpers: they take a test framework, and refuse a missing one by throwing. */
const REGISTRATION = new Set(['describePolicyCases', 'describeStoreConformance', 'createArbitraries']);

type Policy = 'never' | 'library-error';

function isClass(v: unknown): boolean {
  return typeof v === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(v));
}

function policyOf(e: PublicExport): Policy {
  if (/^(assert|unwrap)/.test(e.name)) return 'library-error';
  if ((e.module === 'decimal' || e.module === 'date') && !/^(parse|is)[A-Z]/.test(e.name))
    return 'library-error';
  if (e.entry.specifier.endsWith('/storage')) return 'library-error';
  if (REGISTRATION.has(e.name)) return 'library-error';
  return 'never';
}

interface Target {
  readonly label: string;
  readonly target: { specifier: string; name: string; member?: string; memoryStore?: boolean };
  readonly policy: Policy;
  readonly isClass: boolean;
  readonly passThrough: boolean;
}

/** Every exported function, the methods of exported plain objects, and the methods of a memory store. */
function targets(): Target[] {
  const out: Target[] = [];
  for (const e of all) {
    const base = { specifier: e.entry.specifier, name: e.name };
    const label = `${e.entry.specifier} ${e.name}`;
    const v = e.value;
    if (typeof v === 'function') {
      out.push({
        label,
        target: base,
        policy: policyOf(e),
        isClass: isClass(v),
        passThrough: PASS_THROUGH.has(e.name),
      });
    } else if (typeof v === 'object' && v !== null && !Array.isArray(v) && !('_zod' in v)) {
      for (const [k, m] of Object.entries(v)) {
        if (typeof m === 'function') {
          out.push({
            label: `${label}.${k}`,
            target: { ...base, member: k },
            policy: policyOf(e),
            isClass: false,
            passThrough: false,
          });
        }
      }
    }
    if (e.name === 'createMemoryStore') {
      const store = (v as () => Record<string, unknown>)();
      for (const [k, m] of Object.entries(store)) {
        if (typeof m === 'function' && k !== 'close') {
          out.push({
            label: `${label}().${k}`,
            target: { ...base, member: k, memoryStore: true },
            policy: 'library-error',
            isClass: false,
            passThrough: false,
          });
        }
      }
    }
  }
  return out.filter((t) => !FILTER || FILTER.test(t.label));
}

/** At most this many workers at once: the machine's cores. */
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  if (running >= Math.max(1, availableParallelism())) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await f();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function attack(t: Target): Promise<string[]> {
  return slot(
    () =>
      new Promise<string[]>((done) => {
        const worker = new Worker(new URL('./support/contract/worker.mjs', import.meta.url), {
          workerData: {
            root,
            entries: entries.map((e) => ({ specifier: e.specifier, file: e.file })),
            target: t.target,
            policy: t.policy,
            passThrough: t.passThrough,
            isClass: t.isClass,
            seed: SEED,
            calls: CALLS,
          },
          resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
          stdout: true,
          stderr: true,
        });
        let last = '(before the first call)';
        let settled = false;
        const finish = (violations: string[]) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void worker.terminate();
          done(violations);
        };
        const timer = setTimeout(
          () => finish([`runs over ${PER_EXPORT_MS / 1000} s; last call ${last}`]),
          PER_EXPORT_MS,
        );
        worker.on('message', (m: { type: string; args?: string; violations?: string[] }) => {
          if (m.type === 'call') last = m.args ?? last;
          else if (m.type === 'done') finish(m.violations ?? []);
        });
        worker.on('error', (e: Error & { code?: string }) =>
          finish([
            `${e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'exhausts memory' : `crashes the worker (${e.message})`}; last call ${last}`,
          ]),
        );
        worker.on('exit', (code) =>
          finish(
            code === 0 ? ['worker exited without a report'] : [`worker exited ${code}; last call ${last}`],
          ),
        );
      }),
  );
}

describe('every export keeps the contract under hostile arguments', () => {
  const list = targets();
  it('finds the entry points and their exports', () => {
    expect(entries.map((e) => e.specifier).sort()).toEqual([
      'kinerja',
      'kinerja/date',
      'kinerja/decimal',
      'kinerja/storage',
      'kinerja/testing',
    ]);
    expect(all.length).toBeGreaterThan(100);
  });
  it.concurrent.each(list.map((t) => [t.label, t] as const))(
    '%s',
    async (_label, t) => {
      const violations = await attack(t);
      expect(violations, violations.join('\n')).toEqual([]);
    },
    PER_EXPORT_MS * 4,
  );
});

describe('exported data is deeply frozen', () => {
  const data = all.filter(
    (e) =>
      typeof e.value === 'object' &&
      e.value !== null &&
      !('_zod' in e.value) &&
      (!FILTER || FILTER.test(`${e.entry.specifier} ${e.name}`)),
  );
  if (data.length === 0) it('(no exported data matches the filter)', () => {});
  it.each(data.map((e) => [`${e.entry.specifier} ${e.name}`, e] as const))('%s', (_label, e) => {
    expect(firstUnfrozen(e.value)).toBeUndefined();
  });

  const ids = [
    ...new Set(
      all.flatMap((e) => (Array.isArray(e.value) ? e.value.filter((s) => typeof s === 'string') : [])),
    ),
  ];
  const getters = all.filter(
    (e) =>
      typeof e.value === 'function' &&
      /^(get|list)[A-Z]/.test(e.name) &&
      (!FILTER || FILTER.test(`${e.entry.specifier} ${e.name}`)),
  );
  it.each(getters.map((e) => [`${e.entry.specifier} ${e.name}`, e] as const))(
    '%s hands out frozen data',
    (_label, e) => {
      const unfrozen: string[] = [];
      for (const arg of [undefined, ...ids]) {
        let v: unknown;
        try {
          v = (e.value as (x?: unknown) => unknown)(arg);
        } catch {
          continue; // the attack above judges throws
        }
        if (typeof v === 'object' && v !== null && 'ok' in v) {
          const r = v as { ok: boolean; value?: unknown };
          v = r.ok ? r.value : undefined;
        }
        const at = typeof v === 'object' && v !== null ? firstUnfrozen(v) : undefined;
        if (at !== undefined) unfrozen.push(`${e.name}(${describeValue(arg)}): ${at}`);
      }
      expect(unfrozen).toEqual([]);
    },
  );
});
