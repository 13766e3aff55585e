import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../shared/record';
import { LocalDate } from '../shared/scalars';

/** How a party organisation was formed (docs/domain-rules.md#party-organisations). */
export enum PartyOrganisationKind {
  STANDALONE = 'STANDALONE',
  JOINT = 'JOINT',
  SECTOR = 'SECTOR',
  FUNCTIONAL = 'FUNCTIONAL',
}
registerEnumType(PartyOrganisationKind, { name: 'PartyOrganisationKind', description: '单建 / 联建 / 行业统建 / 功能型' });

/** 党组织 of a property firm or an estate (红色物业): hosted by exactly one of them. */
@Entity()
@ObjectType()
export class PartyOrganisation extends VersionedRecord {
  @Column()
  @Field()
  name: string;

  @Column({ type: 'text' })
  @Field(() => PartyOrganisationKind)
  kind: PartyOrganisationKind;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  firmId: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  estateId: number | null;

  @Column()
  @Field(() => Int)
  memberCount: number;

  @Column({ type: 'date' })
  @Field(() => LocalDate)
  establishedOn: string;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;
}
