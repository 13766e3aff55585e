import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { OwnerRecordFragment } from '../generated/graphql';

export const OwnerRecord = graphql(`
  fragment OwnerRecord on Owner { id kind name idNumber phone estateId ownerships { unitId unit { id building unitNo room } } }
`);

/** Owners of an estate's roll (officers in their subdistricts see ID numbers and phones; others masked). */
export const owners = defineResource('owners', {
  list: graphql(`query OwnerList($options: OwnerListOptions) { list: owners(options: $options) { totalItems nextCursor items { ...OwnerRecord } } }`),
  one: graphql(`query Owner($id: ID!) { record: owner(id: $id) { ...OwnerRecord } }`),
  // an owner's units as one line, e.g. 3幢1单元101、3幢1单元102
  normalise: (o: OwnerRecordFragment) => ({ ...o, units: o.ownerships.map((s) => (s.unit ? `${s.unit.building}${s.unit.unitNo}${s.unit.room}` : '')).join('、') }),
  sort: { fields: { id: 'ID', name: 'NAME' }, default: 'NAME' },
});

const OwnerRoll = graphql(`
  query OwnerRoll($estateId: ID!) { ownerRoll(estateId: $estateId) { estateId units headcount totalArea developerHeldUnits undesignatedUnits } }
`);

const RollUnits = graphql(`
  query RollUnits($options: UnitListOptions) {
    units(options: $options) {
      totalItems
      items { id version building unitNo room area areaSource developerHeld ownerships { designatedVoter owner { id name kind } } }
    }
  }
`);

const RemoveUnit = graphql(`
  mutation RemoveUnit($id: ID!, $version: Int!, $input: UnitRemovalInput!) { removeUnit(id: $id, version: $version, input: $input) }
`);

export const ownerCalls = {
  /** an estate's roll as the SPC interpretation counts it: headcount and area */
  async getOwnerRoll(estateId: string) {
    return { data: (await call(OwnerRoll, { estateId })).ownerRoll };
  },
  /** one page of an estate's units in address order, with their owners */
  async getRollUnits(estateId: string, page: number, perPage: number) {
    const options = { skip: page * perPage, take: perPage, sort: { field: 'BUILDING' as const }, filter: { estateId } };
    return { data: (await call(RollUnits, { options })).units };
  },
  /** takes a unit recorded by mistake off the live roll (docs/roles-and-workflows.md#unit-removal) */
  async removeUnit(id: string, version: number, reason: string) {
    return { data: (await call(RemoveUnit, { id, version, input: { reason } })).removeUnit };
  },
};
