import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { dashboardService } from './dashboard.service';
import { AssessmentOverview, Dashboard } from './dashboard.types';

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
}
