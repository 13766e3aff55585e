import type { IncomingHttpHeaders } from 'node:http';
import express, { RequestHandler } from 'express';

/**
 * JSON nested deeper than this is no client's request: JSON.parse spends seconds on a few megabytes of
 * brackets, and GraphQL's own inputs nest a handful of levels.
 */
export const MAX_JSON_NESTING = 64;

const [QUOTE, BACKSLASH, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = ['"', '\\', '[', ']', '{', '}'].map((c) => c.charCodeAt(0));

/** Whether JSON text nests arrays and objects deeper than `max` (strings skipped; multi-byte UTF-8 never holds these bytes). */
export function nestsDeeperThan(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

/** Significant digits a JSON number may have: a double keeps 15 decimal digits exactly, a 16th or 17th is guessed. */
export const MAX_JSON_NUMBER_DIGITS = 15;

/** The rule of a JSON number JSON.parse would round (docs/integrators.md#numbers). */
export const NUMBER_INEXACT = 'NUMBER_INEXACT';

/** Why a JSON number token would not survive JSON.parse as written, or null when it does. */
export function inexactNumber(token: string): string | null {
  const match = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(token);
  if (!match) return null; // not a number: JSON.parse's to refuse
  const [, whole, fraction, exponent] = match;
  const value = Number(token);
  if (fraction === undefined && exponent === undefined) {
    return Number.isSafeInteger(value) ? null : `is an integer beyond ${Number.MAX_SAFE_INTEGER}, which cannot be read exactly; send it as a string`;
  }
  const digits = `${whole}${fraction ?? ''}`.replace(/^0+/, '').replace(/0+$/, '');
  if (!Number.isFinite(value) || (value === 0 && digits !== '')) return 'is beyond what a JSON number can hold; send it as a string';
  if (digits.length > MAX_JSON_NUMBER_DIGITS) return `has more than ${MAX_JSON_NUMBER_DIGITS} significant digits and would be rounded; send it as a string`;
  return null;
}

const [COLON, COMMA, MINUS] = [':', ',', '-'].map((c) => c.charCodeAt(0));
const NUMBER_BYTE = /[0-9eE.+-]/;

/** Where a number sits in the body, as field paths are written (variables.items[1].area). */
function pathOf(stack: Array<{ key: string | null; index: number }>): string {
  return stack.map((frame, i) => (frame.key === null ? `[${frame.index}]` : i === 0 ? frame.key : `.${frame.key}`)).join('') || 'body';
}

/**
 * The first JSON number of a request body that JSON.parse would silently round (more than 15 significant
 * digits, an integer beyond Number.MAX_SAFE_INTEGER, beyond a double's range), with its path; null when none.
 * One pass over the bytes, strings skipped, before JSON.parse sees them.
 */
export function firstInexactNumber(bytes: Uint8Array): { path: string; message: string } | null {
  const stack: Array<{ key: string | null; index: number; isObject: boolean }> = [];
  let keyStart = -1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      const start = i;
      for (i++; i < bytes.length && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
      const top = stack[stack.length - 1];
      if (top?.isObject && keyStart === -2) {
        try {
          top.key = JSON.parse(Buffer.from(bytes.subarray(start, i + 1)).toString('utf8')) as string;
        } catch {
          top.key = '?';
        }
        keyStart = -1;
      }
    } else if (byte === OPEN_OBJECT) {
      stack.push({ key: '', index: 0, isObject: true });
      keyStart = -2;
    } else if (byte === OPEN_ARRAY) {
      stack.push({ key: null, index: 0, isObject: false });
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      stack.pop();
    } else if (byte === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.isObject) keyStart = -2;
      else if (top) top.index++;
    } else if (byte === COLON) {
      keyStart = -1;
    } else if ((byte >= 0x30 && byte <= 0x39) || byte === MINUS) {
      const start = i;
      while (i + 1 < bytes.length && NUMBER_BYTE.test(String.fromCharCode(bytes[i + 1]))) i++;
      const message = inexactNumber(Buffer.from(bytes.subarray(start, i + 1)).toString('latin1'));
      if (message) return { path: pathOf(stack), message };
    }
  }
  return null;
}

/** A JSON text refused before JSON.parse reads it: its words, and for a number it would round, the field that holds it. */
export interface JsonTextProblem {
  message: string;
  fieldErrors?: Array<{ field: string; rule: string; message: string }>;
}

/**
 * What is refused of any JSON text a request carries (a body, a GET's variables, an export's filter): nesting past
 * MAX_JSON_NESTING, and a number JSON.parse would round (NUMBER_INEXACT), named by its path under `prefix`.
 */
export function jsonTextProblem(bytes: Uint8Array, what: string, prefix = ''): JsonTextProblem | null {
  if (nestsDeeperThan(bytes, MAX_JSON_NESTING)) return { message: `${what} nests JSON deeper than ${MAX_JSON_NESTING} levels` };
  const inexact = firstInexactNumber(bytes);
  if (!inexact) return null;
  const field = prefix ? `${prefix}.${inexact.path}` : inexact.path;
  return { message: `The JSON number at ${field} ${inexact.message}`, fieldErrors: [{ field, rule: NUMBER_INEXACT, message: inexact.message }] };
}

/**
 * Most a GraphQL request without a token may send: a sign-in or a public read is a few kilobytes; only a signed-in
 * person or a token sends a file (an import, a material) in base64, up to MAX_BODY_BYTES.
 */
export const ANONYMOUS_BODY_BYTES = 64 * 1024;

/** Whether a request's body may be longer than `bytes`: it says a longer length, or comes in chunks of no stated length. */
export function bodyMayExceed(req: { headers: IncomingHttpHeaders }, bytes: number): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > bytes;
}

/** express.json with the body size limit and jsonTextProblem's refusals: HTTP 400 either way. */
export function jsonBody(limitBytes: number): RequestHandler {
  return express.json({
    limit: limitBytes,
    verify: (_req, _res, bytes) => {
      const problem = jsonTextProblem(bytes, 'The request body');
      if (problem) {
        throw Object.assign(new Error(problem.message), { status: 400, type: problem.fieldErrors ? 'entity.number.inexact' : 'entity.too.deep', fieldErrors: problem.fieldErrors });
      }
    },
  });
}
