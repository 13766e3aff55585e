import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { ListResult, selects } from '../shared/list';
import { AuditEvent, AuditPerson } from './audit-event.entity';
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

  @FieldResolver(() => [AuditPerson], { description: 'the people its before and after name by id (createdById, decidedById, …), by name: one statement per page' })
  people(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<AuditPerson[]> {
    return auditService.peopleNamed(ctx, event);
  }
}
