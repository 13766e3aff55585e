import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { Decimal, LocalDate } from '../shared/scalars';
import { CampaignReportStatus, CampaignStatus, MeasureBound, MeasureKind } from './campaign-rules';

registerEnumType(MeasureKind, { name: 'MeasureKind', description: 'COUNT (whole things), AREA (m², 2 decimals), YES_NO (1 done, 0 not)' });
registerEnumType(MeasureBound, { name: 'MeasureBound', description: 'ESTATE_ELEVATORS: no more than the lifts the estate has' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'OPEN: estates report; CLOSED: no new report' });
registerEnumType(CampaignReportStatus, { name: 'CampaignReportStatus', description: 'SUBMITTED by an officer; VERIFIED by another, then locked' });

/**
 * A special rectification campaign (物业专项整治行动, docs/domain-rules.md#rectification-campaigns), e.g. 点亮小区地图,
 * 电梯维保全覆盖检查, 住宅小区地下车库整治提升: its dates and what it measures, set by the city.
 */
@Entity()
@ObjectType()
export class Campaign extends VersionedRecord {
  @Column()
  @Field()
  name: string;

  @Column()
  @Field(() => Int)
  year: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  startsOn: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  endsOn: string;

  @Column({ type: 'text', default: CampaignStatus.OPEN })
  @Field(() => CampaignStatus)
  status: CampaignStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}

/** One thing a campaign counts (防汛挡板 块, LED灯 根, 修复面积 平方米, 电梯 部, 小区地图 个). */
@Entity()
@ObjectType()
export class CampaignMeasure {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column()
  campaignId: number;

  @Column()
  @Field({ description: 'a constant, e.g. FLOOD_BARRIERS' })
  code: string;

  @Column()
  @Field()
  labelZh: string;

  @Column()
  @Field()
  labelEn: string;

  @Column()
  @Field({ description: 'e.g. 块, 根, 平方米, 部, 个' })
  unit: string;

  @Column({ type: 'text' })
  @Field(() => MeasureKind)
  kind: MeasureKind;

  @Column({ type: 'text', nullable: true })
  @Field(() => MeasureBound, { nullable: true })
  bound: MeasureBound | null;

  @Column()
  position: number;
}

/**
 * What an estate did in a campaign, as an officer of its subdistrict reported it; verified by another officer and
 * then locked: a correction is a new report naming the one it corrects (`correctsId`), verified in its turn.
 */
@Entity()
@ObjectType()
export class CampaignReport extends VersionedRecord {
  @Column()
  @Field(() => ID)
  campaignId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate, { description: 'the day the work was completed' })
  completedOn: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;

  @Column({ type: 'text', default: CampaignReportStatus.SUBMITTED })
  @Field(() => CampaignReportStatus)
  status: CampaignReportStatus;

  @Column()
  reportedById: number;

  @Column({ type: 'int', nullable: true })
  verifiedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the verified report this one corrects' })
  correctsId: number | null;
}

/** One measure's quantity in a report. */
@Entity()
export class CampaignReportQuantity {
  @PrimaryColumn()
  reportId: number;

  @PrimaryColumn()
  measureId: number;

  @Column({ type: 'numeric' })
  quantity: string;
}

@ObjectType({ description: 'one measure of a report, with its quantity' })
export class ReportedQuantity {
  @Field(() => CampaignMeasure)
  measure: CampaignMeasure;

  @Field(() => Decimal)
  quantity: string;
}

@ObjectType({ description: 'a measure summed over the verified reports in force' })
export class MeasureTotal {
  @Field(() => CampaignMeasure)
  measure: CampaignMeasure;

  @Field(() => Decimal)
  total: string;

  @Field(() => Int, { description: 'estates reporting more than 0' })
  estates: number;
}

@ObjectType({ description: 'a campaign’s verified totals, city-wide or of one district (officers: of their subdistricts)' })
export class CampaignTotals {
  @Field(() => ID, { nullable: true, description: 'null: the whole city (for an officer, their subdistricts)' })
  districtId: string | null;

  @Field(() => String, { nullable: true })
  districtName: string | null;

  @Field(() => Int, { description: 'estates with a verified report' })
  estatesCovered: number;

  @Field(() => [MeasureTotal])
  measures: MeasureTotal[];

  @Field(() => Int, { nullable: true, description: 'lifts the estates have, where a measure is bounded by them (the lift check’s coverage)' })
  estateElevators: number | null;
}
