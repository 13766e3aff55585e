import { CommitteeFilingWorkOrder1764802000000 } from '../../../migrations/1764802000000-committee-filing-work-order';
import { NothingAddedAfterTheFact1764802100000 } from '../../../migrations/1764802100000-nothing-added-after-the-fact';
import { AnnouncementsKept1764802950000 } from '../../../migrations/1764802950000-announcements-kept';
import { PublishedAssessmentsKept1764803400000 } from '../../../migrations/1764803400000-published-assessments-kept';
import { ChangeFeedPlannedOnce1764803500000 } from '../../../migrations/1764803500000-change-feed-planned-once';
import { TableVersionsAtCommit1764803600000 } from '../../../migrations/1764803600000-table-versions-at-commit';
import { FilingNumberInTheWrite1764803700000 } from '../../../migrations/1764803700000-filing-number-in-the-write';
import { RepairFundCorrections1764803800000 } from '../../../migrations/1764803800000-repair-fund-corrections';
import { QuarterReturnedByCommunity1764803900000 } from '../../../migrations/1764803900000-quarter-returned-by-community';
import { LedgersHeldByTheDatabase1764804000000 } from '../../../migrations/1764804000000-ledgers-held-by-the-database';
import { QuarterReturnKept1764804100000 } from '../../../migrations/1764804100000-quarter-return-kept';
import { RepairFundRefunds1764804200000 } from '../../../migrations/1764804200000-repair-fund-refunds';
import { LifecyclesHeldByTheDatabase1764804300000 } from '../../../migrations/1764804300000-lifecycles-held-by-the-database';
import { HistoryWrittenAsItHappens1764804400000 } from '../../../migrations/1764804400000-history-written-as-it-happens';
import { OneCommitteeAtATime1764804600000 } from '../../../migrations/1764804600000-one-committee-at-a-time';
import { WhatADecisionRestsOn1764804700000 } from '../../../migrations/1764804700000-what-a-decision-rests-on';
import { PrintedAsFinal1764804800000 } from '../../../migrations/1764804800000-printed-as-final';
import { CommitteeHistoryKept1764804900000 } from '../../../migrations/1764804900000-committee-history-kept';
import { QuarterClosedByItsList1764805100000 } from '../../../migrations/1764805100000-quarter-closed-by-its-list';
import { CommitteeMembersKept1764805200000 } from '../../../migrations/1764805200000-committee-members-kept';
import { BallotsNotFed1764805300000 } from '../../../migrations/1764805300000-ballots-not-fed';
import { ElectionCancelReasonKept1764805400000 } from '../../../migrations/1764805400000-election-cancel-reason-kept';
import { ControlsLoosenedByAChecker1764805500000 } from '../../../migrations/1764805500000-controls-loosened-by-a-checker';
import { FirmNameKeys1764805600000 } from '../../../migrations/1764805600000-firm-name-keys';
import { FilingMakersOnTheRow1764805800000 } from '../../../migrations/1764805800000-filing-makers-on-the-row';
import { FirstTermsConfirmed1764805900000 } from '../../../migrations/1764805900000-first-terms-confirmed';
import { BookOpensStrict1764805910000 } from '../../../migrations/1764805910000-book-opens-strict';
import { SignOffRefused1764805920000 } from '../../../migrations/1764805920000-sign-off-refused';
import { RefundConfirmed1764805930000 } from '../../../migrations/1764805930000-refund-confirmed';
import { RedBlackListPublishedByAnother1764806000000 } from '../../../migrations/1764806000000-red-black-list-published-by-another';
import { EntryJudgedByItsEffect1764806010000 } from '../../../migrations/1764806010000-entry-judged-by-its-effect';
import { RectificationCampaigns1764806100000 } from '../../../migrations/1764806100000-rectification-campaigns';
import { PasswordMustChange1764806150000 } from '../../../migrations/1764806150000-password-must-change';
import { BornByTheirMoves1764806200000 } from '../../../migrations/1764806200000-born-by-their-moves';
import { AccountsUnderTwoAdmins1764806600000 } from '../../../migrations/1764806600000-accounts-under-two-admins';
import { HouseholdsFixedAtOpening1764806210000 } from '../../../migrations/1764806210000-households-fixed-at-opening';
import { FivePartyHeld1764806300000 } from '../../../migrations/1764806300000-five-party-held';
import { ChecklistPublishedByAnother1764806310000 } from '../../../migrations/1764806310000-checklist-published-by-another';
import { CandidatesHeldWhileVoting1764806400000 } from '../../../migrations/1764806400000-candidates-held-while-voting';
import { TieConfirmedByAnother1764806410000 } from '../../../migrations/1764806410000-tie-confirmed-by-another';
import { FeedAndCountersHeld1764806500000 } from '../../../migrations/1764806500000-feed-and-counters-held';
import { DueDaysInForce1764806510000 } from '../../../migrations/1764806510000-due-days-in-force';
import { AdminSetPasswordsFlagged1764806520000 } from '../../../migrations/1764806520000-admin-set-passwords-flagged';
import { BookEntriesAsBooked1764806700000 } from '../../../migrations/1764806700000-book-entries-as-booked';
import { NamesKeptByTheirRenames1764806710000 } from '../../../migrations/1764806710000-names-kept-by-their-renames';
import { CampaignsHeld1764806720000 } from '../../../migrations/1764806720000-campaigns-held';
import { RedBlackListWaitsForSubmitted1764806730000 } from '../../../migrations/1764806730000-red-black-list-waits-for-submitted';
import { RedBlackListWaitsForReturned1764806800000 } from '../../../migrations/1764806800000-red-black-list-waits-for-returned';
import { MeetingMinutesCorrected1764806810000 } from '../../../migrations/1764806810000-meeting-minutes-corrected';
import { FeedHeadCheckedByItsIndex1764806950000 } from '../../../migrations/1764806950000-feed-head-checked-by-its-index';
import { OneTimePasswordInHalves1764807000000 } from '../../../migrations/1764807000000-one-time-password-in-halves';
import { DisplayNamesUnique1764807010000 } from '../../../migrations/1764807010000-display-names-unique';
import { AccountPowersConfirmed1764807050000 } from '../../../migrations/1764807050000-account-powers-confirmed';
import { CheckersByRoleAndJurisdiction1764807060000 } from '../../../migrations/1764807060000-checkers-by-role-and-jurisdiction';
import { TermsConfirmedAsProposed1764807070000 } from '../../../migrations/1764807070000-terms-confirmed-as-proposed';
import { FilingFlowTriggersDoLess1764807100000 } from '../../../migrations/1764807100000-filing-flow-triggers-do-less';
import { OneTimePasswordFirstHalfHashed1764807300000 } from '../../../migrations/1764807300000-one-time-password-first-half-hashed';
import { ChecklistVersionHoldsItsDraftOnly1764807310000 } from '../../../migrations/1764807310000-checklist-version-holds-its-draft-only';
import { MoneyProposalsLiveByTheirProposers1764807320000 } from '../../../migrations/1764807320000-money-proposals-live-by-their-proposers';
import { PinyinReadingsOfNames1764807330000 } from '../../../migrations/1764807330000-pinyin-readings-of-names';
import { SignInAddressesKnown1764807340000 } from '../../../migrations/1764807340000-sign-in-addresses-known';
import { SessionsEndWhenIdle1764807350000 } from '../../../migrations/1764807350000-sessions-end-when-idle';
import { OwnersThatAreOrganisations1764807360000 } from '../../../migrations/1764807360000-owners-that-are-organisations';
import { ChangeFeedRecordVersions1764803100000 } from '../../../migrations/1764803100000-change-feed-record-versions';
import { UnitAddressKeys1764803200000 } from '../../../migrations/1764803200000-unit-address-keys';
import { EstateNameKeys1764803300000 } from '../../../migrations/1764803300000-estate-name-keys';
import { Foundation1764201600000 } from '../../../migrations/1764201600000-foundation';
import { Elections1764288000000 } from '../../../migrations/1764288000000-elections';
import { OwnerRollVersion1764460800000 } from '../../../migrations/1764460800000-owner-roll-version';
import { BallotBox1764547200000 } from '../../../migrations/1764547200000-ballot-box';
import { OwnerNameSearch1764633600000 } from '../../../migrations/1764633600000-owner-name-search';
import { HolidayNotices1764720200000 } from '../../../migrations/1764720200000-holiday-notices';
import { VoteRecords1764720300000 } from '../../../migrations/1764720300000-vote-records';
import { AuditChain1764720500000 } from '../../../migrations/1764720500000-audit-chain';
import { ChangeFeed1764720500100 } from '../../../migrations/1764720500100-change-feed';
import { LoginAttemptsInFlight1764720700000 } from '../../../migrations/1764720700000-login-attempts-in-flight';
import { WebhooksAndRateLimits1764800100000 } from '../../../migrations/1764800100000-webhooks-and-rate-limits';
import { ChecklistDrafts1764800500000 } from '../../../migrations/1764800500000-checklist-drafts';
import { ChangeFeedNotify1764800200000 } from '../../../migrations/1764800200000-change-feed-notify';
import { PinyinCollation1764800300000 } from '../../../migrations/1764800300000-pinyin-collation';
import { ImportProgress1764800400000 } from '../../../migrations/1764800400000-import-progress';
import { TableVersions1764800900000 } from '../../../migrations/1764800900000-table-versions';
import { Assessments1764800600000 } from '../../../migrations/1764800600000-assessments';
import { DemonstrationEstates1764800600100 } from '../../../migrations/1764800600100-demonstration-estates';
import { EstateMoney1764800800000 } from '../../../migrations/1764800800000-estate-money';
import { PartyOrganisations1764800800100 } from '../../../migrations/1764800800100-party-organisations';
import { StatementDueAndListVersions1764801100000 } from '../../../migrations/1764801100000-statement-due-and-list-versions';
import { FivePartyMeetings1764801000000 } from '../../../migrations/1764801000000-five-party-meetings';
import { DemonstrationHistory1764801400000 } from '../../../migrations/1764801400000-demonstration-history';
import { ChangeFeedPerStatement1764801300000 } from '../../../migrations/1764801300000-change-feed-per-statement';
import { UnloggedTokenUsage1764801500000 } from '../../../migrations/1764801500000-unlogged-token-usage';
import { ChangeFeedEveryListedRecord1764801600000 } from '../../../migrations/1764801600000-change-feed-every-listed-record';
import { RecordsKept1764801700000 } from '../../../migrations/1764801700000-records-kept';
import { DecidedRowsUnaltered1764801800000 } from '../../../migrations/1764801800000-decided-rows-unaltered';
import { UnitVersion1764801900000 } from '../../../migrations/1764801900000-unit-version';
import { TieSettlement1764802200000 } from '../../../migrations/1764802200000-tie-settlement';
import { NamesAsPublished1764806050000 } from '../../../migrations/1764806050000-names-as-published';
import { PersonNamesInPinyin1764806060000 } from '../../../migrations/1764806060000-person-names-in-pinyin';

