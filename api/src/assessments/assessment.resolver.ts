import { inJurisdiction } from '../estates/jurisdiction';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { admits, Allow, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import { allowedActions } from '../filings/transitions';
import { Firm } from '../firms/firm.entity';
import { Project } from '../projects/project.entity';
import { actorId, type RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { ListResult, selects } from '../shared/list';
import { AssessmentAction as Action, ASSESSMENT_TRANSITIONS, finalScore } from './assessment-rules';
import { Assessment, AssessmentScheme, AssessmentSchemeState, EstateCategory, RedBlackEntry, RedBlackList, RedBlackPlace } from './assessment.entity';
import { AssessmentInput, AssessmentList, AssessmentListOptions, AssessmentSchemeInput, ItemAdjustmentInput, ItemScoreInput, RedBlackListList, RedBlackListListOptions } from './assessment.inputs';
import { assessmentService, publishedOrder, schemeMadeBy, type QuarterProject } from './assessment.service';
import { quarterBounds } from './quarter';
import { todayInChina } from '../shared/iso-date';
import { redBlackJson } from './red-black-record';
import { itemsFor, maxTotal } from './scheme';

export { Action as AssessmentAction };
registerEnumType(Action, { name: 'AssessmentAction' });

@ObjectType({ description: 'An item of a scheme: what is scored, out of how many points, in which categories.' })
export class AssessmentSchemeItem {
  @Field()
  key: string;

  @Field()
  titleZh: string;

  @Field()
  titleEn: string;

  @Field(() => Int)
  maxScore: number;

  @Field(() => [EstateCategory])
  categories: EstateCategory[];
}

@ObjectType()
export class CategoryMaximum {
  @Field(() => EstateCategory)
  category: EstateCategory;

  @Field(() => Int)
  maxTotal: number;
}

@ObjectType({ description: 'One item of an assessment: the assessor’s score and, when the city changed it, the new score and why.' })
export class AssessmentItem {
  @Field()
  key: string;

  @Field()
  titleZh: string;

  @Field()
  titleEn: string;

  @Field(() => Int)
  maxScore: number;

  @Field(() => Int, { nullable: true })
  score: number | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int, { nullable: true, description: 'the city’s score where it changed the assessor’s' })
  adjustedScore: number | null;

  @Field(() => String, { nullable: true })
  adjustReason: string | null;

  @Field(() => Int, { nullable: true, description: 'the score as it stands' })
  finalScore: number | null;
}

@ObjectType({ description: 'Counts of one category on a list.' })
export class RedBlackCategoryCount {
  @Field(() => EstateCategory)
  category: EstateCategory;

  @Field(() => Int, { description: 'projects with a reviewed assessment, ranked' })
  ranked: number;

  @Field(() => Int, { description: 'projects without a complete assessment, not ranked' })
  unranked: number;

  @Field(() => Int)
  redPlaces: number;

  @Field(() => Int)
  blackPlaces: number;
}

@ObjectType({ description: 'A project in the ranking of a quarter not yet published (the city’s preview).' })
export class RankingRow {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID, { nullable: true })
  assessmentId: string | null;

  @Field()
  projectName: string;

  @Field()
  estateName: string;

  @Field()
  firmName: string;

  @Field(() => EstateCategory)
  category: EstateCategory;

  @Field(() => String, { nullable: true, description: 'the assessment’s state; null when none was begun' })
  state: string | null;

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field(() => Int, { nullable: true })
  maxTotal: number | null;

  @Field(() => Int, { nullable: true, description: 'null for the unranked' })
  rank: number | null;

  @Field(() => RedBlackPlace, { nullable: true })
  place: RedBlackPlace | null;
}

@ObjectType()
export class QuarterRanking {
  @Field()
  quarter: string;

  @Field(() => Int)
  schemeEdition: number;

  @Field(() => Boolean, { description: 'the quarter’s list is already published (then read redBlackList)' })
  published: boolean;

  @Field(() => [RedBlackCategoryCount])
  categories: RedBlackCategoryCount[];

