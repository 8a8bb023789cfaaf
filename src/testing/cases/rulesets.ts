import { resolve } from 'node:path';
import {
  formatIssue,
  type Issue,
  KinerjaError,
  type LocalizedText,
  type MessageCode,
  message,
  type Result,
  unwrap,
} from '../../explain/index';
import { testingMessages } from '../../explain/messages/testing';
import { getPack, isPackId, PACK_IDS, parseRuleset, type Ruleset } from '../../ruleset/index';
import { type CompiledRuleset, compileRuleset } from '../../scoring/index';
import type { CaseContext, RulesetRef } from './types';

/**
 * Thrown by a case context when the case's ruleset cannot be used: `code` says why
 * (`testing.ruleset-missing`, `testing.ruleset-unavailable`); the case fails with `text`.
 */
export class CaseSetupError extends KinerjaError {
  readonly code: MessageCode;
  readonly text: LocalizedText;
  constructor(code: MessageCode, text: LocalizedText) {
    super([{ path: [], code, message: text, severity: 'error' }], 'case ruleset');
    this.name = 'CaseSetupError';
    this.code = code;
    this.text = text;
  }
}

/**
 * The case's ruleset, or `undefined` when neither the case nor its file names one (for kinds
 * that fall back on national rules); a ruleset that is named but cannot be used still throws.
 */
export function optionalRuleset(ctx: CaseContext): Ruleset | undefined {
  try {
    return ctx.ruleset();
  } catch (e) {
    if (e instanceof CaseSetupError && e.code === 'testing.ruleset-missing') return undefined;
    throw e;
  }
}

interface Entry {
  readonly ruleset: Result<Ruleset, LocalizedText>;
  compiled?: CompiledRuleset;
}

const MAX_LISTED = 5;

/** Lists issues as `path: message`, the first few only. */
function listIssues(issues: readonly Issue[]): LocalizedText {
  const shown = issues.slice(0, MAX_LISTED);
  const more = issues.length - shown.length;
  const text = (locale: 'id' | 'en') =>
    shown.map((i) => formatIssue(i, { locale })).join('; ') +
    (more > 0 ? ` ${message(testingMessages, 'testing.more-issues', { count: more })[locale]}` : '');
  return { id: text('id'), en: text('en') };
}

function describeRef(ref: RulesetRef): string {
  return typeof ref === 'string' ? JSON.stringify(ref) : '(inline)';
}

function unavailable(ref: RulesetRef, detail: LocalizedText): LocalizedText {
  const r = describeRef(ref);
  return {
    id: message(testingMessages, 'testing.ruleset-unavailable', { ref: r, detail: detail.id }).id,
    en: message(testingMessages, 'testing.ruleset-unavailable', { ref: r, detail: detail.en }).en,
  };
}

function isThenable(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

/**
 * Resolves ruleset references for one run: each distinct ruleset (a pack id, a file by absolute
 * path, an inline object by identity) is read, validated and compiled at most once.
 */
export class RulesetResolver {
  readonly #byKey = new Map<string, Entry>();
  readonly #byObject = new Map<object, Entry>();

  constructor(
    private readonly baseDir: string | undefined,
    private readonly readFile: ((absPath: string) => unknown) | undefined,
    private readonly inline: ReadonlyMap<object, Result<Ruleset, Issue[]>>,
  ) {}

  #entry(ref: RulesetRef): Entry {
    if (typeof ref !== 'string') {
      let e = this.#byObject.get(ref);
      if (!e) {
        const parsed = this.inline.get(ref) ?? parseRuleset(ref);
        e = {
          ruleset: parsed.ok ? parsed : { ok: false, issues: unavailable(ref, listIssues(parsed.issues)) },
        };
        this.#byObject.set(ref, e);
      }
      return e;
    }
    if (isPackId(ref)) {
      const key = `pack:${ref}`;
      let e = this.#byKey.get(key);
      if (!e) {
        e = { ruleset: { ok: true, value: getPack(ref) }, compiled: unwrap(compileRuleset(ref)) };
        this.#byKey.set(key, e);
      }
      return e;
    }
    const file = resolve(this.baseDir ?? '.', ref);
    const key = `file:${file}`;
    let e = this.#byKey.get(key);
    if (!e) {
      e = { ruleset: this.#load(ref, file) };
      this.#byKey.set(key, e);
    }
    return e;
  }

  #load(ref: string, file: string): Result<Ruleset, LocalizedText> {
    const fail = (detail: LocalizedText): Result<Ruleset, LocalizedText> => ({
      ok: false,
      issues: unavailable(ref, detail),
    });
    if (!this.readFile) return fail(message(testingMessages, 'testing.no-reader'));
    let data: unknown;
    try {
      data = this.readFile(file);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const params = { available: PACK_IDS.join(', '), file: JSON.stringify(file), detail: reason };
      return fail(message(testingMessages, 'testing.ruleset-unreadable', params));
    }
    if (isThenable(data)) {
      return fail(message(testingMessages, 'testing.async-reader'));
    }
    const parsed = parseRuleset(data);
    return parsed.ok ? parsed : fail(listIssues(parsed.issues));
  }

  /** The validated ruleset; throws {@link CaseSetupError} when it cannot be used. */
  ruleset(ref: RulesetRef): Ruleset {
    const e = this.#entry(ref);
    if (!e.ruleset.ok) throw new CaseSetupError('testing.ruleset-unavailable', e.ruleset.issues);
    return e.ruleset.value;
  }

  /** The compiled ruleset; throws {@link CaseSetupError} when it cannot be used. */
  compiled(ref: RulesetRef): CompiledRuleset {
    const e = this.#entry(ref);
    if (!e.ruleset.ok) throw new CaseSetupError('testing.ruleset-unavailable', e.ruleset.issues);
    if (!e.compiled) e.compiled = unwrap(compileRuleset(e.ruleset.value));
    return e.compiled;
  }
}
