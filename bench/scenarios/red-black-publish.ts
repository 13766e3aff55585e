import pg from 'pg';
import { quarterBefore, quarterBounds, quarterOf } from '../../api/src/assessments/quarter';
import { rankQuarter } from '../../api/src/assessments/ranking';
import { redBlackSeal } from '../../api/src/assessments/red-black-record';
import { ESTATE_CATEGORIES, EstateCategory, SchemeDefinition } from '../../api/src/assessments/scheme';
import { todayInChina } from '../../api/src/shared/iso-date';
import { Scenario } from './scenario';

/**
 * A registrar publishes a quarter's red/black list: every project serving in the quarter ranked, the list
 * stored and sealed, every reviewed assessment moved to PUBLISHED with its audit event. The reviews are the first
 * registrar's, so the second publishes (maker-checker, docs/roles-and-workflows.md). A list is published
 * once, so each virtual user owns a quarter prepared with reviewed assessments, and each iteration first puts
 * it back (as superuser, past the trigger that freezes published lists: a bench-only reset, counted in the
 * latency, four statements).
 */
const PUBLISH = `mutation Publish($quarter: String!) { publishRedBlackList(quarter: $quarter) { quarter sha256 entries { place } } }`;
const POOL_SIZE = 12;
let quarters: string[] = [];

const PROJECTS_SQL = `
  SELECT p.id AS "projectId", p.name AS "projectName", e.name AS "estateName", f.id AS "firmId", f.name AS "firmName",
         a.id AS "assessmentId", a.state, a.category, a.total, a.max_total AS "maxTotal"
    FROM project p JOIN estate e ON e.id = p.estate_id JOIN firm f ON f.id = p.firm_id
    LEFT JOIN assessment a ON a.project_id = p.id AND a.quarter = $1
   WHERE p.filing_status = 'APPROVED' AND p.contract_start <= $3::date AND p.contract_end >= $2::date`;

async function reset(pool: pg.Pool, quarter: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`DELETE FROM red_black_entry WHERE quarter = $1`, [quarter]);
    await client.query(`DELETE FROM red_black_list WHERE quarter = $1`, [quarter]);
    await client.query(`UPDATE assessment SET state = 'REVIEWED' WHERE quarter = $1 AND state = 'PUBLISHED'`, [quarter]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const quarterOfVu = (vu: number) => quarters[vu % quarters.length];

export const redBlackPublish: Scenario = {
  name: 'red-black-publish',
  // at scale 20 a publish ranks ~7,600 projects and locks each assessment: eight at once finished none in 10 s
  heavy: { maxConcurrency: 2, minDurationMs: 60_000 },
  title: 'publish a quarter’s red/black list (every serving project ranked, sealed, assessments locked)',
  async prepare(ctx) {
    // quarters before the seeded ones, each given the last published quarter's scores as reviewed assessments
    const current = quarterOf(todayInChina());
    const source = quarterBefore(current, 1);
    quarters = Array.from({ length: POOL_SIZE }, (_, k) => quarterBefore(current, 6 + k));
    for (const quarter of quarters) {
      const { first, last } = quarterBounds(quarter);
      await ctx.pool.query(
        `INSERT INTO assessment (project_id, estate_id, firm_id, quarter, scheme_id, category, state, assessing_body, items, total, max_total, assessor_id, reviewer_id, submitted_at, reviewed_at)
         SELECT a.project_id, a.estate_id, a.firm_id, $1, a.scheme_id, a.category, 'REVIEWED', a.assessing_body, a.items, a.total, a.max_total, a.assessor_id, a.reviewer_id, now(), now()
           FROM assessment a JOIN project p ON p.id = a.project_id
          WHERE a.quarter = $2 AND a.state = 'PUBLISHED' AND p.contract_start <= $4::date AND p.contract_end >= $3::date
         ON CONFLICT (project_id, quarter) DO NOTHING`,
        [quarter, source, first, last],
      );
    }
  },
  api: (ctx) => async (vu) => {
    const quarter = quarterOfVu(vu);
    await reset(ctx.pool, quarter);
    const r = await ctx.api.request(PUBLISH, { quarter }, ctx.tokens.registrar2);
    if (!r.data?.publishRedBlackList?.sha256) throw new Error(`not published: ${JSON.stringify(r.data)}`);
    return { requests: 1, sqlStatements: r.sqlStatements };
  },
  raw: (ctx) => async (vu) => {
    const quarter = quarterOfVu(vu);
    await reset(ctx.pool, quarter);
    const client = await ctx.pool.connect();
    try {
      await client.query('BEGIN');
      const { first, last } = quarterBounds(quarter);
      const { rows: projects } = await client.query(PROJECTS_SQL, [quarter, first, last]);
      const { rows: [scheme] } = await client.query<{ edition: number; definition: SchemeDefinition }>(
        `SELECT s.edition, s.definition FROM assessment_scheme s WHERE s.id = (SELECT scheme_id FROM assessment WHERE quarter = $1 LIMIT 1)`,
        [quarter],
      );
      const entries = projects.map((p) => ({ key: p, category: (p.category ?? 'OWNER_HIRED') as EstateCategory, total: p.state === 'REVIEWED' ? (p.total as number) : null }));
      const categories = rankQuarter(ESTATE_CATEGORIES, entries, scheme.definition);
      const header = {
        quarter, schemeEdition: scheme.edition, redSharePercent: scheme.definition.redSharePercent, blackSharePercent: scheme.definition.blackSharePercent, publishedAt: new Date(),
        categories: categories.map((c) => ({ category: c.category, ranked: c.ranked.length, unranked: c.unranked.length, redPlaces: c.redPlaces, blackPlaces: c.blackPlaces })),
      };
      const rows = categories.flatMap((c) => c.ranked.filter((e) => e.place).map((e) => ({
        category: c.category, place: e.place!, rank: e.rank, projectId: e.key.projectId, firmId: e.key.firmId,
        projectName: e.key.projectName, estateName: e.key.estateName, firmName: e.key.firmName, total: e.total, maxTotal: e.key.maxTotal,
      })));
      const { rows: [list] } = await client.query(
        `INSERT INTO red_black_list (quarter, scheme_edition, red_share_percent, black_share_percent, categories, published_at, sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [quarter, header.schemeEdition, header.redSharePercent, header.blackSharePercent, JSON.stringify(header.categories), header.publishedAt, redBlackSeal(header, rows)],
      );
      await client.query(
        `INSERT INTO red_black_entry (list_id, quarter, category, place, rank, project_id, firm_id, project_name, estate_name, firm_name, total, max_total)
         SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::text[], $11::int[], $12::int[])`,
        [list.id, quarter, rows.map((r) => r.category), rows.map((r) => r.place), rows.map((r) => r.rank), rows.map((r) => r.projectId), rows.map((r) => r.firmId),
          rows.map((r) => r.projectName), rows.map((r) => r.estateName), rows.map((r) => r.firmName), rows.map((r) => r.total), rows.map((r) => r.maxTotal)],
      );
      const { rows: moved } = await client.query(
        `UPDATE assessment SET state = 'PUBLISHED', version = version + 1 WHERE quarter = $1 AND state = 'REVIEWED' RETURNING id`,
        [quarter],
      );
      await client.query(
        `INSERT INTO audit_event (actor_name, action, entity_type, entity_id, after)
         SELECT 'bench', 'assessment.publish', 'Assessment', id::text, '{"state":"PUBLISHED"}'::jsonb FROM unnest($1::int[]) AS id`,
        [moved.map((m) => m.id)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    return { requests: 1, sqlStatements: 9 };
  },
};
