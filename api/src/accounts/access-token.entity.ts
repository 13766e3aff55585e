import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Scope } from '../request/principal';

export type TokenKind = 'SESSION' | 'API';

/** A session (after login) or an integrator's API token; only the SHA-256 of the token is stored. */
@Entity()
@ObjectType('ApiToken', { description: 'An integrator API token (the secret itself is shown only once).' })
export class AccessToken {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'text' })
  kind: TokenKind;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column()
  @Field()
  name: string;

  @Column({ type: 'text', array: true })
  @Field(() => [Scope])
  scopes: Scope[];

  @Column({ type: 'timestamptz', precision: 3 })
  @Field()
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: "requests a minute set for this token; null: the server's default (TOKEN_RATE_LIMIT_PER_MINUTE)" })
  rateLimitPerMinute: number | null;

  /** folded in from usage rows older than a day (accounts/token-usage.ts); read through ApiToken.usage */
  @Column({ type: 'timestamptz', precision: 3, nullable: true, insert: false, update: false })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false })
  @Field()
  createdAt: Date;
}
