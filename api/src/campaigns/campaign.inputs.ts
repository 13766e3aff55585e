import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { EstateRecordFilter } from '../geography/place-filter';
import { ListOptionsType, ListType } from '../shared/list';
import { Decimal, LocalDate } from '../shared/scalars';
import { DecimalPlaces, TextLength } from '../shared/validators';
import { Campaign, CampaignReport } from './campaign.entity';
import { CampaignReportStatus, CampaignStatus, MeasureBound, MeasureKind } from './campaign-rules';

@InputType({ description: 'one thing a campaign measures' })
export class CampaignMeasureInput {
  @Field({ description: '2–40 capital letters, digits or _, e.g. FLOOD_BARRIERS' })
  @TextLength(2, 40)
  code: string;

  @Field()
  @TextLength(1, 60)
  labelZh: string;

  @Field()
  @TextLength(1, 100)
  labelEn: string;

  @Field({ description: 'e.g. 块, 根, 平方米, 部, 个' })
  @TextLength(1, 20)
  unit: string;

  @Field(() => MeasureKind)
  kind: MeasureKind;

  @Field(() => MeasureBound, { nullable: true })
  @IsOptional()
  bound?: MeasureBound | null;
}

@InputType()
export class CampaignInput {
  @Field()
  @TextLength(2, 100)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 2000)
  description?: string | null;

  @Field(() => [CampaignMeasureInput], { description: 'replaced as a whole; only while no estate has reported' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  measures: CampaignMeasureInput[];
}

@InputType({ description: 'a quantity of one measure, by its code' })
export class ReportedQuantityInput {
  @Field()
  @TextLength(1, 40)
  measure: string;

  @Field(() => Decimal, { description: 'a count as a whole number, an area with at most 2 decimals, yes/no as 1 or 0' })
  @DecimalPlaces(2)
  quantity: string;
}

@InputType()
export class CampaignReportInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  campaignId: string;

  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => LocalDate, { description: 'the day the work was completed, within the campaign' })
  completedOn: string;

  @Field(() => [ReportedQuantityInput], { description: 'every measure of the campaign once (0 for none)' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  quantities: ReportedQuantityInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 1000)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'the verified report of the estate this one corrects' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  correctsId?: string | null;
}

@InputType({ description: 'a submitted report as its reporter corrects it before verification' })
export class CampaignReportUpdateInput {
  @Field(() => LocalDate)
  completedOn: string;

  @Field(() => [ReportedQuantityInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  quantities: ReportedQuantityInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 1000)
  note?: string | null;
}

@InputType()
export class CampaignFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => CampaignStatus, { nullable: true })
  status?: CampaignStatus;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field({ nullable: true, description: 'part of the name' })
  q?: string;

  @Field({ nullable: true, description: 'changed after this instant (for sync)' })
  updatedAfter?: Date;
}

export enum CampaignSortField {
  ID = 'id',
  NAME = 'name',
  STARTS_ON = 'startsOn',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(CampaignSortField, { name: 'CampaignSortField' });
export const CampaignListOptions = ListOptionsType<CampaignFilter, `${CampaignSortField}`>('Campaign', CampaignFilter, CampaignSortField);
export type CampaignListOptions = InstanceType<typeof CampaignListOptions>;
export const CampaignList = ListType('Campaign', Campaign);

@InputType()
export class CampaignReportFilter extends EstateRecordFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => CampaignReportStatus, { nullable: true })
  status?: CampaignReportStatus;

  @Field({ nullable: true, description: 'true: the reports in force (not corrected by a verified report); false: those corrected' })
  inForce?: boolean;
}

export enum CampaignReportSortField {
  ID = 'id',
  COMPLETED_ON = 'completedOn',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(CampaignReportSortField, { name: 'CampaignReportSortField' });
export const CampaignReportListOptions = ListOptionsType<CampaignReportFilter, `${CampaignReportSortField}`>('CampaignReport', CampaignReportFilter, CampaignReportSortField);
export type CampaignReportListOptions = InstanceType<typeof CampaignReportListOptions>;
export const CampaignReportList = ListType('CampaignReport', CampaignReport);
