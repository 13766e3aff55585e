import { actorId, type RequestContext } from '../request/context';
import type { FilterRule } from '../shared/list-filters';

/**
 * The `mine` and `submittedByMe` filters of a filing list, for the caller: a clerk's own drafts, a registrar's
 * queue without the filings they submitted (maker-checker, docs/roles-and-workflows.md#maker-checker). Someone
 * who is not a person (an integrator) has filed nothing: `true` matches no row, `false` every row.
 */
export function ownFilingFilters(ctx: RequestContext, alias: string): { mine: FilterRule<boolean>; submittedByMe: FilterRule<boolean> } {
  const me = actorId(ctx);
  const by = (column: string) => ({
    op: 'sql' as const,
    where: (wanted: boolean, param: string) => {
      const sql = `${alias}.${column} IS NOT DISTINCT FROM :${param}_me`;
      return { sql: wanted ? sql : `NOT (${sql})`, params: { [`${param}_me`]: me ?? -1 } };
    },
  });
  return { mine: by('createdById'), submittedByMe: by('submittedById') };
}
