import { isIsoDate } from './iso-date';
import { MAX_ID } from './ids';
import { textProblem } from './text';

/**
 * Keyset cursors: `[sort field, the last row's value of it, the last row's id]`, base64url JSON. A cursor is
 * only a position, so a client may build one, but it must name the list's sort and carry values of the sort
 * column's type: anything else is refused here, before a value PostgreSQL cannot cast reaches it.
 */
export type CursorKind = 'integer' | 'bigint' | 'text' | 'date' | 'timestamp';

export type CursorValue = string | number;

export interface Cursor {
  /** null only for a nullable sort column's null tail */
  value: CursorValue | null;
  id: number;
}

/** Longer ones are not ours: our longest sort values are names of a few hundred characters. */
const MAX_CURSOR_LENGTH = 2048;
const INT4_MIN = -2_147_483_648;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The cursor kind of a PostgreSQL column type (as TypeORM normalises it), or null when keysets do not support it. */
export function cursorKindOf(columnType: string): CursorKind | null {
  switch (columnType) {
    case 'integer':
    case 'int':
    case 'int4':
    case 'smallint':
      return 'integer';
    case 'bigint':
    case 'int8':
      return 'bigint';
    case 'character varying':
    case 'varchar':
    case 'character':
    case 'char':
    case 'text':
      return 'text';
    case 'date':
      return 'date';
    case 'timestamp with time zone':
    case 'timestamptz':
      return 'timestamp';
    default:
      return null;
  }
}

export function encodeCursor(field: string, value: unknown, id: number): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([field, v, id])).toString('base64url');
}

/** Whether a value fits a column of this kind (so PostgreSQL compares it instead of failing on it). */
export function fitsKind(value: unknown, kind: CursorKind): value is CursorValue {
  switch (kind) {
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT4_MIN && (value as number) <= MAX_ID;
    case 'bigint':
      return Number.isSafeInteger(value);
    case 'text':
      return typeof value === 'string' && value.length <= MAX_CURSOR_LENGTH && textProblem(value) === null;
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'timestamp':
      return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
  }
}

/** The position a cursor names, for a list sorted by `field` (a column of `kind`, ids of `idKind`). */
export function decodeCursor(cursor: string, field: string, kind: CursorKind, idKind: CursorKind, nullable = false): Cursor | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [sortField, value, id] = parsed as unknown[];
  // a nullable sort column (e.g. submittedAt) names its null tail with a null value
  const valueFits = (nullable && value === null) || fitsKind(value, kind);
  if (sortField !== field || !valueFits || !fitsKind(id, idKind) || (id as number) < 0) return null;
  return { value, id: id as number };
}
