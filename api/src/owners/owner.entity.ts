import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { PersonalData } from '../auth/personal-data';
import { RecordBase } from '../shared/record';
import { OwnerKind } from './owner-kind';
import { ownerDataVisibleTo } from './owner-visibility';

registerEnumType(OwnerKind, { name: 'OwnerKind', description: 'a person (citizen ID number) or an organisation (unified social credit code)' });

/** 业主 of one estate's roll, a person or an organisation. ID number and phone are personal data (docs/domain-rules.md#personal-data). */
@Entity()
@ObjectType()
export class Owner extends RecordBase {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field()
  name: string;

  @Column({ type: 'text', default: OwnerKind.PERSON })
  @Field(() => OwnerKind)
  kind: OwnerKind;

  @Column({ type: 'char', length: 18 })
  @Field({ description: 'a person’s citizen ID number, an organisation’s unified social credit code; full only to officers of the estate’s subdistrict, masked for everyone else' })
  @PersonalData('idNumber', ownerDataVisibleTo)
  idNumber: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  @PersonalData('phone', ownerDataVisibleTo)
  phone: string | null;
}
