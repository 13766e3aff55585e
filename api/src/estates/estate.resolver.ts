import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { Community } from '../geography/community.entity';
import { District } from '../geography/district.entity';
import { Subdistrict } from '../geography/subdistrict.entity';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { DemonstrationDesignation } from './demonstration.entity';
import { Estate } from './estate.entity';
import { demonstrationService } from './demonstration.service';
import { DemonstrationDesignationInput, DemonstrationWithdrawalInput, EstateInput, EstateList, EstateListOptions } from './estate.inputs';
import { estateService } from './estate.service';

@Resolver(() => Estate)
export class EstateResolver {
  @Allow(Policies.registryRead)
  @Query(() => EstateList)
  estates(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => EstateListOptions, { nullable: true }) options?: EstateListOptions,
  ): Promise<ListResult<Estate>> {
    return estateService.list(ctx, options, selects(info, 'totalItems'), info);
  }

  @Allow(Policies.registryRead)
  @Query(() => Estate)
  estate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Estate> {
    return estateService.get(ctx, toId(id));
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => Estate)
  createEstate(@Ctx() ctx: RequestContext, @Arg('input') input: EstateInput): Promise<Estate> {
    return estateService.create(ctx, input);
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => Estate)
  updateEstate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: EstateInput,
  ): Promise<Estate> {
    return estateService.update(ctx, toId(id), version, input);
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => DemonstrationDesignation, { description: 'Records a designation as a demonstration estate (红色物业示范小区) from its document.' })
  designateDemonstrationEstate(@Ctx() ctx: RequestContext, @Arg('input') input: DemonstrationDesignationInput): Promise<DemonstrationDesignation> {
    return demonstrationService.designate(ctx, input);
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => DemonstrationDesignation, { description: 'Withdraws a standing designation; it stays in the estate\'s history.' })
  withdrawDemonstrationDesignation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: DemonstrationWithdrawalInput,
  ): Promise<DemonstrationDesignation> {
    return demonstrationService.withdraw(ctx, toId(id), version, input);
  }

  @FieldResolver(() => [DemonstrationDesignation], { description: 'its designations as a demonstration estate (红色物业示范小区), oldest first, withdrawn ones included' })
  demonstrations(@Root() estate: Estate, @Ctx() ctx: RequestContext): Promise<DemonstrationDesignation[]> {
    return ctx.loaders.manyBy(DemonstrationDesignation, 'estateId', ['year', 'id']).load(estate.id);
  }

  @FieldResolver(() => Community)
  community(@Root() estate: Estate, @Ctx() ctx: RequestContext): Promise<Community | null> {
    return ctx.loaders.byId(Community).load(estate.communityId);
  }

  @FieldResolver(() => Subdistrict)
  subdistrict(@Root() estate: Estate, @Ctx() ctx: RequestContext): Promise<Subdistrict | null> {
    return estateService.subdistrictOf(ctx, estate.id);
  }

  @FieldResolver(() => District)
  district(@Root() estate: Estate, @Ctx() ctx: RequestContext): Promise<District | null> {
    return estateService.districtOf(ctx, estate.id);
  }
}

/** A community's estates: told here, so geography/ needs no estates. */
@Resolver(() => Community)
export class CommunityEstatesResolver {
  @FieldResolver(() => [Estate])
  estates(@Root() community: Community, @Ctx() ctx: RequestContext): Promise<Estate[]> {
    return ctx.loaders.manyBy(Estate, 'communityId', ['name', 'id']).load(community.id);
  }
}
