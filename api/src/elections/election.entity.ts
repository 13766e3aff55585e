import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { LocalDate } from '../shared/scalars';
import { ElectionCancelReason, ElectionKind, ElectionPhase } from './election-phases';

registerEnumType(ElectionPhase, { name: 'ElectionPhase' });
registerEnumType(ElectionKind, { name: 'ElectionKind', description: '首次选举 / 换届选举 / 补选' });

/** 业委会选举 in one estate, moved phase by phase through the transitions table in election-phases.ts. */
@Entity()
@ObjectType()
export class Election extends VersionedRecord {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'text' })
  @Field(() => ElectionKind)
  kind: ElectionKind;

  @Column()
  @Field()
  title: string;

  @Column()
  @Field(() => Int)
  seats: number;

  @Column({ type: 'text' })
  @Field(() => ElectionPhase)
  phase: ElectionPhase;

  @Column()
  @Field({ description: 'count non-voters with the majority (contested local practice; off by default)' })
  deemedVotes: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'the day the owners are planned to vote' })
  plannedVotingOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'the day the owners voted, as the officer recorded it when closing the vote; the 30-day filing counts from it' })
  votedOn: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the committee created when the result was certified' })
  committeeId: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => ElectionCancelReason, { nullable: true, description: 'why the election was cancelled: set by CANCEL, then kept' })
  cancelReason: ElectionCancelReason | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the officer’s note on the cancellation (required for OTHER)' })
  cancelNote: string | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}
