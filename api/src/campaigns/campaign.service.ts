import { recordAudit } from '../audit/audit.service';
import { Estate } from '../estates/estate.entity';
import { assertJurisdiction, jurisdictionOf, jurisdictionScope, loadInJurisdiction } from '../estates/jurisdiction';
import { estatePlaceFilters } from '../geography/place-filter';
import type { RequestContext } from '../request/context';
import { actorId, readTogether, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { findList, ListResult } from '../shared/list';
import { RuleProblem } from '../shared/rule-violation';
import { lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { Campaign, CampaignMeasure, CampaignReport, CampaignReportQuantity, CampaignTotals } from './campaign.entity';
import {
  CampaignInput,
  CampaignListOptions,
  CampaignMeasureInput,
  CampaignReportInput,
  CampaignReportListOptions,
  CampaignReportUpdateInput,
  ReportedQuantityInput,
} from './campaign.inputs';
import {
  CampaignReportStatus,
  CampaignStatus,
  checkCampaignDates,
  checkCompletedOn,
  checkMeasures,
  checkQuantities,
  MeasureBound,
  shownQuantity,
  verifyRefusal,
} from './campaign-rules';
import { Role } from '../request/principal';
import { idWithRole } from '../auth/policies';

const problemAt = (field: string, problem: RuleProblem | null) => {
  if (problem) throw fail.problemAt(field, problem);
};

/** The refusals PostgreSQL makes of a report (migrations/1764806100000): the same words as the service's own. */
const REPORT_CONSTRAINTS = {
  campaign_report_verified_by_another: () => fail.forbidden('Whoever reported a campaign report does not verify it: another officer does', 'MAKER_CHECKER'),
  campaign_report_verified_locked: () => fail.badField('id', 'REPORT_VERIFIED', 'the report is verified and locked: report a correction instead'),
  campaign_report_once: () => fail.badField('estateId', 'ALREADY_REPORTED', 'the estate has reported in this campaign: correct its report instead (correctsId)'),
  campaign_report_corrected_once: () => fail.badField('correctsId', 'CORRECTION_EXISTS', 'the report already has a correction'),
};

/** The reports in force: verified, and not corrected by a verified report. */
const IN_FORCE = (r: string) => `${r}.status = 'VERIFIED' AND NOT EXISTS (SELECT 1 FROM campaign_report x WHERE x.corrects_id = ${r}.id AND x.status = 'VERIFIED')`;

const measuresOf = (ctx: RequestContext, campaignId: number) => ctx.loaders.manyBy(CampaignMeasure, 'campaignId', ['position']).load(campaignId);
export const quantitiesOf = (ctx: RequestContext, reportId: number) => ctx.loaders.manyBy(CampaignReportQuantity, 'reportId', ['measureId']).load(reportId);

function checkCampaign(input: CampaignInput): void {
  const problems = checkMeasures(input.measures.map((m) => ({ ...m, bound: m.bound ?? null })));
  if (problems.length) {
    throw fail.badInput(problems.map((p) => ({ field: p.index === null ? 'measures' : `measures[${p.index}].code`, rule: p.rule, message: p.subject ? `${p.subject}: ${p.message}` : p.message, args: p.args })));
  }
  const dates = checkCampaignDates(input.startsOn, input.endsOn, input.year);
  if (dates) problemAt(dates.rule === 'DATES_ORDER' ? 'endsOn' : 'year', dates);
}

const measureRows = (campaignId: number, measures: CampaignMeasureInput[]) =>
  measures.map((m, position) => ({ campaignId, code: m.code, labelZh: m.labelZh.trim(), labelEn: m.labelEn.trim(), unit: m.unit.trim(), kind: m.kind, bound: m.bound ?? null, position }));

/** The checks of a report's day and quantities against its campaign and estate, before anything is written. */
async function checkReport(ctx: RequestContext, campaign: Campaign, estate: Estate, input: { completedOn: string; quantities: ReportedQuantityInput[] }): Promise<CampaignMeasure[]> {
  const measures = await measuresOf(ctx, campaign.id);
  problemAt('completedOn', checkCompletedOn(input.completedOn, campaign, todayInChina()));
  const problems = checkQuantities(measures, input.quantities, estate);
  if (problems.length) {
    throw fail.badInput(problems.map((p) => ({ field: p.index === null ? 'quantities' : `quantities[${p.index}].quantity`, rule: p.rule, message: `${p.subject}: ${p.message}`, args: p.args })));
  }
  return measures;
}

async function reportSnapshot(ctx: RequestContext, id: number) {
  const [report, quantities] = await readTogether(ctx, [
    () => ctx.em.findOneByOrFail(CampaignReport, { id }),
    () => ctx.em.find(CampaignReportQuantity, { where: { reportId: id }, order: { measureId: 'ASC' } }),
  ]);
  return { report, audit: { ...report, quantities: quantities.map(({ measureId, quantity }) => ({ measureId, quantity })) } };
}

const insertQuantities = (ctx: RequestContext, reportId: number, measures: CampaignMeasure[], quantities: ReportedQuantityInput[]) =>
  ctx.em.insert(
    CampaignReportQuantity,
    quantities.map((q) => ({ reportId, measureId: measures.find((m) => m.code === q.measure)!.id, quantity: q.quantity.trim() })),
  );

const officerId = (ctx: RequestContext) => idWithRole(ctx.principal, Role.OFFICER);

/** Why the caller may not verify this report (the console's held button says it), or null. */
export const verifyHeldBy = (ctx: RequestContext, report: CampaignReport) => verifyRefusal(report, officerId(ctx), officerId(ctx) !== null);

/**
 * Special rectification campaigns (物业专项整治行动, docs/roles-and-workflows.md#rectification-campaigns): the registrar
 * sets a campaign and its measures; officers report what each estate of their subdistricts did, and another officer of
 * the subdistrict verifies it; verified totals per measure, city-wide and per district.
 */
export class CampaignService {
  list(ctx: RequestContext, options: CampaignListOptions | undefined, wantTotal: boolean): Promise<ListResult<Campaign>> {
    return findList(
      ctx,
      {
        entity: Campaign,
        alias: 'c',
        defaultSort: 'startsOn',
        filters: {
          status: { op: 'enum', column: 'c.status', values: CampaignStatus },
          year: { op: 'eq', column: 'c.year' },
          q: { op: 'contains', columns: ['c.name'] },
          updatedAfter: { op: 'gt', column: 'c.updatedAt' },
        },
      },
      options,
      { wantTotal },
    );
  }

  async get(ctx: RequestContext, id: number): Promise<Campaign> {
    const campaign = await ctx.loaders.byId(Campaign).load(id);
    if (!campaign) throw fail.notFound('Campaign', id);
    return campaign;
  }

  /** The latest campaigns (the dashboard's); their totals come through Campaign.totals, one statement for all. */
  latest(ctx: RequestContext, take: number): Promise<Campaign[]> {
    return ctx.em.find(Campaign, { order: { startsOn: 'DESC', id: 'DESC' }, take });
  }

  measures(ctx: RequestContext, campaignId: number): Promise<CampaignMeasure[]> {
    return measuresOf(ctx, campaignId);
  }

  async create(ctx: RequestContext, input: CampaignInput): Promise<Campaign> {
    checkCampaign(input);
    return withTransaction(ctx, async (ctx) => {
      try {
        const id: number = (
          await ctx.em.insert(Campaign, {
            name: input.name.trim(),
            year: input.year,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            description: input.description?.trim() || null,
            createdById: actorId(ctx),
          })
        ).identifiers[0].id;
        await ctx.em.insert(CampaignMeasure, measureRows(id, input.measures));
        const campaign = await ctx.em.findOneByOrFail(Campaign, { id });
        await recordAudit(ctx, { action: 'campaign.create', entityType: 'Campaign', entityId: id, after: { ...campaign, measures: input.measures } });
        return campaign;
      } catch (error) {
        translateDbError(error, { campaign_name_once: () => fail.badField('name', 'NAME_TAKEN', 'another campaign has this name') });
      }
    });
  }

  /**
   * A campaign's name, dates and measures, while it is open. Once an estate has reported, its measures keep their
   * codes, kinds and bounds and its dates still hold every report's day; once a report is verified, the campaign's
   * name and its measures' labels and units are fixed too (docs/domain-rules.md#rectification-campaigns).
   */
  async update(ctx: RequestContext, id: number, version: number, input: CampaignInput): Promise<Campaign> {
    checkCampaign(input);
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, Campaign, id, version, noRowRule);
      // its figures were reported, verified and totalled under what it said: a closed campaign changes no more
      if (row.status === CampaignStatus.CLOSED) throw fail.invalidTransition('Campaign', id, row.status, 'edited', { rule: 'CAMPAIGN_CLOSED' });
      const before = { ...row, measures: await ctx.em.find(CampaignMeasure, { where: { campaignId: id }, order: { position: 'ASC' } }) };
      const [reported]: Array<{ n: number; verified: number; first: string | null; last: string | null }> = await ctx.em.query(
        `SELECT count(*)::int AS n, (count(*) FILTER (WHERE status = 'VERIFIED'))::int AS verified,
                to_char(min(completed_on), 'YYYY-MM-DD') AS first, to_char(max(completed_on), 'YYYY-MM-DD') AS last
           FROM campaign_report WHERE campaign_id = $1`,
        [id],
      );
      // a verified figure counts what the campaign said when it was verified
      if (reported.verified > 0 && input.name.trim() !== row.name) throw fail.badField('name', 'WORDING_VERIFIED', 'reports are verified: the campaign keeps its name');
      if (reported.n > 0) {
        const same =
          before.measures.length === input.measures.length &&
          input.measures.every((m, i) => before.measures[i].code === m.code && before.measures[i].kind === m.kind && before.measures[i].bound === (m.bound ?? null));
        if (!same) throw fail.badField('measures', 'MEASURES_IN_USE', 'estates have reported: the measures keep their codes, kinds, bounds and order (labels and units may change)');
        const reworded = input.measures.some(
          (m, i) => before.measures[i].labelZh !== m.labelZh.trim() || before.measures[i].labelEn !== m.labelEn.trim() || before.measures[i].unit !== m.unit.trim(),
        );
        if (reported.verified > 0 && reworded) throw fail.badField('measures', 'WORDING_VERIFIED', 'reports are verified: the measures keep their labels and units');
        if (input.startsOn > reported.first! || input.endsOn < reported.last!) {
          throw fail.badField('startsOn', 'DATES_EXCLUDE_REPORTS', `reports are dated from ${reported.first} to ${reported.last}: the campaign's dates must hold them`, { first: reported.first!, last: reported.last! });
        }
        for (const [i, m] of input.measures.entries()) {
          await ctx.em.update(CampaignMeasure, { id: before.measures[i].id }, { labelZh: m.labelZh.trim(), labelEn: m.labelEn.trim(), unit: m.unit.trim() });
        }
      } else {
        await ctx.em.delete(CampaignMeasure, { campaignId: id });
        await ctx.em.insert(CampaignMeasure, measureRows(id, input.measures));
      }
      try {
        const updated = await saveVersion(ctx, Campaign, row, {
          name: input.name.trim(),
          year: input.year,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          description: input.description?.trim() || null,
        });
        await recordAudit(ctx, { action: 'campaign.update', entityType: 'Campaign', entityId: id, before, after: { ...updated, measures: input.measures } });
        return updated;
      } catch (error) {
        translateDbError(error, { campaign_name_once: () => fail.badField('name', 'NAME_TAKEN', 'another campaign has this name') });
      }
    });
  }

  /** Closes a campaign: no report after; reports already submitted may still be verified. */
  async close(ctx: RequestContext, id: number, version: number): Promise<Campaign> {
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, Campaign, id, version, noRowRule);
      if (row.status === CampaignStatus.CLOSED) throw fail.invalidTransition('Campaign', id, row.status, 'closed again', { rule: 'CAMPAIGN_CLOSED' });
      const updated = await saveVersion(ctx, Campaign, row, { status: CampaignStatus.CLOSED });
      await recordAudit(ctx, { action: 'campaign.conclude', entityType: 'Campaign', entityId: id, before: row, after: updated });
      return updated;
    });
  }

  async listReports(ctx: RequestContext, options: CampaignReportListOptions | undefined, wantTotal: boolean): Promise<ListResult<CampaignReport>> {
    return findList(
        ctx,
        {
          entity: CampaignReport,
          alias: 'r',
          defaultSort: 'id',
          filters: {
            campaignId: { op: 'eq', column: 'r.campaignId', id: true },
            estateId: { op: 'eq', column: 'r.estateId', id: true },
            ...estatePlaceFilters('r.estateId'),
            status: { op: 'enum', column: 'r.status', values: CampaignReportStatus },
            inForce: { op: 'sql', readsCaller: false, where: (inForce) => (inForce ? `(${IN_FORCE('r')})` : `NOT (${IN_FORCE('r')})`) },
            updatedAfter: { op: 'gt', column: 'r.updatedAt' },
          },
        },
        options,
        { wantTotal, scope: await jurisdictionScope(ctx, 'r.estateId') },
      );
  }

  getReport(ctx: RequestContext, id: number): Promise<CampaignReport> {
    return loadInJurisdiction(ctx, CampaignReport, id);
  }

  /** An officer reports what an estate of her subdistricts did in an open campaign (or corrects a verified report). */
  async report(ctx: RequestContext, input: CampaignReportInput): Promise<CampaignReport> {
    const campaignId = toId(input.campaignId, 'campaignId');
    const estateId = toId(input.estateId, 'estateId');
    const correctsId = input.correctsId ? toId(input.correctsId, 'correctsId') : null;
    const estate = await ctx.loaders.byId(Estate).load(estateId);
    if (!estate) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, estateId);
    return withTransaction(ctx, async (ctx) => {
      // held to the commit: a campaign closing meanwhile waits for this report, or this report sees it closed
      const campaign = await ctx.em.findOne(Campaign, { where: { id: campaignId }, lock: { mode: 'pessimistic_read' } });
      if (!campaign) throw fail.badField('campaignId', 'REFERENCE', 'refers to a record that does not exist');
      if (campaign.status === CampaignStatus.CLOSED) throw fail.badField('campaignId', 'CAMPAIGN_CLOSED', 'the campaign is closed: it takes no report');
      const measures = await checkReport(ctx, campaign, estate, input);
      if (correctsId !== null) {
        const corrected = await ctx.em.findOneBy(CampaignReport, { id: correctsId });
        if (!corrected || corrected.campaignId !== campaignId || corrected.estateId !== estateId) {
          throw fail.badField('correctsId', 'NOT_THIS_ESTATE', 'must be a report of this campaign and estate');
        }
        if (corrected.status !== CampaignReportStatus.VERIFIED) throw fail.badField('correctsId', 'NOT_VERIFIED', 'a report waiting for verification is edited by its reporter, not corrected');
      } else {
        const [first] = await ctx.em.query(`SELECT id FROM campaign_report WHERE campaign_id = $1 AND estate_id = $2 AND corrects_id IS NULL`, [campaignId, estateId]);
        if (first) throw fail.badField('estateId', 'ALREADY_REPORTED', `the estate has reported in this campaign (report ${first.id}): correct the report in force instead (correctsId)`, { reportId: String(first.id) });
      }
      try {
        const id: number = (
          await ctx.em.insert(CampaignReport, { campaignId, estateId, completedOn: input.completedOn, note: input.note?.trim() || null, reportedById: actorId(ctx)!, correctsId })
        ).identifiers[0].id;
        await insertQuantities(ctx, id, measures, input.quantities);
        const { report, audit } = await reportSnapshot(ctx, id);
        await recordAudit(ctx, { action: 'campaignReport.create', entityType: 'CampaignReport', entityId: id, after: audit });
        return report;
      } catch (error) {
        translateDbError(error, REPORT_CONSTRAINTS);
      }
    });
  }

  /** Its reporter corrects a report not yet verified (a verified one is locked: it is corrected by a new report). */
  async updateReport(ctx: RequestContext, id: number, version: number, input: CampaignReportUpdateInput): Promise<CampaignReport> {
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, CampaignReport, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      if (row.status === CampaignReportStatus.VERIFIED) throw fail.invalidTransition('CampaignReport', id, row.status, 'changed: report a correction instead', { rule: 'REPORT_VERIFIED' });
      if (row.reportedById !== actorId(ctx)) throw fail.forbidden('Only its reporter edits a report before verification; another officer verifies it', 'NOT_REPORTER');
      const campaign = await ctx.em.findOne(Campaign, { where: { id: row.campaignId }, lock: { mode: 'pessimistic_read' } });
      if (campaign!.status === CampaignStatus.CLOSED) throw fail.badField('campaignId', 'CAMPAIGN_CLOSED', 'the campaign is closed: it takes no report');
      const estate = await ctx.em.findOneByOrFail(Estate, { id: row.estateId });
      const measures = await checkReport(ctx, campaign!, estate, input);
      const { audit: before } = await reportSnapshot(ctx, id);
      try {
        await ctx.em.delete(CampaignReportQuantity, { reportId: id });
        await insertQuantities(ctx, id, measures, input.quantities);
        await saveVersion(ctx, CampaignReport, row, { completedOn: input.completedOn, note: input.note?.trim() || null });
        const { report, audit } = await reportSnapshot(ctx, id);
        await recordAudit(ctx, { action: 'campaignReport.update', entityType: 'CampaignReport', entityId: id, before, after: audit });
        return report;
      } catch (error) {
        translateDbError(error, REPORT_CONSTRAINTS);
      }
    });
  }

  /** Another officer of the estate's subdistricts verifies a report; from then on it is locked (maker-checker). */
  async verifyReport(ctx: RequestContext, id: number, version: number): Promise<CampaignReport> {
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, CampaignReport, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      const refusal = verifyHeldBy(ctx, row);
      if (refusal === 'REPORT_VERIFIED') throw fail.invalidTransition('CampaignReport', id, row.status, 'verified again', { rule: 'REPORT_VERIFIED' });
      if (refusal === 'MAKER_CHECKER') throw fail.forbidden(`You reported campaign report ${id}: another officer verifies it`, 'MAKER_CHECKER');
      if (refusal) throw fail.forbidden('Only an officer verifies a campaign report', refusal);
      // held to the commit, as a report holds it: an edit of the campaign's wording waits and then sees this verified
      // report (WORDING_VERIFIED), or this verification waits and checks the words the edit left
      await ctx.em.findOne(Campaign, { where: { id: row.campaignId }, lock: { mode: 'pessimistic_read' } });
      // the estate's lifts as they are now: a report checked when made is checked again as it is verified
      const [campaign, estate, quantities] = await readTogether(ctx, [
        () => ctx.em.findOneByOrFail(Campaign, { id: row.campaignId }),
        () => ctx.em.findOneByOrFail(Estate, { id: row.estateId }),
        () => ctx.em.find(CampaignReportQuantity, { where: { reportId: id } }),
      ]);
      const measures = await measuresOf(ctx, campaign.id);
      const problems = checkQuantities(
        measures,
        quantities.map((q) => ({ measure: measures.find((m) => m.id === q.measureId)!.code, quantity: q.quantity })),
        estate,
      );
      if (problems.length) throw fail.badInput(problems.map((p) => ({ field: 'quantities', rule: p.rule, message: `${p.subject}: ${p.message}`, args: p.args })));
      try {
        const updated = await saveVersion(ctx, CampaignReport, row, { status: CampaignReportStatus.VERIFIED, verifiedById: actorId(ctx), verifiedAt: new Date() });
        await recordAudit(ctx, { action: 'campaignReport.verify', entityType: 'CampaignReport', entityId: id, before: row, after: updated });
        return updated;
      } catch (error) {
        translateDbError(error, REPORT_CONSTRAINTS);
      }
    });
  }

  /**
   * The verified totals of campaigns in one statement (not one per campaign, district or measure): per measure,
   * the estates covered, and the lifts the estates have where a measure is bounded by them; city-wide and per
   * district. Officers' totals are of their subdistricts.
   */
  async totals(ctx: RequestContext, campaignIds: readonly number[]): Promise<CampaignTotals[][]> {
    const jurisdiction = await jurisdictionOf(ctx);
    const subdistricts = jurisdiction.kind === 'all' ? null : jurisdiction.ids;
    const rows: Array<{ kind: 'sum' | 'covered' | 'lifts'; campaign_id: number; district_id: number | null; district_name: string | null; measure_id: number | null; total: string; estates: number | null }> =
      await ctx.em.query(
        `WITH placed AS (
           SELECT e.id AS estate_id, e.elevators, s.district_id, d.name AS district_name
             FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id JOIN district d ON d.id = s.district_id
            WHERE $2::int[] IS NULL OR c.subdistrict_id = ANY ($2)),
         current AS (
           SELECT r.id, r.campaign_id, p.district_id, p.district_name FROM campaign_report r JOIN placed p ON p.estate_id = r.estate_id
            WHERE r.campaign_id = ANY ($1) AND ${IN_FORCE('r')}),
         sums AS (
           SELECT cur.campaign_id, cur.district_id, min(cur.district_name) AS district_name, q.measure_id, sum(q.quantity)::text AS total, count(*) FILTER (WHERE q.quantity > 0)::int AS estates
             FROM current cur JOIN campaign_report_quantity q ON q.report_id = cur.id
            GROUP BY GROUPING SETS ((cur.campaign_id, q.measure_id), (cur.campaign_id, cur.district_id, q.measure_id))),
         covered AS (
           SELECT campaign_id, district_id, min(district_name) AS district_name, count(*)::int AS n FROM current
            GROUP BY GROUPING SETS ((campaign_id), (campaign_id, district_id))),
         lifts AS (
           SELECT district_id, min(district_name) AS district_name, sum(elevators)::int AS n FROM placed GROUP BY GROUPING SETS ((), (district_id)))
         SELECT 'sum' AS kind, campaign_id, district_id, district_name, measure_id, total, estates FROM sums
         UNION ALL SELECT 'covered', campaign_id, district_id, district_name, NULL, n::text, NULL FROM covered
         UNION ALL SELECT 'lifts', NULL, district_id, district_name, NULL, n::text, NULL FROM lifts
          WHERE EXISTS (SELECT 1 FROM campaign_measure m WHERE m.campaign_id = ANY ($1) AND m.bound = '${MeasureBound.ESTATE_ELEVATORS}')`,
        [campaignIds, subdistricts],
      );
    const measures = await Promise.all(campaignIds.map((id) => measuresOf(ctx, id)));
    const lifts = new Map(rows.filter((r) => r.kind === 'lifts').map((r) => [r.district_id, Number(r.total)]));
    return campaignIds.map((campaignId, i) => {
      const bounded = measures[i].some((m) => m.bound === MeasureBound.ESTATE_ELEVATORS);
      const mine = rows.filter((r) => r.campaign_id === campaignId);
      const districts = [...new Map(mine.filter((r) => r.district_id !== null).map((r) => [r.district_id, r.district_name])).entries()].sort(([a], [b]) => a! - b!);
      const totalsFor = (districtId: number | null, districtName: string | null): CampaignTotals => ({
        districtId: districtId === null ? null : String(districtId),
        districtName,
        estatesCovered: Number(mine.find((r) => r.kind === 'covered' && r.district_id === districtId)?.total ?? 0),
        measures: measures[i].map((measure) => {
          const sum = mine.find((r) => r.kind === 'sum' && r.district_id === districtId && r.measure_id === measure.id);
          return { measure, total: shownQuantity(measure.kind, sum?.total ?? '0'), estates: sum?.estates ?? 0 };
        }),
        estateElevators: bounded ? (lifts.get(districtId) ?? 0) : null,
      });
      return [totalsFor(null, null), ...districts.map(([id, name]) => totalsFor(id, name))];
    });
  }
}

export const campaignService = new CampaignService();
