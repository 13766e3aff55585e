import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { CommitteeMembersInput } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';

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

export const committees = defineResource('committees', {
  list: graphql(`
    query CommitteeList($options: CommitteeListOptions) { list: committees(options: $options) { totalItems nextCursor items { ...CommitteeRecord } } }
  `),
  one: graphql(`query Committee($id: ID!) { record: committee(id: $id) { ...CommitteeDetail } }`),
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
