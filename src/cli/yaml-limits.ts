import {
  type CST,
  type Document,
  isAlias,
  isCollection,
  isPair,
  isScalar,
  isSeq,
  type Node,
  Parser,
} from 'yaml';
import { exactNumber, exactRadixInteger } from './numbers';

/**
 * The limits the command line puts on a YAML document before turning it into data, checked
 * without recursion deeper than the limit itself, so no document can overflow the stack or
 * expand without end:
 *
 * - nesting: collections nest at most `maxDepth` levels, counting what aliases copy in (an alias
 *   that refers to a collection containing it nests without end and is refused the same way);
 * - aliases: all uses of aliases together copy in at most {@link YAML_ALIAS_BUDGET} values, each
 *   use counting the size of what it copies (a scalar 1, a list of three numbers 4), so an
 *   ordinary file may use many small aliases while a "billion laughs" file is refused at the
 *   alias that crosses the budget;
 * - numbers: as in JSON, a number a double cannot hold exactly becomes its exact decimal string,
 *   and one that would become 0 or Infinity is refused.
 */

/** How many values the aliases of one document may copy in, all uses together. */
export const YAML_ALIAS_BUDGET = 100_000;

/** A limit crossed at offset `at` of the source text. */
export type YamlLimit =
  | { readonly kind: 'too-deep'; readonly at: number }
  | { readonly kind: 'aliases'; readonly at: number }
  | { readonly kind: 'unresolved-alias'; readonly at: number; readonly name: string }
  | {
      readonly kind: 'out-of-range';
      readonly at: number;
      readonly literal: string;
      readonly towards: 'zero' | 'infinity';
    };

class Crossed extends Error {
  constructor(readonly limit: YamlLimit) {
    super(limit.kind);
  }
}

function isCstCollection(t: CST.Token): t is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
}

/**
 * The offset of the first collection of the source's syntax tree that nests deeper than
 * `maxDepth`, found without recursion (the YAML composer recurses, so this runs first).
 */
export function yamlSourceTooDeep(text: string, maxDepth: number): number | undefined {
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document' || !token.value) continue;
    const stack: Array<readonly [CST.Token, number]> = [[token.value, 0]];
    while (stack.length > 0) {
      const [t, outer] = stack.pop() as readonly [CST.Token, number];
      if (!isCstCollection(t)) continue;
      const depth = outer + 1;
      if (depth > maxDepth) return t.type === 'flow-collection' ? t.start.offset : t.offset;
      for (let k = t.items.length - 1; k >= 0; k--) {
        const item = t.items[k];
        if (item?.value) stack.push([item.value, depth]);
        if (item?.key) stack.push([item.key, depth]);
      }
    }
  }
  return undefined;
}

const DECIMAL_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a number scalar exactly from its source (see the module comment). */
function exactScalar(node: Node): void {
  if (!isScalar(node) || typeof node.value !== 'number' || typeof node.source !== 'string') return;
  const src = node.source.replace(/_/g, '');
  const read = DECIMAL_LITERAL.test(src) ? exactNumber(src) : exactRadixInteger(src);
  if (read?.kind === 'decimal') node.value = read.text;
  if (read?.kind === 'out-of-range')
    throw new Crossed({
      kind: 'out-of-range',
      at: node.range?.[0] ?? 0,
      literal: src,
      towards: read.towards,
    });
}

interface Measure {
  /** Values in the expansion, the node itself included. */
  readonly size: number;
  /** Levels of collections in the expansion (0 for a scalar). */
  readonly height: number;
}

const SCALAR: Measure = { size: 1, height: 0 };

/**
 * Checks a composed document against the limits and reads its numbers exactly (the scalars are
 * updated in place); returns the first limit crossed, in document order.
 */
export function checkYamlDocument(doc: Document, maxDepth: number): YamlLimit | undefined {
  const anchors = new Map<string, Node>();
  const measured = new Map<Node, Measure>();
  const open = new Set<Node>();
  let copied = 0;
  const at = (node: unknown): number => (node as Node | null)?.range?.[0] ?? 0;

  /** Measures `node`, which sits inside `outer` collections. */
  const measure = (node: unknown, outer: number): Measure => {
    if (node === null || typeof node !== 'object') return SCALAR;
    if (isPair(node)) {
      // A pair in a sequence (`[a: 1]`) is a one-pair map.
      const depth = outer + 1;
      if (depth > maxDepth) throw new Crossed({ kind: 'too-deep', at: at(node.key) });
      const k = measure(node.key, depth);
      const v = measure(node.value, depth);
      return { size: 1 + k.size + v.size, height: 1 + Math.max(k.height, v.height) };
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined)
        throw new Crossed({ kind: 'unresolved-alias', at: at(node), name: node.source });
      const m = measured.get(target);
      if (open.has(target) || m === undefined) throw new Crossed({ kind: 'too-deep', at: at(node) });
      copied += m.size;
      if (copied > YAML_ALIAS_BUDGET) throw new Crossed({ kind: 'aliases', at: at(node) });
      if (outer + m.height > maxDepth) throw new Crossed({ kind: 'too-deep', at: at(node) });
      return m;
    }
    const n = node as Node;
    if (n.anchor) anchors.set(n.anchor, n);
    if (!isCollection(n)) {
      exactScalar(n);
      measured.set(n, SCALAR);
      return SCALAR;
    }
    const depth = outer + 1;
    if (depth > maxDepth) throw new Crossed({ kind: 'too-deep', at: at(n) });
    open.add(n);
    let size = 1;
    let height = 0;
    for (const item of n.items as unknown[]) {
      let m: Measure;
      if (isPair(item) && !isSeq(n)) {
        const k = measure(item.key, depth);
        const v = measure(item.value, depth);
        m = { size: k.size + v.size, height: Math.max(k.height, v.height) };
      } else m = measure(item, depth);
      size += m.size;
      height = Math.max(height, m.height);
    }
    open.delete(n);
    const result = { size, height: height + 1 };
    measured.set(n, result);
    return result;
  };

  try {
    measure(doc.contents, 0);
    return undefined;
  } catch (e) {
    if (e instanceof Crossed) return e.limit;
    throw e;
  }
}
