import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { Community } from './community.entity';
import { District } from './district.entity';
import { Subdistrict } from './subdistrict.entity';

@InputType()
export class DistrictFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true, description: 'GB/T 2260 code' })
  code?: string;
}

@InputType()
export class SubdistrictFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  districtId?: string;
}

@InputType()
export class CommunityFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true })
  districtId?: string;
}

/** Places sort by name (in pinyin order: the columns' zh_pinyin collation) or by id. */
export enum PlaceSortField {
  ID = 'id',
  NAME = 'name',
}
registerEnumType(PlaceSortField, { name: 'PlaceSortField' });

/** Districts also sort by their GB/T 2260 code: the administrative order (the city's own district first). */
export enum DistrictSortField {
  ID = 'id',
  NAME = 'name',
  CODE = 'code',
}
registerEnumType(DistrictSortField, { name: 'DistrictSortField' });

export const DistrictListOptions = ListOptionsType<DistrictFilter, `${DistrictSortField}`>('District', DistrictFilter, DistrictSortField);
export type DistrictListOptions = InstanceType<typeof DistrictListOptions>;
export const DistrictList = ListType('District', District);

export const SubdistrictListOptions = ListOptionsType<SubdistrictFilter, `${PlaceSortField}`>('Subdistrict', SubdistrictFilter, PlaceSortField);
export type SubdistrictListOptions = InstanceType<typeof SubdistrictListOptions>;
export const SubdistrictList = ListType('Subdistrict', Subdistrict);

export const CommunityListOptions = ListOptionsType<CommunityFilter, `${PlaceSortField}`>('Community', CommunityFilter, PlaceSortField);
export type CommunityListOptions = InstanceType<typeof CommunityListOptions>;
export const CommunityList = ListType('Community', Community);
