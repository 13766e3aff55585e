import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { FiledRecord } from '../filings/filed-record';
import { LocalDate } from '../shared/scalars';

export enum CommitteeFilingKind {
  ESTABLISHMENT = 'ESTABLISHMENT',
  CHANGE = 'CHANGE',
}
registerEnumType(CommitteeFilingKind, { name: 'CommitteeFilingKind', description: '成立备案 / 变更备案' });

/** The stored expression of CommitteeFiling.workOrder (migration 1764802000000). */
const COMMITTEE_FILING_WORK_ORDER =
  "(CASE filing_status WHEN 'DRAFT' THEN 0 WHEN 'RETURNED' THEN 0 WHEN 'SUBMITTED' THEN 1 ELSE 2 END) * 1000000 + (due_on - DATE '2000-01-01')";

/** 业委会备案: due within 30 days of the election or change (docs/domain-rules.md#committee-filing); its number is the certificate. */
@Entity()
@ObjectType()
export class CommitteeFiling extends FiledRecord {
  @Column()
  @Field(() => ID)
  committeeId: number;

  @Column({ type: 'text' })
  @Field(() => CommitteeFilingKind)
  kind: CommitteeFilingKind;

  @Column({ type: 'date' })
  @Field(() => LocalDate, { description: 'the election (or change) the filing reports' })
  eventDate: string;

  @Column({ type: 'date' })
  @Field(() => LocalDate, { description: '30 days from the day after eventDate, moved off days off (statutory holidays, the notice’s days, weekends)' })
  dueOn: string;

  @Column()
  @Field({ description: 'true while a holiday notice the due date depends on is not entered: the date may still move (never onto a statutory holiday)' })
  dueOnProvisional: boolean;

  /** what needs work first (drafts and returned, then submitted, then decided), by due date within each: a list sort only */
  @Column({ type: 'integer', insert: false, update: false, generatedType: 'STORED', asExpression: COMMITTEE_FILING_WORK_ORDER })
  workOrder: number;
}
