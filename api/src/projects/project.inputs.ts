import { IsInt, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { FilingStatus } from '../filings/filing';
import { ListOptionsType, ListType } from '../shared/list';
import { Decimal, LocalDate } from '../shared/scalars';
import { DecimalPlaces, DecimalRange, IsOnOrAfter, IsPhone, TextLength } from '../shared/validators';
import { BillingModel, Project, SelectionMethod } from './project.entity';
import { EstateRecordFilter } from '../geography/place-filter';

/** The editable fields of a project filing: the whole of them on create and on update. */
@InputType()
export class ProjectInput {
  @Field()
  @TextLength(2, 100)
  name: string;

  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  firmId: string;

  @Field()
  @TextLength(1, 40)
  projectManager: string;

  @Field()
  @IsPhone()
  managerPhone: string;

  @Field(() => LocalDate)
  contractStart: string;

  @Field(() => LocalDate)
  @IsOnOrAfter('contractStart')
  contractEnd: string;

  @Field(() => SelectionMethod)
  selectionMethod: SelectionMethod;

  @Field(() => BillingModel)
  billingModel: BillingModel;

  @Field(() => Decimal, { description: '元/m²/月, at most two decimals' })
  @DecimalRange(0, 99.99)
  @DecimalPlaces(2)
  residentialFee: string;

  @Field(() => Decimal, { nullable: true, description: '元/m²/月, at most two decimals' })
  @DecimalRange(0, 99.99)
  @DecimalPlaces(2)
  commercialFee?: string | null;

  @Field(() => Decimal, { nullable: true, description: '元/space/月, at most two decimals' })
  @DecimalRange(0, 9999.99)
  @DecimalPlaces(2)
  parkingFee?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100000)
  households: number;

  @Field(() => Decimal, { description: 'm², at most two decimals' })
  @DecimalRange(0, 99999999.99)
  @DecimalPlaces(2)
  managedArea: string;
}

@InputType()
export class ProjectFilter extends EstateRecordFilter {
  @Field({ nullable: true, description: 'part of the name' })
  name?: string;

  @Field(() => ID, { nullable: true })
  firmId?: string;

  @Field(() => FilingStatus, { nullable: true })
  filingStatus?: FilingStatus;

  @Field(() => SelectionMethod, { nullable: true })
  selectionMethod?: SelectionMethod;

  @Field(() => LocalDate, { nullable: true, description: 'contracts in force on this day' })
  activeOn?: string;

  @Field({ nullable: true, description: 'true: only the filings the caller created; false: only those of others' })
  mine?: boolean;

  @Field({ nullable: true, description: 'true: only the filings the caller submitted (which they may not decide); false: only those they did not' })
  submittedByMe?: boolean;
}

export enum ProjectSortField {
  ID = 'id',
  NAME = 'name',
  CONTRACT_START = 'contractStart',
  CONTRACT_END = 'contractEnd',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  /** the waiting queue: submitted filings oldest first; never-submitted ones come last */
  SUBMITTED_AT = 'submittedAt',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

export const ProjectListOptions = ListOptionsType<ProjectFilter, `${ProjectSortField}`>('Project', ProjectFilter, ProjectSortField);
export type ProjectListOptions = InstanceType<typeof ProjectListOptions>;
export const ProjectList = ListType('Project', Project);
