import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyDelivery } from '../src/webhooks/signature';
import { sealStoredWebhookSecrets } from '../src/webhooks/webhook.service';
import { startTestApp, TEST_SECRETS_KEY, TestApp, until } from './harness';
import { CREATE_FIRM, firmInput, UPDATE_FIRM } from './operations';

/**
 * Webhooks (docs/architecture.md#webhooks): a receiver on 127.0.0.1 gets the change feed as its token reads it,
 * in order, signed; failures are retried with backoff and logged; an API restart loses and reorders nothing; two
 * processes never deliver to one endpoint at once.
 */
// the receiver is on 127.0.0.1: these servers opt in to internal receivers (webhook-addresses.e2e checks the refusal)
const FAST = { WEBHOOK_ALLOW_PRIVATE: '1', WEBHOOK_POLL_MS: '40', WEBHOOK_RETRY_BASE_MS: '40', WEBHOOK_RETRY_MAX_MS: '200', WEBHOOK_BATCH_SIZE: '3' };

const CREATE_TOKEN = `mutation($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`;
const CREATE_ENDPOINT = `mutation($input: WebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id tokenId url eventTypes status cursor version } } }`;
const ENDPOINTS = `query($tokenId: ID) { webhookEndpoints(tokenId: $tokenId) { id status cursor lag version lastDeliveredAt } }`;
const DELIVERY_PAGE = `query($options: WebhookDeliveryListOptions) { webhookDeliveries(options: $options) { totalItems nextCursor items {
  id endpointId status attempts lastError responseCode nextAttemptAt firstPosition lastPosition eventCount deliveredAt } } }`;
/** an endpoint's delivery log, newest first */
const deliveriesOf = async (endpointId: string) =>
  (await writer.as('admin', DELIVERY_PAGE, { options: { filter: { endpointId }, sort: { field: 'ID', direction: 'DESC' }, take: 200 } })).webhookDeliveries.items;
const PAUSE = `mutation($id: ID!, $version: Int!) { pauseWebhookEndpoint(id: $id, version: $version) { id status version } }`;
const RESUME = `mutation($id: ID!, $version: Int!) { resumeWebhookEndpoint(id: $id, version: $version) { id status version } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteWebhookEndpoint(id: $id, version: $version) }`;
const CHANGES = `query($after: Int!) { changes(after: $after, take: 200) { nextAfter items { position entityType entityId action version } } }`;

interface Received {
  deliveryId: string;
  body: string;
  signature: string;
  timestamp: string;
  answered: number;
  positions: number[];
}

