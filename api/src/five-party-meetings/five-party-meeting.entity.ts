import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { LocalDate } from '../shared/scalars';
import { MeetingParty } from './five-party-rules';

registerEnumType(MeetingParty, {
  name: 'MeetingParty',
  description: '社区党组织 / 物业服务企业 / 业主委员会 / 社会组织 / 人大代表',
});

export enum MeetingIssueStatus {
  RAISED = 'RAISED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(MeetingIssueStatus, { name: 'MeetingIssueStatus' });

/** Who attended, for which party (replaced as a whole when the meeting is edited: it has no life of its own). */
@Entity()
@ObjectType()
export class FivePartyParticipant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  meetingId: number;

  @Column({ type: 'text' })
  @Field(() => MeetingParty)
  party: MeetingParty;

  @Column()
  @Field()
  name: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'e.g. 书记, 项目经理, 主任' })
  role: string | null;

  @Column()
  position: number;
}

/**
 * 五方会谈 of an estate (docs/domain-rules.md#five-party-meetings). It has no states: a meeting is recorded once it
 * was held and stays open to corrections, while its issues and follow-ups each move on by themselves.
 */
@Entity()
@ObjectType()
export class FivePartyMeeting extends VersionedRecord {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  heldOn: string;

  @Column()
  @Field({ description: 'the minutes in brief (会议纪要)' })
  summary: string;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}

/** A problem raised at a meeting (提出问题), and how it was resolved (解决问题). */
@Entity()
@ObjectType()
export class FivePartyIssue extends VersionedRecord {
  @Column()
  @Field(() => ID)
  meetingId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field()
  description: string;

  @Column({ type: 'text' })
  @Field(() => MeetingParty)
  raisedBy: MeetingParty;

  @Column({ type: 'text', default: MeetingIssueStatus.RAISED })
  @Field(() => MeetingIssueStatus)
  status: MeetingIssueStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  resolvedOn: string | null;

  @Column({ type: 'int', nullable: true })
  resolvedById: number | null;
}

/** A task agreed at a meeting (跟进事项): who of which party does it, by when. */
@Entity()
@ObjectType()
export class FivePartyFollowUp extends VersionedRecord {
  @Column()
  @Field(() => ID)
  meetingId: number;

  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field()
  task: string;

  @Column({ type: 'text' })
  @Field(() => MeetingParty)
  ownerParty: MeetingParty;

  @Column()
  @Field()
  ownerName: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  dueOn: string;

  // kept by the database from the insert on (migrations/1764804000000-ledgers-held-by-the-database.ts)
  @Column({ type: 'date', insert: false, update: false })
  @Field(() => LocalDate, { description: 'the due day as first recorded: a correction of the due day is judged against it' })
  firstDueOn: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  doneOn: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  doneNote: string | null;

  @Column({ type: 'int', nullable: true })
  completedById: number | null;
}

/**
 * A correction of the minutes (an issue's words or raiser; a follow-up's task, owner or due day): what it said before,
 * after, and why. Dated by the database and never updated or removed; the record changes only in the transaction
 * that writes it (migrations/1764806300000-five-party-held.ts).
 */
@Entity()
@ObjectType()
export class FivePartyCorrection {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column()
  meetingId: number;

  @Column({ type: 'int', nullable: true })
  issueId: number | null;

  @Column({ type: 'int', nullable: true })
  followUpId: number | null;

  @Column({ type: 'jsonb' })
  before: Record<string, string>;

  @Column({ type: 'jsonb' })
  after: Record<string, string>;

  @Column()
  @Field({ description: 'why the record was corrected' })
  reason: string;

  @Column({ type: 'int', nullable: true })
  correctedById: number | null;

  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false })
  @Field()
  correctedAt: Date;
}
