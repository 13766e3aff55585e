import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { FirmInput, FirmRecordFragment } from '../generated/graphql';
import { optionalText, requiredId, text } from '../shared/inputs';

export const FirmRecord = graphql(`
  fragment FirmRecord on Firm {
    id version name creditCode legalRepresentative registeredAddress contactPerson contactPhone establishedOn districtId status
    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt
    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt
  }
`);

/** The firm form (FirmInputs) as the API's FirmInput, for create and edit alike. */
export const firmInput = (d: Partial<FirmRecordFragment>): FirmInput => ({
  name: text(d.name),
  creditCode: text(d.creditCode),
  legalRepresentative: text(d.legalRepresentative),
  registeredAddress: text(d.registeredAddress),
  contactPerson: text(d.contactPerson),
  contactPhone: text(d.contactPhone),
  establishedOn: optionalText(d.establishedOn),
  districtId: requiredId(d.districtId),
  status: d.status ?? 'ACTIVE',
});

export const firms = defineResource('firms', {
  list: graphql(`
    query FirmList($options: FirmListOptions) { list: firms(options: $options) { totalItems nextCursor items { ...FirmRecord } } }
  `),
  one: graphql(`
    query Firm($id: ID!) {
      record: firm(id: $id) { ...FirmRecord redBlackPlacements { quarter category place rank total maxTotal projectName estateName } projects { id filingStatus contractEnd } }
    }
  `),
  create: {
    document: graphql(`mutation CreateFirm($input: FirmInput!) { record: createFirm(input: $input) { ...FirmRecord } }`),
    input: firmInput,
  },
  update: {
    document: graphql(`
      mutation UpdateFirm($id: ID!, $version: Int!, $input: FirmInput!) { record: updateFirm(id: $id, version: $version, input: $input) { ...FirmRecord } }
    `),
    input: firmInput,
  },
  sort: { fields: { id: 'ID', name: 'NAME', creditCode: 'CREDIT_CODE', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' }, default: 'NAME' },
  filing: {
    SUBMIT: graphql(`mutation SubmitFirm($id: ID!, $version: Int!) { record: submitFirm(id: $id, version: $version) { ...FirmRecord } }`),
    APPROVE: graphql(`mutation ApproveFirm($id: ID!, $version: Int!) { record: approveFirm(id: $id, version: $version) { ...FirmRecord } }`),
    RETURN: graphql(`
      mutation ReturnFirm($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
        record: returnFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }
      }
    `),
    REVOKE: graphql(`
      mutation RevokeFirm($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
        record: revokeFirm(id: $id, version: $version, reason: $reason, note: $note) { ...FirmRecord }
      }
    `),
  },
});
