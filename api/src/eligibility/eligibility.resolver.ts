import { ArrayMinSize, IsIn, Matches, ValidateNested } from 'class-validator';
import { TextLength } from '../shared/validators';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { Candidate } from '../elections/candidate.entity';
import { Election } from '../elections/election.entity';
import { isInTheRunning } from '../elections/standing';
import { actorId, type RequestContext } from '../request/context';
import { Owner } from '../owners/owner.entity';
import { toId } from '../shared/ids';
import { CHECK_KINDS, REVIEWING_BODIES, slateWarning } from './checklist';
import type { CheckKind, ChecklistItem, ReviewingBody } from './checklist';
import { ChecklistDraft } from './checklist-draft.entity';
import { ChecklistContent, checklistDraftService, lastEditor } from './checklist-draft.service';
import { ChecklistVersion } from './checklist-version.entity';
import { CheckKindCode, CheckResult, EligibilityCheck, ReviewingBodyCode } from './eligibility-check.entity';
import { EligibilityCheckInput, EligibilityChecksInput, NominationInput, ObjectionInput } from './eligibility.inputs';
import { eligibilityService } from './eligibility.service';
import { Objection } from './objection.entity';

export enum EligibilityDecision {
  ELIGIBLE = 'ELIGIBLE',
  NOT_YET_ELIGIBLE = 'NOT_YET_ELIGIBLE',
  INELIGIBLE = 'INELIGIBLE',
}
registerEnumType(EligibilityDecision, { name: 'EligibilityDecision' });

@ObjectType()
export class ChecklistItemType {
  @Field()
  key: string;

  @Field(() => CheckKindCode)
  kind: string;

  @Field()
  titleZh: string;

  @Field()
  titleEn: string;

  @Field(() => [ReviewingBodyCode], { description: 'reviewing bodies that usually answer it' })
  suggestedReviewers: readonly string[];
}

@InputType()
export class ChecklistItemInput {
  @Field({ description: 'UPPER_SNAKE_CASE, stable while the meaning stays' })
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  key: string;

  @Field(() => CheckKindCode)
  @IsIn(CHECK_KINDS)
  kind: CheckKind;

  @Field()
  @TextLength(2, 200)
  titleZh: string;

  @Field()
  @TextLength(2, 200)
  titleEn: string;

  @Field(() => [ReviewingBodyCode])
  @IsIn(REVIEWING_BODIES, { each: true })
  @ArrayMinSize(1)
  suggestedReviewers: ReviewingBody[];
}

@InputType()
export class ChecklistInput {
  @Field()
  @TextLength(2, 100)
  title: string;

  @Field({ description: 'where the wording comes from, e.g. the authority’s notice' })
  @TextLength(2, 300)
  source: string;

