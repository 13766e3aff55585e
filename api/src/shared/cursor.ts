import { isIsoDate } from './iso-date';
import { MAX_ID } from './ids';
import { textProblem } from './text';

/**
 * Keyset cursors: `[list, sort field, direction, the last row's value of it, the last row's id]`, base64url JSON.
 * A cursor is only a position, so a client may build one, but it must name the list and the sort (field and
 * direction) it pages and carry values of the sort column's type: anything else is refused here, before a value
 * PostgreSQL cannot cast reaches it. Filters are not part of it: a filter takes a subset of the same order, in
 * which "after this row" means the same. Cursors of the older three-part shape are refused.
 */
export type CursorKind = 'integer' | 'bigint' | 'text' | 'date' | 'timestamp';

export type CursorValue = string | number;

/** What a cursor pages: the list (its entity's name) and its sort; "after" means something else in any other. */
export interface CursorOrder {
  list: string;
  field: string;
  /** ASC or DESC */
  direction: string;
}

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

export function encodeCursor(order: CursorOrder, value: unknown, id: number): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([order.list, order.field, order.direction, v, id])).toString('base64url');
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

/** The position a cursor names, for this list and sort (its column of `kind`, ids of `idKind`); null when it is not one of theirs. */
export function decodeCursor(cursor: string, order: CursorOrder, kind: CursorKind, idKind: CursorKind, nullable = false): Cursor | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) return null;
  const [list, field, direction, value, id] = parsed as unknown[];
  if (list !== order.list || field !== order.field || direction !== order.direction) return null;
  // a nullable sort column (e.g. submittedAt) names its null tail with a null value
  const valueFits = (nullable && value === null) || fitsKind(value, kind);
  if (!valueFits || !fitsKind(id, idKind) || (id as number) < 0) return null;
  return { value, id: id as number };
}
