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
}
