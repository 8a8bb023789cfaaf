export function rng(seed: number): () => number;
export function hash(s: string): number;
export function hostileValues(): unknown[];
export function harvestFixtures(root: string, limit?: number): unknown[];
export function breakOnePlace(value: unknown, replacement: unknown, next: () => number): unknown;
export function describeValue(v: unknown, depth?: number): string;
