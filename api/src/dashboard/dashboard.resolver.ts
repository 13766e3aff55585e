import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { dashboardService } from './dashboard.service';
import { Campaign } from '../campaigns/campaign.entity';
import { campaignService } from '../campaigns/campaign.service';
import { AssessmentOverview, Dashboard, DemonstrationOverview, StatementsOverview } from './dashboard.types';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Allow(Policies.dashboardRead)
  @Query(() => Dashboard, { description: 'Filing counts against the targets, filings waiting, counts by district.' })
  dashboard(@Ctx() ctx: RequestContext): Promise<Dashboard> {
    return dashboardService.get(ctx);
  }

  @FieldResolver(() => AssessmentOverview, { description: 'This quarter’s assessments against the projects, and the latest red/black list.' })
  assessments(@Ctx() ctx: RequestContext): Promise<AssessmentOverview> {
    return dashboardService.assessments(ctx);
  }

  // the service leaves it null for those who do not read the books, instead of refusing the whole dashboard
  @Allow(Policies.dashboardRead)
  @FieldResolver(() => StatementsOverview, { nullable: true, description: 'Committee books with late statements; null for roles that do not read the books (clerks).' })
  statements(@Ctx() ctx: RequestContext): Promise<StatementsOverview | null> {
    return dashboardService.statements(ctx);
  }

  @FieldResolver(() => [Campaign], { description: 'Rectification campaigns (物业专项整治行动), latest first (at most 10), with their verified totals.' })
  campaigns(@Ctx() ctx: RequestContext): Promise<Campaign[]> {
    return campaignService.latest(ctx, 10);
  }

  @FieldResolver(() => DemonstrationOverview, { description: 'Demonstration estates against the programme’s 240 / 42.' })
  demonstrations(@Ctx() ctx: RequestContext): Promise<DemonstrationOverview> {
    return dashboardService.demonstrations(ctx);
  }
}
