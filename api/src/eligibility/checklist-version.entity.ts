import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';
import type { Checklist } from './checklist';

/** A published eligibility checklist; reviews keep the version they were made with. */
@Entity()
@ObjectType()
export class ChecklistVersion extends RecordBase {
  @Column()
  @Field(() => Int)
  version: number;

  @Column()
  @Field()
  title: string;

  /** the whole Checklist (eligibility/checklist.ts) as published */
  @Column({ type: 'jsonb' })
  checklist: Checklist;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  publishedById: number | null;
}
