import { EntityManager, EntityTarget } from 'typeorm';
import { fail } from './errors';
import { VersionedRecord } from './record';

/**
 * Optimistic locking: locks the row for the rest of the transaction and checks the version the client saw.
 * NOT_FOUND when it does not exist, CONFLICT when someone changed it since.
 */
export async function lockVersion<E extends VersionedRecord>(
  em: EntityManager,
  entity: EntityTarget<E> & { name: string },
  id: number,
  version: number,
): Promise<E> {
  const row = await em
    .createQueryBuilder(entity, 'r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id })
    .getOne();
  if (!row) throw fail.notFound(entity.name, id);
  if (row.version !== version) throw fail.conflict(entity.name, id, version, row.version);
  return row;
}

/** Writes the changes with the next version and returns the row as the database now has it. */
export async function saveVersion<E extends VersionedRecord>(
  em: EntityManager,
  entity: EntityTarget<E> & { name: string },
  row: E,
  changes: Partial<E>,
): Promise<E> {
  await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: row.version + 1 } as never)
    .where('id = :id', { id: row.id })
    .execute();
  return em.findOneByOrFail(entity, { id: row.id } as never);
}
