import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { CommitteeFilingRecordFragment, MaterialInput } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';

export const CommitteeFilingRecord = graphql(`
  fragment CommitteeFilingRecord on CommitteeFiling {
    id version committeeId kind eventDate dueOn dueOnProvisional overdue daysRemaining submittedLate
    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt
    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt
    committee { id termNumber estate { ...EstatePlace } }
  }
`);
/** A single filing reads its materials too. */
export const CommitteeFilingDetail = graphql(`
  fragment CommitteeFilingDetail on CommitteeFiling {
    ...CommitteeFilingRecord
    materials { id kind fileName contentType sizeBytes sha256 createdAt }
  }
`);

/** A filing named by its committee's estate (the filing dialogs say which), its place flattened. */
const committeeFilingRecord = <R extends CommitteeFilingRecordFragment>({ committee, ...filing }: R) => ({
  ...withEstatePlace({ ...filing, estate: committee.estate }),
  estateId: committee.estate.id,
  termNumber: committee.termNumber,
  name: committee.estate.name,
});

export const committeeFilings = defineResource('committeeFilings', {
  list: graphql(`
    query CommitteeFilingList($options: CommitteeFilingListOptions) {
      list: committeeFilings(options: $options) { totalItems nextCursor items { ...CommitteeFilingRecord } }
    }
  `),
  one: graphql(`query CommitteeFiling($id: ID!) { record: committeeFiling(id: $id) { ...CommitteeFilingDetail } }`),
  normalise: committeeFilingRecord,
  // unsorted (the list's first view): what needs work first, drafts and returned by deadline
  sort: { fields: { id: 'ID', dueOn: 'DUE_ON', updatedAt: 'UPDATED_AT' }, default: 'WORK_ORDER' },
  // the street office submits, a registrar decides (the server's policies)
  filing: {
    SUBMIT: graphql(`
      mutation SubmitCommitteeFiling($id: ID!, $version: Int!) { record: submitCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }
    `),
    APPROVE: graphql(`
      mutation ApproveCommitteeFiling($id: ID!, $version: Int!) { record: approveCommitteeFiling(id: $id, version: $version) { ...CommitteeFilingRecord } }
    `),
    RETURN: graphql(`
      mutation ReturnCommitteeFiling($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
        record: returnCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }
      }
    `),
    REVOKE: graphql(`
      mutation RevokeCommitteeFiling($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
        record: revokeCommitteeFiling(id: $id, version: $version, reason: $reason, note: $note) { ...CommitteeFilingRecord }
      }
    `),
  },
});

const AddMaterial = graphql(`
  mutation Material($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id kind fileName sizeBytes } }
`);
const RemoveMaterial = graphql(`mutation RemoveMaterial($id: ID!) { removeFilingMaterial(id: $id) }`);
const MaterialContent = graphql(`query MaterialContent($id: ID!) { filingMaterialContent(id: $id) }`);

/** A filing's materials: uploaded and removed by the street office while it holds the filing, read by all who read it. */
export const committeeFilingCalls = {
  async addFilingMaterial(filingId: string, input: MaterialInput) {
    return { data: (await call(AddMaterial, { filingId, input })).addFilingMaterial };
  },
  async removeFilingMaterial(id: string) {
    return { data: (await call(RemoveMaterial, { id })).removeFilingMaterial };
  },
  /** the file as base64 */
  async getFilingMaterialContent(id: string) {
    return { data: (await call(MaterialContent, { id })).filingMaterialContent };
  },
};
