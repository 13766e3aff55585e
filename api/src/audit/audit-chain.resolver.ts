import { Arg, Ctx, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { daysBetween } from '../shared/iso-date';
import { LocalDate } from '../shared/scalars';
import { AuditAnchorRow, AuditChainProblem, AuditChainReport, dailyAnchors, verifyChain } from './audit-chain';

registerEnumType(AuditChainProblem, { name: 'AuditChainProblem' });

/** Longest span of one anchors export, so that one request never scans the whole log at once. */
export const MAX_ANCHOR_DAYS = 366;

@ObjectType({ description: 'The audit chain walked from its first event: ok, or the first event that does not match.' })
export class AuditChainVerification implements AuditChainReport {
  @Field()
  ok: boolean;

  @Field(() => Int)
  eventsChecked: number;

  @Field({ description: 'hash of the last event that matched (the chain head when ok)' })
  headHash: string;

  @Field(() => Int)
  headPosition: number;

  @Field(() => ID, { nullable: true })
  firstBadEventId: number | null;

  @Field(() => Int, { nullable: true })
  firstBadPosition: number | null;

  @Field(() => AuditChainProblem, { nullable: true })
  problem: AuditChainProblem | null;
}

@ObjectType({ description: "The chain head at the end of a day (China time), to keep outside the system: any later edit of that day's events or earlier ones changes it." })
export class AuditAnchor implements AuditAnchorRow {
  @Field(() => LocalDate)
  day: string;

  @Field(() => Int, { description: 'chain position of the last event of the day' })
  position: number;

  @Field(() => ID)
  eventId: number;

  @Field()
  hash: string;

  @Field(() => Int, { description: 'events recorded that day' })
  events: number;
}

@Resolver()
export class AuditChainResolver {
  @Allow(Policies.administer)
  @Query(() => AuditChainVerification, { description: 'Recomputes every audit event hash in chain order and names the first that does not match.' })
  verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainReport> {
    // one snapshot: the walk and the head it ends on must agree while others keep writing
    return ctx.em.transaction('REPEATABLE READ', (em) => verifyChain((sql, params) => em.query(sql, params)));
  }

  @Allow(Policies.administer)
  @Query(() => [AuditAnchor], { description: `One anchor per day with events, from and to inclusive (at most ${MAX_ANCHOR_DAYS} days).` })
  auditAnchors(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
  ): Promise<AuditAnchorRow[]> {
    const span = daysBetween(from, to);
    if (span < 0) throw fail.badField('to', 'DATE_ORDER', 'must be on or after from');
    if (span >= MAX_ANCHOR_DAYS) throw fail.badField('to', 'RANGE', `at most ${MAX_ANCHOR_DAYS} days from from`, { max: MAX_ANCHOR_DAYS });
    return dailyAnchors((sql, params) => ctx.em.query(sql, params), from, to);
  }
}
