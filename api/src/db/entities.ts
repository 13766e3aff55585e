import { AuditEvent } from '../audit/audit-event.entity';
import { AccessToken } from '../accounts/access-token.entity';
import { OfficerJurisdiction } from '../accounts/officer-jurisdiction.entity';
import { User } from '../accounts/user.entity';
import { AccountChangeProposal } from '../accounts/account-change.entity';
import { CommitteeFiling } from '../committees/committee-filing.entity';
import { CommitteeMember } from '../committees/committee-member.entity';
import { Committee } from '../committees/committee.entity';
import { FilingMaterial } from '../committees/filing-material.entity';
import { Ballot } from '../elections/ballot.entity';
import { Candidate } from '../elections/candidate.entity';
import { ElectionPhaseDates } from '../elections/election-phase-dates.entity';
import { Election } from '../elections/election.entity';
import { Resolution, ResolutionBallot } from '../resolutions/resolution.entity';
import { ChecklistDraft } from '../eligibility/checklist-draft.entity';
import { ChecklistVersion } from '../eligibility/checklist-version.entity';
import { EligibilityCheck } from '../eligibility/eligibility-check.entity';
import { Objection } from '../eligibility/objection.entity';
import { Owner } from '../owners/owner.entity';
import { Ownership } from '../owners/ownership.entity';
import { Unit } from '../owners/unit.entity';
import { Estate } from '../estates/estate.entity';
import { Firm } from '../firms/firm.entity';
import { Community } from '../geography/community.entity';
import { District } from '../geography/district.entity';
import { Subdistrict } from '../geography/subdistrict.entity';
import { Project } from '../projects/project.entity';
import { Assessment, AssessmentScheme, RedBlackEntry, RedBlackList } from '../assessments/assessment.entity';
import { DemonstrationDesignation } from '../estates/demonstration.entity';
import { PartyOrganisation } from '../party-organisations/party-organisation.entity';
import { FivePartyCorrection, FivePartyFollowUp, FivePartyIssue, FivePartyMeeting, FivePartyParticipant } from '../five-party-meetings/five-party-meeting.entity';
import { Campaign, CampaignMeasure, CampaignReport, CampaignReportQuantity } from '../campaigns/campaign.entity';
import { WebhookDelivery } from '../webhooks/webhook.types';
import { RepairFund, RepairFundAccrual, RepairFundCorrection, RepairFundCorrectionProposal, RepairFundRefund, RepairFundRefundProposal, RepairFundTerms, RepairFundTermsProposal, RepairFundWithdrawal } from '../repair-fund/repair-fund.entity';
import { AccountEntry, AccountPeriod, AccountVoucher, CommitteeAccount, CommitteeAccountTermsProposal } from '../committee-accounts/committee-account.entity';

export const ENTITIES = [
  District,
  Subdistrict,
  Community,
  Estate,
  User,
  AccountChangeProposal,
  AccessToken,
  OfficerJurisdiction,
  Firm,
  Project,
  AuditEvent,
  Unit,
  Owner,
  Ownership,
  Committee,
  CommitteeMember,
  CommitteeFiling,
  FilingMaterial,
  ChecklistVersion,
  ChecklistDraft,
  Election,
  ElectionPhaseDates,
  Candidate,
  EligibilityCheck,
  Objection,
  Ballot,
  Resolution,
  ResolutionBallot,
  AssessmentScheme,
  Assessment,
  RedBlackList,
  RedBlackEntry,
  DemonstrationDesignation,
  RepairFund,
  RepairFundTerms,
  RepairFundAccrual,
  RepairFundCorrection,
  RepairFundWithdrawal,
  RepairFundRefund,
  RepairFundTermsProposal,
  RepairFundCorrectionProposal,
  RepairFundRefundProposal,
  CommitteeAccount,
  CommitteeAccountTermsProposal,
  AccountPeriod,
  AccountEntry,
  AccountVoucher,
  PartyOrganisation,
  FivePartyMeeting,
  FivePartyParticipant,
  FivePartyIssue,
  FivePartyFollowUp,
  FivePartyCorrection,
  Campaign,
  CampaignMeasure,
  CampaignReport,
  CampaignReportQuantity,
  WebhookDelivery,
];
