import { isRecord, MAX_INPUT_DEPTH } from './input-guard';
import { careerAkMessages } from './messages/career-ak';
import { commonMessages } from './messages/common';
import { explainMessages } from './messages/explain';
import { organisationMessages } from './messages/organisation';
import { periodsMessages } from './messages/periods';
import type { MessageParams } from './messages/types';
import type { Locale } from './result';
import type { ExplanationNode } from './tree';

/** The catalogues that hold templates of explanation steps (`explain.*`), and the input limit. */
const catalog = {
  ...commonMessages,
  ...explainMessages,
  ...careerAkMessages,
  ...organisationMessages,
  ...periodsMessages,
};

/** The locale asked for, or `en` for anything that is not one. */
export function localeOf(value: unknown): Locale {
  return value === 'id' ? 'id' : 'en';
}

/** A message parameter as the catalog takes it: JSON scalars as they are, anything else as text. */
function scalar(v: unknown): string | number | boolean | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (v === undefined) return null;
  return Object.prototype.toString.call(v);
}

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
  const lang = localeOf(locale);
  if (!isRecord(node) || typeof node.code !== 'string')
    return (
      catalog['explain.not-a-step'] as { id: (p: MessageParams) => string; en: (p: MessageParams) => string }
    )[lang]({});
  const params: Record<string, string | number | boolean | null> = {};
  if (isRecord(node.inputs)) for (const k of Object.keys(node.inputs)) params[k] = scalar(node.inputs[k]);
  params.code = node.code;
  if (node.ref !== undefined) params.ref = scalar(node.ref);
  params.output = scalar(node.output);
  const key = `explain.${node.code}`;
  const t = Object.hasOwn(catalog, key) ? catalog[key as keyof typeof catalog] : catalog['explain.step'];
  try {
    return t[lang](params as MessageParams);
  } catch {
    // A step stored by another version, whose inputs this template cannot read: the generic form.
    return catalog['explain.step'][lang](params as MessageParams);
  }
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
  const locale = localeOf(isRecord(options) ? options.locale : undefined);
  const lines: string[] = [];
  // Depth first without recursion; a tree nested past the input limit (or a cycle) ends in one line.
  const stack: { node: unknown; lead: string; prefix: string; depth: number }[] = [
    { node: root, lead: '', prefix: '', depth: 1 },
  ];
  while (stack.length > 0) {
    const { node, lead, prefix, depth } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_INPUT_DEPTH) {
      lines.push(`${lead}${catalog['input.too-deep'][locale]({ maximum: MAX_INPUT_DEPTH })}`);
      continue;
    }
    lines.push(`${lead}${describeStep(node as ExplanationNode, locale)}`);
    const kids = isRecord(node) && Array.isArray(node.children) ? (node.children as unknown[]) : [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const last = i === kids.length - 1;
      stack.push({
        node: kids[i],
        lead: `${prefix}${last ? '└─ ' : '├─ '}`,
        prefix: `${prefix}${last ? '   ' : '│  '}`,
        depth: depth + 1,
      });
    }
  }
  return lines;
}
