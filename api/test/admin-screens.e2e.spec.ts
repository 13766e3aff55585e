import { todayInChina } from '../src/shared/iso-date';
import { startTestApp, TestApp } from './harness';
import {
  AUDIT_EVENTS,
  AUDIT_EVENTS_AT,
  CHECKLIST_DRAFTS,
  CREATE_CHECKLIST_DRAFT,
  CREATE_API_TOKEN,
  CREATE_USER,
  CURRENT_CHECKLIST,
  LOGIN,
  PUBLISH_CHECKLIST_DRAFT,
  SET_JURISDICTION,
  UPDATE_CHECKLIST_DRAFT,
  UPDATE_USER,
  UPDATE_USER_JURISDICTION,
  USER_JURISDICTION,
} from './operations';

/**
 * What the admin's screens rest on: officers' jurisdictions set under the user's version and audited, checklist
 * drafts edited then published as the next version, and the audit log filtered by day.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const subdistrictIds = async (n: number): Promise<string[]> =>
  (await app.ds.query(`SELECT id::text AS id FROM subdistrict ORDER BY id LIMIT $1`, [n])).map((r: { id: string }) => r.id);
const jurisdictionRows = async (userId: string): Promise<number[]> =>
  (await app.ds.query(`SELECT subdistrict_id FROM officer_jurisdiction WHERE user_id = $1 ORDER BY 1`, [userId])).map((r: { subdistrict_id: number }) => r.subdistrict_id);
const auditOf = async (entityType: string, entityId: string) =>
  (await app.as('admin', AUDIT_EVENTS, { options: { filter: { entityType, entityId }, take: 100 } })).auditEvents.items;

let serial = 0;
async function newOfficer(ids: string[] | null = null) {
  serial += 1;
  const input = { username: `officer.t${serial}.${process.pid}`, displayName: `测试指导员${serial}`, role: 'OFFICER' as const, password: 'a-long-password-1', subdistrictIds: ids };
  // made by one admin, confirmed by another (roles-and-workflows.md#account-dual-control)
  return app.createConfirmedUser(input);
}

describe('a one-time password an admin asks for (roles-and-workflows.md#account-dual-control, round 11 F1)', () => {
  it('is never typed by an admin: a password in the input is refused and nothing is written; a reset is asked for and proposed', async () => {
    const admin = await app.tokenFor('admin');
    const users = async () => Number((await app.ds.query(`SELECT count(*) AS n FROM app_user`))[0].n);
    const before = await users();
    const username = `pw.check.${process.pid}`;
    const created = await app.gql(CREATE_USER, { input: { username, displayName: '口令测试', role: 'MANAGER', password: 'a-long-password-1' } as never }, admin);
    expect(created.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/"password"/) });
    expect(await users()).toBe(before);

    const user = await app.createConfirmedUser({ username, displayName: '口令测试', role: 'MANAGER', password: 'a-long-password-1' });
    const [{ password_hash: hash }] = await app.ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
    const typed = await app.gql(UPDATE_USER, { id: user.id, version: user.version, input: { displayName: '口令测试', role: 'MANAGER', active: true, password: 'another-long-password' } as never }, admin);
    expect(typed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/"password"/) });
    expect((await app.ds.query(`SELECT password_hash, version FROM app_user WHERE id = $1`, [user.id]))[0]).toEqual({ password_hash: hash, version: user.version });
    const { updateUser } = await app.as('admin', UPDATE_USER, { id: user.id, version: user.version, input: { displayName: '口令测试', role: 'MANAGER', active: true, resetPassword: true } });
    expect(updateUser.version).toBe(user.version + 1);
    // an admin's own password is changed knowing the current one, as everyone's
    const adminRow = (await app.ds.query(`SELECT id, version FROM app_user WHERE username = 'admin'`))[0];
    const own = await app.gql(UPDATE_USER, { id: String(adminRow.id), version: adminRow.version, input: { displayName: '系统管理员', role: 'ADMIN', active: true, resetPassword: true } }, admin);
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'resetPassword', rule: 'OWN_PASSWORD' }] });
  });
});

describe('an officer’s jurisdiction', () => {
  it('is set by an admin under the user’s version, audited, and replaced as a whole', async () => {
    const officer = await newOfficer();
    expect((await app.as('admin', USER_JURISDICTION, { id: officer.id })).user.jurisdiction).toEqual([]);
    const [a, b, c] = await subdistrictIds(3);
    const { setOfficerJurisdiction: set } = await app.as('admin', SET_JURISDICTION, { userId: officer.id, version: officer.version, subdistrictIds: [b, a, a] });
    expect(set.version).toBe(officer.version + 1);
    // subdistricts added wait for a second admin (roles-and-workflows.md#account-dual-control)
    expect(set.jurisdiction).toEqual([]);
    const confirmed = await app.confirmAccountChange(officer.id);
    expect(await jurisdictionRows(officer.id)).toEqual([Number(a), Number(b)]);
    const granted = (await auditOf('User', officer.id)).filter((e: { action: string }) => e.action === 'user.jurisdiction');
    expect(granted.at(-1)).toMatchObject({ action: 'user.jurisdiction', before: { subdistrictIds: [] }, after: { subdistrictIds: [Number(a), Number(b)] } });

    // the stale version is refused and nothing changes
    const stale = await app.gql(SET_JURISDICTION, { userId: officer.id, version: officer.version, subdistrictIds: [c] }, await app.tokenFor('admin'));
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await jurisdictionRows(officer.id)).toEqual([Number(a), Number(b)]);

    // through the user's own edit as well: the set is replaced, one more audited change
    const { updateUser } = await app.as('admin', UPDATE_USER_JURISDICTION, {
      id: officer.id,
      version: confirmed.version,
      input: { displayName: '测试指导员', role: 'OFFICER', active: true, subdistrictIds: [c] },
    });
    expect(updateUser.jurisdiction.map((s: { id: string }) => s.id).sort()).toEqual([a, b].sort());
    await app.confirmAccountChange(officer.id);
    expect(await jurisdictionRows(officer.id)).toEqual([Number(c)]);
    const replaced = (await auditOf('User', officer.id)).filter((e: { action: string }) => e.action === 'user.jurisdiction');
    expect(replaced.at(-1)).toMatchObject({ action: 'user.jurisdiction', after: { subdistrictIds: [Number(c)] } });
  });

  it.each(['officer', 'registrar', 'manager', 'clerk'])('is refused to a %s, and nothing is written or audited', async (username) => {
    const officer = await newOfficer();
    const [a] = await subdistrictIds(1);
    const before = (await auditOf('User', officer.id)).length;
    const result = await app.gql(SET_JURISDICTION, { userId: officer.id, version: officer.version, subdistrictIds: [a] }, await app.tokenFor(username));
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await jurisdictionRows(officer.id)).toEqual([]);
    expect(await auditOf('User', officer.id)).toHaveLength(before);
  });

  it('names a missing subdistrict and a non-officer as the input’s mistakes', async () => {
    const officer = await newOfficer();
    const token = await app.tokenFor('admin');
    const missing = await app.gql(SET_JURISDICTION, { userId: officer.id, version: officer.version, subdistrictIds: ['999999'] }, token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'subdistrictIds', rule: 'REFERENCE' }] });
    const [clerk] = await app.ds.query(`SELECT id::text AS id, version FROM app_user WHERE username = 'clerk'`);
    const notOfficer = await app.gql(SET_JURISDICTION, { userId: clerk.id, version: clerk.version, subdistrictIds: await subdistrictIds(1) }, token);
    expect(notOfficer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'userId', rule: 'NOT_OFFICER' }] });
    expect(await jurisdictionRows(officer.id)).toEqual([]);
  });

  it('is given on creation, and goes with the officer’s role', async () => {
    const [a] = await subdistrictIds(1);
    const officer = await newOfficer([a]);
    expect(await jurisdictionRows(officer.id)).toEqual([Number(a)]);
    const { updateUser } = await app.as('admin', UPDATE_USER_JURISDICTION, { id: officer.id, version: officer.version, input: { displayName: '改任审核员', role: 'REGISTRAR', active: true } });
    // the role waits for a second admin; confirmed, it takes the subdistricts with it
    expect(updateUser).toMatchObject({ role: 'OFFICER', jurisdiction: [{ id: a }] });
    expect(await app.confirmAccountChange(officer.id)).toMatchObject({ role: 'REGISTRAR' });
    expect(await jurisdictionRows(officer.id)).toEqual([]);
    expect((await auditOf('User', officer.id)).map((e: { action: string }) => e.action)).toEqual([
      ...['user.create', 'accountChange.propose', 'user.update+password', 'user.jurisdiction', 'accountChange.confirm'],
      ...['user.update', 'accountChange.propose', 'user.update', 'user.jurisdiction', 'accountChange.confirm'],
    ]);
  });
});

const ITEMS = [
  { key: 'OWNER_OF_ESTATE', kind: 'MUST' as const, titleZh: '本小区业主', titleEn: 'An owner of the estate', suggestedReviewers: ['REAL_ESTATE_REGISTRY' as const] },
  { key: 'NO_FEE_ARREARS', kind: 'DISQUALIFYING' as const, titleZh: '无欠缴物业费', titleEn: 'No unpaid service fees', suggestedReviewers: ['PROPERTY_FIRM' as const] },
];

describe('checklist drafts', () => {
  it('are written, edited under their version, then published as the next version, every step audited', async () => {
    const current = (await app.as('officer', CURRENT_CHECKLIST, {})).currentChecklist;
    const { createChecklistDraft: draft } = await app.as('admin', CREATE_CHECKLIST_DRAFT, { input: { title: '湖州市资格联审清单（征求意见稿）', source: '市住建局通知', items: ITEMS.slice(0, 1) } });
    expect(draft).toMatchObject({ version: 1, publishedVersionId: null, items: [{ key: 'OWNER_OF_ESTATE' }] });
    expect((await app.as('admin', CHECKLIST_DRAFTS, {})).checklistDrafts.map((d: { id: string }) => d.id)).toContain(draft.id);
    // a draft is not the current checklist
    expect((await app.as('officer', CURRENT_CHECKLIST, {})).currentChecklist.version).toBe(current.version);

    const { updateChecklistDraft: edited } = await app.as('admin', UPDATE_CHECKLIST_DRAFT, { id: draft.id, version: draft.version, input: { title: '湖州市资格联审清单', source: '市住建局通知', items: ITEMS } });
    expect(edited).toMatchObject({ version: 2, title: '湖州市资格联审清单', items: [{ key: 'OWNER_OF_ESTATE' }, { key: 'NO_FEE_ARREARS' }] });
    const stale = await app.gql(PUBLISH_CHECKLIST_DRAFT, { id: draft.id, version: draft.version }, await app.tokenFor('admin2'));
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');

    // maker-checker: another admin than the draft's last editor publishes it
    const { publishChecklistDraft: published } = await app.as('admin2', PUBLISH_CHECKLIST_DRAFT, { id: draft.id, version: edited.version });
    expect(published).toMatchObject({ version: current.version + 1, title: '湖州市资格联审清单', items: [{ key: 'OWNER_OF_ESTATE' }, { key: 'NO_FEE_ARREARS' }] });
    expect((await app.as('officer', CURRENT_CHECKLIST, {})).currentChecklist.id).toBe(published.id);
    expect((await app.as('admin', CHECKLIST_DRAFTS, {})).checklistDrafts.map((d: { id: string }) => d.id)).not.toContain(draft.id);
    expect((await auditOf('ChecklistDraft', draft.id)).map((e: { action: string }) => e.action)).toEqual(['checklistDraft.create', 'checklistDraft.update', 'checklistDraft.publish']);
    expect((await auditOf('ChecklistVersion', published.id)).map((e: { action: string }) => e.action)).toEqual(['checklist.publish']);

    // once published, the draft is the version's record: neither edited nor published again
    const token = await app.tokenFor('admin');
    const again = await app.gql(PUBLISH_CHECKLIST_DRAFT, { id: draft.id, version: edited.version + 1 }, token);
    expect(again.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    const edit = await app.gql(UPDATE_CHECKLIST_DRAFT, { id: draft.id, version: edited.version + 1, input: { title: '改一改', source: '改一下', items: ITEMS } }, token);
    expect(edit.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('refuse items that break the checklist’s rules, and are the admin’s alone', async () => {
    const token = await app.tokenFor('admin');
    const twice = await app.gql(CREATE_CHECKLIST_DRAFT, { input: { title: '重复键', source: '测试', items: [ITEMS[0], ITEMS[0]] } }, token);
    // the item it is about as a value (args.subject), so the editor names it without cutting the English message
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'items', rule: 'CHECKLIST_ITEM_KEY_TWICE', args: { subject: ITEMS[0].key } }] });
    for (const username of ['officer', 'registrar', 'manager']) {
      const create = await app.gql(CREATE_CHECKLIST_DRAFT, { input: { title: '越权', source: '测试', items: ITEMS } }, await app.tokenFor(username));
      expect(create.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const read = await app.gql(CHECKLIST_DRAFTS, {}, await app.tokenFor(username));
      expect(read.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const [{ count }] = await app.ds.query(`SELECT count(*)::int AS count FROM checklist_draft WHERE title IN ('重复键', '越权')`);
    expect(count).toBe(0);
  });
});

describe('the audit log by day', () => {
  it('keeps the events of the days asked for (China time), both ends included', async () => {
    const officer = await newOfficer();
    const today = todayInChina();
    const of = async (filter: Record<string, string>) =>
      (await app.as('admin', AUDIT_EVENTS_AT, { options: { filter: { entityType: 'User', entityId: officer.id, ...filter } } })).auditEvents.items;
    // made, proposed; confirmed with its password (roles-and-workflows.md#account-dual-control)
    expect(await of({ atFrom: today, atTo: today })).toHaveLength(4);
    expect(await of({ atFrom: today })).toHaveLength(4);
    expect(await of({ atTo: '2020-01-01' })).toHaveLength(0);
    expect(await of({ atFrom: '2999-01-01' })).toHaveLength(0);
    const bad = await app.gql(AUDIT_EVENTS_AT, { options: { filter: { atFrom: 'yesterday' } } }, await app.tokenFor('admin'));
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('who watches the admin', () => {
  const eventsOf = async (reader: string, entityType: string, entityId: string) =>
    (await app.as(reader, AUDIT_EVENTS, { options: { filter: { entityType, entityId }, take: 20 } })).auditEvents.items.map((e: { action: string; actorName: string }) => `${e.action} by ${e.actorName}`).sort();

  it('shows the managers every account the admin makes and its jurisdiction, and none of the person’s sign-ins', async () => {
    const [first, second] = await subdistrictIds(2);
    const officer = await newOfficer([first]);
    await app.as('admin', SET_JURISDICTION, { userId: officer.id, version: officer.version, subdistrictIds: [first, second] });
    await app.confirmAccountChange(officer.id, 'admin2');
    // the new officer signs in: a sign-in is the person's, not administration
    expect((await app.gql(LOGIN, { username: officer.username, password: app.oneTimePassword(officer.username) })).errors).toBeUndefined();
    const admins = await eventsOf('admin', 'User', officer.id);
    const adminName = admins.find((e: string) => e.startsWith('user.create by '))!.slice('user.create by '.length);
    // made with a first subdistrict, then given a second: each proposed by one admin, confirmed by the other (account-dual-control)
    const checker = '系统管理员 孙磊';
    const administration = [
      `accountChange.confirm by ${checker}`,
      `accountChange.confirm by ${checker}`,
      `accountChange.propose by ${adminName}`,
      `accountChange.propose by ${adminName}`,
      `user.create by ${adminName}`,
      `user.jurisdiction by ${checker}`,
      `user.jurisdiction by ${checker}`,
      `user.update+password by ${checker}`,
    ];
    expect(admins).toEqual([...administration, `session.login by 测试指导员${serial}`].sort());
    expect(await eventsOf('manager', 'User', officer.id)).toEqual(administration);
    for (const reader of ['clerk', 'registrar']) expect(await eventsOf(reader, 'User', officer.id)).toEqual([]);
  });

  it('shows the managers the API tokens an admin issues', async () => {
    const created = await app.as('admin', CREATE_API_TOKEN, { input: { name: `oversight ${process.pid}`, scopes: ['ELECTIONS_READ'] } });
    const id = created.createApiToken.apiToken.id;
    expect((await eventsOf('manager', 'ApiToken', id)).map((e: string) => e.split(' by ')[0])).toEqual(['apiToken.create']);
    expect(await eventsOf('clerk', 'ApiToken', id)).toEqual([]);
  });
});
