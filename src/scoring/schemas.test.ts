/**
 * read.ts (the hot-path hand reader: src/scoring/read.ts and src/scoring/stages/read.ts) is
 * equivalent to `evaluationInputSchema` on the ruleset-independent shape of an evaluation input.
 *
 * What the equivalence covers, precisely: the issues with an `input.*` or `date.*` code or
 * `scoring.duplicate-indicator`, at the root (its type and unknown keys), `employee` (type, `id`,
 * `unitHead`), `period` (type, `start`, `end`, reversed), `organisation` (type, unknown keys,
 * `predikat`, `unitId`), `indicators` (type; each indicator's type, `id`, `kind`, `justification`,
 * duplicate ids), `ratings` (type), `flags` (type; the value of each flag the ruleset declares) and
 * `extras` (type, unknown keys). Not covered, because only the ruleset can check them: the fields
 * of each indicator kind and its weight, which flags exist, the rating values (codes or numbers,
 * raters, reconciliation) and the bonus inputs' values. The reader also reports those; the schema
 * types them loosely.
 *
 * Over valid inputs (the kit's arbitraries, for the built-in packs and for generated rulesets) both
 * accept; over inputs broken in exactly one place (the kit's `invalidEvaluation` and one-place
 * breaks of each covered field below) both report the same codes at the same paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Issue, parseWithSchema } from '../explain/index';
import { PACK_IDS } from '../ruleset/index';
import { createArbitraries } from '../testing/arbitraries/index';
import { rulesetInternals, toCompiledRuleset } from './compile';
import { Reader } from './read';
import { evaluationInputSchema } from './schemas';
import { readEvaluation } from './stages/read';
import type { EvaluationInput } from './types';

const k = createArbitraries(fc);

const ITEM_FIELDS = new Set(['id', 'kind', 'justification']);

/** The covered part of a list of issues, as sorted `code path` lines. */
function shape(issues: readonly Issue[], unknownFlags: ReadonlySet<string>): string[] {
  return issues
    .filter((i) => {
      if (
        !(
          i.code.startsWith('input.') ||
          i.code.startsWith('date.') ||
          i.code === 'scoring.duplicate-indicator'
        )
      )
        return false;
      const [top, second, third] = i.path;
      if (top === 'indicators' && i.path.length >= 3 && !ITEM_FIELDS.has(String(third))) return false;
      if (top === 'indicators' && i.path.length > 3) return false;
      if (top === 'ratings' && i.path.length >= 2) return false;
      if (top === 'extras' && i.path.length >= 2 && i.code !== 'input.unknown-key') return false;
      if (top === 'flags' && i.path.length >= 2 && unknownFlags.has(String(second))) return false;
      return true;
    })
    .map((i) => `${i.code} ${JSON.stringify(i.path)}`)
    .sort();
}

function compare(
  ruleset: unknown,
  input: unknown,
): { schema: string[]; reader: string[]; readerAll: Issue[] } {
  const c = rulesetInternals((toCompiledRuleset(ruleset) as { value: unknown }).value);
  if (!c) throw new Error('not a ruleset');
  const rd = new Reader();
  readEvaluation(c, input, rd);
  const unknownFlags = new Set(
    rd.issues.filter((i) => i.code === 'scoring.unknown-flag').map((i) => String(i.path[1])),
  );
  const parsed = parseWithSchema(evaluationInputSchema, input);
  return {
    schema: shape(parsed.ok ? [] : parsed.issues, unknownFlags),
    reader: shape(rd.issues, unknownFlags),
    readerAll: rd.issues,
  };
}

type Json = Record<string, unknown>;
const obj = (x: unknown): Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : {};