  @Field(() => [RankingRow], { description: 'ranked projects, per category, by rank' })
  ranked: RankingRow[];

  @Field(() => [RankingRow], { description: 'projects without a complete assessment, listed apart' })
  unranked: RankingRow[];

  @Field(() => [Action], {
    description: 'PUBLISH when the caller may publish the list now: a registrar who reviewed none of the assessments it ranks (maker-checker), the quarter ended, something ranked, not yet published.',
  })
  availableActions: Action[];

  @Field(() => Int, { description: 'submitted assessments of the quarter waiting for a registrar’s review: the list is not published while any waits (ASSESSMENTS_WAITING)' })
  waitingForReview: number;

  @Field(() => Int, { description: 'returned assessments of the quarter waiting to be submitted again: a return decides nothing, so the list waits for them too (ASSESSMENTS_WAITING)' })
  waitingForResubmission: number;

  @Field(() => Int, { description: 'reviewed assessments the list would rank that the caller reviewed: another registrar publishes it (MAKER_CHECKER)' })
  reviewedByYou: number;
}

@Resolver(() => AssessmentScheme)
export class AssessmentSchemeResolver {
  @Allow(Policies.assessmentsRead)
  @Query(() => [AssessmentScheme], { description: 'Every edition and draft, newest first.' })
  assessmentSchemes(@Ctx() ctx: RequestContext): Promise<AssessmentScheme[]> {
    return assessmentService.schemes(ctx);
  }

