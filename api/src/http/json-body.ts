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

/** express.json with the body size limit, refusing deep nesting before JSON.parse sees it (HTTP 400). */
export function jsonBody(limitBytes: number): RequestHandler {
  return express.json({
    limit: limitBytes,
    verify: (_req, _res, bytes) => {
      if (nestsDeeperThan(bytes, MAX_JSON_NESTING)) {
        throw Object.assign(new Error(`The request body nests JSON deeper than ${MAX_JSON_NESTING} levels`), { status: 400, type: 'entity.too.deep' });
      }
    },
  });
}
