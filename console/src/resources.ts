import { apiTokenCalls } from './apiTokens/apiToken.api';
import { assessmentCalls, assessments } from './assessments/assessment.api';
import { assessmentSchemes, schemeCalls } from './assessmentSchemes/assessmentScheme.api';
import { candidateCalls, candidates } from './candidates/candidate.api';
import { checklistCalls } from './checklists/checklist.api';
import { committeeFilingCalls, committeeFilings } from './committeeFilings/committeeFiling.api';
import { committeeAccountCalls, committeeAccounts } from './committeeAccounts/committeeAccount.api';
import { committeeCalls, committees } from './committees/committee.api';
import { dashboardCalls } from './dashboard/dashboard.api';
import { createDataProvider } from './dataProvider';
import { downloadDocument } from './dataProvider/client';
import { electionCalls, elections } from './elections/election.api';
import { estateCalls, estates } from './estates/estate.api';
import { fivePartyMeetingCalls, fivePartyMeetings } from './fivePartyMeetings/fivePartyMeeting.api';
import { campaignCalls, campaignReports, campaigns } from './campaigns/campaign.api';
import { partyOrganisations } from './partyOrganisations/partyOrganisation.api';
import { holidayCalls } from './holidays/holiday.api';
import { firms } from './firms/firm.api';
import { homeCalls } from './home/home.api';
import { importCalls } from './imports/import.api';
import { ownerCalls, owners } from './owners/owner.api';
import { projects } from './projects/project.api';
import { publicStatementCalls } from './publicStatements/publicStatement.api';
import { redBlackCalls } from './redBlackLists/redBlackList.api';
import { repairFundCalls, repairFunds } from './repairFunds/repairFund.api';
import { resolutionCalls, resolutions } from './resolutions/resolution.api';
import { auditEvents } from './shared/audit.api';
import { communities, districts, subdistricts } from './shared/geography.api';
import { jurisdictionCalls } from './shared/useJurisdiction';
import { accountChangeCalls, users } from './users/user.api';

/**
 * The console's resources, each mapped onto the API in its own folder (e.g. firms/firm.api.ts), behind one
 * react-admin data provider with every folder's own calls.
 */
export const RESOURCES = {
  firms,
  projects,
  estates,
  users,
  elections,
  candidates,
  owners,
  resolutions,
  committees,
  committeeFilings,
  assessments,
  assessmentSchemes,
  repairFunds,
  committeeAccounts,
  partyOrganisations,
  fivePartyMeetings,
  campaigns,
  campaignReports,
  districts,
  subdistricts,
  communities,
  auditEvents,
};

export const dataProvider = createDataProvider(RESOURCES, {
  ...electionCalls,
  ...candidateCalls,
  ...ownerCalls,
  ...resolutionCalls,
  ...committeeCalls,
  ...committeeFilingCalls,
  ...importCalls,
  ...dashboardCalls,
  ...homeCalls,
  ...jurisdictionCalls,
  ...holidayCalls,
  ...apiTokenCalls,
  ...checklistCalls,
  ...assessmentCalls,
  ...schemeCalls,
  ...redBlackCalls,
  ...repairFundCalls,
  ...committeeAccountCalls,
  ...publicStatementCalls,
  ...estateCalls,
  ...fivePartyMeetingCalls,
  ...campaignCalls,
  ...accountChangeCalls,
  downloadDocument,
});

export type RegistryDataProvider = typeof dataProvider;
