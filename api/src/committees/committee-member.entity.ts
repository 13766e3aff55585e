import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';
import { LocalDate } from '../shared/scalars';
import { CommitteePosition } from './committee-composition';

registerEnumType(CommitteePosition, { name: 'CommitteePosition', description: '主任 / 副主任 / 委员' });

@Entity()
@ObjectType()
export class CommitteeMember extends RecordBase {
  @Column()
  @Field(() => ID)
  committeeId: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the member on the estate’s owner roll, when the roll is kept here' })
  ownerId: number | null;

  @Column()
  @Field()
  name: string;

  @Column({ type: 'text' })
  @Field(() => CommitteePosition)
  position: CommitteePosition;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDate, { nullable: true })
  endsOn: string | null;
}
