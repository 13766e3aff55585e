import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../shared/record';

/** What a committee filing must carry (docs/domain-rules.md#committee-filing). */
export enum MaterialKind {
  MINUTES = 'MINUTES',
  COVENANT = 'COVENANT',
  RULES_OF_PROCEDURE = 'RULES_OF_PROCEDURE',
  MEMBER_LIST = 'MEMBER_LIST',
  OTHER = 'OTHER',
}
registerEnumType(MaterialKind, { name: 'MaterialKind', description: '会议记录与决定 / 管理规约 / 议事规则 / 委员名单 / 其他' });

export const REQUIRED_MATERIALS = [MaterialKind.MINUTES, MaterialKind.COVENANT, MaterialKind.RULES_OF_PROCEDURE, MaterialKind.MEMBER_LIST];

/** An uploaded file, kept in the database with the filing (transactional, backed up with it). */
@Entity()
@ObjectType()
export class FilingMaterial extends RecordBase {
  @Column()
  @Field(() => ID)
  committeeFilingId: number;

  @Column({ type: 'text' })
  @Field(() => MaterialKind)
  kind: MaterialKind;

  @Column()
  @Field()
  fileName: string;

  @Column()
  @Field()
  contentType: string;

  @Column()
  @Field(() => Int)
  sizeBytes: number;

  @Column({ type: 'bytea' })
  sha256: Buffer;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'int', nullable: true })
  uploadedById: number | null;
}
