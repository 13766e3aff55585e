import { dateInChina, type IsoDate } from '../shared/iso-date';
import { RuleProblem } from '../shared/rule-violation';

/**
 * The five parties of a five-party meeting (五方会谈, docs/domain-rules.md#five-party-meetings), in the order the
 * minutes list them.
 */
export enum MeetingParty {
  /** 社区党组织 */
  COMMUNITY_PARTY = 'COMMUNITY_PARTY',
  /** 物业服务企业 */
  PROPERTY_FIRM = 'PROPERTY_FIRM',
  /** 业主委员会 */
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  /** 社会组织 */
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  /** 人大代表(监督) */
  CONGRESS_SUPERVISOR = 'CONGRESS_SUPERVISOR',
}

export const PARTY_ORDER: readonly MeetingParty[] = Object.values(MeetingParty);

export interface ParticipantLike {
  party: MeetingParty;
  name: string;
}

export interface FollowUpLike {
  dueOn: IsoDate;
  doneOn: IsoDate | null;
}

/** Overdue: not done and its due day has passed in Beijing (the due day itself still counts as in time). */
export function isFollowUpOverdue(followUp: FollowUpLike, today: IsoDate): boolean {
  return followUp.doneOn === null && followUp.dueOn < today;
}

export function overdueCount(followUps: readonly FollowUpLike[], today: IsoDate): number {
  return followUps.filter((f) => isFollowUpOverdue(f, today)).length;
}

/** The parties nobody attended for, in the minutes' order. */
export function absentParties(participants: readonly ParticipantLike[]): MeetingParty[] {
  const present = new Set(participants.map((p) => p.party));
  return PARTY_ORDER.filter((party) => !present.has(party));
}

/**
 * The attendance of a meeting: at least one person, nobody listed twice for the same party, and the two parties
 * without which it is no five-party meeting — the community party branch that convenes it and the property firm
 * the issues are put to (docs/domain-rules.md#five-party-meetings).
 */
export function checkParticipants(participants: readonly ParticipantLike[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  for (const p of participants) {
    const key = `${p.party}/${p.name.trim()}`;
    if (seen.has(key)) problems.push({ rule: 'PARTICIPANT_TWICE', message: 'listed twice for the same party', subject: p.name.trim() });
    seen.add(key);
  }
  for (const party of [MeetingParty.COMMUNITY_PARTY, MeetingParty.PROPERTY_FIRM]) {
    if (!participants.some((p) => p.party === party)) problems.push({ rule: 'PARTY_REQUIRED', message: 'must attend a five-party meeting', subject: party });
  }
  return problems;
}

/**
 * An act the minutes attribute to a party — raising an issue, owning a follow-up the meeting agreed — by a party the record
 * says attended: a party recorded absent (nobody came for it) raised nothing and agreed to nothing there
 * (docs/domain-rules.md#five-party-meetings).
 */
export function checkPartyPresent(party: MeetingParty, participants: readonly Pick<ParticipantLike, 'party'>[]): RuleProblem | null {
  return participants.some((p) => p.party === party) ? null : { rule: 'PARTY_ABSENT', message: `the meeting's record says nobody attended for ${party}`, subject: party, args: { party } };
}

/** A day something happened at or after the meeting: not before it, and not in the future. */
export function checkDayAfterMeeting(day: IsoDate, heldOn: IsoDate, today: IsoDate): RuleProblem | null {
  if (day > today) return { rule: 'NOT_FUTURE', message: 'must not be in the future' };
  if (day < heldOn) return { rule: 'BEFORE_MEETING', message: `must not be before the meeting (${heldOn})`, args: { heldOn } };
  return null;
}

/** A follow-up's due day: on or after the meeting it was agreed at (it may well lie in the future). */
export function checkDueOn(dueOn: IsoDate, heldOn: IsoDate): RuleProblem | null {
  return dueOn < heldOn ? { rule: 'BEFORE_MEETING', message: `must not be before the meeting (${heldOn})` } : null;
}

export interface RecordedFollowUp extends FollowUpLike {
  /** the due day as first recorded */
  firstDueOn: IsoDate;
}

/**
 * Why a follow-up's due day can no longer be corrected, or null while it can (docs/domain-rules.md#five-party-meetings):
 * not once it is done, nor once the day first recorded or the day now recorded has passed — so a correction never
 * makes an overdue follow-up look in time, nor postpones one again and again.
 */
export function dueOnFixed(followUp: RecordedFollowUp, today: IsoDate): RuleProblem | null {
  if (followUp.doneOn !== null) return { rule: 'FOLLOW_UP_DONE', message: 'the follow-up is done: its due day stays as agreed' };
  const passed = [followUp.firstDueOn, followUp.dueOn].find((day) => day < today);
  if (passed) return { rule: 'DUE_DAY_PASSED', message: `the day agreed (${passed}) has passed: the due day stays as recorded`, args: { dueOn: passed } };
  return null;
}

/**
 * The day a follow-up was done, as recorded: after the meeting, not in the future, and, once its due day has passed
 * with nothing recorded, after that day — the record showed it overdue, and a completion recorded late does not make
 * it look done in time (attacker round 8 F7; docs/domain-rules.md#five-party-meetings).
 */
export function checkDoneOn(followUp: Pick<RecordedFollowUp, 'dueOn'>, doneOn: IsoDate, heldOn: IsoDate, today: IsoDate): RuleProblem | null {
  const day = checkDayAfterMeeting(doneOn, heldOn, today);
  if (day) return day;
  if (followUp.dueOn < today && doneOn <= followUp.dueOn) {
    return { rule: 'DONE_AFTER_DUE_DAY', message: `the due day (${followUp.dueOn}) passed with nothing recorded: it is recorded as done on a day after it`, args: { dueOn: followUp.dueOn } };
  }
  return null;
}

/** A corrected due day: unchanged, or as any due day (not before the meeting) while it may still be corrected. */
export function checkDueOnCorrection(followUp: RecordedFollowUp, dueOn: IsoDate, heldOn: IsoDate, today: IsoDate): RuleProblem | null {
  if (dueOn === followUp.dueOn) return null;
  return dueOnFixed(followUp, today) ?? checkDueOn(dueOn, heldOn);
}

/**
 * A meeting's minutes are written on the day it is recorded (Beijing); from the next day on an edit of its day, summary,
 * attendance or records is a correction with its reason (attacker review round 11, F5; PostgreSQL holds the same day,
 * migrations/1764806810000).
 */
export function editsAreCorrections(meeting: { createdAt: Date }, today: IsoDate): boolean {
  return dateInChina(meeting.createdAt) < today;
}
