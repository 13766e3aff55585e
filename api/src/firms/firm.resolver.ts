import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow, Policies } from '../auth/policies';
import { District } from '../geography/district.entity';
import type { RequestContext } from '../request/context';
import { FilingResolver } from '../filings/filing.resolver';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { Firm } from './firm.entity';
import { FirmInput, FirmList, FirmListOptions } from './firm.inputs';
import { firmService } from './firm.service';

@Resolver(() => Firm)
export class FirmResolver extends FilingResolver('Firm', Firm, firmService) {
  @Allow(Policies.registryRead)
  @Query(() => FirmList)
  firms(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => FirmListOptions, { nullable: true }) options?: FirmListOptions,
  ): Promise<ListResult<Firm>> {
    return firmService.list(ctx, options, selects(info, 'totalItems'), info);
  }

  @Allow(Policies.registryRead)
  @Query(() => Firm)
  firm(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Firm> {
    return firmService.get(ctx, toId(id));
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => Firm, { description: 'A new firm filing, as a draft.' })
  createFirm(@Ctx() ctx: RequestContext, @Arg('input') input: FirmInput): Promise<Firm> {
    return firmService.create(ctx, input);
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => Firm, { description: 'Replace the fields of a draft or returned firm filing.' })
  updateFirm(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: FirmInput,
  ): Promise<Firm> {
    return firmService.update(ctx, toId(id), version, input);
  }

  @FieldResolver(() => District)
  async district(@Root() firm: Firm, @Ctx() ctx: RequestContext): Promise<District | null> {
    return ctx.loaders.byId(District).load(firm.districtId);
  }
}
