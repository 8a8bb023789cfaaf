#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the top functions by self time with
// file:line, mapped back to src/*.ts through dist/*.js.map when a source map is next to the file,
// their inclusive time, and self time per source file.
//
//   node bench/profile-summary.mjs <file.cpuprofile> [--top 25] [--files 15] [--no-map]
//                                  [--lines <function>[,<function>…]]
//
// --lines prints the hottest source lines inside the named functions (from the profile's
// positionTicks), which helps when V8 inlined the callees into them.

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let file;
let top = 25;
let topFiles = 15;
let useMaps = true;
let lineFns = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--top') top = Number(args[++i]);
  else if (args[i] === '--files') topFiles = Number(args[++i]);
  else if (args[i] === '--no-map') useMaps = false;
  else if (args[i] === '--lines')
    lineFns = String(args[++i] ?? '')
      .split(',')
      .filter(Boolean);
  else if (args[i] === '--help' || args[i] === '-h') file = undefined;
  else file = args[i];
}
if (!file) {
  console.error(
    'usage: node bench/profile-summary.mjs <file.cpuprofile> [--top 25] [--files 15] [--no-map] [--lines <fn>[,<fn>…]]',
  );
  process.exit(2);
}

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));

// Self time per node from the samples and their time deltas (µs).
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const dt = profile.timeDeltas[i] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
}
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

// Source maps: dist/index.js → src/*.ts.
const maps = new Map();
function mapFor(url) {
  if (!useMaps || !url.startsWith('file://')) return undefined;
  if (maps.has(url)) return maps.get(url);
  let map;
  try {
    const path = fileURLToPath(url);
    const mapPath = `${path}.map`;
    if (existsSync(mapPath)) {
      const payload = JSON.parse(readFileSync(mapPath, 'utf8'));
      map = { sm: new SourceMap(payload), dir: dirname(mapPath) };
    }
  } catch {
    map = undefined;
  }
  maps.set(url, map);
  return map;
}

function shortPath(p) {
  const abs = p.startsWith('file://') ? fileURLToPath(p) : p;
  if (!abs.startsWith('/')) return abs;
  const rel = relative(root, abs);
  return rel.startsWith('..') ? abs : rel;
}

/** Where a call frame is, as `file:line` (1-based), mapped to the original source if possible. */
function locate(cf) {
  if (!cf.url) return cf.functionName ? '(native)' : '';
  const line = cf.lineNumber; // 0-based
  const col = cf.columnNumber;
  const m = line >= 0 ? mapFor(cf.url) : undefined;
  if (m) {
    const e = m.sm.findEntry(line, col);
    if (e?.originalSource) {
      const src = e.originalSource.startsWith('file://') ? e.originalSource : join(m.dir, e.originalSource);
      return { file: shortPath(src), line: e.originalLine + 1 };
    }
  }
  return { file: shortPath(cf.url), line: line + 1 };
}

// Aggregate by function (name + position).
const fns = new Map();
const keyOf = (cf) => `${cf.functionName}|${cf.url}|${cf.lineNumber}|${cf.columnNumber}`;
for (const n of profile.nodes) {
  const key = keyOf(n.callFrame);
  let f = fns.get(key);
  if (!f) {
    const loc = locate(n.callFrame);
    f = {
      name: n.callFrame.functionName || (n.callFrame.url ? '(anonymous)' : ''),
      where: typeof loc === 'string' ? loc : `${loc.file}:${loc.line}`,
      file: typeof loc === 'string' ? loc || n.callFrame.functionName : loc.file,
      self: 0,
      total: 0,
    };
    fns.set(key, f);
  }
  f.self += selfUs.get(n.id) ?? 0;
}

// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusiveMemo = new Map();
function stackKeys(id) {
  if (inclusiveMemo.has(id)) return inclusiveMemo.get(id);
  const keys = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) keys.add(keyOf(nodes.get(cur).callFrame));
  inclusiveMemo.set(id, keys);
  return keys;
}
for (const [id, us] of selfUs) for (const k of stackKeys(id)) fns.get(k).total += us;

const pct = (us) => `${((100 * us) / totalUs).toFixed(1)}%`.padStart(6);
const ms = (us) => `${(us / 1000).toFixed(0)} ms`.padStart(9);

console.log(`${file}: ${(totalUs / 1e6).toFixed(2)} s sampled, ${profile.samples.length} samples\n`);
console.log(`Top ${top} functions by self time`);
console.log(`${'self'.padStart(9)} ${'self%'.padStart(6)} ${'total%'.padStart(6)}  function  (file:line)`);
const sorted = [...fns.values()].filter((f) => f.self > 0).sort((a, b) => b.self - a.self);
for (const f of sorted.slice(0, top)) {
  console.log(`${ms(f.self)} ${pct(f.self)} ${pct(f.total)}  ${f.name || '(anonymous)'}  ${f.where}`);
}

// Self time per file (what module the time goes to).
const byFile = new Map();
for (const f of fns.values()) {
  const k = f.file || f.name || '(unknown)';
  byFile.set(k, (byFile.get(k) ?? 0) + f.self);
}
console.log(`\nSelf time by file (top ${topFiles})`);
for (const [k, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, topFiles))
  console.log(`${ms(us)} ${pct(us)}  ${k}`);

// Hottest lines inside the named functions.
const sourceLines = new Map();
function firstColumn(url, line0) {
  if (!url.startsWith('file://')) return 0;
  if (!sourceLines.has(url)) {
    let lines = [];
    try {
      lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    } catch {}
    sourceLines.set(url, lines);
  }
  const text = sourceLines.get(url)[line0] ?? '';
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}
for (const name of lineFns) {
  const ticks = new Map();
  let total = 0;
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== name || !n.positionTicks) continue;
    for (const { line, ticks: t } of n.positionTicks) {
      const cf = {
        ...n.callFrame,
        lineNumber: line - 1,
        columnNumber: firstColumn(n.callFrame.url, line - 1),
      };
      const loc = locate(cf);
      const key = typeof loc === 'string' ? `${n.callFrame.url}:${line}` : `${loc.file}:${loc.line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + t);
      total += t;
    }
  }
  console.log(`\nHottest lines of ${name} (${total} self samples)`);
  for (const [k, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(
      `${String(t).padStart(7)} ${`${((100 * t) / Math.max(1, total)).toFixed(1)}%`.padStart(6)}  ${k}`,
    );
  }
}
