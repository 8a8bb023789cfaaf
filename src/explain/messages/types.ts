/** Values a message template may use. */
export type MessageParams = Readonly<Record<string, string | number | boolean | null>>;

/** One catalog entry: a template per language. */
export interface MessageTemplate {
  readonly id: (p: MessageParams) => string;
  readonly en: (p: MessageParams) => string;
}

/** A catalog: stable code → templates. Codes are `area.kebab-name`. */
export type MessageCatalog = Readonly<Record<string, MessageTemplate>>;

/** Shows a value inside a message: strings quoted, everything else as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
