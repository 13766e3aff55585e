import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { TextLength } from '../shared/validators';
import { ListOptionsType, ListType } from '../shared/list';
import { Owner } from './owner.entity';
import { OwnerKind } from './owner-kind';
import { Unit } from './unit.entity';

@InputType()
export class UnitFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field({ nullable: true })
  building?: string;

  @Field({ nullable: true })
  developerHeld?: boolean;
}

@InputType()
export class OwnerFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field({ nullable: true, description: 'part of the name' })
  name?: string;

  @Field(() => OwnerKind, { nullable: true, description: 'persons only (e.g. to nominate a candidate) or organisations only' })
  kind?: OwnerKind;
}

/** Why a unit leaves the live roll: kept in the audit event (docs/roles-and-workflows.md#unit-removal). */
@InputType()
export class UnitRemovalInput {
  @Field({ description: 'e.g. "no such unit in the property register: typed 1102 for 1101"' })
  @TextLength(2, 200)
  reason: string;
}

export enum UnitSortField {
  ID = 'id',
  BUILDING = 'building',
  ROOM = 'room',
}
registerEnumType(UnitSortField, { name: 'UnitSortField' });

export enum OwnerSortField {
  ID = 'id',
  NAME = 'name',
}
registerEnumType(OwnerSortField, { name: 'OwnerSortField' });

export const UnitListOptions = ListOptionsType<UnitFilter, `${UnitSortField}`>('Unit', UnitFilter, UnitSortField);
export type UnitListOptions = InstanceType<typeof UnitListOptions>;
export const UnitList = ListType('Unit', Unit);

export const OwnerListOptions = ListOptionsType<OwnerFilter, `${OwnerSortField}`>('Owner', OwnerFilter, OwnerSortField);
export type OwnerListOptions = InstanceType<typeof OwnerListOptions>;
export const OwnerList = ListType('Owner', Owner);
