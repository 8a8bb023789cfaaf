import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '../../index';
import {
  type AuditCheckpoint,
  type AuditReport,
  auditHeads,
  checkpointHeadSchema,
  type EvaluationStore,
  parseAuditCheckpoint,
  StoreError,
  verifyAudit,
} from '../../storage/index';
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

/** Why a checkpoint file could not be used: exit 2 when it cannot be read, 1 when it is not valid. */
type Loaded =
  | { readonly ok: true; readonly value: AuditCheckpoint }
  | { readonly ok: false; readonly code: number; readonly message: string };

/** Reads and checks a checkpoint file (`--expect`), relative to the working folder. */
async function loadCheckpoint(file: string, cwd: string, locale: Locale): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const detail =
      (error as { code?: unknown }).code === 'ENOENT' ? 'ENOENT' : String((error as Error).message ?? error);
    return { ok: false, code: EXIT_USAGE, message: tr(locale, 'auditExpectUnreadable', { file, detail }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: EXIT_FAILED, message: tr(locale, 'auditExpectInvalid', { file, detail }) };
  }
  const parsed = parseAuditCheckpoint(json);
  if (!parsed.ok) {
    const detail = parsed.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message[locale]}`)
      .join('; ');
    return { ok: false, code: EXIT_FAILED, message: tr(locale, 'auditExpectInvalid', { file, detail }) };
  }
  return { ok: true, value: parsed.value };
}

/**
 * `kinerja audit verify --store <url> [--agency ID…] [--expect FILE] [--format text|json]`: verifies
 * the audit log of every agency in the store (or those named) from every side, and against a
 * published checkpoint. Exit 1 names the first break of each agency that has one, or an agency the
 * store does not know.
 *
 * `kinerja audit head --store <url> [--agency ID…] [--format text|json]`: prints each agency's
 * audit head; with `--format json` exactly the checkpoint file (`audit-checkpoint`). Refused (exit
 * 1) for an agency whose chain does not verify.
 *
 * Both open the store read-only: a missing SQLite file is exit 2 and is not created, a database
 * that is not a kinerja store is exit 2. Arguments are checked before anything is printed.
 */
export const audit: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    {
      store: { type: 'string' },
      agency: { type: 'string', multiple: true },
      format: { type: 'string' },
      expect: { type: 'string' },
    },
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
  if (sub !== 'verify' && sub !== 'head')
    return fail(ctx, locale, tr(locale, 'auditSubcommand', { value: sub ?? '' }));
  if (extra.length > 0)
    return fail(ctx, locale, tr(locale, 'unexpectedArguments', { args: extra.join(' ') }));
  const format = choice(parsed, 'format', ['text', 'json'] as const, 'text');
  if (typeof format !== 'string') return fail(ctx, locale, format.usageError);
  const url = values.store;
  if (typeof url !== 'string' || url === '') return fail(ctx, locale, tr(locale, 'storeRequired'));
  const wanted = [...new Set((values.agency as string[] | undefined) ?? [])];
  for (const a of wanted) {
    if (!checkpointHeadSchema.shape.agencyId.safeParse(a).success)
      return fail(ctx, locale, tr(locale, 'auditBadAgency', { value: JSON.stringify(a) }));
  }
  const expectFile = values.expect as string | undefined;
  if (expectFile !== undefined && sub !== 'verify')
    return fail(ctx, locale, tr(locale, 'auditExpectNeedsVerify'));
  let expect: AuditCheckpoint | undefined;
  if (expectFile !== undefined) {
    const loaded = await loadCheckpoint(expectFile, ctx.io.cwd, locale);
    if (!loaded.ok) {
      ctx.io.stderr(`kinerja audit: ${loaded.message}\n`);
      return loaded.code;
    }
    expect = loaded.value;
  }

  const opened = await openStoreArg(url, locale, ctx.io.cwd, { readOnly: true });
  if (!opened.ok) {
    ctx.io.stderr(`kinerja audit: ${opened.message}\n`);
    return EXIT_USAGE;
  }
  const store: EvaluationStore = opened.store;
  let out = '';
  let code: number = EXIT_OK;
  try {
    if (wanted.length > 0) {
      const known = new Set(await store.listAgencies());
      for (const h of expect?.heads ?? []) known.add(h.agencyId);
      const unknown = wanted.filter((a) => !known.has(a));
      if (unknown.length > 0) {
        ctx.io.stderr(
          `kinerja audit: ${tr(locale, 'auditUnknownAgency', { agencies: unknown.map((a) => JSON.stringify(a)).join(', ') })}\n`,
        );
        return EXIT_FAILED;
      }
    }
    if (sub === 'head') {
      let checkpoint: AuditCheckpoint;
      try {
        checkpoint = await auditHeads(store, wanted.length > 0 ? { agencies: wanted } : {});
      } catch (error) {
        if (error instanceof StoreError && error.issues.every((i) => i.code === 'audit.checkpoint-refused')) {
          for (const i of error.issues) ctx.io.stderr(`kinerja audit: ${i.message[locale]}\n`);
          return EXIT_FAILED;
        }
        throw error;
      }
      if (format === 'json') out = `${JSON.stringify(checkpoint, null, 2)}\n`;
      else if (checkpoint.heads.length === 0) out = `${tr(locale, 'auditEmpty')}\n`;
      else
        for (const h of checkpoint.heads)
          out += `${tr(locale, 'auditHeadLine', { agency: h.agencyId, seq: h.seq, hash: h.hash, at: h.at, scheme: h.scheme })}\n`;
    } else {
      const options = expect === undefined ? {} : { expect };
      const reports: AuditReport[] =
        wanted.length > 0
          ? await Promise.all(wanted.map((a) => verifyAudit(store, a, options)))
          : await verifyAudit(store, options);
      if (format === 'json') out = `${JSON.stringify(reports, null, 2)}\n`;
      else if (reports.length === 0) out = `${tr(locale, 'auditEmpty')}\n`;
      else for (const report of reports) out += textLine(report, locale);
      code = reports.every((r) => r.ok) ? EXIT_OK : EXIT_FAILED;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    ctx.io.stderr(`kinerja audit: ${tr(locale, 'storeFailed', { detail })}\n`);
    return EXIT_USAGE;
  } finally {
    await store.close();
  }
  ctx.io.stdout(out);
  return code;
};
