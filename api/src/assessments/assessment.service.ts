import { DataSource } from 'typeorm';
import { recordAudit, recordAudits } from '../audit/audit.service';
import { assertJurisdiction, jurisdictionScope, loadInJurisdiction } from '../estates/jurisdiction';
import { Estate } from '../estates/estate.entity';
import { Lifecycle, moveRecord, moveRecords } from '../filings/lifecycle';
import { estatePlaceFilters } from '../geography/place-filter';
import { Project } from '../projects/project.entity';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { findList, ListResult, SortDirection } from '../shared/list';
import { RuleViolationError } from '../shared/rule-violation';
import { insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import {
  applyAdjustments, applyScores, ASSESSMENT_TRANSITIONS, AssessmentAction, AssessmentStateName, emptyItems, FieldProblem, SCHEME_TRANSITIONS,
  SchemeAction, SchemeStateName, SCORABLE_STATES, totalOf,
} from './assessment-rules';
import { Assessment, AssessmentScheme, AssessmentSchemeState, AssessmentState, EstateCategory as CategoryEnum, RedBlackEntry, RedBlackList, RedBlackPlace } from './assessment.entity';
import { AssessmentInput, AssessmentListOptions, AssessmentSchemeInput, ItemAdjustmentInput, ItemScoreInput, RedBlackListListOptions } from './assessment.inputs';
import { isQuarter, Quarter, quarterBounds, quarterOf } from './quarter';
import { CategoryRanking, rankQuarter } from './ranking';
import { redBlackSeal } from './red-black-record';
import { categoryOf, checkScheme, DEFAULT_SCHEME, ESTATE_CATEGORIES, EstateCategory, itemsFor, maxTotal, SchemeDefinition } from './scheme';


const badInput = (problems: FieldProblem[]) => {
  if (problems.length) throw fail.badInput(problems);
};

function definitionOf(input: AssessmentSchemeInput): SchemeDefinition {
  return {
    redSharePercent: input.redSharePercent,
    blackSharePercent: input.blackSharePercent,
    matureAfterYears: input.matureAfterYears,
    items: input.items.map((i) => ({ key: i.key, titleZh: i.titleZh.trim(), titleEn: i.titleEn.trim(), maxScore: i.maxScore, categories: [...new Set(i.categories)] })),
  };
}

function assertSchemeValid(definition: SchemeDefinition): void {
  const problems = checkScheme(definition);
  if (problems.length) throw fail.ruleViolation(new RuleViolationError(problems.map((message) => ({ rule: 'SCHEME_INVALID', message }))), 'input.items');
}

/**
 * Whether `userId` drafted or edited the scheme, and so may not publish it (docs/roles-and-workflows.md#assessment): the same
 * answer for the move, for `availableActions` and for PostgreSQL's trigger (migrations/1764806000000).
 */
export function schemeMadeBy(row: Pick<AssessmentScheme, 'createdById' | 'makerIds'>, userId: number | null | undefined): boolean {
  if (userId === null || userId === undefined) return false;
  return row.createdById === userId || (row.makerIds ?? []).includes(userId);
}

/** A draft becomes the next edition; assessments already begun keep theirs. */
const schemeLifecycle: Lifecycle<AssessmentScheme, SchemeStateName, SchemeAction, undefined> = {
  entity: AssessmentScheme,
  stateField: 'state',
  table: SCHEME_TRANSITIONS,
  auditName: 'assessmentScheme',
  async guard(ctx, { row }) {
    // maker-checker: whoever drafted or edited an edition — its shares decide every later list — never publishes it
    if (schemeMadeBy(row, actorId(ctx))) throw fail.forbidden(`You drafted or edited assessment scheme ${row.id}: another registrar publishes it`, 'MAKER_CHECKER');
    assertSchemeValid(row.definition);
  },
  async changes(ctx) {
    await ctx.em.query(`LOCK TABLE assessment_scheme IN SHARE ROW EXCLUSIVE MODE`);
    const [{ last }] = await ctx.em.query(`SELECT coalesce(max(edition), 0)::int AS last FROM assessment_scheme`);
    return { edition: last + 1, publishedAt: new Date(), publishedById: actorId(ctx) };
  },
};

/** The move's input: the return note, or the city's adjustments. */
interface MoveInput {
  note?: string;
  adjustments?: ItemAdjustmentInput[];
  /** set by the lifecycle: the items the review changed, for the audit event */
  changed?: string[];
}

/**
 * The quarter's lock, the publication's advisory key: publishList holds it exclusively from before its ranking to its
 * commit, every write of the quarter's assessments shared (migrations/1764805100000-quarter-closed-by-its-list.ts, whose
 * trigger takes it on every write of an assessment and refuses one to a published quarter). Taken after the row a write
 * locks, as the publication takes it after the quarter's rows.
 */
const QUARTER_LOCK = `hashtext('wuye.red-black-list'), hashtext($1)`;

/**
 * A quarter whose list is published is closed: nothing of it changes any more. Waits while the quarter's list is being
 * published, so a write lands wholly before the publication ranks the quarter, or is refused here once the list is sealed.
 */
async function assertQuarterOpen(ctx: RequestContext, assessment: { id: number; quarter: string; state: string }, doing: string): Promise<void> {
  await ctx.em.query(`SELECT pg_advisory_xact_lock_shared(${QUARTER_LOCK})`, [assessment.quarter]);
  const [closed] = await ctx.em.query(`SELECT 1 FROM red_black_list WHERE quarter = $1`, [assessment.quarter]);
  if (closed) throw quarterClosed(assessment, doing);
}

const quarterClosed = (assessment: { id: number; quarter: string; state: string }, doing: string) =>
  fail.invalidTransition('Assessment', assessment.id, assessment.state, `${doing} after the ${assessment.quarter} red/black list was published`, { rule: 'LIST_PUBLISHED', quarter: assessment.quarter });

const assessmentLifecycle: Lifecycle<Assessment, AssessmentStateName, AssessmentAction, MoveInput> = {
  entity: Assessment,
  stateField: 'state',
  table: ASSESSMENT_TRANSITIONS,
  auditName: 'assessment',
  // assessors act only in their subdistricts; the city's reviewers everywhere (checked before the version)
  authorize: (ctx, row) => assertJurisdiction(ctx, row.estateId),
  refusedAs: (action) => ({ SUBMIT: 'submitted', RETURN: 'returned', REVIEW: 'reviewed', PUBLISH: 'published' })[action],
  async guard(ctx, { row, action }) {
    if (action !== AssessmentAction.PUBLISH) await assertQuarterOpen(ctx, row, `${action.toLowerCase()}ed`);
    if (action === AssessmentAction.SUBMIT && row.total === null) {
      throw fail.badField('items', 'ITEMS_UNSCORED', 'score every item before submitting');
    }
    // maker-checker: whoever scored the assessment never reviews it
    if ((action === AssessmentAction.REVIEW || action === AssessmentAction.RETURN) && row.assessorId !== null && row.assessorId === actorId(ctx)) {
      throw fail.forbidden(`You scored assessment ${row.id}: someone else reviews it`, 'MAKER_CHECKER');
    }
  },
  async changes(ctx, move) {
    const { row, action, input } = move;
    const now = new Date();
    switch (action) {
      case AssessmentAction.SUBMIT:
        return { submittedAt: now, returnNote: null };
      case AssessmentAction.RETURN:
        return { returnNote: input.note ?? null };
      case AssessmentAction.REVIEW: {
        const scheme = await ctx.em.findOneByOrFail(AssessmentScheme, { id: row.schemeId });
        const result = applyAdjustments(row.items, itemsFor(scheme.definition, row.category), input.adjustments ?? []);
        badInput(result.problems);
        input.changed = result.changed;
        return { items: result.items, total: totalOf(result.items), reviewerId: actorId(ctx), reviewedAt: now };
      }
      case AssessmentAction.PUBLISH:
        return {};
    }
  },
  auditExtra: ({ input }) => (input.changed ? { adjustedItems: input.changed } : {}),
};

/** One project serving in a quarter, with what the list needs to know of it. */
export interface QuarterProject {
  projectId: number;
  projectName: string;
  estateName: string;
  firmId: number;
  firmName: string;
  selectionMethod: string;
  deliveredOn: string | null;
  assessmentId: number | null;
  state: AssessmentState | null;
  category: EstateCategory | null;
  total: number | null;
  maxTotal: number | null;
}

export interface QuarterRankingResult {
  quarter: Quarter;
  scheme: AssessmentScheme;
  categories: Array<CategoryRanking<QuarterProject>>;
}

/** On start-up: edition 1 of the scheme when there is none. */
export async function ensureDefaultScheme(db: Pick<DataSource, 'query'>, publishedAt: Date | null = null): Promise<void> {
  await db.query(
    `INSERT INTO assessment_scheme (edition, title, source, state, definition, published_at)
     SELECT 1, $1, $2, 'PUBLISHED', $3, coalesce($4::timestamptz, now()) WHERE NOT EXISTS (SELECT 1 FROM assessment_scheme)`,
    [DEFAULT_SCHEME_TITLE, DEFAULT_SCHEME_SOURCE, DEFAULT_SCHEME, publishedAt],
  );
}
export const DEFAULT_SCHEME_TITLE = '住宅小区物业企业合同履约考评细则（第一版）';
export const DEFAULT_SCHEME_SOURCE = '湖州中心城市住宅小区物业企业合同履约考评实施意见（示范条目，待主管部门发布正式细则后替换）';

/** Red first, then by category and rank (the order a list is published in). */
export function publishedOrder(a: RedBlackEntry, b: RedBlackEntry): number {
  return b.place.localeCompare(a.place) || a.category.localeCompare(b.category) || a.rank - b.rank || a.id - b.id;
}

export class AssessmentService {
  // ---- schemes ----
  schemes(ctx: RequestContext): Promise<AssessmentScheme[]> {
    return ctx.em.find(AssessmentScheme, { order: { id: 'DESC' } });
  }

  async scheme(ctx: RequestContext, id: number): Promise<AssessmentScheme> {
    const scheme = await ctx.loaders.byId(AssessmentScheme).load(id);
    if (!scheme) throw fail.notFound('AssessmentScheme', id);
    return scheme;
  }

  async currentScheme(ctx: RequestContext): Promise<AssessmentScheme> {
    const scheme = await ctx.em
      .createQueryBuilder(AssessmentScheme, 's')
      .where('s.state = :state', { state: AssessmentSchemeState.PUBLISHED })
      .orderBy('s.edition', 'DESC')
      .getOne();
    if (!scheme) throw fail.notFound('AssessmentScheme', 'published');
    return scheme;
  }

  createScheme(ctx: RequestContext, input: AssessmentSchemeInput): Promise<AssessmentScheme> {
    const definition = definitionOf(input);
    assertSchemeValid(definition);
    return withTransaction(ctx, async (ctx) => {
      const created = await insertReturning(ctx, AssessmentScheme, {
        title: input.title.trim(), source: input.source.trim(), state: AssessmentSchemeState.DRAFT, definition, createdById: actorId(ctx),
        makerIds: actorId(ctx) === null ? [] : [actorId(ctx)!],
      });
      await recordAudit(ctx, { action: 'assessmentScheme.create', entityType: 'AssessmentScheme', entityId: created.id, after: created });
      return created;
    });
  }

  updateScheme(ctx: RequestContext, id: number, version: number, input: AssessmentSchemeInput): Promise<AssessmentScheme> {
    const definition = definitionOf(input);
    assertSchemeValid(definition);
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, AssessmentScheme, id, version, noRowRule);
      if (row.state !== AssessmentSchemeState.DRAFT) throw fail.invalidTransition('AssessmentScheme', id, row.state, 'edited (a published edition is fixed)', { rule: 'SCHEME_PUBLISHED' });
      const me = actorId(ctx);
      const makerIds = me === null || row.makerIds.includes(me) ? row.makerIds : [...row.makerIds, me];
      const updated = await saveVersion(ctx, AssessmentScheme, row, { title: input.title.trim(), source: input.source.trim(), definition, makerIds });
      await recordAudit(ctx, { action: 'assessmentScheme.update', entityType: 'AssessmentScheme', entityId: id, before: row, after: updated });
      return updated;
    });
  }

  async publishScheme(ctx: RequestContext, id: number, version: number): Promise<AssessmentScheme> {
    try {
      return await moveRecord(ctx, schemeLifecycle, id, version, SchemeAction.PUBLISH, undefined);
    } catch (error) {
      translateDbError(error, { assessment_scheme_published_by_another: () => fail.forbidden(`Whoever drafted or edited assessment scheme ${id} does not publish it`, 'MAKER_CHECKER') });
    }
  }

  // ---- assessments ----
  async list(ctx: RequestContext, options: AssessmentListOptions | undefined, wantTotal: boolean): Promise<ListResult<Assessment>> {
    return findList(
      ctx,
      {
        entity: Assessment,
        alias: 'a',
        defaultSort: 'id',
        filters: {
          quarter: { op: 'eq', column: 'a.quarter' },
          state: { op: 'enum', column: 'a.state', values: AssessmentState },
          category: { op: 'enum', column: 'a.category', values: CategoryEnum },
          projectId: { op: 'eq', column: 'a.projectId', id: true },
          firmId: { op: 'eq', column: 'a.firmId', id: true },
          estateId: { op: 'eq', column: 'a.estateId', id: true },
          ...estatePlaceFilters('a.estateId'),
          updatedAfter: { op: 'gt', column: 'a.updatedAt' },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'a.estateId') },
    );
  }

  get(ctx: RequestContext, id: number): Promise<Assessment> {
    return loadInJurisdiction(ctx, Assessment, id);
  }

  /** A new assessment of a project serving in the quarter, by the current scheme (or the quarter's, once begun). */
  async create(ctx: RequestContext, input: AssessmentInput): Promise<Assessment> {
    const projectId = toId(input.projectId, 'projectId');
    const quarter = input.quarter;
    const { first, last } = quarterBounds(quarter);
    if (first > todayInChina()) throw fail.badField('quarter', 'NOT_STARTED', 'a quarter is assessed once it has begun');
    try {
      return await withTransaction(ctx, async (ctx) => {
        const project = await ctx.em.findOneBy(Project, { id: projectId });
        if (!project) throw fail.notFound('Project', projectId);
        await assertJurisdiction(ctx, project.estateId);
        if (project.filingStatus !== 'APPROVED' || project.contractStart > last || project.contractEnd < first) {
          throw fail.badField('projectId', 'NOT_SERVING', `the project has no approved contract in force during ${quarter}`, { quarter });
        }
        await assertQuarterOpen(ctx, { id: 0, quarter, state: 'NEW' }, 'assessed');
        // one scheme per quarter, so the quarter's projects are ranked on the same items
        const [begun] = await ctx.em.query(`SELECT scheme_id FROM assessment WHERE quarter = $1 LIMIT 1`, [quarter]);
        const scheme = begun ? await ctx.em.findOneByOrFail(AssessmentScheme, { id: begun.scheme_id }) : await this.currentScheme(ctx);
        const estate = await ctx.em.findOneByOrFail(Estate, { id: project.estateId });
        const category = categoryOf(project, estate, last, scheme.definition.matureAfterYears);
        const created = await insertReturning(ctx, Assessment, {
          projectId, estateId: project.estateId, firmId: project.firmId, quarter, schemeId: scheme.id, category,
          state: AssessmentState.DRAFT, assessingBody: input.assessingBody, items: emptyItems(itemsFor(scheme.definition, category)),
          total: null, maxTotal: maxTotal(scheme.definition, category), assessorId: actorId(ctx),
        });
        await recordAudit(ctx, { action: 'assessment.create', entityType: 'Assessment', entityId: created.id, after: created });
        return created;
      });
    } catch (error) {
      translateDbError(error, {
        assessment_project_quarter_key: () => fail.alreadyExists(`The project is already assessed for ${quarter}`, { field: 'projectId', rule: 'ASSESSMENT_EXISTS', quarter }),
        assessment_quarter_open: () => quarterClosed({ id: 0, quarter, state: 'NEW' }, 'assessed'),
      });
    }
  }

  /** The assessor's scores, item by item, while the assessment is with them. */
  score(ctx: RequestContext, id: number, version: number, scores: ItemScoreInput[]): Promise<Assessment> {
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, Assessment, id, version, (row) => assertJurisdiction(ctx, row.estateId));
      if (!SCORABLE_STATES.includes(row.state)) throw fail.invalidTransition('Assessment', id, row.state, 'scored (only drafts and returned assessments are)', { rule: 'NOT_SCORABLE' });
      await assertQuarterOpen(ctx, row, 'scored');
      const scheme = await ctx.em.findOneByOrFail(AssessmentScheme, { id: row.schemeId });
      const result = applyScores(row.items, itemsFor(scheme.definition, row.category), scores);
      badInput(result.problems);
      const updated = await saveVersion(ctx, Assessment, row, { items: result.items, total: totalOf(result.items), assessorId: actorId(ctx) });
      await recordAudit(ctx, { action: 'assessment.score', entityType: 'Assessment', entityId: id, before: row, after: updated });
      return updated;
    });
  }

  move(ctx: RequestContext, id: number, version: number, action: AssessmentAction.SUBMIT | AssessmentAction.RETURN | AssessmentAction.REVIEW, input: MoveInput = {}): Promise<Assessment> {
    if (action === AssessmentAction.RETURN && !input.note?.trim()) throw fail.badField('note', 'REQUIRED', 'say why it goes back');
    return moveRecord(ctx, assessmentLifecycle, id, version, action, { ...input, note: input.note?.trim() });
  }

  // ---- the quarter's ranking and list ----
  /** Every project serving in the quarter, with its assessment: one statement. */
  async quarterProjects(ctx: RequestContext, quarter: Quarter): Promise<QuarterProject[]> {
    const { first, last } = quarterBounds(quarter);
    return ctx.em.query(
      `SELECT p.id AS "projectId", p.name AS "projectName", e.name AS "estateName", f.id AS "firmId", f.name AS "firmName",
              p.selection_method AS "selectionMethod", e.delivered_on::text AS "deliveredOn",
              a.id AS "assessmentId", a.state, a.category, a.total, a.max_total AS "maxTotal"
         FROM project p
         JOIN estate e ON e.id = p.estate_id
         JOIN firm f ON f.id = p.firm_id
         LEFT JOIN assessment a ON a.project_id = p.id AND a.quarter = $1
        WHERE p.filing_status = 'APPROVED' AND p.contract_start <= $3::date AND p.contract_end >= $2::date
        ORDER BY p.id`,
      [quarter, first, last],
    );
  }

  /** The ranking as it would be published now: reviewed assessments ranked, the rest apart. */
  async ranking(ctx: RequestContext, quarter: Quarter): Promise<QuarterRankingResult> {
    if (!isQuarter(quarter)) throw fail.badField('quarter', 'QUARTER', 'is written like 2026-Q3');
    const projects = await this.quarterProjects(ctx, quarter);
    const schemeId = projects.find((p) => p.assessmentId !== null) ? (await ctx.em.query(`SELECT scheme_id FROM assessment WHERE quarter = $1 LIMIT 1`, [quarter]))[0].scheme_id : null;
    const scheme = schemeId ? await ctx.em.findOneByOrFail(AssessmentScheme, { id: schemeId }) : await this.currentScheme(ctx);
    const { last } = quarterBounds(quarter);
    const entries = projects.map((p) => ({
      key: p,
      category: p.category ?? categoryOf(p, p, last, scheme.definition.matureAfterYears),
      // complete: reviewed by the city (or already published with the list)
      total: p.state === AssessmentState.REVIEWED || p.state === AssessmentState.PUBLISHED ? p.total : null,
    }));
    return { quarter, scheme, categories: rankQuarter(ESTATE_CATEGORIES, entries, scheme.definition) };
  }

  /**
   * Publishes the quarter's list once: the ranking stored as rows, sealed with SHA-256, and every reviewed
   * assessment of the quarter moved to PUBLISHED (locked), all in one transaction.
   */
  async publishList(ctx: RequestContext, quarter: Quarter): Promise<RedBlackList> {
    if (!isQuarter(quarter)) throw fail.badField('quarter', 'QUARTER', 'is written like 2026-Q3');
    if (quarterBounds(quarter).last >= todayInChina()) throw fail.badField('quarter', 'QUARTER_NOT_OVER', 'a quarter’s list is published after the quarter ends');
    try {
      return await withTransaction(ctx, async (ctx) => {
        // the quarter's assessments, then the quarter: a write of the quarter under way finishes first (a write takes
        // its row, then the quarter, shared), and none begins until the list is sealed, when it is refused
        await ctx.em.query(`SELECT id FROM assessment WHERE quarter = $1 ORDER BY id FOR UPDATE`, [quarter]);
        await ctx.em.query(`SELECT pg_advisory_xact_lock(${QUARTER_LOCK})`, [quarter]);
        const [exists] = await ctx.em.query(`SELECT 1 FROM red_black_list WHERE quarter = $1`, [quarter]);
        if (exists) throw fail.alreadyExists(`The ${quarter} red/black list is already published; a published list is never changed`, { field: 'quarter', rule: 'LIST_ALREADY_PUBLISHED', quarter });
        // maker-checker: the registrar who reviewed an entry of the list never publishes it (docs/roles-and-workflows.md#assessment)
        const own = await this.reviewedBy(ctx, quarter, actorId(ctx));
        if (own !== null) throw fail.forbidden(`You reviewed assessment ${own} of ${quarter}: another registrar publishes its list`, 'MAKER_CHECKER');
        const waiting = await this.waitingIn(ctx, quarter);
        if (waiting !== null) {
          const waitsFor = waiting.state === 'RETURNED' ? 'was returned and waits to be submitted again' : "waits for a registrar's review";
          throw fail.badField('quarter', 'ASSESSMENTS_WAITING', `assessment ${waiting.id} of ${quarter} ${waitsFor}: every submitted or returned assessment is reviewed before the list is published`, { assessmentId: String(waiting.id), quarter });
        }
        const { scheme, categories } = await this.ranking(ctx, quarter);
        if (!categories.some((c) => c.ranked.length > 0)) throw fail.badField('quarter', 'NOTHING_TO_RANK', `no assessment of ${quarter} has been reviewed`, { quarter });
        const publishedAt = new Date();
        const header = {
          quarter,
          schemeEdition: scheme.edition!,
          redSharePercent: scheme.definition.redSharePercent,
          blackSharePercent: scheme.definition.blackSharePercent,
          publishedAt,
          categories: categories.map((c) => ({ category: c.category, ranked: c.ranked.length, unranked: c.unranked.length, redPlaces: c.redPlaces, blackPlaces: c.blackPlaces })),
        };
        const rows = categories.flatMap((c) =>
          c.ranked.filter((e) => e.place).map((e) => ({
            quarter, category: c.category, place: e.place!, rank: e.rank, projectId: e.key.projectId, firmId: e.key.firmId,
            projectName: e.key.projectName, estateName: e.key.estateName, firmName: e.key.firmName, total: e.total, maxTotal: e.key.maxTotal!,
          })),
        );
        const sha256 = redBlackSeal(header, rows);
        const inserted = await ctx.em.insert(RedBlackList, { ...header, publishedById: actorId(ctx), sha256 });
        const listId = inserted.identifiers[0].id as number;
        if (rows.length) await ctx.em.insert(RedBlackEntry, rows.map((r) => ({ ...r, listId })));
        // every reviewed assessment of the quarter is published with the list, through its lifecycle's table, in a few
        // statements: also one whose project's filing was revoked since (unranked, as the project no longer serves), or
        // the quarter would never close (PostgreSQL's red_black_list_is_its_assessments leaves none reviewed)
        const reviewed: number[] = (await ctx.em.query(`SELECT id FROM assessment WHERE quarter = $1 AND state = 'REVIEWED' ORDER BY id`, [quarter])).map(
          (row: { id: number }) => row.id,
        );
        await moveRecords(ctx, assessmentLifecycle, reviewed, AssessmentAction.PUBLISH, {});
        const list = await ctx.em.findOneByOrFail(RedBlackList, { id: listId });
        await recordAudit(ctx, { action: 'redBlackList.publish', entityType: 'RedBlackList', entityId: listId, after: { ...list, entries: rows.length } });
        // a firm's reader sees its placements: each firm placed changes, with its version (docs/architecture.md#change-feed-versions)
        const placedFirms = [...new Set(rows.map((r) => r.firmId))].sort((a, b) => a - b);
        await recordAudits(
          ctx,
          placedFirms.map((firmId) => ({
            action: 'firm.redBlackPlaced',
            entityType: 'Firm',
            entityId: firmId,
            after: { listId, quarter, places: rows.filter((r) => r.firmId === firmId).map((r) => ({ category: r.category, place: r.place, projectId: r.projectId })) },
          })),
        );
        return list;
      });
    } catch (error) {
      translateDbError(error, {
        red_black_list_quarter_key: () => fail.alreadyExists(`The ${quarter} red/black list is already published`, { field: 'quarter', rule: 'LIST_ALREADY_PUBLISHED', quarter }),
        red_black_list_published_by_another: () => fail.forbidden(`Whoever reviewed an assessment of ${quarter} does not publish its list`, 'MAKER_CHECKER'),
      });
    }
  }

  /**
   * An assessment of the quarter that the list would rank (reviewed, not yet published) and `userId` reviewed, or null:
   * its reviewer made that entry, so another registrar publishes the list. The same answer for the move, for the
   * ranking's `availableActions` and for PostgreSQL's trigger (migrations/1764806000000-red-black-list-published-by-another.ts).
   */
  async reviewedBy(ctx: RequestContext, quarter: Quarter, userId: number | null): Promise<number | null> {
    if (userId === null) return null;
    const [row]: Array<{ id: number }> = await ctx.em.query(
      `SELECT id FROM assessment WHERE quarter = $1 AND state = 'REVIEWED' AND reviewer_id = $2 ORDER BY id LIMIT 1`,
      [quarter, userId],
    );
    return row?.id ?? null;
  }

  /**
   * An assessment of the quarter submitted and waiting for a registrar, or returned and waiting to be submitted again,
   * or null: the list waits for it, or a project left unreviewed (or returned) would be left unranked
   * (docs/domain-rules.md#red-black-list; the same for availableActions and PostgreSQL's trigger, migrations/1764806800000).
   */
  async waitingIn(ctx: RequestContext, quarter: Quarter): Promise<{ id: number; state: 'SUBMITTED' | 'RETURNED' } | null> {
    const [row]: Array<{ id: number; state: 'SUBMITTED' | 'RETURNED' }> = await ctx.em.query(
      `SELECT id, state FROM assessment WHERE quarter = $1 AND state IN ('SUBMITTED', 'RETURNED') ORDER BY id LIMIT 1`,
      [quarter],
    );
    return row ?? null;
  }

  /**
   * How many of the quarter's assessments keep its list from being published now: submitted ones waiting for a review
   * and returned ones waiting to be submitted again (waitingIn), and reviewed ones `userId` reviewed (reviewedBy),
   * counted by the same conditions.
   */
  async publishHindrances(ctx: RequestContext, quarter: Quarter, userId: number | null): Promise<{ waiting: number; returned: number; reviewedByYou: number }> {
    const [row]: Array<{ waiting: number; returned: number; mine: number }> = await ctx.em.query(
      `SELECT count(*) FILTER (WHERE state = 'SUBMITTED')::int AS waiting,
              count(*) FILTER (WHERE state = 'RETURNED')::int AS returned,
              count(*) FILTER (WHERE state = 'REVIEWED' AND reviewer_id = $2)::int AS mine
         FROM assessment WHERE quarter = $1`,
      [quarter, userId],
    );
    return { waiting: row.waiting, returned: row.returned, reviewedByYou: userId === null ? 0 : row.mine };
  }

  /** Public: a published list, or null. */
  publishedList(ctx: RequestContext, quarter: Quarter): Promise<RedBlackList | null> {
    return ctx.em.findOneBy(RedBlackList, { quarter });
  }

  /** Public: the published lists on the list contract, newest quarter first unless sorted otherwise. */
  publishedLists(ctx: RequestContext, options: RedBlackListListOptions | undefined, wantTotal: boolean): Promise<ListResult<RedBlackList>> {
    return findList(
      ctx,
      { entity: RedBlackList, alias: 'l', defaultSort: 'quarter', filters: { quarter: { op: 'eq', column: 'l.quarter' } } },
      { ...options, sort: options?.sort ?? { field: 'quarter', direction: SortDirection.DESC } },
      { wantTotal },
    );
  }

  /**
   * A page of each list's entries in the published order (red first, then by category and rank), optionally one
   * place or category: one statement for every list of the page, whatever the page of entries.
   */
  entriesPage(ctx: RequestContext, listId: number, page: { place?: RedBlackPlace | null; category?: string | null; skip: number; take: number }): Promise<RedBlackEntry[]> {
    const key = `RedBlackList.entries:${page.place ?? ''}:${page.category ?? ''}:${page.skip}:${page.take}`;
    return ctx.loaders
      .custom(key, async (listIds) => {
        const rows = await ctx.em
          .createQueryBuilder(RedBlackEntry, 'e')
          .where(
            `e.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY list_id ORDER BY place DESC, category, rank, id) AS n
                                        FROM red_black_entry
                                       WHERE list_id = ANY(:listIds) AND (CAST(:place AS text) IS NULL OR place = :place) AND (CAST(:category AS text) IS NULL OR category = :category)) x
                       WHERE x.n > :skip AND x.n <= :end)`,
            { listIds: [...listIds], place: page.place ?? null, category: page.category ?? null, skip: page.skip, end: page.skip + page.take },
          )
          .getMany();
        return listIds.map((id) => rows.filter((r) => r.listId === id).sort(publishedOrder));
      })
      .load(listId);
  }

  /** The seal recomputed from the stored rows equals the stored one. */
  async verifySeal(ctx: RequestContext, list: RedBlackList): Promise<boolean> {
    const rows = await ctx.loaders.manyBy(RedBlackEntry, 'listId').load(list.id);
    return redBlackSeal(list, rows) === list.sha256;
  }

  currentQuarter(): Quarter {
    return quarterOf(todayInChina());
  }
}

export const assessmentService = new AssessmentService();