  @Allow(Policies.assessmentsRead)
  @Query(() => AssessmentScheme)
  assessmentScheme(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AssessmentScheme> {
    return assessmentService.scheme(ctx, toId(id));
  }

  @Allow(Policies.assessmentsRead)
  @Query(() => AssessmentScheme, { description: 'The edition new assessments are scored by.' })
  currentAssessmentScheme(@Ctx() ctx: RequestContext): Promise<AssessmentScheme> {
    return assessmentService.currentScheme(ctx);
  }

  @Allow(Policies.assessmentsDecide)
  @Mutation(() => AssessmentScheme, { description: 'A new draft edition of the scheme.' })
  createAssessmentScheme(@Ctx() ctx: RequestContext, @Arg('input') input: AssessmentSchemeInput): Promise<AssessmentScheme> {
    return assessmentService.createScheme(ctx, input);
  }

  @Allow(Policies.assessmentsDecide)
  @Mutation(() => AssessmentScheme, { description: 'Edit a draft; a published edition is fixed.' })
  updateAssessmentScheme(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: AssessmentSchemeInput,
  ): Promise<AssessmentScheme> {
    return assessmentService.updateScheme(ctx, toId(id), version, input);
  }

  @Allow(Policies.assessmentsDecide)
  @Mutation(() => AssessmentScheme, { description: 'Publish a draft as the next edition; quarters already begun keep theirs.' })
  publishAssessmentScheme(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<AssessmentScheme> {
    return assessmentService.publishScheme(ctx, toId(id), version);
  }

  @FieldResolver(() => [AssessmentSchemeItem])
  items(@Root() scheme: AssessmentScheme): AssessmentSchemeItem[] {
    return scheme.definition.items.map((i) => ({ ...i, categories: i.categories as EstateCategory[] }));
  }

  @FieldResolver(() => Int)
  redSharePercent(@Root() scheme: AssessmentScheme): number {
    return scheme.definition.redSharePercent;
  }

  @FieldResolver(() => Int)
  blackSharePercent(@Root() scheme: AssessmentScheme): number {
    return scheme.definition.blackSharePercent;
  }

  @FieldResolver(() => Int)
  matureAfterYears(@Root() scheme: AssessmentScheme): number {
    return scheme.definition.matureAfterYears;
  }

  @FieldResolver(() => [CategoryMaximum], { description: 'the highest total of each category' })
  maxTotals(@Root() scheme: AssessmentScheme): CategoryMaximum[] {
    return Object.values(EstateCategory).map((category) => ({ category, maxTotal: maxTotal(scheme.definition, category) }));
  }

  @FieldResolver(() => [Action], { description: 'PUBLISH while a draft, for a registrar who neither drafted nor edited it (maker-checker): what the move accepts.' })
  availableActions(@Root() scheme: AssessmentScheme, @Ctx() ctx: RequestContext): Action[] {
    const mayPublish = scheme.state === AssessmentSchemeState.DRAFT && admits(Policies.assessmentsDecide, ctx.principal) && !schemeMadeBy(scheme, actorId(ctx));
    return mayPublish ? [Action.PUBLISH] : [];
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Allow(Policies.assessmentsRead)
  @Query(() => AssessmentList, { description: 'Assessments; an assessor reads those of their subdistricts only.' })
  assessments(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => AssessmentListOptions, { nullable: true }) options?: AssessmentListOptions,
  ): Promise<ListResult<Assessment>> {
    return assessmentService.list(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.assessmentsRead)
  @Query(() => Assessment)
  assessment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Assessment> {
    return assessmentService.get(ctx, toId(id));
  }

  @Allow(Policies.assessmentsScore)
  @Mutation(() => Assessment, { description: 'Begin the assessment of a project for a quarter (in the assessor’s subdistricts).' })
  createAssessment(@Ctx() ctx: RequestContext, @Arg('input') input: AssessmentInput): Promise<Assessment> {
    return assessmentService.create(ctx, input);
  }

  @Allow(Policies.assessmentsScore)
  @Mutation(() => Assessment, { description: 'Score items (whole points up to each maximum) of a draft or returned assessment.' })
  scoreAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('scores', () => [ItemScoreInput]) scores: ItemScoreInput[],
  ): Promise<Assessment> {
    return assessmentService.score(ctx, toId(id), version, scores);
  }

  @Allow(Policies.assessmentsScore)
  @Mutation(() => Assessment, { description: 'Hand a fully scored assessment to the city for review.' })
  submitAssessment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Assessment> {
    return assessmentService.move(ctx, toId(id), version, Action.SUBMIT);
  }

  @Allow(Policies.assessmentsDecide)
  @Mutation(() => Assessment, { description: 'Send a submitted assessment back to the assessor, saying why.' })
  returnAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('note') note: string,
  ): Promise<Assessment> {
    return assessmentService.move(ctx, toId(id), version, Action.RETURN, { note });
  }

  @Allow(Policies.assessmentsDecide)
  @Mutation(() => Assessment, { description: 'The city’s review (复核): adjust items, each change with its reason; the assessment is then complete.' })
  reviewAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('adjustments', () => [ItemAdjustmentInput], { defaultValue: [] }) adjustments: ItemAdjustmentInput[],
  ): Promise<Assessment> {
    return assessmentService.move(ctx, toId(id), version, Action.REVIEW, { adjustments });
  }

  @FieldResolver(() => [AssessmentItem])
  async items(@Root() assessment: Assessment, @Ctx() ctx: RequestContext): Promise<AssessmentItem[]> {
    const scheme = await ctx.loaders.byId(AssessmentScheme).load(assessment.schemeId);
    const defined = new Map(itemsFor(scheme!.definition, assessment.category).map((i) => [i.key, i]));
    return assessment.items.map((i) => {
      const item = defined.get(i.key)!;
      return { ...i, titleZh: item.titleZh, titleEn: item.titleEn, maxScore: item.maxScore, finalScore: finalScore(i) };
    });
  }

  @FieldResolver(() => AssessmentScheme)
  scheme(@Root() assessment: Assessment, @Ctx() ctx: RequestContext): Promise<AssessmentScheme | null> {
    return ctx.loaders.byId(AssessmentScheme).load(assessment.schemeId);
  }

  @FieldResolver(() => Project)
  project(@Root() assessment: Assessment, @Ctx() ctx: RequestContext): Promise<Project | null> {
    return ctx.loaders.byId(Project).load(assessment.projectId);
  }

  @FieldResolver(() => Estate)
  estate(@Root() assessment: Assessment, @Ctx() ctx: RequestContext): Promise<Estate | null> {
    return ctx.loaders.byId(Estate).load(assessment.estateId);
  }

