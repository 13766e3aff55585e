import pg from 'pg';
import { todayInChina } from '../../api/src/shared/iso-date';
import { Operation } from '../load';
import { sameRows } from './peer-rows';
import { Scenario } from './scenario';

/** An integrator's nested read: 100 projects with firm, estate, district, and the estate's sitting committee. */
const QUERY = `query NestedProjects($options: ProjectListOptions) {
  projects(options: $options) {
    nextCursor
    items {
      id name contractStart contractEnd filingStatus residentialFee
      firm { id name creditCode status }
      estate {
        id name address households
        district { code name }
        currentCommittee { id termNumber termStart termEnd members { id name position } }
      }
    }
  }
}`;

/** The same read through PostGraphile: its relations by foreign key, the sitting committee as a computed column. */
const PEER_QUERY = `query NestedProjects($after: Cursor) {
  allProjects(first: 100, after: $after, orderBy: [ROW_ID_ASC]) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id: rowId name contractStart contractEnd filingStatus residentialFee
      firmByFirmId { id: rowId name creditCode status }
      estateByEstateId {
        id: rowId name address households
        communityByCommunityId { subdistrictBySubdistrictId { districtByDistrictId { code name } } }
        currentCommittee {
          id: rowId termNumber termStart termEnd
          committeeMembersByCommitteeId(condition: { endsOn: null }, orderBy: [STARTS_ON_ASC, ROW_ID_ASC]) { nodes { id: rowId name position } }
        }
      }
    }
  }
}`;

/** PostGraphile's row in our shape. */
function asOurs(node: any): unknown {
  const { firmByFirmId, estateByEstateId: e, ...project } = node;
  const committee = e.currentCommittee;
  return {
    ...project,
    firm: firmByFirmId,
    estate: {
      id: e.id,
      name: e.name,
      address: e.address,
      households: e.households,
      district: e.communityByCommunityId.subdistrictBySubdistrictId.districtByDistrictId,
      currentCommittee: committee && {
        id: committee.id,
        termNumber: committee.termNumber,
        termStart: committee.termStart,
        termEnd: committee.termEnd,
        members: committee.committeeMembersByCommitteeId.nodes,
      },
    },
  };
}

/** PostGraphile's cursor before each full page, as `starts` holds ours */
let peerStarts: Array<string | null> = [];

const TAKE = 100;
const PAGE_SQL = `
  SELECT p.id, p.name, p.contract_start, p.contract_end, p.filing_status, p.residential_fee,
         f.id AS firm_id, f.name AS firm_name, f.credit_code, f.status AS firm_status,
         e.id AS estate_id, e.name AS estate_name, e.address, e.households, d.code AS district_code, d.name AS district_name
    FROM project p
    JOIN firm f ON f.id = p.firm_id
    JOIN estate e ON e.id = p.estate_id
    JOIN community c ON c.id = e.community_id
    JOIN subdistrict s ON s.id = c.subdistrict_id
    JOIN district d ON d.id = s.district_id
   WHERE p.id > $1
   ORDER BY p.id
   LIMIT ${TAKE + 1}`;
const COMMITTEES_SQL = `
  SELECT DISTINCT ON (c.estate_id) c.estate_id, c.id, c.term_number, c.term_start, c.term_end,
         (SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'position', m.position) ORDER BY m.starts_on, m.id)
            FROM committee_member m WHERE m.committee_id = c.id AND m.ends_on IS NULL) AS members
    FROM committee c
   WHERE c.estate_id = ANY($1) AND c.term_start <= $2 AND c.term_end >= $2
   ORDER BY c.estate_id, c.term_number DESC`;

/** full pages: the cursor the API handed out for each, and the id it starts after */
let starts: Array<{ cursor: string | null; afterId: number }> = [];

interface NestedPage {
  projects: Array<Record<string, unknown>>;
  committees: Array<Record<string, unknown>>;
}

