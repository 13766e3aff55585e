import { recordAudit } from '../audit/audit.service';
import { assertJurisdiction, jurisdictionScope } from '../estates/jurisdiction';
import { RequestContext, withTransaction } from '../request/context';
import { hasRole } from '../auth/policies';
import { Role } from '../request/principal';
import { fail } from '../shared/errors';
import { EDITABLE_FILING_STATUSES, FilingAction, FilingStatus } from '../filings/filing';
import { DecisionDetails, FilingWorkflow } from '../filings/filing-workflow';
import { loadHolidayCalendar } from '../holidays/holiday-notice.store';
import { IsoDate, todayInChina } from '../shared/iso-date';
import { findList, ListResult } from '../shared/list';
import { estatePlaceFilters } from '../geography/place-filter';
import { checkPositions, CommitteePosition, DEFAULT_COMMITTEE_RULES } from './committee-composition';
import { CommitteeFiling, CommitteeFilingKind } from './committee-filing.entity';
import { CommitteeMember } from './committee-member.entity';
import { Committee } from './committee.entity';
import { CommitteeFilingListOptions, MaterialInput } from './committee.inputs';
import { FilingMaterial, MaterialKind, REQUIRED_MATERIALS } from './filing-material.entity';
import { committeeFilingDue, committeeFilingDueProblem } from './filing-deadlines';
import { checkUploadedFile } from './material-file';
import { insertReturning } from '../shared/versioned';
import { translateDbError } from '../shared/db-errors';
import { filingEventProblem } from './committee-terms';
import { keepCommitteeFilingAsApproved } from '../filings/as-approved';
import { MAKER_ADDED } from '../filings/makers';

async function committeeOf(ctx: RequestContext, filing: CommitteeFiling): Promise<Committee> {
  return ctx.em.findOneByOrFail(Committee, { id: filing.committeeId });
}

/**
 * A material shapes the filing as its content does: whoever adds or removes one is among its makers (filings/makers.ts).
 * The write moves the filing's version itself, as the material's event would have (docs/architecture.md#change-feed-versions).
 */
async function addMaker(ctx: RequestContext, filingId: number): Promise<void> {
  await ctx.em
    .createQueryBuilder()
    .update(CommitteeFiling)
    .set({ makerIds: () => MAKER_ADDED, version: () => 'version + 1' })
    .where('id = :filingId')
    .setParameters({ filingId, makerId: ctx.principal?.id ?? null })
    .execute();
}

const workflow = new FilingWorkflow<CommitteeFiling>({
  entity: CommitteeFiling,
  auditName: 'committeeFiling',
  numberPrefix: '湖业委备',
  // the street office of the committee's estate files it; registrars (whose jurisdiction is everything) decide it
  async authorize(ctx, filing) {
    await assertJurisdiction(ctx, (await committeeOf(ctx, filing)).estateId);
  },
  // filed by the street office for the committee: complete materials and the officers chosen at the first meeting;
  // the approval checks them again, so no filing is numbered without what its certificate rests on
  async guard(ctx, filing, action) {
    if (action !== FilingAction.SUBMIT && action !== FilingAction.APPROVE) return;
    const committee = await committeeOf(ctx, filing);
    const kinds: Array<{ kind: MaterialKind }> = await ctx.em.query(`SELECT DISTINCT kind FROM filing_material WHERE committee_filing_id = $1`, [filing.id]);
    const missing = REQUIRED_MATERIALS.filter((k) => !kinds.some((m) => m.kind === k));
    if (missing.length) {
      const move = action === FilingAction.APPROVE ? 'approved' : 'submitted';
      throw fail.invalidTransition('CommitteeFiling', filing.id, filing.filingStatus, `${move} without ${missing.join(', ')}`, { rule: 'MATERIALS_MISSING', missingMaterials: missing });
    }
    const members = await ctx.em.find(CommitteeMember, { where: { committeeId: committee.id } });
    const positions = members.filter((m) => !m.endsOn).map((m) => m.position);
    const problems = checkPositions(positions);
    if (problems.length) {
      // the figures the rule counts, so the refusal can say how many vice-chairs are required and how many are set
      const count = (p: CommitteePosition) => positions.filter((x) => x === p).length;
      throw fail.invalidTransition('CommitteeFiling', filing.id, filing.filingStatus, `${action === FilingAction.APPROVE ? 'approved' : 'submitted'} before the positions are set: ${problems.map((p) => p.message).join('; ')}`, {
        rule: 'POSITIONS_NOT_SET',
        positionProblems: problems.map((p) => ({ rule: p.rule, message: p.message, ...(p.args ? { args: p.args } : {}) })),
        chairs: count(CommitteePosition.CHAIR),
        viceChairs: count(CommitteePosition.VICE_CHAIR),
        members: count(CommitteePosition.MEMBER),
        viceChairsMin: DEFAULT_COMMITTEE_RULES.viceChairs.min,
        viceChairsMax: DEFAULT_COMMITTEE_RULES.viceChairs.max,
      });
    }
  },
  onApprove: (ctx, filing) => keepCommitteeFilingAsApproved(ctx, filing.id),
});

