import { fail } from './errors';

/** The largest id an `integer` (32-bit) column holds: larger ones would reach PostgreSQL and fail there. */
export const MAX_ID = 2_147_483_647;

/** The id a client's `ID` stands for, or null when it is not one of ours (a positive 32-bit integer). */
export function parseId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^[0-9]{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_ID ? id : null;
}

/** GraphQL IDs arrive as strings; ours are positive 32-bit integers. */
export function toId(value: string | number, field = 'id'): number {
  const id = parseId(value);
  if (id === null) throw fail.badField(field, 'ID', `"${String(value).slice(0, 40)}" is not an id`);
  return id;
}

export function toOptionalId(value: string | number | null | undefined, field: string): number | undefined {
  return value === null || value === undefined || value === '' ? undefined : toId(value, field);
}
