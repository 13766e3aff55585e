import { validateArguments } from './input-validation';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, PubSub } from 'type-graphql';
import { AuditChainResolver } from '../audit/audit-chain.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { ApiTokenFieldsResolver, AuthResolver } from '../accounts/auth.resolver';
import { WebhookResolver } from '../webhooks/webhook.resolver';
import { maskPersonalFields } from '../auth/personal-data';
import { servePreloaded } from '../shared/read-plan';
import { plainFieldReads } from './plain-fields';
import { reuseReadRoots } from './compiled-execution';
import { DateTimeISO } from '../shared/scalars';
import './read-types';
import { guardTypeReads } from '../auth/read-guard';
import { inJurisdiction } from '../estates/jurisdiction';
import { AccountChangeProposalResolver, UserResolver } from '../accounts/user.resolver';
import { DashboardResolver } from '../dashboard/dashboard.resolver';
import { ChangeFeedResolver } from '../feed/change-feed.resolver';
import { CommunityEstatesResolver, EstateResolver } from '../estates/estate.resolver';
import { FirmResolver } from '../firms/firm.resolver';
import { HolidayResolver } from '../holidays/holiday.resolver';
import { followNotices } from '../holidays/holiday.service';
import { recomputeFilingDeadlines } from '../committees/filing-deadlines';
import { ImportResolver } from '../imports/import.resolver';
import { registerImporters } from '../imports/import.service';
import { firmImporter } from '../firms/firm.importer';
import { projectImporter } from '../projects/project.importer';
import { ownerRollImporter } from '../owners/owner-roll.importer';
import { openVotesOf } from '../elections/open-votes';
import { CommunityResolver, DistrictResolver, SubdistrictResolver } from '../geography/geography.resolver';
import { EstateProjectsResolver, FirmProjectsResolver, ProjectResolver } from '../projects/project.resolver';
import { CommitteeFilingResolver, CommitteeResolver, EstateCommitteeResolver, FilingMaterialResolver } from '../committees/committee.resolver';
import { ElectionResolver, TieSettlementResolver } from '../elections/election.resolver';
import { ResolutionResolver } from '../resolutions/resolution.resolver';
import { CandidateResolver, ChecklistDraftResolver, ChecklistResolver, ElectionSlateResolver } from '../eligibility/eligibility.resolver';
import { OwnerResolver, OwnershipResolver, UnitResolver } from '../owners/owner.resolver';
import { AssessmentResolver, AssessmentSchemeResolver, FirmPlacementsResolver, RedBlackListResolver } from '../assessments/assessment.resolver';
import { PublicStatementsResolver } from '../public-statements/public-statements.resolver';
import { RepairFundAccrualResolver, RepairFundCorrectionProposalResolver, RepairFundCorrectionResolver, RepairFundRefundProposalResolver, RepairFundRefundResolver, RepairFundTermsProposalResolver, RepairFundResolver, RepairFundTermsResolver, RepairFundWithdrawalResolver } from '../repair-fund/repair-fund.resolver';
import { PartyOrganisationResolver } from '../party-organisations/party-organisation.resolver';
import { FivePartyCorrectionResolver, FivePartyFollowUpResolver, FivePartyIssueResolver, FivePartyMeetingResolver } from '../five-party-meetings/five-party-meeting.resolver';
import { CampaignReportResolver, CampaignResolver } from '../campaigns/campaign.resolver';
import { AccountEntryResolver, AccountPeriodResolver, AccountVoucherResolver, CommitteeAccountResolver, CommitteeAccountTermsProposalResolver } from '../committee-accounts/committee-account.resolver';

export const RESOLVERS = [
  AuthResolver,
  ApiTokenFieldsResolver,
  UserResolver,
  AccountChangeProposalResolver,
  AuditResolver,
  AuditChainResolver,
  DistrictResolver,
  SubdistrictResolver,
  CommunityResolver,
  EstateResolver,
  CommunityEstatesResolver,
  FirmResolver,
  ProjectResolver,
  FirmProjectsResolver,
  EstateProjectsResolver,
  UnitResolver,
  OwnershipResolver,
  OwnerResolver,
  CommitteeResolver,
  CommitteeFilingResolver,
  FilingMaterialResolver,
  EstateCommitteeResolver,
  ElectionResolver,
  TieSettlementResolver,
  ChecklistResolver,
  ChecklistDraftResolver,
  CandidateResolver,
  ElectionSlateResolver,
  ResolutionResolver,
  ImportResolver,
  DashboardResolver,
  AssessmentSchemeResolver,
  AssessmentResolver,
  RedBlackListResolver,
  FirmPlacementsResolver,
  HolidayResolver,
  ChangeFeedResolver,
  WebhookResolver,
  RepairFundResolver,
  RepairFundCorrectionResolver,
  PublicStatementsResolver,
  RepairFundTermsResolver,
  RepairFundAccrualResolver,
  RepairFundWithdrawalResolver,
  RepairFundRefundResolver,
  RepairFundTermsProposalResolver,
  RepairFundCorrectionProposalResolver,
  RepairFundRefundProposalResolver,
  CommitteeAccountResolver,
  CommitteeAccountTermsProposalResolver,
  AccountPeriodResolver,
  AccountEntryResolver,
  AccountVoucherResolver,
  PartyOrganisationResolver,
  FivePartyMeetingResolver,
  FivePartyIssueResolver,
  FivePartyFollowUpResolver,
  FivePartyCorrectionResolver,
  CampaignResolver,
  CampaignReportResolver,
] as const;

/** Each domain's importer; an owner roll names the estate's open votes, which keep their fixed roll (elections' rule). */
registerImporters([firmImporter, projectImporter, { ...ownerRollImporter, openVotes: openVotesOf }]);

/** A changed holiday notice moves the committee filings' deadlines it reaches, in the notice's transaction. */
followNotices([recomputeFilingDeadlines]);

/** type-graphql asks for a pub-sub whenever there is a subscription; the change feed's brings its own `subscribe`. */
export const NO_TOPICS: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('no subscription of this schema uses topics');
  },
};

/**
 * One instance per resolver class, as type-graphql's default container keeps them, but found by a Map: the default
 * scans its list of every resolver class, and a field resolver (availableActions) asks for its instance per row.
 */
const resolverInstances = new Map<new () => unknown, unknown>();
const RESOLVER_CONTAINER = {
  get(someClass: new () => unknown): unknown {
    let instance = resolverInstances.get(someClass);
    if (instance === undefined) resolverInstances.set(someClass, (instance = new someClass()));
    return instance;
  },
};

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema (built once per process: type-graphql's metadata is global anyway). */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validateFn: validateArguments,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    pubSub: NO_TOPICS,
    container: RESOLVER_CONTAINER,
  }).then((schema) => {
    // innermost: plain fields read their property, a compiled list's objects carry their relations; masks and
    // read guards wrap what comes out
    plainFieldReads(schema);
    servePreloaded(schema);
    maskPersonalFields(schema);
    guardTypeReads(schema, inJurisdiction);
    // outermost on the query's fields: what compiled execution already read is not read again
    reuseReadRoots(schema);
    return schema;
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
