import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Subdistrict } from '../geography/subdistrict.entity';
import type { RequestContext } from '../request/context';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { AccountChangeProposalList, AccountChangeProposalListOptions, UserInput, UserList, UserListOptions, UserUpdateInput } from './auth.inputs';
import { Allow, Policies } from '../auth/policies';
import { User } from './user.entity';
import { jurisdictionsByName, userService } from './user.service';
import { AccountChangeProposal } from './account-change.entity';
import { confirmRefusal, ProposalAction, proposalActions } from '../filings/proposals';
import { officerName } from './user-names';
import { shownHalf } from './one-time-password';
import { idWithRole } from '../auth/policies';
import { Role } from '../request/principal';

@Resolver(() => User)
export class UserResolver {
  @Allow(Policies.administer)
  @Query(() => UserList)
  users(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => UserListOptions, { nullable: true }) options?: UserListOptions,
  ): Promise<ListResult<User>> {
    return userService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.administer)
  @Query(() => User)
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<User> {
    return userService.get(ctx, toId(id));
  }

  @Allow(Policies.administer)
  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Arg('input') input: UserInput): Promise<User> {
    return userService.create(ctx, input);
  }

  @Allow(Policies.administer)
  @Mutation(() => User)
  updateUser(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UserUpdateInput,
  ): Promise<User> {
    return userService.update(ctx, toId(id), version, input);
  }

  @Allow(Policies.administer)
  @Mutation(() => User, { description: 'The subdistricts an officer runs elections in (replaces the previous set); the user’s version moves.' })
  setOfficerJurisdiction(
    @Ctx() ctx: RequestContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('version', () => Int) version: number,
    @Arg('subdistrictIds', () => [ID]) subdistrictIds: string[],
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<User> {
    return userService.setJurisdiction(ctx, toId(userId, 'userId'), version, subdistrictIds, reason);
  }

  @Allow(Policies.administer)
  @Query(() => AccountChangeProposalList, { description: 'account changes proposed by an admin, pending and decided (filter by status or account), oldest first unless sorted' })
  accountChangeProposals(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => AccountChangeProposalListOptions, { nullable: true }) options?: AccountChangeProposalListOptions,
  ): Promise<ListResult<AccountChangeProposal>> {
    return userService.proposals(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.administer)
  @Mutation(() => AccountChangeProposal, { description: 'Confirm an account change another admin proposed: it takes effect now (MAKER_CHECKER for its proposer).' })
  confirmAccountChange(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String, { nullable: true }) note?: string | null): Promise<AccountChangeProposal> {
    return userService.decide(ctx, toId(id), version, ProposalAction.CONFIRM, note ?? null);
  }

  @Allow(Policies.administer)
  @Mutation(() => AccountChangeProposal, { description: 'Refuse an account change another admin proposed: nothing changes (MAKER_CHECKER for its proposer).' })
  refuseAccountChange(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String, { nullable: true }) note?: string | null): Promise<AccountChangeProposal> {
    return userService.decide(ctx, toId(id), version, ProposalAction.REFUSE, note ?? null);
  }

  @Allow(Policies.administer)
  @Mutation(() => AccountChangeProposal, { description: 'Withdraw an account change you proposed: nothing changes (PROPOSER_ONLY for anyone else).' })
  withdrawAccountChange(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String, { nullable: true }) note?: string | null): Promise<AccountChangeProposal> {
    return userService.decide(ctx, toId(id), version, ProposalAction.WITHDRAW, note ?? null);
  }

  @FieldResolver(() => AccountChangeProposal, { nullable: true, description: 'a change proposed and waiting for a second admin; it is not in force yet' })
  pendingChange(@Root() user: User, @Ctx() ctx: RequestContext): Promise<AccountChangeProposal | null> {
    return ctx.loaders.custom('User.pendingChange', (ids) => userService.pendingChanges(ctx, ids)).load(user.id);
  }

  @FieldResolver(() => [Subdistrict], { description: 'for officers: where they may act' })
  async jurisdiction(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Subdistrict[]> {
    // a list of names without an order of its own: by name in pinyin (the column's zh_pinyin collation), as every picker of them
    const assigned = await ctx.loaders.custom('User.jurisdiction', (ids) => jurisdictionsByName(ctx, ids)).load(user.id);
    const subdistricts = await ctx.loaders.byId(Subdistrict).loadMany(assigned);
    return subdistricts.filter((s): s is Subdistrict => s instanceof Subdistrict);
  }
}


@Resolver(() => AccountChangeProposal)
export class AccountChangeProposalResolver {
  @FieldResolver(() => User, { description: 'the account it changes' })
  user(@Root() proposal: AccountChangeProposal, @Ctx() ctx: RequestContext): Promise<User> {
    return userService.get(ctx, proposal.userId);
  }

  @FieldResolver({ description: 'a one-time password for the person, in two halves; the person must change it at the first sign-in' })
  setsPassword(@Root() proposal: AccountChangeProposal): boolean {
    return proposal.passwordHash !== null || proposal.passwordFirstHalfHash !== null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'shown once, in the answer that made it, and never again: the first half of the one-time password to its proposer (createUser/updateUser), the second half to the admin who confirms it (confirmAccountChange). Each gives their half to the person, who types the first, then the second; then chooses their own',
  })
  passwordHalf(@Root() proposal: AccountChangeProposal, @Ctx() ctx: RequestContext): string | null {
    return shownHalf(ctx, proposal.id);
  }

  @FieldResolver(() => [Subdistrict], { nullable: true, description: 'for officers: the subdistricts proposed (replacing the set), or null to keep them' })
  async subdistricts(@Root() proposal: AccountChangeProposal, @Ctx() ctx: RequestContext): Promise<Subdistrict[] | null> {
    if (!proposal.subdistrictIds) return null;
    const found = await ctx.loaders.byId(Subdistrict).loadMany(proposal.subdistrictIds);
    return found.filter((s): s is Subdistrict => s instanceof Subdistrict);
  }

  @FieldResolver(() => String, { nullable: true })
  proposedBy(@Root() proposal: AccountChangeProposal, @Ctx() ctx: RequestContext): Promise<string | null> {
    return officerName(ctx, proposal.proposedById);
  }

  @FieldResolver(() => String, { nullable: true })
  decidedBy(@Root() proposal: AccountChangeProposal, @Ctx() ctx: RequestContext): Promise<string | null> {
    return officerName(ctx, proposal.decidedById);
  }

  @FieldResolver(() => [ProposalAction], {
    description: 'what the caller may do now (the console’s buttons): another admin confirms or refuses, the proposer withdraws; no CONFIRM while confirmRefusal says why',
  })
  async availableActions(@Root() proposal: AccountChangeProposal, @Ctx() ctx: RequestContext): Promise<ProposalAction[]> {
    const admin = idWithRole(ctx.principal, Role.ADMIN);
    return proposalActions(proposal.status, proposal.proposedById, admin, await userService.confirmBlocker(ctx, proposal, admin));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'why CONFIRM is not offered to the calling admin: MAKER_CHECKER (their own), PROPOSAL_STALE (the account changed since), PROPOSER_GONE (its proposer is no longer an active admin), SELF (their own admin role taken away); null when it is, or when decided',
  })
  async confirmRefusal(@Root() proposal: AccountChangeProposal, @Ctx() ctx: RequestContext): Promise<string | null> {
    const admin = idWithRole(ctx.principal, Role.ADMIN);
    return confirmRefusal(proposal.status, proposal.proposedById, admin, await userService.confirmBlocker(ctx, proposal, admin));
  }
}
