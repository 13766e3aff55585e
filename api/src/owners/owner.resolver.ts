import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertJurisdiction } from '../estates/jurisdiction';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { fromHundredths } from '../shared/decimal';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { Decimal } from '../shared/scalars';
import { Owner } from './owner.entity';
import { OwnerList, OwnerListOptions, UnitList, UnitListOptions, UnitRemovalInput } from './owner.inputs';
import { ownerService } from './owner.service';
import { Ownership } from './ownership.entity';
import { Unit } from './unit.entity';
import { DEVELOPER_PERSON_KEY } from './voting-weights';

/** What an estate's roll amounts to for votes (docs/domain-rules.md#counting). */
@ObjectType()
export class OwnerRollSummary {
  @Field(() => ID)
  estateId: number;

  @Field(() => Int)
  units: number;

  @Field(() => Int, { description: 'voting persons: one per owner, the developer once' })
  headcount: number;

  @Field(() => Decimal, { description: 'total exclusive area, m²' })
  totalArea: string;

  @Field(() => Int)
  developerHeldUnits: number;

  @Field(() => Int, { description: 'co-owned units whose owners designated no voter (counted through a co-owner who votes for no other buyer, where there is one)' })
  undesignatedUnits: number;
}

@Resolver(() => Unit)
export class UnitResolver {
  @Allow(Policies.electionsRead)
  @Query(() => UnitList)
  units(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => UnitListOptions, { nullable: true }) options?: UnitListOptions,
  ): Promise<ListResult<Unit>> {
    return ownerService.units(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Boolean, {
    description: 'Takes a unit recorded by mistake off the estate’s live roll, with its ownerships; votes already open keep the roll fixed when they opened.',
  })
  removeUnit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UnitRemovalInput,
  ): Promise<boolean> {
    return ownerService.removeUnit(ctx, toId(id), version, input.reason);
  }

  @FieldResolver(() => [Ownership])
  ownerships(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Ownership[]> {
    return ctx.loaders.manyBy(Ownership, 'unitId', ['ownerId']).load(unit.id);
  }
}

@Resolver(() => Ownership)
export class OwnershipResolver {
  @FieldResolver(() => Owner)
  owner(@Root() ownership: Ownership, @Ctx() ctx: RequestContext): Promise<Owner | null> {
    return ctx.loaders.byId(Owner).load(ownership.ownerId);
  }

  @FieldResolver(() => Unit)
  unit(@Root() ownership: Ownership, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.byId(Unit).load(ownership.unitId);
  }
}

@Resolver(() => Owner)
export class OwnerResolver {
  @Allow(Policies.electionsRead)
  @Query(() => OwnerList)
  owners(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => OwnerListOptions, { nullable: true }) options?: OwnerListOptions,
  ): Promise<ListResult<Owner>> {
    return ownerService.owners(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => Owner)
  owner(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Owner> {
    return ownerService.owner(ctx, toId(id));
  }

  @Allow(Policies.electionsRead)
  @Query(() => OwnerRollSummary, { description: 'Headcount and area of an estate’s roll, counted by docs/domain-rules.md#counting.' })
  async ownerRoll(@Ctx() ctx: RequestContext, @Arg('estateId', () => ID) estateId: string): Promise<OwnerRollSummary> {
    const id = toId(estateId, 'estateId');
    await assertJurisdiction(ctx, id);
    const roll = await ownerService.votingRoll(ctx, id);
    const developer = roll.persons.find((p) => p.personKey === DEVELOPER_PERSON_KEY);
    return {
      estateId: id,
      units: roll.persons.reduce((n, p) => n + p.unitIds.length, 0),
      headcount: roll.totals.headcount,
      totalArea: fromHundredths(roll.totals.areaHundredths),
      developerHeldUnits: developer?.unitIds.length ?? 0,
      undesignatedUnits: roll.undesignatedUnitIds.length,
    };
  }

  @FieldResolver(() => [Ownership])
  ownerships(@Root() owner: Owner, @Ctx() ctx: RequestContext): Promise<Ownership[]> {
    return ctx.loaders.manyBy(Ownership, 'ownerId', ['unitId']).load(owner.id);
  }
}
