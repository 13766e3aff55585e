import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { Allow, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { Campaign, CampaignMeasure, CampaignReport, CampaignTotals, ReportedQuantity } from './campaign.entity';
import { CampaignInput, CampaignList, CampaignListOptions, CampaignReportInput, CampaignReportList, CampaignReportListOptions, CampaignReportUpdateInput } from './campaign.inputs';
import { shownQuantity } from './campaign-rules';
import { campaignService, quantitiesOf, verifyHeldBy } from './campaign.service';

const nameOf = async (ctx: RequestContext, userId: number | null) => (userId === null ? null : ((await ctx.loaders.byId(User).load(userId))?.displayName ?? null));

@Resolver(() => Campaign)
export class CampaignResolver {
  @Allow(Policies.registryRead)
  @Query(() => CampaignList, { description: 'Special rectification campaigns (物业专项整治行动).' })
  campaigns(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => CampaignListOptions, { nullable: true }) options?: CampaignListOptions,
  ): Promise<ListResult<Campaign>> {
    return campaignService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => Campaign)
  campaign(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Campaign> {
    return campaignService.get(ctx, toId(id));
  }

  @Allow(Policies.campaignsDefine)
  @Mutation(() => Campaign, { description: 'Sets up a campaign with its dates and measures (the city’s registrar).' })
  createCampaign(@Ctx() ctx: RequestContext, @Arg('input') input: CampaignInput): Promise<Campaign> {
    return campaignService.create(ctx, input);
  }

  @Allow(Policies.campaignsDefine)
  @Mutation(() => Campaign, { description: 'Edits a campaign; once estates have reported, its measures keep their codes, kinds and bounds.' })
  updateCampaign(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input') input: CampaignInput): Promise<Campaign> {
    return campaignService.update(ctx, toId(id), version, input);
  }

  @Allow(Policies.campaignsDefine)
  @Mutation(() => Campaign, { description: 'Closes a campaign: it takes no new report; those submitted may still be verified.' })
  closeCampaign(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Campaign> {
    return campaignService.close(ctx, toId(id), version);
  }

  @FieldResolver(() => [CampaignMeasure], { description: 'what the campaign counts, in order' })
  measures(@Root() campaign: Campaign, @Ctx() ctx: RequestContext): Promise<CampaignMeasure[]> {
    return campaignService.measures(ctx, campaign.id);
  }

  @FieldResolver(() => [CampaignTotals], {
    description: 'verified totals of the reports in force: first the whole city (officers: their subdistricts), then each district with a report',
  })
  totals(@Root() campaign: Campaign, @Ctx() ctx: RequestContext): Promise<CampaignTotals[]> {
    return ctx.loaders.custom('campaignTotals', (ids) => campaignService.totals(ctx, ids)).load(campaign.id);
  }
}

@Resolver(() => CampaignReport)
export class CampaignReportResolver {
  @Allow(Policies.registryRead)
  @Query(() => CampaignReportList, { description: 'Estates’ campaign reports; officers see those of their subdistricts.' })
  campaignReports(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => CampaignReportListOptions, { nullable: true }) options?: CampaignReportListOptions,
  ): Promise<ListResult<CampaignReport>> {
    return campaignService.listReports(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.registryRead)
  @Query(() => CampaignReport)
  campaignReport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CampaignReport> {
    return campaignService.getReport(ctx, toId(id));
  }

  @Allow(Policies.campaignsReport)
  @Mutation(() => CampaignReport, { description: 'Reports what an estate of the officer’s subdistricts did in an open campaign, or corrects a verified report.' })
  reportCampaignProgress(@Ctx() ctx: RequestContext, @Arg('input') input: CampaignReportInput): Promise<CampaignReport> {
    return campaignService.report(ctx, input);
  }

  @Allow(Policies.campaignsReport)
  @Mutation(() => CampaignReport, { description: 'Its reporter edits a report before it is verified.' })
  updateCampaignReport(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CampaignReportUpdateInput,
  ): Promise<CampaignReport> {
    return campaignService.updateReport(ctx, toId(id), version, input);
  }

  @Allow(Policies.campaignsReport)
  @Mutation(() => CampaignReport, { description: 'Another officer of the subdistrict verifies a report; it is locked from then on.' })
  verifyCampaignReport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<CampaignReport> {
    return campaignService.verifyReport(ctx, toId(id), version);
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() report: CampaignReport, @Ctx() ctx: RequestContext): Promise<Campaign> {
    return campaignService.get(ctx, report.campaignId);
  }

  @FieldResolver(() => Estate, { nullable: true })
  estate(@Root() report: CampaignReport, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(report.estateId);
  }

  @FieldResolver(() => [ReportedQuantity], { description: 'each measure of the campaign, in its order' })
  async quantities(@Root() report: CampaignReport, @Ctx() ctx: RequestContext): Promise<ReportedQuantity[]> {
    const [measures, quantities] = await Promise.all([campaignService.measures(ctx, report.campaignId), quantitiesOf(ctx, report.id)]);
    return measures.flatMap((measure) => {
      const found = quantities.find((q) => q.measureId === measure.id);
      return found ? [{ measure, quantity: shownQuantity(measure.kind, found.quantity) }] : [];
    });
  }

  @FieldResolver(() => String, { nullable: true, description: 'the officer who reported it' })
  reportedBy(@Root() report: CampaignReport, @Ctx() ctx: RequestContext): Promise<string | null> {
    return nameOf(ctx, report.reportedById);
  }

  @FieldResolver(() => String, { nullable: true, description: 'the officer who verified it' })
  verifiedBy(@Root() report: CampaignReport, @Ctx() ctx: RequestContext): Promise<string | null> {
    return nameOf(ctx, report.verifiedById);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'why the caller may not verify it (MAKER_CHECKER: they reported it; REPORT_VERIFIED; ROLE), or null when they may',
  })
  verifyHeldBy(@Root() report: CampaignReport, @Ctx() ctx: RequestContext): string | null {
    return verifyHeldBy(ctx, report);
  }

  @FieldResolver(() => Boolean, { description: 'verified and not corrected by a verified report: it counts in the totals' })
  async inForce(@Root() report: CampaignReport, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (report.status !== 'VERIFIED') return false;
    const corrections = await ctx.loaders.manyBy(CampaignReport, 'correctsId').load(report.id);
    return !corrections.some((c) => c.status === 'VERIFIED');
  }
}
