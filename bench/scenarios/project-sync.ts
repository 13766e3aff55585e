import { Scenario } from './scenario';

/** An integrator's full sync: every project, 200 a page, following nextCursor; each virtual user starts over at the end. */
const QUERY = `query SyncProjects($options: ProjectListOptions) {
  projects(options: $options) {
    nextCursor
    items {
      id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel
      residentialFee commercialFee parkingFee households managedArea filingStatus filingNumber submittedAt decidedAt createdAt updatedAt
    }
  }
}`;

const TAKE = 200;
const PAGE_SQL = `
  SELECT id, version, name, estate_id, firm_id, project_manager, manager_phone, contract_start, contract_end, selection_method,
         billing_model, residential_fee, commercial_fee, parking_fee, households, managed_area, filing_status, filing_number,
         submitted_at, decided_at, created_at, updated_at
    FROM project WHERE id > $1 ORDER BY id LIMIT ${TAKE + 1}`;

const options = (take: number, after: string | null) => ({ take, sort: { field: 'ID', direction: 'ASC' }, after });

export const projectSync: Scenario = {
  name: 'project-sync',
  title: '3 integrator full sync: every project, 200 a page, by cursor',
  api: (ctx) => {
    const state = new Map<number, { cursor: string | null; page: number }>();
    return async (vu) => {
      const s = state.get(vu) ?? { cursor: null, page: 0 };
      const { data, sqlStatements } = await ctx.api.request(QUERY, { options: options(TAKE, s.cursor) }, ctx.tokens.integrator);
      const tag = String(s.page);
      const next = data.projects.nextCursor as string | null;
      state.set(vu, next ? { cursor: next, page: s.page + 1 } : { cursor: null, page: 0 });
      return { requests: 1, sqlStatements, tag };
    };
  },
  raw: (ctx) => {
    const state = new Map<number, { afterId: number; page: number }>();
    return async (vu) => {
      const s = state.get(vu) ?? { afterId: 0, page: 0 };
      const { rows } = await ctx.pool.query(PAGE_SQL, [s.afterId]);
      const more = rows.length > TAKE;
      state.set(vu, more ? { afterId: rows[TAKE - 1].id, page: s.page + 1 } : { afterId: 0, page: 0 });
      return { requests: 1, sqlStatements: 1, tag: String(s.page) };
    };
  },
  async statementProbe(ctx) {
    const small = await ctx.api.request(QUERY, { options: options(5, null) }, ctx.tokens.integrator);
    const large = await ctx.api.request(QUERY, { options: options(TAKE, null) }, ctx.tokens.integrator);
    return { small: small.sqlStatements, large: large.sqlStatements, sizes: `take 5 / ${TAKE}` };
  },
};
