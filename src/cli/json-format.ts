/**
 * Pretty JSON as people (and the repository's formatter) lay it out: objects one key per line,
 * arrays of plain values on one line when that line fits in `width` columns, else one per line.
 * Files written by `kinerja packs --export` and `kinerja schema` use it, so they stay readable
 * and unchanged by the formatter.
 */
export function formatJson(value: unknown, width = 110): string {
  return `${format(value, '', 0, width)}\n`;
}

function isPlain(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}

/** `prefixLength`: the columns before the value on its line; `suffix` (a comma) counts too. */
function format(value: unknown, indent: string, prefixLength: number, width: number, suffix = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) {
      const flat = `[${value.map((v) => format(v, inner, 0, width)).join(', ')}]`;
      if (prefixLength + flat.length + suffix <= width) return flat;
    }
    const items = value.map(
      (v, i) => `${inner}${format(v, inner, inner.length, width, i < value.length - 1 ? 1 : 0)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v], i) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${format(v, inner, key.length, width, i < entries.length - 1 ? 1 : 0)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
