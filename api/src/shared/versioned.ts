import { EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { inTransaction, RequestContext } from '../request/context';
import { fail } from './errors';
import { entitiesFromRows, PreparedSelect } from './hydrate';
import { VersionedRecord } from './record';

/**
 * Optimistic locking: locks the row for the rest of the transaction and checks the version the client saw. The lock is
 * FOR NO KEY UPDATE, what the write's own UPDATE takes: another write, a decision and a check held FOR SHARE wait for it,
 * while a row that only refers to this one (an audit's actor, a proposal's decider) is not blocked behind it, nor
 * deadlocks with it (race13: an admin's confirmation and their colleague's deactivation).
 * NOT_FOUND when it does not exist; then `authorize` (e.g. the officer's jurisdiction), so that a caller who
 * may not touch the record learns nothing of it, not even its version; then CONFLICT when someone changed it since.
 */
export async function lockVersion<E extends VersionedRecord>(
  ctx: RequestContext,
  entity: EntityTarget<E> & { name: string },
  id: number,
  /** null: whatever version the row has (a move the server makes as part of another change) */
  version: number | null,
  /** required, so that no caller forgets it: `noRowRule` where the operation's policy alone decides */
  authorize: (row: E) => Promise<void>,
): Promise<E> {
  if (!inTransaction(ctx)) throw new Error(`lockVersion(${entity.name}) outside a transaction would lock nothing`);
  const metadata = ctx.em.connection.getMetadata(entity);
  const [row] = returnsWhole(metadata)
    ? await lockingSelect(metadata, entity).run(ctx.em, [id])
    : [await ctx.em.createQueryBuilder(entity, 'r').setLock('for_no_key_update').where('r.id = :id', { id }).getOne()];
  if (!row) throw fail.notFound(entity.name, id);
  await authorize(row);
  if (version !== null && row.version !== version) throw fail.conflict(entity.name, id, version, row.version);
  return row;
}

/** Each entity's `SELECT … WHERE id = $1 FOR NO KEY UPDATE`, built by TypeORM once per process rather than on every move and edit. */
const lockingSelects = new WeakMap<EntityMetadata, PreparedSelect<ObjectLiteral>>();

function lockingSelect<E extends ObjectLiteral>(metadata: EntityMetadata, entity: EntityTarget<E>): PreparedSelect<E> {
  let select = lockingSelects.get(metadata);
  if (!select) {
    select = new PreparedSelect<ObjectLiteral>((em) => em.createQueryBuilder(entity, 'r').setLock('for_no_key_update').where('r.id = :id'), ['id']);
    lockingSelects.set(metadata, select);
  }
  return select as PreparedSelect<E>;
}

/** For records the operation's policy alone decides (no jurisdiction): users for admins, estates for registry writers. */
export const noRowRule = (): Promise<void> => Promise.resolve();

/**
 * A row another row's write rests on (a project's firm, a fund's project), held FOR SHARE until the commit: a
 * decision on it (FOR UPDATE) waits for this write, or this check waits for that decision and sees it, never both
 * passing on what the other is changing (docs/architecture.md#locks).
 */
export function heldForCheck<E extends ObjectLiteral>(ctx: Pick<RequestContext, 'em'>, entity: EntityTarget<E>, id: number): Promise<E | null> {
  return ctx.em.findOne(entity, { where: { id } as never, lock: { mode: 'pessimistic_read' } });
}

/**
 * A value the write itself computes in SQL, with its own named parameters: e.g. the next filing number, taken
 * by the UPDATE so that the counter's lock is held from that statement to the commit and no longer.
 */
export class ComputedInWrite {
  constructor(
    readonly sql: string,
    readonly params: Record<string, unknown>,
  ) {}
}

/** Changes to write: plain values, or values the write computes (ComputedInWrite). */
export type Changes<E> = { [K in keyof E]?: E[K] | ComputedInWrite };

/** Writes the changes with the next version and returns the row as the database now has it. */
export async function saveVersion<E extends VersionedRecord>(
  ctx: RequestContext,
  entity: EntityTarget<E> & { name: string },
  row: E,
  changes: Changes<E>,
): Promise<E> {
  const metadata = ctx.em.connection.getMetadata(entity);
  const whole = returnsWhole(metadata);
  const values: Record<string, unknown> = {};
  const params: Record<string, unknown> = { id: row.id };
  for (const [property, value] of Object.entries(changes)) {
    if (value instanceof ComputedInWrite) {
      values[property] = () => value.sql;
      Object.assign(params, value.params);
    } else values[property] = value;
  }
  values.version = row.version + 1;
  const { raw } = await ctx.em
    .createQueryBuilder()
    .update(entity)
    .set(values as never)
    .where('id = :id')
    .setParameters(params)
    .returning(whole ? '*' : 'id')
    .execute();
  return whole ? entitiesFromRows<E>(ctx.em, metadata, raw as Array<Record<string, unknown>>)[0] : ctx.em.findOneByOrFail(entity, { id: row.id } as never);
}

/** Inserts a row and returns it as the database stored it (its defaults, identity and BEFORE triggers' values). */
export async function insertReturning<E extends { id: number }>(ctx: Pick<RequestContext, 'em'>, entity: EntityTarget<E>, values: Partial<E>): Promise<E> {
  const metadata = ctx.em.connection.getMetadata(entity);
  const whole = returnsWhole(metadata);
  const { raw } = await ctx.em
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values as never)
    .returning(whole ? '*' : 'id')
    .execute();
  const [row] = raw as Array<Record<string, unknown>>;
  return whole ? entitiesFromRows<E>(ctx.em, metadata, [row])[0] : ctx.em.findOneByOrFail(entity, { id: row.id } as never);
}

/**
 * Whether a write's RETURNING * gives the whole entity: one statement, not a write and a SELECT (no AFTER trigger
 * alters its own row). An entity with relations, or with a column not read by default (a file's bytes), is read back.
 */
function returnsWhole(metadata: EntityMetadata): boolean {
  return metadata.relations.length === 0 && metadata.embeddeds.length === 0 && metadata.columns.every((column) => column.isSelect);
}
