import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Owner ↔ unit; co-owners of a unit name one designated voter (local practice, docs/domain-rules.md#co-owners). */
@Entity()
@ObjectType()
export class Ownership {
  @PrimaryColumn()
  @Field(() => ID)
  unitId: number;

  @PrimaryColumn()
  @Field(() => ID)
  ownerId: number;

  @Column()
  @Field()
  designatedVoter: boolean;
}
