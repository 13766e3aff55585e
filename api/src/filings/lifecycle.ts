import { recordAudit, recordAudits } from '../audit/audit.service';
import { RequestContext, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { VersionedRecord } from '../shared/record';
import { Changes, ComputedInWrite, lockVersion, saveVersion } from '../shared/versioned';
import { nextState, TransitionTable } from './transitions';

/** What one move is about: the row as it was, the action and the caller's extra input (a reason, a date). */
export interface Move<R, A extends string, I> {
  row: R;
  action: A;
  input: I;
}

/**
 * One lifecycle (filings, elections, resolutions, committee filings) as data and hooks; `moveRecord` runs
 * every move of every lifecycle the same way: lock, authorize, version, table, guard, write, on-enter, audit.
 */
export interface Lifecycle<R extends VersionedRecord, S extends string, A extends string, I = undefined> {
  entity: (new () => R) & { name: string };
  /** the column that holds the state */
  stateField: keyof R & string;
  table: TransitionTable<S, A>;
  /** 'election' → audit actions election.open_voting … */
  auditName: string;
  /** who may touch the row at all (e.g. an officer's jurisdiction): checked before the version, so a refusal tells nothing */
  authorize?(ctx: RequestContext, row: R): Promise<void>;
  /** why a move the table allows is refused now (throw a coded error); every action may have one */
  guard?(ctx: RequestContext, move: Move<R, A, I>): Promise<void>;
  /** columns written with the new state (who decided, when, why); a value may be computed by the write (a filing number) */
  changes?(ctx: RequestContext, move: Move<R, A, I>, to: S): Promise<Changes<R>> | Changes<R>;
  /** work done on entering a state, in the same transaction (forming a committee, freezing a tally); may add columns */
  onEnter?: Partial<Record<S, (ctx: RequestContext, moved: R, move: Move<R, A, I>) => Promise<Partial<R> | void>>>;
  /** after every move (e.g. the phase history row) */
  afterMove?(ctx: RequestContext, moved: R, move: Move<R, A, I>): Promise<void>;
  /** how a refused move is named in INVALID_TRANSITION's `action` (default: "moved by ACTION") */
  refusedAs?(action: A): string;
  /** extra facts for the audit event's `after` (e.g. the reason given) */
  auditExtra?(move: Move<R, A, I>): Record<string, unknown>;
}

/**
 * Moves a record by its lifecycle's table in one transaction. `version` is the one the client saw (CONFLICT
 * when stale); `null` for a move the server makes as part of another change (an objection reopening the review).
 */
export function moveRecord<R extends VersionedRecord, S extends string, A extends string, I>(
  ctx: RequestContext,
  lifecycle: Lifecycle<R, S, A, I>,
  id: number,
  version: number | null,
  action: A,
  input: I,
): Promise<R> {
  const { entity, stateField } = lifecycle;
  return withTransaction(ctx, async (ctx) => {
    const authorize = (row: R) => lifecycle.authorize?.(ctx, row) ?? Promise.resolve();
    const row = await lockVersion(ctx, entity, id, version, authorize);
    const from = row[stateField] as unknown as S;
    const to = nextState(lifecycle.table, from, action);
    if (!to) throw fail.invalidTransition(entity.name, id, from, lifecycle.refusedAs?.(action) ?? `moved by ${action}`, { rule: 'MOVE_NOT_ALLOWED' });
    const move: Move<R, A, I> = { row, action, input };
    await lifecycle.guard?.(ctx, move);
    const changes = { ...(await lifecycle.changes?.(ctx, move, to)), [stateField]: to } as Changes<R>;
    let moved = await saveVersion(ctx, entity, row, changes);
    const entered = await lifecycle.onEnter?.[to]?.(ctx, moved, move);
    if (entered && Object.keys(entered).length) {
      await ctx.em.update(entity, { id } as never, entered as never);
      moved = await ctx.em.findOneByOrFail(entity, { id } as never);
    }
    await lifecycle.afterMove?.(ctx, moved, move);
    await recordAudit(ctx, {
      action: `${lifecycle.auditName}.${action.toLowerCase()}`,
      entityType: entity.name,
      entityId: id,
      before: row,
      after: { ...moved, ...lifecycle.auditExtra?.(move) },
    });
    return moved;
  });
}

/**
 * The same move for many records at once (publishing a quarter moves hundreds of assessments): the rows are
 * locked and checked one by one exactly as `moveRecord` does (authorize, table, guard, changes), then written
 * with their next versions and audited in a few statements. Only for lifecycles without on-enter or after-move
 * hooks on this move; `null` versions, as for a move the server makes as part of another change.
 */
export function moveRecords<R extends VersionedRecord, S extends string, A extends string, I>(
  ctx: RequestContext,
  lifecycle: Lifecycle<R, S, A, I>,
  ids: readonly number[],
  action: A,
  input: I,
): Promise<R[]> {
  const { entity, stateField } = lifecycle;
  const to = lifecycle.table[action].to;
  if (lifecycle.onEnter?.[to] || lifecycle.afterMove) throw new Error(`${entity.name}: ${action} has hooks and moves one record at a time`);
  return withTransaction(ctx, async (ctx) => {
    if (ids.length === 0) return [];
    const rows = await ctx.em.createQueryBuilder(entity, 'r').setLock('pessimistic_write').where('r.id = ANY(:ids)', { ids }).orderBy('r.id').getMany();
    if (rows.length !== new Set(ids).size) throw fail.notFound(entity.name, ids.find((id) => !rows.some((r) => r.id === id))!);
    const changes = new Map<number, Partial<R>>();
    for (const row of rows) {
      await lifecycle.authorize?.(ctx, row);
      const from = row[stateField] as unknown as S;
      if (!nextState(lifecycle.table, from, action)) throw fail.invalidTransition(entity.name, row.id, from, lifecycle.refusedAs?.(action) ?? `moved by ${action}`, { rule: 'MOVE_NOT_ALLOWED' });
      const move: Move<R, A, I> = { row, action, input };
      await lifecycle.guard?.(ctx, move);
      const rowChanges = { ...(await lifecycle.changes?.(ctx, move, to)), [stateField]: to };
      // a value computed by the write (a filing number) is taken once per row, by moveRecord
      if (Object.values(rowChanges).some((value) => value instanceof ComputedInWrite)) throw new Error(`${entity.name}: ${action} computes a value in its write and moves one record at a time`);
      changes.set(row.id, rowChanges as Partial<R>);
    }
    // one statement when every row changes the same columns to the same values (the usual case); else one per row
    const shared = JSON.stringify(changes.get(rows[0].id));
    if (rows.every((row) => JSON.stringify(changes.get(row.id)) === shared)) {
      await ctx.em.createQueryBuilder().update(entity).set({ ...changes.get(rows[0].id), version: () => 'version + 1' } as never).where('id = ANY(:ids)', { ids: rows.map((r) => r.id) }).execute();
    } else {
      for (const row of rows) await ctx.em.createQueryBuilder().update(entity).set({ ...changes.get(row.id), version: row.version + 1 } as never).where('id = :id', { id: row.id }).execute();
    }
    const moved = await ctx.em.createQueryBuilder(entity, 'r').where('r.id = ANY(:ids)', { ids: rows.map((r) => r.id) }).orderBy('r.id').getMany();
    const before = new Map(rows.map((r) => [r.id, r]));
    await recordAudits(
      ctx,
      moved.map((after) => ({
        action: `${lifecycle.auditName}.${action.toLowerCase()}`,
        entityType: entity.name,
        entityId: after.id,
        before: before.get(after.id),
        after: { ...after, ...lifecycle.auditExtra?.({ row: before.get(after.id)!, action, input }) },
      })),
    );
    return moved;
  });
}
