import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ProposalRecord } from '../filings/proposal-record';
import { Role } from '../request/principal';

/**
 * An admin's change that would let someone act under an account, waiting for another admin
 * (docs/roles-and-workflows.md#account-dual-control; migrations/1764806600000-accounts-under-two-admins.ts).
 * Null columns change nothing; the password's half and hash never leave the server but in the one answer that made the half.
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

  /** a password an admin typed, before round 11 (decided proposals only: migrations/1764807000000) */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** the hash of the one-time password's first half, shown once to the proposer and kept only so (the second is made at confirmation, never kept) */
  @Column({ type: 'text', nullable: true })
  passwordFirstHalfHash: string | null;

  /** the account's version the proposal was made on: confirmed only on that account as it stands (PROPOSAL_STALE) */
  @Column({ type: 'int', nullable: true })
  userVersion: number | null;

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
