import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { findList, ListResult } from '../shared/list';
import { Community } from './community.entity';
import { District } from './district.entity';
import { CommunityListOptions, DistrictListOptions, SubdistrictListOptions } from './geography.inputs';
import { Subdistrict } from './subdistrict.entity';

/** Reference data: districts (区县), subdistricts (街道/乡镇) and communities (社区), read-only through the API. */
export class GeographyService {
  districts(ctx: RequestContext, options: DistrictListOptions | undefined, wantTotal: boolean): Promise<ListResult<District>> {
    return findList(
      ctx,
      {
        entity: District,
        alias: 'd',
        defaultSort: 'code',
        filters: {
          name: { op: 'contains', columns: ['d.name'] },
          code: { op: 'eq', column: 'd.code' },
        },
      },
      options,
      { wantTotal },
    );
  }

  subdistricts(ctx: RequestContext, options: SubdistrictListOptions | undefined, wantTotal: boolean): Promise<ListResult<Subdistrict>> {
    return findList(
      ctx,
      {
        entity: Subdistrict,
        alias: 's',
        defaultSort: 'id',
        filters: {
          name: { op: 'contains', columns: ['s.name'] },
          districtId: { op: 'eq', column: 's.districtId', id: true },
        },
      },
      options,
      { wantTotal },
    );
  }

  communities(ctx: RequestContext, options: CommunityListOptions | undefined, wantTotal: boolean): Promise<ListResult<Community>> {
    return findList(
      ctx,
      {
        entity: Community,
        alias: 'c',
        defaultSort: 'id',
        filters: {
          name: { op: 'contains', columns: ['c.name'] },
          subdistrictId: { op: 'eq', column: 'c.subdistrictId', id: true },
          districtId: { op: 'sqlId', where: (_id, param) => `c.subdistrictId IN (SELECT s.id FROM subdistrict s WHERE s.district_id = :${param})` },
        },
      },
      options,
      { wantTotal },
    );
  }

  async get<E extends District | Subdistrict | Community>(ctx: RequestContext, entity: (new () => E) & { name: string }, id: number): Promise<E> {
    const row = await ctx.loaders.byId<E>(entity).load(id);
    if (!row) throw fail.notFound(entity.name, id);
    return row;
  }
}

export const geographyService = new GeographyService();
