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
    "\n  fragment ApiTokenRecord on ApiToken {\n    id name scopes expiresAt revokedAt createdAt rateLimitPerMinute effectiveRateLimitPerMinute\n    usage { requestsThisMinute refusedThisMinute requestsLast24h refusedLast24h lastUsedAt }\n  }\n": typeof types.ApiTokenRecordFragmentDoc,
    "\n  fragment WebhookEndpointRecord on WebhookEndpoint { id tokenId url eventTypes status cursor lag version problem createdAt lastDeliveredAt }\n": typeof types.WebhookEndpointRecordFragmentDoc,
    "query ApiTokens { apiTokens { ...ApiTokenRecord } }": typeof types.ApiTokensDocument,
    "mutation CreateApiTokenInConsole($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenRecord } } }": typeof types.CreateApiTokenInConsoleDocument,
    "mutation RevokeApiTokenInConsole($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenRecord } }": typeof types.RevokeApiTokenInConsoleDocument,
    "\n  mutation SetApiTokenRateLimit($id: ID!, $perMinute: Int) { setApiTokenRateLimit(id: $id, perMinute: $perMinute) { ...ApiTokenRecord } }\n": typeof types.SetApiTokenRateLimitDocument,
    "query WebhookEndpoints($tokenId: ID) { webhookEndpoints(tokenId: $tokenId) { ...WebhookEndpointRecord } }": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($options: WebhookDeliveryListOptions) {\n    webhookDeliveries(options: $options) {\n      items { id status attempts lastError responseCode nextAttemptAt firstPosition lastPosition eventCount createdAt deliveredAt }\n      totalItems nextCursor\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointRecord } } }\n": typeof types.CreateWebhookEndpointDocument,
    "mutation PauseWebhookEndpoint($id: ID!, $version: Int!) { pauseWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }": typeof types.PauseWebhookEndpointDocument,
    "mutation ResumeWebhookEndpoint($id: ID!, $version: Int!) { resumeWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }": typeof types.ResumeWebhookEndpointDocument,
    "mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) { deleteWebhookEndpoint(id: $id, version: $version) }": typeof types.DeleteWebhookEndpointDocument,
    "\n  fragment SchemeRecord on AssessmentScheme {\n    id version edition title source state publishedAt createdAt updatedAt redSharePercent blackSharePercent matureAfterYears availableActions\n    items { key titleZh titleEn maxScore categories } maxTotals { category maxTotal }\n  }\n": typeof types.SchemeRecordFragmentDoc,
    "query SchemeList { list: assessmentSchemes { ...SchemeRecord } }": typeof types.SchemeListDocument,
    "query SchemeOne($id: ID!) { record: assessmentScheme(id: $id) { ...SchemeRecord } }": typeof types.SchemeOneDocument,
    "mutation SchemeCreate($input: AssessmentSchemeInput!) { record: createAssessmentScheme(input: $input) { ...SchemeRecord } }": typeof types.SchemeCreateDocument,
    "mutation SchemePublish($id: ID!, $version: Int!) { record: publishAssessmentScheme(id: $id, version: $version) { ...SchemeRecord } }": typeof types.SchemePublishDocument,
    "\n  fragment AssessmentRecord on Assessment {\n    id version projectId estateId firmId quarter category state assessingBody total maxTotal submittedAt reviewedAt returnNote\n    availableActions createdAt updatedAt\n    project { id name } firm { id name } estate { ...EstatePlace }\n  }\n": typeof types.AssessmentRecordFragmentDoc,
    "\n  fragment AssessmentDetail on Assessment {\n    ...AssessmentRecord\n    items { key titleZh titleEn maxScore score note adjustedScore adjustReason finalScore }\n    scheme { id edition title }\n  }\n": typeof types.AssessmentDetailFragmentDoc,
    "mutation AssessmentCreate($input: AssessmentInput!) { record: createAssessment(input: $input) { ...AssessmentDetail } }": typeof types.AssessmentCreateDocument,
    "\n    query AssessmentList($options: AssessmentListOptions) { list: assessments(options: $options) { totalItems nextCursor items { ...AssessmentRecord } } }\n  ": typeof types.AssessmentListDocument,
    "query AssessmentOne($id: ID!) { record: assessment(id: $id) { ...AssessmentDetail } }": typeof types.AssessmentOneDocument,
    "\n  mutation AssessmentScore($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) { record: scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentDetail } }\n": typeof types.AssessmentScoreDocument,
    "mutation AssessmentSubmit($id: ID!, $version: Int!) { record: submitAssessment(id: $id, version: $version) { ...AssessmentDetail } }": typeof types.AssessmentSubmitDocument,
    "\n  mutation AssessmentReturn($id: ID!, $version: Int!, $note: String!) { record: returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentDetail } }\n": typeof types.AssessmentReturnDocument,
    "\n  mutation AssessmentReview($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {\n    record: reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentDetail }\n  }\n": typeof types.AssessmentReviewDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "\n  fragment CampaignRecord on Campaign {\n    id version name year startsOn endsOn status description updatedAt\n    measures { id code labelZh labelEn unit kind bound }\n    totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } }\n  }\n": typeof types.CampaignRecordFragmentDoc,
    "\n    query CampaignList($options: CampaignListOptions) {\n      list: campaigns(options: $options) { totalItems nextCursor items { id version name year startsOn endsOn status updatedAt } }\n    }\n  ": typeof types.CampaignListDocument,
    "query CampaignOne($id: ID!) { record: campaign(id: $id) { ...CampaignRecord } }": typeof types.CampaignOneDocument,
    "mutation CreateCampaignRecord($input: CampaignInput!) { record: createCampaign(input: $input) { ...CampaignRecord } }": typeof types.CreateCampaignRecordDocument,
    "\n      mutation UpdateCampaignRecord($id: ID!, $version: Int!, $input: CampaignInput!) {\n        record: updateCampaign(id: $id, version: $version, input: $input) { ...CampaignRecord }\n      }\n    ": typeof types.UpdateCampaignRecordDocument,
    "\n  fragment CampaignReportRecord on CampaignReport {\n    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce updatedAt\n    estate { ...EstatePlace }\n    quantities { measure { code unit } quantity }\n  }\n": typeof types.CampaignReportRecordFragmentDoc,
    "\n    query CampaignReportList($options: CampaignReportListOptions) {\n      list: campaignReports(options: $options) { totalItems nextCursor items { ...CampaignReportRecord } }\n    }\n  ": typeof types.CampaignReportListDocument,
    "query CampaignReportOne($id: ID!) { record: campaignReport(id: $id) { ...CampaignReportRecord } }": typeof types.CampaignReportOneDocument,
    "\n  mutation ReportCampaignProgressOf($input: CampaignReportInput!) { reportCampaignProgress(input: $input) { id version status } }\n": typeof types.ReportCampaignProgressOfDocument,
    "\n  mutation CloseCampaignOf($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { id version status } }\n": typeof types.CloseCampaignOfDocument,
    "\n  mutation VerifyCampaignReportOf($id: ID!, $version: Int!) { verifyCampaignReport(id: $id, version: $version) { id version status verifyHeldBy } }\n": typeof types.VerifyCampaignReportOfDocument,
    "\n  fragment CandidateRecord on Candidate {\n    id version electionId ownerId partyMember nominatedBy nominatedOn decision decisionExplanation withdrawn\n    owner { id name } election { id title phase estateId seats }\n    checklist { id version title items { key kind titleZh titleEn suggestedReviewers } }\n    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason updatedAt }\n    registerFindings { itemKey says unitsInEstate }\n    objections { id filedOn filedBy reason resolution resolvedOn }\n  }\n": typeof types.CandidateRecordFragmentDoc,
    "query Candidate($id: ID!) { record: candidate(id: $id) { ...CandidateRecord } }": typeof types.CandidateDocument,
    "\n  mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n    recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision }\n  }\n": typeof types.CheckDocument,
    "\n  mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {\n    recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision }\n  }\n": typeof types.ChecksDocument,
    "\n  mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }\n": typeof types.ObjectDocument,
    "mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }": typeof types.ResolveDocument,
    "fragment ChecklistItemParts on ChecklistItemType { key kind titleZh titleEn suggestedReviewers }": typeof types.ChecklistItemPartsFragmentDoc,
    "\n  query ChecklistVersions { checklistVersions { id version title source publishedById createdAt items { ...ChecklistItemParts } } }\n": typeof types.ChecklistVersionsDocument,
    "\n  query ChecklistDraftList { checklistDrafts { id version title source updatedAt availableActions items { ...ChecklistItemParts } } }\n": typeof types.ChecklistDraftListDocument,
    "\n  query ChecklistDraftOne($id: ID!) { checklistDraft(id: $id) { id version title source publishedVersionId items { ...ChecklistItemParts } } }\n": typeof types.ChecklistDraftOneDocument,
    "\n  mutation CreateChecklistDraftCall($input: ChecklistInput!) { createChecklistDraft(input: $input) { id version } }\n": typeof types.CreateChecklistDraftCallDocument,
    "\n  mutation UpdateChecklistDraftCall($id: ID!, $version: Int!, $input: ChecklistInput!) { updateChecklistDraft(id: $id, version: $version, input: $input) { id version } }\n": typeof types.UpdateChecklistDraftCallDocument,
    "\n  mutation PublishChecklistDraftCall($id: ID!, $version: Int!) { publishChecklistDraft(id: $id, version: $version) { id version } }\n": typeof types.PublishChecklistDraftCallDocument,
    "\n  fragment CommitteeAccountRecord on CommitteeAccount { id version estateId spendingLimit statementDueDays updatedAt estate { ...EstatePlace } }\n": typeof types.CommitteeAccountRecordFragmentDoc,
    "\n  fragment CommitteeAccountTermsProposalParts on CommitteeAccountTermsProposal { id version spendingLimit statementDueDays status proposedById proposedBy createdAt availableActions confirmRefusal }\n": typeof types.CommitteeAccountTermsProposalPartsFragmentDoc,
    "\n  fragment AccountStatementParts on AccountStatement {\n    periodId estateName year quarter from to opening income spending closing publishedAt\n    incomeByCategory { category amount } spendingByCategory { category amount }\n  }\n": typeof types.AccountStatementPartsFragmentDoc,
    "\n    query CommitteeAccountList($options: CommitteeAccountListOptions) {\n      list: committeeAccounts(options: $options) { totalItems nextCursor items { ...CommitteeAccountRecord } }\n    }\n  ": typeof types.CommitteeAccountListDocument,
    "query CommitteeAccount($id: ID!) { record: committeeAccount(id: $id) { ...CommitteeAccountRecord pendingTerms { ...CommitteeAccountTermsProposalParts } } }": typeof types.CommitteeAccountDocument,
    "mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) { record: openCommitteeAccount(input: $input) { ...CommitteeAccountRecord } }": typeof types.OpenCommitteeAccountDocument,
    "\n  query AccountPeriodsOf($options: AccountPeriodListOptions) {\n    accountPeriods(options: $options) {\n      items { id version year quarter status closedAt countersignedAt publishedAt returnedAt returnReason availableActions closeHoldRule statement { ...AccountStatementParts } }\n    }\n  }\n": typeof types.AccountPeriodsOfDocument,
    "\n  query AccountEntriesOf($options: AccountEntryListOptions) {\n    accountEntries(options: $options) {\n      totalItems\n      items {\n        id version direction category amount counterparty occurredOn description enteredBy correctsEntryId resolutionId\n        signOffRequired signedOffAt signOffRefusedAt signOffRefusalNote createdById vouchers { id fileName contentType sizeBytes }\n      }\n    }\n  }\n": typeof types.AccountEntriesOfDocument,
    "\n  query SittingMembersOf($id: ID!) { estate(id: $id) { id currentCommittee { id members { id name position endsOn } } } }\n": typeof types.SittingMembersOfDocument,
    "mutation AddAccountEntryOf($input: AccountEntryInput!) { addAccountEntry(input: $input) { id periodId } }": typeof types.AddAccountEntryOfDocument,
    "mutation SignOffAccountEntryOf($id: ID!, $version: Int!) { signOffAccountEntry(id: $id, version: $version) { id version } }": typeof types.SignOffAccountEntryOfDocument,
    "\n  mutation RefuseAccountEntrySignOffOf($id: ID!, $version: Int!, $note: String!) { refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version } }\n": typeof types.RefuseAccountEntrySignOffOfDocument,
    "\n  mutation MoveAccountPeriodOf($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID, $note: String) {\n    moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId, note: $note) { id version status }\n  }\n": typeof types.MoveAccountPeriodOfDocument,
    "\n  mutation SetCommitteeAccountTermsOf($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {\n    setCommitteeAccountTerms(id: $id, version: $version, input: $input) { ...CommitteeAccountRecord pendingTerms { id } }\n  }\n": typeof types.SetCommitteeAccountTermsOfDocument,
    "\n  mutation DecideCommitteeAccountTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": typeof types.DecideCommitteeAccountTermsOfDocument,
    "\n  mutation AddAccountVoucherOf($entryId: ID!, $input: VoucherInput!) { addAccountVoucher(entryId: $entryId, input: $input) { id fileName } }\n": typeof types.AddAccountVoucherOfDocument,
    "\n  fragment CommitteeFilingRecord on CommitteeFiling {\n    id version committeeId kind eventDate dueOn dueOnProvisional overdue daysRemaining submittedLate\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n    committee { id termNumber estate { ...EstatePlace } }\n  }\n": typeof types.CommitteeFilingRecordFragmentDoc,
    "\n  fragment CommitteeFilingDetail on CommitteeFiling {\n    ...CommitteeFilingRecord\n    materials { id kind fileName contentType sizeBytes sha256 createdAt }\n  }\n": typeof types.CommitteeFilingDetailFragmentDoc,
    "\n    query CommitteeFilingList($options: CommitteeFilingListOptions) {\n      list: committeeFilings(options: $options) { totalItems nextCursor items { ...CommitteeFilingRecord } }\n    }\n  ": typeof types.CommitteeFilingListDocument,
    "query CommitteeFiling($id: ID!) { record: committeeFiling(id: $id) { ...CommitteeFilingDetail } }": typeof types.CommitteeFilingDocument,
    "\n      mutation SubmitCommitteeFiling($id: ID!, $version: Int!) { record: submitCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }\n    ": typeof types.SubmitCommitteeFilingDocument,
    "\n      mutation ApproveCommitteeFiling($id: ID!, $version: Int!) { record: approveCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }\n    ": typeof types.ApproveCommitteeFilingDocument,
    "\n      mutation ReturnCommitteeFiling($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }\n      }\n    ": typeof types.ReturnCommitteeFilingDocument,
    "\n      mutation RevokeCommitteeFiling($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }\n      }\n    ": typeof types.RevokeCommitteeFilingDocument,
    "\n  mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind fileName sizeBytes } }\n": typeof types.MaterialDocument,
    "mutation RemoveMaterial($id: ID!) { removeFilingMaterial(id: $id) }": typeof types.RemoveMaterialDocument,
    "query MaterialContent($id: ID!) { filingMaterialContent(id: $id) }": typeof types.MaterialContentDocument,
    "\n  fragment CommitteeRecord on Committee { id version estateId termNumber electedOn termStart termEnd createdAt updatedAt estate { ...EstatePlace } }\n": typeof types.CommitteeRecordFragmentDoc,
    "\n  fragment CommitteeDetail on Committee {\n    ...CommitteeRecord\n    members { id name position ownerId startsOn }\n    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining }\n  }\n": typeof types.CommitteeDetailFragmentDoc,
    "\n    query CommitteeList($options: CommitteeListOptions) { list: committees(options: $options) { totalItems nextCursor items { ...CommitteeRecord } } }\n  ": typeof types.CommitteeListDocument,
    "query Committee($id: ID!) { record: committee(id: $id) { ...CommitteeDetail } }": typeof types.CommitteeDocument,
    "mutation RegisterCommittee($input: CommitteeInput!) { record: registerCommittee(input: $input) { ...CommitteeDetail } }": typeof types.RegisterCommitteeDocument,
    "\n  mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {\n    record: setCommitteeMembers(id: $id, version: $version, input: $input) { ...CommitteeDetail }\n  }\n": typeof types.MembersDocument,
    "\n  query Dashboard {\n    dashboard {\n      firms { approved target submitted total } projects { approved target submitted total }\n      committees { approved target submitted total } waitingTotal\n      waiting { kind id name submittedAt waitingDays } byDistrict { districtId code name firms projects committees }\n      elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }\n      assessments { quarter projects completed submitted inProgress latestList { quarter categories { redPlaces blackPlaces } } }\n      statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }\n      demonstrations { city cityTarget provincial provincialTarget }\n      campaigns { id name status measures { code labelZh labelEn unit } totals { districtId estatesCovered measures { measure { code } total } } }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment ElectionRecord on Election {\n    id version estateId kind title seats phase deemedVotes committeeId cancelReason cancelNote availableActions createdAt updatedAt estate { ...EstatePlace }\n  }\n": typeof types.ElectionRecordFragmentDoc,
    "\n  fragment ElectionDetail on Election {\n    ...ElectionRecord\n    plannedVotingOn votedOn\n    phases { phase startsOn endsOn enteredAt }\n    history { at action phase actorName cancelReason note objectionId }\n    record { sha256 sealedAt pdfPath jsonPath }\n    candidates { id version ownerId partyMember nominatedBy nominatedOn decision withdrawn owner { id name } }\n    slateWarning { partyMembers candidates needed }\n  }\n": typeof types.ElectionDetailFragmentDoc,
    "\n    query ElectionList($options: ElectionListOptions) { list: elections(options: $options) { totalItems nextCursor items { ...ElectionRecord } } }\n  ": typeof types.ElectionListDocument,
    "query Election($id: ID!) { record: election(id: $id) { ...ElectionDetail } }": typeof types.ElectionDocument,
    "mutation CreateElection($input: ElectionInput!) { record: createElection(input: $input) { ...ElectionDetail } }": typeof types.CreateElectionDocument,
    "\n      mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {\n        record: updateElection(id: $id, version: $version, input: $input) { ...ElectionDetail }\n      }\n    ": typeof types.UpdateElectionDocument,
    "\n  mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason, $votedOn: LocalDate, $note: String) {\n    record: moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason, votedOn: $votedOn, note: $note) { ...ElectionRecord }\n  }\n": typeof types.MoveElectionDocument,
    "\n  mutation Nominate($electionId: ID!, $input: NominationInput!) { nominateCandidate(electionId: $electionId, input: $input) { id decision } }\n": typeof types.NominateDocument,
    "\n  query VotingPersons($electionId: ID!, $q: String, $skip: Int, $take: Int) {\n    votingPersons(electionId: $electionId, q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } }\n  }\n": typeof types.VotingPersonsDocument,
    "\n  mutation Ballot($electionId: ID!, $input: BallotInput!) { recordBallot(electionId: $electionId, input: $input) { id voterKey method choices recordedAt } }\n": typeof types.BallotDocument,
    "\n  mutation SettleTie($electionId: ID!, $version: Int!, $input: TieSettlementInput!) {\n    record: settleTieAtLastSeat(electionId: $electionId, version: $version, input: $input) { ...ElectionRecord }\n  }\n": typeof types.SettleTieDocument,
    "\n  mutation ConfirmTie($electionId: ID!, $version: Int!) {\n    record: confirmTieSettlement(electionId: $electionId, version: $version) { ...ElectionRecord }\n  }\n": typeof types.ConfirmTieDocument,
    "\n  query Tally($id: ID!) {\n    election(id: $id) {\n      id\n      tally {\n        seats ballots totals { headcount area } participating { headcount area }\n        quorum { ...CheckParts }\n        candidates { candidateId rank status approvals { headcount area } deemed { outcome side persons { headcount area } } pass { ...CheckParts } }\n        electedIds issues { code message candidateIds settled }\n        tieSettlement { method chosenCandidateIds decidedOn note recordedAt confirmed confirmedAt confirmRefusal }\n      }\n    }\n  }\n": typeof types.TallyDocument,
    "\n  fragment EstateRecord on Estate {\n    id version communityId name address totalFloorArea residentialFloorArea households buildings elevators deliveredOn\n    createdAt updatedAt subdistrict { id districtId }\n    demonstrations { id version level year documentNumber withdrawnOn withdrawalReason withdrawalDocument }\n  }\n": typeof types.EstateRecordFragmentDoc,
    "\n    query EstateList($options: EstateListOptions) { list: estates(options: $options) { totalItems nextCursor items { ...EstateRecord } } }\n  ": typeof types.EstateListDocument,
    "query Estate($id: ID!) { record: estate(id: $id) { ...EstateRecord } }": typeof types.EstateDocument,
    "mutation CreateEstate($input: EstateInput!) { record: createEstate(input: $input) { ...EstateRecord } }": typeof types.CreateEstateDocument,
    "\n      mutation UpdateEstate($id: ID!, $version: Int!, $input: EstateInput!) {\n        record: updateEstate(id: $id, version: $version, input: $input) { ...EstateRecord }\n      }\n    ": typeof types.UpdateEstateDocument,
    "\n  mutation DesignateDemonstrationEstate($input: DemonstrationDesignationInput!) { designateDemonstrationEstate(input: $input) { id version } }\n": typeof types.DesignateDemonstrationEstateDocument,
    "\n  mutation WithdrawDemonstrationDesignation($id: ID!, $version: Int!, $input: DemonstrationWithdrawalInput!) {\n    withdrawDemonstrationDesignation(id: $id, version: $version, input: $input) { id version withdrawnOn }\n  }\n": typeof types.WithdrawDemonstrationDesignationDocument,
    "\n  fragment FirmRecord on Firm {\n    id version name creditCode legalRepresentative registeredAddress contactPerson contactPhone establishedOn districtId status\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n  }\n": typeof types.FirmRecordFragmentDoc,
    "\n    query FirmList($options: FirmListOptions) { list: firms(options: $options) { totalItems nextCursor items { ...FirmRecord } } }\n  ": typeof types.FirmListDocument,
    "\n    query Firm($id: ID!) {\n      record: firm(id: $id) { ...FirmRecord redBlackPlacements { quarter category place rank total maxTotal projectName estateName } projects { id filingStatus contractEnd } }\n    }\n  ": typeof types.FirmDocument,
    "mutation CreateFirm($input: FirmInput!) { record: createFirm(input: $input) { ...FirmRecord } }": typeof types.CreateFirmDocument,
    "\n      mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) { record: updateFirm(id: $id, version: $version, input: $input) { ...FirmRecord } }\n    ": typeof types.UpdateFirmDocument,
    "mutation SubmitFirm($id: ID!, $version: Int!) { record: submitFirm(id: $id, version: $version) { ...FirmRecord } }": typeof types.SubmitFirmDocument,
    "mutation ApproveFirm($id: ID!, $version: Int!) { record: approveFirm(id: $id, version: $version) { ...FirmRecord } }": typeof types.ApproveFirmDocument,
    "\n      mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }\n      }\n    ": typeof types.ReturnFirmDocument,
    "\n      mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }\n      }\n    ": typeof types.RevokeFirmDocument,
    "fragment MeetingCorrectionShown on FivePartyCorrection { id before after reason correctedAt correctedBy }": typeof types.MeetingCorrectionShownFragmentDoc,
    "\n  fragment FivePartyMeetingRecord on FivePartyMeeting {\n    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt editsAreCorrections\n    estate { ...EstatePlace }\n    participants { party name role }\n    issues { id version description raisedBy status resolutionNote resolvedOn }\n    followUps { id version task ownerParty ownerName dueOn firstDueOn dueOnFixedBy doneOn doneNote overdue }\n  }\n": typeof types.FivePartyMeetingRecordFragmentDoc,
    "\n  fragment FivePartyMeetingShown on FivePartyMeeting {\n    ...FivePartyMeetingRecord\n    issues { id corrections { ...MeetingCorrectionShown } }\n    followUps { id corrections { ...MeetingCorrectionShown } }\n  }\n": typeof types.FivePartyMeetingShownFragmentDoc,
    "\n    query FivePartyMeetingList($options: FivePartyMeetingListOptions) {\n      list: fivePartyMeetings(options: $options) { totalItems nextCursor items { ...FivePartyMeetingRecord } }\n    }\n  ": typeof types.FivePartyMeetingListDocument,
    "query FivePartyMeeting($id: ID!) { record: fivePartyMeeting(id: $id) { ...FivePartyMeetingShown } }": typeof types.FivePartyMeetingDocument,
    "mutation CreateFivePartyMeetingRecord($input: FivePartyMeetingInput!) { record: createFivePartyMeeting(input: $input) { ...FivePartyMeetingShown } }": typeof types.CreateFivePartyMeetingRecordDocument,
    "\n      mutation UpdateFivePartyMeetingRecord($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {\n        record: updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...FivePartyMeetingShown }\n      }\n    ": typeof types.UpdateFivePartyMeetingRecordDocument,
    "\n  mutation ResolveMeetingIssueOf($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {\n    resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote }\n  }\n": typeof types.ResolveMeetingIssueOfDocument,
    "\n  mutation CompleteMeetingFollowUpOf($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {\n    completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn overdue }\n  }\n": typeof types.CompleteMeetingFollowUpOfDocument,
    "\n  mutation CorrectMeetingIssueOf($id: ID!, $version: Int!, $input: CorrectMeetingIssueInput!) {\n    correctMeetingIssue(id: $id, version: $version, input: $input) { id version description raisedBy corrections { ...MeetingCorrectionShown } }\n  }\n": typeof types.CorrectMeetingIssueOfDocument,
    "\n  mutation CorrectMeetingFollowUpOf($id: ID!, $version: Int!, $input: CorrectMeetingFollowUpInput!) {\n    correctMeetingFollowUp(id: $id, version: $version, input: $input) { id version task ownerParty ownerName dueOn overdue corrections { ...MeetingCorrectionShown } }\n  }\n": typeof types.CorrectMeetingFollowUpOfDocument,
    "\n  query HolidayCalendar($year: Int!) {\n    holidayCalendar(year: $year) {\n      year decree noticeEntered notice { year document enteredAt days { date kind note } }\n      days { date dayOff reason festivals note missingNotices }\n    }\n  }\n": typeof types.HolidayCalendarDocument,
    "\n  mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {\n    setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year } }\n  }\n": typeof types.SetHolidayNoticeDocument,
    "\n  query OfficerHome {\n    me { jurisdiction { id name } }\n    elections(options: { take: 100, filter: { open: true }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id title phase estate { name } phases { phase endsOn } }\n    }\n    overdue: committeeFilings(options: { take: 25, filter: { overdue: true }, sort: { field: DUE_ON } }) {\n      totalItems\n      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }\n    }\n    upcoming: committeeFilings(options: { take: 25, filter: { overdue: false, filingStatus: DRAFT }, sort: { field: DUE_ON } }) {\n      totalItems\n      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }\n    }\n  }\n": typeof types.OfficerHomeDocument,
    "\n  query ClerkHome {\n    firmDrafts: firms(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name updatedAt }\n    }\n    projectDrafts: projects(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name updatedAt }\n    }\n    firmsReturned: firms(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name decidedAt returnReason returnNote }\n    }\n    projectsReturned: projects(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name decidedAt returnReason returnNote }\n    }\n  }\n": typeof types.ClerkHomeDocument,
    "\n  query RegistrarHome {\n    firms(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {\n      totalItems\n      items { id name submittedAt }\n    }\n    projects(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {\n      totalItems\n      items { id name submittedAt }\n    }\n    committeeFilings(options: { take: 50, filter: { filingStatus: SUBMITTED } }) {\n      totalItems\n      items { id submittedAt submittedById committee { estate { name } } }\n    }\n    ownFirms: firms(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }\n    ownProjects: projects(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }\n  }\n": typeof types.RegistrarHomeDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed\n    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }\n    openVotes { kind id phase }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {\n    previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID, $progressKey: String) {\n    runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId, progressKey: $progressKey) { ...ImportReportFields }\n  }\n": typeof types.RunImportDocument,
    "\n  mutation ImportErrorFile($file: ImportFileInput!, $rows: [ImportRowMessageInput!]!) {\n    importErrorFile(file: $file, rows: $rows) { name contentType contentBase64 }\n  }\n": typeof types.ImportErrorFileDocument,
    "\n  query ImportProgress($key: String!) {\n    importProgress(key: $key) { phase done total }\n  }\n": typeof types.ImportProgressDocument,
    "\n  fragment OwnerRecord on Owner { id kind name idNumber phone estateId ownerships { unitId unit { id building unitNo room } } }\n": typeof types.OwnerRecordFragmentDoc,
    "query OwnerList($options: OwnerListOptions) { list: owners(options: $options) { totalItems nextCursor items { ...OwnerRecord } } }": typeof types.OwnerListDocument,
    "query Owner($id: ID!) { record: owner(id: $id) { ...OwnerRecord } }": typeof types.OwnerDocument,
    "\n  query OwnerRoll($estateId: ID!) { ownerRoll(estateId: $estateId) { estateId units headcount totalArea developerHeldUnits undesignatedUnits } }\n": typeof types.OwnerRollDocument,
    "\n  query RollUnits($options: UnitListOptions) {\n    units(options: $options) {\n      totalItems\n      items { id version building unitNo room area areaSource developerHeld ownerships { designatedVoter owner { id name kind } } }\n    }\n  }\n": typeof types.RollUnitsDocument,
    "\n  mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }\n": typeof types.RemoveUnitDocument,
    "\n  fragment PartyOrganisationRecord on PartyOrganisation {\n    id version name kind firmId estateId memberCount establishedOn updatedAt firm { id name } estate { id name }\n  }\n": typeof types.PartyOrganisationRecordFragmentDoc,
    "\n    query PartyOrganisationList($options: PartyOrganisationListOptions) {\n      list: partyOrganisations(options: $options) { totalItems nextCursor items { ...PartyOrganisationRecord } }\n    }\n  ": typeof types.PartyOrganisationListDocument,
    "query PartyOrganisation($id: ID!) { record: partyOrganisation(id: $id) { ...PartyOrganisationRecord } }": typeof types.PartyOrganisationDocument,
    "mutation CreatePartyOrganisationRecord($input: PartyOrganisationInput!) { record: createPartyOrganisation(input: $input) { ...PartyOrganisationRecord } }": typeof types.CreatePartyOrganisationRecordDocument,
    "\n      mutation UpdatePartyOrganisationRecord($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {\n        record: updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrganisationRecord }\n      }\n    ": typeof types.UpdatePartyOrganisationRecordDocument,
    "\n  fragment ProjectRecord on Project {\n    id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel\n    residentialFee commercialFee parkingFee households managedArea\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n  }\n": typeof types.ProjectRecordFragmentDoc,
    "\n    query ProjectList($options: ProjectListOptions) { list: projects(options: $options) { totalItems nextCursor items { ...ProjectRecord } } }\n  ": typeof types.ProjectListDocument,
    "query Project($id: ID!) { record: project(id: $id) { ...ProjectRecord overlapsApproved { id name filingNumber } firm { id name filingStatus status } } }": typeof types.ProjectDocument,
    "mutation CreateProject($input: ProjectInput!) { record: createProject(input: $input) { ...ProjectRecord } }": typeof types.CreateProjectDocument,
    "\n      mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {\n        record: updateProject(id: $id, version: $version, input: $input) { ...ProjectRecord }\n      }\n    ": typeof types.UpdateProjectDocument,
    "mutation SubmitProject($id: ID!, $version: Int!) { record: submitProject(id: $id, version: $version) { ...ProjectRecord } }": typeof types.SubmitProjectDocument,
    "mutation ApproveProject($id: ID!, $version: Int!) { record: approveProject(id: $id, version: $version) { ...ProjectRecord } }": typeof types.ApproveProjectDocument,
    "\n      mutation ReturnProject($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }\n      }\n    ": typeof types.ReturnProjectDocument,
    "\n      mutation RevokeProject($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }\n      }\n    ": typeof types.RevokeProjectDocument,
    "\n  query PublicStatementIndex($options: PublicStatementListOptions) {\n    publicStatements(options: $options) {\n      totalItems\n      items {\n        id estateName address accountId\n        bookQuarters { periodId year quarter }\n        bookYears\n        repairFunds { fundId projectName periods { year quarter } }\n      }\n    }\n  }\n": typeof types.PublicStatementIndexDocument,
    "\n  query PublicAccountStatementOf($periodId: ID!) {\n    publishedAccountStatement(periodId: $periodId) {\n      periodId estateName year quarter from to opening income spending closing publishedAt\n      incomeByCategory { category amount } spendingByCategory { category amount }\n    }\n  }\n": typeof types.PublicAccountStatementOfDocument,
    "\n  query PublicAccountYearStatementOf($accountId: ID!, $year: Int!) {\n    publishedAccountYearStatement(accountId: $accountId, year: $year) {\n      accountId estateName year from to opening income spending closing publishedAt\n      incomeByCategory { category amount } spendingByCategory { category amount }\n    }\n  }\n": typeof types.PublicAccountYearStatementOfDocument,
    "\n  query PublicRepairFundStatementOf($fundId: ID!, $year: Int!, $quarter: Int) {\n    publishedRepairFundStatement(fundId: $fundId, year: $year, quarter: $quarter) {\n      fundId estateName projectName year quarter from to opening accruals withdrawals closing\n      withdrawalsByCategory { category amount }\n    }\n  }\n": typeof types.PublicRepairFundStatementOfDocument,
    "\n  fragment PublicList on RedBlackList {\n    quarter schemeEdition redSharePercent blackSharePercent publishedAt sha256 sealVerified\n    categories { category ranked unranked redPlaces blackPlaces }\n    entries { category place rank projectName estateName firmName total maxTotal }\n  }\n": typeof types.PublicListFragmentDoc,
    "query PublicRedBlackLists($take: Int) { redBlackLists(options: { take: $take }) { totalItems items { quarter publishedAt } } }": typeof types.PublicRedBlackListsDocument,
    "query PublicRedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...PublicList canonicalJson } }": typeof types.PublicRedBlackListDocument,
    "\n  query RankingPreview($quarter: String!) {\n    quarterRanking(quarter: $quarter) {\n      quarter schemeEdition published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked redPlaces blackPlaces }\n      ranked { projectId assessmentId projectName estateName firmName category state total maxTotal rank place }\n      unranked { projectId assessmentId projectName estateName firmName category state total maxTotal }\n    }\n  }\n": typeof types.RankingPreviewDocument,
    "mutation PublishList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...PublicList } }": typeof types.PublishListDocument,
    "\n  fragment RepairFundRecord on RepairFund {\n    id version projectId estateId openedMonth balance updatedAt\n    estate { ...EstatePlace }\n    project { id name }\n    terms { fromMonth feeRate setAsidePercent resolutionId }\n  }\n": typeof types.RepairFundRecordFragmentDoc,
    "\n  fragment RepairFundRefundProposalParts on RepairFundRefundProposal { id version withdrawalId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }\n": typeof types.RepairFundRefundProposalPartsFragmentDoc,
    "\n  fragment RepairFundCorrectionProposalParts on RepairFundCorrectionProposal { id version accrualId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }\n": typeof types.RepairFundCorrectionProposalPartsFragmentDoc,
    "\n  fragment RepairFundTermsProposalParts on RepairFundTermsProposal { id version fromMonth feeRate setAsidePercent resolutionId status proposedById proposedBy createdAt availableActions confirmRefusal }\n": typeof types.RepairFundTermsProposalPartsFragmentDoc,
    "\n    query RepairFundList($options: RepairFundListOptions) { list: repairFunds(options: $options) { totalItems nextCursor items { ...RepairFundRecord } } }\n  ": typeof types.RepairFundListDocument,
    "\n    query RepairFund($id: ID!) {\n      record: repairFund(id: $id) {\n        ...RepairFundRecord accruals { id month chargedArea feeRate setAsidePercent amount } corrections { id accrualId postedOn amount reason proposalId }\n        pendingCorrection { ...RepairFundCorrectionProposalParts }\n        pendingRefund { ...RepairFundRefundProposalParts }\n        pendingTerms { ...RepairFundTermsProposalParts }\n      }\n    }\n  ": typeof types.RepairFundDocument,
    "mutation OpenRepairFund($input: OpenRepairFundInput!) { record: openRepairFund(input: $input) { ...RepairFundRecord } }": typeof types.OpenRepairFundDocument,
    "\n  query RepairFundWithdrawalsOf($options: RepairFundWithdrawalListOptions) {\n    repairFundWithdrawals(options: $options) {\n      totalItems items {\n        id version category purpose amount status requestedById decidedById decidedAt decisionNote createdAt availableActions\n        refunded refunds { id postedOn amount reason }\n      }\n    }\n  }\n": typeof types.RepairFundWithdrawalsOfDocument,
    "\n  query RepairFundStatementOf($id: ID!, $year: Int!, $quarter: Int) {\n    repairFund(id: $id) { id statement(year: $year, quarter: $quarter) { from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } }\n  }\n": typeof types.RepairFundStatementOfDocument,
    "\n  mutation PostRepairFundAccrualOf($fundId: ID!, $month: String!) { postRepairFundAccrual(fundId: $fundId, month: $month) { id month amount } }\n": typeof types.PostRepairFundAccrualOfDocument,
    "\n  mutation PostRepairFundCorrectionOf($fundId: ID!, $input: RepairFundCorrectionInput!) {\n    postRepairFundCorrection(fundId: $fundId, input: $input) { __typename ... on RepairFundCorrection { id amount } ... on RepairFundCorrectionProposal { id amount status } }\n  }\n": typeof types.PostRepairFundCorrectionOfDocument,
    "\n  mutation DecideRepairFundCorrectionOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": typeof types.DecideRepairFundCorrectionOfDocument,
    "\n  mutation DecideRepairFundTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": typeof types.DecideRepairFundTermsOfDocument,
    "\n  mutation DecideRepairFundRefundOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundRefund(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": typeof types.DecideRepairFundRefundOfDocument,
    "\n  mutation PostRepairFundRefundOf($withdrawalId: ID!, $input: RepairFundRefundInput!) { postRepairFundRefund(withdrawalId: $withdrawalId, input: $input) { id amount } }\n": typeof types.PostRepairFundRefundOfDocument,
    "\n  mutation RequestRepairFundWithdrawalOf($input: WithdrawalInput!) { requestRepairFundWithdrawal(input: $input) { id status amount } }\n": typeof types.RequestRepairFundWithdrawalOfDocument,
    "\n  mutation MoveRepairFundWithdrawalOf($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {\n    moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": typeof types.MoveRepairFundWithdrawalOfDocument,
    "\n  fragment ResolutionRecord on Resolution {\n    id version estateId matter title phase deemedVotes votingStartsOn votingEndsOn createdAt updatedAt estate { ...EstatePlace }\n  }\n": typeof types.ResolutionRecordFragmentDoc,
    "\n  fragment ResolutionDetail on Resolution {\n    ...ResolutionRecord\n    description\n    record { sha256 sealedAt pdfPath jsonPath }\n    tally {\n      matter article278Item ballots outcome decidedBy totals { headcount area } participating { headcount area }\n      counts { yes { headcount area } no { headcount area } abstain { headcount area } }\n      deemed { outcome side persons { headcount area } } quorum { ...CheckParts } pass { ...CheckParts }\n    }\n  }\n": typeof types.ResolutionDetailFragmentDoc,
    "\n    query ResolutionList($options: ResolutionListOptions) { list: resolutions(options: $options) { totalItems nextCursor items { ...ResolutionRecord } } }\n  ": typeof types.ResolutionListDocument,
    "query Resolution($id: ID!) { record: resolution(id: $id) { ...ResolutionDetail } }": typeof types.ResolutionDocument,
    "mutation CreateResolution($input: ResolutionInput!) { record: createResolution(input: $input) { ...ResolutionDetail } }": typeof types.CreateResolutionDocument,
    "\n  mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {\n    record: moveResolution(id: $id, version: $version, action: $action) { ...ResolutionRecord }\n  }\n": typeof types.MoveResolutionDocument,
    "\n  mutation UpdateResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {\n    record: updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { ...ResolutionRecord }\n  }\n": typeof types.UpdateResolutionVotingPeriodDocument,
    "\n  mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {\n    recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id voterKey method choice recordedAt }\n  }\n": typeof types.ResolutionBallotDocument,
    "\n  query ResolutionVoters($id: ID!, $q: String, $skip: Int, $take: Int) {\n    resolution(id: $id) { id voters(q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } } }\n  }\n": typeof types.ResolutionVotersDocument,
    "\n  fragment CheckParts on ThresholdCheck { rule met inclusive threshold { numerator denominator } headcount { part whole met } area { part whole met } }\n": typeof types.CheckPartsFragmentDoc,
    "\n    query AuditEventList($options: AuditEventListOptions) {\n      list: auditEvents(options: $options) { totalItems nextCursor items { id at actorId actorName action entityType entityId before after people { id name } } }\n    }\n  ": typeof types.AuditEventListDocument,
    "fragment EstatePlace on Estate { id name subdistrict { id districtId } }": typeof types.EstatePlaceFragmentDoc,
    "query DistrictList($options: DistrictListOptions) { list: districts(options: $options) { totalItems nextCursor items { id code name } } }": typeof types.DistrictListDocument,
    "query District($id: ID!) { record: district(id: $id) { id code name } }": typeof types.DistrictDocument,
    "\n    query SubdistrictList($options: SubdistrictListOptions) { list: subdistricts(options: $options) { totalItems nextCursor items { id name districtId kind } } }\n  ": typeof types.SubdistrictListDocument,
    "query Subdistrict($id: ID!) { record: subdistrict(id: $id) { id name districtId kind } }": typeof types.SubdistrictDocument,
    "\n    query CommunityList($options: CommunityListOptions) { list: communities(options: $options) { totalItems nextCursor items { id name subdistrictId } } }\n  ": typeof types.CommunityListDocument,
    "query Community($id: ID!) { record: community(id: $id) { id name subdistrictId } }": typeof types.CommunityDocument,
    "query MyJurisdiction { me { jurisdiction { id name } } }": typeof types.MyJurisdictionDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) { changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n": typeof types.ChangeOwnPasswordDocument,
    "query KeepAlive { me { id } }": typeof types.KeepAliveDocument,
    "\n  fragment AccountChangeParts on AccountChangeProposal {\n    id version status creates activates role setsPassword passwordHalf reason proposedById proposedBy createdAt availableActions confirmRefusal subdistricts { id name }\n  }\n": typeof types.AccountChangePartsFragmentDoc,
    "fragment UserRecord on User { id version username displayName role active createdAt jurisdiction { id } pendingChange { ...AccountChangeParts } }": typeof types.UserRecordFragmentDoc,
    "\n    query UserList($options: UserListOptions) { list: users(options: $options) { totalItems nextCursor items { ...UserRecord } } }\n  ": typeof types.UserListDocument,
    "query User($id: ID!) { record: user(id: $id) { ...UserRecord } }": typeof types.UserDocument,
    "mutation CreateUser($input: UserInput!) { record: createUser(input: $input) { ...UserRecord } }": typeof types.CreateUserDocument,
    "\n      mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n        record: updateUser(id: $id, version: $version, input: $input) { ...UserRecord }\n      }\n    ": typeof types.UpdateUserDocument,
    "mutation ConfirmAccountChangeOf($id: ID!, $version: Int!, $note: String) { confirmAccountChange(id: $id, version: $version, note: $note) { id version status passwordHalf } }": typeof types.ConfirmAccountChangeOfDocument,
    "mutation RefuseAccountChangeOf($id: ID!, $version: Int!, $note: String) { refuseAccountChange(id: $id, version: $version, note: $note) { id version status } }": typeof types.RefuseAccountChangeOfDocument,
    "mutation WithdrawAccountChangeOf($id: ID!, $version: Int!, $note: String) { withdrawAccountChange(id: $id, version: $version, note: $note) { id version status } }": typeof types.WithdrawAccountChangeOfDocument,
    "\n  query PendingAccountChanges($after: String) {\n    accountChangeProposals(options: { filter: { status: PENDING }, take: 100, after: $after }) { nextCursor items { ...AccountChangeParts user { id username displayName } } }\n  }\n": typeof types.PendingAccountChangesDocument,
};
const documents: Documents = {
    "\n  fragment ApiTokenRecord on ApiToken {\n    id name scopes expiresAt revokedAt createdAt rateLimitPerMinute effectiveRateLimitPerMinute\n    usage { requestsThisMinute refusedThisMinute requestsLast24h refusedLast24h lastUsedAt }\n  }\n": types.ApiTokenRecordFragmentDoc,
    "\n  fragment WebhookEndpointRecord on WebhookEndpoint { id tokenId url eventTypes status cursor lag version problem createdAt lastDeliveredAt }\n": types.WebhookEndpointRecordFragmentDoc,
    "query ApiTokens { apiTokens { ...ApiTokenRecord } }": types.ApiTokensDocument,
    "mutation CreateApiTokenInConsole($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenRecord } } }": types.CreateApiTokenInConsoleDocument,
    "mutation RevokeApiTokenInConsole($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenRecord } }": types.RevokeApiTokenInConsoleDocument,
    "\n  mutation SetApiTokenRateLimit($id: ID!, $perMinute: Int) { setApiTokenRateLimit(id: $id, perMinute: $perMinute) { ...ApiTokenRecord } }\n": types.SetApiTokenRateLimitDocument,
    "query WebhookEndpoints($tokenId: ID) { webhookEndpoints(tokenId: $tokenId) { ...WebhookEndpointRecord } }": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($options: WebhookDeliveryListOptions) {\n    webhookDeliveries(options: $options) {\n      items { id status attempts lastError responseCode nextAttemptAt firstPosition lastPosition eventCount createdAt deliveredAt }\n      totalItems nextCursor\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointRecord } } }\n": types.CreateWebhookEndpointDocument,
    "mutation PauseWebhookEndpoint($id: ID!, $version: Int!) { pauseWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }": types.PauseWebhookEndpointDocument,
    "mutation ResumeWebhookEndpoint($id: ID!, $version: Int!) { resumeWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }": types.ResumeWebhookEndpointDocument,
    "mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) { deleteWebhookEndpoint(id: $id, version: $version) }": types.DeleteWebhookEndpointDocument,
    "\n  fragment SchemeRecord on AssessmentScheme {\n    id version edition title source state publishedAt createdAt updatedAt redSharePercent blackSharePercent matureAfterYears availableActions\n    items { key titleZh titleEn maxScore categories } maxTotals { category maxTotal }\n  }\n": types.SchemeRecordFragmentDoc,
    "query SchemeList { list: assessmentSchemes { ...SchemeRecord } }": types.SchemeListDocument,
    "query SchemeOne($id: ID!) { record: assessmentScheme(id: $id) { ...SchemeRecord } }": types.SchemeOneDocument,
    "mutation SchemeCreate($input: AssessmentSchemeInput!) { record: createAssessmentScheme(input: $input) { ...SchemeRecord } }": types.SchemeCreateDocument,
    "mutation SchemePublish($id: ID!, $version: Int!) { record: publishAssessmentScheme(id: $id, version: $version) { ...SchemeRecord } }": types.SchemePublishDocument,
    "\n  fragment AssessmentRecord on Assessment {\n    id version projectId estateId firmId quarter category state assessingBody total maxTotal submittedAt reviewedAt returnNote\n    availableActions createdAt updatedAt\n    project { id name } firm { id name } estate { ...EstatePlace }\n  }\n": types.AssessmentRecordFragmentDoc,
    "\n  fragment AssessmentDetail on Assessment {\n    ...AssessmentRecord\n    items { key titleZh titleEn maxScore score note adjustedScore adjustReason finalScore }\n    scheme { id edition title }\n  }\n": types.AssessmentDetailFragmentDoc,
    "mutation AssessmentCreate($input: AssessmentInput!) { record: createAssessment(input: $input) { ...AssessmentDetail } }": types.AssessmentCreateDocument,
    "\n    query AssessmentList($options: AssessmentListOptions) { list: assessments(options: $options) { totalItems nextCursor items { ...AssessmentRecord } } }\n  ": types.AssessmentListDocument,
    "query AssessmentOne($id: ID!) { record: assessment(id: $id) { ...AssessmentDetail } }": types.AssessmentOneDocument,
    "\n  mutation AssessmentScore($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) { record: scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentDetail } }\n": types.AssessmentScoreDocument,
    "mutation AssessmentSubmit($id: ID!, $version: Int!) { record: submitAssessment(id: $id, version: $version) { ...AssessmentDetail } }": types.AssessmentSubmitDocument,
    "\n  mutation AssessmentReturn($id: ID!, $version: Int!, $note: String!) { record: returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentDetail } }\n": types.AssessmentReturnDocument,
    "\n  mutation AssessmentReview($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {\n    record: reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentDetail }\n  }\n": types.AssessmentReviewDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "\n  fragment CampaignRecord on Campaign {\n    id version name year startsOn endsOn status description updatedAt\n    measures { id code labelZh labelEn unit kind bound }\n    totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } }\n  }\n": types.CampaignRecordFragmentDoc,
    "\n    query CampaignList($options: CampaignListOptions) {\n      list: campaigns(options: $options) { totalItems nextCursor items { id version name year startsOn endsOn status updatedAt } }\n    }\n  ": types.CampaignListDocument,
    "query CampaignOne($id: ID!) { record: campaign(id: $id) { ...CampaignRecord } }": types.CampaignOneDocument,
    "mutation CreateCampaignRecord($input: CampaignInput!) { record: createCampaign(input: $input) { ...CampaignRecord } }": types.CreateCampaignRecordDocument,
    "\n      mutation UpdateCampaignRecord($id: ID!, $version: Int!, $input: CampaignInput!) {\n        record: updateCampaign(id: $id, version: $version, input: $input) { ...CampaignRecord }\n      }\n    ": types.UpdateCampaignRecordDocument,
    "\n  fragment CampaignReportRecord on CampaignReport {\n    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce updatedAt\n    estate { ...EstatePlace }\n    quantities { measure { code unit } quantity }\n  }\n": types.CampaignReportRecordFragmentDoc,
    "\n    query CampaignReportList($options: CampaignReportListOptions) {\n      list: campaignReports(options: $options) { totalItems nextCursor items { ...CampaignReportRecord } }\n    }\n  ": types.CampaignReportListDocument,
    "query CampaignReportOne($id: ID!) { record: campaignReport(id: $id) { ...CampaignReportRecord } }": types.CampaignReportOneDocument,
    "\n  mutation ReportCampaignProgressOf($input: CampaignReportInput!) { reportCampaignProgress(input: $input) { id version status } }\n": types.ReportCampaignProgressOfDocument,
    "\n  mutation CloseCampaignOf($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { id version status } }\n": types.CloseCampaignOfDocument,
    "\n  mutation VerifyCampaignReportOf($id: ID!, $version: Int!) { verifyCampaignReport(id: $id, version: $version) { id version status verifyHeldBy } }\n": types.VerifyCampaignReportOfDocument,
    "\n  fragment CandidateRecord on Candidate {\n    id version electionId ownerId partyMember nominatedBy nominatedOn decision decisionExplanation withdrawn\n    owner { id name } election { id title phase estateId seats }\n    checklist { id version title items { key kind titleZh titleEn suggestedReviewers } }\n    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason updatedAt }\n    registerFindings { itemKey says unitsInEstate }\n    objections { id filedOn filedBy reason resolution resolvedOn }\n  }\n": types.CandidateRecordFragmentDoc,
    "query Candidate($id: ID!) { record: candidate(id: $id) { ...CandidateRecord } }": types.CandidateDocument,
    "\n  mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n    recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision }\n  }\n": types.CheckDocument,
    "\n  mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {\n    recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision }\n  }\n": types.ChecksDocument,
    "\n  mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }\n": types.ObjectDocument,
    "mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }": types.ResolveDocument,
    "fragment ChecklistItemParts on ChecklistItemType { key kind titleZh titleEn suggestedReviewers }": types.ChecklistItemPartsFragmentDoc,
    "\n  query ChecklistVersions { checklistVersions { id version title source publishedById createdAt items { ...ChecklistItemParts } } }\n": types.ChecklistVersionsDocument,
    "\n  query ChecklistDraftList { checklistDrafts { id version title source updatedAt availableActions items { ...ChecklistItemParts } } }\n": types.ChecklistDraftListDocument,
    "\n  query ChecklistDraftOne($id: ID!) { checklistDraft(id: $id) { id version title source publishedVersionId items { ...ChecklistItemParts } } }\n": types.ChecklistDraftOneDocument,
    "\n  mutation CreateChecklistDraftCall($input: ChecklistInput!) { createChecklistDraft(input: $input) { id version } }\n": types.CreateChecklistDraftCallDocument,
    "\n  mutation UpdateChecklistDraftCall($id: ID!, $version: Int!, $input: ChecklistInput!) { updateChecklistDraft(id: $id, version: $version, input: $input) { id version } }\n": types.UpdateChecklistDraftCallDocument,
    "\n  mutation PublishChecklistDraftCall($id: ID!, $version: Int!) { publishChecklistDraft(id: $id, version: $version) { id version } }\n": types.PublishChecklistDraftCallDocument,
    "\n  fragment CommitteeAccountRecord on CommitteeAccount { id version estateId spendingLimit statementDueDays updatedAt estate { ...EstatePlace } }\n": types.CommitteeAccountRecordFragmentDoc,
    "\n  fragment CommitteeAccountTermsProposalParts on CommitteeAccountTermsProposal { id version spendingLimit statementDueDays status proposedById proposedBy createdAt availableActions confirmRefusal }\n": types.CommitteeAccountTermsProposalPartsFragmentDoc,
    "\n  fragment AccountStatementParts on AccountStatement {\n    periodId estateName year quarter from to opening income spending closing publishedAt\n    incomeByCategory { category amount } spendingByCategory { category amount }\n  }\n": types.AccountStatementPartsFragmentDoc,
    "\n    query CommitteeAccountList($options: CommitteeAccountListOptions) {\n      list: committeeAccounts(options: $options) { totalItems nextCursor items { ...CommitteeAccountRecord } }\n    }\n  ": types.CommitteeAccountListDocument,
    "query CommitteeAccount($id: ID!) { record: committeeAccount(id: $id) { ...CommitteeAccountRecord pendingTerms { ...CommitteeAccountTermsProposalParts } } }": types.CommitteeAccountDocument,
    "mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) { record: openCommitteeAccount(input: $input) { ...CommitteeAccountRecord } }": types.OpenCommitteeAccountDocument,
    "\n  query AccountPeriodsOf($options: AccountPeriodListOptions) {\n    accountPeriods(options: $options) {\n      items { id version year quarter status closedAt countersignedAt publishedAt returnedAt returnReason availableActions closeHoldRule statement { ...AccountStatementParts } }\n    }\n  }\n": types.AccountPeriodsOfDocument,
    "\n  query AccountEntriesOf($options: AccountEntryListOptions) {\n    accountEntries(options: $options) {\n      totalItems\n      items {\n        id version direction category amount counterparty occurredOn description enteredBy correctsEntryId resolutionId\n        signOffRequired signedOffAt signOffRefusedAt signOffRefusalNote createdById vouchers { id fileName contentType sizeBytes }\n      }\n    }\n  }\n": types.AccountEntriesOfDocument,
    "\n  query SittingMembersOf($id: ID!) { estate(id: $id) { id currentCommittee { id members { id name position endsOn } } } }\n": types.SittingMembersOfDocument,
    "mutation AddAccountEntryOf($input: AccountEntryInput!) { addAccountEntry(input: $input) { id periodId } }": types.AddAccountEntryOfDocument,
    "mutation SignOffAccountEntryOf($id: ID!, $version: Int!) { signOffAccountEntry(id: $id, version: $version) { id version } }": types.SignOffAccountEntryOfDocument,
    "\n  mutation RefuseAccountEntrySignOffOf($id: ID!, $version: Int!, $note: String!) { refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version } }\n": types.RefuseAccountEntrySignOffOfDocument,
    "\n  mutation MoveAccountPeriodOf($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID, $note: String) {\n    moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId, note: $note) { id version status }\n  }\n": types.MoveAccountPeriodOfDocument,
    "\n  mutation SetCommitteeAccountTermsOf($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {\n    setCommitteeAccountTerms(id: $id, version: $version, input: $input) { ...CommitteeAccountRecord pendingTerms { id } }\n  }\n": types.SetCommitteeAccountTermsOfDocument,
    "\n  mutation DecideCommitteeAccountTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": types.DecideCommitteeAccountTermsOfDocument,
    "\n  mutation AddAccountVoucherOf($entryId: ID!, $input: VoucherInput!) { addAccountVoucher(entryId: $entryId, input: $input) { id fileName } }\n": types.AddAccountVoucherOfDocument,
    "\n  fragment CommitteeFilingRecord on CommitteeFiling {\n    id version committeeId kind eventDate dueOn dueOnProvisional overdue daysRemaining submittedLate\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n    committee { id termNumber estate { ...EstatePlace } }\n  }\n": types.CommitteeFilingRecordFragmentDoc,
    "\n  fragment CommitteeFilingDetail on CommitteeFiling {\n    ...CommitteeFilingRecord\n    materials { id kind fileName contentType sizeBytes sha256 createdAt }\n  }\n": types.CommitteeFilingDetailFragmentDoc,
    "\n    query CommitteeFilingList($options: CommitteeFilingListOptions) {\n      list: committeeFilings(options: $options) { totalItems nextCursor items { ...CommitteeFilingRecord } }\n    }\n  ": types.CommitteeFilingListDocument,
    "query CommitteeFiling($id: ID!) { record: committeeFiling(id: $id) { ...CommitteeFilingDetail } }": types.CommitteeFilingDocument,
    "\n      mutation SubmitCommitteeFiling($id: ID!, $version: Int!) { record: submitCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }\n    ": types.SubmitCommitteeFilingDocument,
    "\n      mutation ApproveCommitteeFiling($id: ID!, $version: Int!) { record: approveCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }\n    ": types.ApproveCommitteeFilingDocument,
    "\n      mutation ReturnCommitteeFiling($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }\n      }\n    ": types.ReturnCommitteeFilingDocument,
    "\n      mutation RevokeCommitteeFiling($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }\n      }\n    ": types.RevokeCommitteeFilingDocument,
    "\n  mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind fileName sizeBytes } }\n": types.MaterialDocument,
    "mutation RemoveMaterial($id: ID!) { removeFilingMaterial(id: $id) }": types.RemoveMaterialDocument,
    "query MaterialContent($id: ID!) { filingMaterialContent(id: $id) }": types.MaterialContentDocument,
    "\n  fragment CommitteeRecord on Committee { id version estateId termNumber electedOn termStart termEnd createdAt updatedAt estate { ...EstatePlace } }\n": types.CommitteeRecordFragmentDoc,
    "\n  fragment CommitteeDetail on Committee {\n    ...CommitteeRecord\n    members { id name position ownerId startsOn }\n    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining }\n  }\n": types.CommitteeDetailFragmentDoc,
    "\n    query CommitteeList($options: CommitteeListOptions) { list: committees(options: $options) { totalItems nextCursor items { ...CommitteeRecord } } }\n  ": types.CommitteeListDocument,
    "query Committee($id: ID!) { record: committee(id: $id) { ...CommitteeDetail } }": types.CommitteeDocument,
    "mutation RegisterCommittee($input: CommitteeInput!) { record: registerCommittee(input: $input) { ...CommitteeDetail } }": types.RegisterCommitteeDocument,
    "\n  mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {\n    record: setCommitteeMembers(id: $id, version: $version, input: $input) { ...CommitteeDetail }\n  }\n": types.MembersDocument,
    "\n  query Dashboard {\n    dashboard {\n      firms { approved target submitted total } projects { approved target submitted total }\n      committees { approved target submitted total } waitingTotal\n      waiting { kind id name submittedAt waitingDays } byDistrict { districtId code name firms projects committees }\n      elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }\n      assessments { quarter projects completed submitted inProgress latestList { quarter categories { redPlaces blackPlaces } } }\n      statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }\n      demonstrations { city cityTarget provincial provincialTarget }\n      campaigns { id name status measures { code labelZh labelEn unit } totals { districtId estatesCovered measures { measure { code } total } } }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment ElectionRecord on Election {\n    id version estateId kind title seats phase deemedVotes committeeId cancelReason cancelNote availableActions createdAt updatedAt estate { ...EstatePlace }\n  }\n": types.ElectionRecordFragmentDoc,
    "\n  fragment ElectionDetail on Election {\n    ...ElectionRecord\n    plannedVotingOn votedOn\n    phases { phase startsOn endsOn enteredAt }\n    history { at action phase actorName cancelReason note objectionId }\n    record { sha256 sealedAt pdfPath jsonPath }\n    candidates { id version ownerId partyMember nominatedBy nominatedOn decision withdrawn owner { id name } }\n    slateWarning { partyMembers candidates needed }\n  }\n": types.ElectionDetailFragmentDoc,
    "\n    query ElectionList($options: ElectionListOptions) { list: elections(options: $options) { totalItems nextCursor items { ...ElectionRecord } } }\n  ": types.ElectionListDocument,
    "query Election($id: ID!) { record: election(id: $id) { ...ElectionDetail } }": types.ElectionDocument,
    "mutation CreateElection($input: ElectionInput!) { record: createElection(input: $input) { ...ElectionDetail } }": types.CreateElectionDocument,
    "\n      mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {\n        record: updateElection(id: $id, version: $version, input: $input) { ...ElectionDetail }\n      }\n    ": types.UpdateElectionDocument,
    "\n  mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason, $votedOn: LocalDate, $note: String) {\n    record: moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason, votedOn: $votedOn, note: $note) { ...ElectionRecord }\n  }\n": types.MoveElectionDocument,
    "\n  mutation Nominate($electionId: ID!, $input: NominationInput!) { nominateCandidate(electionId: $electionId, input: $input) { id decision } }\n": types.NominateDocument,
    "\n  query VotingPersons($electionId: ID!, $q: String, $skip: Int, $take: Int) {\n    votingPersons(electionId: $electionId, q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } }\n  }\n": types.VotingPersonsDocument,
    "\n  mutation Ballot($electionId: ID!, $input: BallotInput!) { recordBallot(electionId: $electionId, input: $input) { id voterKey method choices recordedAt } }\n": types.BallotDocument,
    "\n  mutation SettleTie($electionId: ID!, $version: Int!, $input: TieSettlementInput!) {\n    record: settleTieAtLastSeat(electionId: $electionId, version: $version, input: $input) { ...ElectionRecord }\n  }\n": types.SettleTieDocument,
    "\n  mutation ConfirmTie($electionId: ID!, $version: Int!) {\n    record: confirmTieSettlement(electionId: $electionId, version: $version) { ...ElectionRecord }\n  }\n": types.ConfirmTieDocument,
    "\n  query Tally($id: ID!) {\n    election(id: $id) {\n      id\n      tally {\n        seats ballots totals { headcount area } participating { headcount area }\n        quorum { ...CheckParts }\n        candidates { candidateId rank status approvals { headcount area } deemed { outcome side persons { headcount area } } pass { ...CheckParts } }\n        electedIds issues { code message candidateIds settled }\n        tieSettlement { method chosenCandidateIds decidedOn note recordedAt confirmed confirmedAt confirmRefusal }\n      }\n    }\n  }\n": types.TallyDocument,
    "\n  fragment EstateRecord on Estate {\n    id version communityId name address totalFloorArea residentialFloorArea households buildings elevators deliveredOn\n    createdAt updatedAt subdistrict { id districtId }\n    demonstrations { id version level year documentNumber withdrawnOn withdrawalReason withdrawalDocument }\n  }\n": types.EstateRecordFragmentDoc,
    "\n    query EstateList($options: EstateListOptions) { list: estates(options: $options) { totalItems nextCursor items { ...EstateRecord } } }\n  ": types.EstateListDocument,
    "query Estate($id: ID!) { record: estate(id: $id) { ...EstateRecord } }": types.EstateDocument,
    "mutation CreateEstate($input: EstateInput!) { record: createEstate(input: $input) { ...EstateRecord } }": types.CreateEstateDocument,
    "\n      mutation UpdateEstate($id: ID!, $version: Int!, $input: EstateInput!) {\n        record: updateEstate(id: $id, version: $version, input: $input) { ...EstateRecord }\n      }\n    ": types.UpdateEstateDocument,
    "\n  mutation DesignateDemonstrationEstate($input: DemonstrationDesignationInput!) { designateDemonstrationEstate(input: $input) { id version } }\n": types.DesignateDemonstrationEstateDocument,
    "\n  mutation WithdrawDemonstrationDesignation($id: ID!, $version: Int!, $input: DemonstrationWithdrawalInput!) {\n    withdrawDemonstrationDesignation(id: $id, version: $version, input: $input) { id version withdrawnOn }\n  }\n": types.WithdrawDemonstrationDesignationDocument,
    "\n  fragment FirmRecord on Firm {\n    id version name creditCode legalRepresentative registeredAddress contactPerson contactPhone establishedOn districtId status\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n  }\n": types.FirmRecordFragmentDoc,
    "\n    query FirmList($options: FirmListOptions) { list: firms(options: $options) { totalItems nextCursor items { ...FirmRecord } } }\n  ": types.FirmListDocument,
    "\n    query Firm($id: ID!) {\n      record: firm(id: $id) { ...FirmRecord redBlackPlacements { quarter category place rank total maxTotal projectName estateName } projects { id filingStatus contractEnd } }\n    }\n  ": types.FirmDocument,
    "mutation CreateFirm($input: FirmInput!) { record: createFirm(input: $input) { ...FirmRecord } }": types.CreateFirmDocument,
    "\n      mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) { record: updateFirm(id: $id, version: $version, input: $input) { ...FirmRecord } }\n    ": types.UpdateFirmDocument,
    "mutation SubmitFirm($id: ID!, $version: Int!) { record: submitFirm(id: $id, version: $version) { ...FirmRecord } }": types.SubmitFirmDocument,
    "mutation ApproveFirm($id: ID!, $version: Int!) { record: approveFirm(id: $id, version: $version) { ...FirmRecord } }": types.ApproveFirmDocument,
    "\n      mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }\n      }\n    ": types.ReturnFirmDocument,
    "\n      mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }\n      }\n    ": types.RevokeFirmDocument,
    "fragment MeetingCorrectionShown on FivePartyCorrection { id before after reason correctedAt correctedBy }": types.MeetingCorrectionShownFragmentDoc,
    "\n  fragment FivePartyMeetingRecord on FivePartyMeeting {\n    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt editsAreCorrections\n    estate { ...EstatePlace }\n    participants { party name role }\n    issues { id version description raisedBy status resolutionNote resolvedOn }\n    followUps { id version task ownerParty ownerName dueOn firstDueOn dueOnFixedBy doneOn doneNote overdue }\n  }\n": types.FivePartyMeetingRecordFragmentDoc,
    "\n  fragment FivePartyMeetingShown on FivePartyMeeting {\n    ...FivePartyMeetingRecord\n    issues { id corrections { ...MeetingCorrectionShown } }\n    followUps { id corrections { ...MeetingCorrectionShown } }\n  }\n": types.FivePartyMeetingShownFragmentDoc,
    "\n    query FivePartyMeetingList($options: FivePartyMeetingListOptions) {\n      list: fivePartyMeetings(options: $options) { totalItems nextCursor items { ...FivePartyMeetingRecord } }\n    }\n  ": types.FivePartyMeetingListDocument,
    "query FivePartyMeeting($id: ID!) { record: fivePartyMeeting(id: $id) { ...FivePartyMeetingShown } }": types.FivePartyMeetingDocument,
    "mutation CreateFivePartyMeetingRecord($input: FivePartyMeetingInput!) { record: createFivePartyMeeting(input: $input) { ...FivePartyMeetingShown } }": types.CreateFivePartyMeetingRecordDocument,
    "\n      mutation UpdateFivePartyMeetingRecord($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {\n        record: updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...FivePartyMeetingShown }\n      }\n    ": types.UpdateFivePartyMeetingRecordDocument,
    "\n  mutation ResolveMeetingIssueOf($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {\n    resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote }\n  }\n": types.ResolveMeetingIssueOfDocument,
    "\n  mutation CompleteMeetingFollowUpOf($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {\n    completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn overdue }\n  }\n": types.CompleteMeetingFollowUpOfDocument,
    "\n  mutation CorrectMeetingIssueOf($id: ID!, $version: Int!, $input: CorrectMeetingIssueInput!) {\n    correctMeetingIssue(id: $id, version: $version, input: $input) { id version description raisedBy corrections { ...MeetingCorrectionShown } }\n  }\n": types.CorrectMeetingIssueOfDocument,
    "\n  mutation CorrectMeetingFollowUpOf($id: ID!, $version: Int!, $input: CorrectMeetingFollowUpInput!) {\n    correctMeetingFollowUp(id: $id, version: $version, input: $input) { id version task ownerParty ownerName dueOn overdue corrections { ...MeetingCorrectionShown } }\n  }\n": types.CorrectMeetingFollowUpOfDocument,
    "\n  query HolidayCalendar($year: Int!) {\n    holidayCalendar(year: $year) {\n      year decree noticeEntered notice { year document enteredAt days { date kind note } }\n      days { date dayOff reason festivals note missingNotices }\n    }\n  }\n": types.HolidayCalendarDocument,
    "\n  mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {\n    setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year } }\n  }\n": types.SetHolidayNoticeDocument,
    "\n  query OfficerHome {\n    me { jurisdiction { id name } }\n    elections(options: { take: 100, filter: { open: true }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id title phase estate { name } phases { phase endsOn } }\n    }\n    overdue: committeeFilings(options: { take: 25, filter: { overdue: true }, sort: { field: DUE_ON } }) {\n      totalItems\n      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }\n    }\n    upcoming: committeeFilings(options: { take: 25, filter: { overdue: false, filingStatus: DRAFT }, sort: { field: DUE_ON } }) {\n      totalItems\n      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }\n    }\n  }\n": types.OfficerHomeDocument,
    "\n  query ClerkHome {\n    firmDrafts: firms(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name updatedAt }\n    }\n    projectDrafts: projects(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name updatedAt }\n    }\n    firmsReturned: firms(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name decidedAt returnReason returnNote }\n    }\n    projectsReturned: projects(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name decidedAt returnReason returnNote }\n    }\n  }\n": types.ClerkHomeDocument,
    "\n  query RegistrarHome {\n    firms(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {\n      totalItems\n      items { id name submittedAt }\n    }\n    projects(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {\n      totalItems\n      items { id name submittedAt }\n    }\n    committeeFilings(options: { take: 50, filter: { filingStatus: SUBMITTED } }) {\n      totalItems\n      items { id submittedAt submittedById committee { estate { name } } }\n    }\n    ownFirms: firms(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }\n    ownProjects: projects(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }\n  }\n": types.RegistrarHomeDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed\n    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }\n    openVotes { kind id phase }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {\n    previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields }\n  }\n": types.PreviewImportDocument,
    "\n  mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID, $progressKey: String) {\n    runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId, progressKey: $progressKey) { ...ImportReportFields }\n  }\n": types.RunImportDocument,
    "\n  mutation ImportErrorFile($file: ImportFileInput!, $rows: [ImportRowMessageInput!]!) {\n    importErrorFile(file: $file, rows: $rows) { name contentType contentBase64 }\n  }\n": types.ImportErrorFileDocument,
    "\n  query ImportProgress($key: String!) {\n    importProgress(key: $key) { phase done total }\n  }\n": types.ImportProgressDocument,
    "\n  fragment OwnerRecord on Owner { id kind name idNumber phone estateId ownerships { unitId unit { id building unitNo room } } }\n": types.OwnerRecordFragmentDoc,
    "query OwnerList($options: OwnerListOptions) { list: owners(options: $options) { totalItems nextCursor items { ...OwnerRecord } } }": types.OwnerListDocument,
    "query Owner($id: ID!) { record: owner(id: $id) { ...OwnerRecord } }": types.OwnerDocument,
    "\n  query OwnerRoll($estateId: ID!) { ownerRoll(estateId: $estateId) { estateId units headcount totalArea developerHeldUnits undesignatedUnits } }\n": types.OwnerRollDocument,
    "\n  query RollUnits($options: UnitListOptions) {\n    units(options: $options) {\n      totalItems\n      items { id version building unitNo room area areaSource developerHeld ownerships { designatedVoter owner { id name kind } } }\n    }\n  }\n": types.RollUnitsDocument,
    "\n  mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }\n": types.RemoveUnitDocument,
    "\n  fragment PartyOrganisationRecord on PartyOrganisation {\n    id version name kind firmId estateId memberCount establishedOn updatedAt firm { id name } estate { id name }\n  }\n": types.PartyOrganisationRecordFragmentDoc,
    "\n    query PartyOrganisationList($options: PartyOrganisationListOptions) {\n      list: partyOrganisations(options: $options) { totalItems nextCursor items { ...PartyOrganisationRecord } }\n    }\n  ": types.PartyOrganisationListDocument,
    "query PartyOrganisation($id: ID!) { record: partyOrganisation(id: $id) { ...PartyOrganisationRecord } }": types.PartyOrganisationDocument,
    "mutation CreatePartyOrganisationRecord($input: PartyOrganisationInput!) { record: createPartyOrganisation(input: $input) { ...PartyOrganisationRecord } }": types.CreatePartyOrganisationRecordDocument,
    "\n      mutation UpdatePartyOrganisationRecord($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {\n        record: updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrganisationRecord }\n      }\n    ": types.UpdatePartyOrganisationRecordDocument,
    "\n  fragment ProjectRecord on Project {\n    id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel\n    residentialFee commercialFee parkingFee households managedArea\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n  }\n": types.ProjectRecordFragmentDoc,
    "\n    query ProjectList($options: ProjectListOptions) { list: projects(options: $options) { totalItems nextCursor items { ...ProjectRecord } } }\n  ": types.ProjectListDocument,
    "query Project($id: ID!) { record: project(id: $id) { ...ProjectRecord overlapsApproved { id name filingNumber } firm { id name filingStatus status } } }": types.ProjectDocument,
    "mutation CreateProject($input: ProjectInput!) { record: createProject(input: $input) { ...ProjectRecord } }": types.CreateProjectDocument,
    "\n      mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {\n        record: updateProject(id: $id, version: $version, input: $input) { ...ProjectRecord }\n      }\n    ": types.UpdateProjectDocument,
    "mutation SubmitProject($id: ID!, $version: Int!) { record: submitProject(id: $id, version: $version) { ...ProjectRecord } }": types.SubmitProjectDocument,
    "mutation ApproveProject($id: ID!, $version: Int!) { record: approveProject(id: $id, version: $version) { ...ProjectRecord } }": types.ApproveProjectDocument,
    "\n      mutation ReturnProject($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }\n      }\n    ": types.ReturnProjectDocument,
    "\n      mutation RevokeProject($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }\n      }\n    ": types.RevokeProjectDocument,
    "\n  query PublicStatementIndex($options: PublicStatementListOptions) {\n    publicStatements(options: $options) {\n      totalItems\n      items {\n        id estateName address accountId\n        bookQuarters { periodId year quarter }\n        bookYears\n        repairFunds { fundId projectName periods { year quarter } }\n      }\n    }\n  }\n": types.PublicStatementIndexDocument,
    "\n  query PublicAccountStatementOf($periodId: ID!) {\n    publishedAccountStatement(periodId: $periodId) {\n      periodId estateName year quarter from to opening income spending closing publishedAt\n      incomeByCategory { category amount } spendingByCategory { category amount }\n    }\n  }\n": types.PublicAccountStatementOfDocument,
    "\n  query PublicAccountYearStatementOf($accountId: ID!, $year: Int!) {\n    publishedAccountYearStatement(accountId: $accountId, year: $year) {\n      accountId estateName year from to opening income spending closing publishedAt\n      incomeByCategory { category amount } spendingByCategory { category amount }\n    }\n  }\n": types.PublicAccountYearStatementOfDocument,
    "\n  query PublicRepairFundStatementOf($fundId: ID!, $year: Int!, $quarter: Int) {\n    publishedRepairFundStatement(fundId: $fundId, year: $year, quarter: $quarter) {\n      fundId estateName projectName year quarter from to opening accruals withdrawals closing\n      withdrawalsByCategory { category amount }\n    }\n  }\n": types.PublicRepairFundStatementOfDocument,
    "\n  fragment PublicList on RedBlackList {\n    quarter schemeEdition redSharePercent blackSharePercent publishedAt sha256 sealVerified\n    categories { category ranked unranked redPlaces blackPlaces }\n    entries { category place rank projectName estateName firmName total maxTotal }\n  }\n": types.PublicListFragmentDoc,
    "query PublicRedBlackLists($take: Int) { redBlackLists(options: { take: $take }) { totalItems items { quarter publishedAt } } }": types.PublicRedBlackListsDocument,
    "query PublicRedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...PublicList canonicalJson } }": types.PublicRedBlackListDocument,
    "\n  query RankingPreview($quarter: String!) {\n    quarterRanking(quarter: $quarter) {\n      quarter schemeEdition published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked redPlaces blackPlaces }\n      ranked { projectId assessmentId projectName estateName firmName category state total maxTotal rank place }\n      unranked { projectId assessmentId projectName estateName firmName category state total maxTotal }\n    }\n  }\n": types.RankingPreviewDocument,
    "mutation PublishList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...PublicList } }": types.PublishListDocument,
    "\n  fragment RepairFundRecord on RepairFund {\n    id version projectId estateId openedMonth balance updatedAt\n    estate { ...EstatePlace }\n    project { id name }\n    terms { fromMonth feeRate setAsidePercent resolutionId }\n  }\n": types.RepairFundRecordFragmentDoc,
    "\n  fragment RepairFundRefundProposalParts on RepairFundRefundProposal { id version withdrawalId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }\n": types.RepairFundRefundProposalPartsFragmentDoc,
    "\n  fragment RepairFundCorrectionProposalParts on RepairFundCorrectionProposal { id version accrualId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }\n": types.RepairFundCorrectionProposalPartsFragmentDoc,
    "\n  fragment RepairFundTermsProposalParts on RepairFundTermsProposal { id version fromMonth feeRate setAsidePercent resolutionId status proposedById proposedBy createdAt availableActions confirmRefusal }\n": types.RepairFundTermsProposalPartsFragmentDoc,
    "\n    query RepairFundList($options: RepairFundListOptions) { list: repairFunds(options: $options) { totalItems nextCursor items { ...RepairFundRecord } } }\n  ": types.RepairFundListDocument,
    "\n    query RepairFund($id: ID!) {\n      record: repairFund(id: $id) {\n        ...RepairFundRecord accruals { id month chargedArea feeRate setAsidePercent amount } corrections { id accrualId postedOn amount reason proposalId }\n        pendingCorrection { ...RepairFundCorrectionProposalParts }\n        pendingRefund { ...RepairFundRefundProposalParts }\n        pendingTerms { ...RepairFundTermsProposalParts }\n      }\n    }\n  ": types.RepairFundDocument,
    "mutation OpenRepairFund($input: OpenRepairFundInput!) { record: openRepairFund(input: $input) { ...RepairFundRecord } }": types.OpenRepairFundDocument,
    "\n  query RepairFundWithdrawalsOf($options: RepairFundWithdrawalListOptions) {\n    repairFundWithdrawals(options: $options) {\n      totalItems items {\n        id version category purpose amount status requestedById decidedById decidedAt decisionNote createdAt availableActions\n        refunded refunds { id postedOn amount reason }\n      }\n    }\n  }\n": types.RepairFundWithdrawalsOfDocument,
    "\n  query RepairFundStatementOf($id: ID!, $year: Int!, $quarter: Int) {\n    repairFund(id: $id) { id statement(year: $year, quarter: $quarter) { from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } }\n  }\n": types.RepairFundStatementOfDocument,
    "\n  mutation PostRepairFundAccrualOf($fundId: ID!, $month: String!) { postRepairFundAccrual(fundId: $fundId, month: $month) { id month amount } }\n": types.PostRepairFundAccrualOfDocument,
    "\n  mutation PostRepairFundCorrectionOf($fundId: ID!, $input: RepairFundCorrectionInput!) {\n    postRepairFundCorrection(fundId: $fundId, input: $input) { __typename ... on RepairFundCorrection { id amount } ... on RepairFundCorrectionProposal { id amount status } }\n  }\n": types.PostRepairFundCorrectionOfDocument,
    "\n  mutation DecideRepairFundCorrectionOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": types.DecideRepairFundCorrectionOfDocument,
    "\n  mutation DecideRepairFundTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": types.DecideRepairFundTermsOfDocument,
    "\n  mutation DecideRepairFundRefundOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundRefund(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": types.DecideRepairFundRefundOfDocument,
    "\n  mutation PostRepairFundRefundOf($withdrawalId: ID!, $input: RepairFundRefundInput!) { postRepairFundRefund(withdrawalId: $withdrawalId, input: $input) { id amount } }\n": types.PostRepairFundRefundOfDocument,
    "\n  mutation RequestRepairFundWithdrawalOf($input: WithdrawalInput!) { requestRepairFundWithdrawal(input: $input) { id status amount } }\n": types.RequestRepairFundWithdrawalOfDocument,
    "\n  mutation MoveRepairFundWithdrawalOf($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {\n    moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n": types.MoveRepairFundWithdrawalOfDocument,
    "\n  fragment ResolutionRecord on Resolution {\n    id version estateId matter title phase deemedVotes votingStartsOn votingEndsOn createdAt updatedAt estate { ...EstatePlace }\n  }\n": types.ResolutionRecordFragmentDoc,
    "\n  fragment ResolutionDetail on Resolution {\n    ...ResolutionRecord\n    description\n    record { sha256 sealedAt pdfPath jsonPath }\n    tally {\n      matter article278Item ballots outcome decidedBy totals { headcount area } participating { headcount area }\n      counts { yes { headcount area } no { headcount area } abstain { headcount area } }\n      deemed { outcome side persons { headcount area } } quorum { ...CheckParts } pass { ...CheckParts }\n    }\n  }\n": types.ResolutionDetailFragmentDoc,
    "\n    query ResolutionList($options: ResolutionListOptions) { list: resolutions(options: $options) { totalItems nextCursor items { ...ResolutionRecord } } }\n  ": types.ResolutionListDocument,
    "query Resolution($id: ID!) { record: resolution(id: $id) { ...ResolutionDetail } }": types.ResolutionDocument,
    "mutation CreateResolution($input: ResolutionInput!) { record: createResolution(input: $input) { ...ResolutionDetail } }": types.CreateResolutionDocument,
    "\n  mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {\n    record: moveResolution(id: $id, version: $version, action: $action) { ...ResolutionRecord }\n  }\n": types.MoveResolutionDocument,
    "\n  mutation UpdateResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {\n    record: updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { ...ResolutionRecord }\n  }\n": types.UpdateResolutionVotingPeriodDocument,
    "\n  mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {\n    recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id voterKey method choice recordedAt }\n  }\n": types.ResolutionBallotDocument,
    "\n  query ResolutionVoters($id: ID!, $q: String, $skip: Int, $take: Int) {\n    resolution(id: $id) { id voters(q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } } }\n  }\n": types.ResolutionVotersDocument,
    "\n  fragment CheckParts on ThresholdCheck { rule met inclusive threshold { numerator denominator } headcount { part whole met } area { part whole met } }\n": types.CheckPartsFragmentDoc,
    "\n    query AuditEventList($options: AuditEventListOptions) {\n      list: auditEvents(options: $options) { totalItems nextCursor items { id at actorId actorName action entityType entityId before after people { id name } } }\n    }\n  ": types.AuditEventListDocument,
    "fragment EstatePlace on Estate { id name subdistrict { id districtId } }": types.EstatePlaceFragmentDoc,
    "query DistrictList($options: DistrictListOptions) { list: districts(options: $options) { totalItems nextCursor items { id code name } } }": types.DistrictListDocument,
    "query District($id: ID!) { record: district(id: $id) { id code name } }": types.DistrictDocument,
    "\n    query SubdistrictList($options: SubdistrictListOptions) { list: subdistricts(options: $options) { totalItems nextCursor items { id name districtId kind } } }\n  ": types.SubdistrictListDocument,
    "query Subdistrict($id: ID!) { record: subdistrict(id: $id) { id name districtId kind } }": types.SubdistrictDocument,
    "\n    query CommunityList($options: CommunityListOptions) { list: communities(options: $options) { totalItems nextCursor items { id name subdistrictId } } }\n  ": types.CommunityListDocument,
    "query Community($id: ID!) { record: community(id: $id) { id name subdistrictId } }": types.CommunityDocument,
    "query MyJurisdiction { me { jurisdiction { id name } } }": types.MyJurisdictionDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) { changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n": types.ChangeOwnPasswordDocument,
    "query KeepAlive { me { id } }": types.KeepAliveDocument,
    "\n  fragment AccountChangeParts on AccountChangeProposal {\n    id version status creates activates role setsPassword passwordHalf reason proposedById proposedBy createdAt availableActions confirmRefusal subdistricts { id name }\n  }\n": types.AccountChangePartsFragmentDoc,
    "fragment UserRecord on User { id version username displayName role active createdAt jurisdiction { id } pendingChange { ...AccountChangeParts } }": types.UserRecordFragmentDoc,
    "\n    query UserList($options: UserListOptions) { list: users(options: $options) { totalItems nextCursor items { ...UserRecord } } }\n  ": types.UserListDocument,
    "query User($id: ID!) { record: user(id: $id) { ...UserRecord } }": types.UserDocument,
    "mutation CreateUser($input: UserInput!) { record: createUser(input: $input) { ...UserRecord } }": types.CreateUserDocument,
    "\n      mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n        record: updateUser(id: $id, version: $version, input: $input) { ...UserRecord }\n      }\n    ": types.UpdateUserDocument,
    "mutation ConfirmAccountChangeOf($id: ID!, $version: Int!, $note: String) { confirmAccountChange(id: $id, version: $version, note: $note) { id version status passwordHalf } }": types.ConfirmAccountChangeOfDocument,
    "mutation RefuseAccountChangeOf($id: ID!, $version: Int!, $note: String) { refuseAccountChange(id: $id, version: $version, note: $note) { id version status } }": types.RefuseAccountChangeOfDocument,
    "mutation WithdrawAccountChangeOf($id: ID!, $version: Int!, $note: String) { withdrawAccountChange(id: $id, version: $version, note: $note) { id version status } }": types.WithdrawAccountChangeOfDocument,
    "\n  query PendingAccountChanges($after: String) {\n    accountChangeProposals(options: { filter: { status: PENDING }, take: 100, after: $after }) { nextCursor items { ...AccountChangeParts user { id username displayName } } }\n  }\n": types.PendingAccountChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRecord on ApiToken {\n    id name scopes expiresAt revokedAt createdAt rateLimitPerMinute effectiveRateLimitPerMinute\n    usage { requestsThisMinute refusedThisMinute requestsLast24h refusedLast24h lastUsedAt }\n  }\n"): typeof import('./graphql').ApiTokenRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointRecord on WebhookEndpoint { id tokenId url eventTypes status cursor lag version problem createdAt lastDeliveredAt }\n"): typeof import('./graphql').WebhookEndpointRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens { apiTokens { ...ApiTokenRecord } }"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiTokenInConsole($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenRecord } } }"): typeof import('./graphql').CreateApiTokenInConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiTokenInConsole($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenRecord } }"): typeof import('./graphql').RevokeApiTokenInConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApiTokenRateLimit($id: ID!, $perMinute: Int) { setApiTokenRateLimit(id: $id, perMinute: $perMinute) { ...ApiTokenRecord } }\n"): typeof import('./graphql').SetApiTokenRateLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookEndpoints($tokenId: ID) { webhookEndpoints(tokenId: $tokenId) { ...WebhookEndpointRecord } }"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($options: WebhookDeliveryListOptions) {\n    webhookDeliveries(options: $options) {\n      items { id status attempts lastError responseCode nextAttemptAt firstPosition lastPosition eventCount createdAt deliveredAt }\n      totalItems nextCursor\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointRecord } } }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseWebhookEndpoint($id: ID!, $version: Int!) { pauseWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }"): typeof import('./graphql').PauseWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeWebhookEndpoint($id: ID!, $version: Int!) { resumeWebhookEndpoint(id: $id, version: $version) { ...WebhookEndpointRecord } }"): typeof import('./graphql').ResumeWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) { deleteWebhookEndpoint(id: $id, version: $version) }"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeRecord on AssessmentScheme {\n    id version edition title source state publishedAt createdAt updatedAt redSharePercent blackSharePercent matureAfterYears availableActions\n    items { key titleZh titleEn maxScore categories } maxTotals { category maxTotal }\n  }\n"): typeof import('./graphql').SchemeRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemeList { list: assessmentSchemes { ...SchemeRecord } }"): typeof import('./graphql').SchemeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemeOne($id: ID!) { record: assessmentScheme(id: $id) { ...SchemeRecord } }"): typeof import('./graphql').SchemeOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemeCreate($input: AssessmentSchemeInput!) { record: createAssessmentScheme(input: $input) { ...SchemeRecord } }"): typeof import('./graphql').SchemeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemePublish($id: ID!, $version: Int!) { record: publishAssessmentScheme(id: $id, version: $version) { ...SchemeRecord } }"): typeof import('./graphql').SchemePublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentRecord on Assessment {\n    id version projectId estateId firmId quarter category state assessingBody total maxTotal submittedAt reviewedAt returnNote\n    availableActions createdAt updatedAt\n    project { id name } firm { id name } estate { ...EstatePlace }\n  }\n"): typeof import('./graphql').AssessmentRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentDetail on Assessment {\n    ...AssessmentRecord\n    items { key titleZh titleEn maxScore score note adjustedScore adjustReason finalScore }\n    scheme { id edition title }\n  }\n"): typeof import('./graphql').AssessmentDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessmentCreate($input: AssessmentInput!) { record: createAssessment(input: $input) { ...AssessmentDetail } }"): typeof import('./graphql').AssessmentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AssessmentList($options: AssessmentListOptions) { list: assessments(options: $options) { totalItems nextCursor items { ...AssessmentRecord } } }\n  "): typeof import('./graphql').AssessmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentOne($id: ID!) { record: assessment(id: $id) { ...AssessmentDetail } }"): typeof import('./graphql').AssessmentOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentScore($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) { record: scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentDetail } }\n"): typeof import('./graphql').AssessmentScoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessmentSubmit($id: ID!, $version: Int!) { record: submitAssessment(id: $id, version: $version) { ...AssessmentDetail } }"): typeof import('./graphql').AssessmentSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentReturn($id: ID!, $version: Int!, $note: String!) { record: returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentDetail } }\n"): typeof import('./graphql').AssessmentReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentReview($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {\n    record: reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentDetail }\n  }\n"): typeof import('./graphql').AssessmentReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignRecord on Campaign {\n    id version name year startsOn endsOn status description updatedAt\n    measures { id code labelZh labelEn unit kind bound }\n    totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } }\n  }\n"): typeof import('./graphql').CampaignRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CampaignList($options: CampaignListOptions) {\n      list: campaigns(options: $options) { totalItems nextCursor items { id version name year startsOn endsOn status updatedAt } }\n    }\n  "): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignOne($id: ID!) { record: campaign(id: $id) { ...CampaignRecord } }"): typeof import('./graphql').CampaignOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCampaignRecord($input: CampaignInput!) { record: createCampaign(input: $input) { ...CampaignRecord } }"): typeof import('./graphql').CreateCampaignRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateCampaignRecord($id: ID!, $version: Int!, $input: CampaignInput!) {\n        record: updateCampaign(id: $id, version: $version, input: $input) { ...CampaignRecord }\n      }\n    "): typeof import('./graphql').UpdateCampaignRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignReportRecord on CampaignReport {\n    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce updatedAt\n    estate { ...EstatePlace }\n    quantities { measure { code unit } quantity }\n  }\n"): typeof import('./graphql').CampaignReportRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CampaignReportList($options: CampaignReportListOptions) {\n      list: campaignReports(options: $options) { totalItems nextCursor items { ...CampaignReportRecord } }\n    }\n  "): typeof import('./graphql').CampaignReportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignReportOne($id: ID!) { record: campaignReport(id: $id) { ...CampaignReportRecord } }"): typeof import('./graphql').CampaignReportOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCampaignProgressOf($input: CampaignReportInput!) { reportCampaignProgress(input: $input) { id version status } }\n"): typeof import('./graphql').ReportCampaignProgressOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCampaignOf($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { id version status } }\n"): typeof import('./graphql').CloseCampaignOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCampaignReportOf($id: ID!, $version: Int!) { verifyCampaignReport(id: $id, version: $version) { id version status verifyHeldBy } }\n"): typeof import('./graphql').VerifyCampaignReportOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateRecord on Candidate {\n    id version electionId ownerId partyMember nominatedBy nominatedOn decision decisionExplanation withdrawn\n    owner { id name } election { id title phase estateId seats }\n    checklist { id version title items { key kind titleZh titleEn suggestedReviewers } }\n    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason updatedAt }\n    registerFindings { itemKey says unitsInEstate }\n    objections { id filedOn filedBy reason resolution resolvedOn }\n  }\n"): typeof import('./graphql').CandidateRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Candidate($id: ID!) { record: candidate(id: $id) { ...CandidateRecord } }"): typeof import('./graphql').CandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {\n    recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision }\n  }\n"): typeof import('./graphql').CheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {\n    recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision }\n  }\n"): typeof import('./graphql').ChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }\n"): typeof import('./graphql').ObjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }"): typeof import('./graphql').ResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChecklistItemParts on ChecklistItemType { key kind titleZh titleEn suggestedReviewers }"): typeof import('./graphql').ChecklistItemPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistVersions { checklistVersions { id version title source publishedById createdAt items { ...ChecklistItemParts } } }\n"): typeof import('./graphql').ChecklistVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistDraftList { checklistDrafts { id version title source updatedAt availableActions items { ...ChecklistItemParts } } }\n"): typeof import('./graphql').ChecklistDraftListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistDraftOne($id: ID!) { checklistDraft(id: $id) { id version title source publishedVersionId items { ...ChecklistItemParts } } }\n"): typeof import('./graphql').ChecklistDraftOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChecklistDraftCall($input: ChecklistInput!) { createChecklistDraft(input: $input) { id version } }\n"): typeof import('./graphql').CreateChecklistDraftCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistDraftCall($id: ID!, $version: Int!, $input: ChecklistInput!) { updateChecklistDraft(id: $id, version: $version, input: $input) { id version } }\n"): typeof import('./graphql').UpdateChecklistDraftCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChecklistDraftCall($id: ID!, $version: Int!) { publishChecklistDraft(id: $id, version: $version) { id version } }\n"): typeof import('./graphql').PublishChecklistDraftCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeAccountRecord on CommitteeAccount { id version estateId spendingLimit statementDueDays updatedAt estate { ...EstatePlace } }\n"): typeof import('./graphql').CommitteeAccountRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeAccountTermsProposalParts on CommitteeAccountTermsProposal { id version spendingLimit statementDueDays status proposedById proposedBy createdAt availableActions confirmRefusal }\n"): typeof import('./graphql').CommitteeAccountTermsProposalPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountStatementParts on AccountStatement {\n    periodId estateName year quarter from to opening income spending closing publishedAt\n    incomeByCategory { category amount } spendingByCategory { category amount }\n  }\n"): typeof import('./graphql').AccountStatementPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CommitteeAccountList($options: CommitteeAccountListOptions) {\n      list: committeeAccounts(options: $options) { totalItems nextCursor items { ...CommitteeAccountRecord } }\n    }\n  "): typeof import('./graphql').CommitteeAccountListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeAccount($id: ID!) { record: committeeAccount(id: $id) { ...CommitteeAccountRecord pendingTerms { ...CommitteeAccountTermsProposalParts } } }"): typeof import('./graphql').CommitteeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCommitteeAccount($input: OpenCommitteeAccountInput!) { record: openCommitteeAccount(input: $input) { ...CommitteeAccountRecord } }"): typeof import('./graphql').OpenCommitteeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPeriodsOf($options: AccountPeriodListOptions) {\n    accountPeriods(options: $options) {\n      items { id version year quarter status closedAt countersignedAt publishedAt returnedAt returnReason availableActions closeHoldRule statement { ...AccountStatementParts } }\n    }\n  }\n"): typeof import('./graphql').AccountPeriodsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEntriesOf($options: AccountEntryListOptions) {\n    accountEntries(options: $options) {\n      totalItems\n      items {\n        id version direction category amount counterparty occurredOn description enteredBy correctsEntryId resolutionId\n        signOffRequired signedOffAt signOffRefusedAt signOffRefusalNote createdById vouchers { id fileName contentType sizeBytes }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountEntriesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SittingMembersOf($id: ID!) { estate(id: $id) { id currentCommittee { id members { id name position endsOn } } } }\n"): typeof import('./graphql').SittingMembersOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAccountEntryOf($input: AccountEntryInput!) { addAccountEntry(input: $input) { id periodId } }"): typeof import('./graphql').AddAccountEntryOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOffAccountEntryOf($id: ID!, $version: Int!) { signOffAccountEntry(id: $id, version: $version) { id version } }"): typeof import('./graphql').SignOffAccountEntryOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseAccountEntrySignOffOf($id: ID!, $version: Int!, $note: String!) { refuseAccountEntrySignOff(id: $id, version: $version, note: $note) { id version } }\n"): typeof import('./graphql').RefuseAccountEntrySignOffOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAccountPeriodOf($id: ID!, $version: Int!, $action: AccountPeriodAction!, $memberId: ID, $note: String) {\n    moveAccountPeriod(id: $id, version: $version, action: $action, memberId: $memberId, note: $note) { id version status }\n  }\n"): typeof import('./graphql').MoveAccountPeriodOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommitteeAccountTermsOf($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) {\n    setCommitteeAccountTerms(id: $id, version: $version, input: $input) { ...CommitteeAccountRecord pendingTerms { id } }\n  }\n"): typeof import('./graphql').SetCommitteeAccountTermsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCommitteeAccountTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideCommitteeAccountTerms(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n"): typeof import('./graphql').DecideCommitteeAccountTermsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAccountVoucherOf($entryId: ID!, $input: VoucherInput!) { addAccountVoucher(entryId: $entryId, input: $input) { id fileName } }\n"): typeof import('./graphql').AddAccountVoucherOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeFilingRecord on CommitteeFiling {\n    id version committeeId kind eventDate dueOn dueOnProvisional overdue daysRemaining submittedLate\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n    committee { id termNumber estate { ...EstatePlace } }\n  }\n"): typeof import('./graphql').CommitteeFilingRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeFilingDetail on CommitteeFiling {\n    ...CommitteeFilingRecord\n    materials { id kind fileName contentType sizeBytes sha256 createdAt }\n  }\n"): typeof import('./graphql').CommitteeFilingDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CommitteeFilingList($options: CommitteeFilingListOptions) {\n      list: committeeFilings(options: $options) { totalItems nextCursor items { ...CommitteeFilingRecord } }\n    }\n  "): typeof import('./graphql').CommitteeFilingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeFiling($id: ID!) { record: committeeFiling(id: $id) { ...CommitteeFilingDetail } }"): typeof import('./graphql').CommitteeFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SubmitCommitteeFiling($id: ID!, $version: Int!) { record: submitCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }\n    "): typeof import('./graphql').SubmitCommitteeFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApproveCommitteeFiling($id: ID!, $version: Int!) { record: approveCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }\n    "): typeof import('./graphql').ApproveCommitteeFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReturnCommitteeFiling($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }\n      }\n    "): typeof import('./graphql').ReturnCommitteeFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RevokeCommitteeFiling($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }\n      }\n    "): typeof import('./graphql').RevokeCommitteeFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind fileName sizeBytes } }\n"): typeof import('./graphql').MaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMaterial($id: ID!) { removeFilingMaterial(id: $id) }"): typeof import('./graphql').RemoveMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaterialContent($id: ID!) { filingMaterialContent(id: $id) }"): typeof import('./graphql').MaterialContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeRecord on Committee { id version estateId termNumber electedOn termStart termEnd createdAt updatedAt estate { ...EstatePlace } }\n"): typeof import('./graphql').CommitteeRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeDetail on Committee {\n    ...CommitteeRecord\n    members { id name position ownerId startsOn }\n    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining }\n  }\n"): typeof import('./graphql').CommitteeDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CommitteeList($options: CommitteeListOptions) { list: committees(options: $options) { totalItems nextCursor items { ...CommitteeRecord } } }\n  "): typeof import('./graphql').CommitteeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Committee($id: ID!) { record: committee(id: $id) { ...CommitteeDetail } }"): typeof import('./graphql').CommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterCommittee($input: CommitteeInput!) { record: registerCommittee(input: $input) { ...CommitteeDetail } }"): typeof import('./graphql').RegisterCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {\n    record: setCommitteeMembers(id: $id, version: $version, input: $input) { ...CommitteeDetail }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      firms { approved target submitted total } projects { approved target submitted total }\n      committees { approved target submitted total } waitingTotal\n      waiting { kind id name submittedAt waitingDays } byDistrict { districtId code name firms projects committees }\n      elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }\n      assessments { quarter projects completed submitted inProgress latestList { quarter categories { redPlaces blackPlaces } } }\n      statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }\n      demonstrations { city cityTarget provincial provincialTarget }\n      campaigns { id name status measures { code labelZh labelEn unit } totals { districtId estatesCovered measures { measure { code } total } } }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ElectionRecord on Election {\n    id version estateId kind title seats phase deemedVotes committeeId cancelReason cancelNote availableActions createdAt updatedAt estate { ...EstatePlace }\n  }\n"): typeof import('./graphql').ElectionRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ElectionDetail on Election {\n    ...ElectionRecord\n    plannedVotingOn votedOn\n    phases { phase startsOn endsOn enteredAt }\n    history { at action phase actorName cancelReason note objectionId }\n    record { sha256 sealedAt pdfPath jsonPath }\n    candidates { id version ownerId partyMember nominatedBy nominatedOn decision withdrawn owner { id name } }\n    slateWarning { partyMembers candidates needed }\n  }\n"): typeof import('./graphql').ElectionDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ElectionList($options: ElectionListOptions) { list: elections(options: $options) { totalItems nextCursor items { ...ElectionRecord } } }\n  "): typeof import('./graphql').ElectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Election($id: ID!) { record: election(id: $id) { ...ElectionDetail } }"): typeof import('./graphql').ElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateElection($input: ElectionInput!) { record: createElection(input: $input) { ...ElectionDetail } }"): typeof import('./graphql').CreateElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {\n        record: updateElection(id: $id, version: $version, input: $input) { ...ElectionDetail }\n      }\n    "): typeof import('./graphql').UpdateElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason, $votedOn: LocalDate, $note: String) {\n    record: moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason, votedOn: $votedOn, note: $note) { ...ElectionRecord }\n  }\n"): typeof import('./graphql').MoveElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Nominate($electionId: ID!, $input: NominationInput!) { nominateCandidate(electionId: $electionId, input: $input) { id decision } }\n"): typeof import('./graphql').NominateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VotingPersons($electionId: ID!, $q: String, $skip: Int, $take: Int) {\n    votingPersons(electionId: $electionId, q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } }\n  }\n"): typeof import('./graphql').VotingPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ballot($electionId: ID!, $input: BallotInput!) { recordBallot(electionId: $electionId, input: $input) { id voterKey method choices recordedAt } }\n"): typeof import('./graphql').BallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleTie($electionId: ID!, $version: Int!, $input: TieSettlementInput!) {\n    record: settleTieAtLastSeat(electionId: $electionId, version: $version, input: $input) { ...ElectionRecord }\n  }\n"): typeof import('./graphql').SettleTieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTie($electionId: ID!, $version: Int!) {\n    record: confirmTieSettlement(electionId: $electionId, version: $version) { ...ElectionRecord }\n  }\n"): typeof import('./graphql').ConfirmTieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tally($id: ID!) {\n    election(id: $id) {\n      id\n      tally {\n        seats ballots totals { headcount area } participating { headcount area }\n        quorum { ...CheckParts }\n        candidates { candidateId rank status approvals { headcount area } deemed { outcome side persons { headcount area } } pass { ...CheckParts } }\n        electedIds issues { code message candidateIds settled }\n        tieSettlement { method chosenCandidateIds decidedOn note recordedAt confirmed confirmedAt confirmRefusal }\n      }\n    }\n  }\n"): typeof import('./graphql').TallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EstateRecord on Estate {\n    id version communityId name address totalFloorArea residentialFloorArea households buildings elevators deliveredOn\n    createdAt updatedAt subdistrict { id districtId }\n    demonstrations { id version level year documentNumber withdrawnOn withdrawalReason withdrawalDocument }\n  }\n"): typeof import('./graphql').EstateRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EstateList($options: EstateListOptions) { list: estates(options: $options) { totalItems nextCursor items { ...EstateRecord } } }\n  "): typeof import('./graphql').EstateListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Estate($id: ID!) { record: estate(id: $id) { ...EstateRecord } }"): typeof import('./graphql').EstateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEstate($input: EstateInput!) { record: createEstate(input: $input) { ...EstateRecord } }"): typeof import('./graphql').CreateEstateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateEstate($id: ID!, $version: Int!, $input: EstateInput!) {\n        record: updateEstate(id: $id, version: $version, input: $input) { ...EstateRecord }\n      }\n    "): typeof import('./graphql').UpdateEstateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignateDemonstrationEstate($input: DemonstrationDesignationInput!) { designateDemonstrationEstate(input: $input) { id version } }\n"): typeof import('./graphql').DesignateDemonstrationEstateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawDemonstrationDesignation($id: ID!, $version: Int!, $input: DemonstrationWithdrawalInput!) {\n    withdrawDemonstrationDesignation(id: $id, version: $version, input: $input) { id version withdrawnOn }\n  }\n"): typeof import('./graphql').WithdrawDemonstrationDesignationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmRecord on Firm {\n    id version name creditCode legalRepresentative registeredAddress contactPerson contactPhone establishedOn districtId status\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n  }\n"): typeof import('./graphql').FirmRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FirmList($options: FirmListOptions) { list: firms(options: $options) { totalItems nextCursor items { ...FirmRecord } } }\n  "): typeof import('./graphql').FirmListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Firm($id: ID!) {\n      record: firm(id: $id) { ...FirmRecord redBlackPlacements { quarter category place rank total maxTotal projectName estateName } projects { id filingStatus contractEnd } }\n    }\n  "): typeof import('./graphql').FirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFirm($input: FirmInput!) { record: createFirm(input: $input) { ...FirmRecord } }"): typeof import('./graphql').CreateFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) { record: updateFirm(id: $id, version: $version, input: $input) { ...FirmRecord } }\n    "): typeof import('./graphql').UpdateFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitFirm($id: ID!, $version: Int!) { record: submitFirm(id: $id, version: $version) { ...FirmRecord } }"): typeof import('./graphql').SubmitFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveFirm($id: ID!, $version: Int!) { record: approveFirm(id: $id, version: $version) { ...FirmRecord } }"): typeof import('./graphql').ApproveFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }\n      }\n    "): typeof import('./graphql').ReturnFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }\n      }\n    "): typeof import('./graphql').RevokeFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingCorrectionShown on FivePartyCorrection { id before after reason correctedAt correctedBy }"): typeof import('./graphql').MeetingCorrectionShownFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FivePartyMeetingRecord on FivePartyMeeting {\n    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt editsAreCorrections\n    estate { ...EstatePlace }\n    participants { party name role }\n    issues { id version description raisedBy status resolutionNote resolvedOn }\n    followUps { id version task ownerParty ownerName dueOn firstDueOn dueOnFixedBy doneOn doneNote overdue }\n  }\n"): typeof import('./graphql').FivePartyMeetingRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FivePartyMeetingShown on FivePartyMeeting {\n    ...FivePartyMeetingRecord\n    issues { id corrections { ...MeetingCorrectionShown } }\n    followUps { id corrections { ...MeetingCorrectionShown } }\n  }\n"): typeof import('./graphql').FivePartyMeetingShownFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FivePartyMeetingList($options: FivePartyMeetingListOptions) {\n      list: fivePartyMeetings(options: $options) { totalItems nextCursor items { ...FivePartyMeetingRecord } }\n    }\n  "): typeof import('./graphql').FivePartyMeetingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FivePartyMeeting($id: ID!) { record: fivePartyMeeting(id: $id) { ...FivePartyMeetingShown } }"): typeof import('./graphql').FivePartyMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFivePartyMeetingRecord($input: FivePartyMeetingInput!) { record: createFivePartyMeeting(input: $input) { ...FivePartyMeetingShown } }"): typeof import('./graphql').CreateFivePartyMeetingRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateFivePartyMeetingRecord($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {\n        record: updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...FivePartyMeetingShown }\n      }\n    "): typeof import('./graphql').UpdateFivePartyMeetingRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveMeetingIssueOf($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {\n    resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote }\n  }\n"): typeof import('./graphql').ResolveMeetingIssueOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMeetingFollowUpOf($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {\n    completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn overdue }\n  }\n"): typeof import('./graphql').CompleteMeetingFollowUpOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMeetingIssueOf($id: ID!, $version: Int!, $input: CorrectMeetingIssueInput!) {\n    correctMeetingIssue(id: $id, version: $version, input: $input) { id version description raisedBy corrections { ...MeetingCorrectionShown } }\n  }\n"): typeof import('./graphql').CorrectMeetingIssueOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMeetingFollowUpOf($id: ID!, $version: Int!, $input: CorrectMeetingFollowUpInput!) {\n    correctMeetingFollowUp(id: $id, version: $version, input: $input) { id version task ownerParty ownerName dueOn overdue corrections { ...MeetingCorrectionShown } }\n  }\n"): typeof import('./graphql').CorrectMeetingFollowUpOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayCalendar($year: Int!) {\n    holidayCalendar(year: $year) {\n      year decree noticeEntered notice { year document enteredAt days { date kind note } }\n      days { date dayOff reason festivals note missingNotices }\n    }\n  }\n"): typeof import('./graphql').HolidayCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {\n    setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year } }\n  }\n"): typeof import('./graphql').SetHolidayNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerHome {\n    me { jurisdiction { id name } }\n    elections(options: { take: 100, filter: { open: true }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id title phase estate { name } phases { phase endsOn } }\n    }\n    overdue: committeeFilings(options: { take: 25, filter: { overdue: true }, sort: { field: DUE_ON } }) {\n      totalItems\n      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }\n    }\n    upcoming: committeeFilings(options: { take: 25, filter: { overdue: false, filingStatus: DRAFT }, sort: { field: DUE_ON } }) {\n      totalItems\n      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }\n    }\n  }\n"): typeof import('./graphql').OfficerHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClerkHome {\n    firmDrafts: firms(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name updatedAt }\n    }\n    projectDrafts: projects(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name updatedAt }\n    }\n    firmsReturned: firms(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name decidedAt returnReason returnNote }\n    }\n    projectsReturned: projects(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {\n      totalItems\n      items { id name decidedAt returnReason returnNote }\n    }\n  }\n"): typeof import('./graphql').ClerkHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrarHome {\n    firms(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {\n      totalItems\n      items { id name submittedAt }\n    }\n    projects(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {\n      totalItems\n      items { id name submittedAt }\n    }\n    committeeFilings(options: { take: 50, filter: { filingStatus: SUBMITTED } }) {\n      totalItems\n      items { id submittedAt submittedById committee { estate { name } } }\n    }\n    ownFirms: firms(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }\n    ownProjects: projects(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }\n  }\n"): typeof import('./graphql').RegistrarHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed\n    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }\n    openVotes { kind id phase }\n  }\n"): typeof import('./graphql').ImportReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {\n    previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields }\n  }\n"): typeof import('./graphql').PreviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID, $progressKey: String) {\n    runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId, progressKey: $progressKey) { ...ImportReportFields }\n  }\n"): typeof import('./graphql').RunImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportErrorFile($file: ImportFileInput!, $rows: [ImportRowMessageInput!]!) {\n    importErrorFile(file: $file, rows: $rows) { name contentType contentBase64 }\n  }\n"): typeof import('./graphql').ImportErrorFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProgress($key: String!) {\n    importProgress(key: $key) { phase done total }\n  }\n"): typeof import('./graphql').ImportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnerRecord on Owner { id kind name idNumber phone estateId ownerships { unitId unit { id building unitNo room } } }\n"): typeof import('./graphql').OwnerRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnerList($options: OwnerListOptions) { list: owners(options: $options) { totalItems nextCursor items { ...OwnerRecord } } }"): typeof import('./graphql').OwnerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Owner($id: ID!) { record: owner(id: $id) { ...OwnerRecord } }"): typeof import('./graphql').OwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerRoll($estateId: ID!) { ownerRoll(estateId: $estateId) { estateId units headcount totalArea developerHeldUnits undesignatedUnits } }\n"): typeof import('./graphql').OwnerRollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollUnits($options: UnitListOptions) {\n    units(options: $options) {\n      totalItems\n      items { id version building unitNo room area areaSource developerHeld ownerships { designatedVoter owner { id name kind } } }\n    }\n  }\n"): typeof import('./graphql').RollUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }\n"): typeof import('./graphql').RemoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartyOrganisationRecord on PartyOrganisation {\n    id version name kind firmId estateId memberCount establishedOn updatedAt firm { id name } estate { id name }\n  }\n"): typeof import('./graphql').PartyOrganisationRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyOrganisationList($options: PartyOrganisationListOptions) {\n      list: partyOrganisations(options: $options) { totalItems nextCursor items { ...PartyOrganisationRecord } }\n    }\n  "): typeof import('./graphql').PartyOrganisationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyOrganisation($id: ID!) { record: partyOrganisation(id: $id) { ...PartyOrganisationRecord } }"): typeof import('./graphql').PartyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartyOrganisationRecord($input: PartyOrganisationInput!) { record: createPartyOrganisation(input: $input) { ...PartyOrganisationRecord } }"): typeof import('./graphql').CreatePartyOrganisationRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdatePartyOrganisationRecord($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {\n        record: updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrganisationRecord }\n      }\n    "): typeof import('./graphql').UpdatePartyOrganisationRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRecord on Project {\n    id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel\n    residentialFee commercialFee parkingFee households managedArea\n    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt\n    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt\n  }\n"): typeof import('./graphql').ProjectRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProjectList($options: ProjectListOptions) { list: projects(options: $options) { totalItems nextCursor items { ...ProjectRecord } } }\n  "): typeof import('./graphql').ProjectListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Project($id: ID!) { record: project(id: $id) { ...ProjectRecord overlapsApproved { id name filingNumber } firm { id name filingStatus status } } }"): typeof import('./graphql').ProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProject($input: ProjectInput!) { record: createProject(input: $input) { ...ProjectRecord } }"): typeof import('./graphql').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {\n        record: updateProject(id: $id, version: $version, input: $input) { ...ProjectRecord }\n      }\n    "): typeof import('./graphql').UpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitProject($id: ID!, $version: Int!) { record: submitProject(id: $id, version: $version) { ...ProjectRecord } }"): typeof import('./graphql').SubmitProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveProject($id: ID!, $version: Int!) { record: approveProject(id: $id, version: $version) { ...ProjectRecord } }"): typeof import('./graphql').ApproveProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReturnProject($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n        record: returnProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }\n      }\n    "): typeof import('./graphql').ReturnProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RevokeProject($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {\n        record: revokeProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }\n      }\n    "): typeof import('./graphql').RevokeProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicStatementIndex($options: PublicStatementListOptions) {\n    publicStatements(options: $options) {\n      totalItems\n      items {\n        id estateName address accountId\n        bookQuarters { periodId year quarter }\n        bookYears\n        repairFunds { fundId projectName periods { year quarter } }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicStatementIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAccountStatementOf($periodId: ID!) {\n    publishedAccountStatement(periodId: $periodId) {\n      periodId estateName year quarter from to opening income spending closing publishedAt\n      incomeByCategory { category amount } spendingByCategory { category amount }\n    }\n  }\n"): typeof import('./graphql').PublicAccountStatementOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAccountYearStatementOf($accountId: ID!, $year: Int!) {\n    publishedAccountYearStatement(accountId: $accountId, year: $year) {\n      accountId estateName year from to opening income spending closing publishedAt\n      incomeByCategory { category amount } spendingByCategory { category amount }\n    }\n  }\n"): typeof import('./graphql').PublicAccountYearStatementOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRepairFundStatementOf($fundId: ID!, $year: Int!, $quarter: Int) {\n    publishedRepairFundStatement(fundId: $fundId, year: $year, quarter: $quarter) {\n      fundId estateName projectName year quarter from to opening accruals withdrawals closing\n      withdrawalsByCategory { category amount }\n    }\n  }\n"): typeof import('./graphql').PublicRepairFundStatementOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicList on RedBlackList {\n    quarter schemeEdition redSharePercent blackSharePercent publishedAt sha256 sealVerified\n    categories { category ranked unranked redPlaces blackPlaces }\n    entries { category place rank projectName estateName firmName total maxTotal }\n  }\n"): typeof import('./graphql').PublicListFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicRedBlackLists($take: Int) { redBlackLists(options: { take: $take }) { totalItems items { quarter publishedAt } } }"): typeof import('./graphql').PublicRedBlackListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicRedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...PublicList canonicalJson } }"): typeof import('./graphql').PublicRedBlackListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingPreview($quarter: String!) {\n    quarterRanking(quarter: $quarter) {\n      quarter schemeEdition published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked redPlaces blackPlaces }\n      ranked { projectId assessmentId projectName estateName firmName category state total maxTotal rank place }\n      unranked { projectId assessmentId projectName estateName firmName category state total maxTotal }\n    }\n  }\n"): typeof import('./graphql').RankingPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...PublicList } }"): typeof import('./graphql').PublishListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepairFundRecord on RepairFund {\n    id version projectId estateId openedMonth balance updatedAt\n    estate { ...EstatePlace }\n    project { id name }\n    terms { fromMonth feeRate setAsidePercent resolutionId }\n  }\n"): typeof import('./graphql').RepairFundRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepairFundRefundProposalParts on RepairFundRefundProposal { id version withdrawalId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }\n"): typeof import('./graphql').RepairFundRefundProposalPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepairFundCorrectionProposalParts on RepairFundCorrectionProposal { id version accrualId amount reason status proposedById proposedBy createdAt availableActions confirmRefusal }\n"): typeof import('./graphql').RepairFundCorrectionProposalPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepairFundTermsProposalParts on RepairFundTermsProposal { id version fromMonth feeRate setAsidePercent resolutionId status proposedById proposedBy createdAt availableActions confirmRefusal }\n"): typeof import('./graphql').RepairFundTermsProposalPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RepairFundList($options: RepairFundListOptions) { list: repairFunds(options: $options) { totalItems nextCursor items { ...RepairFundRecord } } }\n  "): typeof import('./graphql').RepairFundListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RepairFund($id: ID!) {\n      record: repairFund(id: $id) {\n        ...RepairFundRecord accruals { id month chargedArea feeRate setAsidePercent amount } corrections { id accrualId postedOn amount reason proposalId }\n        pendingCorrection { ...RepairFundCorrectionProposalParts }\n        pendingRefund { ...RepairFundRefundProposalParts }\n        pendingTerms { ...RepairFundTermsProposalParts }\n      }\n    }\n  "): typeof import('./graphql').RepairFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenRepairFund($input: OpenRepairFundInput!) { record: openRepairFund(input: $input) { ...RepairFundRecord } }"): typeof import('./graphql').OpenRepairFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepairFundWithdrawalsOf($options: RepairFundWithdrawalListOptions) {\n    repairFundWithdrawals(options: $options) {\n      totalItems items {\n        id version category purpose amount status requestedById decidedById decidedAt decisionNote createdAt availableActions\n        refunded refunds { id postedOn amount reason }\n      }\n    }\n  }\n"): typeof import('./graphql').RepairFundWithdrawalsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepairFundStatementOf($id: ID!, $year: Int!, $quarter: Int) {\n    repairFund(id: $id) { id statement(year: $year, quarter: $quarter) { from to opening accruals withdrawals closing withdrawalsByCategory { category amount } } }\n  }\n"): typeof import('./graphql').RepairFundStatementOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostRepairFundAccrualOf($fundId: ID!, $month: String!) { postRepairFundAccrual(fundId: $fundId, month: $month) { id month amount } }\n"): typeof import('./graphql').PostRepairFundAccrualOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostRepairFundCorrectionOf($fundId: ID!, $input: RepairFundCorrectionInput!) {\n    postRepairFundCorrection(fundId: $fundId, input: $input) { __typename ... on RepairFundCorrection { id amount } ... on RepairFundCorrectionProposal { id amount status } }\n  }\n"): typeof import('./graphql').PostRepairFundCorrectionOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRepairFundCorrectionOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundCorrection(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n"): typeof import('./graphql').DecideRepairFundCorrectionOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRepairFundTermsOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundTerms(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n"): typeof import('./graphql').DecideRepairFundTermsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRepairFundRefundOf($id: ID!, $version: Int!, $action: ProposalAction!, $note: String) {\n    decideRepairFundRefund(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n"): typeof import('./graphql').DecideRepairFundRefundOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostRepairFundRefundOf($withdrawalId: ID!, $input: RepairFundRefundInput!) { postRepairFundRefund(withdrawalId: $withdrawalId, input: $input) { id amount } }\n"): typeof import('./graphql').PostRepairFundRefundOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRepairFundWithdrawalOf($input: WithdrawalInput!) { requestRepairFundWithdrawal(input: $input) { id status amount } }\n"): typeof import('./graphql').RequestRepairFundWithdrawalOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveRepairFundWithdrawalOf($id: ID!, $version: Int!, $action: WithdrawalAction!, $note: String) {\n    moveRepairFundWithdrawal(id: $id, version: $version, action: $action, note: $note) { id version status }\n  }\n"): typeof import('./graphql').MoveRepairFundWithdrawalOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResolutionRecord on Resolution {\n    id version estateId matter title phase deemedVotes votingStartsOn votingEndsOn createdAt updatedAt estate { ...EstatePlace }\n  }\n"): typeof import('./graphql').ResolutionRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResolutionDetail on Resolution {\n    ...ResolutionRecord\n    description\n    record { sha256 sealedAt pdfPath jsonPath }\n    tally {\n      matter article278Item ballots outcome decidedBy totals { headcount area } participating { headcount area }\n      counts { yes { headcount area } no { headcount area } abstain { headcount area } }\n      deemed { outcome side persons { headcount area } } quorum { ...CheckParts } pass { ...CheckParts }\n    }\n  }\n"): typeof import('./graphql').ResolutionDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ResolutionList($options: ResolutionListOptions) { list: resolutions(options: $options) { totalItems nextCursor items { ...ResolutionRecord } } }\n  "): typeof import('./graphql').ResolutionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Resolution($id: ID!) { record: resolution(id: $id) { ...ResolutionDetail } }"): typeof import('./graphql').ResolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateResolution($input: ResolutionInput!) { record: createResolution(input: $input) { ...ResolutionDetail } }"): typeof import('./graphql').CreateResolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {\n    record: moveResolution(id: $id, version: $version, action: $action) { ...ResolutionRecord }\n  }\n"): typeof import('./graphql').MoveResolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {\n    record: updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { ...ResolutionRecord }\n  }\n"): typeof import('./graphql').UpdateResolutionVotingPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {\n    recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id voterKey method choice recordedAt }\n  }\n"): typeof import('./graphql').ResolutionBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolutionVoters($id: ID!, $q: String, $skip: Int, $take: Int) {\n    resolution(id: $id) { id voters(q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } } }\n  }\n"): typeof import('./graphql').ResolutionVotersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckParts on ThresholdCheck { rule met inclusive threshold { numerator denominator } headcount { part whole met } area { part whole met } }\n"): typeof import('./graphql').CheckPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuditEventList($options: AuditEventListOptions) {\n      list: auditEvents(options: $options) { totalItems nextCursor items { id at actorId actorName action entityType entityId before after people { id name } } }\n    }\n  "): typeof import('./graphql').AuditEventListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EstatePlace on Estate { id name subdistrict { id districtId } }"): typeof import('./graphql').EstatePlaceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictList($options: DistrictListOptions) { list: districts(options: $options) { totalItems nextCursor items { id code name } } }"): typeof import('./graphql').DistrictListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query District($id: ID!) { record: district(id: $id) { id code name } }"): typeof import('./graphql').DistrictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SubdistrictList($options: SubdistrictListOptions) { list: subdistricts(options: $options) { totalItems nextCursor items { id name districtId kind } } }\n  "): typeof import('./graphql').SubdistrictListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Subdistrict($id: ID!) { record: subdistrict(id: $id) { id name districtId kind } }"): typeof import('./graphql').SubdistrictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CommunityList($options: CommunityListOptions) { list: communities(options: $options) { totalItems nextCursor items { id name subdistrictId } } }\n  "): typeof import('./graphql').CommunityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Community($id: ID!) { record: community(id: $id) { id name subdistrictId } }"): typeof import('./graphql').CommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyJurisdiction { me { jurisdiction { id name } } }"): typeof import('./graphql').MyJurisdictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) { changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) }\n"): typeof import('./graphql').ChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeepAlive { me { id } }"): typeof import('./graphql').KeepAliveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountChangeParts on AccountChangeProposal {\n    id version status creates activates role setsPassword passwordHalf reason proposedById proposedBy createdAt availableActions confirmRefusal subdistricts { id name }\n  }\n"): typeof import('./graphql').AccountChangePartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserRecord on User { id version username displayName role active createdAt jurisdiction { id } pendingChange { ...AccountChangeParts } }"): typeof import('./graphql').UserRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UserList($options: UserListOptions) { list: users(options: $options) { totalItems nextCursor items { ...UserRecord } } }\n  "): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query User($id: ID!) { record: user(id: $id) { ...UserRecord } }"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: UserInput!) { record: createUser(input: $input) { ...UserRecord } }"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateUser($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n        record: updateUser(id: $id, version: $version, input: $input) { ...UserRecord }\n      }\n    "): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmAccountChangeOf($id: ID!, $version: Int!, $note: String) { confirmAccountChange(id: $id, version: $version, note: $note) { id version status passwordHalf } }"): typeof import('./graphql').ConfirmAccountChangeOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefuseAccountChangeOf($id: ID!, $version: Int!, $note: String) { refuseAccountChange(id: $id, version: $version, note: $note) { id version status } }"): typeof import('./graphql').RefuseAccountChangeOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawAccountChangeOf($id: ID!, $version: Int!, $note: String) { withdrawAccountChange(id: $id, version: $version, note: $note) { id version status } }"): typeof import('./graphql').WithdrawAccountChangeOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingAccountChanges($after: String) {\n    accountChangeProposals(options: { filter: { status: PENDING }, take: 100, after: $after }) { nextCursor items { ...AccountChangeParts user { id username displayName } } }\n  }\n"): typeof import('./graphql').PendingAccountChangesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