/** In order; never edit one that has landed, add the next. */
export const MIGRATIONS = [
  Foundation1764201600000,
  Elections1764288000000,
  OwnerRollVersion1764460800000,
  BallotBox1764547200000,
  OwnerNameSearch1764633600000,
  HolidayNotices1764720200000,
  VoteRecords1764720300000,
  AuditChain1764720500000,
  ChangeFeed1764720500100,
  LoginAttemptsInFlight1764720700000,
  WebhooksAndRateLimits1764800100000,
  ChecklistDrafts1764800500000,
  ChangeFeedNotify1764800200000,
  PinyinCollation1764800300000,
  ImportProgress1764800400000,
  TableVersions1764800900000,
  Assessments1764800600000,
  DemonstrationEstates1764800600100,
  EstateMoney1764800800000,
  PartyOrganisations1764800800100,
  StatementDueAndListVersions1764801100000,
  FivePartyMeetings1764801000000,
  DemonstrationHistory1764801400000,
  ChangeFeedPerStatement1764801300000,
  UnloggedTokenUsage1764801500000,
  ChangeFeedEveryListedRecord1764801600000,
  RecordsKept1764801700000,
  DecidedRowsUnaltered1764801800000,
  UnitVersion1764801900000,
  CommitteeFilingWorkOrder1764802000000,
  NothingAddedAfterTheFact1764802100000,
  TieSettlement1764802200000,
  AnnouncementsKept1764802950000,
  ChangeFeedRecordVersions1764803100000,
  UnitAddressKeys1764803200000,
  EstateNameKeys1764803300000,
  PublishedAssessmentsKept1764803400000,
  ChangeFeedPlannedOnce1764803500000,
  TableVersionsAtCommit1764803600000,
  FilingNumberInTheWrite1764803700000,
  RepairFundCorrections1764803800000,
  QuarterReturnedByCommunity1764803900000,
  LedgersHeldByTheDatabase1764804000000,
  QuarterReturnKept1764804100000,
  RepairFundRefunds1764804200000,
  LifecyclesHeldByTheDatabase1764804300000,
  HistoryWrittenAsItHappens1764804400000,
  OneCommitteeAtATime1764804600000,
  WhatADecisionRestsOn1764804700000,
  PrintedAsFinal1764804800000,
  CommitteeHistoryKept1764804900000,
  QuarterClosedByItsList1764805100000,
  CommitteeMembersKept1764805200000,
  BallotsNotFed1764805300000,
  ElectionCancelReasonKept1764805400000,
  ControlsLoosenedByAChecker1764805500000,
  FirmNameKeys1764805600000,
  FilingMakersOnTheRow1764805800000,
  FirstTermsConfirmed1764805900000,
  BookOpensStrict1764805910000,
  SignOffRefused1764805920000,
  RefundConfirmed1764805930000,
  RedBlackListPublishedByAnother1764806000000,
  EntryJudgedByItsEffect1764806010000,
  NamesAsPublished1764806050000,
  PersonNamesInPinyin1764806060000,
  RectificationCampaigns1764806100000,
  PasswordMustChange1764806150000,
  BornByTheirMoves1764806200000,
  HouseholdsFixedAtOpening1764806210000,
  FivePartyHeld1764806300000,
  ChecklistPublishedByAnother1764806310000,
  CandidatesHeldWhileVoting1764806400000,
  TieConfirmedByAnother1764806410000,
  FeedAndCountersHeld1764806500000,
  DueDaysInForce1764806510000,
  AdminSetPasswordsFlagged1764806520000,
  AccountsUnderTwoAdmins1764806600000,
  BookEntriesAsBooked1764806700000,
  NamesKeptByTheirRenames1764806710000,
  CampaignsHeld1764806720000,
  RedBlackListWaitsForSubmitted1764806730000,
  RedBlackListWaitsForReturned1764806800000,
  MeetingMinutesCorrected1764806810000,
  FeedHeadCheckedByItsIndex1764806950000,
  OneTimePasswordInHalves1764807000000,
  DisplayNamesUnique1764807010000,
  AccountPowersConfirmed1764807050000,
  CheckersByRoleAndJurisdiction1764807060000,
  TermsConfirmedAsProposed1764807070000,
  FilingFlowTriggersDoLess1764807100000,
  OneTimePasswordFirstHalfHashed1764807300000,
  ChecklistVersionHoldsItsDraftOnly1764807310000,
  MoneyProposalsLiveByTheirProposers1764807320000,
  PinyinReadingsOfNames1764807330000,
  SignInAddressesKnown1764807340000,
  SessionsEndWhenIdle1764807350000,
  OwnersThatAreOrganisations1764807360000,
];
