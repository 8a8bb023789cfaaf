/**
 * One node of an explanation tree. The tree mirrors the computation: each node names the step
 * (`code`, stable), what it applied to (`ref`), the rule, its inputs and its output; children are
 * the steps it was computed from. Rendered as text by `explain()`.
 *
 * @category Explanations
 * @example
 * ```ts
 * const node: ExplanationNode = {
 *   code: 'aspect.ratio',
 *   ref: 'kuantitas',
 *   inputs: { target: '10', realisasi: '9' },
 *   output: '90.00',
 * };
 * ```
 */
export interface ExplanationNode {
  /** The kind of step, e.g. `indicator.pp46-activity`, `component.mean`, `final.matrix`. */
  readonly code: string;
  /** The id of what the step is about (an indicator, component, item or band set). */
  readonly ref?: string;
  /** The inputs of the step, as JSON scalars (numbers as the input gave them, computed decimals as strings). */
  readonly inputs?: Readonly<Record<string, string | number | boolean | null>>;
  /** The result of the step (decimals as strings; codes for ratings and predikat). */
  readonly output?: string | null;
  /** The steps this one was computed from. */
  readonly children?: readonly ExplanationNode[];
}