  @Field(() => [ChecklistItemInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  items: ChecklistItemInput[];
}

@ObjectType('RegisterFinding', { description: 'the owner roll’s own answer to a checklist item; PENDING when it cannot tell' })
export class RegisterFindingType {
  @Field()
  itemKey: string;

  @Field(() => CheckResult)
  says: string;

  @Field(() => Int, { nullable: true, description: 'units of the estate the candidate holds, for OWNER_IN_ESTATE' })
  unitsInEstate?: number;
}

@Resolver(() => ChecklistVersion)
export class ChecklistResolver {
  @Allow(Policies.electionsRead)
  @Query(() => ChecklistVersion, { description: 'the version new nominations are reviewed by' })
  currentChecklist(@Ctx() ctx: RequestContext): Promise<ChecklistVersion> {
    return eligibilityService.currentChecklist(ctx);
  }

  @Allow(Policies.electionsRead)
  @Query(() => [ChecklistVersion])
  checklistVersions(@Ctx() ctx: RequestContext): Promise<ChecklistVersion[]> {
    return eligibilityService.listChecklists(ctx);
  }

  @Allow(Policies.electionsRead)
  @Query(() => ChecklistVersion)
  checklistVersion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ChecklistVersion> {
    return eligibilityService.checklistVersion(ctx, toId(id));
  }

  @FieldResolver(() => [ChecklistItemType])
  items(@Root() version: ChecklistVersion): ChecklistItemType[] {
    return itemTypes(version.checklist.items);
  }

  @FieldResolver()
  source(@Root() version: ChecklistVersion): string {
    return version.checklist.source;
  }
}

/** The form's input as the checklist's own shape. */
function checklistContent(input: ChecklistInput): ChecklistContent {
  return {
    title: input.title.trim(),
    source: input.source.trim(),
    items: input.items.map((i) => ({ key: i.key, kind: i.kind, title: { zh: i.titleZh.trim(), en: i.titleEn.trim() }, suggestedReviewers: i.suggestedReviewers })),
  };
}

function itemTypes(items: readonly ChecklistItem[]): ChecklistItemType[] {
  return items.map((i) => ({ key: i.key, kind: i.kind, titleZh: i.title.zh, titleEn: i.title.en, suggestedReviewers: i.suggestedReviewers }));
}

/** What an admin may do with a checklist draft: edit it, or publish it when another admin last edited it (maker-checker). */
export enum ChecklistDraftAction {
  EDIT = 'EDIT',
  PUBLISH = 'PUBLISH',
}
registerEnumType(ChecklistDraftAction, { name: 'ChecklistDraftAction' });

/** Drafts of the next checklist: the admin's, edited until published (docs/domain-rules.md#eligibility). */
@Resolver(() => ChecklistDraft)
export class ChecklistDraftResolver {
  @Allow(Policies.administer)
  @Query(() => [ChecklistDraft], { description: 'the drafts not yet published, newest first' })
  checklistDrafts(@Ctx() ctx: RequestContext): Promise<ChecklistDraft[]> {
    return checklistDraftService.list(ctx);
  }

  @Allow(Policies.administer)
  @Query(() => ChecklistDraft)
  checklistDraft(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ChecklistDraft> {
    return checklistDraftService.get(ctx, toId(id));
  }

  @Allow(Policies.administer)
  @Mutation(() => ChecklistDraft)
  createChecklistDraft(@Ctx() ctx: RequestContext, @Arg('input') input: ChecklistInput): Promise<ChecklistDraft> {
    return checklistDraftService.create(ctx, checklistContent(input));
  }

  @Allow(Policies.administer)
  @Mutation(() => ChecklistDraft)
  updateChecklistDraft(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ChecklistInput,
  ): Promise<ChecklistDraft> {
    return checklistDraftService.update(ctx, toId(id), version, checklistContent(input));
  }

  @Allow(Policies.administer)
  @Mutation(() => ChecklistVersion, { description: 'The draft becomes the next checklist version; new nominations are reviewed by it.' })
  publishChecklistDraft(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<ChecklistVersion> {
    return checklistDraftService.publish(ctx, toId(id), version);
  }

  @FieldResolver(() => [ChecklistItemType])
  items(@Root() draft: ChecklistDraft): ChecklistItemType[] {
    return itemTypes(draft.items);
  }

  @FieldResolver(() => [ChecklistDraftAction], { description: 'what the caller may do now (the console’s buttons): PUBLISH is held from its last editor' })
  availableActions(@Root() draft: ChecklistDraft, @Ctx() ctx: RequestContext): ChecklistDraftAction[] {
    if (draft.publishedVersionId !== null) return [];
    return lastEditor(draft) === actorId(ctx) ? [ChecklistDraftAction.EDIT] : [ChecklistDraftAction.EDIT, ChecklistDraftAction.PUBLISH];
  }
}

@Resolver(() => Candidate)
export class CandidateResolver {
  @Allow(Policies.electionsRead)
  @Query(() => Candidate)
  candidate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Candidate> {
    return eligibilityService.candidate(ctx, toId(id));
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Candidate, { description: 'Nominate an owner of the estate while nomination is open.' })
  nominateCandidate(@Ctx() ctx: RequestContext, @Arg('electionId', () => ID) electionId: string, @Arg('input') input: NominationInput): Promise<Candidate> {
    return eligibilityService.nominate(ctx, toId(electionId, 'electionId'), input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Candidate)
  withdrawCandidate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Candidate> {
    return eligibilityService.withdraw(ctx, toId(id), version);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Candidate, { description: 'Record one check of the eligibility review; the decision is recomputed and explained.' })
  recordEligibilityCheck(
    @Ctx() ctx: RequestContext,
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: EligibilityCheckInput,
  ): Promise<Candidate> {
    return eligibilityService.recordCheck(ctx, toId(candidateId, 'candidateId'), version, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Candidate, { description: 'Record several checks of one candidate at once (e.g. the remaining items): all or none; the decision is recomputed once.' })
  recordEligibilityChecks(
    @Ctx() ctx: RequestContext,
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: EligibilityChecksInput,
  ): Promise<Candidate> {
    return eligibilityService.recordChecks(ctx, toId(candidateId, 'candidateId'), version, input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Objection, { description: 'An objection during candidate publicity; it reopens the candidate’s review.' })
  fileObjection(@Ctx() ctx: RequestContext, @Arg('candidateId', () => ID) candidateId: string, @Arg('input') input: ObjectionInput): Promise<Objection> {
    return eligibilityService.fileObjection(ctx, toId(candidateId, 'candidateId'), input);
  }

  @Allow(Policies.electionsRun)
  @Mutation(() => Objection)
  resolveObjection(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('resolution') resolution: string): Promise<Objection> {
    return eligibilityService.resolveObjection(ctx, toId(id), resolution);
  }

  @FieldResolver(() => Owner)
  owner(@Root() candidate: Candidate, @Ctx() ctx: RequestContext): Promise<Owner | null> {
    return ctx.loaders.byId(Owner).load(candidate.ownerId);
  }

  @FieldResolver(() => Election)
  election(@Root() candidate: Candidate, @Ctx() ctx: RequestContext): Promise<Election | null> {
    return ctx.loaders.byId(Election).load(candidate.electionId);
  }

  @FieldResolver(() => EligibilityDecision)
  decision(@Root() candidate: Candidate): EligibilityDecision {
    return candidate.decision as EligibilityDecision;
  }

  @FieldResolver(() => ChecklistVersion)
  checklist(@Root() candidate: Candidate, @Ctx() ctx: RequestContext): Promise<ChecklistVersion | null> {
    return ctx.loaders.byId(ChecklistVersion).load(candidate.checklistVersionId);
  }

  @FieldResolver(() => [EligibilityCheck], { description: 'the checks recorded so far (items without one are pending)' })
  checks(@Root() candidate: Candidate, @Ctx() ctx: RequestContext): Promise<EligibilityCheck[]> {
    return ctx.loaders.manyBy(EligibilityCheck, 'candidateId', ['itemKey']).load(candidate.id);
  }

  @FieldResolver(() => [RegisterFindingType], { description: 'what the owner roll says today about the items it can answer (owns a unit, aged 18+)' })
  registerFindings(@Root() candidate: Candidate, @Ctx() ctx: RequestContext): Promise<RegisterFindingType[]> {
    return eligibilityService.registerFindings(ctx, candidate);
  }

  @FieldResolver(() => [Objection])
  objections(@Root() candidate: Candidate, @Ctx() ctx: RequestContext): Promise<Objection[]> {
    return ctx.loaders.manyBy(Objection, 'candidateId').load(candidate.id);
  }
}

@ObjectType()
export class SlateWarning {
  @Field()
  rule: string;

  @Field(() => Int)
  partyMembers: number;

  @Field(() => Int)
  candidates: number;

  @Field(() => Int, { description: 'the fewest Party members that would make half' })
  needed: number;

  @Field()
  message: string;
}

/** The slate warning of an election's candidates: the review's concern, told here so elections/ needs no eligibility. */
@Resolver(() => Election)
export class ElectionSlateResolver {
  @FieldResolver(() => SlateWarning, { nullable: true, description: 'Party members should be at least half of the candidates (原则上): shown, never enforced' })
  async slateWarning(@Root() election: Election, @Ctx() ctx: RequestContext): Promise<SlateWarning | null> {
    const candidates = await ctx.loaders.manyBy(Candidate, 'electionId').load(election.id);
    return slateWarning(candidates.filter(isInTheRunning));
  }
}
