import { formatIssue, type Locale, message, renderTree } from '../explain/index';
import type { EvaluationResult } from './types';

/**
 * Options of {@link explain}.
 *
 * @category Explanations
 * @example
 * ```ts
 * const options: ExplainOptions = { locale: 'id' };
 * ```
 */
export interface ExplainOptions {
  /** `id` (Bahasa Indonesia) or `en`; default `en`. */
  readonly locale?: Locale;
}

/**
 * Renders an evaluation result as readable text: the predikat and score, every step of the
 * computation as an indented tree, warnings, the need for a dialogue, and the follow-up.
 *
 * @category Explanations
 * @example
 * ```ts
 * const r = scoreEvaluation(unwrap(compileRuleset('pp46-2011')), input);
 * if (r.ok) console.log(explain(r.value, { locale: 'id' }));
 * // Predikat: baik (nilai 83.30)
 * // Penilaian dengan pp46-2011@1: predikat baik
 * // ├─ Komponen skp: rata-rata = 85.50
 * // …
 * ```
 */
export function explain(result: EvaluationResult, options: ExplainOptions = {}): string {
  const locale = options.locale ?? 'en';
  const t = (code: Parameters<typeof message>[0], params?: Parameters<typeof message>[1]) =>
    message(code, params)[locale];
  const lines: string[] = [t('explain.score', { predikat: result.predikat, score: result.score })];
  lines.push(...renderTree(result.explanation, { locale }));
  if (result.needsDialogue) lines.push('', t('explain.dialogue'));
  if (result.warnings.length > 0) {
    lines.push('', `${t('explain.warnings')}:`);
    for (const w of result.warnings) lines.push(`- ${formatIssue(w, { locale })}`);
  }
  const { actions, trainingNeeds } = result.followUp;
  if (actions.length > 0) {
    lines.push('', `${t('explain.follow-up')}:`);
    for (const a of actions) {
      const label = a.label === undefined ? a.code : typeof a.label === 'string' ? a.label : a.label[locale];
      lines.push(`- [${a.kind}] ${label}`);
    }
  }
  if (trainingNeeds.length > 0) {
    lines.push('', `${t('explain.training-needs')}:`);
    for (const n of trainingNeeds) lines.push(`- ${n.indicator}: ${n.score ?? n.rating ?? ''}`);
  }
  return lines.join('\n');
}
