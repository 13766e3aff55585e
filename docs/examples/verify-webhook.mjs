#!/usr/bin/env node
// Verifies a Wuye Registry webhook delivery: X-Wuye-Signature is "sha256=" and the hex HMAC-SHA256, keyed
// with the webhook's secret, of "<X-Wuye-Timestamp>.<raw body>". Plain Node.js, no dependencies
// (docs/integrators.md#webhooks). Use verifyWebhook in your receiver; run this file to check one delivery:
//
//   WEBHOOK_SECRET=… node docs/examples/verify-webhook.mjs <timestamp> <signature> < body.json

import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** How far a delivery's timestamp may be from now: older ones are replays. */
export const TOLERANCE_SECONDS = 300;

/**
 * true when `rawBody` (the bytes as received, before any JSON parsing) was signed with `secret` at
 * `timestamp` (Unix seconds, the X-Wuye-Timestamp header as sent) and the timestamp is recent.
 */
export function verifyWebhook(secret, timestamp, signature, rawBody, now = Date.now()) {
  if (!/^\d+$/.test(String(timestamp)) || typeof signature !== 'string' || !signature.startsWith('sha256=')) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  const expected = crypto.createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  // compare in constant time, and only buffers of the same length
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [timestamp, signature] = process.argv.slice(2);
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret || !timestamp || !signature) {
    console.error('usage: WEBHOOK_SECRET=… node verify-webhook.mjs <timestamp> <signature> < body');
    process.exit(2);
  }
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const ok = verifyWebhook(secret, timestamp, signature, Buffer.concat(chunks));
  console.log(ok ? 'valid' : 'INVALID');
  process.exit(ok ? 0 : 1);
}
