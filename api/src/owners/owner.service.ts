import { AuditEntry, recordAudit, recordAudits } from '../audit/audit.service';
import { assertJurisdiction, loadInJurisdiction, jurisdictionScope } from '../estates/jurisdiction';
import { ImportKind } from '../imports/import.types';
import { lockImport } from '../imports/pipeline';
import { memoize, RequestContext, withTransaction } from '../request/context';
import { fromHundredths, toHundredths } from '../shared/decimal';
import { fail } from '../shared/errors';
import { translateDbError } from '../shared/db-errors';
import { findList, ListResult } from '../shared/list';
import { matchKey } from '../shared/match-key';
import { lockVersion } from '../shared/versioned';
import { Owner } from './owner.entity';
import { OwnerKind } from './owner-kind';
import { OwnerListOptions, UnitListOptions } from './owner.inputs';
import { groupBy } from '../shared/group-by';
import { AreaSourceCode, addressKey, ROLL_UNIT_ADDRESS_TWICE, RollRow, RollWritePlan, StoredRoll } from './owner-roll-import';
import { Unit } from './unit.entity';
import { cachedVotingRoll, keepVotingRoll } from './voting-roll-cache';
import { buildVotingRoll, VotingRoll } from './voting-weights';

/** The voter key of an owner on ballots: one person however many units they hold (docs/domain-rules.md#voting-persons). */
export const ownerKey = (ownerId: number) => `owner:${ownerId}`;

