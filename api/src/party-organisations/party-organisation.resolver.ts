import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import { Firm } from '../firms/firm.entity';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { PartyOrganisation } from './party-organisation.entity';
import { PartyOrganisationInput, PartyOrganisationList, PartyOrganisationListOptions } from './party-organisation.inputs';
import { partyOrganisationService } from './party-organisation.service';

@Resolver(() => PartyOrganisation)
export class PartyOrganisationResolver {
  @Allow(Policies.registryRead)
  @Query(() => PartyOrganisationList)
  partyOrganisations(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => PartyOrganisationListOptions, { nullable: true }) options?: PartyOrganisationListOptions,
  ): Promise<ListResult<PartyOrganisation>> {
    return partyOrganisationService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => PartyOrganisation)
  partyOrganisation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PartyOrganisation> {
    return partyOrganisationService.get(ctx, toId(id));
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => PartyOrganisation, { description: 'Registers a party organisation (党组织) formed in a firm or an estate.' })
  createPartyOrganisation(@Ctx() ctx: RequestContext, @Arg('input') input: PartyOrganisationInput): Promise<PartyOrganisation> {
    return partyOrganisationService.create(ctx, input);
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => PartyOrganisation)
  updatePartyOrganisation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: PartyOrganisationInput,
  ): Promise<PartyOrganisation> {
    return partyOrganisationService.update(ctx, toId(id), version, input);
  }

  @FieldResolver(() => Firm, { nullable: true })
  firm(@Root() org: PartyOrganisation, @Ctx() ctx: RequestContext): Promise<Firm | null> | null {
    return org.firmId === null ? null : ctx.loaders.byId(Firm).load(org.firmId);
  }

  @FieldResolver(() => Estate, { nullable: true })
  estate(@Root() org: PartyOrganisation, @Ctx() ctx: RequestContext): Promise<Estate | null> | null {
    return org.estateId === null ? null : ctx.loaders.byId(Estate).load(org.estateId);
  }
}
