/** Rulesets: write-once per agency, id and version. */
import { type Issue, issue, prefixIssues } from '../../explain';
import { storageMessages } from '../../explain/messages/storage';
import { parseRuleset } from '../../ruleset';
import type { Ruleset } from '../../ruleset/types';
import type { JsonValue } from '../../workflow';
import { canonicalJson, compareCodePoints, docJson, sha256Hex } from '../canonical';
import { check, fail, throwIfAny } from '../parse';
import { readRow, rulesetKey, splitRulesetKey } from '../rows';
import { isStoreId, storeChangeSchema, storeCountSchema, storeJsonSchema } from '../schemas';
import type { ChangeContext, StoredRuleset, StoreRow } from '../types';
import { AuditWriter, checkArgId, copy, type StoreContext } from './context';
import { listAll } from './listing';

/** `putRuleset`: stores a ruleset document (it must parse); false when the same one is there. */
export async function putRuleset(
  ctx: StoreContext,
  agencyId: string,
  document: JsonValue | Ruleset,
  change: ChangeContext,
): Promise<boolean> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  check(storeChangeSchema, change, ['change'], issues);
  check(storeJsonSchema, document, ['document'], issues);
  throwIfAny(issues, 'ruleset');
  const parsed = parseRuleset(document);
  if (!parsed.ok) fail(prefixIssues(['document'], parsed.issues), 'ruleset');
  const { id, version } = parsed.value;
  if (!isStoreId(id))
    fail(
      [issue(storageMessages, 'storage.invalid-id', ['document', 'id'], { value: String(id) })],
      'ruleset',
    );
  const stored: StoredRuleset = { agencyId, id, version, document: document as JsonValue };
  const doc = docJson(stored);
  const key = rulesetKey(id, version);
  return ctx.run(async (tx) => {
    const audit = await AuditWriter.open(tx, agencyId);
    const current = await tx.get('ruleset', agencyId, key);
    if (current !== null) {
      if (current.doc === doc) return false;
      // Write-once by content: the same document with its keys in another order is the same.
      const old = readRow<StoredRuleset>(current);
      if (canonicalJson(old) === canonicalJson(stored)) return false;
      fail([issue(storageMessages, 'storage.ruleset-exists', ['document'], { id, version })], 'ruleset');
    }
    const row: StoreRow = {
      kind: 'ruleset',
      agencyId,
      key,
      revision: 1,
      unitId: null,
      employeeId: null,
      periodStart: null,
      periodEnd: null,
      state: null,
      columns: {},
      doc,
    };
    if (!(await tx.insert([row])))
      fail([issue(storageMessages, 'storage.ruleset-exists', ['document'], { id, version })], 'ruleset');
    audit.add(change, 'put', { kind: 'ruleset', id: key }, null, null, copy<JsonValue>(doc), sha256Hex(doc));
    await audit.flush();
    return true;
  });
}

/** `getRuleset`: one version, or the highest. */
export async function getRuleset(
  ctx: StoreContext,
  agencyId: string,
  id: string,
  version?: number,
): Promise<StoredRuleset | null> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  checkArgId(id, 'id', issues);
  if (version !== undefined) check(storeCountSchema, version, ['version'], issues);
  throwIfAny(issues, 'query');
  return ctx.run(async (tx) => {
    let key: string | null = null;
    if (version !== undefined) key = rulesetKey(id, version);
    else {
      let best = 0;
      for (const row of await listAll(tx, 'ruleset', agencyId, { keyPrefix: `${id}@` })) {
        const split = splitRulesetKey(row.key);
        if (split !== null && split.id === id && split.version > best) best = split.version;
      }
      if (best > 0) key = rulesetKey(id, best);
    }
    if (key === null) return null;
    const row = await tx.get('ruleset', agencyId, key);
    return row === null ? null : readRow<StoredRuleset>(row);
  });
}

/** `listRulesets`: the ids and versions of an agency, by id then version. */
export async function listRulesets(
  ctx: StoreContext,
  agencyId: string,
): Promise<{ readonly id: string; readonly version: number }[]> {
  const issues: Issue[] = [];
  checkArgId(agencyId, 'agencyId', issues);
  throwIfAny(issues, 'query');
  const rows = await ctx.run((tx) => listAll(tx, 'ruleset', agencyId, {}));
  const out = rows.map((row) => {
    const split = splitRulesetKey(row.key);
    if (split === null) {
      fail(
        [
          issue(storageMessages, 'storage.malformed-row', ['ruleset', agencyId, row.key], {
            kind: 'ruleset',
            key: row.key,
            problemId: 'kunci bukan id@versi',
            problemEn: 'the key is not id@version',
          }),
        ],
        'row',
      );
    }
    return split;
  });
  return out.sort((a, b) => (a.id === b.id ? a.version - b.version : compareCodePoints(a.id, b.id)));
}
