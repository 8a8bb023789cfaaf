import { type Issue, issue } from '../../explain/index';
import { commonMessages } from '../../explain/messages/common';
import { checkDistribution } from '../../organisation/index';
import { checkRunnerArgs } from './guard';
import type { CaseKindRunner } from './types';

const INPUT_KEYS = new Set(['unitPredikat', 'counts']);

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * The runner of `distribution` cases (docs/testing-policies.md): input `{ unitPredikat, counts: { <predikat>: n } }`,
 * checked against the curve of the case's ruleset with `checkDistribution`. The result is the
 * `DistributionReport`: `ok`, `feasible`, `violations` (constraint ids), `moves` (the fewest
 * employees whose predikat must change; null when the unit is too small for its curve), and
 * `n`, `counts.<predikat>`, `constraints.<i>.limit`, …; a rejected input gives the issues
 * (`organisation.unknown-unit-predikat`, `organisation.unknown-predikat` at `counts.<code>`, …).
 *
 * @category Testing
 * @example
 * ```ts
 * runPolicyCases({ ruleset: 'permenpanrb-6-2022', cases: [{
 *   name: 'too many baik', kind: 'distribution',
 *   input: { unitPredikat: 'baik', counts: { 'sangat-baik': 1, baik: 8, 'butuh-perbaikan': 1 } },
 *   expect: { ok: false, feasible: true, violations: ['baik-max-70'], moves: 1 },
 * }] });
 * ```
 */
export const distributionCaseRunner: CaseKindRunner = (c, ctx) => {
  const rejected = checkRunnerArgs(c, ctx);
  if (rejected) return rejected;
  const input = c.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      error: [
        issue(commonMessages, 'input.invalid-type', [], { expected: 'object', received: typeName(input) }),
      ],
    };
  const issues: Issue[] = [];
  for (const key of Object.keys(input))
    if (!INPUT_KEYS.has(key)) issues.push(issue(commonMessages, 'input.unknown-key', [key], { key }));
  const { unitPredikat, counts } = input as Record<string, unknown>;
  if (unitPredikat === undefined) issues.push(issue(commonMessages, 'input.required', ['unitPredikat']));
  else if (typeof unitPredikat !== 'string')
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['unitPredikat'], {
        expected: 'string',
        received: typeName(unitPredikat),
      }),
    );
  if (counts === undefined) issues.push(issue(commonMessages, 'input.required', ['counts']));
  else if (typeof counts !== 'object' || counts === null || Array.isArray(counts))
    issues.push(
      issue(commonMessages, 'input.invalid-type', ['counts'], {
        expected: 'object',
        received: typeName(counts),
      }),
    );
  if (issues.length > 0) return { error: issues };
  const r = checkDistribution(ctx.ruleset(), unitPredikat as string, counts as Record<string, number>);
  if (r.ok) return { actual: r.value };
  // checkDistribution names the employees `people`; the case input calls them `counts`.
  return {
    error: r.issues.map((i) => (i.path[0] === 'people' ? { ...i, path: ['counts', ...i.path.slice(1)] } : i)),
  };
};
