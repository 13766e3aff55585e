import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';

/** 社区: oversees its estates' committees ("业账社管"). */
@Entity()
@ObjectType()
export class Community extends RecordBase {
  @Column()
  @Field(() => ID)
  subdistrictId: number;

  @Column()
  @Field()
  name: string;
}
