import { startTestApp, TestApp } from './harness';
import { PREVIEW_IMPORT } from './operations';
import { byReading } from '../src/shared/pinyin-readings';

/**
 * Lists of names without an order of their own read in pinyin (console/src/shared/choiceOrder.ts; the server's
 * zh_pinyin collation): people by display name, an officer's subdistricts, the districts a bad import cell may name.
 */
let app: TestApp;
const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });
let compare = collator.compare;
beforeAll(async () => {
  app = await startTestApp();
  // with the names' own readings (长兴 cháng) where the server's collation carries them: PostgreSQL 16 and later
  const [{ kept }] = await app.ds.query(`SELECT current_setting('server_version_num')::int >= 160000 AS kept`);
  if (kept) compare = byReading(collator);
});
afterAll(() => app?.close());

const pinyin = (names: string[]) => [...names].sort(compare);
const codePoints = (names: string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('names in pinyin order', () => {
  it('people by display name', async () => {
    const { users } = await app.as('admin', `{ users(options: { take: 100, sort: { field: DISPLAY_NAME, direction: ASC } }) { items { displayName } } }`);
    const names: string[] = users.items.map((u: { displayName: string }) => u.displayName);
    // the demo's people read differently by code point, so the test tells the two orders apart
    expect(codePoints(names)).not.toEqual(pinyin(names));
    expect(names).toEqual(pinyin(names));
  });

  it('party organisations by name', async () => {
    // two more, whose code-point order is not their pinyin order (吴 before 安 by code point)
    const [firm] = await app.ds.query(`SELECT id FROM firm WHERE filing_status = 'APPROVED' ORDER BY id LIMIT 1`);
    for (const name of ['吴兴拼音测试党支部', '安吉拼音测试党支部']) {
      await app.as('clerk', `mutation C($input: PartyOrganisationInput!) { createPartyOrganisation(input: $input) { id } }`, {
        input: { name, kind: 'FUNCTIONAL', firmId: String(firm.id), memberCount: 3, establishedOn: '2020-01-01' },
      });
    }
    const { partyOrganisations } = await app.as('clerk', `{ partyOrganisations(options: { take: 200, sort: { field: NAME, direction: ASC } }) { items { name } } }`);
    const names: string[] = partyOrganisations.items.map((p: { name: string }) => p.name);
    expect(codePoints(names)).not.toEqual(pinyin(names));
    expect(names).toEqual(pinyin(names));
  });

  it('an officer’s subdistricts, whatever order they were given in', async () => {
    const subdistricts: Array<{ id: number; name: string }> = await app.ds.query(`SELECT id, name FROM subdistrict ORDER BY id LIMIT 12`);
    const given = [...subdistricts].sort((a, b) => compare(b.name, a.name));
    const [user] = await app.ds.query(`SELECT id, version FROM app_user WHERE username = 'officer3'`);
    await app.as(
      'admin',
      `mutation J($userId: ID!, $version: Int!, $ids: [ID!]!) { setOfficerJurisdiction(userId: $userId, version: $version, subdistrictIds: $ids) { id } }`,
      { userId: String(user.id), version: user.version, ids: given.map((s) => String(s.id)) },
    );
    // subdistricts added are in force once a second admin confirms them (roles-and-workflows.md#account-dual-control)
    await app.confirmAccountChange(String(user.id));
    const { user: confirmed } = await app.as('admin', `query U($id: ID!) { user(id: $id) { jurisdiction { name } } }`, { id: String(user.id) });
    const names = confirmed.jurisdiction.map((s: { name: string }) => s.name);
    expect(names).toEqual(pinyin(subdistricts.map((s) => s.name)));
    const listed = await app.as('admin', `{ users(options: { take: 100 }) { items { username jurisdiction { name } } } }`);
    expect(listed.users.items.find((u: { username: string }) => u.username === 'officer3').jurisdiction.map((s: { name: string }) => s.name)).toEqual(names);
  });

  it('the districts a firm import’s district cell may name', async () => {
    const headers = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '所在区县'];
    const row = ['湖州拼音物业服务有限公司', '91350100M000100Y43', '沈建华', '湖州市吴兴区人民路100号', '钱丽', '13857212345', '火星区'];
    const file = { name: 'f.csv', contentBase64: Buffer.from(`\uFEFF${headers.join(',')}\r\n${row.join(',')}\r\n`).toString('base64') };
    const report = (await app.as('clerk', PREVIEW_IMPORT, { kind: 'FIRMS', file })).previewImport;
    const district = report.rows[0].fieldErrors.find((e: { field: string }) => e.field === 'district');
    const names: string[] = (await app.ds.query(`SELECT name FROM district ORDER BY code`)).map((d: { name: string }) => d.name);
    expect(pinyin(names)).not.toEqual(names);
    expect(district?.allowed).toEqual(pinyin(names));
  });
});
