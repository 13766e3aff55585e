import type { RequestContext } from '../request/context';
import { fail, isAppError } from '../shared/errors';
import { FilingAction, FilingStatus } from '../filings/filing';
import { DecisionDetails, FilingWorkflow } from '../filings/filing-workflow';
import { toId } from '../shared/ids';
import { findList, ListResult, ListSpec } from '../shared/list';
import { compiledList } from '../shared/read-plan';
import type { GraphQLResolveInfo } from 'graphql';
import { ownFilingFilters } from '../filings/own-filings';
import { normaliseCreditCode } from './credit-code';
import { Firm, FirmStatus } from './firm.entity';
import { FirmInput, FirmListOptions } from './firm.inputs';

const workflow = new FilingWorkflow<Firm>({
  entity: Firm,
  auditName: 'firm',
  numberPrefix: '湖物企备',
  constraintErrors: {
    firm_credit_code_key: () => fail.badField('creditCode', 'CREDIT_CODE_TAKEN', 'is already registered to another firm'),
  },
});

/** A credit code already registered: the refusal names the firm that holds it, so the clerk can look it up. */
async function namingHolder(ctx: RequestContext, error: unknown, input: FirmInput): Promise<never> {
  const taken = isAppError(error) && (error.extensions.fieldErrors as Array<{ rule: string }> | undefined)?.some((e) => e.rule === 'CREDIT_CODE_TAKEN');
  const holder = taken ? await ctx.em.findOne(Firm, { where: { creditCode: normaliseCreditCode(input.creditCode) }, select: { id: true, name: true } }) : null;
  if (!holder) throw error;
  throw fail.badField('creditCode', 'CREDIT_CODE_TAKEN', `is already registered to another firm (${holder.name})`, { firmName: holder.name, firmId: String(holder.id) });
}

function columns(input: FirmInput): Partial<Firm> {
  return {
    name: input.name.trim(),
    creditCode: normaliseCreditCode(input.creditCode),
    legalRepresentative: input.legalRepresentative.trim(),
    registeredAddress: input.registeredAddress.trim(),
    contactPerson: input.contactPerson.trim(),
    contactPhone: input.contactPhone.trim(),
    establishedOn: input.establishedOn ?? null,
    districtId: toId(input.districtId, 'districtId'),
    status: input.status ?? FirmStatus.ACTIVE,
  };
}

export class FirmService {
  /** One page; with the GraphQL selection (`info`), in one statement where it can be compiled. */
  async list(ctx: RequestContext, options: FirmListOptions | undefined, wantTotal: boolean, info?: GraphQLResolveInfo): Promise<ListResult<Firm>> {
    const spec: ListSpec<Firm, NonNullable<FirmListOptions['filter']>, NonNullable<FirmListOptions['sort']>['field']> = {
      entity: Firm,
      alias: 'f',
      defaultSort: 'name',
      filters: {
        name: { op: 'contains', columns: ['f.name'] },
        // the whole code or its beginning, as normalised on write; wildcards are dropped, not matched
        creditCode: {
          op: 'sql',
          where: (code, param) => ({ sql: `f.creditCode LIKE :${param}`, params: { [param]: `${normaliseCreditCode(code).replace(/[\\%_]/g, '')}%` } }),
          // the same firms whoever asks: their answer may be shared by callers of one role (response cache)
          readsCaller: false,
        },
        districtId: { op: 'eq', column: 'f.districtId', id: true },
        status: { op: 'enum', column: 'f.status', values: FirmStatus },
        filingStatus: { op: 'enum', column: 'f.filingStatus', values: FilingStatus },
        ...ownFilingFilters(ctx, 'f'),
        updatedAfter: { op: 'gt', column: 'f.updatedAt' },
      },
    };
    const limits = { wantTotal };
    return (info && (await compiledList(ctx, info, spec, options, limits))) ?? findList(ctx, spec, options, limits);
  }

  async get(ctx: RequestContext, id: number): Promise<Firm> {
    const firm = await ctx.loaders.byId(Firm).load(id);
    if (!firm) throw fail.notFound('Firm', id);
    return firm;
  }

  create(ctx: RequestContext, input: FirmInput): Promise<Firm> {
    return workflow.create(ctx, columns(input)).catch((error) => namingHolder(ctx, error, input));
  }

  /** A batch of drafts (a bulk import): one statement per step whatever the batch's size. */
  createMany(ctx: RequestContext, inputs: readonly FirmInput[]): Promise<Firm[]> {
    return workflow.createMany(ctx, inputs.map(columns));
  }

  update(ctx: RequestContext, id: number, version: number, input: FirmInput): Promise<Firm> {
    return workflow.update(ctx, id, version, columns(input)).catch((error) => namingHolder(ctx, error, input));
  }

  transition(ctx: RequestContext, id: number, version: number, action: FilingAction, details?: DecisionDetails): Promise<Firm> {
    return workflow.transition(ctx, id, version, action, details);
  }
}

export const firmService = new FirmService();