  @FieldResolver(() => Firm)
  firm(@Root() assessment: Assessment, @Ctx() ctx: RequestContext): Promise<Firm | null> {
    return ctx.loaders.byId(Firm).load(assessment.firmId);
  }

  @FieldResolver(() => [Action], {
    description: 'Moves the caller may make now: the table, the role, jurisdiction, maker-checker and every item scored (a published quarter still refuses).',
  })
  async availableActions(@Root() assessment: Assessment, @Ctx() ctx: RequestContext): Promise<Action[]> {
    const byPolicy = { SUBMIT: Policies.assessmentsScore, RETURN: Policies.assessmentsDecide, REVIEW: Policies.assessmentsDecide, PUBLISH: null } as const;
    const moves = allowedActions(ASSESSMENT_TRANSITIONS, assessment.state).filter((a) => {
      const policy = byPolicy[a];
      if (policy === null || !admits(policy, ctx.principal)) return false;
      // the move's own guards (assessment.service.ts): scored whole before it is submitted, never reviewed by its assessor
      if (a === Action.SUBMIT) return assessment.total !== null;
      return assessment.assessorId === null || assessment.assessorId !== ctx.principal?.id;
    });
    // an assessor acts in the subdistricts assigned to them (round 8 F8: offered outside them, refused on the move)
    return moves.length && !(await inJurisdiction(ctx, assessment.estateId)) ? [] : moves;
  }
}

@Resolver(() => RedBlackList)
export class RedBlackListResolver {
  @Allow(Policies.publicRead)
  @Query(() => RedBlackList, { nullable: true, description: 'A quarter’s published red/black list; public, no sign-in needed. Null until published.' })
  redBlackList(@Ctx() ctx: RequestContext, @Arg('quarter') quarter: string): Promise<RedBlackList | null> {
    return assessmentService.publishedList(ctx, quarter);
  }

  @Allow(Policies.publicRead)
  @Query(() => RedBlackListList, { description: 'The published red/black lists on the list contract, newest quarter first; public. Ask a list’s entries by page (`entries(take:)`) to keep it small.' })
  redBlackLists(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('options', () => RedBlackListListOptions, { nullable: true }) options?: RedBlackListListOptions,
  ): Promise<ListResult<RedBlackList>> {
    return assessmentService.publishedLists(ctx, options, selects(info, 'totalItems'));
  }

  @Allow(Policies.assessmentsCity)
  @Query(() => QuarterRanking, { description: 'The quarter’s ranking as it would be published now (the city’s preview).' })
  async quarterRanking(@Ctx() ctx: RequestContext, @Arg('quarter') quarter: string): Promise<QuarterRanking> {
    const [ranking, published] = await Promise.all([assessmentService.ranking(ctx, quarter), assessmentService.publishedList(ctx, quarter)]);
    const row = (e: { key: QuarterProject; category: string; total: number | null }, rank: number | null, place: string | null): RankingRow => ({
      projectId: String(e.key.projectId),
      assessmentId: e.key.assessmentId === null ? null : String(e.key.assessmentId),
      projectName: e.key.projectName,
      estateName: e.key.estateName,
      firmName: e.key.firmName,
      category: e.category as EstateCategory,
      state: e.key.state,
      total: e.key.total,
      maxTotal: e.key.maxTotal,
      rank,
      place: place as RedBlackPlace | null,
    });
    // why PUBLISH is not offered, said to the viewer (the console's hint), by the same rows the move checks
    const { waiting, returned, reviewedByYou } = await assessmentService.publishHindrances(ctx, quarter, actorId(ctx));
    // offered only where the move accepts it (assessment.service.ts publishList)
    const mayPublish =
      published === null &&
      admits(Policies.assessmentsDecide, ctx.principal) &&
      quarterBounds(quarter).last < todayInChina() &&
      ranking.categories.some((c) => c.ranked.length > 0) &&
      reviewedByYou === 0 &&
      waiting === 0 &&
      returned === 0;
    return {
      quarter,
      schemeEdition: ranking.scheme.edition ?? 0,
      published: published !== null,
      availableActions: mayPublish ? [Action.PUBLISH] : [],
      waitingForReview: waiting,
      waitingForResubmission: returned,
      reviewedByYou,
      categories: ranking.categories.map((c) => ({ category: c.category as EstateCategory, ranked: c.ranked.length, unranked: c.unranked.length, redPlaces: c.redPlaces, blackPlaces: c.blackPlaces })),
      ranked: ranking.categories.flatMap((c) => c.ranked.map((e) => row(e, e.rank, e.place))),
      unranked: ranking.categories.flatMap((c) => c.unranked.map((e) => row(e, null, null))),
    };
  }

