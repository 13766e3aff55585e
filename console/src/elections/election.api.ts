import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type {
  BallotInput,
  ElectionAction,
  ElectionCancelReason,
  ElectionInput,
  ElectionPhase,
  ElectionRecordFragment,
  ElectionUpdateInput,
  NominationInput,
  TieSettlementInput,
} from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { type FormValues, optionalText, requiredId, requiredInt, text } from '../shared/inputs';

export const ElectionRecord = graphql(`
  fragment ElectionRecord on Election {
    id version estateId kind title seats phase deemedVotes committeeId cancelReason cancelNote availableActions createdAt updatedAt estate { ...EstatePlace }
  }
`);
/** What a single election (show, edit, a mutation's answer) reads beyond the list's fields. */
export const ElectionDetail = graphql(`
  fragment ElectionDetail on Election {
    ...ElectionRecord
    plannedVotingOn votedOn
    phases { phase startsOn endsOn enteredAt }
    history { at action phase actorName cancelReason note objectionId }
    record { sha256 sealedAt pdfPath jsonPath }
    candidates { id version ownerId partyMember nominatedBy nominatedOn decision withdrawn owner { id name } }
    slateWarning { partyMembers candidates needed }
  }
`);

/** The phases an election plans dates for, in lifecycle order (the form keys its plan by phase). */
export const PLANNED_PHASES = ['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY'] as const satisfies readonly ElectionPhase[];

type PhasePlan = Partial<Record<ElectionPhase, { startsOn?: string | null; endsOn?: string | null }>>;

/** An election as the console uses it: its place flattened, its planned dates keyed by phase for the form. */
function electionRecord(record: ElectionRecordFragment & { phases?: Array<{ phase: ElectionPhase; startsOn: string | null; endsOn: string | null }> }) {
  if (!record.phases) return withEstatePlace(record);
  const phasePlan: PhasePlan = {};
  for (const { phase, startsOn, endsOn } of record.phases) phasePlan[phase] = { startsOn, endsOn };
  return { ...withEstatePlace(record), phasePlan };
}

type ElectionForm = FormValues<ElectionRecordFragment & { phasePlan: PhasePlan; plannedVotingOn?: string | null; votedOn?: string | null }, 'kind'>;

/** The phases the form gives dates for, in lifecycle order: the entries of the API's `phases`, in that order. */
const phasesGiven = (plan: PhasePlan | undefined) => PLANNED_PHASES.filter((phase) => plan?.[phase]?.startsOn || plan?.[phase]?.endsOn);

/** The election form (ElectionInputs) as the API's update input: the plan of dates, every phase given a date, in lifecycle order. */
const electionUpdateInput = (d: ElectionForm): ElectionUpdateInput => ({
  title: text(d.title),
  seats: requiredInt(d.seats),
  deemedVotes: !!d.deemedVotes,
  plannedVotingOn: optionalText(d.plannedVotingOn),
  phases: phasesGiven(d.phasePlan).map((phase) => ({
    phase,
    startsOn: optionalText(d.phasePlan?.[phase]?.startsOn),
    endsOn: optionalText(d.phasePlan?.[phase]?.endsOn),
  })),
});

/** The API names a plan date by its entry (`phases[2].startsOn`); the form shows it at that phase's date input. */
function planDateSource(apiField: string, values: Record<string, unknown>): string | undefined {
  const entry = /^phases\[(\d+)\]\.(startsOn|endsOn)$/.exec(apiField);
  const phase = entry && phasesGiven(values.phasePlan as PhasePlan | undefined)[Number(entry[1])];
  return phase ? `phasePlan.${phase}.${entry[2]}` : undefined;
}

export const elections = defineResource('elections', {
  list: graphql(`
    query ElectionList($options: ElectionListOptions) { list: elections(options: $options) { totalItems nextCursor items { ...ElectionRecord } } }
  `),
  one: graphql(`query Election($id: ID!) { record: election(id: $id) { ...ElectionDetail } }`),
  create: {
    document: graphql(`mutation CreateElection($input: ElectionInput!) { record: createElection(input: $input) { ...ElectionDetail } }`),
    input: (d: ElectionForm): ElectionInput => ({ estateId: requiredId(d.estateId), kind: d.kind, ...electionUpdateInput(d) }),
  },
  update: {
    document: graphql(`
      mutation UpdateElection($id: ID!, $version: Int!, $input: ElectionUpdateInput!) {
        record: updateElection(id: $id, version: $version, input: $input) { ...ElectionDetail }
      }
    `),
    // the voting day recorded at closing, corrected until the result is certified (the server says when not)
    input: (d: ElectionForm): ElectionUpdateInput => ({ ...electionUpdateInput(d), votedOn: optionalText(d.votedOn) }),
  },
  normalise: electionRecord,
  sort: { fields: { id: 'ID', title: 'TITLE', updatedAt: 'UPDATED_AT' }, default: 'ID' },
  formField: planDateSource,
});

