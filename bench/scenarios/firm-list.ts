import pg from 'pg';
import { Operation } from '../load';
import { sameRows } from './peer-rows';
import { Scenario } from './scenario';

/** The console's firm list: 25 approved firms whose name contains a search word, by name, with totalItems. */
const QUERY = `query FirmList($options: FirmListOptions) {
  firms(options: $options) {
    totalItems nextCursor
    items {
      id version name creditCode legalRepresentative contactPerson contactPhone status
      filingStatus filingNumber submittedAt decidedAt updatedAt availableActions
      district { id name }
    }
  }
}`;

/** The same read through PostGraphile: its reflected firms with a "name contains" condition (bench/peer/postgraphile.mjs). */
const PEER_QUERY = `query FirmList($offset: Int!, $search: String!) {
  allFirms(first: 25, offset: $offset, orderBy: [NAME_ASC, ROW_ID_ASC], condition: { filingStatus: "APPROVED", nameContains: $search }) {
    totalCount
    nodes {
      id: rowId version name creditCode legalRepresentative contactPerson contactPhone status
      filingStatus filingNumber submittedAt decidedAt updatedAt submittedById
      districtByDistrictId { id: rowId name }
    }
  }
}`;

const SEARCH = '物业服务';
/** full pages of 25 the filter has (up to four), found in prepare() */
let pages = 1;

const options = (page: number, take = 25) => ({
  take,
  skip: page * take,
  sort: { field: 'NAME', direction: 'ASC' },
  filter: { filingStatus: 'APPROVED', name: SEARCH },
});

// LIKE, not ILIKE: the search term has no letter with case, and the API matches such a term by LIKE too
// (api/src/shared/list-filters.ts containsOperator); the peer's condition follows the same rule
const PAGE_SQL = `
  SELECT f.id, f.version, f.name, f.credit_code, f.legal_representative, f.contact_person, f.contact_phone, f.status,
         f.filing_status, f.filing_number, f.submitted_at, f.decided_at, f.updated_at, f.submitted_by_id,
         d.id AS district_id, d.name AS district_name
    FROM firm f JOIN district d ON d.id = f.district_id
   WHERE f.filing_status = 'APPROVED' AND f.name LIKE $1
   ORDER BY f.name, f.id
   LIMIT 26 OFFSET $2`;
const COUNT_SQL = `SELECT count(*)::int AS n FROM firm f WHERE f.filing_status = 'APPROVED' AND f.name LIKE $1`;

interface FirmPage {
  totalItems: number;
  rows: Array<Record<string, unknown>>;
}

/** One page of the list by hand, page and count side by side: the raw floor's fetch, and what the bare HTTP server answers. */
async function firmPage(pool: pg.Pool, page: number): Promise<FirmPage> {
  const pattern = `%${SEARCH}%`;
  const [rows, count] = await Promise.all([pool.query(PAGE_SQL, [pattern, page * 25]), pool.query(COUNT_SQL, [pattern])]);
  return { totalItems: count.rows[0].n as number, rows: rows.rows.slice(0, 25) };
}

/** Each virtual user reads the full pages in turn (`read`). */
const byHand =
  (read: (page: number) => Promise<FirmPage>): Operation =>
  async (_vu, i) => {
    const { rows } = await read(i % pages);
    if (rows.length !== 25) throw new Error('short page');
    return { requests: 1, sqlStatements: 2 };
  };

export const firmList: Scenario = {
  name: 'firm-list',
  title: '1 console list: 25 firms, filtered, sorted, totalItems',
  async prepare(ctx) {
    const { rows } = await ctx.pool.query(COUNT_SQL, [`%${SEARCH}%`]);
    pages = Math.max(1, Math.min(4, Math.floor(rows[0].n / 25)));
  },
  api: (ctx) => async (_vu, i) => {
    const { data, sqlStatements } = await ctx.api.request(QUERY, { options: options(i % pages) }, ctx.tokens.manager);
    if (data.firms.items.length !== 25) throw new Error(`expected 25 firms, got ${data.firms.items.length}`);
    return { requests: 1, sqlStatements };
  },
  raw: (ctx) => byHand((page) => firmPage(ctx.pool, page)),
  bare: {
    fetch: (pool, input) => firmPage(pool, Number(input.page)),
    drive: (ctx) => byHand(async (page) => (await ctx.bare!.request<FirmPage>('firm-list', { page })).data),
  },
  peer: (ctx) => async (_vu, i) => {
    const { data } = await ctx.peer!.request(PEER_QUERY, { offset: (i % pages) * 25, search: SEARCH });
    if (data.allFirms.nodes.length !== 25) throw new Error(`expected 25 firms, got ${data.allFirms.nodes.length}`);
    return { requests: 1, sqlStatements: NaN };
  },
  async checkPeer(ctx) {
    let rows = 0;
    for (let page = 0; page < pages; page++) {
      const ours = (await ctx.api.request(QUERY, { options: options(page) }, ctx.tokens.manager)).data.firms;
      const theirs = (await ctx.peer!.request(PEER_QUERY, { offset: page * 25, search: SEARCH })).data.allFirms;
      if (ours.totalItems !== theirs.totalCount) throw new Error(`firm-list: totalItems ${ours.totalItems}, PostGraphile's totalCount ${theirs.totalCount}`);
      rows += sameRows(
        `firm-list page ${page}`,
        ours.items.map(({ availableActions: _computed, ...firm }: Record<string, unknown>) => firm),
        theirs.nodes.map(({ districtByDistrictId, submittedById: _s, ...firm }: Record<string, unknown>) => ({ ...firm, district: districtByDistrictId })),
      );
    }
    return `${rows} firms on ${pages} pages, and totalItems, equal`;
  },
  async statementProbe(ctx) {
    const small = await ctx.api.request(QUERY, { options: options(0, 5) }, ctx.tokens.manager);
    const large = await ctx.api.request(QUERY, { options: options(0, 100) }, ctx.tokens.manager);
    return { small: small.sqlStatements, large: large.sqlStatements, sizes: 'take 5 / 100' };
  },
};
