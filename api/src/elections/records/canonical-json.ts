import { createHash } from 'node:crypto';

/**
 * Canonical JSON, so a record hashes the same wherever it is written and read back: object keys sorted by
 * code unit, no whitespace, strings escaped as JSON.stringify does (RFC 8785's rule), arrays in their order.
 * Numbers are refused: a record writes every number as a decimal string and every fraction as "n/d", so no
 * float formatting can make two readings of one record differ.
 */
export type CanonicalValue = string | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue };

export class NotCanonicalError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'NotCanonicalError';
  }
}

// with the u flag a surrogate pair is one code point: only a lone half matches
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** An object literal or JSON.parse result, from any realm (a vm context has its own Object.prototype). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || (Object.getPrototypeOf(prototype) === null && Object.prototype.toString.call(value) === '[object Object]');
}

function write(value: unknown, path: string, out: string[]): void {
  if (value === null || typeof value === 'boolean') {
    out.push(String(value));
  } else if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new NotCanonicalError(path, 'a string holds a lone surrogate');
    out.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, `${path}[${i}]`, out);
    });
    out.push(']');
  } else if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.push('{');
    entries.forEach(([key, item], i) => {
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(item, `${path}.${key}`, out);
    });
    out.push('}');
  } else if (typeof value === 'number' || typeof value === 'bigint') {
    throw new NotCanonicalError(path, `numbers are written as strings in a record, got ${String(value)}`);
  } else {
    throw new NotCanonicalError(path, `${typeof value === 'object' ? 'an object of a class' : typeof value} has no JSON form`);
  }
}

export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, '$', out);
  return out.join('');
}

/** SHA-256 of the canonical JSON's UTF-8 bytes, in lower-case hex. */
export function sha256OfCanonical(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
