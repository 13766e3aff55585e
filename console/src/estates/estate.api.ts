import { defineResource } from '../dataProvider/buildQuery';
import { call } from '../dataProvider/client';
import { graphql } from '../generated';
import type { DemonstrationDesignationInput, DemonstrationWithdrawalInput, EstateInput, EstateRecordFragment } from '../generated/graphql';
import { type FormValues, int, optionalText, requiredDecimal, requiredId, requiredInt, text } from '../shared/inputs';

export const EstateRecord = graphql(`
  fragment EstateRecord on Estate {
    id version communityId name address totalFloorArea residentialFloorArea households buildings elevators deliveredOn
    createdAt updatedAt subdistrict { id districtId }
    demonstrations { id version level year documentNumber withdrawnOn withdrawalReason withdrawalDocument }
  }
`);

/** An estate with its place flattened, for the cascading district → subdistrict → community inputs and filters. */
const estateRecord = ({ subdistrict, ...estate }: EstateRecordFragment) => ({
  ...estate,
  subdistrictId: subdistrict?.id ?? null,
  districtId: subdistrict?.districtId ?? null,
});

/** The estate form (EstateInputs) as the API's EstateInput. */
const estateInput = (d: FormValues<EstateRecordFragment>): EstateInput => ({
  communityId: requiredId(d.communityId),
  name: text(d.name),
  address: text(d.address),
  totalFloorArea: requiredDecimal(d.totalFloorArea),
  residentialFloorArea: requiredDecimal(d.residentialFloorArea),
  households: requiredInt(d.households),
  buildings: requiredInt(d.buildings),
  elevators: int(d.elevators) ?? 0,
  deliveredOn: optionalText(d.deliveredOn),
});

export const estates = defineResource('estates', {
  list: graphql(`
    query EstateList($options: EstateListOptions) { list: estates(options: $options) { totalItems nextCursor items { ...EstateRecord } } }
  `),
  one: graphql(`query Estate($id: ID!) { record: estate(id: $id) { ...EstateRecord } }`),
  create: {
    document: graphql(`mutation CreateEstate($input: EstateInput!) { record: createEstate(input: $input) { ...EstateRecord } }`),
    input: estateInput,
  },
  update: {
    document: graphql(`
      mutation UpdateEstate($id: ID!, $version: Int!, $input: EstateInput!) {
        record: updateEstate(id: $id, version: $version, input: $input) { ...EstateRecord }
      }
    `),
    input: estateInput,
  },
  normalise: estateRecord,
  sort: { fields: { id: 'ID', name: 'NAME', households: 'HOUSEHOLDS', updatedAt: 'UPDATED_AT' }, default: 'NAME' },
});

const Designate = graphql(`
  mutation DesignateDemonstrationEstate($input: DemonstrationDesignationInput!) { designateDemonstrationEstate(input: $input) { id version } }
`);
const Withdraw = graphql(`
  mutation WithdrawDemonstrationDesignation($id: ID!, $version: Int!, $input: DemonstrationWithdrawalInput!) {
    withdrawDemonstrationDesignation(id: $id, version: $version, input: $input) { id version withdrawnOn }
  }
`);

/** An estate's demonstration designations (红色物业示范小区): recorded from their document, withdrawn with a reason. */
export const estateCalls = {
  async designateDemonstrationEstate(input: DemonstrationDesignationInput) {
    return { data: (await call(Designate, { input })).designateDemonstrationEstate };
  },
  async withdrawDemonstrationDesignation(id: string, version: number, input: DemonstrationWithdrawalInput) {
    return { data: (await call(Withdraw, { id, version, input })).withdrawDemonstrationDesignation };
  },
};
