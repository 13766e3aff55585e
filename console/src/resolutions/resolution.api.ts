import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { ResolutionAction, ResolutionBallotInput, ResolutionInput, ResolutionRecordFragment } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { type FormValues, optionalText, requiredId, text } from '../shared/inputs';

export const ResolutionRecord = graphql(`
  fragment ResolutionRecord on Resolution {
    id version estateId matter title phase deemedVotes votingStartsOn votingEndsOn createdAt updatedAt estate { ...EstatePlace }
  }
`);
/** A single resolution reads its live tally with it, so a refresh after a ballot or a move brings both. */
export const ResolutionDetail = graphql(`
  fragment ResolutionDetail on Resolution {
    ...ResolutionRecord
    description
    record { sha256 sealedAt pdfPath jsonPath }
    tally {
      matter article278Item ballots outcome decidedBy totals { headcount area } participating { headcount area }
      counts { yes { headcount area } no { headcount area } abstain { headcount area } }
      deemed { outcome side persons { headcount area } } quorum { ...CheckParts } pass { ...CheckParts }
    }
  }
`);

export const resolutions = defineResource('resolutions', {
  list: graphql(`
    query ResolutionList($options: ResolutionListOptions) { list: resolutions(options: $options) { totalItems nextCursor items { ...ResolutionRecord } } }
  `),
  one: graphql(`query Resolution($id: ID!) { record: resolution(id: $id) { ...ResolutionDetail } }`),
  // created, then moved; only its voting period is announced anew (updateResolutionVotingPeriod)
  create: {
    document: graphql(`mutation CreateResolution($input: ResolutionInput!) { record: createResolution(input: $input) { ...ResolutionDetail } }`),
    input: (d: FormValues<ResolutionRecordFragment & { description: string }, 'matter'>): ResolutionInput => ({
      estateId: requiredId(d.estateId),
      matter: d.matter,
      title: text(d.title),
      description: text(d.description),
      votingStartsOn: optionalText(d.votingStartsOn),
      votingEndsOn: optionalText(d.votingEndsOn),
      deemedVotes: !!d.deemedVotes,
    }),
  },
  normalise: withEstatePlace,
  sort: { fields: { id: 'ID', updatedAt: 'UPDATED_AT' }, default: 'ID' },
});

const MoveResolution = graphql(`
  mutation MoveResolution($id: ID!, $version: Int!, $action: ResolutionAction!) {
    record: moveResolution(id: $id, version: $version, action: $action) { ...ResolutionRecord }
  }
`);
const UpdateResolutionVotingPeriod = graphql(`
  mutation UpdateResolutionVotingPeriod($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) {
    record: updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { ...ResolutionRecord }
  }
`);
const RecordResolutionBallot = graphql(`
  mutation ResolutionBallot($resolutionId: ID!, $input: ResolutionBallotInput!) {
    recordResolutionBallot(resolutionId: $resolutionId, input: $input) { id voterKey method choice recordedAt }
  }
`);

/** Putting a resolution to the vote and recording its ballots (officers in their subdistricts). */
const ResolutionVoters = graphql(`
  query ResolutionVoters($id: ID!, $q: String, $skip: Int, $take: Int) {
    resolution(id: $id) { id voters(q: $q, skip: $skip, take: $take) { totalItems items { personKey ownerId name units area voted } } }
  }
`);

export const resolutionCalls = {
  /** the roll of the resolution's vote (fixed when voting opened), with who has voted */
  async resolutionVoters(resolutionId: string, { q, skip = 0, take = 10 }: { q?: string; skip?: number; take?: number }) {
    const { resolution } = await call(ResolutionVoters, { id: resolutionId, q: q?.trim() || null, skip, take });
    return { data: resolution.voters.items, total: resolution.voters.totalItems };
  },
  /** open or close the vote at the version the user saw */
  async moveResolution({ id, version, action }: { id: string; version: number; action: ResolutionAction }) {
    return { data: withEstatePlace((await call(MoveResolution, { id, version, action })).record) };
  },
  /** announce the voting period anew (before opening, or extending an open vote), at the version the user saw */
  async updateResolutionVotingPeriod({ id, version, votingStartsOn, votingEndsOn }: { id: string; version: number; votingStartsOn: string | null; votingEndsOn: string | null }) {
    const input = { votingStartsOn, votingEndsOn };
    return { data: withEstatePlace((await call(UpdateResolutionVotingPeriod, { id, version, input }, input)).record) };
  },
  async recordResolutionBallot(resolutionId: string, input: ResolutionBallotInput) {
    return { data: (await call(RecordResolutionBallot, { resolutionId, input }, { ...input })).recordResolutionBallot };
  },
};
