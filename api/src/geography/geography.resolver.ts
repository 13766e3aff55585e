import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { Community } from './community.entity';
import { District } from './district.entity';
import {
  CommunityList,
  CommunityListOptions,
  DistrictList,
  DistrictListOptions,
  SubdistrictList,
  SubdistrictListOptions,
} from './geography.inputs';
import { geographyService } from './geography.service';
import { Subdistrict } from './subdistrict.entity';

@Resolver(() => District)
export class DistrictResolver {
  @Allow(Policies.registryRead)
  @Query(() => DistrictList)
  districts(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => DistrictListOptions, { nullable: true }) options?: DistrictListOptions,
  ): Promise<ListResult<District>> {
    return geographyService.districts(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => District)
  district(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<District> {
    return geographyService.get(ctx, District, toId(id));
  }

  @FieldResolver(() => [Subdistrict])
  subdistricts(@Root() district: District, @Ctx() ctx: RequestContext): Promise<Subdistrict[]> {
    return ctx.loaders.manyBy(Subdistrict, 'districtId').load(district.id);
  }
}

@Resolver(() => Subdistrict)
export class SubdistrictResolver {
  @Allow(Policies.registryRead)
  @Query(() => SubdistrictList)
  subdistricts(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => SubdistrictListOptions, { nullable: true }) options?: SubdistrictListOptions,
  ): Promise<ListResult<Subdistrict>> {
    return geographyService.subdistricts(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => Subdistrict)
  subdistrict(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Subdistrict> {
    return geographyService.get(ctx, Subdistrict, toId(id));
  }

  @FieldResolver(() => District)
  district(@Root() subdistrict: Subdistrict, @Ctx() ctx: RequestContext): Promise<District | null> {
    return ctx.loaders.byId(District).load(subdistrict.districtId);
  }

  @FieldResolver(() => [Community])
  communities(@Root() subdistrict: Subdistrict, @Ctx() ctx: RequestContext): Promise<Community[]> {
    return ctx.loaders.manyBy(Community, 'subdistrictId').load(subdistrict.id);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @Allow(Policies.registryRead)
  @Query(() => CommunityList)
  communities(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => CommunityListOptions, { nullable: true }) options?: CommunityListOptions,
  ): Promise<ListResult<Community>> {
    return geographyService.communities(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => Community)
  community(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Community> {
    return geographyService.get(ctx, Community, toId(id));
  }

  @FieldResolver(() => Subdistrict)
  subdistrict(@Root() community: Community, @Ctx() ctx: RequestContext): Promise<Subdistrict | null> {
    return ctx.loaders.byId(Subdistrict).load(community.subdistrictId);
  }
}
