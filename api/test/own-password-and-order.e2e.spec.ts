import { DEMO_PASSWORD } from '../src/seed/seed';
import { startTestApp, TestApp } from './harness';
import { CREATE_FIRM, firmInput, SUBMIT_FIRM } from './operations';
import { byReading, readingRules } from '../src/shared/pinyin-readings';

/** A person's own password change; the lists the role home pages read (own filings, the queue, open elections); Chinese order. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SESSION_IDLE_SECONDS: '600', SESSION_IDLE_WARNING_SECONDS: '45' });
});
afterAll(() => app?.close());

const LOGIN = `mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token idleTimeoutSeconds idleWarningSeconds } }`;
const CHANGE = `mutation ($current: String!, $next: String!) { changeOwnPassword(currentPassword: $current, newPassword: $next) }`;
const ME = `query { me { username } }`;

async function login(username: string, password: string): Promise<string> {
  const result = await app.gql(LOGIN, { username, password });
  if (!result.data?.login) throw new Error(JSON.stringify(result.errors));
  return result.data.login.token;
}

describe('changing one’s own password', () => {
  it('two changes at once from two sessions with the same current password: one wins, the other is told, never both “changed” (attacker round 7 F12)', async () => {
    const [a, b] = [await login('officer3', DEMO_PASSWORD), await login('officer3', DEMO_PASSWORD)];
    const results = await Promise.all([
      app.gql(CHANGE, { current: DEMO_PASSWORD, next: 'first-new-passphrase-1' }, a),
      app.gql(CHANGE, { current: DEMO_PASSWORD, next: 'second-new-passphrase-2' }, b),
    ]);
    const won = results.filter((r) => r.data?.changeOwnPassword === true);
    expect(won).toHaveLength(1);
    // the other learns it: its current password is no longer current, or its session ended with the change
    const lost = results.find((r) => r !== won[0])!;
    expect(['PASSWORD_WRONG', 'UNAUTHENTICATED']).toContain(lost.errors?.[0].extensions?.fieldErrors?.[0]?.rule ?? lost.errors?.[0].extensions?.code ?? lost.status);
    const winner = results.indexOf(won[0]) === 0 ? 'first-new-passphrase-1' : 'second-new-passphrase-2';
    await login('officer3', winner);
    // back to the demo's password for the tests after
    await app.ds.query(`UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'officer') WHERE username = 'officer3'`);
  });

  it('tells the console the idle timeout it is configured with', async () => {
    const { data } = await app.gql(LOGIN, { username: 'manager', password: DEMO_PASSWORD });
    expect(data.login).toMatchObject({ idleTimeoutSeconds: 600, idleWarningSeconds: 45 });
  });

  it('refuses a wrong current password and a new one against the policy, changing nothing', async () => {
    const token = await login('clerk', DEMO_PASSWORD);
    const [before] = await app.ds.query(`SELECT password_hash, version FROM app_user WHERE username = 'clerk'`);
    const cases: Array<[string, string, string, string]> = [
      ['not-the-password', 'a-new-good-password-1', 'currentPassword', 'PASSWORD_WRONG'],
      [DEMO_PASSWORD, 'short-1', 'newPassword', 'PASSWORD_TOO_SHORT'],
      [DEMO_PASSWORD, 'my-clerk-password', 'newPassword', 'PASSWORD_HAS_USERNAME'],
      [DEMO_PASSWORD, 'x'.repeat(129), 'newPassword', 'PASSWORD_TOO_LONG'],
    ];
    for (const [current, next, field, rule] of cases) {
      const result = await app.gql(CHANGE, { current, next }, token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field, rule })] });
    }
    const [after] = await app.ds.query(`SELECT password_hash, version FROM app_user WHERE username = 'clerk'`);
    expect(after).toEqual(before);
    // the wrong guess counts against the account like a failed sign-in
    const [{ failures }] = await app.ds.query(`SELECT coalesce(sum(failures), 0)::int AS failures FROM login_throttle WHERE key LIKE 'user:%'`);
    expect(failures).toBeGreaterThan(0);
  });

  it('changes it, ends the person’s other sessions but not this one, and audits it without the password', async () => {
    const other = await login('officer2', DEMO_PASSWORD);
    const token = await login('officer2', DEMO_PASSWORD);
    const next = 'a-brand-new-passphrase';
    const result = await app.gql(CHANGE, { current: DEMO_PASSWORD, next }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data.changeOwnPassword).toBe(true);

    expect((await app.gql(ME, {}, token)).data.me.username).toBe('officer2');
    expect((await app.gql(ME, {}, other)).status).toBe(401);
    expect((await app.gql(LOGIN, { username: 'officer2', password: DEMO_PASSWORD })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await login('officer2', next);

    const events: Array<{ action: string; text: string }> = await app.ds.query(
      `SELECT action, concat_ws(' ', before::text, after::text) AS text FROM audit_event
        WHERE entity_type = 'User' AND action LIKE 'user.password%' ORDER BY id`,
    );
    expect(events.map((e) => e.action)).toContain('user.password_change');
    for (const event of events) {
      expect(event.text).not.toContain(next);
      expect(event.text).not.toContain(DEMO_PASSWORD);
      expect(event.text).not.toMatch(/argon2|passwordHash/);
    }
    expect(app.logLines.join('\n')).not.toContain(next);
  });

  it('is for people signed in only', async () => {
    const anonymous = await app.gql(CHANGE, { current: DEMO_PASSWORD, next: 'whatever-long-enough' }, null);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the lists the home pages read', () => {
  const FIRMS = `query ($options: FirmListOptions) { firms(options: $options) { totalItems items { id name submittedAt createdById submittedById filingStatus } } }`;

  it('mine and submittedByMe narrow filings to the caller’s own, and the queue sorts by waiting time', async () => {
    const [clerk] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'clerk'`);
    // a draft of the clerk's, and a filing the registrar submitted (theirs not to decide)
    await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { createFirm: own } = await app.as('registrar', CREATE_FIRM, { input: firmInput() });
    await app.as('registrar', SUBMIT_FIRM, { id: own.id, version: own.version });
    const mine = await app.as('clerk', FIRMS, { options: { take: 200, filter: { mine: true } } });
    const expected: Array<{ n: number }> = await app.ds.query(`SELECT count(*)::int AS n FROM firm WHERE created_by_id = $1`, [clerk.id]);
    expect(expected[0].n).toBeGreaterThan(0);
    expect(mine.firms.totalItems).toBe(expected[0].n);
    expect(mine.firms.items.every((f: { createdById: string }) => f.createdById === String(clerk.id))).toBe(true);
    const notMine = await app.as('clerk', FIRMS, { options: { take: 1, filter: { mine: false } } });
    const [{ n: total }] = await app.ds.query(`SELECT count(*)::int AS n FROM firm`);
    expect(mine.firms.totalItems + notMine.firms.totalItems).toBe(total);

    const queue = await app.as('registrar', FIRMS, {
      options: { take: 200, sort: { field: 'SUBMITTED_AT', direction: 'ASC' }, filter: { filingStatus: 'SUBMITTED', submittedByMe: false } },
    });
    const times = queue.firms.items.map((f: { submittedAt: string }) => Date.parse(f.submittedAt));
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const [registrar] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'registrar'`);
    expect(queue.firms.items.some((f: { submittedById: string }) => f.submittedById === String(registrar.id))).toBe(false);
    const theirs = await app.as('registrar', FIRMS, { options: { filter: { filingStatus: 'SUBMITTED', submittedByMe: true } } });
    expect(theirs.firms.items.map((f: { id: string }) => f.id)).toEqual([own.id]);
  });

  it('SUBMITTED_AT pages through every firm in both directions, the never-submitted ones last', async () => {
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM firm`);
    for (const direction of ['ASC', 'DESC']) {
      const seen: Array<{ id: string; submittedAt: string | null }> = [];
      let after: string | null = null;
      do {
        const page: any = await app.as('manager', `query ($o: FirmListOptions) { firms(options: $o) { nextCursor items { id submittedAt } } }`, {
          o: { take: 13, after, sort: { field: 'SUBMITTED_AT', direction } },
        });
        seen.push(...page.firms.items);
        after = page.firms.nextCursor;
      } while (after);
      expect(new Set(seen.map((f) => f.id)).size).toBe(n);
      const firstNull = seen.findIndex((f) => f.submittedAt === null);
      expect(firstNull).toBeGreaterThan(0);
      expect(seen.slice(firstNull).every((f) => f.submittedAt === null)).toBe(true);
      const times = seen.slice(0, firstNull).map((f) => Date.parse(f.submittedAt!));
      expect(times).toEqual([...times].sort((x, y) => (direction === 'ASC' ? x - y : y - x)));
    }
  });

  it('open elections are those neither certified nor cancelled', async () => {
    const QUERY = `query ($open: Boolean) { elections(options: { take: 200, filter: { open: $open } }) { totalItems items { phase } } }`;
    const open = await app.as('manager', QUERY, { open: true });
    const closed = await app.as('manager', QUERY, { open: false });
    expect(open.elections.items.every((e: { phase: string }) => !['CERTIFIED', 'CANCELLED'].includes(e.phase))).toBe(true);
    expect(closed.elections.items.every((e: { phase: string }) => ['CERTIFIED', 'CANCELLED'].includes(e.phase))).toBe(true);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM election`);
    expect(open.elections.totalItems + closed.elections.totalItems).toBe(n);
  });
});

describe('Chinese order', () => {
  /** ICU rules on a collation exist from PostgreSQL 16 on: on an older server names keep ICU's one reading (docs/architecture.md#pinyin-order) */
  const readingsKept = async () => (await app.ds.query(`SELECT current_setting('server_version_num')::int >= 160000 AS kept`))[0].kept as boolean;
  const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');
  const inOrder = async () => ((await readingsKept()) ? byReading(pinyin) : pinyin.compare);

  it('firms sorted by NAME come in pinyin order, page after page, 长兴 read cháng', async () => {
    // names of Changxing county beside the syllables ICU's reading of 长 (zhǎng) would put them among
    for (const name of ['长兴县拼音物业有限公司', '常州拼音物业有限公司', '张家港拼音物业有限公司', '浙北拼音物业有限公司', '德清拼音物业有限公司']) {
      await app.as('clerk', CREATE_FIRM, { input: firmInput({ name }) });
    }
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await app.as('manager', `query ($after: String) { firms(options: { take: 7, after: $after, sort: { field: NAME } }) { nextCursor items { name } } }`, { after });
      names.push(...page.firms.items.map((f: { name: string }) => f.name));
      after = page.firms.nextCursor;
    } while (after);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM firm`);
    expect(names).toHaveLength(n);
    // ICU's Chinese collation, as a Chinese reader expects: 安 (ān) before 长 (cháng) before 湖 (hú) before 浙 (zhè)
    expect(names).toEqual([...names].sort(await inOrder()));
    expect(names).not.toEqual([...names].sort()); // code point order differs for these names, so the test can tell
    if (await readingsKept()) {
      const places = ['长兴县拼音', '常州', '德清拼音', '张家港', '浙北'].map((prefix) => names.findIndex((name) => name.startsWith(prefix)));
      expect(places).toEqual([...places].sort((a, b) => a - b));
    }
  });

  it('sorts a name the database holds by its reading, not by its code point: 长兴 is cháng', async () => {
    const rows: Array<{ name: string }> = await app.ds.query(
      `SELECT name FROM (VALUES ('长兴'), ('安吉'), ('湖州'), ('德清'), ('常州'), ('张家港'), ('长安'), ('常兴')) AS t(name) ORDER BY name COLLATE zh_pinyin`,
    );
    expect(rows.map((r) => r.name)).toEqual(
      (await readingsKept()) ? ['安吉', '长安', '常兴', '长兴', '常州', '德清', '湖州', '张家港'] : ['安吉', '常兴', '常州', '德清', '湖州', '张家港', '长安', '长兴'],
    );
  });

  it('the collation carries the readings the console sorts its choices by (api/src/shared/pinyin-readings.ts)', async () => {
    if (!(await readingsKept())) return; // no rules before PostgreSQL 16: the order stays ICU's (said in the test above)
    const [{ rules }] = await app.ds.query(`SELECT collicurules AS rules FROM pg_collation WHERE collname = 'zh_pinyin'`);
    expect(rules).toBe(readingRules());
  });

  it('districts come in administrative-code order', async () => {
    const { districts } = await app.as('clerk', `query { districts(options: { take: 50 }) { items { code } } }`);
    const codes = districts.items.map((d: { code: string }) => d.code);
    expect(codes.length).toBeGreaterThan(1);
    expect(codes).toEqual([...codes].sort());
  });
});
