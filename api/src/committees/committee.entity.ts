import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { LocalDate } from '../shared/scalars';

/** 业主委员会, one per estate and term (第N届). */
@Entity()
@ObjectType()
export class Committee extends VersionedRecord {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field(() => Int, { description: '第N届' })
  termNumber: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  electedOn: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  termStart: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  termEnd: string;
}
