import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { ListResult, selects } from '../shared/list';
import { AuditEvent } from './audit-event.entity';
import { AuditEventList, AuditEventListOptions } from './audit.inputs';
import { auditService } from './audit.service';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Allow(Policies.auditRead)
  @Query(() => AuditEventList, { description: 'The history of a record (filter by entityType and entityId), newest last.' })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => AuditEventListOptions, { nullable: true }) options?: AuditEventListOptions,
  ): Promise<ListResult<AuditEvent>> {
    return auditService.list(ctx, options, selects(info, 'totalItems'));
  }
}
