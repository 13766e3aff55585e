import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDate } from '../shared/scalars';
import { VersionedRecord } from '../shared/record';

export enum DemonstrationLevel {
  CITY = 'CITY',
  PROVINCIAL = 'PROVINCIAL',
}
registerEnumType(DemonstrationLevel, { name: 'DemonstrationLevel', description: '红色物业示范小区: 市级 / 省级' });

/**
 * A designation of an estate as a demonstration estate (docs/domain-rules.md#demonstration-estates). Withdrawn,
 * it stays as history with the day, the reason and the document; the estate may be designated again.
 */
@Entity()
@ObjectType()
export class DemonstrationDesignation extends VersionedRecord {
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

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true, description: 'the day it was withdrawn; null while it stands' })
  withdrawnOn: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the withdrawing document, when there is one' })
  withdrawalDocument: string | null;

  @Column({ type: 'integer', nullable: true })
  createdById: number | null;
}
