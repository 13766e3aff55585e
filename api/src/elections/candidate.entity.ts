import { JSONResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { LocalDate } from '../shared/scalars';

/** A nominated owner, with the eligibility decision computed from the checks (docs/domain-rules.md#eligibility-decision). */
@Entity()
@ObjectType()
export class Candidate extends VersionedRecord {
  @Column()
  @Field(() => ID)
  electionId: number;

  @Column()
  @Field(() => ID)
  ownerId: number;

  @Column()
  @Field({ description: 'shown for the slate warning (Party members should be at least half); never a block' })
  partyMember: boolean;

  @Column()
  @Field({ description: 'e.g. 社区党组织推荐, 业主联名推荐, 自荐' })
  nominatedBy: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  nominatedOn: string;

  @Column()
  @Field(() => ID)
  checklistVersionId: number;

  @Column({ type: 'text' })
  decision: string;

  @Column({ type: 'jsonb' })
  @Field(() => JSONResolver, { description: 'which checks decided it, and why' })
  decisionExplanation: unknown;

  @Column()
  @Field()
  withdrawn: boolean;
}
