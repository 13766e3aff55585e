import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column } from 'typeorm';
import { FilingStatus, ReturnReason, RevokeReason } from './filing';
import { VersionedRecord } from '../shared/record';

registerEnumType(FilingStatus, { name: 'FilingStatus', description: '备案状态' });
registerEnumType(ReturnReason, { name: 'ReturnReason', description: '退回原因' });
registerEnumType(RevokeReason, { name: 'RevokeReason', description: '撤销原因' });

/** The filing (备案) columns firms, projects and committee filings share. */
@ObjectType()
export abstract class FiledRecord extends VersionedRecord {
  @Column({ type: 'text', default: FilingStatus.DRAFT })
  @Field(() => FilingStatus)
  filingStatus: FilingStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Issued on approval, e.g. 湖物企备〔2026〕0001号' })
  filingNumber: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  createdById: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  submittedById: number | null;

  /** who edited or submitted the filing since it was last approved: makers, as its creator is (filings/makers.ts) */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  makerIds: number[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  decidedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => ReturnReason, { nullable: true })
  returnReason: ReturnReason | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  returnNote: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => RevokeReason, { nullable: true })
  revokeReason: RevokeReason | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  revokeNote: string | null;
}
