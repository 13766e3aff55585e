import { EntityManager } from 'typeorm';
import { AssessingBody } from '../assessments/assessment.entity';
import { ensureDefaultScheme } from '../assessments/assessment.service';
import { ItemScore, totalOf } from '../assessments/assessment-rules';
import { Quarter, quarterBefore, quarterBounds, quarterOf } from '../assessments/quarter';
import { rankQuarter } from '../assessments/ranking';
import { redBlackSeal } from '../assessments/red-black-record';
import { categoryOf, ESTATE_CATEGORIES, EstateCategory, itemsFor, maxTotal, SchemeDefinition } from '../assessments/scheme';
import { addDays } from '../shared/iso-date';
import { demoMoment } from './demo-moment';
import type { DemoData, ProjectRow } from './demo-data';
import { insertRows } from './insert-rows';
import { Prng } from './prng';

const ADJUST_REASONS = [
  '复核抽查发现楼道堆物未及时清理',
  '电梯维保记录不全，复核扣分',
  '业主投诉核实属实，报修超时未处理',
  '消防通道占用整改不到位',
  '公示栏收费标准未更新',
];
const BODIES = [AssessingBody.STREET_OFFICE, AssessingBody.COMMUNITY, AssessingBody.COMMITTEE, AssessingBody.DISTRICT_BUREAU];

interface Actors {
  officerId: number;
  /** the city's reviewer of every demo assessment */
  registrarId: number;
  /** the second registrar, who publishes the lists the first reviewed (maker-checker, docs/roles-and-workflows.md#assessment) */
  publisherId: number;
}

const minDay = (a: string, b: string) => (a < b ? a : b);


/**
 * Demo assessments (docs/domain-rules.md#assessment): every project serving in each of the last four quarters
 * assessed, reviewed and published with a sealed red/black list per quarter, a few left unfinished (unranked);
 * the current quarter under way. Firms keep a steady quality from quarter to quarter, so their history reads
 * true. Batch inserts only: a few statements per quarter.
 */
/** Past quarters the demo assesses, published, before the current one. */
const QUARTERS_BACK = 4;

