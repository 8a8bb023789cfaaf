import { choice, isUsageError, parseCommandArgs } from '../args';
import type { Command, CommandContext } from '../context';
import { renderText, summaryJson } from '../demo/render';
import { DemoError, runDemo } from '../demo/run';
import { dt } from '../demo/texts';
import { helpText } from '../help';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../io';
import { tr } from '../messages';

/** Employees per agency when `--employees` is not given. */
export const DEMO_DEFAULT_EMPLOYEES = 150;
/** The largest `--employees` (per agency). */
export const DEMO_MAX_EMPLOYEES = 2000;

function fail(ctx: CommandContext, locale: CommandContext['locale'], message: string): number {
  ctx.io.stderr(`kinerja demo: ${message}\n${tr(locale, 'seeHelp', { command: 'kinerja demo' })}\n`);
  return EXIT_USAGE;
}

/** A whole number from `min` to `max` written in decimal digits, or undefined. */
function wholeNumber(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/**
 * `kinerja demo [--locale id|en] [--format text|json] [--employees N] [--seed S]`: the end-to-end
 * demo on the embedded memory store. The report goes to standard output and is the same for the
 * same options; the time taken goes to standard error.
 */
export const demo: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    { format: { type: 'string' }, employees: { type: 'string' }, seed: { type: 'string' } },
    ctx.locale,
    false,
  );
  if (isUsageError(parsed)) return fail(ctx, ctx.locale, parsed.usageError);
  const { locale, values } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'demo'));
    return EXIT_OK;
  }
  const format = choice(parsed, 'format', ['text', 'json'] as const, 'text');
  if (typeof format !== 'string') return fail(ctx, locale, format.usageError);
  let employees = DEMO_DEFAULT_EMPLOYEES;
  if (typeof values.employees === 'string') {
    const n = wholeNumber(values.employees, 1, DEMO_MAX_EMPLOYEES);
    if (n === undefined)
      return fail(
        ctx,
        locale,
        tr(locale, 'demoBadEmployees', { value: values.employees, max: DEMO_MAX_EMPLOYEES }),
      );
    employees = n;
  }
  let seed = 1;
  if (typeof values.seed === 'string') {
    const n = wholeNumber(values.seed, 0, 4294967295);
    if (n === undefined) return fail(ctx, locale, tr(locale, 'demoBadSeed', { value: values.seed }));
    seed = n;
  }
  const started = performance.now();
  let outcome: Awaited<ReturnType<typeof runDemo>>;
  try {
    outcome = await runDemo({ employees, seed });
  } catch (error) {
    // Anything else is reported by the top-level handler: one line, exit 1, no stack trace.
    if (!(error instanceof DemoError)) throw error;
    ctx.io.stderr(`kinerja demo: ${dt(locale, 'failed', { detail: error.message })}\n`);
    return EXIT_FAILED;
  }
  const seconds = (performance.now() - started) / 1000;
  ctx.io.stdout(
    format === 'json' ? `${JSON.stringify(summaryJson(outcome), null, 2)}\n` : renderText(outcome, locale),
  );
  const evaluations = outcome.agencies.reduce((s, a) => s + a.lifecycle.evaluations, 0);
  ctx.io.stderr(
    `${dt(locale, 'timing', {
      seconds: locale === 'id' ? seconds.toFixed(1).replace('.', ',') : seconds.toFixed(1),
      evaluations,
      perSecond: Math.round(evaluations / Math.max(seconds, 0.001)),
    })}\n`,
  );
  return outcome.agencies.every((a) => a.audit.ok) ? EXIT_OK : EXIT_FAILED;
};
