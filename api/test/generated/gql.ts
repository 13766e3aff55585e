/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AssessmentFields on Assessment {\n    id version projectId estateId firmId quarter category state assessingBody total maxTotal assessorId reviewerId returnNote availableActions\n    items { key maxScore score note adjustedScore adjustReason finalScore }\n  }": typeof types.AssessmentFieldsFragmentDoc,
    "query Assessments($options: AssessmentListOptions) {\n  assessments(options: $options) { totalItems items { id projectId quarter category state project { contractStart contractEnd } } } }": typeof types.AssessmentsDocument,
    "query Assessment($id: ID!) { assessment(id: $id) { ...AssessmentFields } }": typeof types.AssessmentDocument,
    "mutation CreateAssessment($input: AssessmentInput!) { createAssessment(input: $input) { ...AssessmentFields } }": typeof types.CreateAssessmentDocument,
    "mutation ScoreAssessment($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) {\n  scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentFields } }": typeof types.ScoreAssessmentDocument,
    "mutation SubmitAssessment($id: ID!, $version: Int!) { submitAssessment(id: $id, version: $version) { ...AssessmentFields } }": typeof types.SubmitAssessmentDocument,
    "mutation ReturnAssessment($id: ID!, $version: Int!, $note: String!) {\n  returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentFields } }": typeof types.ReturnAssessmentDocument,
    "mutation ReviewAssessment($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {\n  reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentFields } }": typeof types.ReviewAssessmentDocument,
    "\n  fragment RedBlackListFields on RedBlackList {\n    quarter schemeEdition publishedAt sha256 canonicalJson sealVerified\n    categories { category ranked unranked redPlaces blackPlaces }\n    entries { category place rank projectName estateName firmName total maxTotal }\n  }": typeof types.RedBlackListFieldsFragmentDoc,
    "query RedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...RedBlackListFields } }": typeof types.RedBlackListDocument,
    "query RedBlackLists($options: RedBlackListListOptions) {\n  redBlackLists(options: $options) { totalItems nextCursor items { quarter sha256 sealVerified entries { place } } } }": typeof types.RedBlackListsDocument,
    "query RedBlackListPages($options: RedBlackListListOptions, $place: RedBlackPlace, $skip: Int, $take: Int) {\n  redBlackLists(options: $options) { totalItems nextCursor items { quarter categories { category redPlaces blackPlaces } entries(place: $place, skip: $skip, take: $take) { place category rank projectName } } } }": typeof types.RedBlackListPagesDocument,
    "mutation PublishRedBlackList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...RedBlackListFields } }": typeof types.PublishRedBlackListDocument,
    "query QuarterRanking($quarter: String!) {\n  quarterRanking(quarter: $quarter) { quarter published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked } ranked { projectId rank place total } unranked { projectId state } } }": typeof types.QuarterRankingDocument,
    "query FirmsWithPlacements($options: FirmListOptions) {\n  firms(options: $options) { items { id name redBlackPlacements { quarter place category rank total } } } }": typeof types.FirmsWithPlacementsDocument,
    "query DashboardAssessments {\n  dashboard { assessments { quarter projects completed submitted inProgress latestList { quarter entries { place } } } } }": typeof types.DashboardAssessmentsDocument,
    "query AssessmentSchemes { assessmentSchemes { id version edition state title availableActions items { key maxScore categories } maxTotals { category maxTotal } } }": typeof types.AssessmentSchemesDocument,
    "mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {\n  createAssessmentScheme(input: $input) { id version edition state } }": typeof types.CreateAssessmentSchemeDocument,
    "mutation UpdateAssessmentScheme($id: ID!, $version: Int!, $input: AssessmentSchemeInput!) {\n  updateAssessmentScheme(id: $id, version: $version, input: $input) { id version edition state } }": typeof types.UpdateAssessmentSchemeDocument,
    "mutation PublishAssessmentScheme($id: ID!, $version: Int!) {\n  publishAssessmentScheme(id: $id, version: $version) { id version edition state publishedAt } }": typeof types.PublishAssessmentSchemeDocument,
    "\n  fragment CampaignFields on Campaign {\n    id version name year startsOn endsOn status description\n    measures { id code labelZh labelEn unit kind bound }\n  }": typeof types.CampaignFieldsFragmentDoc,
    "\n  fragment CampaignReportFields on CampaignReport {\n    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce\n    quantities { measure { code } quantity }\n  }": typeof types.CampaignReportFieldsFragmentDoc,
    "mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }": typeof types.CreateCampaignDocument,
    "mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n  updateCampaign(id: $id, version: $version, input: $input) { ...CampaignFields } }": typeof types.UpdateCampaignDocument,
    "mutation CloseCampaign($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { ...CampaignFields } }": typeof types.CloseCampaignDocument,
    "mutation ReportCampaignProgress($input: CampaignReportInput!) {\n  reportCampaignProgress(input: $input) { ...CampaignReportFields } }": typeof types.ReportCampaignProgressDocument,
    "mutation UpdateCampaignReport($id: ID!, $version: Int!, $input: CampaignReportUpdateInput!) {\n  updateCampaignReport(id: $id, version: $version, input: $input) { ...CampaignReportFields } }": typeof types.UpdateCampaignReportDocument,
    "mutation VerifyCampaignReport($id: ID!, $version: Int!) {\n  verifyCampaignReport(id: $id, version: $version) { ...CampaignReportFields } }": typeof types.VerifyCampaignReportDocument,
    "query GetCampaignReport($id: ID!) { campaignReport(id: $id) { ...CampaignReportFields } }": typeof types.GetCampaignReportDocument,
    "query CampaignTotals($id: ID!) {\n  campaign(id: $id) { id name totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } } } }": typeof types.CampaignTotalsDocument,
    "query ListCampaigns($options: CampaignListOptions) {\n  campaigns(options: $options) { totalItems items { id name status totals { districtId estatesCovered measures { measure { code } total } } } } }": typeof types.ListCampaignsDocument,
    "query ListCampaignReports($options: CampaignReportListOptions) {\n  campaignReports(options: $options) {\n    totalItems nextCursor\n    items { id status completedOn reportedBy verifiedBy verifyHeldBy inForce campaign { name } estate { name district { name } } quantities { measure { code unit } quantity } }\n  } }": typeof types.ListCampaignReportsDocument,
    "\n  fragment ElectionFields on Election {\n    id version title kind seats phase deemedVotes committeeId estateId availableActions\n    phases { phase startsOn endsOn enteredAt }\n    candidates { id version decision withdrawn partyMember owner { id name } }\n    slateWarning { partyMembers candidates needed }\n  }": typeof types.ElectionFieldsFragmentDoc,
    "query Elections($options: ElectionListOptions) {\n  elections(options: $options) { totalItems items { id title phase estateId } } }": typeof types.ElectionsDocument,
    "query Election($id: ID!) { election(id: $id) { ...ElectionFields } }": typeof types.ElectionDocument,
    "mutation CreateElection($input: ElectionInput!) { createElection(input: $input) { ...ElectionFields } }": typeof types.CreateElectionDocument,
    "mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {\n  updateElection(id: $id, version: $version, input: $input) { ...ElectionFields } }": typeof types.UpdateElectionDocument,
    "mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason) {\n  moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason) { ...ElectionFields } }": typeof types.MoveElectionDocument,
    "mutation Nominate($electionId: ID!, $input: NominationInput!) {\n  nominateCandidate(electionId: $electionId, input: $input) { id version decision } }": typeof types.NominateDocument,
    "mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n  recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation } }": typeof types.CheckDocument,
    "mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {\n  recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation\n    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason } } }": typeof types.ChecksDocument,
    "query CandidateRegister($id: ID!) { candidate(id: $id) { id registerFindings { itemKey says unitsInEstate } } }": typeof types.CandidateRegisterDocument,
    "mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }": typeof types.ObjectDocument,
    "mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }": typeof types.ResolveDocument,
    "query Candidate($id: ID!) {\n  candidate(id: $id) { id version decision decisionExplanation checks { itemKey result reviewingBody } objections { id resolvedOn } checklist { version } } }": typeof types.CandidateDocument,
    "mutation Ballot($electionId: ID!, $input: BallotInput!) {\n  recordBallot(electionId: $electionId, input: $input) { id voterKey choices } }": typeof types.BallotDocument,
    "query Persons($electionId: ID!, $voted: Boolean, $take: Int, $q: String) {\n  votingPersons(electionId: $electionId, voted: $voted, take: $take, q: $q) { totalItems items { personKey ownerId name units area voted } } }": typeof types.PersonsDocument,
    "query Tally($id: ID!) {\n  election(id: $id) { id phase tally {\n    seats ballots\n    totals { headcount area }\n    participating { headcount area }\n    quorum { rule met threshold { numerator denominator } headcount { part whole share { numerator denominator } met } area { part whole met } }\n    candidates { candidateId rank status approvals { headcount area } pass { met headcount { part whole met } area { part whole met } } }\n    electedIds\n    issues { code message candidateIds }\n  } } }": typeof types.TallyDocument,
    "query Owners($options: OwnerListOptions) { owners(options: $options) { totalItems items { id kind name idNumber phone estateId } } }": typeof types.OwnersDocument,
    "query Roll($estateId: ID!) { ownerRoll(estateId: $estateId) { units headcount totalArea developerHeldUnits undesignatedUnits } }": typeof types.RollDocument,
    "query RollUnits($options: UnitListOptions) {\n  units(options: $options) { totalItems items { id version estateId building unitNo room area areaSource developerHeld ownerships { ownerId designatedVoter } } } }": typeof types.RollUnitsDocument,
    "mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }": typeof types.RemoveUnitDocument,
    "query Committee($id: ID!) {\n  committee(id: $id) { id version termNumber termStart termEnd estateId members { id name position ownerId }\n    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining availableActions materials { id kind } } } }": typeof types.CommitteeDocument,
    "query Filings($options: CommitteeFilingListOptions) {\n  committeeFilings(options: $options) { totalItems items { id filingStatus dueOn overdue committee { estateId } } } }": typeof types.FilingsDocument,
    "mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {\n  setCommitteeMembers(id: $id, version: $version, input: $input) { id version members { name position } } }": typeof types.MembersDocument,
    "mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind sizeBytes sha256 } }": typeof types.MaterialDocument,
    "mutation Submit($id: ID!, $version: Int!) { submitCommitteeFiling(id: $id, version: $version) { id version filingStatus } }": typeof types.SubmitDocument,
    "mutation Approve($id: ID!, $version: Int!) { approveCommitteeFiling(id: $id, version: $version) { id version filingStatus filingNumber } }": typeof types.ApproveDocument,
    "mutation CreateResolution($input: ResolutionInput!) { createResolution(input: $input) { id version phase } }": typeof types.CreateResolutionDocument,
    "mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {\n  moveResolution(id: $id, version: $version, action: $action) { id version phase outcome } }": typeof types.MoveResolutionDocument,
    "mutation ResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {\n  updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { id version phase votingStartsOn votingEndsOn } }": typeof types.ResolutionVotingPeriodDocument,
    "mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {\n  recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id choice } }": typeof types.ResolutionBallotDocument,
    "query ResolutionTally($id: ID!) {\n  resolution(id: $id) { id tally { matter article278Item ballots outcome decidedBy\n    quorum { met } pass { rule met headcount { part whole met } area { part whole met } } } } }": typeof types.ResolutionTallyDocument,
    "query PersonsPage($electionId: ID!, $skip: Int, $take: Int) {\n  votingPersons(electionId: $electionId, skip: $skip, take: $take) { totalItems items { personKey ownerId name voted } } }": typeof types.PersonsPageDocument,
    "\n  fragment FundFields on RepairFund {\n    id version projectId estateId openedMonth balance\n    terms { fromMonth feeRate setAsidePercent resolutionId }\n  }": typeof types.FundFieldsFragmentDoc,
    "mutation OpenRepairFund($input: OpenRepairFundInput!) { openRepairFund(input: $input) { ...FundFields } }": typeof types.OpenRepairFundDocument,
    "mutation SetRepairFundTerms($id: ID!, $version: Int!, $input: RepairFundTermsInput!) {\n  setRepairFundTerms(id: $id, version: $version, input: $input) { ...FundFields pendingTerms { id version fromMonth feeRate setAsidePercent status } } }": typeof types.SetRepairFundTermsDocument,
    "mutation PostRepairFundAccrual($fundId: ID!, $month: String!) {\n  postRepairFundAccrual(fundId: $fundId, month: $month) { id month chargedArea feeRate setAsidePercent amount } }": typeof types.PostRepairFundAccrualDocument,
    "query GetRepairFund($id: ID!) { repairFund(id: $id) { ...FundFields } }": typeof types.GetRepairFundDocument,
    "query ListRepairFunds($options: RepairFundListOptions) {\n  repairFunds(options: $options) { totalItems items { ...FundFields } } }": typeof types.ListRepairFundsDocument,
    "query RepairFundStatement($id: ID!, $year: Int!, $quarter: Int) {\n  repairFund(id: $id) { id balance statement(year: $year, quarter: $quarter) {\n    from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } } }": typeof types.RepairFundStatementDocument,
    "mutation RequestRepairFundWithdrawal($input: WithdrawalInput!) {\n  requestRepairFundWithdrawal(input: $input) { id version status amount availableActions } }": typeof types.RequestRepairFundWithdrawalDocument,
    "mutation MoveRepairFundWithdrawal($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {\n  moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status amount decidedById decidedAt } }": typeof types.MoveRepairFundWithdrawalDocument,
    "query ListRepairFundWithdrawals($options: RepairFundWithdrawalListOptions) {\n  repairFundWithdrawals(options: $options) { totalItems items { id version status amount estateId } } }": typeof types.ListRepairFundWithdrawalsDocument,
    "\n  fragment PeriodFields on AccountPeriod {\n    id version accountId estateId year quarter status closedById closedByMemberId countersignedById publishedAt availableActions\n  }": typeof types.PeriodFieldsFragmentDoc,
    "\n  fragment StatementFields on AccountStatement {\n    periodId estateName year quarter from to opening income spending closing\n    incomeByCategory { category amount } spendingByCategory { category amount }\n  }": typeof types.StatementFieldsFragmentDoc,
    "mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) {\n  openCommitteeAccount(input: $input) { id version estateId spendingLimit } }": typeof types.OpenCommitteeAccountDocument,
    "query GetCommitteeAccount($id: ID!) { committeeAccount(id: $id) { id version estateId spendingLimit statementDueDays\n  pendingTerms { id version spendingLimit statementDueDays status proposedById availableActions confirmRefusal } } }": typeof types.GetCommitteeAccountDocument,
    "query CommitteeAccountTermsProposals($id: ID!) { committeeAccount(id: $id) { id\n  termsProposals { id version spendingLimit statementDueDays status proposedById decidedById decidedAt decisionNote } } }": typeof types.CommitteeAccountTermsProposalsDocument,
    "mutation DecideCommitteeAccountTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById decidedAt spendingLimit statementDueDays availableActions } }": typeof types.DecideCommitteeAccountTermsDocument,
    "query RepairFundProposals($id: ID!) { repairFund(id: $id) { id version balance\n  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions }\n  pendingCorrection { id version accrualId amount reason status proposedById availableActions }\n  corrections { id accrualId amount proposalId } terms { fromMonth feeRate setAsidePercent } } }": typeof types.RepairFundProposalsDocument,
    "mutation PostRepairFundCorrection($fundId: ID!, $input: RepairFundCorrectionInput!) {\n  postRepairFundCorrection(fundId: $fundId, input: $input) {\n    __typename ... on RepairFundCorrection { id accrualId postedOn amount } ... on RepairFundCorrectionProposal { id version accrualId amount status } } }": typeof types.PostRepairFundCorrectionDocument,
    "mutation DecideRepairFundCorrection($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }": typeof types.DecideRepairFundCorrectionDocument,
    "mutation DecideRepairFundTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }": typeof types.DecideRepairFundTermsDocument,
    "mutation SetCommitteeSpendingLimit($id: ID!, $version: Int!, $spendingLimit: Decimal!) {\n  setCommitteeSpendingLimit(id: $id, version: $version, spendingLimit: $spendingLimit) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }": typeof types.SetCommitteeSpendingLimitDocument,
    "mutation SetCommitteeAccountTerms($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {\n  setCommitteeAccountTerms(id: $id, version: $version, input: $input) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }": typeof types.SetCommitteeAccountTermsDocument,
    "mutation AddAccountEntry($input: AccountEntryInput!) {\n  addAccountEntry(input: $input) { id version periodId direction category amount occurredOn signOffRequired signedOffById correctsEntryId enteredBy } }": typeof types.AddAccountEntryDocument,
    "mutation SignOffAccountEntry($id: ID!, $version: Int!) {\n  signOffAccountEntry(id: $id, version: $version) { id version signedOffById } }": typeof types.SignOffAccountEntryDocument,
    "mutation RefuseAccountEntrySignOff($id: ID!, $version: Int!, $note: String!) {\n  refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version signOffRequired signedOffById signOffRefusedById signOffRefusedAt signOffRefusalNote } }": typeof types.RefuseAccountEntrySignOffDocument,
    "mutation AddAccountVoucher($entryId: ID!, $input: VoucherInput!) {\n  addAccountVoucher(entryId: $entryId, input: $input) { id fileName contentType sizeBytes sha256 } }": typeof types.AddAccountVoucherDocument,
    "query AccountVoucherContent($id: ID!) { accountVoucherContent(id: $id) }": typeof types.AccountVoucherContentDocument,
    "mutation MoveAccountPeriod($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID) {\n  moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId) { ...PeriodFields } }": typeof types.MoveAccountPeriodDocument,
    "query GetAccountPeriod($id: ID!) { accountPeriod(id: $id) { ...PeriodFields statement { ...StatementFields } } }": typeof types.GetAccountPeriodDocument,
    "query ListAccountPeriods($options: AccountPeriodListOptions) {\n  accountPeriods(options: $options) { totalItems items { ...PeriodFields } } }": typeof types.ListAccountPeriodsDocument,
    "query ListAccountEntries($options: AccountEntryListOptions) {\n  accountEntries(options: $options) { totalItems items { id amount category periodId } } }": typeof types.ListAccountEntriesDocument,
    "query PublishedAccountStatement($periodId: ID!) {\n  publishedAccountStatement(periodId: $periodId) {\n    periodId estateName year quarter from to opening income spending closing publishedAt\n    incomeByCategory { category amount } spendingByCategory { category amount } } }": typeof types.PublishedAccountStatementDocument,
    "query ResolutionVoters($id: ID!, $skip: Int!, $take: Int!) {\n  resolution(id: $id) { id version phase voters(voted: false, skip: $skip, take: $take) { totalItems items { ownerId personKey } } } }": typeof types.ResolutionVotersDocument,
    "query CommitteeAccountPendingTerms($id: ID!) { committeeAccount(id: $id) { id version spendingLimit statementDueDays\n  pendingTerms { id version spendingLimit statementDueDays status } } }": typeof types.CommitteeAccountPendingTermsDocument,
    "query RepairFundPendingTerms($id: ID!) { repairFund(id: $id) { id version balance terms { fromMonth }\n  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions } } }": typeof types.RepairFundPendingTermsDocument,
    "\n  fragment PartyOrgFields on PartyOrganisation { id version name kind firmId estateId memberCount establishedOn estate { name } firm { name } }": typeof types.PartyOrgFieldsFragmentDoc,
    "mutation CreatePartyOrganisation($input: PartyOrganisationInput!) {\n  createPartyOrganisation(input: $input) { ...PartyOrgFields } }": typeof types.CreatePartyOrganisationDocument,
    "mutation UpdatePartyOrganisation($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {\n  updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrgFields } }": typeof types.UpdatePartyOrganisationDocument,
    "query ListPartyOrganisations($options: PartyOrganisationListOptions) {\n  partyOrganisations(options: $options) { totalItems items { ...PartyOrgFields } } }": typeof types.ListPartyOrganisationsDocument,
    "\n  fragment FirmFields on Firm {\n    id version name creditCode contactPhone districtId status\n    filingStatus filingNumber submittedById decidedById returnReason returnNote revokeReason availableActions\n  }": typeof types.FirmFieldsFragmentDoc,
    "\n  fragment ProjectFields on Project {\n    id version name estateId firmId contractStart contractEnd residentialFee managerPhone\n    filingStatus filingNumber submittedById decidedById availableActions\n  }": typeof types.ProjectFieldsFragmentDoc,
    "mutation CreateFirm($input: FirmInput!) { createFirm(input: $input) { ...FirmFields } }": typeof types.CreateFirmDocument,
    "mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) {\n  updateFirm(id: $id, version: $version, input: $input) { ...FirmFields } }": typeof types.UpdateFirmDocument,
    "mutation SubmitFirm($id: ID!, $version: Int!) { submitFirm(id: $id, version: $version) { ...FirmFields } }": typeof types.SubmitFirmDocument,
    "mutation ApproveFirm($id: ID!, $version: Int!) { approveFirm(id: $id, version: $version) { ...FirmFields } }": typeof types.ApproveFirmDocument,
    "mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n  returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }": typeof types.ReturnFirmDocument,
    "mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n  revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }": typeof types.RevokeFirmDocument,
    "query GetFirm($id: ID!) { firm(id: $id) { ...FirmFields } }": typeof types.GetFirmDocument,
    "query ListFirms($options: FirmListOptions) {\n  firms(options: $options) { totalItems nextCursor items { ...FirmFields } } }": typeof types.ListFirmsDocument,
    "query ListFirmIds($options: FirmListOptions) { firms(options: $options) { nextCursor items { id name updatedAt } } }": typeof types.ListFirmIdsDocument,
    "mutation CreateProject($input: ProjectInput!) { createProject(input: $input) { ...ProjectFields } }": typeof types.CreateProjectDocument,
    "mutation SubmitProject($id: ID!, $version: Int!) { submitProject(id: $id, version: $version) { ...ProjectFields } }": typeof types.SubmitProjectDocument,
    "mutation ApproveProject($id: ID!, $version: Int!) { approveProject(id: $id, version: $version) { ...ProjectFields } }": typeof types.ApproveProjectDocument,
    "query GetProject($id: ID!) { project(id: $id) { ...ProjectFields } }": typeof types.GetProjectDocument,
    "query ProjectOverlapWarning($id: ID!) { project(id: $id) { id overlapsApproved { id name filingNumber } } }": typeof types.ProjectOverlapWarningDocument,
    "query NestedProjects($take: Int!) {\n  projects(options: { take: $take, sort: { field: ID } }) {\n    totalItems\n    items {\n      id name contractStart contractEnd\n      firm { id name creditCode status }\n      estate { id name households community { name } subdistrict { name } district { code name } }\n    }\n  }\n}": typeof types.NestedProjectsDocument,
    "query Audit($options: AuditEventListOptions) {\n  auditEvents(options: $options) { totalItems items { id action actorId actorName entityType entityId before after } } }": typeof types.AuditDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token expiresAt user { id username role } } }": typeof types.LoginDocument,
    "query Me { me { id username displayName role } }": typeof types.MeDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "mutation CreateApiToken($input: ApiTokenInput!) {\n  createApiToken(input: $input) { token apiToken { id name scopes expiresAt revokedAt } } }": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": typeof types.RevokeApiTokenDocument,
    "mutation CreateUser($input: UserInput!) { createUser(input: $input) { id version username role active } }": typeof types.CreateUserDocument,
    "mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n  updateUser(id: $id, version: $version, input: $input) { id version role active } }": typeof types.UpdateUserDocument,
    "query Dashboard {\n  dashboard {\n    firms { approved target submitted total }\n    projects { approved target submitted total }\n    committees { approved target submitted total }\n    waitingTotal\n    waiting { kind id name submittedAt waitingDays }\n    byDistrict { districtId code name firms projects committees }\n    elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }\n    statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }\n    demonstrations { city cityTarget provincial provincialTarget }\n  } }": typeof types.DashboardDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed\n    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }\n    openVotes { kind id phase }\n  }": typeof types.ImportReportFieldsFragmentDoc,
    "mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {\n  previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields } }": typeof types.PreviewImportDocument,
    "mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {\n  runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) { ...ImportReportFields } }": typeof types.RunImportDocument,
    "mutation RunImportTracked($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $progressKey: String) {\n  runImport(kind: $kind, file: $file, mode: $mode, progressKey: $progressKey) {\n    committed totalRows created invalid skipped rows { row status recordId } errorFile { name contentType contentBase64 } } }": typeof types.RunImportTrackedDocument,
    "query ImportProgressOf($key: String!) { importProgress(key: $key) { phase done total } }": typeof types.ImportProgressOfDocument,
    "query HolidayCalendar($year: Int!) {\n  holidayCalendar(year: $year) { year decree noticeEntered notice { year document } statutoryHolidays { date festival }\n    days { date dayOff reason festivals note missingNotices } } }": typeof types.HolidayCalendarDocument,
    "query HolidayNotices($year: Int) { holidayNotices(year: $year) { year document enteredAt enteredById days { date kind note } } }": typeof types.HolidayNoticesDocument,
    "mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {\n  setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year document enteredById days { date kind note } } } }": typeof types.SetHolidayNoticeDocument,
    "query UserJurisdiction($id: ID!) { user(id: $id) { id version role jurisdiction { id name } } }": typeof types.UserJurisdictionDocument,
    "mutation SetJurisdiction($userId: ID!, $version: Int!, $subdistrictIds: [ID!]!) {\n  setOfficerJurisdiction(userId: $userId, version: $version, subdistrictIds: $subdistrictIds) { id version jurisdiction { id name } } }": typeof types.SetJurisdictionDocument,
    "mutation UpdateUserJurisdiction($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n  updateUser(id: $id, version: $version, input: $input) { id version role jurisdiction { id } } }": typeof types.UpdateUserJurisdictionDocument,
    "fragment ChecklistDraftFields on ChecklistDraft {\n  id version title source publishedVersionId lastEditedById availableActions items { key kind titleZh titleEn suggestedReviewers } }": typeof types.ChecklistDraftFieldsFragmentDoc,
    "query ChecklistDrafts { checklistDrafts { ...ChecklistDraftFields } }": typeof types.ChecklistDraftsDocument,
    "mutation CreateChecklistDraft($input: ChecklistInput!) { createChecklistDraft(input: $input) { ...ChecklistDraftFields } }": typeof types.CreateChecklistDraftDocument,
    "mutation UpdateChecklistDraft($id: ID!, $version: Int!, $input: ChecklistInput!) {\n  updateChecklistDraft(id: $id, version: $version, input: $input) { ...ChecklistDraftFields } }": typeof types.UpdateChecklistDraftDocument,
    "mutation PublishChecklistDraft($id: ID!, $version: Int!) {\n  publishChecklistDraft(id: $id, version: $version) { id version title source items { key } } }": typeof types.PublishChecklistDraftDocument,
    "query CurrentChecklist { currentChecklist { id version title items { key } } }": typeof types.CurrentChecklistDocument,
    "query AuditAt($options: AuditEventListOptions) { auditEvents(options: $options) { totalItems items { id at action entityId } } }": typeof types.AuditAtDocument,
    "\n  fragment MeetingFields on FivePartyMeeting {\n    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt\n    estate { name }\n    participants { party name role }\n    issues { id version description raisedBy status resolutionNote resolvedOn }\n    followUps { id version task ownerParty ownerName dueOn doneOn doneNote overdue }\n  }": typeof types.MeetingFieldsFragmentDoc,
    "mutation CreateFivePartyMeeting($input: FivePartyMeetingInput!) {\n  createFivePartyMeeting(input: $input) { ...MeetingFields } }": typeof types.CreateFivePartyMeetingDocument,
    "mutation UpdateFivePartyMeeting($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {\n  updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...MeetingFields } }": typeof types.UpdateFivePartyMeetingDocument,
    "mutation ResolveMeetingIssue($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {\n  resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote } }": typeof types.ResolveMeetingIssueDocument,
    "mutation CompleteMeetingFollowUp($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {\n  completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn doneNote overdue } }": typeof types.CompleteMeetingFollowUpDocument,
    "query GetFivePartyMeeting($id: ID!) { fivePartyMeeting(id: $id) { ...MeetingFields } }": typeof types.GetFivePartyMeetingDocument,
    "query ListFivePartyMeetings($options: FivePartyMeetingListOptions) {\n  fivePartyMeetings(options: $options) { totalItems nextCursor items { id estateId heldOn overdue overdueFollowUps } } }": typeof types.ListFivePartyMeetingsDocument,
};
const documents: Documents = {
    "\n  fragment AssessmentFields on Assessment {\n    id version projectId estateId firmId quarter category state assessingBody total maxTotal assessorId reviewerId returnNote availableActions\n    items { key maxScore score note adjustedScore adjustReason finalScore }\n  }": types.AssessmentFieldsFragmentDoc,
    "query Assessments($options: AssessmentListOptions) {\n  assessments(options: $options) { totalItems items { id projectId quarter category state project { contractStart contractEnd } } } }": types.AssessmentsDocument,
    "query Assessment($id: ID!) { assessment(id: $id) { ...AssessmentFields } }": types.AssessmentDocument,
    "mutation CreateAssessment($input: AssessmentInput!) { createAssessment(input: $input) { ...AssessmentFields } }": types.CreateAssessmentDocument,
    "mutation ScoreAssessment($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) {\n  scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentFields } }": types.ScoreAssessmentDocument,
    "mutation SubmitAssessment($id: ID!, $version: Int!) { submitAssessment(id: $id, version: $version) { ...AssessmentFields } }": types.SubmitAssessmentDocument,
    "mutation ReturnAssessment($id: ID!, $version: Int!, $note: String!) {\n  returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentFields } }": types.ReturnAssessmentDocument,
    "mutation ReviewAssessment($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {\n  reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentFields } }": types.ReviewAssessmentDocument,
    "\n  fragment RedBlackListFields on RedBlackList {\n    quarter schemeEdition publishedAt sha256 canonicalJson sealVerified\n    categories { category ranked unranked redPlaces blackPlaces }\n    entries { category place rank projectName estateName firmName total maxTotal }\n  }": types.RedBlackListFieldsFragmentDoc,
    "query RedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...RedBlackListFields } }": types.RedBlackListDocument,
    "query RedBlackLists($options: RedBlackListListOptions) {\n  redBlackLists(options: $options) { totalItems nextCursor items { quarter sha256 sealVerified entries { place } } } }": types.RedBlackListsDocument,
    "query RedBlackListPages($options: RedBlackListListOptions, $place: RedBlackPlace, $skip: Int, $take: Int) {\n  redBlackLists(options: $options) { totalItems nextCursor items { quarter categories { category redPlaces blackPlaces } entries(place: $place, skip: $skip, take: $take) { place category rank projectName } } } }": types.RedBlackListPagesDocument,
    "mutation PublishRedBlackList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...RedBlackListFields } }": types.PublishRedBlackListDocument,
    "query QuarterRanking($quarter: String!) {\n  quarterRanking(quarter: $quarter) { quarter published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked } ranked { projectId rank place total } unranked { projectId state } } }": types.QuarterRankingDocument,
    "query FirmsWithPlacements($options: FirmListOptions) {\n  firms(options: $options) { items { id name redBlackPlacements { quarter place category rank total } } } }": types.FirmsWithPlacementsDocument,
    "query DashboardAssessments {\n  dashboard { assessments { quarter projects completed submitted inProgress latestList { quarter entries { place } } } } }": types.DashboardAssessmentsDocument,
    "query AssessmentSchemes { assessmentSchemes { id version edition state title availableActions items { key maxScore categories } maxTotals { category maxTotal } } }": types.AssessmentSchemesDocument,
    "mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {\n  createAssessmentScheme(input: $input) { id version edition state } }": types.CreateAssessmentSchemeDocument,
    "mutation UpdateAssessmentScheme($id: ID!, $version: Int!, $input: AssessmentSchemeInput!) {\n  updateAssessmentScheme(id: $id, version: $version, input: $input) { id version edition state } }": types.UpdateAssessmentSchemeDocument,
    "mutation PublishAssessmentScheme($id: ID!, $version: Int!) {\n  publishAssessmentScheme(id: $id, version: $version) { id version edition state publishedAt } }": types.PublishAssessmentSchemeDocument,
    "\n  fragment CampaignFields on Campaign {\n    id version name year startsOn endsOn status description\n    measures { id code labelZh labelEn unit kind bound }\n  }": types.CampaignFieldsFragmentDoc,
    "\n  fragment CampaignReportFields on CampaignReport {\n    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce\n    quantities { measure { code } quantity }\n  }": types.CampaignReportFieldsFragmentDoc,
    "mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }": types.CreateCampaignDocument,
    "mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n  updateCampaign(id: $id, version: $version, input: $input) { ...CampaignFields } }": types.UpdateCampaignDocument,
    "mutation CloseCampaign($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { ...CampaignFields } }": types.CloseCampaignDocument,
    "mutation ReportCampaignProgress($input: CampaignReportInput!) {\n  reportCampaignProgress(input: $input) { ...CampaignReportFields } }": types.ReportCampaignProgressDocument,
    "mutation UpdateCampaignReport($id: ID!, $version: Int!, $input: CampaignReportUpdateInput!) {\n  updateCampaignReport(id: $id, version: $version, input: $input) { ...CampaignReportFields } }": types.UpdateCampaignReportDocument,
    "mutation VerifyCampaignReport($id: ID!, $version: Int!) {\n  verifyCampaignReport(id: $id, version: $version) { ...CampaignReportFields } }": types.VerifyCampaignReportDocument,
    "query GetCampaignReport($id: ID!) { campaignReport(id: $id) { ...CampaignReportFields } }": types.GetCampaignReportDocument,
    "query CampaignTotals($id: ID!) {\n  campaign(id: $id) { id name totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } } } }": types.CampaignTotalsDocument,
    "query ListCampaigns($options: CampaignListOptions) {\n  campaigns(options: $options) { totalItems items { id name status totals { districtId estatesCovered measures { measure { code } total } } } } }": types.ListCampaignsDocument,
    "query ListCampaignReports($options: CampaignReportListOptions) {\n  campaignReports(options: $options) {\n    totalItems nextCursor\n    items { id status completedOn reportedBy verifiedBy verifyHeldBy inForce campaign { name } estate { name district { name } } quantities { measure { code unit } quantity } }\n  } }": types.ListCampaignReportsDocument,
    "\n  fragment ElectionFields on Election {\n    id version title kind seats phase deemedVotes committeeId estateId availableActions\n    phases { phase startsOn endsOn enteredAt }\n    candidates { id version decision withdrawn partyMember owner { id name } }\n    slateWarning { partyMembers candidates needed }\n  }": types.ElectionFieldsFragmentDoc,
    "query Elections($options: ElectionListOptions) {\n  elections(options: $options) { totalItems items { id title phase estateId } } }": types.ElectionsDocument,
    "query Election($id: ID!) { election(id: $id) { ...ElectionFields } }": types.ElectionDocument,
    "mutation CreateElection($input: ElectionInput!) { createElection(input: $input) { ...ElectionFields } }": types.CreateElectionDocument,
    "mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {\n  updateElection(id: $id, version: $version, input: $input) { ...ElectionFields } }": types.UpdateElectionDocument,
    "mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason) {\n  moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason) { ...ElectionFields } }": types.MoveElectionDocument,
    "mutation Nominate($electionId: ID!, $input: NominationInput!) {\n  nominateCandidate(electionId: $electionId, input: $input) { id version decision } }": types.NominateDocument,
    "mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n  recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation } }": types.CheckDocument,
    "mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {\n  recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation\n    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason } } }": types.ChecksDocument,
    "query CandidateRegister($id: ID!) { candidate(id: $id) { id registerFindings { itemKey says unitsInEstate } } }": types.CandidateRegisterDocument,
    "mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }": types.ObjectDocument,
    "mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }": types.ResolveDocument,
    "query Candidate($id: ID!) {\n  candidate(id: $id) { id version decision decisionExplanation checks { itemKey result reviewingBody } objections { id resolvedOn } checklist { version } } }": types.CandidateDocument,
    "mutation Ballot($electionId: ID!, $input: BallotInput!) {\n  recordBallot(electionId: $electionId, input: $input) { id voterKey choices } }": types.BallotDocument,
    "query Persons($electionId: ID!, $voted: Boolean, $take: Int, $q: String) {\n  votingPersons(electionId: $electionId, voted: $voted, take: $take, q: $q) { totalItems items { personKey ownerId name units area voted } } }": types.PersonsDocument,
    "query Tally($id: ID!) {\n  election(id: $id) { id phase tally {\n    seats ballots\n    totals { headcount area }\n    participating { headcount area }\n    quorum { rule met threshold { numerator denominator } headcount { part whole share { numerator denominator } met } area { part whole met } }\n    candidates { candidateId rank status approvals { headcount area } pass { met headcount { part whole met } area { part whole met } } }\n    electedIds\n    issues { code message candidateIds }\n  } } }": types.TallyDocument,
    "query Owners($options: OwnerListOptions) { owners(options: $options) { totalItems items { id kind name idNumber phone estateId } } }": types.OwnersDocument,
    "query Roll($estateId: ID!) { ownerRoll(estateId: $estateId) { units headcount totalArea developerHeldUnits undesignatedUnits } }": types.RollDocument,
    "query RollUnits($options: UnitListOptions) {\n  units(options: $options) { totalItems items { id version estateId building unitNo room area areaSource developerHeld ownerships { ownerId designatedVoter } } } }": types.RollUnitsDocument,
    "mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }": types.RemoveUnitDocument,
    "query Committee($id: ID!) {\n  committee(id: $id) { id version termNumber termStart termEnd estateId members { id name position ownerId }\n    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining availableActions materials { id kind } } } }": types.CommitteeDocument,
    "query Filings($options: CommitteeFilingListOptions) {\n  committeeFilings(options: $options) { totalItems items { id filingStatus dueOn overdue committee { estateId } } } }": types.FilingsDocument,
    "mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {\n  setCommitteeMembers(id: $id, version: $version, input: $input) { id version members { name position } } }": types.MembersDocument,
    "mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind sizeBytes sha256 } }": types.MaterialDocument,
    "mutation Submit($id: ID!, $version: Int!) { submitCommitteeFiling(id: $id, version: $version) { id version filingStatus } }": types.SubmitDocument,
    "mutation Approve($id: ID!, $version: Int!) { approveCommitteeFiling(id: $id, version: $version) { id version filingStatus filingNumber } }": types.ApproveDocument,
    "mutation CreateResolution($input: ResolutionInput!) { createResolution(input: $input) { id version phase } }": types.CreateResolutionDocument,
    "mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {\n  moveResolution(id: $id, version: $version, action: $action) { id version phase outcome } }": types.MoveResolutionDocument,
    "mutation ResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {\n  updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { id version phase votingStartsOn votingEndsOn } }": types.ResolutionVotingPeriodDocument,
    "mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {\n  recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id choice } }": types.ResolutionBallotDocument,
    "query ResolutionTally($id: ID!) {\n  resolution(id: $id) { id tally { matter article278Item ballots outcome decidedBy\n    quorum { met } pass { rule met headcount { part whole met } area { part whole met } } } } }": types.ResolutionTallyDocument,
    "query PersonsPage($electionId: ID!, $skip: Int, $take: Int) {\n  votingPersons(electionId: $electionId, skip: $skip, take: $take) { totalItems items { personKey ownerId name voted } } }": types.PersonsPageDocument,
    "\n  fragment FundFields on RepairFund {\n    id version projectId estateId openedMonth balance\n    terms { fromMonth feeRate setAsidePercent resolutionId }\n  }": types.FundFieldsFragmentDoc,
    "mutation OpenRepairFund($input: OpenRepairFundInput!) { openRepairFund(input: $input) { ...FundFields } }": types.OpenRepairFundDocument,
    "mutation SetRepairFundTerms($id: ID!, $version: Int!, $input: RepairFundTermsInput!) {\n  setRepairFundTerms(id: $id, version: $version, input: $input) { ...FundFields pendingTerms { id version fromMonth feeRate setAsidePercent status } } }": types.SetRepairFundTermsDocument,
    "mutation PostRepairFundAccrual($fundId: ID!, $month: String!) {\n  postRepairFundAccrual(fundId: $fundId, month: $month) { id month chargedArea feeRate setAsidePercent amount } }": types.PostRepairFundAccrualDocument,
    "query GetRepairFund($id: ID!) { repairFund(id: $id) { ...FundFields } }": types.GetRepairFundDocument,
    "query ListRepairFunds($options: RepairFundListOptions) {\n  repairFunds(options: $options) { totalItems items { ...FundFields } } }": types.ListRepairFundsDocument,
    "query RepairFundStatement($id: ID!, $year: Int!, $quarter: Int) {\n  repairFund(id: $id) { id balance statement(year: $year, quarter: $quarter) {\n    from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } } }": types.RepairFundStatementDocument,
    "mutation RequestRepairFundWithdrawal($input: WithdrawalInput!) {\n  requestRepairFundWithdrawal(input: $input) { id version status amount availableActions } }": types.RequestRepairFundWithdrawalDocument,
    "mutation MoveRepairFundWithdrawal($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {\n  moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status amount decidedById decidedAt } }": types.MoveRepairFundWithdrawalDocument,
    "query ListRepairFundWithdrawals($options: RepairFundWithdrawalListOptions) {\n  repairFundWithdrawals(options: $options) { totalItems items { id version status amount estateId } } }": types.ListRepairFundWithdrawalsDocument,
    "\n  fragment PeriodFields on AccountPeriod {\n    id version accountId estateId year quarter status closedById closedByMemberId countersignedById publishedAt availableActions\n  }": types.PeriodFieldsFragmentDoc,
    "\n  fragment StatementFields on AccountStatement {\n    periodId estateName year quarter from to opening income spending closing\n    incomeByCategory { category amount } spendingByCategory { category amount }\n  }": types.StatementFieldsFragmentDoc,
    "mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) {\n  openCommitteeAccount(input: $input) { id version estateId spendingLimit } }": types.OpenCommitteeAccountDocument,
    "query GetCommitteeAccount($id: ID!) { committeeAccount(id: $id) { id version estateId spendingLimit statementDueDays\n  pendingTerms { id version spendingLimit statementDueDays status proposedById availableActions confirmRefusal } } }": types.GetCommitteeAccountDocument,
    "query CommitteeAccountTermsProposals($id: ID!) { committeeAccount(id: $id) { id\n  termsProposals { id version spendingLimit statementDueDays status proposedById decidedById decidedAt decisionNote } } }": types.CommitteeAccountTermsProposalsDocument,
    "mutation DecideCommitteeAccountTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById decidedAt spendingLimit statementDueDays availableActions } }": types.DecideCommitteeAccountTermsDocument,
    "query RepairFundProposals($id: ID!) { repairFund(id: $id) { id version balance\n  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions }\n  pendingCorrection { id version accrualId amount reason status proposedById availableActions }\n  corrections { id accrualId amount proposalId } terms { fromMonth feeRate setAsidePercent } } }": types.RepairFundProposalsDocument,
    "mutation PostRepairFundCorrection($fundId: ID!, $input: RepairFundCorrectionInput!) {\n  postRepairFundCorrection(fundId: $fundId, input: $input) {\n    __typename ... on RepairFundCorrection { id accrualId postedOn amount } ... on RepairFundCorrectionProposal { id version accrualId amount status } } }": types.PostRepairFundCorrectionDocument,
    "mutation DecideRepairFundCorrection($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }": types.DecideRepairFundCorrectionDocument,
    "mutation DecideRepairFundTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }": types.DecideRepairFundTermsDocument,
    "mutation SetCommitteeSpendingLimit($id: ID!, $version: Int!, $spendingLimit: Decimal!) {\n  setCommitteeSpendingLimit(id: $id, version: $version, spendingLimit: $spendingLimit) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }": types.SetCommitteeSpendingLimitDocument,
    "mutation SetCommitteeAccountTerms($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {\n  setCommitteeAccountTerms(id: $id, version: $version, input: $input) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }": types.SetCommitteeAccountTermsDocument,
    "mutation AddAccountEntry($input: AccountEntryInput!) {\n  addAccountEntry(input: $input) { id version periodId direction category amount occurredOn signOffRequired signedOffById correctsEntryId enteredBy } }": types.AddAccountEntryDocument,
    "mutation SignOffAccountEntry($id: ID!, $version: Int!) {\n  signOffAccountEntry(id: $id, version: $version) { id version signedOffById } }": types.SignOffAccountEntryDocument,
    "mutation RefuseAccountEntrySignOff($id: ID!, $version: Int!, $note: String!) {\n  refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version signOffRequired signedOffById signOffRefusedById signOffRefusedAt signOffRefusalNote } }": types.RefuseAccountEntrySignOffDocument,
    "mutation AddAccountVoucher($entryId: ID!, $input: VoucherInput!) {\n  addAccountVoucher(entryId: $entryId, input: $input) { id fileName contentType sizeBytes sha256 } }": types.AddAccountVoucherDocument,
    "query AccountVoucherContent($id: ID!) { accountVoucherContent(id: $id) }": types.AccountVoucherContentDocument,
    "mutation MoveAccountPeriod($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID) {\n  moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId) { ...PeriodFields } }": types.MoveAccountPeriodDocument,
    "query GetAccountPeriod($id: ID!) { accountPeriod(id: $id) { ...PeriodFields statement { ...StatementFields } } }": types.GetAccountPeriodDocument,
    "query ListAccountPeriods($options: AccountPeriodListOptions) {\n  accountPeriods(options: $options) { totalItems items { ...PeriodFields } } }": types.ListAccountPeriodsDocument,
    "query ListAccountEntries($options: AccountEntryListOptions) {\n  accountEntries(options: $options) { totalItems items { id amount category periodId } } }": types.ListAccountEntriesDocument,
    "query PublishedAccountStatement($periodId: ID!) {\n  publishedAccountStatement(periodId: $periodId) {\n    periodId estateName year quarter from to opening income spending closing publishedAt\n    incomeByCategory { category amount } spendingByCategory { category amount } } }": types.PublishedAccountStatementDocument,
    "query ResolutionVoters($id: ID!, $skip: Int!, $take: Int!) {\n  resolution(id: $id) { id version phase voters(voted: false, skip: $skip, take: $take) { totalItems items { ownerId personKey } } } }": types.ResolutionVotersDocument,
    "query CommitteeAccountPendingTerms($id: ID!) { committeeAccount(id: $id) { id version spendingLimit statementDueDays\n  pendingTerms { id version spendingLimit statementDueDays status } } }": types.CommitteeAccountPendingTermsDocument,
    "query RepairFundPendingTerms($id: ID!) { repairFund(id: $id) { id version balance terms { fromMonth }\n  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions } } }": types.RepairFundPendingTermsDocument,
    "\n  fragment PartyOrgFields on PartyOrganisation { id version name kind firmId estateId memberCount establishedOn estate { name } firm { name } }": types.PartyOrgFieldsFragmentDoc,
    "mutation CreatePartyOrganisation($input: PartyOrganisationInput!) {\n  createPartyOrganisation(input: $input) { ...PartyOrgFields } }": types.CreatePartyOrganisationDocument,
    "mutation UpdatePartyOrganisation($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {\n  updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrgFields } }": types.UpdatePartyOrganisationDocument,
    "query ListPartyOrganisations($options: PartyOrganisationListOptions) {\n  partyOrganisations(options: $options) { totalItems items { ...PartyOrgFields } } }": types.ListPartyOrganisationsDocument,
    "\n  fragment FirmFields on Firm {\n    id version name creditCode contactPhone districtId status\n    filingStatus filingNumber submittedById decidedById returnReason returnNote revokeReason availableActions\n  }": types.FirmFieldsFragmentDoc,
    "\n  fragment ProjectFields on Project {\n    id version name estateId firmId contractStart contractEnd residentialFee managerPhone\n    filingStatus filingNumber submittedById decidedById availableActions\n  }": types.ProjectFieldsFragmentDoc,
    "mutation CreateFirm($input: FirmInput!) { createFirm(input: $input) { ...FirmFields } }": types.CreateFirmDocument,
    "mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) {\n  updateFirm(id: $id, version: $version, input: $input) { ...FirmFields } }": types.UpdateFirmDocument,
    "mutation SubmitFirm($id: ID!, $version: Int!) { submitFirm(id: $id, version: $version) { ...FirmFields } }": types.SubmitFirmDocument,
    "mutation ApproveFirm($id: ID!, $version: Int!) { approveFirm(id: $id, version: $version) { ...FirmFields } }": types.ApproveFirmDocument,
    "mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n  returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }": types.ReturnFirmDocument,
    "mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n  revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }": types.RevokeFirmDocument,
    "query GetFirm($id: ID!) { firm(id: $id) { ...FirmFields } }": types.GetFirmDocument,
    "query ListFirms($options: FirmListOptions) {\n  firms(options: $options) { totalItems nextCursor items { ...FirmFields } } }": types.ListFirmsDocument,
    "query ListFirmIds($options: FirmListOptions) { firms(options: $options) { nextCursor items { id name updatedAt } } }": types.ListFirmIdsDocument,
    "mutation CreateProject($input: ProjectInput!) { createProject(input: $input) { ...ProjectFields } }": types.CreateProjectDocument,
    "mutation SubmitProject($id: ID!, $version: Int!) { submitProject(id: $id, version: $version) { ...ProjectFields } }": types.SubmitProjectDocument,
    "mutation ApproveProject($id: ID!, $version: Int!) { approveProject(id: $id, version: $version) { ...ProjectFields } }": types.ApproveProjectDocument,
    "query GetProject($id: ID!) { project(id: $id) { ...ProjectFields } }": types.GetProjectDocument,
    "query ProjectOverlapWarning($id: ID!) { project(id: $id) { id overlapsApproved { id name filingNumber } } }": types.ProjectOverlapWarningDocument,
    "query NestedProjects($take: Int!) {\n  projects(options: { take: $take, sort: { field: ID } }) {\n    totalItems\n    items {\n      id name contractStart contractEnd\n      firm { id name creditCode status }\n      estate { id name households community { name } subdistrict { name } district { code name } }\n    }\n  }\n}": types.NestedProjectsDocument,
    "query Audit($options: AuditEventListOptions) {\n  auditEvents(options: $options) { totalItems items { id action actorId actorName entityType entityId before after } } }": types.AuditDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token expiresAt user { id username role } } }": types.LoginDocument,
    "query Me { me { id username displayName role } }": types.MeDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "mutation CreateApiToken($input: ApiTokenInput!) {\n  createApiToken(input: $input) { token apiToken { id name scopes expiresAt revokedAt } } }": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": types.RevokeApiTokenDocument,
    "mutation CreateUser($input: UserInput!) { createUser(input: $input) { id version username role active } }": types.CreateUserDocument,
    "mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n  updateUser(id: $id, version: $version, input: $input) { id version role active } }": types.UpdateUserDocument,
    "query Dashboard {\n  dashboard {\n    firms { approved target submitted total }\n    projects { approved target submitted total }\n    committees { approved target submitted total }\n    waitingTotal\n    waiting { kind id name submittedAt waitingDays }\n    byDistrict { districtId code name firms projects committees }\n    elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }\n    statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }\n    demonstrations { city cityTarget provincial provincialTarget }\n  } }": types.DashboardDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed\n    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }\n    openVotes { kind id phase }\n  }": types.ImportReportFieldsFragmentDoc,
    "mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {\n  previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields } }": types.PreviewImportDocument,
    "mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {\n  runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) { ...ImportReportFields } }": types.RunImportDocument,
    "mutation RunImportTracked($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $progressKey: String) {\n  runImport(kind: $kind, file: $file, mode: $mode, progressKey: $progressKey) {\n    committed totalRows created invalid skipped rows { row status recordId } errorFile { name contentType contentBase64 } } }": types.RunImportTrackedDocument,
    "query ImportProgressOf($key: String!) { importProgress(key: $key) { phase done total } }": types.ImportProgressOfDocument,
    "query HolidayCalendar($year: Int!) {\n  holidayCalendar(year: $year) { year decree noticeEntered notice { year document } statutoryHolidays { date festival }\n    days { date dayOff reason festivals note missingNotices } } }": types.HolidayCalendarDocument,
    "query HolidayNotices($year: Int) { holidayNotices(year: $year) { year document enteredAt enteredById days { date kind note } } }": types.HolidayNoticesDocument,
    "mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {\n  setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year document enteredById days { date kind note } } } }": types.SetHolidayNoticeDocument,
    "query UserJurisdiction($id: ID!) { user(id: $id) { id version role jurisdiction { id name } } }": types.UserJurisdictionDocument,
    "mutation SetJurisdiction($userId: ID!, $version: Int!, $subdistrictIds: [ID!]!) {\n  setOfficerJurisdiction(userId: $userId, version: $version, subdistrictIds: $subdistrictIds) { id version jurisdiction { id name } } }": types.SetJurisdictionDocument,
    "mutation UpdateUserJurisdiction($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n  updateUser(id: $id, version: $version, input: $input) { id version role jurisdiction { id } } }": types.UpdateUserJurisdictionDocument,
    "fragment ChecklistDraftFields on ChecklistDraft {\n  id version title source publishedVersionId lastEditedById availableActions items { key kind titleZh titleEn suggestedReviewers } }": types.ChecklistDraftFieldsFragmentDoc,
    "query ChecklistDrafts { checklistDrafts { ...ChecklistDraftFields } }": types.ChecklistDraftsDocument,
    "mutation CreateChecklistDraft($input: ChecklistInput!) { createChecklistDraft(input: $input) { ...ChecklistDraftFields } }": types.CreateChecklistDraftDocument,
    "mutation UpdateChecklistDraft($id: ID!, $version: Int!, $input: ChecklistInput!) {\n  updateChecklistDraft(id: $id, version: $version, input: $input) { ...ChecklistDraftFields } }": types.UpdateChecklistDraftDocument,
    "mutation PublishChecklistDraft($id: ID!, $version: Int!) {\n  publishChecklistDraft(id: $id, version: $version) { id version title source items { key } } }": types.PublishChecklistDraftDocument,
    "query CurrentChecklist { currentChecklist { id version title items { key } } }": types.CurrentChecklistDocument,
    "query AuditAt($options: AuditEventListOptions) { auditEvents(options: $options) { totalItems items { id at action entityId } } }": types.AuditAtDocument,
    "\n  fragment MeetingFields on FivePartyMeeting {\n    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt\n    estate { name }\n    participants { party name role }\n    issues { id version description raisedBy status resolutionNote resolvedOn }\n    followUps { id version task ownerParty ownerName dueOn doneOn doneNote overdue }\n  }": types.MeetingFieldsFragmentDoc,
    "mutation CreateFivePartyMeeting($input: FivePartyMeetingInput!) {\n  createFivePartyMeeting(input: $input) { ...MeetingFields } }": types.CreateFivePartyMeetingDocument,
    "mutation UpdateFivePartyMeeting($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {\n  updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...MeetingFields } }": types.UpdateFivePartyMeetingDocument,
    "mutation ResolveMeetingIssue($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {\n  resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote } }": types.ResolveMeetingIssueDocument,
    "mutation CompleteMeetingFollowUp($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {\n  completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn doneNote overdue } }": types.CompleteMeetingFollowUpDocument,
    "query GetFivePartyMeeting($id: ID!) { fivePartyMeeting(id: $id) { ...MeetingFields } }": types.GetFivePartyMeetingDocument,
    "query ListFivePartyMeetings($options: FivePartyMeetingListOptions) {\n  fivePartyMeetings(options: $options) { totalItems nextCursor items { id estateId heldOn overdue overdueFollowUps } } }": types.ListFivePartyMeetingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id version projectId estateId firmId quarter category state assessingBody total maxTotal assessorId reviewerId returnNote availableActions\n    items { key maxScore score note adjustedScore adjustReason finalScore }\n  }"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Assessments($options: AssessmentListOptions) {\n  assessments(options: $options) { totalItems items { id projectId quarter category state project { contractStart contractEnd } } } }"): typeof import('./graphql').AssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Assessment($id: ID!) { assessment(id: $id) { ...AssessmentFields } }"): typeof import('./graphql').AssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAssessment($input: AssessmentInput!) { createAssessment(input: $input) { ...AssessmentFields } }"): typeof import('./graphql').CreateAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScoreAssessment($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) {\n  scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentFields } }"): typeof import('./graphql').ScoreAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitAssessment($id: ID!, $version: Int!) { submitAssessment(id: $id, version: $version) { ...AssessmentFields } }"): typeof import('./graphql').SubmitAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnAssessment($id: ID!, $version: Int!, $note: String!) {\n  returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentFields } }"): typeof import('./graphql').ReturnAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewAssessment($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {\n  reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentFields } }"): typeof import('./graphql').ReviewAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RedBlackListFields on RedBlackList {\n    quarter schemeEdition publishedAt sha256 canonicalJson sealVerified\n    categories { category ranked unranked redPlaces blackPlaces }\n    entries { category place rank projectName estateName firmName total maxTotal }\n  }"): typeof import('./graphql').RedBlackListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...RedBlackListFields } }"): typeof import('./graphql').RedBlackListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedBlackLists($options: RedBlackListListOptions) {\n  redBlackLists(options: $options) { totalItems nextCursor items { quarter sha256 sealVerified entries { place } } } }"): typeof import('./graphql').RedBlackListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedBlackListPages($options: RedBlackListListOptions, $place: RedBlackPlace, $skip: Int, $take: Int) {\n  redBlackLists(options: $options) { totalItems nextCursor items { quarter categories { category redPlaces blackPlaces } entries(place: $place, skip: $skip, take: $take) { place category rank projectName } } } }"): typeof import('./graphql').RedBlackListPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishRedBlackList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...RedBlackListFields } }"): typeof import('./graphql').PublishRedBlackListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuarterRanking($quarter: String!) {\n  quarterRanking(quarter: $quarter) { quarter published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked } ranked { projectId rank place total } unranked { projectId state } } }"): typeof import('./graphql').QuarterRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmsWithPlacements($options: FirmListOptions) {\n  firms(options: $options) { items { id name redBlackPlacements { quarter place category rank total } } } }"): typeof import('./graphql').FirmsWithPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardAssessments {\n  dashboard { assessments { quarter projects completed submitted inProgress latestList { quarter entries { place } } } } }"): typeof import('./graphql').DashboardAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentSchemes { assessmentSchemes { id version edition state title availableActions items { key maxScore categories } maxTotals { category maxTotal } } }"): typeof import('./graphql').AssessmentSchemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {\n  createAssessmentScheme(input: $input) { id version edition state } }"): typeof import('./graphql').CreateAssessmentSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAssessmentScheme($id: ID!, $version: Int!, $input: AssessmentSchemeInput!) {\n  updateAssessmentScheme(id: $id, version: $version, input: $input) { id version edition state } }"): typeof import('./graphql').UpdateAssessmentSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishAssessmentScheme($id: ID!, $version: Int!) {\n  publishAssessmentScheme(id: $id, version: $version) { id version edition state publishedAt } }"): typeof import('./graphql').PublishAssessmentSchemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id version name year startsOn endsOn status description\n    measures { id code labelZh labelEn unit kind bound }\n  }"): typeof import('./graphql').CampaignFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignReportFields on CampaignReport {\n    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce\n    quantities { measure { code } quantity }\n  }"): typeof import('./graphql').CampaignReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n  updateCampaign(id: $id, version: $version, input: $input) { ...CampaignFields } }"): typeof import('./graphql').UpdateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCampaign($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { ...CampaignFields } }"): typeof import('./graphql').CloseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportCampaignProgress($input: CampaignReportInput!) {\n  reportCampaignProgress(input: $input) { ...CampaignReportFields } }"): typeof import('./graphql').ReportCampaignProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCampaignReport($id: ID!, $version: Int!, $input: CampaignReportUpdateInput!) {\n  updateCampaignReport(id: $id, version: $version, input: $input) { ...CampaignReportFields } }"): typeof import('./graphql').UpdateCampaignReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyCampaignReport($id: ID!, $version: Int!) {\n  verifyCampaignReport(id: $id, version: $version) { ...CampaignReportFields } }"): typeof import('./graphql').VerifyCampaignReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetCampaignReport($id: ID!) { campaignReport(id: $id) { ...CampaignReportFields } }"): typeof import('./graphql').GetCampaignReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignTotals($id: ID!) {\n  campaign(id: $id) { id name totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } } } }"): typeof import('./graphql').CampaignTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListCampaigns($options: CampaignListOptions) {\n  campaigns(options: $options) { totalItems items { id name status totals { districtId estatesCovered measures { measure { code } total } } } } }"): typeof import('./graphql').ListCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListCampaignReports($options: CampaignReportListOptions) {\n  campaignReports(options: $options) {\n    totalItems nextCursor\n    items { id status completedOn reportedBy verifiedBy verifyHeldBy inForce campaign { name } estate { name district { name } } quantities { measure { code unit } quantity } }\n  } }"): typeof import('./graphql').ListCampaignReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ElectionFields on Election {\n    id version title kind seats phase deemedVotes committeeId estateId availableActions\n    phases { phase startsOn endsOn enteredAt }\n    candidates { id version decision withdrawn partyMember owner { id name } }\n    slateWarning { partyMembers candidates needed }\n  }"): typeof import('./graphql').ElectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Elections($options: ElectionListOptions) {\n  elections(options: $options) { totalItems items { id title phase estateId } } }"): typeof import('./graphql').ElectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Election($id: ID!) { election(id: $id) { ...ElectionFields } }"): typeof import('./graphql').ElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateElection($input: ElectionInput!) { createElection(input: $input) { ...ElectionFields } }"): typeof import('./graphql').CreateElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {\n  updateElection(id: $id, version: $version, input: $input) { ...ElectionFields } }"): typeof import('./graphql').UpdateElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason) {\n  moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason) { ...ElectionFields } }"): typeof import('./graphql').MoveElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Nominate($electionId: ID!, $input: NominationInput!) {\n  nominateCandidate(electionId: $electionId, input: $input) { id version decision } }"): typeof import('./graphql').NominateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n  recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation } }"): typeof import('./graphql').CheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {\n  recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation\n    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason } } }"): typeof import('./graphql').ChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidateRegister($id: ID!) { candidate(id: $id) { id registerFindings { itemKey says unitsInEstate } } }"): typeof import('./graphql').CandidateRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }"): typeof import('./graphql').ObjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }"): typeof import('./graphql').ResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Candidate($id: ID!) {\n  candidate(id: $id) { id version decision decisionExplanation checks { itemKey result reviewingBody } objections { id resolvedOn } checklist { version } } }"): typeof import('./graphql').CandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Ballot($electionId: ID!, $input: BallotInput!) {\n  recordBallot(electionId: $electionId, input: $input) { id voterKey choices } }"): typeof import('./graphql').BallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Persons($electionId: ID!, $voted: Boolean, $take: Int, $q: String) {\n  votingPersons(electionId: $electionId, voted: $voted, take: $take, q: $q) { totalItems items { personKey ownerId name units area voted } } }"): typeof import('./graphql').PersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tally($id: ID!) {\n  election(id: $id) { id phase tally {\n    seats ballots\n    totals { headcount area }\n    participating { headcount area }\n    quorum { rule met threshold { numerator denominator } headcount { part whole share { numerator denominator } met } area { part whole met } }\n    candidates { candidateId rank status approvals { headcount area } pass { met headcount { part whole met } area { part whole met } } }\n    electedIds\n    issues { code message candidateIds }\n  } } }"): typeof import('./graphql').TallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Owners($options: OwnerListOptions) { owners(options: $options) { totalItems items { id kind name idNumber phone estateId } } }"): typeof import('./graphql').OwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Roll($estateId: ID!) { ownerRoll(estateId: $estateId) { units headcount totalArea developerHeldUnits undesignatedUnits } }"): typeof import('./graphql').RollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RollUnits($options: UnitListOptions) {\n  units(options: $options) { totalItems items { id version estateId building unitNo room area areaSource developerHeld ownerships { ownerId designatedVoter } } } }"): typeof import('./graphql').RollUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }"): typeof import('./graphql').RemoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Committee($id: ID!) {\n  committee(id: $id) { id version termNumber termStart termEnd estateId members { id name position ownerId }\n    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining availableActions materials { id kind } } } }"): typeof import('./graphql').CommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Filings($options: CommitteeFilingListOptions) {\n  committeeFilings(options: $options) { totalItems items { id filingStatus dueOn overdue committee { estateId } } } }"): typeof import('./graphql').FilingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {\n  setCommitteeMembers(id: $id, version: $version, input: $input) { id version members { name position } } }"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind sizeBytes sha256 } }"): typeof import('./graphql').MaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Submit($id: ID!, $version: Int!) { submitCommitteeFiling(id: $id, version: $version) { id version filingStatus } }"): typeof import('./graphql').SubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Approve($id: ID!, $version: Int!) { approveCommitteeFiling(id: $id, version: $version) { id version filingStatus filingNumber } }"): typeof import('./graphql').ApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateResolution($input: ResolutionInput!) { createResolution(input: $input) { id version phase } }"): typeof import('./graphql').CreateResolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {\n  moveResolution(id: $id, version: $version, action: $action) { id version phase outcome } }"): typeof import('./graphql').MoveResolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {\n  updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { id version phase votingStartsOn votingEndsOn } }"): typeof import('./graphql').ResolutionVotingPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {\n  recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id choice } }"): typeof import('./graphql').ResolutionBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResolutionTally($id: ID!) {\n  resolution(id: $id) { id tally { matter article278Item ballots outcome decidedBy\n    quorum { met } pass { rule met headcount { part whole met } area { part whole met } } } } }"): typeof import('./graphql').ResolutionTallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonsPage($electionId: ID!, $skip: Int, $take: Int) {\n  votingPersons(electionId: $electionId, skip: $skip, take: $take) { totalItems items { personKey ownerId name voted } } }"): typeof import('./graphql').PersonsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundFields on RepairFund {\n    id version projectId estateId openedMonth balance\n    terms { fromMonth feeRate setAsidePercent resolutionId }\n  }"): typeof import('./graphql').FundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenRepairFund($input: OpenRepairFundInput!) { openRepairFund(input: $input) { ...FundFields } }"): typeof import('./graphql').OpenRepairFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRepairFundTerms($id: ID!, $version: Int!, $input: RepairFundTermsInput!) {\n  setRepairFundTerms(id: $id, version: $version, input: $input) { ...FundFields pendingTerms { id version fromMonth feeRate setAsidePercent status } } }"): typeof import('./graphql').SetRepairFundTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostRepairFundAccrual($fundId: ID!, $month: String!) {\n  postRepairFundAccrual(fundId: $fundId, month: $month) { id month chargedArea feeRate setAsidePercent amount } }"): typeof import('./graphql').PostRepairFundAccrualDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetRepairFund($id: ID!) { repairFund(id: $id) { ...FundFields } }"): typeof import('./graphql').GetRepairFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListRepairFunds($options: RepairFundListOptions) {\n  repairFunds(options: $options) { totalItems items { ...FundFields } } }"): typeof import('./graphql').ListRepairFundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RepairFundStatement($id: ID!, $year: Int!, $quarter: Int) {\n  repairFund(id: $id) { id balance statement(year: $year, quarter: $quarter) {\n    from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } } }"): typeof import('./graphql').RepairFundStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestRepairFundWithdrawal($input: WithdrawalInput!) {\n  requestRepairFundWithdrawal(input: $input) { id version status amount availableActions } }"): typeof import('./graphql').RequestRepairFundWithdrawalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveRepairFundWithdrawal($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {\n  moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status amount decidedById decidedAt } }"): typeof import('./graphql').MoveRepairFundWithdrawalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListRepairFundWithdrawals($options: RepairFundWithdrawalListOptions) {\n  repairFundWithdrawals(options: $options) { totalItems items { id version status amount estateId } } }"): typeof import('./graphql').ListRepairFundWithdrawalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodFields on AccountPeriod {\n    id version accountId estateId year quarter status closedById closedByMemberId countersignedById publishedAt availableActions\n  }"): typeof import('./graphql').PeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementFields on AccountStatement {\n    periodId estateName year quarter from to opening income spending closing\n    incomeByCategory { category amount } spendingByCategory { category amount }\n  }"): typeof import('./graphql').StatementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) {\n  openCommitteeAccount(input: $input) { id version estateId spendingLimit } }"): typeof import('./graphql').OpenCommitteeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetCommitteeAccount($id: ID!) { committeeAccount(id: $id) { id version estateId spendingLimit statementDueDays\n  pendingTerms { id version spendingLimit statementDueDays status proposedById availableActions confirmRefusal } } }"): typeof import('./graphql').GetCommitteeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeAccountTermsProposals($id: ID!) { committeeAccount(id: $id) { id\n  termsProposals { id version spendingLimit statementDueDays status proposedById decidedById decidedAt decisionNote } } }"): typeof import('./graphql').CommitteeAccountTermsProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideCommitteeAccountTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById decidedAt spendingLimit statementDueDays availableActions } }"): typeof import('./graphql').DecideCommitteeAccountTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RepairFundProposals($id: ID!) { repairFund(id: $id) { id version balance\n  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions }\n  pendingCorrection { id version accrualId amount reason status proposedById availableActions }\n  corrections { id accrualId amount proposalId } terms { fromMonth feeRate setAsidePercent } } }"): typeof import('./graphql').RepairFundProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostRepairFundCorrection($fundId: ID!, $input: RepairFundCorrectionInput!) {\n  postRepairFundCorrection(fundId: $fundId, input: $input) {\n    __typename ... on RepairFundCorrection { id accrualId postedOn amount } ... on RepairFundCorrectionProposal { id version accrualId amount status } } }"): typeof import('./graphql').PostRepairFundCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideRepairFundCorrection($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }"): typeof import('./graphql').DecideRepairFundCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideRepairFundTerms($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n  decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status decidedById } }"): typeof import('./graphql').DecideRepairFundTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCommitteeSpendingLimit($id: ID!, $version: Int!, $spendingLimit: Decimal!) {\n  setCommitteeSpendingLimit(id: $id, version: $version, spendingLimit: $spendingLimit) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }"): typeof import('./graphql').SetCommitteeSpendingLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCommitteeAccountTerms($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {\n  setCommitteeAccountTerms(id: $id, version: $version, input: $input) { id version spendingLimit statementDueDays pendingTerms { id version spendingLimit statementDueDays } } }"): typeof import('./graphql').SetCommitteeAccountTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAccountEntry($input: AccountEntryInput!) {\n  addAccountEntry(input: $input) { id version periodId direction category amount occurredOn signOffRequired signedOffById correctsEntryId enteredBy } }"): typeof import('./graphql').AddAccountEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOffAccountEntry($id: ID!, $version: Int!) {\n  signOffAccountEntry(id: $id, version: $version) { id version signedOffById } }"): typeof import('./graphql').SignOffAccountEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefuseAccountEntrySignOff($id: ID!, $version: Int!, $note: String!) {\n  refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version signOffRequired signedOffById signOffRefusedById signOffRefusedAt signOffRefusalNote } }"): typeof import('./graphql').RefuseAccountEntrySignOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAccountVoucher($entryId: ID!, $input: VoucherInput!) {\n  addAccountVoucher(entryId: $entryId, input: $input) { id fileName contentType sizeBytes sha256 } }"): typeof import('./graphql').AddAccountVoucherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountVoucherContent($id: ID!) { accountVoucherContent(id: $id) }"): typeof import('./graphql').AccountVoucherContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveAccountPeriod($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID) {\n  moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId) { ...PeriodFields } }"): typeof import('./graphql').MoveAccountPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetAccountPeriod($id: ID!) { accountPeriod(id: $id) { ...PeriodFields statement { ...StatementFields } } }"): typeof import('./graphql').GetAccountPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListAccountPeriods($options: AccountPeriodListOptions) {\n  accountPeriods(options: $options) { totalItems items { ...PeriodFields } } }"): typeof import('./graphql').ListAccountPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListAccountEntries($options: AccountEntryListOptions) {\n  accountEntries(options: $options) { totalItems items { id amount category periodId } } }"): typeof import('./graphql').ListAccountEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishedAccountStatement($periodId: ID!) {\n  publishedAccountStatement(periodId: $periodId) {\n    periodId estateName year quarter from to opening income spending closing publishedAt\n    incomeByCategory { category amount } spendingByCategory { category amount } } }"): typeof import('./graphql').PublishedAccountStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResolutionVoters($id: ID!, $skip: Int!, $take: Int!) {\n  resolution(id: $id) { id version phase voters(voted: false, skip: $skip, take: $take) { totalItems items { ownerId personKey } } } }"): typeof import('./graphql').ResolutionVotersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeAccountPendingTerms($id: ID!) { committeeAccount(id: $id) { id version spendingLimit statementDueDays\n  pendingTerms { id version spendingLimit statementDueDays status } } }"): typeof import('./graphql').CommitteeAccountPendingTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RepairFundPendingTerms($id: ID!) { repairFund(id: $id) { id version balance terms { fromMonth }\n  pendingTerms { id version fromMonth feeRate setAsidePercent status proposedById availableActions } } }"): typeof import('./graphql').RepairFundPendingTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartyOrgFields on PartyOrganisation { id version name kind firmId estateId memberCount establishedOn estate { name } firm { name } }"): typeof import('./graphql').PartyOrgFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartyOrganisation($input: PartyOrganisationInput!) {\n  createPartyOrganisation(input: $input) { ...PartyOrgFields } }"): typeof import('./graphql').CreatePartyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePartyOrganisation($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {\n  updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrgFields } }"): typeof import('./graphql').UpdatePartyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListPartyOrganisations($options: PartyOrganisationListOptions) {\n  partyOrganisations(options: $options) { totalItems items { ...PartyOrgFields } } }"): typeof import('./graphql').ListPartyOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmFields on Firm {\n    id version name creditCode contactPhone districtId status\n    filingStatus filingNumber submittedById decidedById returnReason returnNote revokeReason availableActions\n  }"): typeof import('./graphql').FirmFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id version name estateId firmId contractStart contractEnd residentialFee managerPhone\n    filingStatus filingNumber submittedById decidedById availableActions\n  }"): typeof import('./graphql').ProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFirm($input: FirmInput!) { createFirm(input: $input) { ...FirmFields } }"): typeof import('./graphql').CreateFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) {\n  updateFirm(id: $id, version: $version, input: $input) { ...FirmFields } }"): typeof import('./graphql').UpdateFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitFirm($id: ID!, $version: Int!) { submitFirm(id: $id, version: $version) { ...FirmFields } }"): typeof import('./graphql').SubmitFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveFirm($id: ID!, $version: Int!) { approveFirm(id: $id, version: $version) { ...FirmFields } }"): typeof import('./graphql').ApproveFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n  returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }"): typeof import('./graphql').ReturnFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n  revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmFields } }"): typeof import('./graphql').RevokeFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetFirm($id: ID!) { firm(id: $id) { ...FirmFields } }"): typeof import('./graphql').GetFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListFirms($options: FirmListOptions) {\n  firms(options: $options) { totalItems nextCursor items { ...FirmFields } } }"): typeof import('./graphql').ListFirmsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListFirmIds($options: FirmListOptions) { firms(options: $options) { nextCursor items { id name updatedAt } } }"): typeof import('./graphql').ListFirmIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProject($input: ProjectInput!) { createProject(input: $input) { ...ProjectFields } }"): typeof import('./graphql').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitProject($id: ID!, $version: Int!) { submitProject(id: $id, version: $version) { ...ProjectFields } }"): typeof import('./graphql').SubmitProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveProject($id: ID!, $version: Int!) { approveProject(id: $id, version: $version) { ...ProjectFields } }"): typeof import('./graphql').ApproveProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetProject($id: ID!) { project(id: $id) { ...ProjectFields } }"): typeof import('./graphql').GetProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectOverlapWarning($id: ID!) { project(id: $id) { id overlapsApproved { id name filingNumber } } }"): typeof import('./graphql').ProjectOverlapWarningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedProjects($take: Int!) {\n  projects(options: { take: $take, sort: { field: ID } }) {\n    totalItems\n    items {\n      id name contractStart contractEnd\n      firm { id name creditCode status }\n      estate { id name households community { name } subdistrict { name } district { code name } }\n    }\n  }\n}"): typeof import('./graphql').NestedProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Audit($options: AuditEventListOptions) {\n  auditEvents(options: $options) { totalItems items { id action actorId actorName entityType entityId before after } } }"): typeof import('./graphql').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { token expiresAt user { id username role } } }"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id username displayName role } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($input: ApiTokenInput!) {\n  createApiToken(input: $input) { token apiToken { id name scopes expiresAt revokedAt } } }"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: UserInput!) { createUser(input: $input) { id version username role active } }"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n  updateUser(id: $id, version: $version, input: $input) { id version role active } }"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard {\n  dashboard {\n    firms { approved target submitted total }\n    projects { approved target submitted total }\n    committees { approved target submitted total }\n    waitingTotal\n    waiting { kind id name submittedAt waitingDays }\n    byDistrict { districtId code name firms projects committees }\n    elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }\n    statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }\n    demonstrations { city cityTarget provincial provincialTarget }\n  } }"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed\n    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }\n    openVotes { kind id phase }\n  }"): typeof import('./graphql').ImportReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {\n  previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields } }"): typeof import('./graphql').PreviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID) {\n  runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId) { ...ImportReportFields } }"): typeof import('./graphql').RunImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunImportTracked($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $progressKey: String) {\n  runImport(kind: $kind, file: $file, mode: $mode, progressKey: $progressKey) {\n    committed totalRows created invalid skipped rows { row status recordId } errorFile { name contentType contentBase64 } } }"): typeof import('./graphql').RunImportTrackedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportProgressOf($key: String!) { importProgress(key: $key) { phase done total } }"): typeof import('./graphql').ImportProgressOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HolidayCalendar($year: Int!) {\n  holidayCalendar(year: $year) { year decree noticeEntered notice { year document } statutoryHolidays { date festival }\n    days { date dayOff reason festivals note missingNotices } } }"): typeof import('./graphql').HolidayCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HolidayNotices($year: Int) { holidayNotices(year: $year) { year document enteredAt enteredById days { date kind note } } }"): typeof import('./graphql').HolidayNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {\n  setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year document enteredById days { date kind note } } } }"): typeof import('./graphql').SetHolidayNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserJurisdiction($id: ID!) { user(id: $id) { id version role jurisdiction { id name } } }"): typeof import('./graphql').UserJurisdictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetJurisdiction($userId: ID!, $version: Int!, $subdistrictIds: [ID!]!) {\n  setOfficerJurisdiction(userId: $userId, version: $version, subdistrictIds: $subdistrictIds) { id version jurisdiction { id name } } }"): typeof import('./graphql').SetJurisdictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUserJurisdiction($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n  updateUser(id: $id, version: $version, input: $input) { id version role jurisdiction { id } } }"): typeof import('./graphql').UpdateUserJurisdictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChecklistDraftFields on ChecklistDraft {\n  id version title source publishedVersionId lastEditedById availableActions items { key kind titleZh titleEn suggestedReviewers } }"): typeof import('./graphql').ChecklistDraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistDrafts { checklistDrafts { ...ChecklistDraftFields } }"): typeof import('./graphql').ChecklistDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateChecklistDraft($input: ChecklistInput!) { createChecklistDraft(input: $input) { ...ChecklistDraftFields } }"): typeof import('./graphql').CreateChecklistDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateChecklistDraft($id: ID!, $version: Int!, $input: ChecklistInput!) {\n  updateChecklistDraft(id: $id, version: $version, input: $input) { ...ChecklistDraftFields } }"): typeof import('./graphql').UpdateChecklistDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishChecklistDraft($id: ID!, $version: Int!) {\n  publishChecklistDraft(id: $id, version: $version) { id version title source items { key } } }"): typeof import('./graphql').PublishChecklistDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentChecklist { currentChecklist { id version title items { key } } }"): typeof import('./graphql').CurrentChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditAt($options: AuditEventListOptions) { auditEvents(options: $options) { totalItems items { id at action entityId } } }"): typeof import('./graphql').AuditAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on FivePartyMeeting {\n    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt\n    estate { name }\n    participants { party name role }\n    issues { id version description raisedBy status resolutionNote resolvedOn }\n    followUps { id version task ownerParty ownerName dueOn doneOn doneNote overdue }\n  }"): typeof import('./graphql').MeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFivePartyMeeting($input: FivePartyMeetingInput!) {\n  createFivePartyMeeting(input: $input) { ...MeetingFields } }"): typeof import('./graphql').CreateFivePartyMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFivePartyMeeting($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {\n  updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...MeetingFields } }"): typeof import('./graphql').UpdateFivePartyMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveMeetingIssue($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {\n  resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote } }"): typeof import('./graphql').ResolveMeetingIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteMeetingFollowUp($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {\n  completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn doneNote overdue } }"): typeof import('./graphql').CompleteMeetingFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetFivePartyMeeting($id: ID!) { fivePartyMeeting(id: $id) { ...MeetingFields } }"): typeof import('./graphql').GetFivePartyMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListFivePartyMeetings($options: FivePartyMeetingListOptions) {\n  fivePartyMeetings(options: $options) { totalItems nextCursor items { id estateId heldOn overdue overdueFollowUps } } }"): typeof import('./graphql').ListFivePartyMeetingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
