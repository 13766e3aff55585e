import type { RequestContext } from '../request/context';
import { ESTATE_WITH_PLACE, EstatePlace } from '../geography/estate-place';

/**
 * What an approved filing's receipt (备案回执) prints, kept as it was approved (migrations/1764804800000-printed-as-final.ts):
 * a project's estate; a committee filing's estate, term and sitting members. A later rename, vacancy or successor's
 * certification changes the registry, not what the filing number acknowledged (docs/domain-rules.md#filing-numbers).
 */
export interface CommitteeFilingAsApproved {
  place: EstatePlace;
  termNumber: number;
  termStart: string;
  termEnd: string;
  members: Array<{ name: string; position: string }>;
}

const keepProjects = (where: string) => `
  INSERT INTO project_as_approved (project_id, estate_name, district_name, subdistrict_name)
  SELECT p.id, e.name, d.name, s.name FROM project p, ${ESTATE_WITH_PLACE} WHERE e.id = p.estate_id AND ${where}`;

/** `day`: the members sitting on it, or those sitting now when null (ends_on is the first day off the committee). */
const keepCommitteeFilings = (where: string, day: string | null) => `
  INSERT INTO committee_filing_as_approved (committee_filing_id, estate_name, district_name, subdistrict_name, term_number, term_start, term_end, members)
  SELECT f.id, e.name, d.name, s.name, k.term_number, k.term_start, k.term_end,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('name', m.name, 'position', m.position) ORDER BY m.starts_on, m.id), '[]')
            FROM committee_member m
           WHERE m.committee_id = k.id AND ${day ? `m.starts_on <= ${day} AND (m.ends_on IS NULL OR m.ends_on > ${day})` : 'm.ends_on IS NULL'})
    FROM committee_filing f, committee k, ${ESTATE_WITH_PLACE} WHERE k.id = f.committee_id AND e.id = k.estate_id AND ${where}`;

/** Written by the approving move, in its transaction. */
export async function keepProjectAsApproved(ctx: RequestContext, projectId: number): Promise<void> {
  await ctx.em.query(keepProjects('p.id = $1'), [projectId]);
}

/** Written by the approving move, in its transaction: the composition the approval checked (the members sitting now). */
export async function keepCommitteeFilingAsApproved(ctx: RequestContext, filingId: number): Promise<void> {
  await ctx.em.query(keepCommitteeFilings('f.id = $1', null), [filingId]);
}

/**
 * Filings approved before this was kept (an upgraded database, rows seeded directly): kept from the registry as it
 * stands at this start, the members as they sat on the day of approval — the best evidence left. Returns how many.
 */
export async function ensureFilingsAsApproved(ctx: RequestContext): Promise<number> {
  const projects: unknown[] = await ctx.em.query(
    `${keepProjects(`p.filing_status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM project_as_approved a WHERE a.project_id = p.id)`)} RETURNING project_id`,
  );
  const filings: unknown[] = await ctx.em.query(
    `${keepCommitteeFilings(
      `f.filing_status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM committee_filing_as_approved a WHERE a.committee_filing_id = f.id)`,
      `(f.decided_at AT TIME ZONE 'Asia/Shanghai')::date`,
    )} RETURNING committee_filing_id`,
  );
  return projects.length + filings.length;
}

const placeOf = (row: { estate_name: string; district_name: string; subdistrict_name: string }): EstatePlace => ({
  estateName: row.estate_name, district: row.district_name, subdistrict: row.subdistrict_name,
});

export async function projectPlaceAsApproved(ctx: RequestContext, projectId: number): Promise<EstatePlace | null> {
  const [row] = await ctx.em.query(`SELECT estate_name, district_name, subdistrict_name FROM project_as_approved WHERE project_id = $1`, [projectId]);
  return row ? placeOf(row) : null;
}

export async function committeeFilingAsApproved(ctx: RequestContext, filingId: number): Promise<CommitteeFilingAsApproved | null> {
  const [row] = await ctx.em.query(
    `SELECT estate_name, district_name, subdistrict_name, term_number, term_start::text, term_end::text, members FROM committee_filing_as_approved WHERE committee_filing_id = $1`,
    [filingId],
  );
  return row ? { place: placeOf(row), termNumber: row.term_number, termStart: row.term_start, termEnd: row.term_end, members: row.members } : null;
}
