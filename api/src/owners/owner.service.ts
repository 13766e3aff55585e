import { assertJurisdiction, jurisdictionScope } from '../auth/jurisdiction';
import { memoize, RequestContext } from '../graphql/context';
import { toHundredths } from '../shared/decimal';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { findList, likePattern, ListResult } from '../shared/list';
import { Owner } from './owner.entity';
import { OwnerListOptions, UnitListOptions } from './owner.inputs';
import { Unit } from './unit.entity';
import { buildVotingRoll, VotingRoll } from './voting-weights';

/** The voter key of an owner on ballots: one person however many units they hold (DOMAIN-RULES §2). */
export const ownerKey = (ownerId: number) => `owner:${ownerId}`;

export function ownerIdOfKey(key: string): number | null {
  const match = /^owner:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

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

  /** The estate's voting persons and totals, from its units and ownerships in one statement. */
  votingRoll(ctx: RequestContext, estateId: number): Promise<VotingRoll> {
    return memoize(ctx, `roll:${estateId}`, async () => {
      const rows: Array<{ id: number; area: string; developer_held: boolean; owners: number[] | null; voter: number | null }> = await ctx.ds.query(
        `SELECT u.id, u.area, u.developer_held,
                array_agg(o.owner_id ORDER BY o.owner_id) FILTER (WHERE o.owner_id IS NOT NULL) AS owners,
                max(o.owner_id) FILTER (WHERE o.designated_voter) AS voter
           FROM unit u LEFT JOIN ownership o ON o.unit_id = u.id
          WHERE u.estate_id = $1
          GROUP BY u.id`,
        [estateId],
      );
      return buildVotingRoll(
        rows.map((row) => ({
          unitId: String(row.id),
          areaHundredths: toHundredths(row.area),
          developerHeld: row.developer_held,
          owners: row.developer_held ? [] : (row.owners ?? []).map(ownerKey),
          designatedVoter: row.voter && !row.developer_held ? ownerKey(row.voter) : undefined,
        })),
      );
    });
  }
}

export const ownerService = new OwnerService();
