import { Firm } from '../firms/firm.entity';
import type { RequestContext } from '../request/context';
import { AppError, ErrorCode, fail } from '../shared/errors';
import { EDITABLE_FILING_STATUSES, FilingAction, FilingStatus } from '../filings/filing';
import { DecisionDetails, FilingWorkflow } from '../filings/filing-workflow';
import { toId } from '../shared/ids';
import { findList, ListResult, ListSpec } from '../shared/list';
import { compiledList } from '../shared/read-plan';
import type { GraphQLResolveInfo } from 'graphql';
import { ownFilingFilters } from '../filings/own-filings';
import { Project, SelectionMethod } from './project.entity';
import { ProjectInput, ProjectListOptions } from './project.inputs';
import { estatePlaceFilters } from '../geography/place-filter';
import { keepProjectAsApproved } from '../filings/as-approved';
import { heldForCheck } from '../shared/versioned';

const workflow = new FilingWorkflow<Project>({
  entity: Project,
  auditName: 'project',
  numberPrefix: '湖物项备',
  constraintErrors: {
    project_no_overlap: () =>
      new AppError(
        ErrorCode.CONTRACT_OVERLAP,
        'Another approved project of this estate covers part of the same contract period; revoke it or change the dates first',
      ),
  },
  async guard(ctx, project, action) {
    // a project is filed under a firm that is itself filed and active
    if (action === FilingAction.APPROVE) {
      // held to the commit: a registrar revoking the firm meanwhile waits, or this approval sees the revocation (attacker round 7 F3)
      const firm = await heldForCheck(ctx, Firm, project.firmId);
      if (firm?.filingStatus !== FilingStatus.APPROVED || firm.status !== 'ACTIVE') {
        throw fail.invalidTransition('Project', project.id, project.filingStatus, 'approved while its firm’s filing is not approved and active', { rule: 'FIRM_NOT_APPROVED' });
      }
    }
    // the clerk hears of an overlap when submitting, by the rule and message the approval uses (project_no_overlap stays the backstop)
    if (action === FilingAction.APPROVE || action === FilingAction.SUBMIT) {
      const other = await overlappingApproved(ctx, project);
      if (other) throw contractOverlap(other);
    }
  },
  onApprove: (ctx, project) => keepProjectAsApproved(ctx, project.id),
});

/** The approved project of the same estate whose contract shares a day with this one's (dates inclusive), if any. */
async function overlappingApproved(ctx: RequestContext, project: Pick<Project, 'id' | 'estateId' | 'contractStart' | 'contractEnd'>): Promise<Project | null> {
  return ctx.em
    .createQueryBuilder(Project, 'p')
    .where('p.estateId = :estateId AND p.id <> :id AND p.filingStatus = :approved', { estateId: project.estateId, id: project.id, approved: FilingStatus.APPROVED })
    .andWhere(`daterange(p.contractStart, p.contractEnd, '[]') && daterange(CAST(:start AS date), CAST(:end AS date), '[]')`, { start: project.contractStart, end: project.contractEnd })
    .orderBy('p.id')
    .getOne();
}

/** Names the approved project in the way, so whoever meets it knows what to revoke or which dates to change. */
function contractOverlap(other: Project): AppError {
  return new AppError(
    ErrorCode.CONTRACT_OVERLAP,
    `Another approved project of this estate (${other.name}, ${other.filingNumber ?? other.id}) covers part of the same contract period; revoke it or change the dates first`,
    { projectId: String(other.id), projectName: other.name, filingNumber: other.filingNumber },
  );
}

function columns(input: ProjectInput): Partial<Project> {
  return {
    name: input.name.trim(),
    estateId: toId(input.estateId, 'estateId'),
    firmId: toId(input.firmId, 'firmId'),
    projectManager: input.projectManager.trim(),
    managerPhone: input.managerPhone.trim(),
    contractStart: input.contractStart,
    contractEnd: input.contractEnd,
    selectionMethod: input.selectionMethod,
    billingModel: input.billingModel,
    residentialFee: input.residentialFee,
    commercialFee: input.commercialFee ?? null,
    parkingFee: input.parkingFee ?? null,
    households: input.households,
    managedArea: input.managedArea,
  };
}

export class ProjectService {
  /** One page; with the GraphQL selection (`info`), in one statement where it can be compiled. */
  async list(ctx: RequestContext, options: ProjectListOptions | undefined, wantTotal: boolean, info?: GraphQLResolveInfo): Promise<ListResult<Project>> {
    const spec: ListSpec<Project, NonNullable<ProjectListOptions['filter']>, NonNullable<ProjectListOptions['sort']>['field']> = {
      entity: Project,
      alias: 'p',
      defaultSort: 'name',
      filters: {
        name: { op: 'contains', columns: ['p.name'] },
        firmId: { op: 'eq', column: 'p.firmId', id: true },
        estateId: { op: 'eq', column: 'p.estateId', id: true },
        ...estatePlaceFilters('p.estateId'),
        filingStatus: { op: 'enum', column: 'p.filingStatus', values: FilingStatus },
        selectionMethod: { op: 'enum', column: 'p.selectionMethod', values: SelectionMethod },
        activeOn: { op: 'between', from: 'p.contractStart', to: 'p.contractEnd' },
        ...ownFilingFilters(ctx, 'p'),
        updatedAfter: { op: 'gt', column: 'p.updatedAt' },
      },
    };
    const limits = { wantTotal };
    return (info && (await compiledList(ctx, info, spec, options, limits))) ?? findList(ctx, spec, options, limits);
  }

  async get(ctx: RequestContext, id: number): Promise<Project> {
    const project = await ctx.loaders.byId(Project).load(id);
    if (!project) throw fail.notFound('Project', id);
    return project;
  }

  create(ctx: RequestContext, input: ProjectInput): Promise<Project> {
    return workflow.create(ctx, columns(input));
  }

  /** A batch of drafts (a bulk import): one statement per step whatever the batch's size. */
  createMany(ctx: RequestContext, inputs: readonly ProjectInput[]): Promise<Project[]> {
    return workflow.createMany(ctx, inputs.map(columns));
  }

  update(ctx: RequestContext, id: number, version: number, input: ProjectInput): Promise<Project> {
    return workflow.update(ctx, id, version, columns(input));
  }

  /**
   * While a project is still to be decided (draft, returned or submitted): the approved project its contract
   * overlaps, which submitting and approving would be refused for — a warning only, since that project may be revoked first.
   */
  async overlapWarning(ctx: RequestContext, project: Project): Promise<Project | null> {
    if (!EDITABLE_FILING_STATUSES.includes(project.filingStatus) && project.filingStatus !== FilingStatus.SUBMITTED) return null;
    return overlappingApproved(ctx, project);
  }

  transition(ctx: RequestContext, id: number, version: number, action: FilingAction, details?: DecisionDetails): Promise<Project> {
    return workflow.transition(ctx, id, version, action, details);
  }
}

export const projectService = new ProjectService();