/** One page by hand: the projects with their firm, estate and district, then their estates' sitting committees with members. */
async function nestedPage(pool: pg.Pool, afterId: number): Promise<NestedPage> {
  const page = await pool.query(PAGE_SQL, [afterId]);
  const projects = page.rows.slice(0, TAKE);
  const estateIds = [...new Set(projects.map((r) => r.estate_id))];
  const committees = await pool.query(COMMITTEES_SQL, [estateIds, todayInChina()]);
  return { projects, committees: committees.rows };
}

/** Each virtual user reads full pages in a spread order (`read`). */
const byHand =
  (read: (afterId: number) => Promise<NestedPage>): Operation =>
  async (vu, i) => {
    const { projects } = await read(starts[(vu * 7 + i) % starts.length].afterId);
    if (projects.length !== TAKE) throw new Error('short page');
    return { requests: 1, sqlStatements: 2 };
  };

const options = (take: number, after: string | null) => ({ take, sort: { field: 'ID', direction: 'ASC' }, after });

export const nestedProjects: Scenario = {
  name: 'nested-projects',
  title: '2 integrator nested read: 100 projects + firm, estate, district, committee, members',
  async prepare(ctx) {
    starts = [];
    let cursor: string | null = null;
    let afterId = 0;
    for (;;) {
      const page: { data: { projects: { nextCursor: string | null; items: Array<{ id: string }> } } } = await ctx.api.request(
        `query Ids($options: ProjectListOptions) { projects(options: $options) { nextCursor items { id } } }`,
        { options: options(TAKE, cursor) },
        ctx.tokens.integrator,
      );
      const { items, nextCursor } = page.data.projects;
      if (items.length === TAKE) starts.push({ cursor, afterId });
      if (!nextCursor) break;
      cursor = nextCursor;
      afterId = Number(items[items.length - 1].id);
    }
  },
  api: (ctx) => async (vu, i) => {
    const start = starts[(vu * 7 + i) % starts.length];
    const { data, sqlStatements } = await ctx.api.request(QUERY, { options: options(TAKE, start.cursor) }, ctx.tokens.integrator);
    if (data.projects.items.length !== TAKE) throw new Error('short page');
    return { requests: 1, sqlStatements };
  },
  raw: (ctx) => byHand((afterId) => nestedPage(ctx.pool, afterId)),
  bare: {
    fetch: (pool, input) => nestedPage(pool, Number(input.afterId)),
    drive: (ctx) => byHand(async (afterId) => (await ctx.bare!.request<NestedPage>('nested-projects', { afterId })).data),
  },
  peer: (ctx) => async (vu, i) => {
    const { data } = await ctx.peer!.request(PEER_QUERY, { after: peerStarts[(vu * 7 + i) % peerStarts.length] });
    if (data.allProjects.nodes.length !== TAKE) throw new Error('short page');
    return { requests: 1, sqlStatements: NaN };
  },
  async checkPeer(ctx) {
    peerStarts = [];
    let after: string | null = null;
    let rows = 0;
    for (let page = 0; ; page++) {
      const theirs: any = (await ctx.peer!.request(PEER_QUERY, { after })).data.allProjects;
      if (theirs.nodes.length === TAKE) {
        peerStarts.push(after);
        const ours = (await ctx.api.request(QUERY, { options: options(TAKE, starts[page].cursor) }, ctx.tokens.integrator)).data.projects.items;
        rows += sameRows(`nested-projects page ${page}`, ours, theirs.nodes.map(asOurs));
      }
      if (!theirs.pageInfo.hasNextPage) break;
      after = theirs.pageInfo.endCursor;
    }
    if (peerStarts.length !== starts.length) throw new Error(`nested-projects: ${starts.length} full pages of ours, ${peerStarts.length} of PostGraphile's`);
    return `${rows} projects with firm, estate, district, committee and members on ${peerStarts.length} pages equal`;
  },
  async statementProbe(ctx) {
    const small = await ctx.api.request(QUERY, { options: options(5, null) }, ctx.tokens.integrator);
    const large = await ctx.api.request(QUERY, { options: options(TAKE, null) }, ctx.tokens.integrator);
    return { small: small.sqlStatements, large: large.sqlStatements, sizes: `take 5 / ${TAKE}` };
  },
};
