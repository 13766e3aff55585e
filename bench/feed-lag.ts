import pg from 'pg';
import { creditCodeCheckCharacter } from '../api/src/firms/credit-code';
import { GqlClient } from './http';

/**
 * The live feed's delivery lag: writers create firms through the API while one subscriber follows the change
 * feed over Server-Sent Events (/graphql/stream, the integrator's token). For each event received: the time
 * from its transaction's start in PostgreSQL (the event's `at`, so an upper bound on commit → receipt) and
 * from the mutation's reply (after the commit, so it can be below zero when the event is faster).
 */
export const FEED_LAG = 'feed-lag';

export interface FeedLagReport {
  writers: number;
  writes: number;
  writesPerSecond: number;
  delivered: number;
  /** written but not received within 10 s of the last write */
  missing: number;
  fromStart: { p50: number; p95: number; max: number };
  fromReply: { p50: number; p95: number; max: number };
}

const CREATE = `mutation CreateFirm($input: FirmInput!) { createFirm(input: $input) { id } }`;
const FEED = `subscription Follow($after: Int!) { changeFeed(after: $after, types: [Firm]) { position at entityId action } }`;

let serial = 0;
function firmInput() {
  // a credit-code range neither the seed nor the filing-flow scenario issues
  const body = `91330599C${String(++serial).padStart(8, '0')}`;
  return {
    name: `湖州推送时延测试物业管理有限公司${serial}`,
    creditCode: body + creditCodeCheckCharacter(body),
    legalRepresentative: '沈建华',
    registeredAddress: '湖州市吴兴区人民路100号',
    contactPerson: '钱丽',
    contactPhone: '13857212345',
    establishedOn: '2015-03-18',
    districtId: '1',
  };
}

function percentiles(values: number[]): { p50: number; p95: number; max: number } {
  if (!values.length) return { p50: NaN, p95: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** The subscriber: reads the event stream and calls back with each event and when it arrived. */
async function follow(baseUrl: string, token: string, after: number, signal: AbortSignal, onEvent: (event: { at: string; entityId: string; action: string }, receivedAt: number) => void): Promise<void> {
  const response = await fetch(`${baseUrl}/graphql/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: FEED, variables: { after } }),
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`the feed refused the subscriber: HTTP ${response.status} ${await response.text()}`);
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      const receivedAt = Date.now();
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!/^event: next$/m.test(block)) continue;
        const data = JSON.parse(block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n'));
        if (data.errors) throw new Error(`the feed ended: ${JSON.stringify(data.errors)}`);
        onEvent(data.data.changeFeed, receivedAt);
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

export async function measureFeedLag(api: GqlClient, baseUrl: string, pool: pg.Pool, tokens: { clerk: string; integrator: string }, durationMs: number, writers: number): Promise<FeedLagReport> {
  const { rows } = await pool.query(`SELECT last FROM change_feed_head`);
  const repliedAt = new Map<string, number>();
  const received = new Map<string, { receivedAt: number; at: number }>();
  const stop = new AbortController();
  const subscriber = follow(baseUrl, tokens.integrator, Number(rows[0].last), stop.signal, (event, receivedAt) => {
    if (event.action === 'firm.create') received.set(event.entityId, { receivedAt, at: Date.parse(event.at) });
  });
  subscriber.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  await new Promise((resolve) => setTimeout(resolve, 300)); // the stream is open before the first write

  const started = Date.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (Date.now() < deadline) {
        const { data } = await api.request<{ createFirm: { id: string } }>(CREATE, { input: firmInput() }, tokens.clerk);
        repliedAt.set(data.createFirm.id, Date.now());
      }
    }),
  );
  const elapsed = Date.now() - started;
  const waitUntil = Date.now() + 10_000;
  while ([...repliedAt.keys()].some((id) => !received.has(id)) && Date.now() < waitUntil) {
    await Promise.race([subscriber, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  stop.abort();
  await subscriber;

  const delivered = [...repliedAt].filter(([id]) => received.has(id));
  return {
    writers,
    writes: repliedAt.size,
    writesPerSecond: (repliedAt.size / elapsed) * 1000,
    delivered: delivered.length,
    missing: repliedAt.size - delivered.length,
    fromStart: percentiles(delivered.map(([id]) => received.get(id)!.receivedAt - received.get(id)!.at)),
    fromReply: percentiles(delivered.map(([id, reply]) => received.get(id)!.receivedAt - reply)),
  };
}
