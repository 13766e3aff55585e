import { recordAudit } from '../audit/audit.service';
import { Estate } from '../estates/estate.entity';
import { Firm, FirmStatus } from '../firms/firm.entity';
import { FilingStatus } from '../filings/filing';
import type { RequestContext } from '../request/context';
import { actorId, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { toOptionalId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { findList, ListResult } from '../shared/list';
import { heldForCheck, insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { PartyOrganisation, PartyOrganisationKind } from './party-organisation.entity';
import { PartyOrganisationInput, PartyOrganisationListOptions } from './party-organisation.inputs';

/**
 * A firm a party organisation is newly placed in stands: its filing approved and the firm operating (attacker round 8 F5:
 * branches were founded in deregistered, revoked firms, and counted). Held to the commit, as a project's approval holds
 * its firm. An organisation already in a firm that later closed keeps its record.
 */
async function assertHostFirmStands(ctx: RequestContext, firmId: number): Promise<void> {
  const firm = await heldForCheck(ctx, Firm, firmId);
  if (firm && (firm.filingStatus !== FilingStatus.APPROVED || firm.status !== FirmStatus.ACTIVE)) {
    throw fail.badField('firmId', 'HOST_FIRM_NOT_STANDING', 'the firm’s filing is not approved or the firm is not operating: a party organisation is founded in a firm that stands');
  }
}

const nameTaken = () => fail.alreadyExists('A party organisation of this name is registered already', { field: 'name', rule: 'PARTY_ORGANISATION_NAME_TAKEN' });

/** The columns of a checked input: exactly one host that exists, a founding day not in the future. */
async function checked(ctx: RequestContext, input: PartyOrganisationInput): Promise<Partial<PartyOrganisation>> {
  const firmId = toOptionalId(input.firmId, 'firmId') ?? null;
  const estateId = toOptionalId(input.estateId, 'estateId') ?? null;
  if ((firmId === null) === (estateId === null)) throw fail.badField('firmId', 'ONE_HOST', 'give either the firm or the estate it is formed in, not both');
  if (firmId !== null && !(await ctx.loaders.byId(Firm).load(firmId))) throw fail.badField('firmId', 'REFERENCE', 'refers to a record that does not exist');
  if (estateId !== null && !(await ctx.loaders.byId(Estate).load(estateId))) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
  if (input.establishedOn > todayInChina()) throw fail.badField('establishedOn', 'NOT_FUTURE', 'must not be in the future');
  // stored as NFKC (⽔ is 水), unique by its match key (migrations/1764805600000-firm-name-keys.ts)
  return { name: input.name.normalize('NFKC').trim(), kind: input.kind, firmId, estateId, memberCount: input.memberCount, establishedOn: input.establishedOn };
}

/** The registry of party organisations in property services (红色物业), kept by the registry's clerks. */
export class PartyOrganisationService {
  list(ctx: RequestContext, options: PartyOrganisationListOptions | undefined, wantTotal: boolean): Promise<ListResult<PartyOrganisation>> {
    return findList(
      ctx,
      {
        entity: PartyOrganisation,
        alias: 'po',
        defaultSort: 'id',
        filters: {
          kind: { op: 'enum', column: 'po.kind', values: PartyOrganisationKind },
          firmId: { op: 'eq', column: 'po.firmId', id: true },
          estateId: { op: 'eq', column: 'po.estateId', id: true },
          q: { op: 'contains', columns: ['po.name'] },
        },
      },
      options,
      { wantTotal },
    );
  }

  async get(ctx: RequestContext, id: number): Promise<PartyOrganisation> {
    const found = await ctx.loaders.byId(PartyOrganisation).load(id);
    if (!found) throw fail.notFound('PartyOrganisation', id);
    return found;
  }

  async create(ctx: RequestContext, input: PartyOrganisationInput): Promise<PartyOrganisation> {
    const values = await checked(ctx, input);
    return withTransaction(ctx, async (ctx) => {
      if (values.firmId) await assertHostFirmStands(ctx, values.firmId);
      let created: PartyOrganisation;
      try {
        created = await insertReturning(ctx, PartyOrganisation, { ...values, createdById: actorId(ctx) });
      } catch (error) {
        translateDbError(error, { party_organisation_name_key: nameTaken });
      }
      await recordAudit(ctx, { action: 'partyOrganisation.create', entityType: 'PartyOrganisation', entityId: created.id, after: created });
      return created;
    });
  }

  async update(ctx: RequestContext, id: number, version: number, input: PartyOrganisationInput): Promise<PartyOrganisation> {
    const values = await checked(ctx, input);
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, PartyOrganisation, id, version, noRowRule);
      if (values.firmId && values.firmId !== row.firmId) await assertHostFirmStands(ctx, values.firmId);
      let updated: PartyOrganisation;
      try {
        updated = await saveVersion(ctx, PartyOrganisation, row, values);
      } catch (error) {
        translateDbError(error, { party_organisation_name_key: nameTaken });
      }
      await recordAudit(ctx, { action: 'partyOrganisation.update', entityType: 'PartyOrganisation', entityId: id, before: row, after: updated });
      return updated;
    });
  }
}

export const partyOrganisationService = new PartyOrganisationService();
