import { Entity, PrimaryColumn } from 'typeorm';

/** One subdistrict an officer may act in. */
@Entity()
export class OfficerJurisdiction {
  @PrimaryColumn()
  userId: number;

  @PrimaryColumn()
  subdistrictId: number;
}
