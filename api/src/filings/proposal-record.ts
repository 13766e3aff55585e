import { Field, ID, registerEnumType } from 'type-graphql';
import { Column } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { VersionedRecord } from '../shared/record';
import { ProposalAction, ProposalStatus } from './proposals';

registerEnumType(ProposalStatus, { name: 'ProposalStatus', description: '待复核 / 已确认 / 已驳回 / 已撤回' });
registerEnumType(ProposalAction, { name: 'ProposalAction' });

/**
 * The columns every proposal has (docs/roles-and-workflows.md#money-proposals): who proposed it and when
 * (`createdAt`), and the decision, written once; decidedAt is the database's (migrations/1764805500000-controls-loosened-by-a-checker.ts).
 */
@ObjectType()
export abstract class ProposalRecord extends VersionedRecord {
  @Column({ type: 'text', insert: false })
  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Column()
  @Field(() => ID)
  proposedById: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the officer who confirmed or refused it, or the proposer who withdrew it' })
  decidedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true, insert: false })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decisionNote: string | null;
}
