import type { RequestContext } from '../request/context';
import { nameAtSql } from '../shared/names-at';

/** Where an estate is, by name: what a printed document heads itself with (区县 + 街道/乡镇 + 小区). */
export interface EstatePlace {
  estateName: string;
  district: string;
  subdistrict: string;
}

/** The estate `e` with its community `c`, subdistrict `s` and district `d`, for a FROM clause. */
export const ESTATE_WITH_PLACE = `estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id JOIN district d ON d.id = s.district_id`;

/** The estate's place as the registry has it now. */
export async function estatePlace(ctx: RequestContext, estateId: number): Promise<EstatePlace> {
  const [row]: EstatePlace[] = await ctx.em.query(
    `SELECT e.name AS "estateName", d.name AS district, s.name AS subdistrict FROM ${ESTATE_WITH_PLACE} WHERE e.id = $1`,
    [estateId],
  );
  return row;
}

/** The estate's place as it was named at `at` (null: now): what a paper published then was headed with (names-at.ts). */
export async function estatePlaceAt(ctx: RequestContext, estateId: number, at: Date | null): Promise<EstatePlace> {
  const when = 'coalesce($2::timestamptz, now())';
  const [row]: EstatePlace[] = await ctx.em.query(
    `SELECT ${nameAtSql('estate', 'e.id', when)} AS "estateName", ${nameAtSql('district', 'd.id', when)} AS district, ${nameAtSql('subdistrict', 's.id', when)} AS subdistrict
       FROM ${ESTATE_WITH_PLACE} WHERE e.id = $1`,
    [estateId, at],
  );
  return row;
}
