import {
  type ExplanationNode,
  formatIssue,
  type Issue,
  isRecord,
  type Locale,
  message,
  renderTree,
} from '../explain/index';
import { catalog, type MessageCode, type MessageParams } from '../explain/messages/index';
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
 * computation as an indented tree, warnings, the need for a dialogue, and the follow-up. Never
 * throws: parts of a result that are missing or malformed are left out.
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
export function explain(result: EvaluationResult, options?: ExplainOptions): string {
  const locale: Locale = isRecord(options) && options.locale === 'id' ? 'id' : 'en';
  const t = (code: MessageCode, params?: MessageParams) => message(catalog, code, params)[locale];
  // Read defensively: a result read back from storage or from another version may lack parts;
  // whatever is missing or not what it should be is left out, never a throw.
  try {
    const r: Record<string, unknown> = isRecord(result) ? result : {};
    const predikat = typeof r.predikat === 'string' ? r.predikat : '';
    const score = typeof r.score === 'string' ? r.score : null;
    const lines: string[] = [t('explain.score', { predikat, score })];
    lines.push(...renderTree(r.explanation as ExplanationNode, { locale }));
    if (r.needsDialogue === true) lines.push('', t('explain.dialogue'));
    const warnings = Array.isArray(r.warnings) ? (r.warnings as unknown[]) : [];
    if (warnings.length > 0) {
      lines.push('', `${t('explain.warnings')}:`);
      for (const w of warnings) lines.push(`- ${formatIssue(w as Issue, { locale })}`);
    }
    const followUp: Record<string, unknown> = isRecord(r.followUp) ? r.followUp : {};
    const actions = Array.isArray(followUp.actions) ? (followUp.actions as unknown[]) : [];
    const needs = Array.isArray(followUp.trainingNeeds) ? (followUp.trainingNeeds as unknown[]) : [];
    if (actions.length > 0) {
      lines.push('', `${t('explain.follow-up')}:`);
      for (const item of actions) {
        const a: Record<string, unknown> = isRecord(item) ? item : {};
        const label = isRecord(a.label) ? a.label[locale] : a.label;
        lines.push(`- [${text(a.kind)}] ${text(label ?? a.code)}`);
      }
    }
    if (needs.length > 0) {
      lines.push('', `${t('explain.training-needs')}:`);
      for (const item of needs) {
        const n: Record<string, unknown> = isRecord(item) ? item : {};
        lines.push(`- ${text(n.indicator)}: ${text(n.score ?? n.rating ?? '')}`);
      }
    }
    return lines.join('\n');
  } catch {
    // A getter or Proxy that throws while the result is read.
    return t('explain.score', { predikat: '', score: null });
  }
}

/** A value shown in a line: text and finite numbers as they are, anything else left empty. */
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}
