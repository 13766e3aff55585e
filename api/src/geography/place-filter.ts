import { Field, ID, InputType } from 'type-graphql';
import { SelectQueryBuilder } from 'typeorm';
import type { ListFilters } from '../shared/list-filters';

/** Estates of some subdistricts (街道/乡镇), as a subquery on an integer-array parameter. */
const estatesOfSubdistricts = (param: string) => `SELECT e.id FROM estate e JOIN community c ON c.id = e.community_id WHERE c.subdistrict_id = ANY(:${param})`;
const estatesOfDistrict = (param: string) => `SELECT e.id FROM estate e JOIN community c ON c.id = e.community_id
  JOIN subdistrict s ON s.id = c.subdistrict_id WHERE s.district_id = :${param}`;

/** The filter group of records placed on an estate: `estateColumn` (e.g. 'p.estateId') in a subdistrict and/or a district. */
export function estatePlaceFilters(estateColumn: string): Pick<ListFilters<PlaceFilter>, 'subdistrictId' | 'districtId'> {
  return {
    subdistrictId: { op: 'sqlId', readsCaller: false, where: (id, param) => ({ sql: `${estateColumn} IN (${estatesOfSubdistricts(param)})`, params: { [param]: [id] } }) },
    districtId: { op: 'sqlId', readsCaller: false, where: (_id, param) => `${estateColumn} IN (${estatesOfDistrict(param)})` },
  };
}

/** Narrows to estates of any of `subdistrictIds` (an officer's jurisdiction); its own parameter name. */
export function whereEstateInSubdistricts(qb: SelectQueryBuilder<any>, estateColumn: string, subdistrictIds: number[]): void {
  qb.andWhere(`${estateColumn} IN (${estatesOfSubdistricts('jurisdictionIds')})`, { jurisdictionIds: subdistrictIds });
}

/** The filter fields of everything placed in the geography: ids, subdistrict, district, and changes for sync. */
@InputType()
export class PlaceFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: '街道 / 乡镇' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: '区县' })
  districtId?: string;

  @Field({ nullable: true, description: 'changed after this instant (for sync)' })
  updatedAfter?: Date;
}

/** PlaceFilter for records of one estate (projects, elections, committees, their filings). */
@InputType()
export class EstateRecordFilter extends PlaceFilter {
  @Field(() => ID, { nullable: true })
  estateId?: string;
}
