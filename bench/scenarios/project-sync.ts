import pg from 'pg';
import { maskPhone } from '../../api/src/auth/personal-data';
import { Operation } from '../load';
import { sameRows } from './peer-rows';
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

/** The same sync through PostGraphile: its reflected projects, by its own cursor. */
const PEER_QUERY = `query SyncProjects($after: Cursor) {
  allProjects(first: 200, after: $after, orderBy: [ROW_ID_ASC]) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id: rowId version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel
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

interface SyncPage {
  rows: Array<Record<string, unknown>>;
  /** the id the next page starts after, or null after the last page */
  nextAfterId: number | null;
}

/** One page of the sync by hand: the raw floor's fetch, and what the bare HTTP server answers. */
async function syncPage(pool: pg.Pool, afterId: number): Promise<SyncPage> {
  const { rows } = await pool.query(PAGE_SQL, [afterId]);
  return { rows: rows.slice(0, TAKE), nextAfterId: rows.length > TAKE ? (rows[TAKE - 1].id as number) : null };
}

/** Each virtual user follows the pages fetched by hand (`page`), starting over after the last. */
function byHand(page: (afterId: number) => Promise<SyncPage>): Operation {
  const state = new Map<number, { afterId: number; page: number }>();
  return async (vu) => {
    const s = state.get(vu) ?? { afterId: 0, page: 0 };
    const { rows, nextAfterId } = await page(s.afterId);
    if (rows.length === 0) throw new Error('empty page');
    state.set(vu, nextAfterId !== null ? { afterId: nextAfterId, page: s.page + 1 } : { afterId: 0, page: 0 });
    return { requests: 1, sqlStatements: 1, tag: String(s.page) };
  };
}

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
  raw: (ctx) => byHand((afterId) => syncPage(ctx.pool, afterId)),
  bare: {
    fetch: (pool, input) => syncPage(pool, Number(input.afterId)),
    drive: (ctx) => byHand(async (afterId) => (await ctx.bare!.request<SyncPage>('project-sync', { afterId })).data),
  },
  peer: (ctx) => {
    const state = new Map<number, string | null>();
    return async (vu) => {
      const { data } = await ctx.peer!.request(PEER_QUERY, { after: state.get(vu) ?? null });
      const { hasNextPage, endCursor } = data.allProjects.pageInfo;
      state.set(vu, hasNextPage ? endCursor : null);
      return { requests: 1, sqlStatements: NaN };
    };
  },
  async checkPeer(ctx) {
    let ours: string | null = null;
    let theirs: string | null = null;
    let rows = 0;
    for (let page = 0; ; page++) {
      const a: any = (await ctx.api.request(QUERY, { options: options(TAKE, ours) }, ctx.tokens.integrator)).data.projects;
      const b: any = (await ctx.peer!.request(PEER_QUERY, { after: theirs })).data.allProjects;
      // PostGraphile has no personal-data rules: the phone our integrator sees masked is compared masked
      const masked = b.nodes.map((row: any) => ({ ...row, managerPhone: row.managerPhone && maskPhone(row.managerPhone) }));
      rows += sameRows(`project-sync page ${page}`, a.items, masked);
      if (!a.nextCursor !== !b.pageInfo.hasNextPage) throw new Error(`project-sync: page ${page} is the last for one side only`);
      if (!a.nextCursor) return `all ${rows} projects on ${page + 1} pages equal (manager phones masked as our integrator sees them)`;
      ours = a.nextCursor;
      theirs = b.pageInfo.endCursor;
    }
  },
  async statementProbe(ctx) {
    const small = await ctx.api.request(QUERY, { options: options(5, null) }, ctx.tokens.integrator);
    const large = await ctx.api.request(QUERY, { options: options(TAKE, null) }, ctx.tokens.integrator);
    return { small: small.sqlStatements, large: large.sqlStatements, sizes: `take 5 / ${TAKE}` };
  },
};
