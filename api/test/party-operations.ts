/** The operations of the five-party meeting tests, typed by `npm run codegen`. */
import { graphql } from './generated';

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on FivePartyMeeting {
    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt
    estate { name }
    participants { party name role }
    issues { id version description raisedBy status resolutionNote resolvedOn }
    followUps { id version task ownerParty ownerName dueOn doneOn doneNote overdue }
  }`);

export const CREATE_MEETING = graphql(`mutation CreateFivePartyMeeting($input: FivePartyMeetingInput!) {
  createFivePartyMeeting(input: $input) { ...MeetingFields } }`);
export const UPDATE_MEETING = graphql(`mutation UpdateFivePartyMeeting($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {
  updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...MeetingFields } }`);
export const RESOLVE_ISSUE = graphql(`mutation ResolveMeetingIssue($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {
  resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote } }`);
export const COMPLETE_FOLLOW_UP = graphql(`mutation CompleteMeetingFollowUp($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {
  completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn doneNote overdue } }`);
export const GET_MEETING = graphql(`query GetFivePartyMeeting($id: ID!) { fivePartyMeeting(id: $id) { ...MeetingFields } }`);
export const LIST_MEETINGS = graphql(`query ListFivePartyMeetings($options: FivePartyMeetingListOptions) {
  fivePartyMeetings(options: $options) { totalItems nextCursor items { id estateId heldOn overdue overdueFollowUps } } }`);
