import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditChainResolver } from '../audit/audit-chain.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../accounts/auth.resolver';
import { maskPersonalFields } from '../auth/personal-data';
import { guardTypeReads } from '../auth/read-guard';
import { inJurisdiction } from '../estates/jurisdiction';
import { UserResolver } from '../accounts/user.resolver';
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
import { ElectionResolver } from '../elections/election.resolver';
import { ResolutionResolver } from '../resolutions/resolution.resolver';
import { CandidateResolver, ChecklistResolver, ElectionSlateResolver } from '../eligibility/eligibility.resolver';
import { OwnerResolver, OwnershipResolver, UnitResolver } from '../owners/owner.resolver';
import { RepairFundAccrualResolver, RepairFundResolver, RepairFundTermsResolver, RepairFundWithdrawalResolver } from '../repair-fund/repair-fund.resolver';
import { PartyOrganisationResolver } from '../party-organisations/party-organisation.resolver';
import { AccountEntryResolver, AccountPeriodResolver, AccountVoucherResolver, CommitteeAccountResolver } from '../committee-accounts/committee-account.resolver';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
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
  ChecklistResolver,
  CandidateResolver,
  ElectionSlateResolver,
  ResolutionResolver,
  ImportResolver,
  DashboardResolver,
  HolidayResolver,
  ChangeFeedResolver,
  RepairFundResolver,
  RepairFundTermsResolver,
  RepairFundAccrualResolver,
  RepairFundWithdrawalResolver,
  CommitteeAccountResolver,
  AccountPeriodResolver,
  AccountEntryResolver,
  AccountVoucherResolver,
  PartyOrganisationResolver,
] as const;

/** Each domain's importer; an owner roll names the estate's open votes, which keep their fixed roll (elections' rule). */
registerImporters([firmImporter, projectImporter, { ...ownerRollImporter, openVotes: openVotesOf }]);

/** A changed holiday notice moves the committee filings' deadlines it reaches, in the notice's transaction. */
followNotices([recomputeFilingDeadlines]);

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema (built once per process: type-graphql's metadata is global anyway). */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: { forbidUnknownValues: false } }).then((schema) => {
    maskPersonalFields(schema);
    guardTypeReads(schema, inJurisdiction);
    return schema;
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
