import { Arg, Ctx, Field, Int, ObjectType, Query, registerEnumType, Resolver, Root, Subscription } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { ChangeEntityType, ChangeEventRow, ChangePageResult, readChanges, readFeedHead } from './change-feed';
import { FeedStreamEnd, LiveFeedStream } from './live-feed';

/** The context of a subscription served at /graphql/stream: the roof opens the stream with the process's signal. */
export interface LiveFeedContext extends RequestContext {
  openLiveFeed?: (after: number, types: ChangeEntityType[] | undefined) => LiveFeedStream;
}

registerEnumType(ChangeEntityType, {
  name: 'ChangeEntityType',
  description: 'Registry types need REGISTRY_READ, election types ELECTIONS_READ.',
  valuesConfig: {
    PartyOrganisation: { description: 'a party organisation of a firm or an estate (registry)' },
    FivePartyMeeting: { description: 'a five-party meeting, its issues and its follow-ups, whose changes name the meeting (registry; officers: their jurisdiction)' },
    RepairFund: { description: 'a small-repair fund and its withdrawals, whose changes name the fund (elections)' },
    CommitteeAccount: { description: 'a committee’s book, its quarters and its entries, whose changes name the book (elections)' },
  },
});

@ObjectType({ description: 'One committed change of a registry or election record; fetch the record itself through its query.' })
export class ChangeEvent implements ChangeEventRow {
  @Field(() => Int, { description: 'gap-free and strictly increasing over the whole feed, in commit order' })
  position: number;

  @Field()
  at: Date;

  @Field(() => ChangeEntityType)
  entityType: ChangeEntityType;

  @Field()
  entityId: string;

  @Field({ description: 'as in the audit log, e.g. firm.create, firm.approve, election.move' })
  action: string;

  @Field(() => Int, { nullable: true, description: "the record's version after the change, when it has one" })
  version: number | null;
}

@ObjectType()
export class ChangePage implements ChangePageResult {
  @Field(() => [ChangeEvent])
  items: ChangeEvent[];

  @Field(() => Int, { description: 'pass as `after` to continue: a position you have seen everything up to' })
  nextAfter: number;

  @Field(() => Int, { description: 'the last committed position when this page was read' })
  headPosition: number;
}

@ObjectType({ description: 'Where the feed stands: a new follower notes `position`, syncs with the lists, then follows from it.' })
export class ChangeFeedHead {
  @Field(() => Int, { description: 'the last committed position' })
  position: number;

  @Field(() => Int, { description: 'positions up to this one were pruned (CHANGE_FEED_RETENTION_DAYS): `after` must be at least this' })
  prunedThrough: number;
}

@Resolver()
export class ChangeFeedResolver {
  @Allow(Policies.changeFeed)
  @Query(() => ChangeFeedHead, { description: 'The feed’s head and how far it was pruned: where a new follower starts, without reading a page (docs/integrators.md#feed).' })
  async changeFeedHead(@Ctx() ctx: RequestContext): Promise<ChangeFeedHead> {
    return readFeedHead(ctx);
  }

  @Allow(Policies.changeFeed)
  @Query(() => ChangePage, {
    description:
      'Committed changes after a position, in order, of the types the caller may read (officers: their jurisdiction). Replay from any position kept (CHANGE_FEED_RETENTION_DAYS); an older one is refused with FEED_POSITION_PRUNED.',
  })
  changes(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => Int, { defaultValue: 0 }) after: number,
    @Arg('types', () => [ChangeEntityType], { nullable: true }) types: ChangeEntityType[] | undefined,
    @Arg('take', () => Int, { defaultValue: 100 }) take: number,
  ): Promise<ChangePageResult> {
    return readChanges(ctx, after, types ?? undefined, take);
  }

  @Allow(Policies.changeFeed)
  @Subscription(() => ChangeEvent, {
    description:
      'Server-Sent Events at /graphql/stream (graphql-sse): every change after `after` as `changes` would list it, then each new one as it commits. Resume after a disconnect from the last position received. The stream ends with UNAUTHENTICATED when the token expires or is revoked.',
    subscribe: ({ args, context }) => {
      const open = (context as LiveFeedContext).openLiveFeed;
      if (!open) throw fail.badField('query', 'SUBSCRIPTION_OVER_SSE', 'subscriptions are served as Server-Sent Events at /graphql/stream');
      return open(args.after, args.types ?? undefined).start();
    },
  })
  changeFeed(
    @Root() event: ChangeEventRow | FeedStreamEnd,
    @Arg('after', () => Int, { description: 'the last position you have; 0 or more' }) _after: number,
    @Arg('types', () => [ChangeEntityType], { nullable: true }) _types: ChangeEntityType[] | undefined,
  ): ChangeEvent {
    if (event instanceof FeedStreamEnd) throw event.error;
    return event as ChangeEvent;
  }
}
