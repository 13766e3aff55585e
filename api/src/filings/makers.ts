import type { FiledRecord } from './filed-record';

/** The columns that say who made a filing: what a read must fetch to tell whether its caller may decide it. */
export const MAKER_COLUMNS = ['createdById', 'submittedById', 'editedByIds'] as const;

/**
 * Whether `actorId` made the filing, and so may not decide it (maker-checker, docs/roles-and-workflows.md#filing;
 * attacker round 7 F1): its creator, its submitter, or anyone who edited it since its last decision. The same answer
 * for the move's guard, for `availableActions` and for PostgreSQL's trigger (migrations/1764805800000).
 */
export function madeBy(row: Pick<FiledRecord, (typeof MAKER_COLUMNS)[number]>, actorId: number | null | undefined): boolean {
  if (actorId === null || actorId === undefined) return false;
  return row.createdById === actorId || row.submittedById === actorId || (row.editedByIds ?? []).includes(actorId);
}

/** An edit's write of the editors (SQL for the UPDATE that edits): the actor added once. */
export const EDITOR_ADDED = 'CASE WHEN :editorId::int IS NULL OR :editorId::int = ANY (edited_by_ids) THEN edited_by_ids ELSE array_append(edited_by_ids, :editorId::int) END';