export async function seedAssessmentDemo(em: EntityManager, data: DemoData, actors: Actors, rng: Prng, today: string): Promise<{ assessments: number; lists: number }> {
  const current = quarterOf(today);
  // the shipped scheme, published ten days before the first quarter assessed by it: every list cites an edition in force
  await ensureDefaultScheme(em, new Date(demoMoment(addDays(quarterBounds(quarterBefore(current, QUARTERS_BACK)).first, -10), 9)));
  const [scheme]: Array<{ id: number; edition: number; definition: SchemeDefinition }> = await em.query(
    `SELECT id, edition, definition FROM assessment_scheme WHERE state = 'PUBLISHED' ORDER BY edition DESC LIMIT 1`,
  );
  const definition = scheme.definition;
  const estates = new Map(data.estates.map((e) => [e.id, e]));
  const firms = new Map(data.firms.map((f) => [f.id, f]));
  const firmQuality = new Map(data.firms.map((f) => [f.id, rng.next() * 2 - 1]));
  const projectQuality = new Map(data.projects.map((p) => [p.id, rng.next() * 2 - 1]));
  let assessments = 0;
  let lists = 0;

  const serving = (quarter: Quarter): ProjectRow[] => {
    const { first, last } = quarterBounds(quarter);
    return data.projects.filter((p) => p.filingStatus === 'APPROVED' && p.contractStart <= last && p.contractEnd >= first);
  };

  const scoredItems = (project: ProjectRow, category: EstateCategory, reviewed: boolean): ItemScore[] =>
    itemsFor(definition, category).map((item) => {
      const level = 0.84 + 0.09 * firmQuality.get(project.firmId)! + 0.04 * projectQuality.get(project.id)! + 0.05 * (rng.next() * 2 - 1);
      const score = Math.max(0, Math.min(item.maxScore, Math.round(item.maxScore * level)));
      const adjust = reviewed && score > 2 && rng.chance(0.04);
      return {
        key: item.key,
        score,
        note: null,
        adjustedScore: adjust ? score - rng.int(1, 2) : null,
        adjustReason: adjust ? rng.pick(ADJUST_REASONS) : null,
      };
    });

  for (let back = QUARTERS_BACK; back >= 0; back--) {
    const quarter = quarterBefore(current, back);
    const { last } = quarterBounds(quarter);
    const published = back > 0;
    // left out of a published list: never submitted, as a list waits for every submitted assessment
    const leftOut = (): string => {
      rng.next(); // the draw that once chose a draft or a submission, kept so that the rest of the demo stays as it was
      return 'DRAFT';
    };
    const rows: Array<Record<string, unknown>> = [];
    const ranking: Array<{ key: { project: ProjectRow; total: number; maxTotal: number }; category: EstateCategory; total: number | null }> = [];
    for (const project of serving(quarter)) {
      const estate = estates.get(project.estateId)!;
      const category = categoryOf(project, estate, last, definition.matureAfterYears);
      // past quarters: nearly all reviewed; this quarter: about half begun, at every stage
      const state = published
        ? rng.chance(0.04) ? leftOut() : 'PUBLISHED'
        : rng.pick(['NONE', 'NONE', 'DRAFT', 'DRAFT', 'SUBMITTED', 'REVIEWED']);
      if (state === 'NONE') continue;
      const reviewed = state === 'PUBLISHED' || state === 'REVIEWED';
      let items = scoredItems(project, category, reviewed);
      // a draft of this quarter is partly scored, or not at all
      if (state === 'DRAFT' && !published) items = items.map((i, n) => (n >= rng.int(0, items.length) ? { ...i, score: null } : i));
      const total = totalOf(items);
      const submittedOn = published ? minDay(addDays(last, rng.int(3, 10)), today) : addDays(today, -rng.int(1, 20));
      const reviewedOn = minDay(addDays(submittedOn, rng.int(1, 5)), today);
      const max = maxTotal(definition, category);
      rows.push({
        projectId: project.id,
        estateId: project.estateId,
        firmId: project.firmId,
        quarter,
        schemeId: scheme.id,
        category,
        state,
        assessingBody: rng.pick(BODIES),
        items: JSON.stringify(items),
        total,
        maxTotal: max,
        assessorId: actors.officerId,
        submittedAt: state === 'DRAFT' ? null : demoMoment(submittedOn, 10),
        reviewerId: reviewed ? actors.registrarId : null,
        reviewedAt: reviewed ? demoMoment(reviewedOn, 15) : null,
        version: reviewed ? 4 : state === 'SUBMITTED' ? 3 : 2,
      });
      ranking.push({ key: { project, total: total ?? 0, maxTotal: max }, category, total: reviewed ? total : null });
    }
    await insertRows(em, 'assessment', rows);
    assessments += rows.length;
    if (!published) {
      await auditQuarter(em, quarter);
      continue;
    }

    const categories = rankQuarter(ESTATE_CATEGORIES, ranking, definition);
    const publishedAt = demoMoment(minDay(addDays(last, 20), today), 17);
    const header = {
      quarter,
      schemeEdition: scheme.edition,
      redSharePercent: definition.redSharePercent,
      blackSharePercent: definition.blackSharePercent,
      publishedAt,
      categories: categories.map((c) => ({ category: c.category, ranked: c.ranked.length, unranked: c.unranked.length, redPlaces: c.redPlaces, blackPlaces: c.blackPlaces })),
    };
    const entries = categories.flatMap((c) =>
      c.ranked.filter((e) => e.place).map((e) => ({
        quarter,
        category: c.category,
        place: e.place!,
        rank: e.rank,
        projectId: e.key.project.id,
        firmId: e.key.project.firmId,
        projectName: e.key.project.name,
        estateName: estates.get(e.key.project.estateId)!.name,
        firmName: firms.get(e.key.project.firmId)!.name,
        total: e.total,
        maxTotal: e.key.maxTotal,
      })),
    );
    const [list] = await em.query(
      `INSERT INTO red_black_list (quarter, scheme_edition, red_share_percent, black_share_percent, categories, published_at, published_by_id, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [quarter, scheme.edition, definition.redSharePercent, definition.blackSharePercent, JSON.stringify(header.categories), publishedAt, actors.publisherId, redBlackSeal(header, entries)],
    );
    await insertRows(em, 'red_black_entry', entries.map((e) => ({ listId: list.id, ...e })));
    await auditQuarter(em, quarter);
    lists++;
  }
  return { assessments, lists };
}

/**
 * The audit events the API would have written for a seeded quarter (docs/domain-rules.md#audit): each assessment's
 * create, submit, review and publish as far as it went, and the list's publication, by the users who did them.
 * One INSERT … SELECT per quarter, so the seed stays fast at scale.
 */
async function auditQuarter(em: EntityManager, quarter: string): Promise<void> {
  await em.query(
    `INSERT INTO audit_event (at, actor_id, actor_name, action, entity_type, entity_id, before, after)
     SELECT ev.at, ev.actor_id, u.display_name, ev.action, 'Assessment', a.id::text, ev.before, ev.after
       FROM assessment a
       LEFT JOIN red_black_list l ON l.quarter = a.quarter
       CROSS JOIN LATERAL (VALUES
         (coalesce(a.submitted_at - interval '2 days', a.created_at), a.assessor_id, 'assessment.create', NULL::jsonb, '{"state": "DRAFT"}'::jsonb, true),
         (a.submitted_at, a.assessor_id, 'assessment.submit', '{"state": "DRAFT"}', '{"state": "SUBMITTED"}', a.submitted_at IS NOT NULL),
         (a.reviewed_at, a.reviewer_id, 'assessment.review', '{"state": "SUBMITTED"}', '{"state": "REVIEWED"}', a.reviewed_at IS NOT NULL),
         (l.published_at, l.published_by_id, 'assessment.publish', '{"state": "REVIEWED"}', '{"state": "PUBLISHED"}', a.state = 'PUBLISHED')
       ) AS ev(at, actor_id, action, before, after, happened)
       JOIN app_user u ON u.id = ev.actor_id
      WHERE a.quarter = $1 AND ev.happened
     UNION ALL
     SELECT l.published_at, l.published_by_id, u.display_name, 'redBlackList.publish', 'RedBlackList', l.id::text, NULL,
            jsonb_build_object('quarter', l.quarter, 'sha256', l.sha256, 'entries', (SELECT count(*) FROM red_black_entry e WHERE e.list_id = l.id))
       FROM red_black_list l JOIN app_user u ON u.id = l.published_by_id
      WHERE l.quarter = $1
      ORDER BY 1, 6`,
    [quarter],
  );
}
