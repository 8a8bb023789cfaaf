import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExplanationNode } from '../explain/index';
import { unwrap } from '../explain/index';
import { catalog } from '../explain/messages/index';
import { compileRuleset, type RulesetLike } from './compile';
import { explain } from './explain';
import { scoreEvaluation } from './score';
import type { EvaluationResult } from './types';

function goldenResults(): EvaluationResult[] {
  const out: EvaluationResult[] = [];
  for (const f of ['pp46-2011', 'pp30-2019', 'permenpanrb-6-2022']) {
    const file = JSON.parse(
      readFileSync(new URL(`../../test/golden/${f}.cases.json`, import.meta.url), 'utf8'),
    ) as {
      ruleset: string;
      cases: Array<{ input: unknown }>;
    };
    const c = unwrap(compileRuleset(file.ruleset as RulesetLike)); // a pack id or a ruleset, as the golden file names it;
    for (const cs of file.cases) {
      const r = scoreEvaluation(c, cs.input);
      if (r.ok) out.push(r.value);
    }
  }
  return out;
}

function codes(node: ExplanationNode, into = new Set<string>()): Set<string> {
  into.add(node.code);
  for (const child of node.children ?? []) codes(child, into);
  return into;
}

describe('explain', () => {
  const results = goldenResults();

  it('has golden results to explain', () => {
    expect(results.length).toBeGreaterThan(15);
  });

  it('every step the engine produces has its own text in both languages', () => {
    const all = new Set<string>();
    for (const r of results) codes(r.explanation, all);
    const missing = [...all].filter((code) => !(`explain.${code}` in catalog));
    expect(missing).toEqual([]);
  });

  it('renders the predikat, the score, each step and the follow-up in Indonesian and English', () => {
    const r = results[0] as EvaluationResult;
    const en = explain(r, { locale: 'en' });
    const id = explain(r, { locale: 'id' });
    expect(en.split('\n')[0]).toBe('Predikat: baik (score 83.30)');
    expect(id.split('\n')[0]).toBe('Predikat: baik (nilai 83.30)');
    expect(en).toContain('waktu: efficiency 0.00% (≤ boundary)');
    expect(id).toContain('waktu: efisiensi 0.00% (≤ batas)');
    expect(en).toContain('83.30 falls in the band baik (pp46) → baik');
    expect(en).toContain('Follow-up:');
    expect(id).toContain('Tindak lanjut:');
    expect(en).not.toMatch(/undefined|NaN|\[object/);
    expect(id).not.toMatch(/undefined|NaN|\[object/);
  });

  it('explains a derived rating with its rounded mean and the matrix', () => {
    const derived = results.find((r) => r.components.perilaku?.source === 'derived');
    expect(derived).toBeDefined();
    const text = explain(derived as EvaluationResult);
    expect(text).toContain('Component perilaku: mean of 7 items = 2.43 → sesuai-ekspektasi');
    expect(text).toContain('Predikat from the matrix: baik');
  });

  it('defaults to English and shows warnings', () => {
    const warned = results.find((r) => r.warnings.length > 0) as EvaluationResult;
    expect(explain(warned)).toContain('Warnings:');
    expect(explain(warned)).toContain('missed its target and has no justification');
  });
});
