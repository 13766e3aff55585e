import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';

export enum DemonstrationLevel {
  CITY = 'CITY',
  PROVINCIAL = 'PROVINCIAL',
}
registerEnumType(DemonstrationLevel, { name: 'DemonstrationLevel', description: '红色物业示范小区: 市级 / 省级' });

/** A designation of an estate as a demonstration estate (docs/domain-rules.md#demonstration-estates). */
@Entity()
@ObjectType()
export class DemonstrationDesignation extends RecordBase {
  @Column()
  estateId: number;

  @Column({ type: 'text' })
  @Field(() => DemonstrationLevel)
  level: DemonstrationLevel;

  @Column()
  @Field(() => Int)
  year: number;

  @Column()
  @Field({ description: 'the designating document, e.g. 湖建发〔2023〕15号' })
  documentNumber: string;
}
