import { fail } from './errors';

/** GraphQL IDs arrive as strings; ours are positive integers. */
export function toId(value: string | number, field = 'id'): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id < 1 || (typeof value === 'string' && !/^[0-9]+$/.test(value))) {
    throw fail.badField(field, 'ID', `"${value}" is not an id`);
  }
  return id;
}

export function toOptionalId(value: string | number | null | undefined, field: string): number | undefined {
  return value === null || value === undefined || value === '' ? undefined : toId(value, field);
}
