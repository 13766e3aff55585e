import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Webhook signing secrets at rest (docs/architecture.md#webhooks): sealed with AES-256-GCM under the server's
 * WEBHOOK_SECRETS_KEY, so that a copy of the database (a backup, a read replica, a leaked dump) cannot sign
 * deliveries that an integrator would trust. The secret itself must be recoverable to sign, so it cannot be
 * hashed like a token.
 */
const SEALED = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** binds a sealed value to its column: a sealed value copied into another place does not open there */
const CONTEXT = Buffer.from('wuye:webhook_endpoint.secret');

/** The key as configured: 32 bytes given as base64 (44 characters) or hex (64); null when it is not one. */
export function parseSecretsKey(raw: string): Buffer | null {
  const text = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(text) ? Buffer.from(text, 'base64') : null;
  return key && key.length === 32 ? key : null;
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED);
}

export function sealSecret(key: Buffer, secret: string): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(CONTEXT);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return SEALED + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export class SecretUnavailable extends Error {}

/** The secret to sign with; a value stored before sealing existed is taken as it is (start-up seals those). */
export function openSecret(key: Buffer | null, stored: string): string {
  if (!isSealed(stored)) return stored;
  if (!key) throw new SecretUnavailable('the signing secret is sealed and this server has no WEBHOOK_SECRETS_KEY');
  const raw = Buffer.from(stored.slice(SEALED.length), 'base64url');
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(CONTEXT);
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnavailable('the signing secret does not open with this server\'s WEBHOOK_SECRETS_KEY (was the key changed?)');
  }
}

/**
 * The embedded database's key, kept beside it in the data folder (made once, readable by the owner only):
 * the demo and a single-machine install seal secrets without configuring anything. A server on an external
 * database gets its key from the environment, the same on every host.
 */
export function dataDirSecretsKey(dataDir: string): string {
  const file = path.join(dataDir, 'webhook-secrets.key');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = crypto.randomBytes(32).toString('base64');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