const MoveElection = graphql(`
  mutation MoveElection($id: ID!, $version: Int!, $action: ElectionAction!, $cancelReason: ElectionCancelReason, $votedOn: LocalDate, $note: String) {
    record: moveElection(id: $id, version: $version, action: $action, cancelReason: $cancelReason, votedOn: $votedOn, note: $note) { ...ElectionRecord }
  }
`);
const Nominate = graphql(`
  mutation Nominate($electionId: ID!, $input: NominationInput!) { nominateCandidate(electionId: $electionId, input: $input) { id decision } }
`);
const VotingPersons = graphql(`
  query VotingPersons($electionId: ID!, $q: String, $skip: Int, $take: Int) {
    votingPersons(electionId: $electionId, q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } }
  }
`);
const RecordBallot = graphql(`
  mutation Ballot($electionId: ID!, $input: BallotInput!) { recordBallot(electionId: $electionId, input: $input) { id voterKey method choices recordedAt } }
`);
const SettleTie = graphql(`
  mutation SettleTie($electionId: ID!, $version: Int!, $input: TieSettlementInput!) {
    record: settleTieAtLastSeat(electionId: $electionId, version: $version, input: $input) { ...ElectionRecord }
  }
`);
const ConfirmTie = graphql(`
  mutation ConfirmTie($electionId: ID!, $version: Int!) {
    record: confirmTieSettlement(electionId: $electionId, version: $version) { ...ElectionRecord }
  }
`);
const Tally = graphql(`
  query Tally($id: ID!) {
    election(id: $id) {
      id
      tally {
        seats ballots totals { headcount area } participating { headcount area }
        quorum { ...CheckParts }
        candidates { candidateId rank status approvals { headcount area } deemed { outcome side persons { headcount area } } pass { ...CheckParts } }
        electedIds issues { code message candidateIds settled }
        tieSettlement { method chosenCandidateIds decidedOn note recordedAt confirmed confirmedAt confirmRefusal }
      }
    }
  }
`);

/** An election's moves, nominations, ballots and tally (officers in their subdistricts; the tally for readers). */
export const electionCalls = {
  /** a move of the lifecycle at the version the user saw; cancelling says why */
  async moveElection({ id, version, action, cancelReason, votedOn, note }: { id: string; version: number; action: ElectionAction; cancelReason?: ElectionCancelReason | null; votedOn?: string | null; note?: string | null }) {
    return { data: electionRecord((await call(MoveElection, { id, version, action, cancelReason: cancelReason ?? null, votedOn: votedOn ?? null, note: note?.trim() || null }, { votedOn, note })).record) };
  },
  async nominateCandidate(electionId: string, input: NominationInput) {
    return { data: (await call(Nominate, { electionId, input }, { ...input })).nominateCandidate };
  },
  async votingPersons(electionId: string, { q, skip = 0, take = 10 }: { q?: string; skip?: number; take?: number }) {
    const { votingPersons } = await call(VotingPersons, { electionId, q: q?.trim() || null, skip, take });
    return { data: votingPersons.items, total: votingPersons.totalItems };
  },
  async recordBallot(electionId: string, input: BallotInput) {
    return { data: (await call(RecordBallot, { electionId, input }, { ...input })).recordBallot };
  },
  /** how the rules of procedure settled the count's tie at the last seat (once per count) */
  async settleTieAtLastSeat(electionId: string, version: number, input: TieSettlementInput) {
    return { data: electionRecord((await call(SettleTie, { electionId, version, input }, { ...input })).record) };
  },
  /** another officer confirms the settlement recorded (maker-checker); the tie is settled then */
  async confirmTieSettlement(electionId: string, version: number) {
    return { data: electionRecord((await call(ConfirmTie, { electionId, version })).record) };
  },
  async getTally(electionId: string) {
    return { data: (await call(Tally, { id: electionId })).election.tally };
  },
};