/** A filing's estate, through its committee (for the place filters and the jurisdiction). */
const ESTATE_OF_FILING = '(SELECT estate_id FROM committee WHERE committee.id = cf.committee_id)';

const establishmentFiled = (committeeId: number, filingId?: number) =>
  fail.alreadyExists(`committee ${committeeId} has its establishment filing${filingId ? ` (${filingId})` : ''}`, { rule: 'ESTABLISHMENT_FILED', ...(filingId ? { filingId: String(filingId) } : {}) });

export class CommitteeFilingService {
  async list(ctx: RequestContext, options: CommitteeFilingListOptions | undefined, wantTotal: boolean): Promise<ListResult<CommitteeFiling>> {
    const today = todayInChina();
    const overdue = `(cf.filingStatus IN ('DRAFT', 'RETURNED') AND cf.dueOn < :today)`;
    return findList(
      ctx,
      {
        entity: CommitteeFiling,
        alias: 'cf',
        defaultSort: 'dueOn',
        filters: {
          committeeId: { op: 'eq', column: 'cf.committeeId', id: true },
          estateId: { op: 'sqlId', where: (_id, param) => `cf.committeeId IN (SELECT id FROM committee WHERE estate_id = :${param})` },
          ...estatePlaceFilters(ESTATE_OF_FILING),
          filingStatus: { op: 'enum', column: 'cf.filingStatus', values: FilingStatus },
          overdue: { op: 'sql', where: (isOverdue) => ({ sql: isOverdue ? overdue : `NOT ${overdue}`, params: { today } }) },
          updatedAfter: { op: 'gt', column: 'cf.updatedAt' },
        },
      },
      options,
      {
        wantTotal,
        scope: await jurisdictionScope(ctx, ESTATE_OF_FILING),
      },
    );
  }

  async get(ctx: RequestContext, id: number): Promise<CommitteeFiling> {
    const filing = await ctx.loaders.byId(CommitteeFiling).load(id);
    if (!filing) throw fail.notFound('CommitteeFiling', id);
    const committee = await ctx.loaders.byId(Committee).load(filing.committeeId);
    await assertJurisdiction(ctx, committee!.estateId);
    return filing;
  }

