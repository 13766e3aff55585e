import { QueryFailedError } from 'typeorm';
import { AppError, fail } from './errors';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
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
  throw error;
}
