#!/usr/bin/env node
// Follows the Wuye Registry change feed live over Server-Sent Events and resumes after a disconnect from the
// last position it printed: no gap, no duplicate. Plain Node.js 20+, no dependencies (docs/integrators.md).
//
//   WUYE_URL=http://localhost:4000 WUYE_TOKEN=wya_… node docs/examples/follow-feed.mjs
//
// WUYE_AFTER   position to follow from (default: the feed's head, i.e. from now on); keep the last printed one
// WUYE_TYPES   comma-separated types, e.g. Firm,Project (default: every type the token may read)
// MAX_EVENTS   stop after this many events (default: follow for ever)
// Prints one JSON line per event: { position, entityType, entityId, action, version }.

const baseUrl = (process.env.WUYE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const token = process.env.WUYE_TOKEN;
const types = process.env.WUYE_TYPES ? process.env.WUYE_TYPES.split(',').map((t) => t.trim()) : undefined;
const maxEvents = process.env.MAX_EVENTS ? Number(process.env.MAX_EVENTS) : Infinity;
if (!token) {
  console.error('Set WUYE_TOKEN to an API token (or a session token)');
  process.exit(2);
}

const FEED = `subscription Follow($after: Int!, $types: [ChangeEntityType!]) {
  changeFeed(after: $after, types: $types) { position entityType entityId action version } }`;

class FeedError extends Error {
  constructor(error) {
    super(`${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
    this.extensions = error.extensions ?? {};
  }
}

/** One query or mutation at /graphql. */
async function graphql(query, variables) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new FeedError(body.errors[0]);
  return body.data;
}

/** The feed's head: where a new follower starts (after syncing with the lists). */
async function headPosition() {
  return (await graphql(`query Head { changeFeedHead { position } }`)).changeFeedHead.position;
}

/** The messages of a text/event-stream body: { event, data } for each block ending in a blank line. */
async function* serverSentEvents(body) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue; // a keep-alive comment
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        if (field === 'data') data.push(value);
      }
      yield { event, data: data.join('\n') };
    }
  }
}

/** One connection: prints events until the stream ends; returns the last position printed. */
async function followOnce(after, state) {
  const response = await fetch(`${baseUrl}/graphql/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: FEED, variables: { after, types } }),
  });
  if (!response.ok) {
    // refused before the stream opened (no access, a pruned position, too many streams): the GraphQL error shape
    const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
    throw new FeedError(body.errors[0]);
  }
  for await (const message of serverSentEvents(response.body)) {
    if (message.event === 'complete') break;
    if (message.event !== 'next') continue;
    const result = JSON.parse(message.data);
    if (result.errors?.length) throw new FeedError(result.errors[0]); // e.g. the token expired or was revoked
    const event = result.data.changeFeed;
    process.stdout.write(JSON.stringify(event) + '\n');
    after = event.position;
    if (++state.printed >= maxEvents) break;
  }
  return after;
}

let after = process.env.WUYE_AFTER !== undefined ? Number(process.env.WUYE_AFTER) : await headPosition();
const state = { printed: 0 };
const RETRYABLE = new Set(['INTERNAL_SERVER_ERROR', 'RATE_LIMITED']);
let delay = 1000;
while (state.printed < maxEvents) {
  try {
    after = await followOnce(after, state);
    delay = 1000;
  } catch (error) {
    // a network failure or a server restart: go on from the last position printed; anything else is final
    const code = error instanceof FeedError ? error.extensions.code : 'NETWORK';
    if (code !== 'NETWORK' && !RETRYABLE.has(code)) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(`disconnected (${code}); resuming after ${after} in ${delay / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 30_000);
  }
}
