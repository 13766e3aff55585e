import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { Role } from '../request/principal';

/** A person who signs in to the console. The password hash never leaves the server. */
@Entity({ name: 'app_user' })
@ObjectType()
export class User extends VersionedRecord {
  @Column()
  @Field()
  username: string;

  @Column()
  @Field()
  displayName: string;

  @Column({ type: 'text' })
  @Field(() => Role)
  role: Role;

  @Column({ type: 'text', nullable: true, select: true })
  passwordHash: string | null;

  @Column()
  @Field()
  active: boolean;

  // an admin-set password is a one-time credential: the person must choose their own before anything else (attacker round 9 F5)
  @Column({ name: 'password_must_change', default: false })
  @Field({ description: 'The password was set by an admin: until the person changes it, only changeOwnPassword, me and logout are answered.' })
  mustChangePassword: boolean;
}
