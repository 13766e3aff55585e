import { JSONResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BIGINT_AS_NUMBER, VersionedRecord } from '../shared/record';
import { LocalDate } from '../shared/scalars';
import { VotingMethod } from '../elections/ballot.entity';
import { ResolutionPhase } from './resolution-phases';
import { Matter } from '../elections/thresholds';

registerEnumType(Matter, { name: 'Matter', description: 'the nine matters of Civil Code Art. 278' });

export { ResolutionPhase };
registerEnumType(ResolutionPhase, { name: 'ResolutionPhase' });

export enum ResolutionChoice {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(ResolutionChoice, { name: 'ResolutionChoice', description: '同意 / 反对 / 弃权' });

/** A general resolution of the owners' assembly (e.g. a fee change, maintenance-fund use). */
@Entity()
@ObjectType()
export class Resolution extends VersionedRecord {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'text' })
  @Field(() => Matter)
  matter: Matter;

  @Column()
  @Field()
  title: string;

  @Column()
  @Field()
  description: string;

  @Column({ type: 'text' })
  @Field(() => ResolutionPhase)
  phase: ResolutionPhase;

  @Column()
  @Field()
  deemedVotes: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  votingStartsOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  votingEndsOn: string | null;

  @Column({ type: 'jsonb', nullable: true })
  @Field(() => JSONResolver, { nullable: true, description: 'the tally frozen when voting closed' })
  outcome: unknown;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}

@Entity()
@ObjectType()
export class ResolutionBallot {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  @Field(() => ID)
  id: number;

  @Column()
  @Field(() => ID)
  resolutionId: number;

  @Column()
  @Field()
  voterKey: string;

  @Column({ type: 'text' })
  @Field(() => ResolutionChoice)
  choice: ResolutionChoice;

  @Column({ type: 'text' })
  @Field(() => VotingMethod)
  method: VotingMethod;

  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false })
  @Field()
  recordedAt: Date;
}
