import { describe, expect, it } from 'vitest';
import { KinerjaError, message } from '../../explain/index';
import { testingMessages } from '../../explain/messages/testing';
import { getPack } from '../../ruleset/index';
import { CaseSetupError, optionalRuleset } from './rulesets';
import type { CaseContext } from './types';

function ctxThrowing(e: unknown): CaseContext {
  return {
    baseDir: undefined,
    ruleset: () => {
      throw e;
    },
    compiled: () => {
      throw e;
    },
  };
}

describe('optionalRuleset (the one rulesetOf of the annual and eligibility runners)', () => {
  it('gives the case’s ruleset when it has one', () => {
    const ruleset = getPack('pp46-2011');
    expect(optionalRuleset({ baseDir: undefined, ruleset: () => ruleset, compiled: () => 0 as never })).toBe(
      ruleset,
    );
  });

  it('gives undefined for a missing ruleset, decided by the issue code, not by the text', () => {
    const missing = new CaseSetupError('testing.ruleset-missing', { id: 'x', en: 'y' });
    expect(optionalRuleset(ctxThrowing(missing))).toBeUndefined();
  });

  it('rethrows a ruleset that is named but unusable, even with the text of a missing one', () => {
    const unavailable = new CaseSetupError(
      'testing.ruleset-unavailable',
      message(testingMessages, 'testing.ruleset-missing'),
    );
    expect(() => optionalRuleset(ctxThrowing(unavailable))).toThrow(unavailable);
    const other = new Error('boom');
    expect(() => optionalRuleset(ctxThrowing(other))).toThrow(other);
  });

  it('CaseSetupError is a KinerjaError carrying its code as an issue', () => {
    const e = new CaseSetupError(
      'testing.ruleset-missing',
      message(testingMessages, 'testing.ruleset-missing'),
    );
    expect(e).toBeInstanceOf(KinerjaError);
    expect(e.issues.map((i) => i.code)).toEqual(['testing.ruleset-missing']);
  });
});
