import { Field, ID, InputType } from 'type-graphql';
import { SelectQueryBuilder } from 'typeorm';
import { toId } from '../shared/ids';

/** Estates of some subdistricts (街道/乡镇), as a subquery on the `:subdistrictIds` parameter. */
const ESTATES_OF_SUBDISTRICTS = `SELECT e.id FROM estate e JOIN community c ON c.id = e.community_id WHERE c.subdistrict_id = ANY(:subdistrictIds)`;
const ESTATES_OF_DISTRICT = `SELECT e.id FROM estate e JOIN community c ON c.id = e.community_id
  JOIN subdistrict s ON s.id = c.subdistrict_id WHERE s.district_id = :districtId`;

/** Narrows rows whose `estateColumn` (e.g. 'p.estateId') lies in the given subdistrict and/or district. */
export function whereEstateIn(
  qb: SelectQueryBuilder<any>,
  estateColumn: string,
  place: { subdistrictId?: string | null; districtId?: string | null },
): void {
  if (place.subdistrictId) {
    qb.andWhere(`${estateColumn} IN (${ESTATES_OF_SUBDISTRICTS})`, { subdistrictIds: [toId(place.subdistrictId, 'filter.subdistrictId')] });
  }
  if (place.districtId) {
    qb.andWhere(`${estateColumn} IN (${ESTATES_OF_DISTRICT})`, { districtId: toId(place.districtId, 'filter.districtId') });
  }
}

/** Narrows to estates of any of `subdistrictIds` (an officer's jurisdiction); its own parameter name. */
export function whereEstateInSubdistricts(qb: SelectQueryBuilder<any>, estateColumn: string, subdistrictIds: number[]): void {
  qb.andWhere(`${estateColumn} IN (${ESTATES_OF_SUBDISTRICTS.replace(':subdistrictIds', ':jurisdictionIds')})`, { jurisdictionIds: subdistrictIds });
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
