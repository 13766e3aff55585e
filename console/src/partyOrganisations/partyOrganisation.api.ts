import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { PartyOrganisationInput, PartyOrganisationKind, PartyOrganisationRecordFragment } from '../generated/graphql';
import { type FormValues, id, requiredInt, text } from '../shared/inputs';

export const PARTY_ORGANISATION_KINDS: PartyOrganisationKind[] = ['STANDALONE', 'JOINT', 'SECTOR', 'FUNCTIONAL'];

export const PartyOrganisationRecord = graphql(`
  fragment PartyOrganisationRecord on PartyOrganisation {
    id version name kind firmId estateId memberCount establishedOn updatedAt firm { id name } estate { id name }
  }
`);

/** The form's host is a choice (firm or estate) and the one reference that goes with it. */
type Form = FormValues<PartyOrganisationRecordFragment> & { hostKind?: 'FIRM' | 'ESTATE' };

const partyOrganisationInput = (d: Form): PartyOrganisationInput => ({
  name: text(d.name),
  kind: d.kind ?? 'STANDALONE',
  firmId: d.hostKind === 'ESTATE' ? null : id(d.firmId),
  estateId: d.hostKind === 'ESTATE' ? id(d.estateId) : null,
  memberCount: requiredInt(d.memberCount),
  establishedOn: text(d.establishedOn),
});

export const partyOrganisations = defineResource('partyOrganisations', {
  list: graphql(`
    query PartyOrganisationList($options: PartyOrganisationListOptions) {
      list: partyOrganisations(options: $options) { totalItems nextCursor items { ...PartyOrganisationRecord } }
    }
  `),
  one: graphql(`query PartyOrganisation($id: ID!) { record: partyOrganisation(id: $id) { ...PartyOrganisationRecord } }`),
  create: {
    document: graphql(`mutation CreatePartyOrganisationRecord($input: PartyOrganisationInput!) { record: createPartyOrganisation(input: $input) { ...PartyOrganisationRecord } }`),
    input: partyOrganisationInput,
  },
  update: {
    document: graphql(`
      mutation UpdatePartyOrganisationRecord($id: ID!, $version: Int!, $input: PartyOrganisationInput!) {
        record: updatePartyOrganisation(id: $id, version: $version, input: $input) { ...PartyOrganisationRecord }
      }
    `),
    input: partyOrganisationInput,
  },
  normalise: ({ firm, estate, ...org }) => ({
    ...org,
    hostKind: org.estateId ? ('ESTATE' as const) : ('FIRM' as const),
    hostName: firm?.name ?? estate?.name ?? null,
  }),
  sort: { fields: { id: 'ID', name: 'NAME', memberCount: 'MEMBER_COUNT', updatedAt: 'UPDATED_AT' }, default: 'NAME' },
});
