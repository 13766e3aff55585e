import { EntityManager, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A statement whose text starts with this comment is answered with each row as an array of its columns in select-list
 * order (pg's array row mode, set by the data source's client: db/prepared-statements.ts), not an object keyed by the
 * columns' names: for a page of hundreds of rows read by position, that object per row is work nobody uses.
 */
export const ARRAY_ROWS = '/* rows as arrays */ ';

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
      const key = alias === '' ? column.databaseName : `${alias}_${column.databaseName}`;
      if (key.length > (driver.maxAliasLength ?? 63)) throw new Error(`column alias ${key} is too long to read back`);
      return { property: column.propertyName, key, hydrate: (value: unknown) => driver.prepareHydratedValue(value, column) };
    }),
  };
  byAlias.set(alias, plan);
  return plan;
}

function hydrate<E>(plan: Plan, rows: Array<Record<string, unknown>>): E[] {
  return rows.map((row) => {
    const entity = Object.create(plan.prototype) as Record<string, unknown>;
    for (const c of plan.columns) entity[c.property] = c.hydrate(row[c.key]);
    return entity as E;
  });
}

/** The entities of a query builder's main alias, hydrated from its raw rows. */
export async function getEntities<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<E[]> {
  const plan = planFor(qb.connection.manager, qb.expressionMap.mainAlias!.metadata, qb.alias);
  return hydrate<E>(plan, await qb.getRawMany());
}

/** Entities from rows named by their columns (an INSERT … RETURNING *). */
export function entitiesFromRows<E extends ObjectLiteral>(em: EntityManager, metadata: EntityMetadata, rows: Array<Record<string, unknown>>): E[] {
  return hydrate<E>(planFor(em, metadata, ''), rows);
}

/**
 * A query whose text never changes, only its parameters (a loader's `= ANY($1)`): TypeORM builds the SQL once
 * per process; each call runs it with new parameters and hydrates the rows.
 */
export class PreparedSelect<E extends ObjectLiteral> {
  private built: { sql: string; plan: Plan } | null = null;

  /** `build` must use the parameters named in `names`, in that order. */
  constructor(
    private readonly build: (em: EntityManager) => SelectQueryBuilder<E>,
    private readonly names: string[],
  ) {}

  async run(em: EntityManager, values: unknown[]): Promise<E[]> {
    const { sql, plan } = this.prepare(em);
    return hydrate<E>(plan, await em.query(sql, values));
  }

  /** Each entity with its raw row, for columns selected beside the entity's (e.g. the key it was joined on). */
  async runWithRows(em: EntityManager, values: unknown[]): Promise<Array<{ entity: E; row: Record<string, unknown> }>> {
    const { sql, plan } = this.prepare(em);
    const rows: Array<Record<string, unknown>> = await em.query(sql, values);
    const entities = hydrate<E>(plan, rows);
    return rows.map((row, i) => ({ entity: entities[i], row }));
  }

  private prepare(em: EntityManager): { sql: string; plan: Plan } {
    if (!this.built) {
      const qb = this.build(em);
      // build with marker values and check they come back as $1…$n in this order
      const markers = this.names.map((name) => `\u0000${name}`);
      qb.setParameters(Object.fromEntries(this.names.map((name, i) => [name, markers[i]])));
      const [sql, parameters] = qb.getQueryAndParameters();
      if (parameters.length !== markers.length || parameters.some((p, i) => p !== markers[i])) {
        throw new Error(`prepared select: parameters ${this.names.join(', ')} are not $1…$${markers.length} in order`);
      }
      this.built = { sql, plan: planFor(em, qb.expressionMap.mainAlias!.metadata, qb.alias) };
    }
    return this.built;
  }
}

