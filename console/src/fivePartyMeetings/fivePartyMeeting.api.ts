import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type {
  FivePartyMeetingInput,
  FivePartyMeetingRecordFragment,
  FivePartyMeetingUpdateInput,
  MeetingFollowUpInput,
  MeetingIssueInput,
  MeetingParticipantInput,
  MeetingParty,
} from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { type FormValues, optionalText, requiredId, text } from '../shared/inputs';

/** The five parties in the minutes' order (api/src/five-party-meetings/five-party-rules.ts). */
export const MEETING_PARTIES: MeetingParty[] = ['COMMUNITY_PARTY', 'PROPERTY_FIRM', 'OWNERS_COMMITTEE', 'SOCIAL_ORGANISATION', 'CONGRESS_SUPERVISOR'];

/** A correction of the minutes as its issue or follow-up shows it: what changed, from what to what, by whom, when, why. */
export const MeetingCorrectionShown = graphql(`fragment MeetingCorrectionShown on FivePartyCorrection { id before after reason correctedAt correctedBy }`);

export const FivePartyMeetingRecord = graphql(`
  fragment FivePartyMeetingRecord on FivePartyMeeting {
    id version estateId heldOn summary overdue overdueFollowUps issuesRaised issuesResolved absentParties updatedAt editsAreCorrections
    estate { ...EstatePlace }
    participants { party name role }
    issues { id version description raisedBy status resolutionNote resolvedOn }
    followUps { id version task ownerParty ownerName dueOn firstDueOn dueOnFixedBy doneOn doneNote overdue }
  }
`);
/**
 * A meeting as its page shows it: the record and each issue's and follow-up's corrections; also what a create or an edit
 * answers, which react-admin keeps as the page's record. Not in the list: two nested lists per row would multiply the
 * list's estimated cost tenfold (api/src/graphql/query-limits.ts).
 */
export const FivePartyMeetingShown = graphql(`
  fragment FivePartyMeetingShown on FivePartyMeeting {
    ...FivePartyMeetingRecord
    issues { id corrections { ...MeetingCorrectionShown } }
    followUps { id corrections { ...MeetingCorrectionShown } }
  }
`);

type Form = FormValues<FivePartyMeetingRecordFragment> & {
  addIssues?: Array<Partial<MeetingIssueInput>>;
  addFollowUps?: Array<Partial<MeetingFollowUpInput>>;
  reason?: string | null;
};

const participants = (rows: Form['participants']): MeetingParticipantInput[] =>
  (rows ?? []).map((p) => ({ party: p.party, name: text(p.name), role: optionalText(p.role) }));
const issues = (rows: Array<Partial<MeetingIssueInput>> | undefined): MeetingIssueInput[] =>
  (rows ?? []).map((i) => ({ description: text(i.description), raisedBy: i.raisedBy ?? 'OWNERS_COMMITTEE' }));
const followUps = (rows: Array<Partial<MeetingFollowUpInput>> | undefined): MeetingFollowUpInput[] =>
  (rows ?? []).map((f) => ({ task: text(f.task), ownerParty: f.ownerParty ?? 'PROPERTY_FIRM', ownerName: text(f.ownerName), dueOn: text(f.dueOn) }));

const createInput = (d: Form): FivePartyMeetingInput => ({
  estateId: requiredId(d.estateId),
  heldOn: text(d.heldOn),
  summary: text(d.summary),
  participants: participants(d.participants),
  issues: issues(d.issues as Array<Partial<MeetingIssueInput>> | undefined),
  followUps: followUps(d.followUps as Array<Partial<MeetingFollowUpInput>> | undefined),
});

/**
 * An edit replaces the attendance and adds what the record missed; recorded issues and follow-ups move on their own.
 * After the day the meeting was recorded it is a correction and names its reason (editsAreCorrections).
 */
const updateInput = (d: Form): FivePartyMeetingUpdateInput => ({
  heldOn: text(d.heldOn),
  summary: text(d.summary),
  participants: participants(d.participants),
  addIssues: issues(d.addIssues),
  addFollowUps: followUps(d.addFollowUps),
  reason: optionalText(d.reason),
});

