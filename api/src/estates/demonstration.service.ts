import { IsNull } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { DemonstrationDesignation, DemonstrationLevel } from './demonstration.entity';
import { Estate } from './estate.entity';
import { DemonstrationDesignationInput, DemonstrationWithdrawalInput } from './estate.inputs';

const standingTaken = (level: DemonstrationLevel) => () =>
  fail.alreadyExists(`The estate already stands designated at ${level} level: withdraw that designation first`, { field: 'level', rule: 'DESIGNATION_STANDING', level });

const standing = (ctx: RequestContext, estateId: number, level: DemonstrationLevel): Promise<DemonstrationDesignation | null> =>
  ctx.em.getRepository(DemonstrationDesignation).findOne({ where: { estateId, level, withdrawnOn: IsNull() }, lock: { mode: 'pessimistic_write' } });

/**
 * Designations of demonstration estates (docs/domain-rules.md#demonstration-estates), entered by the registry from
 * the designating documents. A designation has one move, withdrawal, which is final and kept as history (a
 * new designation is a new row), so it needs no transitions table: the guards are here.
 */
export const demonstrationService = {
  async designate(ctx: RequestContext, input: DemonstrationDesignationInput): Promise<DemonstrationDesignation> {
    const estateId = toId(input.estateId, 'estateId');
    if (input.year > Number(todayInChina().slice(0, 4))) throw fail.badField('year', 'NOT_FUTURE', 'must not be a year still to come');
    return withTransaction(ctx, async (ctx) => {
      // the estate row is locked: two clerks designating one estate at once are serialised
      const estate = await ctx.em.getRepository(Estate).findOne({ where: { id: estateId }, lock: { mode: 'pessimistic_write' } });
      if (!estate) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
      if (input.level === DemonstrationLevel.PROVINCIAL) {
        // the province names its projects among the city's demonstration estates
        const city = await standing(ctx, estateId, DemonstrationLevel.CITY);
        if (!city) throw fail.badField('level', 'CITY_FIRST', 'a provincial designation needs the estate to stand designated at city level');
        if (city.year > input.year) throw fail.badField('year', 'RANGE', `must not be before the city designation (${city.year})`, { min: city.year });
      }
      let created: DemonstrationDesignation;
      try {
        created = await insertReturning(ctx, DemonstrationDesignation, {
          estateId, level: input.level, year: input.year, documentNumber: input.documentNumber.trim(),
          createdById: actorId(ctx),
        });
      } catch (error) {
        translateDbError(error, { demonstration_designation_standing: standingTaken(input.level) });
      }
      await recordAudit(ctx, { action: 'estate.designate', entityType: 'Estate', entityId: estateId, after: created });
      return created;
    });
  },

  async withdraw(ctx: RequestContext, id: number, version: number, input: DemonstrationWithdrawalInput): Promise<DemonstrationDesignation> {
    return withTransaction(ctx, async (ctx) => {
      // the estate first, as designating locks it: two writers of one estate's designations take their locks in one order
      const designation = await ctx.em.findOneBy(DemonstrationDesignation, { id });
      if (designation) await ctx.em.getRepository(Estate).findOne({ where: { id: designation.estateId }, lock: { mode: 'pessimistic_write' } });
      const row = await lockVersion(ctx, DemonstrationDesignation, id, version, noRowRule);
      if (row.withdrawnOn !== null) throw fail.invalidTransition('DemonstrationDesignation', id, 'WITHDRAWN', 'withdrawn again', { rule: 'ALREADY_WITHDRAWN' });
      if (Number(input.withdrawnOn.slice(0, 4)) < row.year) throw fail.badField('withdrawnOn', 'RANGE', `must not be before the designation's year (${row.year})`, { year: row.year });
      if (row.level === DemonstrationLevel.CITY && (await standing(ctx, row.estateId, DemonstrationLevel.PROVINCIAL))) {
        throw fail.invalidTransition('DemonstrationDesignation', id, 'STANDING', 'withdrawn while the provincial designation stands: withdraw that first', { rule: 'PROVINCIAL_STANDS', standing: DemonstrationLevel.PROVINCIAL });
      }
      if (row.level === DemonstrationLevel.CITY) {
        // the history keeps CITY_FIRST too: the city designation ends no earlier than a provincial one that stood on it (round 8 F4)
        const [{ last }]: Array<{ last: string | null }> = await ctx.em.query(
          `SELECT max(withdrawn_on)::text AS last FROM demonstration_designation WHERE estate_id = $1 AND level = $2 AND year >= $3`,
          [row.estateId, DemonstrationLevel.PROVINCIAL, row.year],
        );
        if (last !== null && input.withdrawnOn < last) {
          throw fail.badField('withdrawnOn', 'BEFORE_PROVINCIAL_WITHDRAWAL', `must not be before the withdrawal of the provincial designation that stood on it (${last})`, { day: last });
        }
      }
      const updated = await saveVersion(ctx, DemonstrationDesignation, row, {
        withdrawnOn: input.withdrawnOn, withdrawalReason: input.reason.trim(), withdrawalDocument: input.documentNumber?.trim() || null,
      });
      await recordAudit(ctx, { action: 'estate.withdrawDesignation', entityType: 'Estate', entityId: row.estateId, before: row, after: updated });
      return updated;
    });
  },
};
