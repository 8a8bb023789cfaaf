import { join, resolve } from 'node:path';
import {
  type EligibilityRule,
  getPackSource,
  getPromotionRule,
  type Locale,
  listPacks,
  type PackSummary,
  PROMOTION_RULE_IDS,
} from '../../index';
import { choice, isUsageError, parseCommandArgs } from '../args';
import { writeFileAtomic } from '../atomic';
import type { Command } from '../context';
import { helpText } from '../help';
import { EXIT_OK, EXIT_USAGE, errorDetail } from '../io';
import { formatJson } from '../json-format';
import { tr } from '../messages';
import { schemaText } from './schema';

/** The file name of the JSON Schema beside exported packs. */
export const SCHEMA_FILE = 'ruleset.schema.json';

/** Lays out rows as columns separated by two spaces (the last column is not padded). */
export function formatTable(rows: ReadonlyArray<readonly string[]>): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function packTable(packs: readonly PackSummary[], locale: Locale): string {
  const header = ['colId', 'colVersion', 'colEffective', 'colFinal', 'colComponents', 'colPredikat'] as const;
  const rows = packs.map((p) => [
    p.id,
    String(p.version),
    `${p.effective.from} – ${p.effective.until ?? ''}`.trimEnd(),
    p.final,
    p.components.join(', '),
    p.predikat.join(', '),
  ]);
  return `${formatTable([header.map((h) => tr(locale, h)), ...rows])}\n`;
}

/** The leaf ids of a rule, in order. */
function leafIds(rule: EligibilityRule): string[] {
  if ('leaf' in rule) return [rule.id];
  if ('not' in rule) return leafIds(rule.not);
  return ('all' in rule ? rule.all : rule.any).flatMap(leafIds);
}

/** The built-in promotion rules with their leaf ids (the ids `unmet` reports). */
export function promotionRules(): Array<{ id: string; leaves: string[] }> {
  return PROMOTION_RULE_IDS.map((id) => {
    const rule = getPromotionRule(id);
    return { id, leaves: rule ? leafIds(rule) : [] };
  });
}

function rulesTable(locale: Locale): string {
  const rows = promotionRules().map((r) => [r.id, r.leaves.join(', ')]);
  return `${formatTable([[tr(locale, 'colRule'), tr(locale, 'colLeaves')], ...rows])}\n`;
}

/** The files `kinerja packs --export` writes: name → content. */
export function packFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const p of listPacks()) {
    const { $schema: _ignored, ...source } = getPackSource(p.id);
    files.set(`${p.id}.json`, formatJson({ $schema: `./${SCHEMA_FILE}`, ...source }));
  }
  files.set(SCHEMA_FILE, schemaText());
  return files;
}

/** `kinerja packs [--format table|json] [--export DIR]`. */
export const packs: Command = async (args, ctx) => {
  const parsed = parseCommandArgs(
    args,
    { format: { type: 'string' }, export: { type: 'string' } },
    ctx.locale,
    false,
  );
  if (isUsageError(parsed)) {
    ctx.io.stderr(
      `kinerja packs: ${parsed.usageError}\n${tr(ctx.locale, 'seeHelp', { command: 'kinerja packs' })}\n`,
    );
    return parsed.exitCode;
  }
  const { locale } = parsed;
  if (parsed.help) {
    ctx.io.stdout(helpText(locale, ctx.version, 'packs'));
    return EXIT_OK;
  }
  const format = choice(parsed, 'format', ['table', 'json'] as const, 'table');
  if (typeof format !== 'string') {
    ctx.io.stderr(`kinerja packs: ${format.usageError}\n`);
    return format.exitCode;
  }
  const dir = parsed.values.export;
  if (typeof dir === 'string') {
    const target = resolve(ctx.io.cwd, dir);
    const files = packFiles();
    try {
      // Each file is written to a temporary and renamed into place (the folder is created).
      for (const [name, content] of files) await writeFileAtomic(join(target, name), content);
    } catch (error) {
      ctx.io.stderr(`${tr(locale, 'writeFailed', { file: dir, detail: errorDetail(error) })}\n`);
      return EXIT_USAGE;
    }
    ctx.io.stdout(`${tr(locale, 'exported', { count: files.size, dir })}\n`);
    return EXIT_OK;
  }
  const list = listPacks();
  ctx.io.stdout(
    format === 'json'
      ? `${JSON.stringify({ packs: list, promotionRules: promotionRules() }, null, 2)}\n`
      : `${packTable(list, locale)}\n${rulesTable(locale)}`,
  );
  return EXIT_OK;
};
