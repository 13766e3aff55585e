import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';

/** 区县, identified by its GB/T 2260 code (e.g. 330502 吴兴区). */
@Entity()
@ObjectType()
export class District extends RecordBase {
  @Column()
  @Field({ description: 'GB/T 2260 administrative code' })
  code: string;

  @Column()
  @Field()
  name: string;
}
