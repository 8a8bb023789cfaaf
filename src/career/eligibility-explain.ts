import { type Locale, type MessageCode, type MessageParams, message } from '../explain/index';
import { careerEligibilityMessages } from '../explain/messages/career-eligibility';
import { catalog } from '../explain/messages/index';
import type { EligibilityNode, EligibilityResult } from './eligibility';
import { localeOf, renderOrIssue } from './read-options';

/**
 * Options of {@link renderEligibility}.
 *
 * @category Careers
 * @example
 * ```ts
 * const options: RenderEligibilityOptions = { locale: 'en' };
 * ```
 */
export interface RenderEligibilityOptions {
  /** `id` (default) or `en`. */
  readonly locale?: Locale;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const text = (x: unknown): string =>
  x === null || x === undefined ? '—' : typeof x === 'string' ? x : JSON.stringify(x);

const YEARS_WHAT: Record<string, readonly [string, string, string]> = {
  'years-in-rank': ['masa kerja dalam pangkat', 'time in rank', 'rank.since'],
  'years-in-jenjang': ['masa dalam jenjang', 'time in the jenjang', 'position.since'],
  experience: ['pengalaman kerja', 'experience', 'serviceStart'],
};

/** The message of one node (code and params), from its type, actual and expected values. */
function describe(node: EligibilityNode): [MessageCode, MessageParams] {
  const id = node.id;
  const a = node.actual;
  const e = isObj(node.expected) ? node.expected : {};
  switch (node.type) {
    case 'all':
    case 'any':
      return [`eligibility.node-${node.type}`, { id, met: text(a), count: node.children?.length ?? 0 }];
    case 'not':
      return ['eligibility.node-not', { id }];
    case 'years-in-rank':
    case 'years-in-jenjang':
    case 'experience': {
      const [what_id, what_en, fact] = YEARS_WHAT[node.type] as readonly [string, string, string];
      if (!isObj(a)) return ['eligibility.leaf-missing', { id, fact }];
      return [
        'eligibility.leaf-years',
        {
          id,
          what_id,
          what_en,
          years: text(a.years),
          since: text(a.since),
          atLeast: text(e.atLeast),
          reachedOn: text(a.reachedOn),
        },
      ];
    }
    case 'age': {
      if (!isObj(a)) return ['eligibility.leaf-missing', { id, fact: 'birthDate' }];
      const limits = [
        e.min !== null && e.min !== undefined ? `≥ ${text(e.min)}` : '',
        e.max !== null && e.max !== undefined ? `≤ ${text(e.max)}` : '',
      ]
        .filter((s) => s !== '')
        .join(', ');
      return ['eligibility.leaf-age', { id, age: text(a.age), limits }];
    }
    case 'predikat-last-n-years':
    case 'predikat-last-year': {
      const years = Array.isArray(a)
        ? a.map((x) => (isObj(x) ? `${text(x.year)}: ${text(x.predikat)}` : text(x))).join(', ')
        : '—';
      return ['eligibility.leaf-predikat', { id, years, atLeast: text(e.atLeast) }];
    }
    case 'no-running-sanction': {
      const running = Array.isArray(a)
        ? a.map((s) => (isObj(s) ? `${text(s.level)} ${text(s.from)}–${text(s.to)}` : text(s))).join(', ')
        : '';
      return ['eligibility.leaf-sanction', { id, running }];
    }
    case 'education-cap':
      return [
        'eligibility.leaf-education-cap',
        {
          id,
          next: text(isObj(a) ? a.next : null),
          education: text(isObj(a) ? a.education : null),
          cap: text(e.atMost),
        },
      ];
    case 'education-in':
      return [
        'eligibility.leaf-education-in',
        {
          id,
          education: text(a),
          allowed: Array.isArray(node.expected) ? node.expected.join(', ') : text(node.expected),
        },
      ];
    case 'exam-passed':
      if (node.expected === 'not-required') return ['eligibility.leaf-exam-not-required', { id }];
      return [
        'eligibility.leaf-exam',
        { id, exam: text(node.expected), passed: Array.isArray(a) ? a.join(', ') : '' },
      ];
    case 'angka-kredit-reached':
      return [
        'eligibility.leaf-angka-kredit',
        {
          id,
          angkaKredit: text(isObj(a) ? a.angkaKredit : null),
          jenjang: text(isObj(a) ? a.jenjang : null),
          needed: text(e.atLeast),
        },
      ];
    case 'prior-position': {
      const held = Array.isArray(a)
        ? a.map((h) => (isObj(h) ? `${text(h.kind)}/${text(h.level)} ${text(h.years)}` : text(h))).join(', ')
        : '';
      const positions = Array.isArray(e.positions)
        ? e.positions.map((q) => (isObj(q) ? `${text(q.kind)}/${text(q.level)}` : text(q))).join(', ')
        : '';
      return ['eligibility.leaf-prior-position', { id, held, years: text(e.atLeast), positions }];
    }
    case 'compare':
      return [
        'eligibility.leaf-compare',
        { id, path: text(e.path), actual: text(a), op: text(e.op), value: text(e.value) },
      ];
  }
}

/** The tree, one line per node, depth first (without recursion: any depth renders). */
function lines(root: EligibilityNode, locale: Locale, out: string[]): void {
  const stack: Array<{ node: EligibilityNode; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: EligibilityNode; depth: number };
    const [code, params] = describe(node);
    out.push(`${'  '.repeat(depth)}${node.outcome ? '✓' : '✗'} ${message(catalog, code, params)[locale]}`);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1)
      stack.push({ node: children[i] as EligibilityNode, depth: depth + 1 });
  }
}

/**
 * Renders an eligibility result as readable text in Indonesian (`id`, default) or English: the
 * verdict with the unmet conditions, the earliest date, then the tree, one line per node (✓ met,
 * ✗ unmet) with its actual and expected values. Text comes from the message catalog. A value that
 * is not an eligibility result renders as the issue found (one line), never a throw.
 *
 * @category Careers
 * @example
 * ```ts
 * renderEligibility(result, { locale: 'en' });
 * // Not eligible for kenaikan-pangkat-reguler as of 2019-12-01; unmet: masa-kerja-pangkat
 * // Earliest date on the promotion schedule when every condition holds: 2020-04-01
 * // ✗ kenaikan-pangkat-reguler: all of (4 of 5 met)
 * //   ✗ masa-kerja-pangkat: time in rank 3 years since 2016-03-01 (at least 4, reached on 2020-03-01)
 * //   …
 * ```
 */
export function renderEligibility(result: EligibilityResult, options: RenderEligibilityOptions = {}): string {
  const locale = localeOf(options);
  return renderOrIssue(result, 'result', locale, (value) => {
    const r = value as unknown as EligibilityResult;
    const out: string[] = [];
    const verdict = r.eligible
      ? message(careerEligibilityMessages, 'eligibility.verdict-eligible', { rule: r.rule, asOf: r.asOf })
      : message(careerEligibilityMessages, 'eligibility.verdict-not-eligible', {
          rule: r.rule,
          asOf: r.asOf,
          unmet: r.unmet.join(', '),
        });
    out.push(verdict[locale]);
    out.push(
      (r.earliest === null
        ? message(careerEligibilityMessages, 'eligibility.no-earliest')
        : message(careerEligibilityMessages, 'eligibility.earliest', { date: r.earliest }))[locale],
    );
    lines(r.tree, locale, out);
    return `${out.join('\n')}\n`;
  });
}
