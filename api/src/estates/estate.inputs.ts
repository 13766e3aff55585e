import { DemonstrationLevel } from './demonstration.entity';
import { IsInt, Matches, Max, Min, ValidateIf } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { Decimal, LocalDate } from '../shared/scalars';
import { DecimalPlaces, DecimalRange, IsNotFuture, TextLength } from '../shared/validators';
import { Estate } from './estate.entity';
import { PlaceFilter } from '../geography/place-filter';

@InputType()
export class EstateInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  communityId: string;

  @Field()
  @TextLength(2, 60)
  name: string;

  @Field()
  @TextLength(2, 200)
  address: string;

  @Field(() => Decimal, { description: 'm², at most two decimals' })
  @DecimalRange(0, 99999999.99)
  @DecimalPlaces(2)
  totalFloorArea: string;

  @Field(() => Decimal, { description: 'm², at most two decimals' })
  @DecimalRange(0, 99999999.99)
  @DecimalPlaces(2)
  residentialFloorArea: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100000)
  households: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1000)
  buildings: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(5000)
  elevators: number;

  @Field(() => LocalDate, { nullable: true })
  @IsNotFuture()
  deliveredOn?: string | null;
}

@InputType()
export class EstateFilter extends PlaceFilter {
  @Field({ nullable: true, description: 'part of the name or address' })
  q?: string;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => DemonstrationLevel, { nullable: true, description: 'demonstration estates designated at this level (红色物业示范小区)' })
  demonstrationLevel?: DemonstrationLevel;
}

export enum EstateSortField {
  ID = 'id',
  NAME = 'name',
  HOUSEHOLDS = 'households',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(EstateSortField, { name: 'EstateSortField' });

export const EstateListOptions = ListOptionsType<EstateFilter, `${EstateSortField}`>('Estate', EstateFilter, EstateSortField);
export type EstateListOptions = InstanceType<typeof EstateListOptions>;
export const EstateList = ListType('Estate', Estate);

@InputType({ description: 'a designation as a demonstration estate (红色物业示范小区), as the designating document gives it' })
export class DemonstrationDesignationInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => DemonstrationLevel)
  level: DemonstrationLevel;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({ description: 'e.g. 湖建发〔2023〕15号' })
  @TextLength(2, 100)
  documentNumber: string;
}

@InputType()
export class DemonstrationWithdrawalInput {
  @Field(() => LocalDate)
  @IsNotFuture()
  withdrawnOn: string;

  @Field()
  @TextLength(2, 500)
  reason: string;

  @Field(() => String, { nullable: true, description: 'the withdrawing document, when there is one' })
  @TextLength(2, 100)
  @ValidateIf((_o, value) => value !== null && value !== undefined)
  documentNumber?: string | null;
}
