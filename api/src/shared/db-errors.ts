import { QueryFailedError } from 'typeorm';
import { AppError, fail } from './errors';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  table?: string;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Turns a constraint violation into the coded error the client should see; anything else is rethrown as is
 * (and becomes INTERNAL_SERVER_ERROR with no detail). A missing foreign key names its column in PostgreSQL's
 * detail ("Key (district_id)=(9) is not present…"): that column becomes the field.
 */
export function translateDbError(error: unknown, byConstraint: Record<string, () => AppError> = {}): never {
  if (error instanceof QueryFailedError) {
    const pg = error.driverError as PgError;
    const known = pg.constraint ? byConstraint[pg.constraint] : undefined;
    if (known) throw known();
    const column = pg.code === '23503' && pg.detail?.match(/^Key \(([a-z_]+)\)=/);
    if (column) throw fail.badField(camel(column[1]), 'REFERENCE', 'refers to a record that does not exist');
  }
  throw checkViolation(error) ?? error;
}

/**
 * A CHECK the input rules let through (they should not: each CHECK has its rule) as a coded refusal, not a 500: the
 * column of PostgreSQL's own constraint name (firm_name_check → name) is the field. null for any other error.
 */
export function checkViolation(error: unknown): AppError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const pg = error.driverError as PgError;
  if (pg.code !== '23514') return null;
  const column = pg.table && pg.constraint?.startsWith(`${pg.table}_`) ? /^([a-z0-9_]+?)_check\d*$/.exec(pg.constraint.slice(pg.table.length + 1))?.[1] : undefined;
  return fail.badField(column ? camel(column) : 'input', 'CHECK', 'is not a value this record can hold (too long, too short or out of range)');
}

/**
 * Two writes that met (a deadlock, 40P01, or a serialization failure, 40001): PostgreSQL rolled one back whole.
 * Nothing was written, and the same request sent again sees the other's result: a CONFLICT the client retries,
 * never an internal error (attacker round 7 F10).
 */
export function concurrentWrite(error: unknown): AppError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const pg = error.driverError as PgError;
  if (pg.code !== '40P01' && pg.code !== '40001') return null;
  return fail.concurrentWrite();
}
