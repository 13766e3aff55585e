import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { PersonalData } from '../auth/personal-data';
import { RecordBase } from '../shared/record';
import { ownerDataVisibleTo } from './owner-visibility';

/** 业主 of one estate's roll. ID number and phone are personal data (docs/domain-rules.md#personal-data). */
@Entity()
@ObjectType()
export class Owner extends RecordBase {
  @Column()
  @Field(() => ID)
  estateId: number;

  @Column()
  @Field()
  name: string;

  @Column({ type: 'char', length: 18 })
  @Field({ description: 'full only to officers of the estate’s subdistrict; masked for everyone else' })
  @PersonalData('idNumber', ownerDataVisibleTo)
  idNumber: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  @PersonalData('phone', ownerDataVisibleTo)
  phone: string | null;
}
