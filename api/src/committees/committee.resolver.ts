import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import type { RequestContext } from '../request/context';
import { FilingResolver } from '../filings/filing.resolver';
import { toId } from '../shared/ids';
import { dateInChina, daysBetween, todayInChina } from '../shared/iso-date';
import { ListResult, selects } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { CommitteeFiling, CommitteeFilingKind } from './committee-filing.entity';
import { committeeFilingService } from './committee-filing.service';
import { CommitteeMember } from './committee-member.entity';
import { Committee } from './committee.entity';
import {
  CommitteeFilingList,
  CommitteeFilingListOptions,
  CommitteeList,
  CommitteeListOptions,
  CommitteeInput,
  CommitteeMembersInput,
  MaterialInput,
} from './committee.inputs';
import { committeeService } from './committee.service';
import { FilingMaterial } from './filing-material.entity';

@Resolver(() => Committee)
export class CommitteeResolver {
  @Allow(Policies.electionsRead)
  @Query(() => CommitteeList)
  committees(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => CommitteeListOptions, { nullable: true }) options?: CommitteeListOptions,
  ): Promise<ListResult<Committee>> {
    return committeeService.list(ctx, options, selects(info, 'totalItems'), info);
  }

  @Allow(Policies.electionsRead)
  @Query(() => Committee)
  committee(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Committee> {
    return committeeService.get(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Committee, { description: 'Register a committee elected outside this system; its filing is opened, due 30 days after.' })
  registerCommittee(@Ctx() ctx: RequestContext, @Arg('input') input: CommitteeInput): Promise<Committee> {
    return committeeService.register(ctx, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Committee, { description: 'A new composition from a date: size and positions checked; a change of people is re-filed.' })
  setCommitteeMembers(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CommitteeMembersInput,
  ): Promise<Committee> {
    return committeeService.setMembers(ctx, toId(id), version, input);
  }

  @FieldResolver(() => Estate)
  estate(@Root() committee: Committee, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(committee.estateId);
  }

  @FieldResolver(() => [CommitteeMember], { description: 'the sitting members; with includeFormer, everyone who served' })
  async members(
    @Root() committee: Committee,
    @Ctx() ctx: RequestContext,
    @Arg('includeFormer', { defaultValue: false }) includeFormer: boolean,
  ): Promise<CommitteeMember[]> {
    const all = await ctx.loaders.manyBy(CommitteeMember, 'committeeId', ['startsOn', 'id']).load(committee.id);
    return includeFormer ? all : all.filter((m) => !m.endsOn);
  }

  @FieldResolver(() => [CommitteeFiling])
  filings(@Root() committee: Committee, @Ctx() ctx: RequestContext): Promise<CommitteeFiling[]> {
    return ctx.loaders.manyBy(CommitteeFiling, 'committeeId', ['eventDate', 'id']).load(committee.id);
  }
}

@Resolver(() => CommitteeFiling)
export class CommitteeFilingResolver extends FilingResolver('CommitteeFiling', CommitteeFiling, committeeFilingService, {
  submit: Policies.electionsRun,
  decide: Policies.registryDecide,
}) {
  @Allow(Policies.electionsRead)
  @Query(() => CommitteeFilingList)
  committeeFilings(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => CommitteeFilingListOptions, { nullable: true }) options?: CommitteeFilingListOptions,
  ): Promise<ListResult<CommitteeFiling>> {
    return committeeFilingService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.electionsRead)
  @Query(() => CommitteeFiling)
  committeeFiling(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CommitteeFiling> {
    return committeeFilingService.get(ctx, toId(id));
  }

  // the files name owners (member lists): for the street office that files them and the registrar who decides on them
  @Allow(Policies.filingMaterialsRead)
  @Query(() => String, { description: 'a material’s file, base64: for officers of the estate’s subdistrict, and registrars once the filing is submitted (others read the metadata)' })
  filingMaterialContent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return committeeFilingService.materialContent(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => CommitteeFiling, { description: 'A draft filing of an election or change, due 30 days after it.' })
  createCommitteeFiling(
    @Ctx() ctx: RequestContext,
    @Arg('committeeId', () => ID) committeeId: string,
    @Arg('kind', () => CommitteeFilingKind) kind: CommitteeFilingKind,
    @Arg('eventDate', () => LocalDate) eventDate: string,
  ): Promise<CommitteeFiling> {
    return committeeFilingService.create(ctx, toId(committeeId, 'committeeId'), kind, eventDate);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => FilingMaterial)
  addFilingMaterial(
    @Ctx() ctx: RequestContext,
    @Arg('filingId', () => ID) filingId: string,
    @Arg('input') input: MaterialInput,
  ): Promise<FilingMaterial> {
    return committeeFilingService.addMaterial(ctx, toId(filingId, 'filingId'), input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Boolean)
  removeFilingMaterial(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return committeeFilingService.removeMaterial(ctx, toId(id));
  }

  @FieldResolver(() => Committee)
  committee(@Root() filing: CommitteeFiling, @Ctx() ctx: RequestContext): Promise<Committee | null> {
    return ctx.loaders.byId(Committee).load(filing.committeeId);
  }

  @FieldResolver(() => [FilingMaterial])
  materials(@Root() filing: CommitteeFiling, @Ctx() ctx: RequestContext): Promise<FilingMaterial[]> {
    return ctx.loaders.manyBy(FilingMaterial, 'committeeFilingId', ['kind', 'id']).load(filing.id);
  }

  @FieldResolver({ description: 'still with the street office after its last day' })
  overdue(@Root() filing: CommitteeFiling): boolean {
    return committeeFilingService.isOverdue(filing);
  }

  @FieldResolver(() => Int, { description: 'days left until the last day (negative: days overdue)' })
  daysRemaining(@Root() filing: CommitteeFiling): number {
    return daysBetween(todayInChina(), filing.dueOn);
  }

  @FieldResolver({ description: 'submitted after its last day' })
  submittedLate(@Root() filing: CommitteeFiling): boolean {
    return !!filing.submittedAt && dateInChina(filing.submittedAt) > filing.dueOn;
  }
}

@Resolver(() => FilingMaterial)
export class FilingMaterialResolver {
  @FieldResolver({ description: 'SHA-256 of the file, hex' })
  sha256(@Root() material: FilingMaterial): string {
    return material.sha256.toString('hex');
  }
}

/** An estate's sitting committee: told here, so estates/ needs no committees. */
@Resolver(() => Estate)
export class EstateCommitteeResolver {
  @FieldResolver(() => Committee, {
    nullable: true,
    description: 'The committee whose term covers today, or null; for readers of election data (an officer: in their subdistricts).',
  })
  currentCommittee(@Root() estate: Estate, @Ctx() ctx: RequestContext): Promise<Committee | null> {
    return committeeService.currentOf(ctx, estate.id);
  }
}
