import { catalog, type MessageCode, type MessageParams } from './messages/index';
import type { Locale } from './result';
import type { ExplanationNode } from './tree';

/**
 * Renders one explanation step as a sentence in the locale. Steps without a template of their own
 * are rendered generically (`code ref: output`).
 *
 * @category Explanations
 * @example
 * ```ts
 * describeStep({ code: 'aspect.ratio', ref: 'kuantitas', inputs: { target: '10', realisasi: '9' }, output: '90.00' }, 'en');
 * // "kuantitas: realisation 9 ÷ target 10 × 100 = 90.00"
 * ```
 */
export function describeStep(node: ExplanationNode, locale: Locale): string {
  const params: Record<string, string | number | boolean | null> = {
    ...(node.inputs ?? {}),
    code: node.code,
  };
  if (node.ref !== undefined) params.ref = node.ref;
  params.output = node.output ?? null;
  const key = `explain.${node.code}`;
  const t = key in catalog ? catalog[key as MessageCode] : catalog['explain.step'];
  return t[locale](params as MessageParams);
}

/**
 * Renders an explanation tree as indented lines (box-drawing guides), one step per line.
 *
 * @category Explanations
 * @example
 * ```ts
 * renderTree(result.explanation, { locale: 'id' }).join('\n');
 * ```
 */
export function renderTree(root: ExplanationNode, options: { readonly locale?: Locale } = {}): string[] {
  const locale = options.locale ?? 'en';
  const lines: string[] = [describeStep(root, locale)];
  const walk = (node: ExplanationNode, prefix: string): void => {
    const kids = node.children ?? [];
    kids.forEach((child, i) => {
      const last = i === kids.length - 1;
      lines.push(`${prefix}${last ? '└─ ' : '├─ '}${describeStep(child, locale)}`);
      walk(child, `${prefix}${last ? '   ' : '│  '}`);
    });
  };
  walk(root, '');
  return lines;
}
