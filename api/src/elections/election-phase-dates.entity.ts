import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../shared/scalars';
import { ElectionPhase } from './election-phases';

/** The planned dates of one phase of an election, and when it was actually entered. */
@Entity({ name: 'election_phase' })
@ObjectType()
export class ElectionPhaseDates {
  @PrimaryColumn()
  electionId: number;

  @PrimaryColumn({ type: 'text' })
  @Field(() => ElectionPhase)
  phase: ElectionPhase;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  startsOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  endsOn: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  enteredAt: Date | null;
}
