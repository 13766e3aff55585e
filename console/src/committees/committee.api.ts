import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { CommitteeInput, CommitteeMembersInput, CommitteePosition } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { id, requiredId, requiredInt, text } from '../shared/inputs';

export const CommitteeRecord = graphql(`
  fragment CommitteeRecord on Committee { id version estateId termNumber electedOn termStart termEnd createdAt updatedAt estate { ...EstatePlace } }
`);
/** A single committee reads its members and its filings too. */
export const CommitteeDetail = graphql(`
  fragment CommitteeDetail on Committee {
    ...CommitteeRecord
    members { id name position ownerId startsOn }
    filings { id version kind eventDate dueOn dueOnProvisional filingStatus filingNumber overdue daysRemaining }
  }
`);

/** The new committee's form (CommitteeCreate): the estate, its term, and its members with their positions. */
export interface CommitteeForm {
  estateId?: string;
  termNumber?: number;
  electedOn?: string;
  termYears?: number;
  members?: Array<{ ownerId?: string | null; name?: string; position: CommitteePosition }>;
}

/** The form as the API's CommitteeInput: a member named by the owner on the roll where one is chosen, by name otherwise. */
export const committeeInput = (d: CommitteeForm): CommitteeInput => ({
  estateId: requiredId(d.estateId),
  termNumber: requiredInt(d.termNumber),
  electedOn: text(d.electedOn),
  termYears: requiredInt(d.termYears),
  members: (d.members ?? []).map((m) => ({ ownerId: id(m.ownerId), name: text(m.name), position: m.position })),
});

export const committees = defineResource('committees', {
  list: graphql(`
    query CommitteeList($options: CommitteeListOptions) { list: committees(options: $options) { totalItems nextCursor items { ...CommitteeRecord } } }
  `),
  one: graphql(`query Committee($id: ID!) { record: committee(id: $id) { ...CommitteeDetail } }`),
  // a committee elected outside this system (its establishment filing opens with it); an election's certification registers the others
  create: {
    document: graphql(`mutation RegisterCommittee($input: CommitteeInput!) { record: registerCommittee(input: $input) { ...CommitteeDetail } }`),
    input: committeeInput,
  },
  normalise: withEstatePlace,
  sort: { fields: { id: 'ID', termEnd: 'TERM_END', updatedAt: 'UPDATED_AT' }, default: 'ID' },
});

const SetMembers = graphql(`
  mutation Members($id: ID!, $version: Int!, $input: CommitteeMembersInput!) {
    record: setCommitteeMembers(id: $id, version: $version, input: $input) { ...CommitteeDetail }
  }
`);

export const committeeCalls = {
  /** the members and their positions from a date (a change of people opens a change filing on the server) */
  async setCommitteeMembers(id: string, version: number, input: CommitteeMembersInput) {
    return { data: withEstatePlace((await call(SetMembers, { id, version, input }, { ...input })).record) };
  },
};
