import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';

export enum SubdistrictKind {
  STREET = 'STREET',
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(SubdistrictKind, { name: 'SubdistrictKind', description: '街道 / 镇 / 乡' });

/** 街道 or 乡镇: the level at which election officers are assigned. */
@Entity()
@ObjectType()
export class Subdistrict extends RecordBase {
  @Column()
  @Field(() => ID)
  districtId: number;

  @Column()
  @Field()
  name: string;

  @Column({ type: 'text' })
  @Field(() => SubdistrictKind)
  kind: SubdistrictKind;
}
