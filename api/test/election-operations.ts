/** The GraphQL operations of the election tests, typed by `npm run codegen`. */
import { graphql } from './generated';
import type { PersonsPageQuery, ResolutionInput } from './generated/graphql';
import { OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { ASSEMBLY_NOTICE_DAYS } from '../src/elections/announced-period';
import { addDays, IsoDate, todayInChina } from '../src/shared/iso-date';
import type { TestApp } from './harness';

export const ELECTION_FIELDS = graphql(`
  fragment ElectionFields on Election {
    id version title kind seats phase deemedVotes committeeId estateId availableActions
    phases { phase startsOn endsOn enteredAt }
    candidates { id version decision withdrawn partyMember owner { id name } }
    slateWarning { partyMembers candidates needed }
  }`);

export const LIST_ELECTIONS = graphql(`query Elections($options: ElectionListOptions) {
  elections(options: $options) { totalItems items { id title phase estateId } } }`);
export const GET_ELECTION = graphql(`query Election($id: ID!) { election(id: $id) { ...ElectionFields } }`);
export const CREATE_ELECTION = graphql(`mutation CreateElection($input: ElectionInput!) { createElection(input: $input) { ...ElectionFields } }`);
export const UPDATE_ELECTION = graphql(`mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {
  updateElection(id: $id, version: $version, input: $input) { ...ElectionFields } }`);
export const MOVE_ELECTION = graphql(`mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason) {
  moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason) { ...ElectionFields } }`);
export const NOMINATE = graphql(`mutation Nominate($electionId: ID!, $input: NominationInput!) {
  nominateCandidate(electionId: $electionId, input: $input) { id version decision } }`);
export const RECORD_CHECK = graphql(`mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {
  recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation } }`);
export const RECORD_CHECKS = graphql(`mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {
  recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision decisionExplanation
    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason } } }`);
export const CANDIDATE_REGISTER = graphql(`query CandidateRegister($id: ID!) { candidate(id: $id) { id registerFindings { itemKey says unitsInEstate } } }`);
export const FILE_OBJECTION = graphql(`mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }`);
export const RESOLVE_OBJECTION = graphql(`mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }`);
export const GET_CANDIDATE = graphql(`query Candidate($id: ID!) {
  candidate(id: $id) { id version decision decisionExplanation checks { itemKey result reviewingBody } objections { id resolvedOn } checklist { version } } }`);
export const RECORD_BALLOT = graphql(`mutation Ballot($electionId: ID!, $input: BallotInput!) {
  recordBallot(electionId: $electionId, input: $input) { id voterKey choices } }`);
export const VOTING_PERSONS = graphql(`query Persons($electionId: ID!, $voted: Boolean, $take: Int, $q: String) {
  votingPersons(electionId: $electionId, voted: $voted, take: $take, q: $q) { totalItems items { personKey ownerId name units area voted } } }`);
export const TALLY = graphql(`query Tally($id: ID!) {
  election(id: $id) { id phase tally {
    seats ballots
    totals { headcount area }
    participating { headcount area }
    quorum { rule met threshold { numerator denominator } headcount { part whole share { numerator denominator } met } area { part whole met } }
    candidates { candidateId rank status approvals { headcount area } pass { met headcount { part whole met } area { part whole met } } }
    electedIds
    issues { code message candidateIds }
  } } }`);
export const OWNERS = graphql(`query Owners($options: OwnerListOptions) { owners(options: $options) { totalItems items { id kind name idNumber phone estateId } } }`);
export const OWNER_ROLL = graphql(`query Roll($estateId: ID!) { ownerRoll(estateId: $estateId) { units headcount totalArea developerHeldUnits undesignatedUnits } }`);
export const ROLL_UNITS = graphql(`query RollUnits($options: UnitListOptions) {
  units(options: $options) { totalItems items { id version estateId building unitNo room area areaSource developerHeld ownerships { ownerId designatedVoter } } } }`);
export const REMOVE_UNIT = graphql(`mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }`);
export const COMMITTEE = graphql(`query Committee($id: ID!) {
  committee(id: $id) { id version termNumber termStart termEnd estateId members { id name position ownerId }
    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining availableActions materials { id kind } } } }`);
export const COMMITTEE_FILINGS = graphql(`query Filings($options: CommitteeFilingListOptions) {
  committeeFilings(options: $options) { totalItems items { id filingStatus dueOn overdue committee { estateId } } } }`);
export const SET_MEMBERS = graphql(`mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {
  setCommitteeMembers(id: $id, version: $version, input: $input) { id version members { name position } } }`);
export const ADD_MATERIAL = graphql(`mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind sizeBytes sha256 } }`);
export const SUBMIT_COMMITTEE_FILING = graphql(`mutation Submit($id: ID!, $version: Int!) { submitCommitteeFiling(id: $id, version: $version) { id version filingStatus } }`);
export const APPROVE_COMMITTEE_FILING = graphql(`mutation Approve($id: ID!, $version: Int!) { approveCommitteeFiling(id: $id, version: $version) { id version filingStatus filingNumber } }`);
export const CREATE_RESOLUTION = graphql(`mutation CreateResolution($input: ResolutionInput!) { createResolution(input: $input) { id version phase } }`);
export const MOVE_RESOLUTION = graphql(`mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {
  moveResolution(id: $id, version: $version, action: $action) { id version phase outcome } }`);
export const UPDATE_RESOLUTION_VOTING_PERIOD = graphql(`mutation ResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {
  updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { id version phase votingStartsOn votingEndsOn } }`);
export const RESOLUTION_BALLOT = graphql(`mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {
  recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id choice } }`);
export const RESOLUTION_TALLY = graphql(`query ResolutionTally($id: ID!) {
  resolution(id: $id) { id tally { matter article278Item ballots outcome decidedBy
    quorum { met } pass { rule met headcount { part whole met } area { part whole met } } } } }`);

const VOTING_PERSONS_PAGE = graphql(`query PersonsPage($electionId: ID!, $skip: Int, $take: Int) {
  votingPersons(electionId: $electionId, skip: $skip, take: $take) { totalItems items { personKey ownerId name voted } } }`);

/** Every voting person of an election's estate, page by page (the server caps a page at 200). */
export async function allVotingPersons(as: TestApp['as'], electionId: string): Promise<PersonsPageQuery['votingPersons']['items']> {
  const persons = [];
  for (let skip = 0; ; skip += 200) {
    const { votingPersons } = await as('officer', VOTING_PERSONS_PAGE, { electionId, skip, take: 200 });
    persons.push(...votingPersons.items);
    if (persons.length >= votingPersons.totalItems) return persons;
  }
}

/** Estates of the demo officer's subdistricts with no owner roll, election or committee yet: clean slates for a suite. */
export async function bareEstateIds(app: TestApp, count: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await app.ds.query(
    `SELECT e.id::text AS id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM committee k WHERE k.estate_id = e.id)
      ORDER BY e.id LIMIT $2`,
    [OFFICER_SUBDISTRICTS, count],
  );
  if (rows.length < count) throw new Error(`the demo has ${rows.length} bare estates in the officer's subdistricts, ${count} asked for`);
  return rows.map((r) => r.id);
}

export async function bareEstateId(app: TestApp): Promise<string> {
  return (await bareEstateIds(app, 1))[0];
}

/**
 * The days of a vote announced today, as an owners' assembly is called (docs/domain-rules.md#voting-period): the
 * first ASSEMBLY_NOTICE_DAYS ahead, `days` long. The earliest a vote may be announced for; the API refuses sooner.
 */
export function noticedVotingDays(days = 1): { startsOn: IsoDate; endsOn: IsoDate } {
  const startsOn = addDays(todayInChina(), ASSEMBLY_NOTICE_DAYS);
  return { startsOn, endsOn: addDays(startsOn, days - 1) };
}

/** Announces an election's voting period through updateElection, as the officer does: `noticedVotingDays(days)`. */
export async function announceElectionVoting(app: TestApp, electionId: string, days = 1): Promise<void> {
  const { election } = await app.as('officer', GET_ELECTION, { id: electionId });
  const phases = [{ phase: 'VOTING' as const, ...noticedVotingDays(days) }];
  await app.as('officer', UPDATE_ELECTION, { id: electionId, version: election.version, input: { title: election.title, seats: election.seats, deemedVotes: election.deemedVotes, phases } });
}

/**
 * "Fifteen days on": as if the notice had run its course since the vote's voting period was announced, its stored
 * days are moved behind the API (the owner connection) so that it begins today, as long as it was announced. The
 * rows' versions do not move; the trigger keeps the move as one more announcement in announced_period, as it keeps
 * every write of the days.
 */
export async function fifteenDaysOn(app: TestApp, vote: { election: string } | { resolution: string }): Promise<void> {
  const today = todayInChina();
  const moved: [unknown, number] =
    'election' in vote
      ? await app.ds.query(
          `UPDATE election_phase SET starts_on = $2::date, ends_on = $2::date + (ends_on - starts_on)
            WHERE election_id = $1 AND phase = 'VOTING' AND starts_on IS NOT NULL AND ends_on IS NOT NULL`,
          [vote.election, today],
        )
      : await app.ds.query(
          `UPDATE resolution SET voting_starts_on = $2::date, voting_ends_on = $2::date + (voting_ends_on - voting_starts_on)
            WHERE id = $1 AND voting_starts_on IS NOT NULL AND voting_ends_on IS NOT NULL`,
          [vote.resolution, today],
        );
  if (moved[1] !== 1) throw new Error(`${JSON.stringify(vote)} has no announced voting period to move`);
}

/** An election whose voting period was announced through the API (`days` long) and whose notice has run: it may open today. */
export async function electionVotingToday(app: TestApp, electionId: string, days = 1): Promise<void> {
  await announceElectionVoting(app, electionId, days);
  await fifteenDaysOn(app, { election: electionId });
}

/**
 * A resolution created through the API with its voting period announced (`noticedVotingDays(days)`), then, fifteen
 * days on, opened by the officer: what a test of an open vote starts from.
 */
export async function openResolutionToday(app: TestApp, input: Omit<ResolutionInput, 'votingStartsOn' | 'votingEndsOn'>, days = 1) {
  const { startsOn, endsOn } = noticedVotingDays(days);
  const { createResolution } = await app.as('officer', CREATE_RESOLUTION, { input: { ...input, votingStartsOn: startsOn, votingEndsOn: endsOn } });
  await fifteenDaysOn(app, { resolution: createResolution.id });
  const { moveResolution } = await app.as('officer', MOVE_RESOLUTION, { id: createResolution.id, version: createResolution.version, action: 'OPEN_VOTING' });
  return moveResolution;
}
