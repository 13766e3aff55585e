import { Policies, refusal } from '../auth/policies';
import { ElectionPhase } from '../elections/election-phases';
import type { RequestContext } from '../request/context';
import { EDITABLE_FILING_STATUSES, FilingStatus } from '../filings/filing';
import { todayInChina } from '../shared/iso-date';
import { RedBlackList } from '../assessments/assessment.entity';
import { quarterBounds, quarterOf } from '../assessments/quarter';
import { lateBooksSql, StatementLag } from '../committee-accounts/statement-due';
import { AssessmentOverview, Dashboard, DemonstrationOverview, LateStatementBook, StatementsOverview, DistrictFilingCount, ElectionsOverview, FilingKindName, FilingProgress, OverdueCommitteeFiling, WaitingFiling } from './dashboard.types';

/** The authority's targets from the source story: 105 firms, 380 projects and 105 committees filed. */
export const FILING_TARGETS = { firms: 105, projects: 380, committees: 105 } as const;

/** The red-property programme's demonstration estates from the source story: 240 at city level, 42 of them provincial. */
export const DEMONSTRATION_TARGETS = { city: 240, provincial: 42 } as const;

export const WAITING_SHOWN = 20;
export const LATE_BOOKS_SHOWN = 20;
export const OVERDUE_SHOWN = 20;

interface CountRow {
  kind: 'firm' | 'project' | 'committee';
  approved: number;
  submitted: number;
  total: number;
}

/** Counts are aggregated in SQL: three statements (five with elections) whatever the size of the registry. */
export class DashboardService {
  async get(ctx: RequestContext): Promise<Dashboard> {
    // elections are for those who read them (not clerks); every election and filing, as a manager reads them
    const withElections = refusal(Policies.electionsRead, ctx.principal, 'elections') === null;
    const [counts, waiting, byDistrict, elections] = await Promise.all([
      ctx.em.query(
        `SELECT 'firm' AS kind, count(*) FILTER (WHERE filing_status = $1)::int AS approved,
                count(*) FILTER (WHERE filing_status = $2)::int AS submitted, count(*)::int AS total FROM firm
         UNION ALL
         SELECT 'project', count(*) FILTER (WHERE filing_status = $1)::int,
                count(*) FILTER (WHERE filing_status = $2)::int, count(*)::int FROM project
         UNION ALL
         -- a committee counts as filed once one of its filings is approved; total = committees on record
         SELECT 'committee', (SELECT count(DISTINCT committee_id) FROM committee_filing WHERE filing_status = $1)::int,
                (SELECT count(*) FROM committee_filing WHERE filing_status = $2)::int, (SELECT count(*) FROM committee)::int`,
        [FilingStatus.APPROVED, FilingStatus.SUBMITTED],
      ) as Promise<CountRow[]>,
      ctx.em.query(
        `SELECT kind, id::text AS id, name, submitted_at AS "submittedAt",
                floor(extract(epoch FROM now() - submitted_at) / 86400)::int AS "waitingDays"
           FROM (SELECT 'FIRM' AS kind, id, name, submitted_at FROM firm WHERE filing_status = $1
                 UNION ALL
                 SELECT 'PROJECT', id, name, submitted_at FROM project WHERE filing_status = $1
                 UNION ALL
                 SELECT 'COMMITTEE', f.id, e.name, f.submitted_at
                   FROM committee_filing f JOIN committee c ON c.id = f.committee_id JOIN estate e ON e.id = c.estate_id
                  WHERE f.filing_status = $1) w
          ORDER BY submitted_at, kind, id
          LIMIT $2`,
        [FilingStatus.SUBMITTED, WAITING_SHOWN],
      ) as Promise<Array<Omit<WaitingFiling, 'kind'> & { kind: FilingKindName }>>,
      ctx.em.query(
        `SELECT d.id::text AS "districtId", d.code, d.name,
                coalesce(f.n, 0)::int AS firms, coalesce(p.n, 0)::int AS projects, coalesce(k.n, 0)::int AS committees
           FROM district d
           LEFT JOIN (SELECT district_id, count(*) AS n FROM firm WHERE filing_status = $1 GROUP BY district_id) f
                  ON f.district_id = d.id
           LEFT JOIN (SELECT s.district_id, count(*) AS n
                        FROM project p
                        JOIN estate e ON e.id = p.estate_id
                        JOIN community c ON c.id = e.community_id
                        JOIN subdistrict s ON s.id = c.subdistrict_id
                       WHERE p.filing_status = $1
                       GROUP BY s.district_id) p
                  ON p.district_id = d.id
           LEFT JOIN (SELECT s.district_id, count(DISTINCT c.id) AS n
                        FROM committee_filing cf
                        JOIN committee c ON c.id = cf.committee_id
                        JOIN estate e ON e.id = c.estate_id
                        JOIN community m ON m.id = e.community_id
                        JOIN subdistrict s ON s.id = m.subdistrict_id
                       WHERE cf.filing_status = $1
                       GROUP BY s.district_id) k
                  ON k.district_id = d.id
          ORDER BY d.code`,
        [FilingStatus.APPROVED],
      ) as Promise<DistrictFilingCount[]>,
      withElections ? this.elections(ctx) : Promise.resolve(null),
    ]);
    const progress = (kind: CountRow['kind'], target: number): FilingProgress => {
      const row = counts.find((c) => c.kind === kind);
      return { approved: row?.approved ?? 0, submitted: row?.submitted ?? 0, total: row?.total ?? 0, target };
    };
    const firms = progress('firm', FILING_TARGETS.firms);
    const projects = progress('project', FILING_TARGETS.projects);
    const committees = progress('committee', FILING_TARGETS.committees);
    return {
      firms,
      projects,
      committees,
      waitingTotal: firms.submitted + projects.submitted + committees.submitted,
      waiting: waiting.map((w) => ({ ...w, submittedAt: new Date(w.submittedAt) })),
      byDistrict,
      elections,
    };
  }

