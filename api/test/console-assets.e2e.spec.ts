import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { consoleBuildState } from '../src/console-assets';
import { startTestApp, TestApp } from './harness';

/** The API process serves the built console at / (global setup builds it) and stays the API at /graphql. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ API_ONLY: '' });
});
afterAll(() => app?.close());

describe('serving the console', () => {
  it('serves index.html at / and for the console’s own routes (SPA fallback)', async () => {
    for (const url of ['/', '/firms/1/show', '/import']) {
      const response = await fetch(`${app.baseUrl}${url}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  it('serves the hashed assets with a long cache life, and 404 for unknown ones', async () => {
    const html = await (await fetch(`${app.baseUrl}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const response = await fetch(`${app.baseUrl}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${app.baseUrl}/assets/nothing-here.js`)).status).toBe(404);
  });

  it('sends the main bundle brotli- or gzip-compressed as the client accepts, and plain to those who accept neither', async () => {
    const html = await (await fetch(`${app.baseUrl}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const plain = await fetch(`${app.baseUrl}${asset}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const original = await plain.text();
    for (const [accepted, sent] of [['br, gzip', 'br'], ['gzip, deflate', 'gzip'], ['gzip;q=1, br;q=0.5', 'gzip']]) {
      const response = await fetch(`${app.baseUrl}${asset}`, { headers: { 'accept-encoding': accepted } });
      expect(response.status).toBe(200);
      expect([accepted, response.headers.get('content-encoding')]).toEqual([accepted, sent]);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(response.headers.get('cache-control')).toContain('immutable');
      // bytes against bytes: the entry is mostly Chinese messages, three bytes a character in UTF-8
      expect(Number(response.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(original) / 2);
      // fetch decodes the body: the same bundle
      expect(await response.text()).toBe(original);
    }
  });

  it('keeps /graphql and /healthz the API', async () => {
    expect(await (await fetch(`${app.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const result = await app.gql('query { __typename }');
    expect(result.data).toEqual({ __typename: 'Query' });
  });

  it('does not serve it with API_ONLY=1', async () => {
    const apiOnly = await startTestApp();
    try {
      expect((await fetch(`${apiOnly.baseUrl}/`, { headers: { accept: 'text/html' } })).status).toBe(404);
    } finally {
      await apiOnly.close();
    }
  });
});

describe('the build on demand', () => {
  it('is missing without dist/index.html, stale when a source is newer, fresh otherwise (tests do not count)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-console-'));
    try {
      fs.mkdirSync(path.join(dir, 'src', 'firms'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'src', 'firms', 'FirmList.tsx'), '');
      expect(consoleBuildState(dir)).toBe('missing');

      fs.mkdirSync(path.join(dir, 'dist'));
      fs.writeFileSync(path.join(dir, 'dist', 'index.html'), '');
      const past = new Date(Date.now() - 60_000);
      fs.utimesSync(path.join(dir, 'src', 'firms', 'FirmList.tsx'), past, past);
      expect(consoleBuildState(dir)).toBe('fresh');

      fs.writeFileSync(path.join(dir, 'src', 'firms', 'firm.spec.ts'), '');
      expect(consoleBuildState(dir)).toBe('fresh');

      const future = new Date(Date.now() + 60_000);
      fs.utimesSync(path.join(dir, 'src', 'firms', 'FirmList.tsx'), future, future);
      expect(consoleBuildState(dir)).toBe('stale');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