export const fivePartyMeetings = defineResource('fivePartyMeetings', {
  list: graphql(`
    query FivePartyMeetingList($options: FivePartyMeetingListOptions) {
      list: fivePartyMeetings(options: $options) { totalItems nextCursor items { ...FivePartyMeetingRecord } }
    }
  `),
  one: graphql(`query FivePartyMeeting($id: ID!) { record: fivePartyMeeting(id: $id) { ...FivePartyMeetingShown } }`),
  create: {
    document: graphql(`mutation CreateFivePartyMeetingRecord($input: FivePartyMeetingInput!) { record: createFivePartyMeeting(input: $input) { ...FivePartyMeetingShown } }`),
    input: createInput,
  },
  update: {
    document: graphql(`
      mutation UpdateFivePartyMeetingRecord($id: ID!, $version: Int!, $input: FivePartyMeetingUpdateInput!) {
        record: updateFivePartyMeeting(id: $id, version: $version, input: $input) { ...FivePartyMeetingShown }
      }
    `),
    input: updateInput,
  },
  normalise: (meeting) => ({ ...withEstatePlace(meeting), addIssues: [], addFollowUps: [] }),
  sort: { fields: { id: 'ID', heldOn: 'HELD_ON', updatedAt: 'UPDATED_AT' }, default: 'HELD_ON' },
});

const ResolveIssue = graphql(`
  mutation ResolveMeetingIssueOf($id: ID!, $version: Int!, $input: ResolveMeetingIssueInput!) {
    resolveMeetingIssue(id: $id, version: $version, input: $input) { id version status resolvedOn resolutionNote }
  }
`);
const CompleteFollowUp = graphql(`
  mutation CompleteMeetingFollowUpOf($id: ID!, $version: Int!, $input: CompleteMeetingFollowUpInput!) {
    completeMeetingFollowUp(id: $id, version: $version, input: $input) { id version doneOn overdue }
  }
`);
const CorrectIssue = graphql(`
  mutation CorrectMeetingIssueOf($id: ID!, $version: Int!, $input: CorrectMeetingIssueInput!) {
    correctMeetingIssue(id: $id, version: $version, input: $input) { id version description raisedBy corrections { ...MeetingCorrectionShown } }
  }
`);
const CorrectFollowUp = graphql(`
  mutation CorrectMeetingFollowUpOf($id: ID!, $version: Int!, $input: CorrectMeetingFollowUpInput!) {
    correctMeetingFollowUp(id: $id, version: $version, input: $input) { id version task ownerParty ownerName dueOn overdue corrections { ...MeetingCorrectionShown } }
  }
`);

/** An issue as the minutes should have recorded it, and why (the audit log keeps the reason). */
export type IssueCorrection = { description: string; raisedBy: MeetingParty; reason: string };
/** A follow-up as the minutes should have recorded it, and why; its due day moves only while not passed nor done. */
export type FollowUpCorrection = { task: string; ownerParty: MeetingParty; ownerName: string; dueOn: string; reason: string };

/** A meeting's own calls beyond react-admin's: resolving, completing and correcting its issues and follow-ups (each at its version). */
export const fivePartyMeetingCalls = {
  async resolveMeetingIssue({ id, version, resolvedOn, resolutionNote }: { id: string; version: number; resolvedOn: string; resolutionNote: string }) {
    const input = { resolvedOn, resolutionNote: resolutionNote.trim() };
    return { data: (await call(ResolveIssue, { id, version, input }, input)).resolveMeetingIssue };
  },
  async completeMeetingFollowUp({ id, version, doneOn, note }: { id: string; version: number; doneOn: string; note?: string | null }) {
    const input = { doneOn, note: note?.trim() || null };
    return { data: (await call(CompleteFollowUp, { id, version, input }, input)).completeMeetingFollowUp };
  },
  async correctMeetingIssue({ id, version, ...correction }: { id: string; version: number } & IssueCorrection) {
    const input = { description: text(correction.description), raisedBy: correction.raisedBy, reason: text(correction.reason) };
    return { data: (await call(CorrectIssue, { id, version, input }, input)).correctMeetingIssue };
  },
  async correctMeetingFollowUp({ id, version, ...correction }: { id: string; version: number } & FollowUpCorrection) {
    const input = { task: text(correction.task), ownerParty: correction.ownerParty, ownerName: text(correction.ownerName), dueOn: correction.dueOn, reason: text(correction.reason) };
    return { data: (await call(CorrectFollowUp, { id, version, input }, input)).correctMeetingFollowUp };
  },
};