/** One-place breaks of the covered fields: each returns the broken input, or undefined if it does not apply. */
const BREAKS: ReadonlyArray<(e: Json) => unknown> = [
  () => 5,
  () => null,
  () => [],
  (e) => ({ ...e, zz: true }),
  (e) => ({ ...e, employee: 'x' }),
  (e) => ({ ...e, employee: { ...obj(e.employee), id: '' } }),
  (e) => ({ ...e, employee: { ...obj(e.employee), id: 7 } }),
  (e) => ({ ...e, employee: { ...obj(e.employee), unitHead: 'yes' } }),
  (e) => ({ ...e, period: 'x' }),
  (e) => ({ ...e, period: null }),
  (e) => (e.period ? { ...e, period: { end: obj(e.period).end } } : undefined),
  (e) => (e.period ? { ...e, period: { ...obj(e.period), start: 20250101 } } : undefined),
  (e) => (e.period ? { ...e, period: { ...obj(e.period), end: '2025-02-30' } } : undefined),
  (e) => (e.period ? { ...e, period: { ...obj(e.period), start: '2025-1-01' } } : undefined),
  (e) => (e.period ? { ...e, period: { start: obj(e.period).end, end: '1990-01-01' } } : undefined),
  (e) => ({ ...e, organisation: [] }),
  (e) => ({ ...e, organisation: { ...obj(e.organisation), predikat: 'luar-biasa' } }),
  (e) => ({ ...e, organisation: { ...obj(e.organisation), predikat: 3 } }),
  (e) => ({ ...e, organisation: { ...obj(e.organisation), unitId: '' } }),
  (e) => ({ ...e, organisation: { ...obj(e.organisation), zz: 1 } }),
  (e) => ({ ...e, indicators: {} }),
  (e) => (Array.isArray(e.indicators) ? { ...e, indicators: [...e.indicators, 5] } : undefined),
  (e) => (Array.isArray(e.indicators) ? { ...e, indicators: [...e.indicators, null] } : undefined),
  (e) => (Array.isArray(e.indicators) ? { ...e, indicators: [...e.indicators, undefined] } : undefined),
  (e) => atIndicator(e, (ind) => ({ ...ind, id: '' })),
  (e) => atIndicator(e, (ind) => ({ ...ind, id: 7 })),
  (e) => atIndicator(e, (ind) => ({ ...ind, kind: 3 })),
  (e) => atIndicator(e, (ind) => ({ ...ind, kind: '' })),
  (e) => atIndicator(e, (ind) => ({ ...ind, justification: '' })),
  (e) => atIndicator(e, (ind) => ({ ...ind, justification: false })),
  (e) =>
    Array.isArray(e.indicators) && e.indicators.length > 0
      ? { ...e, indicators: [...e.indicators, e.indicators[0]] }
      : undefined,
  (e) => ({ ...e, ratings: 'x' }),
  (e) => ({ ...e, ratings: [] }),
  (e) => ({ ...e, flags: 3 }),
  (e) => {
    const known = Object.keys(obj(e.flags));
    return known.length > 0 ? { ...e, flags: { ...obj(e.flags), [known[0] as string]: 'yes' } } : undefined;
  },
  (e) => ({ ...e, extras: 3 }),
  (e) => ({ ...e, extras: { ...obj(e.extras), zz: 1 } }),
];

function atIndicator(e: Json, f: (ind: Json) => unknown): unknown {
  if (!Array.isArray(e.indicators) || e.indicators.length === 0) return undefined;
  const [first, ...rest] = e.indicators as unknown[];
  return { ...e, indicators: [f(obj(first)), ...rest] };
}

const breaks = (input: EvaluationInput) =>
  fc.integer({ min: 0, max: BREAKS.length - 1 }).map((i) => ({
    i,
    broken: (BREAKS[i] as (e: Json) => unknown)(input as Json),
  }));

describe('evaluationInputSchema ≡ the hand reader on the shape (issue 11)', () => {
  for (const pack of PACK_IDS) {
    it(`${pack}: valid inputs are accepted by both; one-place breaks get the same codes at the same paths`, () => {
      fc.assert(
        fc.property(
          k.evaluation(pack).chain((input) => breaks(input).map((b) => ({ input, ...b }))),
          ({ input, i, broken }) => {
            const valid = compare(pack, input);
            expect(valid.readerAll).toEqual([]);
            expect(valid.schema).toEqual([]);
            expect(parseWithSchema(evaluationInputSchema, input).ok).toBe(true);
            if (broken === undefined) return;
            const r = compare(pack, broken);
            expect(r.schema, `break #${i}`).toEqual(r.reader);
            expect(r.schema.length, `break #${i} is reported`).toBeGreaterThan(0);
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it('generated rulesets: valid inputs accepted by both, the kit’s one-place breaks reported alike', () => {
    fc.assert(
      fc.property(
        k.rulesetWithEvaluations({ maxEvaluations: 2 }),
        fc.integer({ min: 0, max: BREAKS.length - 1 }),
        ({ ruleset, evaluations }, i) => {
          for (const input of evaluations) {
            const valid = compare(ruleset, input);
            expect(valid.readerAll).toEqual([]);
            expect(valid.schema).toEqual([]);
            const broken = (BREAKS[i] as (e: Json) => unknown)(input as Json);
            if (broken === undefined) continue;
            const r = compare(ruleset, broken);
            expect(r.schema, `break #${i}`).toEqual(r.reader);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the kit’s invalidEvaluation: the covered issues agree', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PACK_IDS).chain((pack) => k.invalidEvaluation(pack).map((b) => ({ pack, b }))),
        ({ pack, b }) => {
          const r = compare(pack, b.value);
          expect(r.schema, b.change).toEqual(r.reader);
        },
      ),
      { numRuns: 150 },
    );
  });
});
