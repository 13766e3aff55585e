import { Field, ID } from 'type-graphql';
import { ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import type { ChecklistItem } from './checklist';

/** A checklist being prepared; publishing it makes the next ChecklistVersion, after which it is not edited. */
@Entity()
@ObjectType()
export class ChecklistDraft extends VersionedRecord {
  @Column()
  @Field()
  title: string;

  @Column()
  @Field({ description: 'where the wording comes from, e.g. the authority’s notice' })
  source: string;

  @Column({ type: 'jsonb' })
  items: ChecklistItem[];

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  createdById: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the version it became when published (then it is no longer edited)' })
  publishedVersionId: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who last wrote its content (its creator until edited): another admin publishes it' })
  lastEditedById: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who published it' })
  publishedById: number | null;
}
