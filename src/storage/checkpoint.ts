/**
 * Checkpoints: the audit heads of a store, published outside the database (a countersigned letter,
 * a transparency log), and read back to check that the chain still reaches them. The checkpoint
 * file is a public format (`audit-checkpoint`): its zod schema below is the one source of its type
 * and of its JSON Schema.
 */
import * as z from 'zod';
import { addIssues, type Issue, issue, parseWithSchema, type Result } from '../explain';
import { auditHeadMessages } from '../explain/messages/audit-heads';
import { storeCountSchema, storeIdSchema } from './schemas';

/**
 * One agency's audit head as published in a checkpoint: the `seq`, `hash`, `at` and hash `scheme`
 * of the agency's last event.
 *
 * @category Storage
 * @example
 * ```ts
 * const head = checkpointHeadSchema.parse({ agencyId: 'serang', seq: 42, hash: 'ab'.repeat(32), at: '2025-12-31', scheme: 'rfc8785-sha256' });
 * ```
 */
export const checkpointHeadSchema = z
  .strictObject({
    agencyId: storeIdSchema,
    seq: storeCountSchema,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    at: z.string(),
    scheme: z.enum(['codepoint-sha256', 'rfc8785-sha256']),
  })
  .meta({ title: 'kinerja audit head' });

/**
 * The audit checkpoint file (`kinerja audit head --format json`, {@link auditHeads}): the format
 * version (1) and the head of each agency, each agency at most once.
 *
 * @category Storage
 * @example
 * ```ts
 * const r = auditCheckpointSchema.safeParse({ version: 1, heads: [] });
 * r.success; // true
 * ```
 */
export const auditCheckpointSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    heads: z.array(checkpointHeadSchema).superRefine((heads, ctx) => {
      const seen = new Set<string>();
      const issues: Issue[] = [];
      heads.forEach((h, i) => {
        if (seen.has(h.agencyId))
          issues.push(
            issue(auditHeadMessages, 'audit.checkpoint-duplicate', [i, 'agencyId'], { agency: h.agencyId }),
          );
        seen.add(h.agencyId);
      });
      if (issues.length > 0) addIssues(ctx, heads, issues);
    }),
  })
  .meta({ title: 'kinerja audit checkpoint' });

/**
 * One agency's published audit head (see {@link auditCheckpointSchema}).
 *
 * @category Storage
 * @example
 * ```ts
 * const head: AuditCheckpointHead = { agencyId: 'serang', seq: 42, hash: 'ab'.repeat(32), at: '2025-12-31', scheme: 'rfc8785-sha256' };
 * ```
 */
export type AuditCheckpointHead = z.output<typeof checkpointHeadSchema>;

/**
 * An audit checkpoint: what {@link auditHeads} returns and `kinerja audit head --format json`
 * prints, for publication outside the database.
 *
 * @category Storage
 * @example
 * ```ts
 * const checkpoint: AuditCheckpoint = await auditHeads(store);
 * checkpoint.heads[0]?.seq; // 42
 * ```
 */
export type AuditCheckpoint = z.output<typeof auditCheckpointSchema>;

/**
 * Reads an audit checkpoint (parsed JSON, e.g. a published file) with its schema; issues with
 * paths and stable codes for anything else.
 *
 * @category Storage
 * @example
 * ```ts
 * const r = parseAuditCheckpoint(JSON.parse(readFileSync('checkpoint.json', 'utf8')));
 * if (r.ok) await verifyAudit(store, { expect: r.value });
 * ```
 */
export function parseAuditCheckpoint(input: unknown): Result<AuditCheckpoint, Issue[]> {
  return parseWithSchema(auditCheckpointSchema, input);
}
