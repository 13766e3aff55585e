import { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { estateService } from './estate.service';
import { checkBeforeCommit, memoize, RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { Role } from '../request/principal';
import { whereEstateInSubdistricts } from '../geography/place-filter';
import { lruPerDatabase } from '../shared/lru';
import { fingerprint } from '../shared/table-versions';

/**
 * Row-level jurisdiction: an officer acts only in the subdistricts assigned to them and sees nothing of the
 * others. Every other reader of election data (manager, registrar, admin, integrator) reads all estates.
 */
export type Jurisdiction = { kind: 'all' } | { kind: 'subdistricts'; ids: number[] };

export function jurisdictionOf(ctx: RequestContext): Promise<Jurisdiction> {
  const principal = ctx.principal;
  if (!principal || principal.kind !== 'user' || principal.role !== Role.OFFICER) return Promise.resolve({ kind: 'all' });
  return memoize(ctx, 'jurisdiction', async () => {
    // the request's table versions, read before the rows (shared/table-versions.ts): a change committed since shows as a miss
    const version = ctx.tableVersions ? fingerprint(await ctx.tableVersions(), JURISDICTION_TABLES) : null;
    const held = version === null ? undefined : heldJurisdictions(ctx).get(principal.id);
    if (held && held.version === version) return { kind: 'subdistricts', ids: held.ids };
    const rows: Array<{ subdistrict_id: number }> = await ctx.em.query(
      `SELECT subdistrict_id FROM officer_jurisdiction WHERE user_id = $1`,
      [principal.id],
    );
    const ids = rows.map((r) => r.subdistrict_id);
    if (version !== null) heldJurisdictions(ctx).set(principal.id, { version, ids });
    return { kind: 'subdistricts', ids };
  });
}

const JURISDICTION_TABLES = ['officer_jurisdiction'];
/**
 * Officers' subdistricts held by the process under the version PostgreSQL keeps of their table, which every request
 * reads anyway: an assignment changed by any process is read afresh by the next request, and an officer's request no
 * longer spends a statement on it (the tally read: 10 statements where the baseline had 8).
 */
const heldJurisdictions = lruPerDatabase<number, { version: string; ids: number[] }>(1024);

/** The subdistrict an estate belongs to: one statement per request for every estate asked (estate and community joined). */
export async function subdistrictOfEstate(ctx: RequestContext, estateId: number): Promise<number | null> {
  return (await estateService.subdistrictOf(ctx, estateId))?.id ?? null;
}

export async function inJurisdiction(ctx: RequestContext, estateId: number): Promise<boolean> {
  const jurisdiction = await jurisdictionOf(ctx);
  if (jurisdiction.kind === 'all') return true;
  const subdistrictId = await subdistrictOfEstate(ctx, estateId);
  return subdistrictId !== null && jurisdiction.ids.includes(subdistrictId);
}

/** FORBIDDEN for an officer outside the estate's subdistrict (the record is not described). */
export async function assertJurisdiction(ctx: RequestContext, estateId: number): Promise<void> {
  if (!(await inJurisdiction(ctx, estateId))) throw outsideJurisdiction();
  if ((await jurisdictionOf(ctx)).kind === 'subdistricts') ctx.estatesChecked.add(estateId);
}

const outsideJurisdiction = () => fail.forbidden('This estate is outside the subdistricts assigned to you', 'JURISDICTION');

/**
 * An officer's write commits only while its estates are still hers (docs/roles-and-workflows.md#jurisdiction): a clerk
 * moving the estate to another subdistrict in the meantime would put what she writes in another officer's hands. The
 * estates are held (FOR SHARE) to the commit, so a move waits for the write and then finds its records (SUBDISTRICT_FIXED),
 * or the write waits for a move and is refused here.
 */
checkBeforeCommit(async (tx) => {
  if (tx.estatesChecked.size === 0) return;
  const jurisdiction = await jurisdictionOf(tx);
  if (jurisdiction.kind === 'all') return;
  const held: Array<{ subdistrict_id: number }> = await tx.em.query(
    `SELECT c.subdistrict_id FROM estate e JOIN community c ON c.id = e.community_id WHERE e.id = ANY($1) FOR SHARE OF e`,
    [[...tx.estatesChecked]],
  );
  if (held.some((row) => !jurisdiction.ids.includes(row.subdistrict_id))) throw outsideJurisdiction();
});

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
