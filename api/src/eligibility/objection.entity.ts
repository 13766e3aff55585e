import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';
import { LocalDate } from '../shared/scalars';

/** An objection raised during candidate publicity (公示期异议); it reopens the candidate's review. */
@Entity()
@ObjectType()
export class Objection extends RecordBase {
  @Column()
  @Field(() => ID)
  candidateId: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  filedOn: string;

  @Column()
  @Field()
  filedBy: string;

  @Column()
  @Field()
  reason: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  resolution: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  resolvedOn: string | null;

  @Column({ type: 'int', nullable: true })
  recordedById: number | null;
}
