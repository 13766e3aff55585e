import { DEFAULT_CHECKLIST_V1 } from '../src/eligibility/checklist';
import { addDays, todayInChina } from '../src/shared/iso-date';
import type { TestApp } from './harness';
import { electionVotingToday } from './election-operations';

const ELECTION = `query Election($id: ID!) { election(id: $id) { id version seats estateId } }`;
const MOVE = `mutation Move($id: ID!, $version: Int!, $action: ElectionAction!) { moveElection(id: $id, version: $version, action: $action) { id version } }`;
const NOMINATE = `mutation Nominate($electionId: ID!, $input: NominationInput!) { nominateCandidate(electionId: $electionId, input: $input) { id version } }`;
const CANDIDATE = `query C($id: ID!) { candidate(id: $id) { version } }`;
const CHECKS = `mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {
  recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id decision } }`;
const PERSONS = `query Persons($electionId: ID!, $skip: Int, $take: Int) {
  votingPersons(electionId: $electionId, skip: $skip, take: $take) { totalItems items { personKey ownerId area } } }`;
const BALLOT = `mutation Ballot($electionId: ID!, $input: BallotInput!) { recordBallot(electionId: $electionId, input: $input) { id } }`;

/**
 * Takes an election in PREPARATION through GraphQL to a count where two candidates tie for the last seat
 * (docs/domain-rules.md#election-tally), the announced dates set behind the API as the lifecycle tests do (voting
 * announced through it 15 days ahead, then moved to today: electionVotingToday): seats + 1
 * candidates pass their review, everyone on the roll votes — the largest few (by area) approve both tied, the rest
 * alternate between the outright candidates with A and with B — so A and B are level on headcount and both pass.
 */
export async function countWithTieAtLastSeat(app: TestApp, electionId: string): Promise<{ outright: string[]; tiedA: string; tiedB: string }> {
  const today = todayInChina();
  const token = await app.tokenFor('officer');
  const move = async (action: string) => {
    const { election } = await app.as('officer', ELECTION, { id: electionId });
    const moved = await app.gql(MOVE, { id: electionId, version: election.version, action }, token);
    if (moved.errors) throw new Error(`${action}: ${JSON.stringify(moved.errors)}`);
  };
  const { election } = await app.as('officer', ELECTION, { id: electionId });
  const { estateId, seats } = election;
  await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $2 WHERE election_id = $1 AND phase = 'NOMINATION'`, [electionId, today]);
  await move('OPEN_NOMINATION');
  const owners = await app.ds.query(
    `SELECT DISTINCT o.owner_id FROM ownership o JOIN unit u ON u.id = o.unit_id WHERE u.estate_id = $1 AND o.designated_voter ORDER BY o.owner_id LIMIT $2`,
    [estateId, seats + 1],
  );
  const ids: string[] = [];
  for (const owner of owners) {
    const { nominateCandidate } = await app.as('officer', NOMINATE, { electionId, input: { ownerId: String(owner.owner_id), partyMember: true, nominatedBy: '业主联名推荐', nominatedOn: today } });
    ids.push(nominateCandidate.id);
  }
  await move('CLOSE_NOMINATION');
  for (const candidateId of ids) {
    const { candidate } = await app.as('officer', CANDIDATE, { id: candidateId });
    const items = DEFAULT_CHECKLIST_V1.items.map((i) => ({ itemKey: i.key, result: 'PASS' }));
    const { recordEligibilityChecks } = await app.as('officer', CHECKS, { candidateId, version: candidate.version, input: { reviewer: '陈警官', checkedOn: today, items } });
    if (recordEligibilityChecks.decision !== 'ELIGIBLE') throw new Error(`candidate ${candidateId} is ${recordEligibilityChecks.decision}`);
  }
  await move('PUBLISH_CANDIDATES');
  // the objection window ran its course last week; voting was announced 15 days ahead, and fifteen days on is today
  await app.ds.query(
    `UPDATE election_phase SET entered_at = entered_at - interval '8 days', starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'CANDIDATE_PUBLICITY'`,
    [electionId, addDays(today, -8), addDays(today, -1)],
  );
  await electionVotingToday(app, electionId);
  await move('OPEN_VOTING');

  const outright = ids.slice(0, seats - 1);
  const [tiedA, tiedB] = ids.slice(seats - 1);
  const persons: Array<{ personKey: string; ownerId: string | null; area: string }> = [];
  for (let skip = 0; ; skip += 200) {
    const { votingPersons } = await app.as('officer', PERSONS, { electionId, skip, take: 200 });
    persons.push(...votingPersons.items);
    if (persons.length >= votingPersons.totalItems) break;
  }
  persons.sort((a, b) => Number(b.area) - Number(a.area));
  const both = Math.max(2, Math.ceil(persons.length * 0.15));
  const rest = persons.slice(both);
  if (rest.length % 2) rest.pop(); // an odd one out votes blank
  const choicesOf = new Map<string, string[]>();
  persons.slice(0, both).forEach((p) => choicesOf.set(p.personKey, [tiedA, tiedB]));
  // pairs by area, largest first, alternately A-B and B-A: level on headcount, close on area
  rest.forEach((p, i) => choicesOf.set(p.personKey, [...outright, i % 4 === 0 || i % 4 === 3 ? tiedA : tiedB]));
  for (let i = 0; i < persons.length; i += 25) {
    await Promise.all(
      persons.slice(i, i + 25).map(async (p) => {
        const input = { ownerId: p.ownerId, developer: p.personKey === 'DEVELOPER', method: 'PAPER', choices: choicesOf.get(p.personKey) ?? [] };
        const recorded = await app.gql(BALLOT, { electionId, input }, token);
        if (recorded.errors) throw new Error(`ballot of ${p.personKey}: ${JSON.stringify(recorded.errors)}`);
      }),
    );
  }
  await move('CLOSE_VOTING');
  return { outright, tiedA, tiedB };
}

/** Publishes the counted result, as if its publicity had already run its course (so CERTIFY is not held back by its dates). */
export async function publishResult(app: TestApp, electionId: string): Promise<void> {
  const today = todayInChina();
  await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [electionId, today, addDays(today, 6)]);
  const { election } = await app.as('officer', ELECTION, { id: electionId });
  const moved = await app.gql(MOVE, { id: electionId, version: election.version, action: 'PUBLISH_RESULT' }, await app.tokenFor('officer'));
  if (moved.errors) throw new Error(`PUBLISH_RESULT: ${JSON.stringify(moved.errors)}`);
  await app.ds.query(`UPDATE election_phase SET starts_on = $2, ends_on = $3 WHERE election_id = $1 AND phase = 'RESULT_PUBLICITY'`, [electionId, addDays(today, -7), addDays(today, -1)]);
}
