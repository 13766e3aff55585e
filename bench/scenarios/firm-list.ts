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

const SEARCH = '物业服务';
/** full pages of 25 the filter has (up to four), found in prepare() */
let pages = 1;

const options = (page: number, take = 25) => ({
  take,
  skip: page * take,
  sort: { field: 'NAME', direction: 'ASC' },
  filter: { filingStatus: 'APPROVED', name: SEARCH },
});

const PAGE_SQL = `
  SELECT f.id, f.version, f.name, f.credit_code, f.legal_representative, f.contact_person, f.contact_phone, f.status,
         f.filing_status, f.filing_number, f.submitted_at, f.decided_at, f.updated_at, f.submitted_by_id,
         d.id AS district_id, d.name AS district_name
    FROM firm f JOIN district d ON d.id = f.district_id
   WHERE f.filing_status = 'APPROVED' AND f.name ILIKE $1
   ORDER BY f.name, f.id
   LIMIT 26 OFFSET $2`;
const COUNT_SQL = `SELECT count(*)::int AS n FROM firm f WHERE f.filing_status = 'APPROVED' AND f.name ILIKE $1`;

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
  raw: (ctx) => async (_vu, i) => {
    const pattern = `%${SEARCH}%`;
    const [page] = await Promise.all([ctx.pool.query(PAGE_SQL, [pattern, (i % pages) * 25]), ctx.pool.query(COUNT_SQL, [pattern])]);
    if (page.rows.length !== 26) throw new Error('short page');
    return { requests: 1, sqlStatements: 2 };
  },
  async statementProbe(ctx) {
    const small = await ctx.api.request(QUERY, { options: options(0, 5) }, ctx.tokens.manager);
    const large = await ctx.api.request(QUERY, { options: options(0, 100) }, ctx.tokens.manager);
    return { small: small.sqlStatements, large: large.sqlStatements, sizes: 'take 5 / 100' };
  },
};
