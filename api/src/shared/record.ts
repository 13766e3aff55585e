import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** Columns every table has: an identity, and timestamps the database keeps (millisecond precision for cursors). */
@ObjectType()
export abstract class RecordBase {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false })
  @Field()
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false})
  @Field()
  updatedAt: Date;
}

/** A record edited under optimistic locking: every change names the version it was made against. */
@ObjectType()
export abstract class VersionedRecord extends RecordBase {
  @Column({ default: 1 })
  @Field(() => Int, { description: 'Pass back with every change; a stale one is refused with CONFLICT.' })
  version: number;
}

/** bigint identity columns as JS numbers (exact up to 2^53 rows; pg hands bigint over as a string). */
export const BIGINT_AS_NUMBER = { from: (v: string | null) => (v === null ? v : Number(v)), to: (v: number) => v };
