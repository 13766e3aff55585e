import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { PersonalData } from '../auth/personal-data';
import { FiledRecord } from '../filings/filed-record';
import { Decimal, LocalDate } from '../shared/scalars';

export enum SelectionMethod {
  TENDER = 'TENDER',
  AGREEMENT = 'AGREEMENT',
  OWNERS_ASSEMBLY = 'OWNERS_ASSEMBLY',
}
registerEnumType(SelectionMethod, { name: 'SelectionMethod', description: '选聘方式: 招投标 / 协议 / 业主大会' });

export enum BillingModel {
  LUMP_SUM = 'LUMP_SUM',
  COMMISSION = 'COMMISSION',
}
registerEnumType(BillingModel, { name: 'BillingModel', description: '计费方式: 包干制 / 酬金制' });

/** 物业项目: one firm serving one estate under a contract, and its filing. */
@Entity()
@ObjectType()
export class Project extends FiledRecord {
  @Column()
  @Field()
  name: string;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field(() => ID)
  firmId: number;

  @Column()
  @Field()
  projectManager: string;

  @Column()
  @Field()
  @PersonalData('phone')
  managerPhone: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  contractStart: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  contractEnd: string;

  @Column({ type: 'text' })
  @Field(() => SelectionMethod)
  selectionMethod: SelectionMethod;

  @Column({ type: 'text' })
  @Field(() => BillingModel)
  billingModel: BillingModel;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: '元/m²/月, residential' })
  residentialFee: string;

  @Column({ type: 'numeric', nullable: true })
  @Field(() => Decimal, { nullable: true, description: '元/m²/月, commercial' })
  commercialFee: string | null;

  @Column({ type: 'numeric', nullable: true })
  @Field(() => Decimal, { nullable: true, description: '元/space/月, parking' })
  parkingFee: string | null;

  @Column()
  @Field(() => Int)
  households: number;

  @Column({ type: 'numeric' })
  @Field(() => Decimal, { description: 'm² under management' })
  managedArea: string;
}
