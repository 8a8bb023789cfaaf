import type * as z from 'zod';
import { decOf, dRoundFixed, type RoundingMode } from '../decimal/index';
import {
  checkDepth,
  err,
  type Issue,
  isRecord,
  issue,
  type LocalizedText,
  message,
  ok,
  parseWithSchema,
  type Result,
} from '../explain/index';
import { assessmentMessages } from '../explain/messages/assessment';
import { commonMessages } from '../explain/messages/common';
import { BUILTIN_RATER_GROUPS, reconcileRaters } from './raters';
import { reconcileOptionsSchema, reconciliationPolicySchema } from './schemas';
import type { ReconciliationResult } from './types';

/**
 * A reconciliation policy as a ruleset file writes it (the input of {@link reconciliationPolicySchema}).
 *
 * @category Assessment
 * @example
 * ```ts
 * const p: ReconciliationPolicyInput = { method: 'weighted', weights: { self: '20', supervisor: '80' } };
 * ```
 */
export type ReconciliationPolicyInput = z.input<typeof reconciliationPolicySchema>;

/**
 * Options of {@link reconcile}.
 *
 * @category Assessment
 * @example
 * ```ts
 * const options: ReconcileOptions = {
 *   scale: [{ code: 'di-atas-ekspektasi', value: '3' }, { code: 'sesuai-ekspektasi', value: '2' }, { code: 'di-bawah-ekspektasi', value: '1' }],
 *   dialogue: { steps: 0 },
 * };
 * ```
 */
export interface ReconcileOptions {
  /** A categorical scale, best first (`ruleset.ratingScale`); without it ratings are numbers. */
  readonly scale?: ReadonlyArray<{ readonly code: string; readonly value: string | number }>;
  /** Rater groups beyond self, supervisor, peers and subordinates (`reconciliation.raterGroups`). */
  readonly raterGroups?: readonly string[];
  /** The self/supervisor gap tolerated without a dialogue (`reconciliation.dialogue`). */
  readonly dialogue?: { readonly steps?: number; readonly points?: string | number };
  /** How a computed number is recorded (`rounding.rating`), e.g. `{ scale: 2, mode: 'half-up' }`. */
  readonly rounding?: { readonly scale: number; readonly mode: RoundingMode };
}

/**
 * The outcome of {@link reconcile}: reconciled (with the value of record and the computed value side
 * by side), or pending with the reason (too few raters: not an error).
 *
 * @category Assessment
 * @example
 * ```ts
 * const r: Reconciliation = { status: 'pending', reason: 'missing-supervisor', message: { id: '…', en: 'Pending: no supervisor rating yet' } };
 * ```
 */
export type Reconciliation =
  | ({ readonly status: 'reconciled' } & ReconciliationResult)
  | {
      readonly status: 'pending';
      readonly reason: 'missing-supervisor' | 'min-raters' | 'no-raters';
      readonly group?: string;
      readonly message: LocalizedText;
    };

/**
 * Reconciles the ratings of one item given by several raters under a policy, written as a ruleset
 * file writes it (`reconciliation.default` or `reconciliation.items[id]`: defaults filled in). Not rated is not zero; the weights of
 * the groups present are renormalised; the employee's self-rating is kept beside the value of record;
 * an `override` (value, reason and author, all required) becomes the value of record with the
 * computed value kept beside it; a self/supervisor gap beyond the tolerance flags a dialogue.
 * Never throws: a policy, raters or options that are not valid come back as issues (the policy's
 * under `policy`, the options' under `options`, the raters' at their own paths).
 *
 * @category Assessment
 * @example
 * ```ts
 * const r = reconcile(
 *   { method: 'weighted', weights: { supervisor: '50', peers: '25', subordinates: '25' }, groupAggregate: 'mean', trim: 0, minRaters: {} },
 *   { self: 95, supervisor: 90, peers: [80, 84], subordinates: [] },
 * );
 * r.ok && r.value.status === 'reconciled' && r.value.value; // "87.333…" (supervisor 50 and peers 25, renormalised over 75)
 * ```
 */
export function reconcile(
  policy: ReconciliationPolicyInput,
  raters: unknown,
  options?: ReconcileOptions,
): Result<Reconciliation, Issue[]> {
  const p = parseWithSchema(reconciliationPolicySchema, policy, ['policy']);
  const o =
    options === undefined
      ? ({ ok: true, value: {} } as const)
      : parseWithSchema(reconcileOptionsSchema, options, ['options']);
  const issues = [...(p.ok ? [] : p.issues), ...(o.ok ? [] : o.issues)];
  if (!isRecord(raters)) {
    issues.push(
      issue(commonMessages, 'input.invalid-type', [], {
        expected: 'raters object',
        received: raters === null ? 'null' : Array.isArray(raters) ? 'array' : typeof raters,
      }),
    );
  } else {
    try {
      const deep = checkDepth(raters);
      if (deep) issues.push(deep);
    } catch (e) {
      issues.push(
        issue(commonMessages, 'input.invalid', [], { detail: e instanceof Error ? e.message : String(e) }),
      );
    }
  }
  if (!p.ok || !o.ok || issues.length > 0) return err(issues);
  const opts = o.value;
  const scale = opts.scale ?? [];
  const rounding = opts.rounding;
  try {
    const out = reconcileRaters(
      raters as Record<string, unknown>,
      {
        policy: p.value,
        kind: scale.length > 0 ? 'rating' : 'number',
        scaleCodes: scale.map((l) => l.code),
        scaleValues: new Map(scale.map((l) => [l.code, decOf(l.value)])),
        groups: new Set([...BUILTIN_RATER_GROUPS, ...(opts.raterGroups ?? [])]),
        tolerance: { steps: opts.dialogue?.steps, points: opts.dialogue?.points },
        ...(rounding
          ? {
              record: (d) => {
                const r = dRoundFixed(d, rounding.scale, rounding.mode);
                return { carry: r.value, text: r.text };
              },
            }
          : {}),
      },
      '',
      [],
    );
    if (Array.isArray(out)) return err(out);
    if ('pending' in out) {
      return ok({
        status: 'pending',
        reason: out.reason,
        ...(out.group !== undefined ? { group: out.group } : {}),
        message: message(assessmentMessages, 'assessment.pending', {
          reason: out.reason,
          group: out.group ?? null,
        }),
      });
    }
    return ok({ status: 'reconciled', ...out.result });
  } catch (e) {
    // A getter or Proxy of the caller's that throws while the raters are read.
    return err([
      issue(commonMessages, 'input.invalid', [], { detail: e instanceof Error ? e.message : String(e) }),
    ]);
  }
}
