import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, TestApp, until } from './harness';
import { CREATE_FIRM, firmInput } from './operations';

/**
 * Webhooks never post into the server's own network (docs/architecture.md#webhooks) unless WEBHOOK_ALLOW_PRIVATE
 * says so: an internal URL is refused when registered, and a name resolving inside is refused at delivery, on
 * the address DNS gives then, before any connection.
 */
const CREATE_TOKEN = `mutation($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`;
const CREATE_ENDPOINT = `mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id url } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(options: { filter: { endpointId: $id }, sort: { field: ID, direction: DESC } }) { items { status attempts lastError responseCode } } }`;
const RETRY_FAST = { WEBHOOK_POLL_MS: '40', WEBHOOK_RETRY_BASE_MS: '40', WEBHOOK_RETRY_MAX_MS: '100' };


let writer: TestApp;
let tokenId: string;
// a receiver on the loopback address that counts every connection made to it
let connections = 0;
let requests = 0;
const receiver = http.createServer((req, res) => {
  requests++;
  req.resume().on('end', () => res.writeHead(204).end());
});
receiver.on('connection', () => connections++);
let port: number;

beforeAll(async () => {
  writer = await startTestApp({ WEBHOOK_POLL_MS: '60000' });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
  const { createApiToken } = await writer.as('admin', CREATE_TOKEN, { input: { name: '内网探测', scopes: ['REGISTRY_READ'] } });
  tokenId = createApiToken.apiToken.id;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await writer?.close();
});

describe('failing registrations: an internal receiver without WEBHOOK_ALLOW_PRIVATE', () => {
  it.each([
    'http://127.0.0.1:5432/',
    'http://[::1]/hook',
    'http://0x7f000001/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.7/hook',
    'http://172.20.1.1/hook',
    'https://192.168.1.10/hook',
    'http://100.64.0.1/hook',
    'http://[fe80::1]/hook',
    'http://[fd00::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::ffff:a9fe:a9fe]/hook',
    'http://0.0.0.0/hook',
    'http://224.0.0.1/hook',
    'http://255.255.255.255/hook',
    'http://localhost:4000/hook',
    'http://api.localhost/hook',
    // the allow-list: every special-purpose block, not only the private ones
    'http://192.0.2.10/hook',
    'http://198.18.0.1/hook',
    'http://198.51.100.7/hook',
    'http://203.0.113.9/hook',
    'http://192.0.0.8/hook',
    'http://192.88.99.1/hook',
    'http://240.0.0.1/hook',
    'http://127.0.0.1:8080/hook',
    'http://[2001:db8::1]/hook',
    'http://[2001::1]/hook',
    'http://[2001:10::1]/hook',
    'http://[3fff::1]/hook',
    'http://[4000::1]/hook',
    'http://[64:ff9b::7f00:1]/hook',
    'http://[64:ff9b::a9fe:a9fe]/hook',
    'http://[2002:7f00:1::1]/hook',
    'http://[2002:c0a8:101::1]/hook',
    'http://[::127.0.0.1]/hook',
    'http://[fec0::1]/hook',
    // new URL() reads the decimal, hex, octal, shortened and trailing-dot forms as 127.0.0.1, and the check judges that
    'http://2130706433/',
    'http://127.1/',
    'http://0x7f.1/hook',
    'http://0177.0.0.1/hook',
    'http://127.0.0.1./hook',
  ].map((url) => [url, 'URL_INTERNAL_ADDRESS'])
    // what new URL(), the parser the URL is used with, cannot read is a field error (an IPv6 zone id was a 500)
    .concat(['http://[fe80::1%25lo]/', 'http://[fe80::1%25eth0]:80/', 'http://[::1%25lo]/hook', 'http://example.com:99999/', 'http://a b/'].map((url) => [url, 'URL'])))('%s is BAD_USER_INPUT %s on url, creating nothing', async (url, rule) => {
    const [{ before }] = await writer.ds.query(`SELECT count(*)::int AS before FROM webhook_endpoint`);
    const result = await writer.gql(CREATE_ENDPOINT, { input: { tokenId, url } }, await writer.tokenFor('admin'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'url', rule })] });
    const [{ after }] = await writer.ds.query(`SELECT count(*)::int AS after FROM webhook_endpoint`);
    expect(after).toBe(before);
  });

  it('a public address is registered', async () => {
    const { createWebhookEndpoint } = await writer.as('admin', CREATE_ENDPOINT, { input: { tokenId, url: 'https://8.8.8.8/hook' } });
    expect(createWebhookEndpoint.endpoint.url).toBe('https://8.8.8.8/hook');
    // paused at once: this test machine must not post anywhere
    await writer.ds.query(`UPDATE webhook_endpoint SET status = 'PAUSED' WHERE id = $1`, [createWebhookEndpoint.endpoint.id]);
  });
});