  /** This quarter's assessments against the projects serving in it, and the latest list: two statements, only when asked for. */
  async assessments(ctx: RequestContext): Promise<AssessmentOverview> {
    const quarter = quarterOf(todayInChina());
    const { first, last } = quarterBounds(quarter);
    const [[counts], latest] = await Promise.all([
      ctx.em.query(
        `SELECT count(*)::int AS projects,
                count(a.id) FILTER (WHERE a.state IN ('REVIEWED', 'PUBLISHED'))::int AS completed,
                count(a.id) FILTER (WHERE a.state = 'SUBMITTED')::int AS submitted,
                count(a.id) FILTER (WHERE a.state IN ('DRAFT', 'RETURNED'))::int AS "inProgress"
           FROM project p LEFT JOIN assessment a ON a.project_id = p.id AND a.quarter = $1
          WHERE p.filing_status = 'APPROVED' AND p.contract_start <= $3::date AND p.contract_end >= $2::date`,
        [quarter, first, last],
      ) as Promise<Array<Omit<AssessmentOverview, 'quarter' | 'latestList'>>>,
      ctx.em.createQueryBuilder(RedBlackList, 'l').orderBy('l.quarter', 'DESC').getOne(),
    ]);
    return { quarter, ...counts, latestList: latest ?? null };
  }

  /**
   * Books with late statements (docs/domain-rules.md#statement-due), by the SQL the committee-account list filters
   * with: one statement, only when asked for, and only for those who read the books (clerks do not).
   */
  async statements(ctx: RequestContext): Promise<StatementsOverview | null> {
    if (refusal(Policies.electionsRead, ctx.principal, 'statements') !== null) return null;
    const [row] = (await ctx.em.query(
      `WITH late AS (${lateBooksSql('$1')})
       SELECT (SELECT count(*) FROM committee_account)::int AS books,
              (SELECT count(*) FROM late WHERE lag = $2)::int AS overdue,
              (SELECT count(*) FROM late WHERE lag = $3)::int AS unpublished,
              coalesce((SELECT json_agg(json_build_object('accountId', s.account_id::text, 'estateId', s.estate_id::text, 'estateName', s.name, 'lag', s.lag,
                                                          'year', s.year, 'quarter', s.quarter, 'dueOn', s.due_on::text, 'quarters', s.quarters)
                                        ORDER BY s.lag = $2 DESC, s.ends_on, s.estate_id)
                          FROM (SELECT l.*, e.name
                                  FROM late l JOIN estate e ON e.id = l.estate_id
                                 ORDER BY l.lag = $2 DESC, l.ends_on, l.estate_id
                                 LIMIT $4) s), '[]'::json) AS late`,
      [todayInChina(), StatementLag.OVERDUE, StatementLag.UNPUBLISHED, LATE_BOOKS_SHOWN],
    )) as Array<Omit<StatementsOverview, 'late'> & { late: LateStatementBook[] }>;
    return row;
  }

  /** Standing designations at each level (withdrawn ones are history) against the programme's targets: one statement, only when asked for. */
  async demonstrations(ctx: RequestContext): Promise<DemonstrationOverview> {
    const [row] = (await ctx.em.query(
      `SELECT count(*) FILTER (WHERE level = 'CITY')::int AS city, count(*) FILTER (WHERE level = 'PROVINCIAL')::int AS provincial FROM demonstration_designation WHERE withdrawn_on IS NULL`,
    )) as Array<{ city: number; provincial: number }>;
    return { city: row.city, cityTarget: DEMONSTRATION_TARGETS.city, provincial: row.provincial, provincialTarget: DEMONSTRATION_TARGETS.provincial };
  }

  /** Elections by phase and overdue committee filings: two statements. */
  private async elections(ctx: RequestContext): Promise<ElectionsOverview> {
    const today = todayInChina();
    const [phases, overdue] = await Promise.all([
      ctx.em.query(`SELECT phase, count(*)::int AS count FROM election GROUP BY phase`) as Promise<Array<{ phase: ElectionPhase; count: number }>>,
      // overdue: still with the street office (draft or returned) after the last day, as committeeFilingService.isOverdue
      ctx.em.query(
        `SELECT f.id::text AS id, f.committee_id::text AS "committeeId", e.name AS "estateName", f.due_on::text AS "dueOn",
                f.due_on_provisional AS "dueOnProvisional", ($1::date - f.due_on)::int AS "daysOverdue", count(*) OVER ()::int AS total
           FROM committee_filing f JOIN committee c ON c.id = f.committee_id JOIN estate e ON e.id = c.estate_id
          WHERE f.filing_status = ANY($2) AND f.due_on < $1::date
          ORDER BY f.due_on, f.id
          LIMIT $3`,
        [today, EDITABLE_FILING_STATUSES, OVERDUE_SHOWN],
      ) as Promise<Array<OverdueCommitteeFiling & { total: number }>>,
    ]);
    return {
      byPhase: Object.values(ElectionPhase).map((phase) => ({ phase, count: phases.find((p) => p.phase === phase)?.count ?? 0 })),
      overdueFilingsTotal: overdue[0]?.total ?? 0,
      overdueFilings: overdue.map(({ total: _total, ...filing }) => filing),
    };
  }
}

export const dashboardService = new DashboardService();
