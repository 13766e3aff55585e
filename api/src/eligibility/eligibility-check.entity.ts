import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../shared/scalars';
import { CHECK_KINDS, REVIEWING_BODIES } from './checklist';
import type { CheckKind, ReviewingBody } from './checklist';

/** The bodies that answer checks (联审), as a GraphQL enum the console translates. */
export const ReviewingBodyCode = Object.fromEntries(REVIEWING_BODIES.map((b) => [b, b])) as { [K in ReviewingBody]: K };
registerEnumType(ReviewingBodyCode, { name: 'ReviewingBody' });

export const CheckKindCode = Object.fromEntries(CHECK_KINDS.map((k) => [k, k])) as { [K in CheckKind]: K };
registerEnumType(CheckKindCode, { name: 'CheckKind', description: 'MUST (必备) / DISQUALIFYING (不能) / UNSUITABLE (不宜)' });

export enum CheckResult {
  PASS = 'PASS',
  FAIL = 'FAIL',
  PENDING = 'PENDING',
}
registerEnumType(CheckResult, { name: 'CheckResult' });

/** One item of a candidate's review: result, who reviewed it, when, and the evidence. */
@Entity()
@ObjectType()
export class EligibilityCheck {
  @PrimaryColumn()
  @Field(() => ID)
  candidateId: number;

  @PrimaryColumn()
  @Field()
  itemKey: string;

  @Column({ type: 'text' })
  @Field(() => CheckResult)
  result: CheckResult;

  @Column({ type: 'text', nullable: true })
  @Field(() => ReviewingBodyCode, { nullable: true })
  reviewingBody: ReviewingBody | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  reviewer: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  checkedOn: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  evidenceNote: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why an unsuitable (不宜) finding does not bar the candidate' })
  overrideReason: string | null;

  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false })
  @Field()
  updatedAt: Date;
}
