import { startTestApp, TestApp } from './harness';
import { CREATE_API_TOKEN } from './operations';
import type { Scope } from './generated/graphql';

/** Estate.currentCommittee: integrators read the sitting committee of each project's estate in one request. */
let app: TestApp;
let integrator: string;
let registryOnly: string;
beforeAll(async () => {
  app = await startTestApp();
  const token = async (name: string, scopes: Scope[]) => {
    const issued = (await app.as('admin', CREATE_API_TOKEN, { input: { name, scopes } })).createApiToken.token;
    await app.gql('{ __typename }', {}, issued); // checked once: later requests count their own statements
    return issued;
  };
  integrator = await token('市物业监管平台', ['REGISTRY_READ', 'ELECTIONS_READ']);
  registryOnly = await token('不动产登记系统', ['REGISTRY_READ']);
});
afterAll(() => app?.close());

const NESTED = `query Nested($take: Int!) {
  projects(options: { take: $take, sort: { field: ID } }) {
    items {
      id firm { id name }
      estate { id name district { code } currentCommittee { id termNumber termStart termEnd members { id name position } } }
    }
  }
}`;
const ESTATE = `query Estate($id: ID!) { estate(id: $id) { id currentCommittee { id estateId termNumber members { name } } } }`;

/** An estate with a sitting committee inside (or outside) the demo officer's subdistricts. */
async function estateWithCommittee(inOfficersSubdistricts: boolean): Promise<{ estateId: string; committeeId: string }> {
  const [row] = await app.ds.query(
    `SELECT c.estate_id, c.id FROM committee c JOIN estate e ON e.id = c.estate_id JOIN community m ON m.id = e.community_id
      WHERE c.term_start <= current_date AND c.term_end >= current_date
        AND (m.subdistrict_id IN (SELECT subdistrict_id FROM officer_jurisdiction j JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer')) = $1
      ORDER BY c.estate_id LIMIT 1`,
    [inOfficersSubdistricts],
  );
  return { estateId: String(row.estate_id), committeeId: String(row.id) };
}

describe('Estate.currentCommittee', () => {
  it('costs the same statements for 5 and 100 projects: one per relation, committees and members included', async () => {
    const small = await app.gql(NESTED, { take: 5 }, integrator);
    const large = await app.gql(NESTED, { take: 100 }, integrator);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.projects.items).toHaveLength(100);
    const withCommittee = large.data.projects.items.filter((p: any) => p.estate.currentCommittee);
    expect(withCommittee.length).toBeGreaterThan(10);
    expect(withCommittee.every((p: any) => p.estate.currentCommittee.members.length >= 3)).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // the version read (which checks the token), and the page compiled into one statement with firm, estate, district, committee, members
    expect(large.sqlStatements).toBe(2);
  });

  it('is the latest term covering today, the one committees(current: true) lists', async () => {
    const { estateId, committeeId } = await estateWithCommittee(false);
    const listed = await app.as('manager', `query($e: ID!) { committees(options: { filter: { estateId: $e, current: true } }) { items { id } } }`, { e: estateId });
    expect(listed.committees.items.map((c: { id: string }) => c.id)).toEqual([committeeId]);
    const { estate } = await app.as('manager', ESTATE, { id: estateId });
    expect(estate.currentCommittee).toMatchObject({ id: committeeId, estateId });
    const [none] = await app.ds.query(`SELECT id FROM estate e WHERE NOT EXISTS (SELECT 1 FROM committee c WHERE c.estate_id = e.id) ORDER BY id LIMIT 1`);
    expect((await app.as('manager', ESTATE, { id: String(none.id) })).estate.currentCommittee).toBeNull();
  });

  it('is election data: refused to a clerk and to a token without ELECTIONS_READ, the rest of the answer intact', async () => {
    const { estateId } = await estateWithCommittee(false);
    for (const token of [registryOnly, await app.tokenFor('clerk')]) {
      const result = await app.gql(ESTATE, { id: estateId }, token);
      expect(result.errors?.[0]).toMatchObject({ path: ['estate', 'currentCommittee'], extensions: { code: 'FORBIDDEN' } });
      expect(result.data.estate).toEqual({ id: estateId, currentCommittee: null });
    }
    expect((await app.gql(ESTATE, { id: estateId }, registryOnly)).errors?.[0].extensions.reason).toBe('SCOPE');
  });

  it('shows an officer the committees of their own subdistricts only, as the committee list does', async () => {
    const inside = await estateWithCommittee(true);
    const outside = await estateWithCommittee(false);
    expect((await app.as('officer', ESTATE, { id: inside.estateId })).estate.currentCommittee.id).toBe(inside.committeeId);
    expect((await app.as('officer', ESTATE, { id: outside.estateId })).estate.currentCommittee).toBeNull();
  });
});