describe('failing deliveries: refused at delivery time, after DNS, without connecting', () => {
  it('endpoints registered while allowed (or since pointed inside) get ADDRESS_NOT_ALLOWED, and the receiver sees no connection', async () => {
    const allowed = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: '1', WEBHOOK_POLL_MS: '60000' }, { sameDatabaseAs: writer });
    const ids: string[] = [];
    try {
      for (const url of [`http://localhost:${port}/hook`, `http://127.0.0.1:${port}/hook`]) {
        const { createWebhookEndpoint } = await allowed.as('admin', CREATE_ENDPOINT, { input: { tokenId, url } });
        ids.push(createWebhookEndpoint.endpoint.id);
      }
    } finally {
      await allowed.close();
    }
    await writer.as('clerk', CREATE_FIRM, { input: firmInput() });

    const deliverer = await startTestApp(RETRY_FAST, { sameDatabaseAs: writer });
    try {
      for (const id of ids) {
        const [log] = await until(`retried refusals of endpoint ${id}`, async () => {
          const webhookDeliveries = (await writer.as('admin', DELIVERIES, { id })).webhookDeliveries.items;
          return webhookDeliveries[0]?.attempts >= 2 && webhookDeliveries;
        });
        expect(log).toMatchObject({ status: 'PENDING', lastError: 'ADDRESS_NOT_ALLOWED', responseCode: null });
      }
    } finally {
      await deliverer.close();
    }
    expect({ connections, requests }).toEqual({ connections: 0, requests: 0 });

    // the same endpoints deliver where the deployment opts in: it was the address rule, not the receiver
    const optedIn = await startTestApp({ ...RETRY_FAST, WEBHOOK_ALLOW_PRIVATE: '1' }, { sameDatabaseAs: writer });
    try {
      for (const id of ids) {
        await until(`delivery to endpoint ${id}`, async () => {
          const webhookDeliveries = (await writer.as('admin', DELIVERIES, { id })).webhookDeliveries.items;
          return webhookDeliveries[0]?.status === 'DELIVERED';
        });
      }
    } finally {
      await optedIn.close();
    }
    expect(requests).toBeGreaterThanOrEqual(2);
  });
});

describe('failing deliveries: a redirect is an answer, never followed', () => {
  it('a 3xx pointing inside is a failed delivery, and its Location receives nothing', async () => {
    let inside = 0;
    const target = http.createServer((req, res) => {
      inside++;
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const targetPort = (target.address() as AddressInfo).port;
    const redirector = http.createServer((req, res) => {
      req.resume().on('end', () => res.writeHead(307, { location: `http://127.0.0.1:${targetPort}/latest/meta-data/` }).end());
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    const redirectorPort = (redirector.address() as AddressInfo).port;
    // the receiver itself is inside only because this test machine has nothing else: the deployment opts in
    const optedIn = await startTestApp({ ...RETRY_FAST, WEBHOOK_ALLOW_PRIVATE: '1' }, { sameDatabaseAs: writer });
    try {
      await writer.ds.query(`UPDATE webhook_endpoint SET status = 'PAUSED' WHERE status = 'ACTIVE'`);
      const { createWebhookEndpoint } = await optedIn.as('admin', CREATE_ENDPOINT, { input: { tokenId, url: `http://127.0.0.1:${redirectorPort}/hook` } });
      const id = createWebhookEndpoint.endpoint.id;
      await writer.as('clerk', CREATE_FIRM, { input: firmInput() });
      const [log] = await until(`retried redirects of endpoint ${id}`, async () => {
        const webhookDeliveries = (await writer.as('admin', DELIVERIES, { id })).webhookDeliveries.items;
        return webhookDeliveries[0]?.attempts >= 2 && webhookDeliveries;
      });
      expect(log).toMatchObject({ status: 'PENDING', lastError: 'HTTP 307', responseCode: 307 });
      expect(inside).toBe(0);
    } finally {
      await optedIn.close();
      redirector.closeAllConnections();
      target.closeAllConnections();
      await new Promise((resolve) => redirector.close(resolve));
      await new Promise((resolve) => target.close(resolve));
    }
  });
});
