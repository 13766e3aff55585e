import { IsOptional, Matches, Max, Min } from 'class-validator';
import { TextLength } from '../shared/validators';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { PartyOrganisation, PartyOrganisationKind } from './party-organisation.entity';

@InputType()
export class PartyOrganisationInput {
  @Field({ description: 'e.g. 东郡红树湾小区红色物业功能型党支部' })
  @TextLength(2, 100)
  name: string;

  @Field(() => PartyOrganisationKind)
  kind: PartyOrganisationKind;

  @Field(() => ID, { nullable: true, description: 'the firm it is formed in (or give estateId)' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  firmId?: string | null;

  @Field(() => ID, { nullable: true, description: 'the estate it is formed in (or give firmId)' })
  @IsOptional()
  @Matches(/^[0-9]+$/)
  estateId?: string | null;

  @Field(() => Int)
  @Min(1)
  @Max(100_000)
  memberCount: number;

  @Field(() => LocalDate)
  establishedOn: string;
}

@InputType()
export class PartyOrganisationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => PartyOrganisationKind, { nullable: true })
  kind?: PartyOrganisationKind;

  @Field(() => ID, { nullable: true })
  firmId?: string;

  @Field(() => ID, { nullable: true })
  estateId?: string;

  @Field({ nullable: true, description: 'part of the name' })
  q?: string;
}

export enum PartyOrganisationSortField {
  ID = 'id',
  NAME = 'name',
  MEMBER_COUNT = 'memberCount',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(PartyOrganisationSortField, { name: 'PartyOrganisationSortField' });
export const PartyOrganisationListOptions = ListOptionsType<PartyOrganisationFilter, `${PartyOrganisationSortField}`>('PartyOrganisation', PartyOrganisationFilter, PartyOrganisationSortField);
export type PartyOrganisationListOptions = InstanceType<typeof PartyOrganisationListOptions>;
export const PartyOrganisationList = ListType('PartyOrganisation', PartyOrganisation);
