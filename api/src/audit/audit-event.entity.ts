import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BIGINT_AS_NUMBER } from '../shared/record';

/** Who did what to which record, before and after; append-only (a trigger refuses UPDATE and DELETE). */
@Entity()
@ObjectType()
export class AuditEvent {
  // rows are inserted by recordAudit, which lets the identity number them
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  @Field(() => ID)
  id: number;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false })
  @Field()
  at: Date;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  actorId: number | null;

  @Column()
  @Field()
  actorName: string;

  @Column()
  @Field({ description: 'e.g. firm.create, firm.approve, session.login' })
  action: string;

  @Column()
  @Field()
  entityType: string;

  @Column()
  @Field(() => ID)
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  @Field(() => JSONObjectResolver, { nullable: true, description: 'personal data masked, secrets left out' })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  @Field(() => JSONObjectResolver, { nullable: true })
  after: Record<string, unknown> | null;

  // the chain's fields are the database trigger's to write (migrations/1764720500000-audit-chain.ts)
  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER, insert: false, update: false })
  @Field(() => ID, { description: 'place in the one audit chain, gap-free' })
  chainSeq: number;

  @Column({ insert: false, update: false })
  @Field({ description: "previous event's hash (64 zeros for the first)" })
  prevHash: string;

  @Column({ insert: false, update: false })
  @Field({ description: 'SHA-256 over prevHash and the canonical content; verifyAuditChain checks it' })
  hash: string;
}

/** A person an audit event names by id, by their display name (staff names are shown wherever their acts are). */
@ObjectType()
export class AuditPerson {
  @Field(() => ID)
  id: number;

  @Field()
  name: string;
}
