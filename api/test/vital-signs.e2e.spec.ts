import os from 'node:os';
import { startTestApp, TestApp } from './harness';
import { freshCreditCode, LIST_FIRM_IDS, LOGIN, RUN_IMPORT } from './operations';

/**
 * The service's vital signs (docs/architecture.md#vital-signs): /metrics in Prometheus' text format, served to
 * the loopback address or with METRICS_TOKEN, its values moving with the requests; /readyz checking PostgreSQL
 * and the migrations.
 */
let app: TestApp;
let guarded: TestApp;
const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
beforeAll(async () => {
  app = await startTestApp();
  guarded = await startTestApp({ METRICS_TOKEN }, { sameDatabaseAs: app });
});
afterAll(async () => {
  await guarded?.close();
  await app?.close();
});

async function scrape(base = app.baseUrl, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** One sample's value, 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (.+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return 0;
}

describe('/metrics', () => {
  it('counts requests by operation and outcome, their latency and their SQL statements', async () => {
    const before = await scrape();
    const token = await app.tokenFor('manager');
    let sql = 0;
    for (let i = 0; i < 3; i++) sql += (await app.gql(LIST_FIRM_IDS, { options: { take: 5 } }, token)).sqlStatements;
    await app.gql(`{ firm(id: "999999") { id } }`, {}, token);
    const after = await scrape();
    const op = { operation: 'query:firms' };
    expect(sample(after, 'wuye_graphql_requests_total', { ...op, outcome: 'ok' }) - sample(before, 'wuye_graphql_requests_total', { ...op, outcome: 'ok' })).toBe(3);
    expect(sample(after, 'wuye_graphql_request_duration_seconds_count', op) - sample(before, 'wuye_graphql_request_duration_seconds_count', op)).toBe(3);
    expect(sample(after, 'wuye_graphql_sql_statements_sum', op) - sample(before, 'wuye_graphql_sql_statements_sum', op)).toBe(sql);
    expect(sample(after, 'wuye_graphql_requests_total', { operation: 'query:firm', outcome: 'NOT_FOUND' })).toBeGreaterThanOrEqual(1);
  });

  it('labels only with schema field names, never with what the client named its operation', async () => {
    await app.gql(`query ClientChosenNameXyz { districts(options: { take: 1 }) { totalItems } }`, {}, await app.tokenFor('manager'));
    const text = await scrape();
    expect(text).not.toContain('ClientChosenNameXyz');
    expect(sample(text, 'wuye_graphql_requests_total', { operation: 'query:districts', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  });

  it('counts failed sign-ins and imported rows', async () => {
    const before = await scrape();
    await app.gql(LOGIN, { username: 'clerk', password: 'not-the-password' });
    const row = (name: string) => [name, freshCreditCode(), '沈建华', '湖州市吴兴区人民路100号', '钱丽', '13857212345', '2015-03-18', '吴兴区'].join(',');
    const content = ['企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,成立日期,所在区县', row('湖州指标一物业服务有限公司'), row('湖州指标二物业服务有限公司')].join('\r\n');
    await app.as('clerk', RUN_IMPORT, { kind: 'FIRMS', file: { name: 'firms.csv', contentBase64: Buffer.from(content).toString('base64') }, mode: 'VALID_ROWS' });
    const after = await scrape();
    const failures = { reason: 'UNAUTHENTICATED' };
    expect(sample(after, 'wuye_login_failures_total', failures) - sample(before, 'wuye_login_failures_total', failures)).toBe(1);
    const created = { kind: 'FIRMS', status: 'CREATED' };
    expect(sample(after, 'wuye_import_rows_total', created) - sample(before, 'wuye_import_rows_total', created)).toBe(2);
  });

  it("shows the database pool and the process's own figures", async () => {
    const text = await scrape();
    expect(sample(text, 'wuye_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(text).toContain('wuye_db_pool_connections{state="waiting"}');
    expect(sample(text, 'wuye_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('with METRICS_TOKEN, asks for it even from the loopback address', async () => {
    expect((await fetch(`${guarded.baseUrl}/metrics`)).status).toBe(403);
    expect((await fetch(`${guarded.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(403);
    expect(await scrape(guarded.baseUrl, { authorization: `Bearer ${METRICS_TOKEN}` })).toContain('wuye_graphql_requests_total');
  });

  it('without METRICS_TOKEN, refuses the loopback address when a proxy stands between (its headers, or TRUST_PROXY)', async () => {
    expect(await scrape(app.baseUrl)).toContain('wuye_graphql_requests_total');
    const proxyHeaders: Array<Record<string, string>> = [{ 'x-forwarded-for': '203.0.113.9' }, { forwarded: 'for=203.0.113.9' }, { 'x-real-ip': '203.0.113.9' }];
    for (const header of proxyHeaders) {
      expect((await fetch(`${app.baseUrl}/metrics`, { headers: header })).status).toBe(403);
    }
    const proxied = await startTestApp({ TRUST_PROXY: '1' }, { sameDatabaseAs: app });
    try {
      expect((await fetch(`${proxied.baseUrl}/metrics`)).status).toBe(403);
    } finally {
      await proxied.close();
    }
  });

  it('without METRICS_TOKEN, refuses any address but the loopback', async () => {
    const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // a machine with no other interface has nothing to refuse
    const port = new URL(app.baseUrl).port;
    expect((await fetch(`http://${external.address}:${port}/metrics`)).status).toBe(403);
  });
});

describe('/readyz', () => {
  it('is ready when PostgreSQL answers and every migration is applied, and says which is missing otherwise', async () => {
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    const [last] = await app.ds.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`);
    await app.ds.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const pending = await fetch(`${app.baseUrl}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'migrations pending', pending: [last.name] });
    } finally {
      await app.ds.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
  });
});

describe('request ids', () => {
  it('every request gets one of ours, in its x-request-id header and on the log lines written while serving it', async () => {
    const token = await app.tokenFor('manager');
    const ids = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'client-chosen' },
        body: JSON.stringify({ query: '{ districts(options: { take: 1 }) { totalItems } }' }),
      });
      ids.add(response.headers.get('x-request-id')!);
    }
    expect(ids.size).toBe(2);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
      const lines = app.logLines.map((line) => JSON.parse(line)).filter((entry) => entry.requestId === id);
      expect(lines.map((entry) => entry.event)).toContain('graphql');
    }
    expect(app.logLines.join('')).not.toContain('client-chosen');
  });
});