/** A receiver that answers 500 while `failing` says so, and records every request and overlap. */
class Receiver {
  readonly received: Received[] = [];
  failing: (n: number) => boolean = () => false;
  delayMs = 0;
  inFlight = 0;
  maxInFlight = 0;
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
      const body = Buffer.concat(chunks).toString('utf8');
      const answered = this.failing(this.received.length) ? 500 : 204;
      this.received.push({
        deliveryId: String(req.headers['x-wuye-delivery']),
        body,
        signature: String(req.headers['x-wuye-signature']),
        timestamp: String(req.headers['x-wuye-timestamp']),
        answered,
        positions: (JSON.parse(body).events as Array<{ position: number }>).map((e) => e.position),
      });
      this.inFlight--;
      res.writeHead(answered).end();
    });
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/wuye`;
  }
  /** positions the receiver accepted (answered 2xx), in the order it got them */
  accepted(): number[] {
    return this.received.filter((r) => r.answered < 300).flatMap((r) => r.positions);
  }
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}


// `writer` owns the database and makes the changes; its worker polls once a minute, so it never delivers here
let writer: TestApp;
let receiver: Receiver;
beforeAll(async () => {
  writer = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: '1', WEBHOOK_POLL_MS: '60000' });
  receiver = new Receiver();
  await receiver.start();
});
afterAll(async () => {
  await receiver?.close();
  await writer?.close();
});

async function integrator(scopes: string[]): Promise<{ id: string; token: string }> {
  const { createApiToken } = await writer.as('admin', CREATE_TOKEN, { input: { name: `接收平台 ${Math.random().toString(36).slice(2, 8)}`, scopes } });
  return { id: createApiToken.apiToken.id, token: createApiToken.token };
}

/** `count` changes of firms (a create and updates), made by the writer, one by one. */
async function makeChanges(count: number): Promise<void> {
  const { createFirm } = await writer.as('clerk', CREATE_FIRM, { input: firmInput() });
  let version = createFirm.version;
  for (let i = 1; i < count; i++) {
    const { updateFirm } = await writer.as('clerk', UPDATE_FIRM, { id: createFirm.id, version, input: firmInput({ name: `湖州推送测试物业服务有限公司${createFirm.id}-${i}` }) }); // one name per firm (FIRM_NAME_TAKEN)
    version = updateFirm.version;
  }
}

/** What the token reads with `changes` after `after`: what its endpoint must receive, in this order. */
async function feedAsToken(token: string, after: number): Promise<number[]> {
  const positions: number[] = [];
  for (;;) {
    const { data, errors } = await writer.gql(CHANGES, { after }, token);
    if (errors) throw new Error(JSON.stringify(errors));
    positions.push(...data.changes.items.map((i: { position: number }) => i.position));
    if (data.changes.nextAfter === after) return positions;
    after = data.changes.nextAfter;
  }
}

describe('one API process delivering', () => {
  let app: TestApp;
  let token: { id: string; token: string };
  let endpoint: { id: string; cursor: number; version: number };
  let secret: string;
  beforeAll(async () => {
    app = await startTestApp(FAST, { sameDatabaseAs: writer });
    token = await integrator(['REGISTRY_READ']);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('registers an endpoint for a token (admin only): the secret is shown once, never again', async () => {
    const input = { tokenId: token.id, url: receiver.url, eventTypes: ['Firm', 'Project'] };
    for (const username of ['manager', 'registrar']) {
      expect((await writer.gql(CREATE_ENDPOINT, { input }, await writer.tokenFor(username))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await writer.gql(CREATE_ENDPOINT, { input }, token.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
    const { createWebhookEndpoint } = await writer.as('admin', CREATE_ENDPOINT, { input });
    secret = createWebhookEndpoint.secret;
    endpoint = createWebhookEndpoint.endpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    expect(createWebhookEndpoint.endpoint).toMatchObject({ tokenId: token.id, status: 'ACTIVE', eventTypes: ['Firm', 'Project'] });
    const [audit] = await writer.ds.query(`SELECT after FROM audit_event WHERE action = 'webhook.create' AND entity_id = $1`, [endpoint.id]);
    expect(audit.after).toMatchObject({ url: receiver.url, tokenId: Number(token.id) });
    expect(JSON.stringify(audit.after)).not.toContain(secret);
    const [{ schema }] = await writer.ds.query(`SELECT count(*)::int AS schema FROM information_schema.columns WHERE column_name = 'secret'`);
    expect(schema).toBe(1); // stored for signing; no query returns it (WebhookEndpoint has no such field)
    // and stored sealed: the database alone cannot sign a delivery
    const [stored] = await writer.ds.query(`SELECT secret FROM webhook_endpoint WHERE id = $1`, [endpoint.id]);
    expect(stored.secret).toMatch(/^v1\.[A-Za-z0-9_-]{60,}$/);
    expect(stored.secret).not.toContain(secret.slice(6, 20));
  });

  it('refuses event types outside the token’s scopes, a URL that is not http(s) and an unknown token, creating nothing', async () => {
    const electionsOnly = await integrator(['ELECTIONS_READ']);
    const admin = await writer.tokenFor('admin');
    const [{ before }] = await writer.ds.query(`SELECT count(*)::int AS before FROM webhook_endpoint`);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ tokenId: electionsOnly.id, url: receiver.url, eventTypes: ['Firm'] }, 'BAD_USER_INPUT', 'OUTSIDE_SCOPES'],
      [{ tokenId: token.id, url: 'ftp://127.0.0.1/x' }, 'BAD_USER_INPUT', 'url'],
      [{ tokenId: token.id, url: 'http://user:pw@127.0.0.1/x' }, 'BAD_USER_INPUT', 'URL_CREDENTIALS'],
      [{ tokenId: '999999', url: receiver.url }, 'NOT_FOUND', ''],
    ];
    for (const [input, code, rule] of cases) {
      const result = await writer.gql(CREATE_ENDPOINT, { input }, admin);
      expect(result.errors?.[0].extensions.code).toBe(code);
      if (rule) expect(JSON.stringify(result.errors?.[0].extensions.fieldErrors)).toContain(rule);
    }
    const [{ after }] = await writer.ds.query(`SELECT count(*)::int AS after FROM webhook_endpoint`);
    expect(after).toBe(before);
  });

  it('POSTs the token’s changes in order, in batches, each signed with the secret', async () => {
    await makeChanges(7);
    const expected = await feedAsToken(token.token, endpoint.cursor);
    expect(expected).toHaveLength(7);
    await until('all 7 changes', () => receiver.accepted().length >= 7);
    expect(receiver.accepted()).toEqual(expected);
    // batches of at most WEBHOOK_BATCH_SIZE, as many as the changes had come in when the worker looked
    expect(receiver.received.every((r) => r.positions.length >= 1 && r.positions.length <= 3)).toBe(true);
    for (const r of receiver.received) {
      expect(verifyDelivery(secret, { signature: r.signature, timestamp: r.timestamp }, r.body)).toBe(true);
      expect(verifyDelivery('whsec_someone-else-entirely-0000', { signature: r.signature, timestamp: r.timestamp }, r.body)).toBe(false);
    }
    const events = JSON.parse(receiver.received[0].body).events;
    expect(events[0]).toMatchObject({ entityType: 'Firm', action: 'firm.create', version: 1 });
    // the cursor moves when the worker commits, just after the receiver's 2xx
    await until('the cursor past the last change', async () => {
      const { webhookEndpoints } = await writer.as('admin', ENDPOINTS, { tokenId: token.id });
      return webhookEndpoints[0].cursor >= expected[6];
    });
  });

  it('retries a receiver that answers 500, with backoff, then delivers in order; the log shows the attempts and the last error', async () => {
    const start = receiver.received.length;
    receiver.failing = (n) => n < start + 3;
    const before = receiver.accepted().length;
    const [{ cursor }] = await writer.ds.query(`SELECT cursor FROM webhook_endpoint WHERE id = $1`, [endpoint.id]);
    await makeChanges(4);
    const expected = await feedAsToken(token.token, Number(cursor));
    await until('the 4 changes after the failures', () => receiver.accepted().length >= before + 4);
    expect(receiver.accepted().slice(before)).toEqual(expected);
    // the failed batch was sent again as it was: the same delivery, the same body
    const tries = receiver.received.slice(start, start + 4);
    expect(tries.map((r) => r.answered)).toEqual([500, 500, 500, 204]);
    expect(new Set(tries.map((r) => r.deliveryId)).size).toBe(1);
    expect(new Set(tries.map((r) => r.body)).size).toBe(1);
    // the log is written when the worker commits, just after the receiver's 2xx
    const retried = await until('the retried delivery logged as delivered', async () => {
      const found = (await deliveriesOf(endpoint.id)).find((d: { id: string }) => d.id === tries[0].deliveryId);
      return found?.status === 'DELIVERED' && found;
    });
    expect(retried).toMatchObject({ status: 'DELIVERED', attempts: 4, lastError: 'HTTP 500', responseCode: 204, nextAttemptAt: null, eventCount: tries[0].positions.length });
    expect(retried.firstPosition).toBe(tries[0].positions[0]);
    receiver.failing = () => false;
    // the log is a list as every other: paged by cursor to its end, counted, filtered by status, this endpoint's only
    const log = await deliveriesOf(endpoint.id);
    expect(log.length).toBeGreaterThan(1);
    expect(log.every((d: { endpointId: string }) => d.endpointId === endpoint.id)).toBe(true);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: { totalItems: number; nextCursor: string | null; items: Array<{ id: string }> } = (
        await writer.as('admin', DELIVERY_PAGE, { options: { filter: { endpointId: endpoint.id }, sort: { field: 'ID', direction: 'DESC' }, take: 1, after } })
      ).webhookDeliveries;
      expect(page.totalItems).toBe(log.length);
      paged.push(...page.items.map((d) => d.id));
      after = page.nextCursor;
    } while (after && paged.length <= log.length);
    expect(paged).toEqual(log.map((d: { id: string }) => d.id));
    const delivered = (await writer.as('admin', DELIVERY_PAGE, { options: { filter: { endpointId: endpoint.id, status: 'DELIVERED' }, take: 200 } })).webhookDeliveries;
    expect(delivered.items.map((d: { id: string }) => d.id).sort()).toEqual(log.filter((d: { status: string }) => d.status === 'DELIVERED').map((d: { id: string }) => d.id).sort());
  });

  it('a paused endpoint receives nothing and keeps its place; resumed, it gets what it missed; pause, resume and delete are audited', async () => {
    const [current] = (await writer.as('admin', ENDPOINTS, { tokenId: token.id })).webhookEndpoints;
    const { pauseWebhookEndpoint } = await writer.as('admin', PAUSE, { id: endpoint.id, version: current.version });
    expect(pauseWebhookEndpoint.status).toBe('PAUSED');
    const stale = await writer.gql(RESUME, { id: endpoint.id, version: current.version }, await writer.tokenFor('admin'));
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const before = receiver.accepted().length;
    await makeChanges(2);
    await new Promise((r) => setTimeout(r, 400));
    expect(receiver.accepted().length).toBe(before);
    const { resumeWebhookEndpoint } = await writer.as('admin', RESUME, { id: endpoint.id, version: pauseWebhookEndpoint.version });
    await until('the changes made while paused', () => receiver.accepted().length >= before + 2);
    const { deleteWebhookEndpoint } = await writer.as('admin', DELETE, { id: endpoint.id, version: resumeWebhookEndpoint.version });
    expect(deleteWebhookEndpoint).toBe(true);
    expect((await writer.as('admin', ENDPOINTS, { tokenId: token.id })).webhookEndpoints).toEqual([]);
    const actions = await writer.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'WebhookEndpoint' AND entity_id = $1 ORDER BY id`, [endpoint.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['webhook.create', 'webhook.pause', 'webhook.resume', 'webhook.delete']);
  });

  it('the delivery log and endpoints are the admin’s only', async () => {
    for (const username of ['manager', 'clerk']) {
      expect((await writer.gql(ENDPOINTS, {}, await writer.tokenFor(username))).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await writer.gql(DELIVERY_PAGE, { options: { filter: { endpointId: endpoint.id } } }, await writer.tokenFor(username))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('the signing secret at rest', () => {
  it('a server without WEBHOOK_SECRETS_KEY registers no endpoint (FORBIDDEN, NOT_CONFIGURED) and stores nothing', async () => {
    const keyless = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: '1', WEBHOOK_SECRETS_KEY: '' }, { sameDatabaseAs: writer });
    try {
      const token = await integrator(['REGISTRY_READ']);
      const [{ before }] = await writer.ds.query(`SELECT count(*)::int AS before FROM webhook_endpoint`);
      const { errors } = await keyless.gql(CREATE_ENDPOINT, { input: { tokenId: token.id, url: receiver.url } }, await keyless.tokenFor('admin'));
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_CONFIGURED' });
      expect(errors?.[0].message).toContain('WEBHOOK_SECRETS_KEY');
      const [{ after }] = await writer.ds.query(`SELECT count(*)::int AS after FROM webhook_endpoint`);
      expect(after).toBe(before);
    } finally {
      await keyless.close();
    }
  });

  it('an endpoint whose token is revoked is paused, saying why, and sends nothing more', async () => {
    const token = await integrator(['REGISTRY_READ']);
    const received = new Receiver();
    await received.start();
    const worker = await startTestApp(FAST, { sameDatabaseAs: writer });
    try {
      const { createWebhookEndpoint } = await writer.as('admin', CREATE_ENDPOINT, { input: { tokenId: token.id, url: received.url } });
      await writer.as('admin', `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id });
      await makeChanges(2);
      const paused = await until('the endpoint paused', async () => {
        const [row] = await writer.ds.query(`SELECT status, problem FROM webhook_endpoint WHERE id = $1`, [createWebhookEndpoint.endpoint.id]);
        return row.status === 'PAUSED' && row;
      });
      expect(paused.problem).toContain('revoked or expired');
      expect(received.received).toHaveLength(0);
    } finally {
      await worker.close();
      await received.close();
    }
  });

  it('a server whose key does not open the secret pauses the endpoint, saying why, and sends nothing unsigned', async () => {
    const token = await integrator(['REGISTRY_READ']);
    const received = new Receiver();
    await received.start();
    const otherKey = await startTestApp({ ...FAST, WEBHOOK_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') }, { sameDatabaseAs: writer });
    try {
      const { createWebhookEndpoint } = await writer.as('admin', CREATE_ENDPOINT, { input: { tokenId: token.id, url: received.url } });
      await makeChanges(2);
      const paused = await until('the endpoint paused', async () => {
        const [row] = await writer.ds.query(`SELECT status, problem FROM webhook_endpoint WHERE id = $1`, [createWebhookEndpoint.endpoint.id]);
        return row.status === 'PAUSED' && row;
      });
      expect(paused.problem).toContain('WEBHOOK_SECRETS_KEY');
      expect(received.received).toHaveLength(0);
    } finally {
      await otherKey.close();
      await received.close();
    }
  });

  it('a secret stored readable before sealing existed is sealed at start-up and still signs', async () => {
    const token = await integrator(['REGISTRY_READ']);
    const received = new Receiver();
    await received.start();
    const { createWebhookEndpoint } = await writer.as('admin', CREATE_ENDPOINT, { input: { tokenId: token.id, url: received.url, secret: 'whsec_written-before-sealing-0123456789' } });
    const id = createWebhookEndpoint.endpoint.id;
    await writer.ds.query(`UPDATE webhook_endpoint SET secret = 'whsec_written-before-sealing-0123456789' WHERE id = $1`, [id]);
    expect(await sealStoredWebhookSecrets(writer.ds, Buffer.from(TEST_SECRETS_KEY, 'base64'))).toBeGreaterThanOrEqual(1);
    const [row] = await writer.ds.query(`SELECT secret FROM webhook_endpoint WHERE id = $1`, [id]);
    expect(row.secret).toMatch(/^v1\./);
    const app = await startTestApp(FAST, { sameDatabaseAs: writer });
    try {
      await makeChanges(1);
      const first = await until('a delivery', () => received.received.find((r) => r.answered < 300));
      expect(verifyDelivery('whsec_written-before-sealing-0123456789', { signature: first.signature, timestamp: first.timestamp }, first.body)).toBe(true);
    } finally {
      await app.close();
      await received.close();
    }
  });
});

describe('restarts and more than one process', () => {
  it('loses nothing and reorders nothing across an API restart, with two processes delivering one at a time', async () => {
    const token = await integrator(['REGISTRY_READ', 'ELECTIONS_READ']);
    const received = new Receiver();
    await received.start();
    let first: TestApp | null = await startTestApp(FAST, { sameDatabaseAs: writer });
    let second: TestApp | null = null;
    let third: TestApp | null = null;
    try {
      const { createWebhookEndpoint } = await writer.as('admin', CREATE_ENDPOINT, { input: { tokenId: token.id, url: received.url } });
      const { id, cursor } = createWebhookEndpoint.endpoint;
      // the receiver is down: the first batch fails and waits for its retry
      received.failing = () => true;
      await makeChanges(5);
      await until('a failed attempt', async () => {
        const [d] = await writer.ds.query(`SELECT attempts FROM webhook_delivery WHERE endpoint_id = $1 AND status = 'PENDING'`, [id]);
        return d?.attempts >= 2;
      });
      // the process stops; changes go on being made while none delivers
      await first.close();
      first = null;
      await makeChanges(4);
      received.failing = () => false;
      received.delayMs = 30;
      // two processes come up on the same database
      second = await startTestApp(FAST, { sameDatabaseAs: writer });
      third = await startTestApp(FAST, { sameDatabaseAs: writer });
      const expected = await feedAsToken(token.token, cursor);
      expect(expected.length).toBeGreaterThanOrEqual(9);
      await until('every change', () => received.accepted().length >= expected.length, { ms: 30_000 });
      await makeChanges(3);
      const all = await feedAsToken(token.token, cursor);
      await until('the later changes too', () => received.accepted().length >= all.length, { ms: 30_000 });
      expect(received.accepted()).toEqual(all);
      expect(received.maxInFlight).toBe(1);

      // the lag is in /metrics: caught up once the worker has committed the cursor, just after the receiver's 2xx
      const metrics = await until('the lag back to 0 events', async () => {
        const text = await (await fetch(`${second!.baseUrl}/metrics`)).text();
        return new RegExp(`wuye_webhook_lag_events\\{endpoint="${id}"\\} 0\n`).test(text) && text;
      });
      expect(metrics).toMatch(new RegExp(`wuye_webhook_lag_seconds\\{endpoint="${id}"\\} 0`));
      expect(metrics).toMatch(/wuye_webhook_deliveries_total\{outcome="delivered"\} \d+/);
    } finally {
      await first?.close();
      await second?.close();
      await third?.close();
      await received.close();
    }
  });
});
