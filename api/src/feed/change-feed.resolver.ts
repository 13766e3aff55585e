import { Arg, Ctx, Field, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { ChangeEntityType, ChangeEventRow, ChangePageResult, readChanges } from './change-feed';

registerEnumType(ChangeEntityType, { name: 'ChangeEntityType', description: 'Registry types need REGISTRY_READ, election types ELECTIONS_READ.' });

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

@Resolver()
export class ChangeFeedResolver {
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
}
