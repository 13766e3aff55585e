import { Arg, ClassType, Ctx, FieldResolver, ID, Int, Mutation, registerEnumType, Resolver, Root } from 'type-graphql';
import { admits, Allow, Policies, Policy } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { DECISIONS, FILING_TRANSITIONS, FilingAction, ReturnReason, RevokeReason } from './filing';
import { FiledRecord } from './filed-record';
import { DecisionDetails } from './filing-workflow';
import { toId } from '../shared/ids';
import { allowedActions } from './transitions';
import { madeBy } from './makers';

registerEnumType(FilingAction, { name: 'FilingAction' });

export interface FilingService<E> {
  transition(ctx: RequestContext, id: number, version: number, action: FilingAction, details?: DecisionDetails): Promise<E>;
}

/** The filing actions this caller may take on this record now: the table, the policies, and maker-checker. */
export function availableFilingActions(
  ctx: RequestContext,
  record: FiledRecord,
  policies: { submit: Policy; decide: Policy } = { submit: Policies.registryWrite, decide: Policies.registryDecide },
): FilingAction[] {
  const principal = ctx.principal;
  return allowedActions(FILING_TRANSITIONS, record.filingStatus).filter((action) => {
    if (!DECISIONS.includes(action)) return admits(policies.submit, principal);
    // the move's own maker-checker rule, so that nothing offered here is refused (makers.ts)
    return admits(policies.decide, principal) && !madeBy(record, principal?.id);
  });
}

/**
 * submitX / approveX / returnX / revokeX for one kind of filing, so every kind exposes the same four moves
 * with the same arguments and rules.
 */
export function FilingResolver<E extends FiledRecord>(
  name: string,
  entity: ClassType<E>,
  service: FilingService<E>,
  policies: { submit: Policy; decide: Policy } = { submit: Policies.registryWrite, decide: Policies.registryDecide },
) {
  @Resolver(() => entity)
  abstract class Base {
    @Allow(policies.submit)
    @Mutation(() => entity, { name: `submit${name}`, description: `Send a draft or returned ${name} filing for a decision.` })
    submit(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<E> {
      return service.transition(ctx, toId(id), version, FilingAction.SUBMIT);
    }

    @Allow(policies.decide)
    @Mutation(() => entity, { name: `approve${name}`, description: 'Approve and issue the filing number (not by its submitter).' })
    approve(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<E> {
      return service.transition(ctx, toId(id), version, FilingAction.APPROVE);
    }

    @Allow(policies.decide)
    @Mutation(() => entity, { name: `return${name}`, description: 'Send back to the clerk with a coded reason.' })
    return(
      @Ctx() ctx: RequestContext,
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Arg('reason', () => ReturnReason) reason: ReturnReason,
      @Arg('note', () => String, { nullable: true }) note?: string | null,
    ): Promise<E> {
      return service.transition(ctx, toId(id), version, FilingAction.RETURN, { returnReason: reason, note });
    }

    @Allow(policies.decide)
    @Mutation(() => entity, { name: `revoke${name}`, description: 'Withdraw an approved filing with a coded reason.' })
    revoke(
      @Ctx() ctx: RequestContext,
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Arg('reason', () => RevokeReason) reason: RevokeReason,
      @Arg('note', () => String, { nullable: true }) note?: string | null,
    ): Promise<E> {
      return service.transition(ctx, toId(id), version, FilingAction.REVOKE, { revokeReason: reason, note });
    }

    @FieldResolver(() => [FilingAction], { description: 'Filing actions the caller may take on this record now.' })
    availableActions(@Root() record: E, @Ctx() ctx: RequestContext): FilingAction[] {
      return availableFilingActions(ctx, record, policies);
    }
  }
  return Base;
}
