import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Entities from plain rows, column by column. TypeORM's general transformer (getMany) handles relations and
 * embeddeds these entities do not have, and costs more CPU and garbage than the query itself on a page of
 * a few hundred rows; each column's own hydration (types, transformers) is kept exactly.
 */
interface Plan {
  prototype: object;
  columns: Array<{ property: string; key: string; hydrate: (value: unknown) => unknown }>;
}

const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();

function planFor(em: EntityManager, metadata: EntityMetadata, alias: string): Plan {
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  let plan = byAlias.get(alias);
  if (plan) return plan;
  if (metadata.relations.length > 0 || metadata.embeddeds.length > 0) {
    throw new Error(`${metadata.name} has relations or embeddeds: read it with getMany()`);
  }
  const driver = em.connection.driver;
  plan = {
    prototype: (metadata.target as { prototype: object }).prototype,
    columns: metadata.columns.map((column) => {
      // the alias TypeORM gives a selected column: <alias>_<column>, within PostgreSQL's identifier length
      const key = `${alias}_${column.databaseName}`;
      if (key.length > (driver.maxAliasLength ?? 63)) throw new Error(`column alias ${key} is too long to read back`);
      return { property: column.propertyName, key, hydrate: (value: unknown) => driver.prepareHydratedValue(value, column) };
    }),
  };
  byAlias.set(alias, plan);
  return plan;
}

/** The entities of a query builder's main alias, hydrated from its raw rows. */
export async function getEntities<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<E[]> {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const plan = planFor(qb.connection.manager, metadata, qb.alias);
  const rows: Array<Record<string, unknown>> = await qb.getRawMany();
  return rows.map((row) => {
    const entity = Object.create(plan.prototype) as Record<string, unknown>;
    for (const c of plan.columns) entity[c.property] = c.hydrate(row[c.key]);
    return entity as E;
  });
}

