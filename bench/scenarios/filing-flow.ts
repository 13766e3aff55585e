import pg from 'pg';
import { creditCodeCheckCharacter } from '../../api/src/firms/credit-code';
import { yearInChina } from '../../api/src/shared/iso-date';
import { Scenario } from './scenario';

/** The filing flow: a clerk creates and submits a firm filing, a registrar approves it (three requests). */
const FIELDS = `id version filingStatus filingNumber availableActions`;
const CREATE = `mutation CreateFirm($input: FirmInput!) { createFirm(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation SubmitFirm($id: ID!, $version: Int!) { submitFirm(id: $id, version: $version) { ${FIELDS} } }`;
const APPROVE = `mutation ApproveFirm($id: ID!, $version: Int!) { approveFirm(id: $id, version: $version) { ${FIELDS} } }`;

let serial = 0;
let users = { clerk: 0, registrar: 0 };

/** A valid credit code in a range the seed never issues (9133059 9B…). */
function creditCode(): string {
  const body = `91330599B${String(++serial).padStart(8, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

function input() {
  return {
    name: `湖州基准测试物业管理有限公司${serial}`, // not matched by the firm-list search
    creditCode: creditCode(),
    legalRepresentative: '沈建华',
    registeredAddress: '湖州市吴兴区人民路100号',
    contactPerson: '钱丽',
    contactPhone: '13857212345',
    establishedOn: '2015-03-18',
    districtId: '1',
  };
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const AUDIT = `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, before, after) VALUES ($1, $2, $3, 'Firm', $4, $5, $6)`;

export const filingFlow: Scenario = {
  name: 'filing-flow',
  title: '5 filing flow: create, submit, approve a firm (3 requests)',
  async prepare(ctx) {
    const { rows } = await ctx.pool.query(`SELECT count(*)::int AS n FROM firm WHERE credit_code LIKE '91330599B%'`);
    serial = rows[0].n + 1000;
    const accounts = await ctx.pool.query(`SELECT id, username FROM app_user WHERE username IN ('clerk', 'registrar')`);
    for (const row of accounts.rows) users = { ...users, [row.username]: row.id };
  },
  api: (ctx) => async () => {
    const created = await ctx.api.request(CREATE, { input: input() }, ctx.tokens.clerk);
    const { id, version } = created.data.createFirm;
    const submitted = await ctx.api.request(SUBMIT, { id, version }, ctx.tokens.clerk);
    const approved = await ctx.api.request(APPROVE, { id, version: submitted.data.submitFirm.version }, ctx.tokens.registrar);
    if (approved.data.approveFirm.filingStatus !== 'APPROVED') throw new Error('not approved');
    return { requests: 3, sqlStatements: created.sqlStatements + submitted.sqlStatements + approved.sqlStatements };
  },
  raw: (ctx) => async () => {
    const values = input();
    const created = await inTransaction(ctx.pool, async (db) => {
      const { rows } = await db.query(
        `INSERT INTO firm (name, credit_code, legal_representative, registered_address, contact_person, contact_phone, established_on, district_id, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [values.name, values.creditCode, values.legalRepresentative, values.registeredAddress, values.contactPerson, values.contactPhone, values.establishedOn, 1, users.clerk],
      );
      await db.query(AUDIT, [users.clerk, 'clerk', 'firm.create', String(rows[0].id), null, JSON.stringify(rows[0])]);
      return rows[0];
    });
    const move = (actor: number, action: string, set: string) =>
      inTransaction(ctx.pool, async (db) => {
        const before = (await db.query(`SELECT * FROM firm WHERE id = $1 FOR UPDATE`, [created.id])).rows[0];
        const number = action === 'firm.approve'
          ? (await db.query(
              `INSERT INTO filing_counter AS c (kind, year, last_number) VALUES ('firm', $1, 1)
               ON CONFLICT (kind, year) DO UPDATE SET last_number = c.last_number + 1 RETURNING last_number`,
              [yearInChina(new Date())],
            )).rows[0].last_number
          : null;
        const after = (await db.query(`UPDATE firm SET ${set}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING *`, [created.id, before.version, actor, number && `湖物企备〔${yearInChina(new Date())}〕${number}号`])).rows[0];
        await db.query(AUDIT, [actor, 'bench', action, String(created.id), JSON.stringify(before), JSON.stringify(after)]);
        return after;
      });
    await move(users.clerk, 'firm.submit', `filing_status = 'SUBMITTED', submitted_by_id = $3, submitted_at = now(), filing_number = coalesce($4, filing_number)`);
    const approved = await move(users.registrar, 'firm.approve', `filing_status = 'APPROVED', decided_by_id = $3, decided_at = now(), filing_number = $4`);
    if (approved.filing_status !== 'APPROVED') throw new Error('not approved');
    return { requests: 3, sqlStatements: 14 };
  },
};
