import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { TextLength } from '../shared/validators';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { EstateRecordFilter } from '../geography/place-filter';
import { ListOptionsType, ListType } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { FivePartyMeeting } from './five-party-meeting.entity';
import { MeetingParty } from './five-party-rules';

@InputType()
export class MeetingParticipantInput {
  @Field(() => MeetingParty)
  party: MeetingParty;

  @Field()
  @TextLength(1, 40)
  name: string;

  @Field(() => String, { nullable: true, description: 'e.g. 书记, 项目经理, 主任' })
  @IsOptional()
  @TextLength(1, 60)
  role?: string | null;
}

@InputType()
export class MeetingIssueInput {
  @Field()
  @TextLength(2, 1000)
  description: string;

  @Field(() => MeetingParty)
  raisedBy: MeetingParty;
}

@InputType()
export class MeetingFollowUpInput {
  @Field()
  @TextLength(2, 1000)
  task: string;

  @Field(() => MeetingParty)
  ownerParty: MeetingParty;

  @Field()
  @TextLength(1, 40)
  ownerName: string;

  @Field(() => LocalDate)
  dueOn: string;
}

/** A meeting as recorded after it was held: who came for which party, what was raised, what was agreed. */
@InputType()
export class FivePartyMeetingInput {
  @Field(() => ID)
  @Matches(/^[0-9]+$/)
  estateId: string;

  @Field(() => LocalDate)
  heldOn: string;

  @Field({ description: 'the minutes in brief (会议纪要)' })
  @TextLength(2, 4000)
  summary: string;

  @Field(() => [MeetingParticipantInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  participants: MeetingParticipantInput[];

  @Field(() => [MeetingIssueInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  issues: MeetingIssueInput[];

  @Field(() => [MeetingFollowUpInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  followUps: MeetingFollowUpInput[];
}

/**
 * A correction of a meeting: its day, minutes and attendance replaced; issues and follow-ups only added (the
 * recorded ones move on by resolveMeetingIssue and completeMeetingFollowUp, never rewritten).
 */
@InputType()
export class FivePartyMeetingUpdateInput {
  @Field(() => LocalDate)
  heldOn: string;

  @Field()
  @TextLength(2, 4000)
  summary: string;

  @Field(() => [MeetingParticipantInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  participants: MeetingParticipantInput[];

  @Field(() => [MeetingIssueInput], { defaultValue: [], description: 'issues raised that the record missed' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  addIssues: MeetingIssueInput[];

  @Field(() => [MeetingFollowUpInput], { defaultValue: [], description: 'follow-ups agreed that the record missed' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  addFollowUps: MeetingFollowUpInput[];

  @Field(() => String, { nullable: true, description: 'why the minutes change: required once the day the meeting was recorded (Beijing) has passed, when the edit is kept as a correction' })
  @IsOptional()
  @TextLength(1, 1000)
  reason?: string | null;
}

@InputType()
export class ResolveMeetingIssueInput {
  @Field(() => LocalDate)
  resolvedOn: string;

  @Field({ description: 'how it was resolved' })
  @TextLength(2, 1000)
  resolutionNote: string;
}

@InputType({ description: 'an issue as it should have been recorded, and why it is corrected' })
export class CorrectMeetingIssueInput extends MeetingIssueInput {
  @Field({ description: 'why the record is corrected (kept in the audit log)' })
  @TextLength(2, 500)
  reason: string;
}

@InputType({ description: 'a follow-up as it should have been recorded, and why it is corrected' })
export class CorrectMeetingFollowUpInput extends MeetingFollowUpInput {
  @Field({ description: 'why the record is corrected (kept in the audit log)' })
  @TextLength(2, 500)
  reason: string;
}

@InputType()
export class CompleteMeetingFollowUpInput {
  @Field(() => LocalDate)
  doneOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 1000)
  note?: string | null;
}

@InputType()
export class FivePartyMeetingFilter extends EstateRecordFilter {
  @Field({ nullable: true, description: 'meetings with a follow-up not done after its due day' })
  overdue?: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'held on or after this day' })
  heldFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'held on or before this day' })
  heldTo?: string;

  @Field({ nullable: true, description: 'part of the minutes, an issue, a follow-up or the estate’s name' })
  q?: string;
}

export enum FivePartyMeetingSortField {
  ID = 'id',
  HELD_ON = 'heldOn',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(FivePartyMeetingSortField, { name: 'FivePartyMeetingSortField' });
export const FivePartyMeetingListOptions = ListOptionsType<FivePartyMeetingFilter, `${FivePartyMeetingSortField}`>(
  'FivePartyMeeting',
  FivePartyMeetingFilter,
  FivePartyMeetingSortField,
);
export type FivePartyMeetingListOptions = InstanceType<typeof FivePartyMeetingListOptions>;
export const FivePartyMeetingList = ListType('FivePartyMeeting', FivePartyMeeting);
