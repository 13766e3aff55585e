import { assertJurisdiction, jurisdictionScope } from '../auth/jurisdiction';
import { memoize, RequestContext } from '../graphql/context';
import { toHundredths } from '../shared/decimal';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { findList, likePattern, ListResult } from '../shared/list';
import { Owner } from './owner.entity';
import { OwnerListOptions, UnitListOptions } from './owner.inputs';
import { Unit } from './unit.entity';
import { votingRollCacheOf } from './voting-roll-cache';
import { buildVotingRoll, VotingRoll } from './voting-weights';

/** The voter key of an owner on ballots: one person however many units they hold (DOMAIN-RULES §2). */
export const ownerKey = (ownerId: number) => `owner:${ownerId}`;

export function ownerIdOfKey(key: string): number | null {
  const match = /^owner:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** The estate's owner-roll version (owner_roll_version, bumped by the database on every change), as text. */
const ROLL_VERSION = `coalesce((SELECT version FROM owner_roll_version WHERE estate_id = $1), 0)::text`;

/** Owner rolls: read within the caller's jurisdiction; the voting roll is computed from them, never stored. */
export class OwnerService {
  async units(ctx: RequestContext, options: UnitListOptions | undefined, wantTotal: boolean): Promise<ListResult<Unit>> {
    return findList(
      ctx.ds.manager,
      {
        entity: Unit,
        alias: 'u',
        defaultSort: 'id',
        applyFilter(qb, f) {
          if (f.estateId) qb.andWhere('u.estateId = :estateId', { estateId: toId(f.estateId, 'filter.estateId') });
          if (f.building) qb.andWhere('u.building = :building', { building: f.building });
          if (f.developerHeld !== undefined && f.developerHeld !== null) qb.andWhere('u.developerHeld = :dh', { dh: f.developerHeld });
        },
      },
      options,
      { maxTake: ctx.config.limits.maxTake, wantTotal, scope: await jurisdictionScope(ctx, 'u.estateId') },
    );
  }

  async owners(ctx: RequestContext, options: OwnerListOptions | undefined, wantTotal: boolean): Promise<ListResult<Owner>> {
    return findList(
      ctx.ds.manager,
      {
        entity: Owner,
        alias: 'o',
        defaultSort: 'id',
        applyFilter(qb, f) {
          if (f.estateId) qb.andWhere('o.estateId = :estateId', { estateId: toId(f.estateId, 'filter.estateId') });
          if (f.name) qb.andWhere('o.name ILIKE :name', { name: likePattern(f.name) });
        },
      },
      options,
      { maxTake: ctx.config.limits.maxTake, wantTotal, scope: await jurisdictionScope(ctx, 'o.estateId') },
    );
  }

  async owner(ctx: RequestContext, id: number): Promise<Owner> {
    const owner = await ctx.loaders.byId(Owner).load(id);
    if (!owner) throw fail.notFound('Owner', id);
    await assertJurisdiction(ctx, owner.estateId);
    return owner;
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
      const cache = votingRollCacheOf(ctx.ds);
      const cached = cache.get(estateId);
      if (cached) {
        const [{ version }]: Array<{ version: string }> = await ctx.ds.query(`SELECT ${ROLL_VERSION} AS version`, [estateId]);
        if (version === cached.version) return cached.roll;
      }
      const rows: Array<{ version: string; id: number | null; area: string; developer_held: boolean; owners: number[] | null; voter: number | null }> = await ctx.ds.query(
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
      cache.set(estateId, rows[0].version, roll);
      return roll;
    });
  }
}

export const ownerService = new OwnerService();
