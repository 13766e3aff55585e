import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { PersonalData } from '../auth/personal-data';
import { FiledRecord } from '../filings/filed-record';
import { LocalDate } from '../shared/scalars';

export enum FirmStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DEREGISTERED = 'DEREGISTERED',
}
registerEnumType(FirmStatus, { name: 'FirmStatus', description: '经营状态' });

/** 物业服务企业 and its filing. */
@Entity()
@ObjectType()
export class Firm extends FiledRecord {
  @Column()
  @Field()
  name: string;

  @Column({ type: 'char', length: 18 })
  @Field({ description: 'Unified social credit code (GB 32100-2015), 18 characters' })
  creditCode: string;

  @Column()
  @Field()
  legalRepresentative: string;

  @Column()
  @Field()
  registeredAddress: string;

  @Column()
  @Field()
  contactPerson: string;

  @Column()
  @Field()
  @PersonalData('phone')
  contactPhone: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  establishedOn: string | null;

  @Column()
  @Field(() => ID)
  districtId: number;

  @Column({ type: 'text', default: FirmStatus.ACTIVE })
  @Field(() => FirmStatus)
  status: FirmStatus;
}
