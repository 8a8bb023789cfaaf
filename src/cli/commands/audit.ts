import type { Locale } from '../../index';
import { type AuditReport, type EvaluationStore, verifyAudit } from '../../storage/index';
import { choice, isUsageError, parseCommandArgs } from '../args';
import type { Command, CommandContext } from '../context';
import { helpText } from '../help';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../io';
import { tr } from '../messages';
import { openStoreArg } from '../store-arg';

function fail(ctx: CommandContext, locale: Locale, message: string): number {
  ctx.io.stderr(`kinerja audit: ${message}\n${tr(locale, 'seeHelp', { command: 'kinerja audit' })}\n`);
  return EXIT_USAGE;
}

/** One line per agency: `ok` with the counts and head, or `BROKEN` with the first break. */
function textLine(report: AuditReport, locale: Locale): string {
  if (report.ok) {
    return `${tr(locale, 'auditOk', {
      agency: report.agencyId,
      events: report.events,
      records: report.records,
      head: report.head === null ? '-' : report.head.slice(0, 16),
    })}\n`;
  }
  const broken = report.broken;
  const where =
    broken?.seq === null || broken?.seq === undefined
      ? broken?.entity
        ? `${broken.entity.kind} ${broken.entity.id}`
        : ''
      : tr(locale, 'auditEvent', { seq: broken.seq });
  return `${tr(locale, 'auditBroken', {
    agency: report.agencyId,
    where,
    code: broken?.code ?? '',
    message: broken ? broken.message[locale] : '',
  })}\n`;
}

/**
 * `kinerja audit verify --store <url> [--agency ID] [--format text|json]`: verifies the audit hash
 * chain of every agency in the store (or one), and that every record matches its last event.
 * Exit 1 names the first broken link of each agency that has one.
 */
export const audit: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    { store: { type: 'string' }, agency: { type: 'string', multiple: true }, format: { type: 'string' } },
    ctx.locale,
    true,
  );
  if (isUsageError(parsed)) return fail(ctx, ctx.locale, parsed.usageError);
  const { locale, values } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'audit'));
    return EXIT_OK;
  }
  const [sub, ...extra] = parsed.positionals;
  if (sub !== 'verify') return fail(ctx, locale, tr(locale, 'auditSubcommand', { value: sub ?? '' }));
  if (extra.length > 0)
    return fail(ctx, locale, tr(locale, 'unexpectedArguments', { args: extra.join(' ') }));
  const format = choice(parsed, 'format', ['text', 'json'] as const, 'text');
  if (typeof format !== 'string') return fail(ctx, locale, format.usageError);
  const url = values.store;
  if (typeof url !== 'string' || url === '') return fail(ctx, locale, tr(locale, 'storeRequired'));

  const opened = await openStoreArg(url, locale, ctx.io.cwd);
  if (!opened.ok) {
    ctx.io.stderr(`kinerja audit: ${opened.message}\n`);
    return EXIT_USAGE;
  }
  const store: EvaluationStore = opened.store;
  const reports: AuditReport[] = [];
  try {
    const wanted = values.agency as string[] | undefined;
    const agencies = wanted && wanted.length > 0 ? wanted : await store.listAgencies();
    for (const agency of agencies) reports.push(await verifyAudit(store, agency));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    ctx.io.stderr(`kinerja audit: ${tr(locale, 'storeFailed', { detail })}\n`);
    return EXIT_USAGE;
  } finally {
    await store.close();
  }
  if (format === 'json') ctx.io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else if (reports.length === 0) ctx.io.stdout(`${tr(locale, 'auditEmpty')}\n`);
  else for (const report of reports) ctx.io.stdout(textLine(report, locale));
  return reports.every((r) => r.ok) ? EXIT_OK : EXIT_FAILED;
};