  /**
   * A draft filing for a committee's election or change, due 30 days after it. `field` names the input that
   * carried the date (registerCommittee's `electedOn`), for the refusals.
   */
  async create(ctx: RequestContext, committeeId: number, kind: CommitteeFilingKind, eventDate: IsoDate, field = 'eventDate'): Promise<CommitteeFiling> {
    const committee = await ctx.em.findOneBy(Committee, { id: committeeId });
    if (!committee) throw fail.badField('committeeId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, committee.estateId);
    const eventProblem = filingEventProblem(kind, eventDate, committee, todayInChina());
    if (eventProblem) throw fail.problemAt(field, eventProblem);
    if (kind === CommitteeFilingKind.ESTABLISHMENT) {
      // a committee is established once: one establishment filing, unless revoked (docs/roles-and-workflows.md#committee-filing)
      const [filed] = await ctx.em.query(`SELECT id FROM committee_filing WHERE committee_id = $1 AND kind = $2 AND filing_status <> $3 LIMIT 1`, [
        committeeId,
        CommitteeFilingKind.ESTABLISHMENT,
        FilingStatus.REVOKED,
      ]);
      if (filed) throw establishmentFiled(committeeId, filed.id);
    }
    const calendar = await loadHolidayCalendar(ctx.em);
    // the due date is computed on the law's holidays, known for 2008–2100 only (docs/domain-rules.md#holidays)
    const outside = committeeFilingDueProblem(eventDate, calendar);
    if (outside) throw fail.problemAt(field, outside);
    const due = committeeFilingDue(eventDate, calendar);
    // two at once: the database keeps one establishment (migration 1764804900000)
    return workflow.create(ctx, { committeeId, kind, eventDate, dueOn: due.dueOn, dueOnProvisional: due.provisional }).catch((error: unknown) =>
      translateDbError(error, { committee_filing_one_establishment: () => establishmentFiled(committeeId) }),
    );
  }

  async transition(ctx: RequestContext, id: number, version: number, action: FilingAction, details?: DecisionDetails): Promise<CommitteeFiling> {
    return workflow.transition(ctx, id, version, action, details);
  }

  /**
   * Adds a material while the filing is with the street office (draft or returned): a PDF, an image or an Office
   * document by its content (material-type.ts), named as what it is, of at most MAX_MATERIAL_BYTES.
   */
  async addMaterial(ctx: RequestContext, filingId: number, input: MaterialInput): Promise<FilingMaterial> {
    const { fileName, content, type, sha256 } = checkUploadedFile(input.contentBase64, input.fileName);
    return withTransaction(ctx, async (ctx) => {
      const filing = await ctx.em.findOne(CommitteeFiling, { where: { id: filingId }, lock: { mode: 'pessimistic_write' } });
      if (!filing) throw fail.notFound('CommitteeFiling', filingId);
      await assertJurisdiction(ctx, (await committeeOf(ctx, filing)).estateId);
      if (!EDITABLE_FILING_STATUSES.includes(filing.filingStatus)) {
        throw fail.invalidTransition('CommitteeFiling', filingId, filing.filingStatus, 'given new materials', { rule: 'FILING_NOT_EDITABLE' });
      }
      const material = await insertReturning(ctx, FilingMaterial, {
        committeeFilingId: filingId,
        kind: input.kind,
        fileName,
        contentType: type.mime,
        sizeBytes: content.length,
        sha256,
        content,
        uploadedById: ctx.principal?.id ?? null,
      });
      await addMaker(ctx, filingId);
      await recordAudit(ctx, { action: 'committeeFiling.addMaterial', entityType: 'CommitteeFiling', entityId: filingId, after: { ...material, sha256: material.sha256.toString('hex') } });
      return material;
    });
  }

  async removeMaterial(ctx: RequestContext, materialId: number): Promise<boolean> {
    return withTransaction(ctx, async (ctx) => {
      const material = await ctx.em.findOneBy(FilingMaterial, { id: materialId });
      if (!material) throw fail.notFound('FilingMaterial', materialId);
      const filing = await ctx.em.findOne(CommitteeFiling, { where: { id: material.committeeFilingId }, lock: { mode: 'pessimistic_write' } });
      await assertJurisdiction(ctx, (await committeeOf(ctx, filing!)).estateId);
      if (!EDITABLE_FILING_STATUSES.includes(filing!.filingStatus)) {
        throw fail.invalidTransition('CommitteeFiling', filing!.id, filing!.filingStatus, 'stripped of materials', { rule: 'FILING_NOT_EDITABLE' });
      }
      await ctx.em.delete(FilingMaterial, { id: materialId });
      await addMaker(ctx, filing!.id);
      await recordAudit(ctx, { action: 'committeeFiling.removeMaterial', entityType: 'CommitteeFiling', entityId: filing!.id, before: { ...material, sha256: material.sha256.toString('hex') } });
      return true;
    });
  }

  /**
   * The file itself, base64: member lists and minutes name owners, so only the street office (officers of the
   * estate's subdistrict, checked here) and the registrar who decides the filing (once it was submitted) read it.
   */
  async materialContent(ctx: RequestContext, materialId: number): Promise<string> {
    const material = await ctx.em.findOne(FilingMaterial, { where: { id: materialId }, select: { id: true, committeeFilingId: true, content: true, createdAt: true } });
    if (!material) throw fail.notFound('FilingMaterial', materialId);
    const filing = await this.get(ctx, material.committeeFilingId);
    // the file itself was submitted: added before the filing's last submission (one added after a return is still the office's draft: attacker round 7 F7)
    if (hasRole(ctx.principal, Role.REGISTRAR) && (filing.filingStatus === FilingStatus.DRAFT || !filing.submittedAt || material.createdAt > filing.submittedAt)) {
      throw fail.forbidden('A registrar reads a committee filing’s files once the street office has submitted them', 'NOT_SUBMITTED');
    }
    return material.content.toString('base64');
  }

  /** Overdue: still with the street office after its last day (docs/domain-rules.md#deadlines, Art. 203). */
  isOverdue(filing: CommitteeFiling, today: IsoDate = todayInChina()): boolean {
    return (filing.filingStatus === FilingStatus.DRAFT || filing.filingStatus === FilingStatus.RETURNED) && today > filing.dueOn;
  }
}

export const committeeFilingService = new CommitteeFilingService();
