import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import { ElectionPhase } from '../elections/election-phases';
import { LocalDate } from '../shared/scalars';
import { RedBlackList } from '../assessments/assessment.entity';
import { StatementLag } from '../committee-accounts/statement-due';

/** The kinds of filing the dashboard follows. */
export enum FilingKindName {
  FIRM = 'FIRM',
  PROJECT = 'PROJECT',
  COMMITTEE = 'COMMITTEE',
}
registerEnumType(FilingKindName, { name: 'FilingKindName' });

@ObjectType({ description: 'Approved filings of one kind against the authority’s target.' })
export class FilingProgress {
  @Field(() => Int, { description: 'approved (filed) records' })
  approved: number;

  @Field(() => Int, { description: 'the authority’s target: 105 firms, 380 projects, 105 committees' })
  target: number;

  @Field(() => Int, { description: 'waiting for a decision' })
  submitted: number;

  @Field(() => Int, { description: 'every record, whatever its filing status' })
  total: number;
}

@ObjectType({ description: 'A filing waiting for a registrar’s decision.' })
export class WaitingFiling {
  @Field(() => FilingKindName)
  kind: FilingKindName;

  @Field(() => ID)
  id: string;

  @Field({ description: 'the firm or project; for a committee filing, its estate' })
  name: string;

  @Field()
  submittedAt: Date;

  @Field(() => Int, { description: 'whole days since it was submitted' })
  waitingDays: number;
}

@ObjectType({ description: 'Approved firms (by registration), projects and committees (by estate) in one district.' })
export class DistrictFilingCount {
  @Field(() => ID)
  districtId: string;

  @Field({ description: 'GB/T 2260 code' })
  code: string;

  @Field()
  name: string;

  @Field(() => Int)
  firms: number;

  @Field(() => Int)
  projects: number;

  @Field(() => Int, { description: 'committees with an approved filing' })
  committees: number;
}

@ObjectType({ description: 'Elections in one phase.' })
export class PhaseCount {
  @Field(() => ElectionPhase)
  phase: ElectionPhase;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'A committee filing still with the street office after its last day (docs/domain-rules.md#committee-filing).' })
export class OverdueCommitteeFiling {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  committeeId: string;

  @Field({ description: 'the committee’s estate' })
  estateName: string;

  @Field(() => LocalDate)
  dueOn: string;

  @Field({ description: 'the due date may still move (a holiday notice it depends on is not entered)' })
  dueOnProvisional: boolean;

  @Field(() => Int, { description: 'whole days since the last day' })
  daysOverdue: number;
}

@ObjectType({ description: 'Elections and committee filings at a glance (docs/roles-and-workflows.md#dashboard).' })
export class ElectionsOverview {
  @Field(() => [PhaseCount], { description: 'every phase in lifecycle order, zero included' })
  byPhase: PhaseCount[];

  @Field(() => Int)
  overdueFilingsTotal: number;

  @Field(() => [OverdueCommitteeFiling], { description: 'the longest overdue first (at most 20)' })
  overdueFilings: OverdueCommitteeFiling[];
}

@ObjectType({ description: 'This quarter’s assessments against the projects serving in it, and the latest published list.' })
export class AssessmentOverview {
  @Field({ description: 'the current quarter, e.g. 2026-Q4' })
  quarter: string;

  @Field(() => Int, { description: 'approved projects whose contract runs in the quarter' })
  projects: number;

  @Field(() => Int, { description: 'assessments reviewed by the city (complete)' })
  completed: number;

  @Field(() => Int, { description: 'submitted, waiting for the city’s review' })
  submitted: number;

  @Field(() => Int, { description: 'begun by assessors, not yet submitted (draft or returned)' })
  inProgress: number;

  @Field(() => RedBlackList, { nullable: true, description: 'the most recently published quarter’s list' })
  latestList: RedBlackList | null;
}

@ObjectType({ description: 'A committee book with a quarter ended and not published (docs/domain-rules.md#statement-due).' })
export class LateStatementBook {
  @Field(() => ID)
  accountId: string;

  @Field(() => ID)
  estateId: string;

  @Field()
  estateName: string;

  @Field(() => StatementLag, { description: 'OVERDUE when any of its late quarters is past its due day' })
  lag: StatementLag;

  @Field(() => Int, { description: 'the oldest late quarter: its year' })
  year: number;

  @Field(() => Int, { description: 'the oldest late quarter (1–4)' })
  quarter: number;

  @Field(() => LocalDate, { description: 'the last day on time of the oldest late quarter’s statement' })
  dueOn: string;

  @Field(() => Int, { description: 'quarters ended and not published' })
  quarters: number;
}

@ObjectType({ description: 'Committee books whose statements are late: unpublished within their due days, or overdue.' })
export class StatementsOverview {
  @Field(() => Int, { description: 'committee books kept (业账社管)' })
  books: number;

  @Field(() => Int, { description: 'books with an overdue quarter' })
  overdue: number;

  @Field(() => Int, { description: 'books with a quarter ended and unpublished, none overdue' })
  unpublished: number;

  @Field(() => [LateStatementBook], { description: 'overdue books first, then the oldest late quarter first (at most 20)' })
  late: LateStatementBook[];
}

@ObjectType({ description: 'Demonstration estates (红色物业示范小区) against the programme’s 240 city-level and 42 provincial.' })
export class DemonstrationOverview {
  @Field(() => Int, { description: 'estates designated at city level' })
  city: number;

  @Field(() => Int)
  cityTarget: number;

  @Field(() => Int, { description: 'estates designated at provincial level' })
  provincial: number;

  @Field(() => Int)
  provincialTarget: number;
}

@ObjectType({ description: 'The manager’s view (docs/roles-and-workflows.md#dashboard).' })
export class Dashboard {
  @Field(() => FilingProgress)
  firms: FilingProgress;

  @Field(() => FilingProgress)
  projects: FilingProgress;

  @Field(() => FilingProgress, { description: 'committees with an approved filing against 105; submitted counts their filings' })
  committees: FilingProgress;

  @Field(() => Int, { description: 'firm, project and committee filings waiting for a decision' })
  waitingTotal: number;

  @Field(() => [WaitingFiling], { description: 'the longest-waiting filings first (at most 20)' })
  waiting: WaitingFiling[];

  @Field(() => [DistrictFilingCount], { description: 'every district, by code' })
  byDistrict: DistrictFilingCount[];

  // the service leaves it null for those who do not read elections, instead of refusing the whole dashboard
  @Allow(Policies.dashboardRead)
  @Field(() => ElectionsOverview, { nullable: true, description: 'null for roles that do not read elections (clerks)' })
  elections: ElectionsOverview | null;
}
