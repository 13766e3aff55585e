import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { dashboardService } from './dashboard.service';
import { Dashboard } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Allow(Policies.dashboardRead)
  @Query(() => Dashboard, { description: 'Filing counts against the targets, filings waiting, counts by district.' })
  dashboard(@Ctx() ctx: RequestContext): Promise<Dashboard> {
    return dashboardService.get(ctx);
  }
}
