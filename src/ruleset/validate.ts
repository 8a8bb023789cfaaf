import { compareDates } from '../date/index';
import { compare, type DecimalString, equals, sum } from '../decimal/index';
import { formatPath, type Issue, issue, type PathSegment } from '../explain/index';
import { rulesetMessages } from '../explain/messages/ruleset';
import { checkPartition } from './intervals';
import type { Ruleset } from './types';

/** The unit (organisational) predikat codes, docs/regulations.md */
export const UNIT_PREDIKAT = ['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;

const list = (xs: Iterable<string>): string => [...xs].join(', ');

/** Reports every id used twice in `entries`, pointing at the second use. */
function duplicates(
  entries: ReadonlyArray<{ id: string; path: readonly PathSegment[] }>,
  issues: Issue[],
): void {
  const seen = new Map<string, readonly PathSegment[]>();
  for (const e of entries) {
    const first = seen.get(e.id);
    if (first)
      issues.push(
        issue(rulesetMessages, 'ruleset.duplicate-id', e.path, { id: e.id, first: formatPath(first) }),
      );
    else seen.set(e.id, e.path);
  }
}

function reference(
  issues: Issue[],
  path: readonly PathSegment[],
  what: string,
  id: string,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  if (known.has(id)) return true;
  issues.push(
    issue(rulesetMessages, 'ruleset.unknown-reference', path, { what, id, available: list(known.keys()) }),
  );
  return false;
}

function weightsTotal(
  issues: Issue[],
  path: readonly PathSegment[],
  weights: readonly DecimalString[],
): void {
  const total = sum(weights);
  if (!equals(total, '100')) issues.push(issue(rulesetMessages, 'ruleset.weights-sum', path, { sum: total }));
}

/**
 * The cross-field rules no single-field schema can express: exact weight sums, band partitions,
 * matrix coverage, references, duplicate ids and the predikat order. Returns every issue found.
 */
export function validateRuleset(r: Ruleset): Issue[] {
  const issues: Issue[] = [];

  // Effective dates.
  if (r.effective.until !== undefined && compareDates(r.effective.until, r.effective.from) < 0) {
    issues.push(
      issue(rulesetMessages, 'ruleset.range-reversed', ['effective', 'until'], { detail: 'until < from' }),
    );
  }

  // Predikat: unique codes, strictly decreasing ranks (a total order, best first).
  duplicates(
    r.predikat.map((p, i) => ({ id: p.code, path: ['predikat', i, 'code'] })),
    issues,
  );
  r.predikat.forEach((p, i) => {
    const prev = r.predikat[i - 1];
    if (prev && prev.rank <= p.rank) {
      issues.push(
        issue(rulesetMessages, 'ruleset.predikat-order', ['predikat', i, 'rank'], {
          detail: `"${p.code}" (rank ${p.rank}) must rank below "${prev.code}" (rank ${prev.rank})`,
        }),
      );
    }
  });
  const predikat = new Set(r.predikat.map((p) => p.code));

  // Rating scale: unique codes, strictly decreasing values.
  const ratings = new Set<string>();
  if (r.ratingScale) {
    duplicates(
      r.ratingScale.map((l, i) => ({ id: l.code, path: ['ratingScale', i, 'code'] })),
      issues,
    );
    r.ratingScale.forEach((l, i) => {
      ratings.add(l.code);
      const prev = r.ratingScale?.[i - 1];
      if (prev && compare(prev.value, l.value) <= 0) {
        issues.push(
          issue(rulesetMessages, 'ruleset.predikat-order', ['ratingScale', i, 'value'], {
            detail: `"${l.code}" must have a lower value than "${prev.code}"`,
          }),
        );
      }
    });
  }
  const codes = new Set([...predikat, ...ratings]);
  const flags = new Set(r.flags.map((f) => f.id));
  duplicates(
    r.flags.map((f, i) => ({ id: f.id, path: ['flags', i, 'id'] })),
    issues,
  );

  // Band sets.
  for (const [setId, set] of Object.entries(r.bandSets)) {
    const base: PathSegment[] = ['bandSets', setId, 'bands'];
    set.bands.forEach((b, i) => {
      reference(issues, [...base, i, 'code'], 'predikat or rating', b.code, codes);
      if (b.requires && b.requires.length > 0) {
        b.requires.forEach((f, j) => {
          reference(issues, [...base, i, 'requires', j], 'flag', f, flags);
        });
        if (b.otherwise === undefined)
          issues.push(issue(rulesetMessages, 'ruleset.band-otherwise', [...base, i]));
      }
      if (b.otherwise !== undefined)
        reference(issues, [...base, i, 'otherwise'], 'predikat or rating', b.otherwise, codes);
    });
    issues.push(...checkPartition(set.domain, set.bands, base));
  }

  // Conversion tables.
  for (const [tableId, table] of Object.entries(r.conversions)) {
    const base: PathSegment[] = ['conversions', tableId, 'segments'];
    table.segments.forEach((s, i) => {
      if ((s.constant === undefined) === (s.linear === undefined)) {
        issues.push(issue(rulesetMessages, 'ruleset.segment-formula', [...base, i]));
      } else if (s.linear && equals(s.linear.x0, s.linear.x1)) {
        issues.push(issue(rulesetMessages, 'ruleset.segment-degenerate', [...base, i, 'linear']));
      }
    });
    issues.push(...checkPartition(table.domain, table.segments, base));
  }

  // Bonus tables.
  for (const [tableId, table] of Object.entries(r.bonusTables)) {
    if (table.kind !== 'count') continue;
    table.steps.forEach((s, i) => {
      const prev = table.steps[i - 1];
      if ((i === 0 && s.from !== 0) || (prev && prev.from >= s.from)) {
        issues.push(
          issue(rulesetMessages, 'ruleset.steps-order', ['bonusTables', tableId, 'steps', i, 'from']),
        );
      }
    });
  }

  // Kinds.
  const kinds = new Map(Object.entries(r.kinds));
  const conversions = new Map(Object.entries(r.conversions));
  for (const [kindId, kind] of kinds) {
    if (kind.measure === 'capaian' && kind.conversion !== undefined) {
      reference(issues, ['kinds', kindId, 'conversion'], 'conversion table', kind.conversion, conversions);
    }
    if (kind.measure === 'breakpoint') {
      reference(issues, ['kinds', kindId, 'table'], 'conversion table', kind.table, conversions);
    }
    if (kind.measure === 'scale' && compare(kind.min, kind.max) >= 0) {
      issues.push(
        issue(rulesetMessages, 'ruleset.range-reversed', ['kinds', kindId, 'max'], {
          detail: 'scale max must exceed min',
        }),
      );
    }
  }

  // Components, items and the shared id space of `ratings`.
  const components = new Map(r.components.map((c) => [c.id, c]));
  const ids: Array<{ id: string; path: PathSegment[] }> = [];
  r.components.forEach((c, ci) => {
    ids.push({ id: c.id, path: ['components', ci, 'id'] });
    if (c.source.from === 'items') {
      c.source.items.forEach((it, ii) => {
        ids.push({ id: it.id, path: ['components', ci, 'source', 'items', ii, 'id'] });
      });
    }
  });
  r.indicators.forEach((ind, i) => {
    ids.push({ id: ind.id, path: ['indicators', i, 'id'] });
  });
  duplicates(ids, issues);
  const bandSets = new Map(Object.entries(r.bandSets));
  const bonusTables = new Map(Object.entries(r.bonusTables));

  // A kind belongs to exactly one component, or scoring could not tell where its indicators go.
  const kindOwner = new Map<string, PathSegment[]>();
  r.components.forEach((c, ci) => {
    if (c.source.from !== 'indicators') return;
    c.source.kinds.forEach((k, ki) => {
      const path: PathSegment[] = ['components', ci, 'source', 'kinds', ki];
      const first = kindOwner.get(k);
      if (first)
        issues.push(
          issue(rulesetMessages, 'ruleset.duplicate-id', path, { id: k, first: formatPath(first) }),
        );
      else kindOwner.set(k, path);
    });
  });

  r.components.forEach((c, ci) => {
    const base: PathSegment[] = ['components', ci];
    if (c.source.from === 'indicators') {
      c.source.kinds.forEach((k, ki) => {
        reference(issues, [...base, 'source', 'kinds', ki], 'kind', k, kinds);
      });
    } else {
      const { range, items } = c.source;
      if (range?.min !== undefined && range.max !== undefined && compare(range.min, range.max) > 0) {
        issues.push(
          issue(rulesetMessages, 'ruleset.range-reversed', [...base, 'source', 'range'], {
            detail: 'min > max',
          }),
        );
      }
      if (c.source.values === 'rating' && !r.ratingScale) {
        issues.push(
          issue(rulesetMessages, 'ruleset.unknown-reference', [...base, 'source', 'values'], {
            what: 'ratingScale',
            id: 'rating',
          }),
        );
      }
      if (c.aggregate.method === 'weighted' && c.aggregate.weights === 'items' && !c.aggregate.normalize) {
        const missing = items.findIndex((it) => it.weight === undefined);
        if (missing >= 0) {
          issues.push(
            issue(rulesetMessages, 'ruleset.missing-weight', [...base, 'source', 'items', missing], {
              id: items[missing]?.id ?? '',
            }),
          );
        } else {
          weightsTotal(
            issues,
            [...base, 'source', 'items'],
            items.map((it) => it.weight ?? ('0' as DecimalString)),
          );
        }
      }
    }
    c.bonuses.forEach((b, bi) => {
      if (reference(issues, [...base, 'bonuses', bi, 'table'], 'bonus table', b.table, bonusTables)) {
        const expected = b.input === 'tugasTambahan' ? 'count' : 'level';
        if (bonusTables.get(b.table)?.kind !== expected) {
          issues.push(
            issue(rulesetMessages, 'ruleset.unknown-reference', [...base, 'bonuses', bi, 'table'], {
              what: `${expected} bonus table`,
              id: b.table,
            }),
          );
        }
      }
    });
    if (c.bandSet !== undefined) reference(issues, [...base, 'bandSet'], 'band set', c.bandSet, bandSets);
    if (c.output === 'rating' && !r.ratingScale) {
      issues.push(
        issue(rulesetMessages, 'ruleset.unknown-reference', [...base, 'output'], {
          what: 'ratingScale',
          id: 'rating',
        }),
      );
    }
    if (c.rating?.derive)
      reference(
        issues,
        [...base, 'rating', 'derive', 'bandSet'],
        'band set',
        c.rating.derive.bandSet,
        bandSets,
      );
    if (c.rating?.unitHead) {
      for (const [unit, rating] of Object.entries(c.rating.unitHead.map)) {
        const p = [...base, 'rating', 'unitHead', 'map', unit];
        reference(issues, p, 'unit predikat', unit, new Set<string>(UNIT_PREDIKAT));
        reference(issues, p, 'rating', rating, ratings);
      }
    }
  });

  // The agency's indicator catalogue and its weights per component.
  r.indicators.forEach((ind, i) => {
    reference(issues, ['indicators', i, 'kind'], 'kind', ind.kind, kinds);
    if (reference(issues, ['indicators', i, 'component'], 'component', ind.component, components)) {
      const c = components.get(ind.component);
      if (c && c.source.from !== 'indicators') {
        issues.push(
          issue(rulesetMessages, 'ruleset.unknown-reference', ['indicators', i, 'component'], {
            what: 'indicator component',
            id: ind.component,
          }),
        );
      }
    }
  });
  r.components.forEach((c, ci) => {
    if (c.aggregate.method !== 'weighted' || c.aggregate.weights !== 'catalog' || c.aggregate.normalize)
      return;
    const mine = r.indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => ind.component === c.id);
    const missing = mine.find(({ ind }) => ind.weight === undefined);
    if (missing)
      issues.push(
        issue(rulesetMessages, 'ruleset.missing-weight', ['indicators', missing.i, 'weight'], {
          id: missing.ind.id,
        }),
      );
    else if (mine.length > 0)
      weightsTotal(
        issues,
        ['components', ci, 'aggregate'],
        mine.map(({ ind }) => ind.weight ?? ('0' as DecimalString)),
      );
  });

  // The final rule.
  const f = r.final;
  if (f.method === 'weighted') {
    for (const id of Object.keys(f.weights)) {
      if (reference(issues, ['final', 'weights', id], 'component', id, components)) {
        if (components.get(id)?.output !== 'score') {
          issues.push(
            issue(rulesetMessages, 'ruleset.wrong-output', ['final', 'weights', id], {
              id,
              expected: 'score',
              method: 'weighted',
            }),
          );
        }
      }
    }
    r.components.forEach((c, ci) => {
      if (c.output === 'score' && f.weights[c.id] === undefined) {
        issues.push(issue(rulesetMessages, 'ruleset.missing-weight', ['components', ci, 'id'], { id: c.id }));
      }
    });
    weightsTotal(issues, ['final', 'weights'], Object.values(f.weights));
    if (reference(issues, ['final', 'bandSet'], 'band set', f.bandSet, bandSets)) {
      bandSets.get(f.bandSet)?.bands.forEach((b, i) => {
        reference(issues, ['bandSets', f.bandSet, 'bands', i, 'code'], 'predikat', b.code, predikat);
        if (b.otherwise !== undefined)
          reference(
            issues,
            ['bandSets', f.bandSet, 'bands', i, 'otherwise'],
            'predikat',
            b.otherwise,
            predikat,
          );
      });
    }
  } else {
    for (const axis of ['rows', 'columns'] as const) {
      const id = f[axis];
      if (
        reference(issues, ['final', axis], 'component', id, components) &&
        components.get(id)?.output !== 'rating'
      ) {
        issues.push(
          issue(rulesetMessages, 'ruleset.wrong-output', ['final', axis], {
            id,
            expected: 'rating',
            method: 'matrix',
          }),
        );
      }
    }
    for (const [row, cols] of Object.entries(f.cells)) {
      reference(issues, ['final', 'cells', row], 'rating', row, ratings);
      for (const [col, p] of Object.entries(cols)) {
        reference(issues, ['final', 'cells', row, col], 'rating', col, ratings);
        reference(issues, ['final', 'cells', row, col], 'predikat', p, predikat);
      }
    }
    for (const row of ratings) {
      for (const col of ratings) {
        if (f.cells[row]?.[col] === undefined) {
          issues.push(
            issue(
              rulesetMessages,
              'ruleset.matrix-incomplete',
              f.cells[row] ? ['final', 'cells', row] : ['final', 'cells'],
              {
                row,
                column: col,
              },
            ),
          );
        }
      }
    }
  }

  // Follow-up.
  if (r.followUp) {
    for (const code of Object.keys(r.followUp.actions)) {
      reference(issues, ['followUp', 'actions', code], 'predikat', code, predikat);
    }
  }

  // Distribution curves: by unit predikat, over the ruleset's predikat, each with a limit.
  if (r.distribution) {
    const units = new Set<string>(UNIT_PREDIKAT);
    for (const [unit, constraints] of Object.entries(r.distribution.curves)) {
      const base: PathSegment[] = ['distribution', 'curves', unit];
      reference(issues, base, 'unit predikat', unit, units);
      duplicates(
        constraints.map((k, i) => ({ id: k.id, path: [...base, i, 'id'] })),
        issues,
      );
      constraints.forEach((k, i) => {
        k.predikat.forEach((code, j) => {
          reference(issues, [...base, i, 'predikat', j], 'predikat', code, predikat);
        });
        if (k.percent === undefined && k.count === undefined) {
          issues.push(issue(rulesetMessages, 'ruleset.missing-limit', [...base, i]));
        }
        if (k.percent !== undefined && (compare(k.percent, '0') < 0 || compare(k.percent, '100') > 0)) {
          issues.push(
            issue(rulesetMessages, 'ruleset.range-reversed', [...base, i, 'percent'], {
              detail: 'a share is 0–100',
            }),
          );
        }
      });
    }
  }

  // Reconciliation.
  const groups = new Set<string>([
    'self',
    'supervisor',
    'peers',
    'subordinates',
    ...r.reconciliation.raterGroups,
  ]);
  const rated = new Set(ids.map((e) => e.id));
  const policies: Array<[PathSegment[], (typeof r.reconciliation)['default']]> = [
    [['reconciliation', 'default'], r.reconciliation.default],
    ...Object.entries(r.reconciliation.items).map(
      ([id, p]): [PathSegment[], (typeof r.reconciliation)['default']] => [
        ['reconciliation', 'items', id],
        p,
      ],
    ),
  ];
  for (const id of Object.keys(r.reconciliation.items)) {
    reference(issues, ['reconciliation', 'items', id], 'rated id', id, rated);
  }
  for (const [path, p] of policies) {
    if (p.method === 'supervisor-of-record') continue;
    const named = p.method === 'weighted' ? { ...p.weights, ...p.minRaters } : p.minRaters;
    for (const g of Object.keys(named))
      reference(
        issues,
        [...path, p.method === 'weighted' && g in p.weights ? 'weights' : 'minRaters', g],
        'rater group',
        g,
        groups,
      );
  }

  return issues;
}