  @Allow(Policies.assessmentsDecide)
  @Mutation(() => RedBlackList, { description: 'Publish the quarter’s red/black list once: stored, sealed with SHA-256, its assessments locked.' })
  publishRedBlackList(@Ctx() ctx: RequestContext, @Arg('quarter') quarter: string): Promise<RedBlackList> {
    return assessmentService.publishList(ctx, quarter);
  }

  @FieldResolver(() => [RedBlackEntry], { description: 'red first, then black; by category and rank. Every entry, or a page of them (`skip`, `take`) of one place or category.' })
  async entries(
    @Root() list: RedBlackList,
    @Ctx() ctx: RequestContext,
    @Arg('place', () => RedBlackPlace, { nullable: true }) place?: RedBlackPlace,
    @Arg('category', () => EstateCategory, { nullable: true }) category?: EstateCategory,
    @Arg('skip', () => Int, { nullable: true }) skip?: number,
    @Arg('take', () => Int, { nullable: true, description: 'at most the server’s page cap; all entries when absent' }) take?: number,
  ): Promise<RedBlackEntry[]> {
    if (place == null && category == null && skip == null && take == null) {
      return [...(await ctx.loaders.manyBy(RedBlackEntry, 'listId').load(list.id))].sort(publishedOrder);
    }
    const maxTake = ctx.config.limits.maxTake;
    if (take != null && (!Number.isInteger(take) || take < 1 || take > maxTake)) throw fail.badField('take', 'TAKE_RANGE', `must be from 1 to ${maxTake}`, { min: 1, max: maxTake });
    if (skip != null && (!Number.isInteger(skip) || skip < 0)) throw fail.badField('skip', 'SKIP_RANGE', 'must be 0 or more');
    return assessmentService.entriesPage(ctx, list.id, { place, category, skip: skip ?? 0, take: take ?? maxTake });
  }

  @FieldResolver(() => [RedBlackCategoryCount])
  categories(@Root() list: RedBlackList): RedBlackCategoryCount[] {
    return list.categories.map((c) => ({ ...c, category: c.category as EstateCategory }));
  }

  @FieldResolver(() => String, { description: 'the list as canonical JSON (sorted keys, numbers as strings): its SHA-256 is `sha256`' })
  async canonicalJson(@Root() list: RedBlackList, @Ctx() ctx: RequestContext): Promise<string> {
    return redBlackJson(list, await ctx.loaders.manyBy(RedBlackEntry, 'listId').load(list.id));
  }

  @FieldResolver(() => Boolean, { description: 'the stored rows still hash to the seal' })
  sealVerified(@Root() list: RedBlackList, @Ctx() ctx: RequestContext): Promise<boolean> {
    return assessmentService.verifySeal(ctx, list);
  }
}

@Resolver(() => Firm)
export class FirmPlacementsResolver {
  @FieldResolver(() => [RedBlackEntry], { description: 'The firm’s places on published red/black lists, newest quarter first.' })
  async redBlackPlacements(@Root() firm: Firm, @Ctx() ctx: RequestContext): Promise<RedBlackEntry[]> {
    const rows = await ctx.loaders.manyBy(RedBlackEntry, 'firmId', ['quarter', 'id']).load(firm.id);
    return [...rows].reverse();
  }
}
