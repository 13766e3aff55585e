import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { Decimal, LocalDate } from '../shared/scalars';

/** 小区: the place a project serves and a committee represents. */
@Entity()
@ObjectType()
export class Estate extends VersionedRecord {
  @Column()
  @Field(() => ID)
  communityId: number;

  @Column()
  @Field()
  name: string;

  @Column()
  @Field()
  address: string;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: 'm²' })
  totalFloorArea: string;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: 'm²' })
  residentialFloorArea: string;

  @Column()
  @Field(() => Int)
  households: number;

  @Column()
  @Field(() => Int)
  buildings: number;

  @Column()
  @Field(() => Int)
  elevators: number;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  deliveredOn: string | null;
}
