import { Field, ObjectType } from 'type-graphql';
import { RequestContext } from '../request/context';
import { ElectionAction, ElectionCancelReason, ElectionPhase } from './election-phases';

/** One step of an election's history: its creation or a move, who made it and why (the audit event's facts). */
@ObjectType()
export class ElectionStep {
  @Field()
  at: Date;

  @Field(() => ElectionAction, { nullable: true, description: 'the move made; null for the election’s creation' })
  action: ElectionAction | null;

  @Field(() => ElectionPhase, { description: 'the phase the election was in after this step' })
  phase: ElectionPhase;

  @Field({ description: 'who made the step (the system’s name for a step made by start-up work)' })
  actorName: string;

  @Field(() => ElectionCancelReason, { nullable: true })
  cancelReason: ElectionCancelReason | null;

  @Field(() => String, { nullable: true, description: 'why, in the officer’s words, or the objection that reopened the review' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'the objection whose filing reopened the review' })
  objectionId: string | null;
}

const MOVES = Object.values(ElectionAction).map((action) => `election.${action.toLowerCase()}`);
const ACTIONS = new Map(Object.values(ElectionAction).map((action) => [`election.${action.toLowerCase()}`, action]));

/**
 * The history of each election, oldest first: read from the audit log, whose readers are fewer than the
 * election's, so only the facts of the moves are given (no row images): officers see why their elections moved.
 */
export async function electionHistories(ctx: RequestContext, electionIds: readonly number[]): Promise<ElectionStep[][]> {
  const rows: Array<{ entity_id: string; at: Date; actor_name: string; action: string; phase: ElectionPhase; cancel_reason: ElectionCancelReason | null; note: string | null; objection_id: string | null }> =
    await ctx.em.query(
      `SELECT entity_id, at, actor_name, action, after ->> 'phase' AS phase, after ->> 'cancelReason' AS cancel_reason,
              after ->> 'note' AS note, after ->> 'objectionId' AS objection_id
         FROM audit_event
        WHERE entity_type = 'Election' AND entity_id = ANY($1::text[]) AND (action = 'election.create' OR action = ANY($2::text[]))
        ORDER BY id`,
      [electionIds.map(String), MOVES],
    );
  const byElection = new Map<string, ElectionStep[]>(electionIds.map((id) => [String(id), []]));
  for (const row of rows) {
    byElection.get(row.entity_id)?.push({
      at: row.at,
      action: ACTIONS.get(row.action) ?? null,
      phase: row.phase,
      actorName: row.actor_name,
      cancelReason: row.cancel_reason,
      note: row.note,
      objectionId: row.objection_id,
    });
  }
  return electionIds.map((id) => byElection.get(String(id)) ?? []);
}
