import type { RequestContext } from '../request/context';
import { fail, isAppError } from '../shared/errors';
import { FilingAction, FilingStatus } from '../filings/filing';
import { DecisionDetails, FilingWorkflow } from '../filings/filing-workflow';
import { toId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { findList, ListResult, ListSpec } from '../shared/list';
import { compiledList } from '../shared/read-plan';
import type { GraphQLResolveInfo } from 'graphql';
import { ownFilingFilters } from '../filings/own-filings';
import { matchKey, matchKeySql } from '../shared/match-key';
import { trimSpaces } from '../shared/text';
import { normaliseCreditCode } from './credit-code';
import { Firm, FirmStatus } from './firm.entity';
import { FirmInput, FirmListOptions } from './firm.inputs';

const workflow = new FilingWorkflow<Firm>({
  entity: Firm,
  auditName: 'firm',
  numberPrefix: '湖物企备',
  constraintErrors: {
    firm_credit_code_key: () => fail.badField('creditCode', 'CREDIT_CODE_TAKEN', 'is already registered to another firm'),
    firm_name_key: () => fail.badField('name', FIRM_NAME_TAKEN, 'is the name of another firm'),
  },
  // a project in force stands on an approved firm: its approval holds the firm (round 7 F3), and a firm is not revoked
  // under its projects in force (round 8 F14: they went on accruing funds and being ranked under a deregistered firm)
  guard: async (ctx, row, action) => {
    if (action !== FilingAction.REVOKE) return;
    const inForce: Array<{ id: number }> = await ctx.em.query(
      `SELECT id FROM project WHERE firm_id = $1 AND filing_status = $2 AND contract_end >= $3 ORDER BY id`,
      [row.id, FilingStatus.APPROVED, todayInChina()],
    );
    if (inForce.length) {
      throw fail.invalidTransition('Firm', row.id, row.filingStatus, `revoked while ${inForce.length} of its projects stand approved with a contract in force: revoke those first`, {
        rule: 'FIRM_HAS_PROJECTS_IN_FORCE',
        count: inForce.length,
        projectIds: inForce.map((p) => String(p.id)),
      });
    }
  },
});

/** The rule of a firm's name that reads as another's (docs/domain-rules.md#firm-names). */
export const FIRM_NAME_TAKEN = 'FIRM_NAME_TAKEN';

/** Radicals and compatibility ideographs that draw an ordinary ideograph (⽔ for 水): stored as that ideograph. */
const LOOK_ALIKE_IDEOGRAPHS = /[\u2E80-\u2FDF\uF900-\uFAFF]|[\u{2F800}-\u{2FA1F}]/gu;

/**
 * As a firm's name is stored: as typed, without the spaces around it, a look-alike ideograph as the ideograph it draws;
 * full-width brackets and letters stay as on the licence (（湖州）), the match key compares them as NFKC.
 */
export const storedFirmName = (name: string) => trimSpaces(name.replace(LOOK_ALIKE_IDEOGRAPHS, (c) => c.normalize('NFKC')));

/**
 * The firms, not revoked, whose names read as each of `names` (one match key: blanks, invisible characters and width
 * ignored), by key; a revoked firm's name may be taken again. Uses the index firm_name_key (same expression, same predicate).
 */
export async function firmsNamed(ctx: RequestContext, names: readonly string[], exceptId = 0): Promise<Map<string, { id: number; name: string }>> {
  const rows: Array<{ key: string; id: number; name: string }> = await ctx.em.query(
    `SELECT DISTINCT ON (key) ${matchKeySql('name')} AS key, id, name FROM firm
      WHERE ${matchKeySql('name')} = ANY($1) AND filing_status <> 'REVOKED' AND id <> $2 ORDER BY key, id`,
    [names.map(matchKey), exceptId],
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, name: r.name }]));
}

const nameTakenBy = (holder: { id: number; name: string }) =>
  fail.badField('name', FIRM_NAME_TAKEN, `is the name of another firm (${holder.name})`, { firmName: holder.name, firmId: String(holder.id) });

/** One name per firm, checked before an update's write, naming the firm that has it (the index refuses a concurrent one). */
async function refuseTakenName(ctx: RequestContext, input: FirmInput, exceptId?: number): Promise<void> {
  const holder = (await firmsNamed(ctx, [input.name], exceptId)).get(matchKey(input.name));
  if (holder) throw nameTakenBy(holder);
}

/** A credit code or a name already registered: the refusal names the firm that holds it, so the clerk can look it up. */
async function namingHolder(ctx: RequestContext, error: unknown, input: FirmInput, exceptId?: number): Promise<never> {
  const rules = isAppError(error) ? ((error.extensions.fieldErrors as Array<{ rule: string }> | undefined) ?? []).map((e) => e.rule) : [];
  if (rules.includes(FIRM_NAME_TAKEN)) {
    const holder = (await firmsNamed(ctx, [input.name], exceptId)).get(matchKey(input.name));
    if (holder) throw nameTakenBy(holder);
  }
  const taken = rules.includes('CREDIT_CODE_TAKEN');
  const holder = taken ? await ctx.em.findOne(Firm, { where: { creditCode: normaliseCreditCode(input.creditCode) }, select: { id: true, name: true } }) : null;
  if (!holder) throw error;
  throw fail.badField('creditCode', 'CREDIT_CODE_TAKEN', `is already registered to another firm (${holder.name})`, { firmName: holder.name, firmId: String(holder.id) });
}

function columns(input: FirmInput): Partial<Firm> {
  return {
    name: storedFirmName(input.name),
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

  // the name is held by firm_name_key, named after a refusal: a create stays one INSERT (firm-filing.e2e counts its statements)
  create(ctx: RequestContext, input: FirmInput): Promise<Firm> {
    return workflow.create(ctx, columns(input)).catch((error) => namingHolder(ctx, error, input));
  }

  /** A batch of drafts (a bulk import, whose rows' names were checked by firmImporter): one statement per step whatever the batch's size. */
  createMany(ctx: RequestContext, inputs: readonly FirmInput[]): Promise<Firm[]> {
    return workflow.createMany(ctx, inputs.map(columns));
  }

  async update(ctx: RequestContext, id: number, version: number, input: FirmInput): Promise<Firm> {
    // a name kept as it reads is not re-judged (firms that clashed before the key was held stay editable); a new one is,
    // as the index leaves those firms out
    const current = await ctx.loaders.byId(Firm).load(id);
    if (!current || matchKey(current.name) !== matchKey(input.name)) await refuseTakenName(ctx, input, id);
    return workflow.update(ctx, id, version, columns(input)).catch((error) => namingHolder(ctx, error, input, id));
  }

  transition(ctx: RequestContext, id: number, version: number, action: FilingAction, details?: DecisionDetails): Promise<Firm> {
    return workflow.transition(ctx, id, version, action, details);
  }
}

export const firmService = new FirmService();
