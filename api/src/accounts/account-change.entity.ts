import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ProposalRecord } from '../filings/proposal-record';
import { Role } from '../request/principal';

/**
 * An admin's change that would let someone act under an account, waiting for another admin
 * (docs/roles-and-workflows.md#account-dual-control; migrations/1764806600000-accounts-under-two-admins.ts).
 * Null columns change nothing; the password hash never leaves the server.
 */
@Entity()
@ObjectType()
export class AccountChangeProposal extends ProposalRecord {
  @Column()
  @Field(() => ID)
  userId: number;

  @Column({ default: false })
  @Field({ description: 'the account is new: confirming lets it sign in' })
  creates: boolean;

  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => Role, { nullable: true, description: 'the role proposed, or null to keep it' })
  role: Role | null;

  @Column({ type: 'int', array: true, nullable: true })
  subdistrictIds: number[] | null;

  @Column({ default: false })
  @Field({ description: 'a deactivated account made active again' })
  activates: boolean;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why the proposer asks for it' })
  reason: string | null;
}