export function ownerIdOfKey(key: string): number | null {
  const match = /^owner:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** An owner as the audit log keeps it: the entity class, so its ID number and phone are masked. */
function ownerRecord(fields: Pick<Owner, 'id' | 'estateId' | 'kind' | 'name' | 'idNumber' | 'phone'>): Owner {
  return Object.assign(new Owner(), fields);
}

/** The estate's owner-roll version (owner_roll_version, bumped by the database on every change), as text. */
const ROLL_VERSION = `coalesce((SELECT version FROM owner_roll_version WHERE estate_id = $1), 0)::text`;

/**
 * Holds the estate's live roll to the caller's commit, for a write that rests on it as it reads it (a vote's opening
 * fixes it): every write of the roll (an import, a unit's removal) takes the same lock, so one in flight finishes
 * first and none begins until the commit (docs/domain-rules.md#vote-record).
 */
export function holdLiveRoll(ctx: RequestContext, estateId: number): Promise<void> {
  return lockImport(ctx, ImportKind.OWNER_ROLL, estateId);
}

/** Owner rolls: read within the caller's jurisdiction; the voting roll is computed from them, never stored. */
export class OwnerService {
  async units(ctx: RequestContext, options: UnitListOptions | undefined, wantTotal: boolean): Promise<ListResult<Unit>> {
    // buildings are stored as matched (matchKey): a filter for ａ幢 finds A幢
    if (options?.filter?.building) options.filter.building = matchKey(options.filter.building);
    return findList(
      ctx,
      {
        entity: Unit,
        alias: 'u',
        defaultSort: 'id',
        filters: {
          estateId: { op: 'eq', column: 'u.estateId', id: true },
          building: { op: 'eq', column: 'u.building' },
          developerHeld: { op: 'eq', column: 'u.developerHeld' },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'u.estateId') },
    );
  }

  async owners(ctx: RequestContext, options: OwnerListOptions | undefined, wantTotal: boolean): Promise<ListResult<Owner>> {
    return findList(
      ctx,
      {
        entity: Owner,
        alias: 'o',
        defaultSort: 'id',
        filters: {
          estateId: { op: 'eq', column: 'o.estateId', id: true },
          name: { op: 'contains', columns: ['o.name'], trigram: true }, // owner_name_trgm_idx (migrations/1764633600000-owner-name-search.ts)
          kind: { op: 'eq', column: 'o.kind' },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'o.estateId') },
    );
  }

  owner(ctx: RequestContext, id: number): Promise<Owner> {
    return loadInJurisdiction(ctx, Owner, id);
  }

  /**
   * The estate's voting persons and totals. Tallies and ballots read the roll on every call and it changes only
   * when the register does: this process keeps the roll it computed with the roll's version, and asks only for
   * the version while it holds one (one statement); units and ownerships are read, with their version in the
   * same snapshot, when it holds none or the version moved. Two statements, not one gated one: a roll query
   * gated on the version still launched its parallel workers at a province's size.
   */
  votingRoll(ctx: RequestContext, estateId: number): Promise<VotingRoll> {
    return memoize(ctx, `roll:${estateId}`, async () => {
      const cached = cachedVotingRoll(ctx, estateId);
      if (cached) {
        const [{ version }]: Array<{ version: string }> = await ctx.em.query(`SELECT ${ROLL_VERSION} AS version`, [estateId]);
        if (version === cached.version) return cached.roll;
      }
      const rows: Array<{ version: string; id: number | null; area: string; developer_held: boolean; owners: number[] | null; voter: number | null }> = await ctx.em.query(
        `SELECT v.version, r.*
           FROM (SELECT ${ROLL_VERSION} AS version) v
           LEFT JOIN LATERAL (
             SELECT u.id, u.area, u.developer_held,
                    array_agg(o.owner_id ORDER BY o.owner_id) FILTER (WHERE o.owner_id IS NOT NULL) AS owners,
                    max(o.owner_id) FILTER (WHERE o.designated_voter) AS voter
               FROM unit u LEFT JOIN ownership o ON o.unit_id = u.id
              WHERE u.estate_id = $1
              GROUP BY u.id) r ON true`,
        [estateId],
      );
      const roll = buildVotingRoll(
        rows
          .filter((row) => row.id !== null)
          .map((row) => ({
            unitId: String(row.id),
            areaHundredths: toHundredths(row.area),
            developerHeld: row.developer_held,
            owners: row.developer_held ? [] : (row.owners ?? []).map(ownerKey),
            designatedVoter: row.voter && !row.developer_held ? ownerKey(row.voter) : undefined,
          })),
      );
      keepVotingRoll(ctx, estateId, rows[0].version, roll);
      return roll;
    });
  }

  // ─── roll imports: the stored roll, and the writes of a plan (owner-roll-import.ts) in the caller's transaction ───

  /** The estate's units, owners and ownerships, in three statements. */
  async storedRoll(ctx: RequestContext, estateId: number): Promise<StoredRoll> {
    // one after the other: the caller's transaction has one connection
    const units: Array<{ id: number; building: string; unit_no: string; room: string; area: string; area_source: AreaSourceCode; developer_held: boolean }> =
      await ctx.em.query(`SELECT id, building, unit_no, room, area::text, area_source, developer_held FROM unit WHERE estate_id = $1 ORDER BY id`, [estateId]);
    const owners: Array<{ id: number; kind: OwnerKind; name: string; id_number: string; phone: string | null }> = await ctx.em.query(
      `SELECT id, kind, name, id_number, phone FROM owner WHERE estate_id = $1 ORDER BY id`,
      [estateId],
    );
    const ownerships: Array<{ unit_id: number; owner_id: number; designated_voter: boolean }> = await ctx.em.query(
      `SELECT o.unit_id, o.owner_id, o.designated_voter FROM ownership o JOIN unit u ON u.id = o.unit_id WHERE u.estate_id = $1 ORDER BY o.unit_id, o.owner_id`,
      [estateId],
    );
    return {
      units: units.map((u) => ({ id: u.id, building: u.building, unitNo: u.unit_no, room: u.room, areaHundredths: toHundredths(u.area), areaSource: u.area_source, developerHeld: u.developer_held })),
      owners: owners.map((o) => ({ id: o.id, kind: o.kind, name: o.name, idNumber: o.id_number, phone: o.phone })),
      ownerships: ownerships.map((o) => ({ unitId: o.unit_id, ownerId: o.owner_id, designatedVoter: o.designated_voter })),
    };
  }

  /**
   * Writes the plan: a constant number of statements whatever the file's size, an audit event per unit and
   * owner created or changed (owners as entities, so their personal data is masked) and one for the import.
   * Returns each address's unit id.
   */
  async writeRoll(ctx: RequestContext, estateId: number, stored: StoredRoll, rows: readonly RollRow[], plan: RollWritePlan): Promise<Map<string, number>> {
    const audits: AuditEntry[] = [];
    const ownerIdOf = new Map(stored.owners.map((o) => [o.idNumber, o.id]));
    if (plan.newOwners.length) {
      const created: Array<{ id: number; id_number: string }> = await ctx.em.query(
        `INSERT INTO owner (estate_id, kind, name, id_number, phone) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) RETURNING id, id_number`,
        [estateId, plan.newOwners.map((o) => o.ownerKind), plan.newOwners.map((o) => o.name), plan.newOwners.map((o) => o.idNumber), plan.newOwners.map((o) => o.phone)],
      );
      for (const o of created) ownerIdOf.set(o.id_number.trim(), o.id);
      for (const o of plan.newOwners) {
        const id = ownerIdOf.get(o.idNumber)!;
        audits.push({ action: 'owner.create', entityType: 'Owner', entityId: id, after: ownerRecord({ id, estateId, kind: o.ownerKind, name: o.name, idNumber: o.idNumber, phone: o.phone }) });
      }
    }
    if (plan.changedOwners.length) {
      await ctx.em.query(
        `UPDATE owner o SET kind = c.kind, name = c.name, phone = c.phone FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS c(id, kind, name, phone) WHERE o.id = c.id`,
        [plan.changedOwners.map((o) => o.id), plan.changedOwners.map((o) => o.row.ownerKind), plan.changedOwners.map((o) => o.row.name), plan.changedOwners.map((o) => o.row.phone)],
      );
      for (const { id, row, before } of plan.changedOwners) {
        audits.push({
          action: 'owner.update',
          entityType: 'Owner',
          entityId: id,
          before: ownerRecord({ ...before, estateId }),
          after: ownerRecord({ id, estateId, kind: row.ownerKind, name: row.name, idNumber: row.idNumber, phone: row.phone }),
        });
      }
    }

    const unitIdOf = new Map(stored.units.map((u) => [addressKey(u), u.id]));
    if (plan.newUnits.length) {
      const u = plan.newUnits;
      const created: Array<{ id: number; building: string; unit_no: string; room: string }> = await ctx.em
        .query(
          `INSERT INTO unit (estate_id, building, unit_no, room, area, area_source, developer_held)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::numeric[], $6::text[], $7::bool[])
         RETURNING id, building, unit_no, room`,
          [estateId, u.map((r) => r.building), u.map((r) => r.unitNo), u.map((r) => r.room), u.map((r) => fromHundredths(r.areaHundredths)), u.map((r) => r.areaSource), u.map((r) => r.developerHeld)],
        )
        // a unit already stored under the address (written meanwhile): a coded refusal, not a 500 (docs/domain-rules.md#identifying-text)
        .catch((error) => translateDbError(error, { unit_address_key: () => fail.badField('estateId', ROLL_UNIT_ADDRESS_TWICE, 'a unit of this estate is already stored under this address') }));
      for (const c of created) unitIdOf.set(addressKey({ building: c.building, unitNo: c.unit_no, room: c.room }), c.id);
    }
    if (plan.changedUnits.length) {
      const u = plan.changedUnits;
      await ctx.em.query(
        `UPDATE unit SET area = c.area, area_source = c.area_source, developer_held = c.developer_held
           FROM unnest($1::int[], $2::numeric[], $3::text[], $4::bool[]) AS c(id, area, area_source, developer_held) WHERE unit.id = c.id`,
        [u.map((c) => c.id), u.map((c) => fromHundredths(c.row.areaHundredths)), u.map((c) => c.row.areaSource), u.map((c) => c.row.developerHeld)],
      );
    }

    // one designated voter per unit holds at every statement: drop and clear before adding and setting
    const pairs = (list: Array<{ unitId: number; ownerId: number }>) => [list.map((p) => p.unitId), list.map((p) => p.ownerId)];
    if (plan.removedOwnerships.length) {
      await ctx.em.query(`DELETE FROM ownership o USING unnest($1::int[], $2::int[]) AS r(unit_id, owner_id) WHERE o.unit_id = r.unit_id AND o.owner_id = r.owner_id`, pairs(plan.removedOwnerships));
    }
    const cleared = plan.designationChanges.filter((c) => !c.designatedVoter);
    if (cleared.length) {
      await ctx.em.query(`UPDATE ownership o SET designated_voter = false FROM unnest($1::int[], $2::int[]) AS r(unit_id, owner_id) WHERE o.unit_id = r.unit_id AND o.owner_id = r.owner_id`, pairs(cleared));
    }
    const added = plan.newOwnerships.map((o) => ({ unitId: unitIdOf.get(o.address)!, ownerId: ownerIdOf.get(o.idNumber)!, designatedVoter: o.designatedVoter }));
    if (added.length) {
      await ctx.em.query(`INSERT INTO ownership (unit_id, owner_id, designated_voter) SELECT * FROM unnest($1::int[], $2::int[], $3::bool[])`, [
        ...pairs(added),
        added.map((o) => o.designatedVoter),
      ]);
    }
    const set = plan.designationChanges.filter((c) => c.designatedVoter);
    if (set.length) {
      await ctx.em.query(`UPDATE ownership o SET designated_voter = true FROM unnest($1::int[], $2::int[]) AS r(unit_id, owner_id) WHERE o.unit_id = r.unit_id AND o.owner_id = r.owner_id`, pairs(set));
    }

    // one event per unit whose record or owners changed: the unit and its owners (ids only) before and after
    const storedUnit = new Map(stored.units.map((u) => [u.id, u]));
    const storedOwnershipsOf = groupBy(stored.ownerships, (o) => o.unitId);
    const ownersBefore = (unitId: number) => (storedOwnershipsOf.get(unitId) ?? []).map((o) => ({ ownerId: o.ownerId, designatedVoter: o.designatedVoter }));
    const rowsOf = groupBy(rows, addressKey);
    const touched = new Set([
      ...plan.newUnits.map((r) => addressKey(r)),
      ...plan.changedUnits.map((c) => addressKey(c.row)),
      ...plan.newOwnerships.map((o) => o.address),
      ...plan.removedOwnerships.map((o) => addressKey(storedUnit.get(o.unitId)!)),
      ...plan.designationChanges.map((o) => addressKey(storedUnit.get(o.unitId)!)),
    ]);
    // a unit whose record or owners changed is a new version of it: a removal made against the old one is refused
    const changedIds = [...touched].map((address) => unitIdOf.get(address)!).filter((id) => storedUnit.has(id));
    if (changedIds.length) await ctx.em.query(`UPDATE unit SET version = version + 1 WHERE id = ANY($1::int[])`, [changedIds]);
    for (const address of touched) {
      const unitRows = rowsOf.get(address)!;
      const [first] = unitRows;
      const unitId = unitIdOf.get(address)!;
      const before = storedUnit.get(unitId);
      const snapshot = (u: { building: string; unitNo: string; room: string; areaHundredths: number; areaSource: string; developerHeld: boolean }) => ({
        estateId, building: u.building, unitNo: u.unitNo, room: u.room, area: fromHundredths(u.areaHundredths), areaSource: u.areaSource, developerHeld: u.developerHeld,
      });
      audits.push({
        action: before ? 'unit.update' : 'unit.create',
        entityType: 'Unit',
        entityId: unitId,
        before: before ? { ...snapshot(before), owners: ownersBefore(unitId) } : null,
        after: {
          ...snapshot(first),
          owners: first.developerHeld ? [] : unitRows.map((r) => ({ ownerId: ownerIdOf.get(r.idNumber)!, designatedVoter: r.designatedVoter })),
        },
      });
    }
    audits.push({
      action: 'ownerRoll.import',
      entityType: 'Estate',
      entityId: estateId,
      after: {
        unitsCreated: plan.newUnits.length,
        unitsUpdated: plan.changedUnits.length,
        ownersCreated: plan.newOwners.length,
        ownersUpdated: plan.changedOwners.length,
        ownershipsAdded: plan.newOwnerships.length,
        ownershipsRemoved: plan.removedOwnerships.length,
      },
    });
    if (touched.size || plan.newOwners.length || plan.changedOwners.length) await recordAudits(ctx, audits);
    return unitIdOf;
  }

  /**
   * Takes a unit recorded by mistake off the estate's live roll, with its ownerships (docs/roles-and-workflows.md#unit-removal):
   * the officer who imports the roll, in their jurisdiction, at the version they saw. Its owners stay on the roll
   * (ballots and candidates name them) and count for nothing without a unit. A vote already open keeps the roll fixed
   * when it opened; one opened before rolls were fixed takes the live roll at the next start, so it is refused then.
   */
  async removeUnit(ctx: RequestContext, id: number, version: number, reason: string): Promise<boolean> {
    return withTransaction(ctx, async (ctx) => {
      // the import's lock first, then the row, in the order an import takes them
      const [found]: Array<{ estate_id: number }> = await ctx.em.query(`SELECT estate_id FROM unit WHERE id = $1`, [id]);
      if (!found) throw fail.notFound('Unit', id);
      await assertJurisdiction(ctx, found.estate_id);
      await lockImport(ctx, ImportKind.OWNER_ROLL, found.estate_id);
      const unit = await lockVersion(ctx, Unit, id, version, (u) => assertJurisdiction(ctx, u.estateId));
      const unfixed: Array<{ kind: string; id: string }> = await ctx.em.query(
        `SELECT 'ELECTION' AS kind, e.id::text FROM election e
          WHERE e.estate_id = $1 AND e.phase IN ('VOTING', 'COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED')
            AND NOT EXISTS (SELECT 1 FROM vote_record r WHERE r.election_id = e.id)
         UNION ALL
         SELECT 'RESOLUTION', s.id::text FROM resolution s
          WHERE s.estate_id = $1 AND s.phase IN ('VOTING', 'CLOSED')
            AND NOT EXISTS (SELECT 1 FROM vote_record r WHERE r.resolution_id = s.id)
         ORDER BY 1, 2`,
        [unit.estateId],
      );
      if (unfixed.length) {
        const votes = unfixed.map((v) => `${v.kind.toLowerCase()} ${v.id}`).join(', ');
        throw fail.badField('id', 'UNIT_ROLL_NOT_FIXED', `the live roll is still the roll of ${votes} (opened before rolls were fixed): remove the unit once its roll is fixed`, {
          electionIds: unfixed.filter((v) => v.kind === 'ELECTION').map((v) => String(v.id)),
          resolutionIds: unfixed.filter((v) => v.kind === 'RESOLUTION').map((v) => String(v.id)),
        });
      }
      const owners: Array<{ owner_id: number; designated_voter: boolean }> = await ctx.em.query(
        `SELECT owner_id, designated_voter FROM ownership WHERE unit_id = $1 ORDER BY owner_id`,
        [id],
      );
      await ctx.em.query(`DELETE FROM ownership WHERE unit_id = $1`, [id]);
      await ctx.em.query(`DELETE FROM unit WHERE id = $1`, [id]);
      await recordAudit(ctx, {
        action: 'unit.remove',
        entityType: 'Unit',
        entityId: id,
        before: {
          estateId: unit.estateId, building: unit.building, unitNo: unit.unitNo, room: unit.room, area: unit.area, areaSource: unit.areaSource,
          developerHeld: unit.developerHeld, version: unit.version,
          owners: owners.map((o) => ({ ownerId: o.owner_id, designatedVoter: o.designated_voter })),
        },
        after: { reason },
      });
      return true;
    });
  }
}

export const ownerService = new OwnerService();
