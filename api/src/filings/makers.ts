import type { FiledRecord } from './filed-record';

/** The columns that say who made a filing: what a read must fetch to tell whether its caller may decide it. */
export const MAKER_COLUMNS = ['createdById', 'submittedById', 'makerIds'] as const;

/**
 * Whether `actorId` made the filing, and so may not decide it (maker-checker, docs/roles-and-workflows.md#maker-checker):
 * its creator, or anyone who edited or submitted it since it was last approved. A return accepts nothing, so it clears
 * no one (attacker round 8 F11: a return laundered an editor's changes). The same answer for the move's guard, for
 * `availableActions` and for PostgreSQL's trigger (migrations/1764805800000).
 */
export function madeBy(row: Pick<FiledRecord, (typeof MAKER_COLUMNS)[number]>, actorId: number | null | undefined): boolean {
  if (actorId === null || actorId === undefined) return false;
  return row.createdById === actorId || row.submittedById === actorId || (row.makerIds ?? []).includes(actorId);
}

/** An edit's or a submission's write of the makers (SQL for the UPDATE that makes it): the actor added once. */
export const MAKER_ADDED = 'CASE WHEN :makerId::int IS NULL OR :makerId::int = ANY (maker_ids) THEN maker_ids ELSE array_append(maker_ids, :makerId::int) END';
