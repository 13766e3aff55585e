import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';

/** Districts, subdistricts and communities: read by everyone, chosen in PlaceInput. */
export const districts = defineResource('districts', {
  list: graphql(`query DistrictList($options: DistrictListOptions) { list: districts(options: $options) { totalItems nextCursor items { id code name } } }`),
  one: graphql(`query District($id: ID!) { record: district(id: $id) { id code name } }`),
  // the administrative order (GB/T 2260 codes) by default
  sort: { fields: { id: 'ID', name: 'NAME', code: 'CODE' }, default: 'CODE' },
});

export const subdistricts = defineResource('subdistricts', {
  list: graphql(`
    query SubdistrictList($options: SubdistrictListOptions) { list: subdistricts(options: $options) { totalItems nextCursor items { id name districtId kind } } }
  `),
  one: graphql(`query Subdistrict($id: ID!) { record: subdistrict(id: $id) { id name districtId kind } }`),
  sort: { fields: { id: 'ID', name: 'NAME' }, default: 'ID' },
});

export const communities = defineResource('communities', {
  list: graphql(`
    query CommunityList($options: CommunityListOptions) { list: communities(options: $options) { totalItems nextCursor items { id name subdistrictId } } }
  `),
  one: graphql(`query Community($id: ID!) { record: community(id: $id) { id name subdistrictId } }`),
  sort: { fields: { id: 'ID', name: 'NAME' }, default: 'ID' },
});
