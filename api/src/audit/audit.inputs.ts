import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ListOptionsType, ListType } from '../shared/list';
import { LocalDate } from '../shared/scalars';
import { AuditEvent } from './audit-event.entity';

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: 'e.g. Firm, Project, User' })
  entityType?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field({ nullable: true })
  action?: string;

  @Field(() => LocalDate, { nullable: true, description: 'on or after this day (China time)' })
  atFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'on or before this day (China time)' })
  atTo?: string;
}

export enum AuditEventSortField {
  ID = 'id',
}
registerEnumType(AuditEventSortField, { name: 'AuditEventSortField' });

export const AuditEventListOptions = ListOptionsType<AuditEventFilter, 'id'>('AuditEvent', AuditEventFilter, AuditEventSortField);
export type AuditEventListOptions = InstanceType<typeof AuditEventListOptions>;

export const AuditEventList = ListType('AuditEvent', AuditEvent);
