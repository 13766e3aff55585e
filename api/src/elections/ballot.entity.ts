import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BIGINT_AS_NUMBER } from '../shared/record';

export enum VotingMethod {
  PAPER = 'PAPER',
  ON_SITE = 'ON_SITE',
  ONLINE = 'ONLINE',
  DOOR_TO_DOOR = 'DOOR_TO_DOOR',
}
registerEnumType(VotingMethod, { name: 'VotingMethod', description: '书面 / 现场 / 网络 / 上门' });

/** One voting person's ballot (docs/domain-rules.md#voting-persons); a unique key makes a second one impossible. */
@Entity()
@ObjectType()
export class Ballot {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  @Field(() => ID)
  id: number;

  @Column()
  @Field(() => ID)
  electionId: number;

  @Column()
  @Field({ description: 'owner:<id> for an owner (all their units), developer for all developer-held units' })
  voterKey: string;

  @Column({ type: 'text' })
  @Field(() => VotingMethod)
  method: VotingMethod;

  @Column({ type: 'int', array: true })
  @Field(() => [ID], { description: 'the candidates approved, at most the number of seats' })
  choices: number[];

  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false })
  @Field()
  recordedAt: Date;
}
