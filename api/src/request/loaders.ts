import DataLoader from 'dataloader';
import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PreparedSelect } from '../shared/hydrate';

/**
 * Per-request DataLoaders, made on first use and dropped with the request (never shared between users).
 * One statement per relation per request, whatever the page size: `= ANY($1)` over the batched keys.
 */
/** The loaders' queries, built once per process: per request only their keys change. */
const prepared = new Map<string, PreparedSelect<any>>();

function preparedFor<E extends ObjectLiteral>(key: string, build: (em: EntityManager) => SelectQueryBuilder<E>, names: string[]): PreparedSelect<E> {
  let select = prepared.get(key) as PreparedSelect<E> | undefined;
  if (!select) prepared.set(key, (select = new PreparedSelect(build, names)));
  return select;
}

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** The row with each id, or null; results in key order. */
  byId<E extends ObjectLiteral & { id: number }>(entity: EntityTarget<E> & { name: string }): DataLoader<number, E | null> {
    const key = `${entity.name}.id`;
    const select = preparedFor(key, (em) => em.createQueryBuilder(entity, 'r').where('r.id = ANY(:ids)'), ['ids']);
    return this.get(key, async (ids) => {
      const rows = await select.run(this.em, [ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The rows whose `column` equals each key, in `orderBy` order; an empty list for none. */
  manyBy<E extends ObjectLiteral>(
    entity: EntityTarget<E> & { name: string },
    column: keyof E & string,
    orderBy: Array<keyof E & string> = ['id'],
  ): DataLoader<number, E[]> {
    const key = `${entity.name}.${column}[] by ${orderBy.join(',')}`;
    const select = preparedFor(
      key,
      (em) => {
        const qb = em.createQueryBuilder(entity, 'r').where(`r.${column} = ANY(:keys)`);
        for (const property of orderBy) qb.addOrderBy(`r.${property}`);
        return qb;
      },
      ['keys'],
    );
    return this.get(key, async (keys) => {
      const rows = await select.run(this.em, [keys]);
      const groups = new Map<number, E[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(row[column] as number)?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  /** A relation with its own batch function (e.g. a condition on the rows); still one statement per request. */
  custom<V>(name: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    return this.get(name, batch);
  }

  private get<V>(name: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.loaders.get(name) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<number, unknown>);
    }
    return loader;
  }
}
