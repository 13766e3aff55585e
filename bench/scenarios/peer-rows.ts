import { isDeepStrictEqual } from 'node:util';

/**
 * Rows of ours and PostGraphile's in one shape, so the benchmark compares like with like: ids and numbers as
 * text, timestamps as ISO instants, enum values upper-case (PostGraphile writes PostgreSQL's values as enums).
 */
export function normalised(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalised);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, normalised(v)]));
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return new Date(value).toISOString();
  if (typeof value === 'string' && /^[a-z_]+$/.test(value)) return value.toUpperCase();
  return value;
}

/** Throws with the first differing row when the two lists differ; returns how many rows matched. */
export function sameRows(what: string, ours: unknown[], theirs: unknown[]): number {
  if (ours.length !== theirs.length) throw new Error(`${what}: ${ours.length} rows of ours, ${theirs.length} of PostGraphile's`);
  for (let i = 0; i < ours.length; i++) {
    const a = normalised(ours[i]);
    const b = normalised(theirs[i]);
    if (!isDeepStrictEqual(a, b)) throw new Error(`${what}: row ${i} differs\n  ours:         ${JSON.stringify(a)}\n  PostGraphile: ${JSON.stringify(b)}`);
  }
  return ours.length;
}
