import { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Community } from '../geography/community.entity';
import { Estate } from './estate.entity';
import { memoize, RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { Role } from '../request/principal';
import { whereEstateInSubdistricts } from '../geography/place-filter';

/**
 * Row-level jurisdiction: an officer acts only in the subdistricts assigned to them and sees nothing of the
 * others. Every other reader of election data (manager, registrar, admin, integrator) reads all estates.
 */
export type Jurisdiction = { kind: 'all' } | { kind: 'subdistricts'; ids: number[] };

export function jurisdictionOf(ctx: RequestContext): Promise<Jurisdiction> {
  const principal = ctx.principal;
  if (!principal || principal.kind !== 'user' || principal.role !== Role.OFFICER) return Promise.resolve({ kind: 'all' });
  return memoize(ctx, 'jurisdiction', async () => {
    const rows: Array<{ subdistrict_id: number }> = await ctx.em.query(
      `SELECT subdistrict_id FROM officer_jurisdiction WHERE user_id = $1`,
      [principal.id],
    );
    return { kind: 'subdistricts', ids: rows.map((r) => r.subdistrict_id) };
  });
}

/** The subdistrict an estate belongs to, through the request's loaders. */
export async function subdistrictOfEstate(ctx: RequestContext, estateId: number): Promise<number | null> {
  const estate = await ctx.loaders.byId(Estate).load(estateId);
  const community = estate && (await ctx.loaders.byId(Community).load(estate.communityId));
  return community?.subdistrictId ?? null;
}

export async function inJurisdiction(ctx: RequestContext, estateId: number): Promise<boolean> {
  const jurisdiction = await jurisdictionOf(ctx);
  if (jurisdiction.kind === 'all') return true;
  const subdistrictId = await subdistrictOfEstate(ctx, estateId);
  return subdistrictId !== null && jurisdiction.ids.includes(subdistrictId);
}

/** FORBIDDEN for an officer outside the estate's subdistrict (the record is not described). */
export async function assertJurisdiction(ctx: RequestContext, estateId: number): Promise<void> {
  if (!(await inJurisdiction(ctx, estateId))) {
    throw fail.forbidden('This estate is outside the subdistricts assigned to you', 'JURISDICTION');
  }
}

/** A record placed on an estate, by id: NOT_FOUND when missing, FORBIDDEN outside the caller's jurisdiction. */
export async function loadInJurisdiction<E extends ObjectLiteral & { id: number; estateId: number }>(
  ctx: RequestContext,
  entity: EntityTarget<E> & { name: string },
  id: number,
): Promise<E> {
  const record = await ctx.loaders.byId(entity).load(id);
  if (!record) throw fail.notFound(entity.name, id);
  await assertJurisdiction(ctx, record.estateId);
  return record;
}

/** Narrows a list to the caller's jurisdiction; `estateColumn` is e.g. 'el.estateId'. */
export async function jurisdictionScope(ctx: RequestContext, estateColumn: string): Promise<((qb: SelectQueryBuilder<any>) => void) | undefined> {
  const jurisdiction = await jurisdictionOf(ctx);
  if (jurisdiction.kind === 'all') return undefined;
  return (qb) => whereEstateInSubdistricts(qb, estateColumn, jurisdiction.ids);
}
