import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { Decimal } from '../shared/scalars';

/** Where a unit's exclusive area comes from, in order of authority (docs/domain-rules.md#unit-area). */
export enum AreaSource {
  REGISTER = 'REGISTER',
  SURVEY = 'SURVEY',
  CONTRACT = 'CONTRACT',
}
registerEnumType(AreaSource, { name: 'AreaSource', description: '不动产登记 / 测绘 / 购房合同' });

/** 房屋 (专有部分): the unit of area and, with its owners, of headcount. */
@Entity()
@ObjectType()
export class Unit extends VersionedRecord {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field({ description: '幢' })
  building: string;

  @Column()
  @Field({ description: '单元' })
  unitNo: string;

  @Column()
  @Field({ description: '室' })
  room: string;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: 'exclusive area, m²' })
  area: string;

  @Column({ type: 'text' })
  @Field(() => AreaSource)
  areaSource: AreaSource;

  @Column()
  @Field({ description: 'unsold, or sold but not handed over: all such units count as one person together' })
  developerHeld: boolean;
}
