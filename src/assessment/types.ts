/**
 * How one rated item was reconciled from its raters: the value of record beside the computed one,
 * the self and supervisor ratings, and whether their gap calls for a dialogue.
 *
 * @category Assessment
 * @example
 * ```ts
 * const r: ReconciliationResult = {
 *   value: 'sesuai-ekspektasi', computed: '2', policy: 'supervisor-of-record',
 *   self: 'di-atas-ekspektasi', supervisor: 'sesuai-ekspektasi', needsDialogue: true,
 * };
 * ```
 */
export interface ReconciliationResult {
  /** The value of record (a rating code, or a decimal string). */
  readonly value: string;
  /** What the policy computed, before an override and before mapping to a code or recording. */
  readonly computed: string;
  /** The policy applied (`of-record` when a single value was given). */
  readonly policy: string;
  readonly self?: string;
  readonly supervisor?: string;
  /** True when self and supervisor differ beyond the ruleset's dialogue tolerance. */
  readonly needsDialogue: boolean;
  /** A value of record set by hand over the computed one: always with a reason and an author. */
  readonly override?: { readonly value: string; readonly reason: string; readonly author: string };
}
