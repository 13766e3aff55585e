import { pruneChangeFeed } from '../src/feed/change-feed';
import { GqlResponse, startTestApp, TestApp } from './harness';
import type { Scope } from './generated/graphql';
import { CREATE_API_TOKEN, CREATE_FIRM, firmInput, SUBMIT_FIRM, UPDATE_FIRM } from './operations';
import { COMPLETE_FOLLOW_UP, CREATE_MEETING, RESOLVE_ISSUE, UPDATE_MEETING } from './party-operations';
import { CREATE_PARTY_ORG, longting, UPDATE_PARTY_ORG } from './money-operations';
import { addDays, todayInChina } from '../src/shared/iso-date';

/**
 * The change feed (docs/architecture.md#change-feed): committed changes of registry and election records in
 * one gap-free order, written by the change's own transaction, read by scope and jurisdiction. Two API
 * servers on one database write at once while a reader follows.
 */
const CHANGES = `query Changes($after: Int!, $types: [ChangeEntityType!], $take: Int!) {
  changes(after: $after, types: $types, take: $take) { nextAfter headPosition items { position at entityType entityId action version } } }`;

interface Change {
  position: number;
  entityType: string;
  entityId: string;
  action: string;
  version: number | null;
}

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp();
  b = await startTestApp({}, { sameDatabaseAs: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const code = (r: GqlResponse) => r.errors?.[0].extensions.code;

async function changes(token: string, after: number, types?: string[], take = 50): Promise<{ nextAfter: number; headPosition: number; items: Change[] }> {
  const result = await a.gql(CHANGES, { after, types, take }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.changes;
}

/** Everything after `after`, page by page, as a follower would read it. */
async function follow(token: string, after: number, types?: string[], take = 50): Promise<{ items: Change[]; nextAfter: number }> {
  const items: Change[] = [];
  for (;;) {
    const page = await changes(token, after, types, take);
    items.push(...page.items);
    if (page.nextAfter === after) return { items, nextAfter: after };
    after = page.nextAfter;
  }
}

// a token's name is plain text: a random fraction's digits can read as an ID number (PERSONAL_DATA_IN_TEXT)
let tokensMade = 0;
async function integratorToken(scopes: Scope[]): Promise<string> {
  const { createApiToken } = await a.as('admin', CREATE_API_TOKEN, { input: { name: `feed ${scopes.join('+')} ${++tokensMade}`, scopes } });
  return createApiToken.token;
}

describe('start-up', () => {
  it('prunes: the seeded history older than the 30 days kept is gone, and replaying from 0 is refused', async () => {
    const [{ oldest, pruned }] = await a.ds.query(`SELECT min(at) AS oldest, (SELECT pruned_through FROM change_feed_head) AS pruned FROM change_event`);
    expect(Number(pruned)).toBeGreaterThan(0);
    expect(Date.now() - new Date(oldest).getTime()).toBeLessThan(31 * 24 * 3600 * 1000);
    const refused = await a.gql(CHANGES, { after: 0, take: 5 }, await a.tokenFor('manager'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after', rule: 'FEED_POSITION_PRUNED' }] });
  });

  it('a new follower reads where the feed stands without being refused (changeFeedHead), and follows from there', async () => {
    const token = await integratorToken(['REGISTRY_READ']);
    const { data, errors } = await a.gql(`{ changeFeedHead { position prunedThrough } }`, {}, token);
    expect(errors).toBeUndefined();
    const [head] = await a.ds.query(`SELECT last, pruned_through FROM change_feed_head`);
    expect(data.changeFeedHead).toEqual({ position: Number(head.last), prunedThrough: Number(head.pruned_through) });
    const refused = await a.gql(CHANGES, { after: 0, take: 5 }, token);
    expect(refused.errors?.[0].extensions).toMatchObject({ headPosition: data.changeFeedHead.position });
    expect(refused.errors?.[0].message).toContain(`follow from position ${data.changeFeedHead.position}`);
    expect((await a.gql(CHANGES, { after: data.changeFeedHead.position, take: 5 }, token)).errors).toBeUndefined();
    // no account, no head
    expect((await a.gql(`{ changeFeedHead { position } }`, {}, null)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('two servers writing at once', () => {
  it('hand out every position once, in commit order, while a reader follows without missing one', async () => {
    const start = Number((await a.ds.query(`SELECT last FROM change_feed_head`))[0].last);
    const reader = await a.tokenFor('manager');
    const seen: Change[] = [];
    let writing = true;
    const followAlong = (async () => {
      let after = start;
      // the reader never waits for the writers: it polls and continues from nextAfter, as a client does
      while (writing) {
        const page = await changes(reader, after, undefined, 7);
        seen.push(...page.items);
        after = page.nextAfter;
      }
      seen.push(...(await follow(reader, after)).items);
    })();

    const write = async (app: TestApp, n: number) => {
      const token = await a.tokenFor('clerk');
      const firms = await Promise.all(Array.from({ length: n }, () => app.gql(CREATE_FIRM, { input: firmInput() }, token)));
      // and a second change of each, through the other server
      const other = app === a ? b : a;
      return Promise.all(firms.map((f) => other.gql(SUBMIT_FIRM, { id: f.data.createFirm.id, version: 1 }, token)));
    };
    const written = (await Promise.all([write(a, 20), write(b, 20)])).flat();
    writing = false;
    await followAlong;
    expect(written.filter((r) => r.errors)).toEqual([]);

    const positions = seen.map((e) => e.position);
    expect(positions).toEqual(Array.from({ length: 80 }, (_, i) => start + 1 + i));
    // each firm's creation comes before its submission, with the versions the mutations returned
    for (const submitted of written.map((r) => r.data.submitFirm)) {
      const mine = seen.filter((e) => e.entityType === 'Firm' && e.entityId === submitted.id);
      expect(mine.map((e) => [e.action, e.version])).toEqual([['firm.create', 1], ['firm.submit', submitted.version]]);
    }
  });

  it('a rolled-back change takes no position', async () => {
    const start = Number((await a.ds.query(`SELECT last FROM change_feed_head`))[0].last);
    await a.ds
      .transaction(async (em) => {
        await em.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'firm.probe', 'Firm', '1')`);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const token = await a.tokenFor('clerk');
    const created = (await b.gql(CREATE_FIRM, { input: firmInput() }, token)).data.createFirm;
    const updated = (await a.gql(UPDATE_FIRM, { id: created.id, version: 1, input: firmInput({ name: '湖州回滚之后物业服务有限公司' }) }, token)).data.updateFirm;
    const { items } = await follow(await a.tokenFor('manager'), start);
    expect(items.map((e) => [e.position, e.action, e.version])).toEqual([
      [start + 1, 'firm.create', 1],
      [start + 2, 'firm.update', updated.version],
    ]);
  });

  it('one statement of several events takes consecutive positions and moves both heads to its last', async () => {
    const start = Number((await a.ds.query(`SELECT last FROM change_feed_head`))[0].last);
    await a.ds.query(`
      INSERT INTO audit_event (actor_name, action, entity_type, entity_id)
      SELECT '系统', 'firm.probe', t, '1' FROM unnest(ARRAY['Firm', 'User', 'Project', 'Firm']) AS t`);
    const [feed] = await a.ds.query(`SELECT (SELECT last FROM change_feed_head) AS last, max(position) AS max, count(*)::int AS n FROM change_event WHERE position > $1`, [start]);
    expect({ last: Number(feed.last), max: Number(feed.max), n: feed.n }).toEqual({ last: start + 3, max: start + 3, n: 3 });
    const [chain] = await a.ds.query(`SELECT (SELECT seq FROM audit_chain_head) AS seq, (SELECT hash FROM audit_chain_head) AS hash, max(chain_seq) AS max FROM audit_event`);
    expect(chain.seq).toBe(chain.max);
    const [last] = await a.ds.query(`SELECT hash FROM audit_event WHERE chain_seq = $1`, [chain.max]);
    expect(last.hash).toBe(chain.hash);
  });
});

describe('who reads what', () => {
  let electionIn: string;
  let electionOut: string;
  let before: number;
  beforeAll(async () => {
    // one election inside officer2's subdistrict (雉城街道), one outside it
    const rows = await a.ds.query(`
      SELECT el.id, bool_or(oj.user_id IS NOT NULL) AS mine FROM election el
        JOIN estate e ON e.id = el.estate_id JOIN community c ON c.id = e.community_id
        LEFT JOIN officer_jurisdiction oj ON oj.subdistrict_id = c.subdistrict_id AND oj.user_id = (SELECT id FROM app_user WHERE username = 'officer2')
       GROUP BY el.id ORDER BY el.id`);
    electionIn = String(rows.find((r: { mine: boolean }) => r.mine).id);
    electionOut = String(rows.find((r: { mine: boolean }) => !r.mine).id);
    before = Number((await a.ds.query(`SELECT last FROM change_feed_head`))[0].last);
    for (const id of [electionIn, electionOut]) {
      await a.ds.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'election.probe', 'Election', $1)`, [id]);
    }
    await a.as('clerk', CREATE_FIRM, { input: firmInput() });
  });

  const typesSeen = (items: Change[]) => [...new Set(items.map((e) => e.entityType))].sort();

  it('a REGISTRY_READ token follows registry records only, and is refused election types', async () => {
    const token = await integratorToken(['REGISTRY_READ']);
    expect(typesSeen((await follow(token, before)).items)).toEqual(['Firm']);
    const refused = await a.gql(CHANGES, { after: before, types: ['Election'], take: 10 }, token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
  });

  it('an ELECTIONS_READ token follows election records only', async () => {
    const token = await integratorToken(['ELECTIONS_READ']);
    expect((await follow(token, before)).items.map((e) => e.entityId)).toEqual([electionIn, electionOut]);
  });

  it('a clerk may not follow elections; a manager follows everything', async () => {
    const refused = await a.gql(CHANGES, { after: before, types: ['Firm', 'Election'], take: 10 }, await a.tokenFor('clerk'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    expect(typesSeen((await follow(await a.tokenFor('manager'), before)).items)).toEqual(['Election', 'Firm']);
  });

  it('types: [] asks for every type the caller reads, as types left out does (docs/integrators.md#feed)', async () => {
    const token = await a.tokenFor('manager');
    const all = (await a.gql(CHANGES, { after: before, take: 10 }, token)).data.changes.items;
    expect(all.length).toBeGreaterThan(0);
    expect((await a.gql(CHANGES, { after: before, types: [], take: 10 }, token)).data.changes.items).toEqual(all);
  });

  it('an officer follows elections of their own subdistricts only, and the registry', async () => {
    const { items } = await follow(await a.tokenFor('officer2'), before);
    expect(items.filter((e) => e.entityType === 'Election').map((e) => e.entityId)).toEqual([electionIn]);
    expect(typesSeen(items)).toEqual(['Election', 'Firm']);
  });

  it('filters by type and names the head even when nothing matched', async () => {
    const token = await a.tokenFor('manager');
    const page = await changes(token, before, ['Project'], 10);
    expect(page.items).toEqual([]);
    expect(page.nextAfter).toBe(page.headPosition);
    expect(page.headPosition).toBeGreaterThanOrEqual(before + 3);
  });

  it('refuses a take out of range and a negative position', async () => {
    const token = await a.tokenFor('manager');
    expect((await a.gql(CHANGES, { after: before, take: 0 }, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'take', rule: 'TAKE_RANGE' }] });
    expect((await a.gql(CHANGES, { after: -1, take: 5 }, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after', rule: 'RANGE' }] });
    expect(code(await a.gql(CHANGES, { after: 0, take: 5 }))).toBe('UNAUTHENTICATED');
  });
});

describe('party organisations and five-party meetings', () => {
  let before: number;
  let meetingId: string;
  let partyId: string;
  /** officers by whether the meeting's estate lies in their jurisdiction */
  let inside: string[];
  let outside: string[];
  beforeAll(async () => {
    const { estateId } = await longting(a);
    const officers: Array<{ username: string; mine: boolean }> = await a.ds.query(
      `SELECT u.username, EXISTS (SELECT 1 FROM officer_jurisdiction oj JOIN community c ON c.subdistrict_id = oj.subdistrict_id
                                   JOIN estate e ON e.community_id = c.id WHERE oj.user_id = u.id AND e.id = $1) AS mine
         FROM app_user u WHERE u.role = 'officer' AND u.active AND u.username LIKE 'officer%' ORDER BY u.username`,
      [estateId],
    );
    inside = officers.filter((o) => o.mine).map((o) => o.username);
    outside = officers.filter((o) => !o.mine).map((o) => o.username);
    before = Number((await a.ds.query(`SELECT last FROM change_feed_head`))[0].last);
    const today = todayInChina();
    const held = {
      heldOn: addDays(today, -3),
      summary: '五方会谈：议定车库照明整改。',
      participants: [
        { party: 'COMMUNITY_PARTY', name: '王建华' },
        { party: 'PROPERTY_FIRM', name: '李卫东' },
      ],
    } as const;
    const { createFivePartyMeeting: meeting } = await a.as(inside[0], CREATE_MEETING, {
      input: {
        estateId,
        ...held,
        participants: [...held.participants],
        issues: [{ description: '3幢地下车库照明损坏', raisedBy: 'PROPERTY_FIRM' }],
        followUps: [{ task: '更换车库照明灯具', ownerParty: 'PROPERTY_FIRM', ownerName: '李卫东', dueOn: addDays(today, 5) }],
      },
    });
    meetingId = meeting.id;
    await a.as(inside[0], UPDATE_MEETING, { id: meeting.id, version: meeting.version, input: { ...held, participants: [...held.participants], summary: '五方会谈：议定车库照明整改，月底前完成。' } });
    await a.as(inside[0], RESOLVE_ISSUE, { id: meeting.issues[0].id, version: meeting.issues[0].version, input: { resolvedOn: today, resolutionNote: '已修复' } });
    await a.as(inside[0], COMPLETE_FOLLOW_UP, { id: meeting.followUps[0].id, version: meeting.followUps[0].version, input: { doneOn: today } });
    const { createPartyOrganisation: party } = await a.as('clerk', CREATE_PARTY_ORG, {
      input: { name: '龙庭小区红色物业联合党支部', kind: 'JOINT', estateId, memberCount: 9, establishedOn: '2023-03-01' },
    });
    partyId = party.id;
    await a.as('clerk', UPDATE_PARTY_ORG, { id: party.id, version: party.version, input: { name: party.name, kind: 'JOINT', estateId, memberCount: 11, establishedOn: '2023-03-01' } });
  });

  const ofTypes = (items: Change[]) => items.filter((e) => e.entityType === 'FivePartyMeeting' || e.entityType === 'PartyOrganisation').map((e) => [e.entityType, e.entityId, e.action, e.version]);
  const everything = () => [
    ['FivePartyMeeting', meetingId, 'fivePartyMeeting.create', 1],
    ['FivePartyMeeting', meetingId, 'fivePartyMeeting.update', 2],
    // an issue's and a follow-up's changes name their meeting, and move its version: a reader of the meeting sees them
    ['FivePartyMeeting', meetingId, 'fivePartyIssue.resolve', 3],
    ['FivePartyMeeting', meetingId, 'fivePartyFollowUp.complete', 4],
    ['PartyOrganisation', partyId, 'partyOrganisation.create', 1],
    ['PartyOrganisation', partyId, 'partyOrganisation.update', 2],
  ];

  it('are followed under REGISTRY_READ, with every change in order; ELECTIONS_READ may not follow them', async () => {
    expect(ofTypes((await follow(await integratorToken(['REGISTRY_READ']), before)).items)).toEqual(everything());
    expect(ofTypes((await follow(await integratorToken(['REGISTRY_READ']), before, ['FivePartyMeeting'])).items)).toEqual(everything().slice(0, 4));
    const refused = await a.gql(CHANGES, { after: before, types: ['PartyOrganisation'], take: 10 }, await integratorToken(['ELECTIONS_READ']));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
  });

  it("an officer follows the meetings of their own jurisdiction only, as they list them, and every party organisation", async () => {
    expect(inside.length * outside.length).toBeGreaterThan(0);
    for (const username of inside) expect(ofTypes((await follow(await a.tokenFor(username), before)).items)).toEqual(everything());
    for (const username of outside) expect(ofTypes((await follow(await a.tokenFor(username), before)).items)).toEqual(everything().slice(4));
  });
});

describe('small-repair funds and committees’ books', () => {
  let before: number;
  let book: { id: string; estateId: string };
  let fundId: string;
  let bookVersion: number;
  let fundVersion: number;
  let inside: string[];
  let outside: string[];
  const SET_TERMS = `mutation($id: ID!, $version: Int!, $input: CommitteeAccountTermsInput!) { setCommitteeAccountTerms(id: $id, version: $version, input: $input) { id version } }`;
  beforeAll(async () => {
    // a seeded book with an entry, and a seeded fund with a withdrawal, in one estate
    const [row] = await a.ds.query(
      `SELECT a.id, a.version, a.estate_id, a.spending_limit_fen, a.statement_due_days, x.id AS entry_id, p.id AS period_id, f.id AS fund_id, w.id AS withdrawal_id
         FROM committee_account a JOIN account_period p ON p.account_id = a.id JOIN account_entry x ON x.period_id = p.id
         JOIN repair_fund f ON f.estate_id = a.estate_id JOIN repair_fund_withdrawal w ON w.fund_id = f.id
        ORDER BY a.id, x.id, w.id LIMIT 1`,
    );
    book = { id: String(row.id), estateId: String(row.estate_id) };
    fundId = String(row.fund_id);
    bookVersion = row.version;
    fundVersion = (await a.ds.query(`SELECT version FROM repair_fund WHERE id = $1`, [row.fund_id]))[0].version;
    const officers: Array<{ username: string; mine: boolean }> = await a.ds.query(
      `SELECT u.username, EXISTS (SELECT 1 FROM officer_jurisdiction oj JOIN community c ON c.subdistrict_id = oj.subdistrict_id
                                   JOIN estate e ON e.community_id = c.id WHERE oj.user_id = u.id AND e.id = $1) AS mine
         FROM app_user u WHERE u.role = 'officer' AND u.active AND u.username LIKE 'officer%' ORDER BY u.username`,
      [row.estate_id],
    );
    inside = officers.filter((o) => o.mine).map((o) => o.username);
    outside = officers.filter((o) => !o.mine).map((o) => o.username);
    before = Number((await a.ds.query(`SELECT last FROM change_feed_head`))[0].last);
    // the book's own change through the API; its parts' and the fund's as their services' audit events name them
    await a.as(inside[0], SET_TERMS, { id: book.id, version: row.version, input: { spendingLimit: (Number(row.spending_limit_fen) / 100).toFixed(2), statementDueDays: row.statement_due_days - 1 } });
    for (const [type, id] of [['AccountEntry', row.entry_id], ['AccountPeriod', row.period_id], ['RepairFundWithdrawal', row.withdrawal_id], ['RepairFund', row.fund_id]]) {
      await a.ds.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'feed.probe', $1, $2)`, [type, String(id)]);
    }
  });

  const money = (items: Change[]) => items.filter((e) => e.entityType === 'RepairFund' || e.entityType === 'CommitteeAccount').map((e) => [e.entityType, e.entityId, e.action, e.version]);
  const everything = () => [
    ['CommitteeAccount', book.id, 'committeeAccount.setTerms', bookVersion + 1],
    // an entry's and a quarter's changes name their book, a withdrawal's its fund, and each moves its version
    ['CommitteeAccount', book.id, 'feed.probe', bookVersion + 2],
    ['CommitteeAccount', book.id, 'feed.probe', bookVersion + 3],
    ['RepairFund', fundId, 'feed.probe', fundVersion + 1],
    ['RepairFund', fundId, 'feed.probe', fundVersion + 2],
  ];

  it('are followed under ELECTIONS_READ, each part as a change of its fund or book; REGISTRY_READ may not follow them', async () => {
    expect(money((await follow(await integratorToken(['ELECTIONS_READ']), before)).items)).toEqual(everything());
    expect(money((await follow(await integratorToken(['ELECTIONS_READ']), before, ['RepairFund'])).items)).toEqual(everything().slice(3));
    const refused = await a.gql(CHANGES, { after: before, types: ['CommitteeAccount'], take: 10 }, await integratorToken(['REGISTRY_READ']));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
  });

  it('an officer follows those of their own jurisdiction only', async () => {
    expect(inside.length * outside.length).toBeGreaterThan(0);
    for (const username of inside) expect(money((await follow(await a.tokenFor(username), before)).items)).toEqual(everything());
    for (const username of outside) expect(money((await follow(await a.tokenFor(username), before)).items)).toEqual([]);
  });
});

describe('retention', () => {
  it('prunes events older than the retention as a prefix; a reader behind it is told to resync', async () => {
    const token = await a.tokenFor('manager');
    const [{ last }] = await a.ds.query(`SELECT last FROM change_feed_head`);
    const cut = Number(last) - 2;
    await a.ds.query(`UPDATE change_event SET at = now() - interval '31 days' WHERE position <= $1`, [cut]);
    expect(await pruneChangeFeed(a.ds, 30)).toBeGreaterThan(0);
    expect(await pruneChangeFeed(a.ds, 30)).toBe(0);
    const behind = await a.gql(CHANGES, { after: cut - 1, take: 5 }, token);
    expect(behind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after', rule: 'FEED_POSITION_PRUNED' }] });
    expect((await changes(token, cut, undefined, 5)).items.map((e) => e.position)).toEqual([cut + 1, cut + 2]);
  });
});
