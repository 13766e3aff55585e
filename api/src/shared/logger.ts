import fs from 'node:fs';
import pino from 'pino';
import { labelPersonalDataIn, MAY_HOLD_NUMBER } from './personal-shapes';

/**
 * JSON-line logger on pino. It never receives GraphQL variables or request bodies; as a second line of defence
 * its one destination masks anything shaped like a citizen ID number or a mobile phone in every serialized line
 * before writing (personal data, never logged).
 */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

const LABELS = { idNumber: '[id-number]', phone: '[phone]' };
/** A bare number replaced by a label becomes a string: the line stays JSON (attacker round 6: `"ms":[phone]`). */
const QUOTED_LABELS = { idNumber: '"[id-number]"', phone: '"[phone]"' };
/** The JSON strings of a serialized line (escapes included); what lies between them is keys' colons, numbers and punctuation. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/**
 * The shapes of shared/personal-shapes.ts (one definition of what looks personal), replaced whole in a log line:
 * inside a string by a label, a bare number by the label as a string.
 */
export function scrubPersonalData(line: string): string {
  if (!MAY_HOLD_NUMBER.test(line)) return line;
  let out = '';
  let at = 0;
  for (const string of line.matchAll(JSON_STRING)) {
    out += labelPersonalDataIn(line.slice(at, string.index), QUOTED_LABELS) + labelledString(string[0]);
    at = string.index + string[0].length;
  }
  return out + labelPersonalDataIn(line.slice(at), QUOTED_LABELS);
}

/** A JSON string labelled as its reader sees it: escaped, "137\\n0017\\n0979" is a phone written over three lines. */
function labelledString(json: string): string {
  if (!json.includes('\\')) return labelPersonalDataIn(json, LABELS);
  let text: string;
  try {
    text = JSON.parse(json) as string;
  } catch {
    return labelPersonalDataIn(json, LABELS); // not a whole JSON string (a line cut short): as written
  }
  const labelled = labelPersonalDataIn(text, LABELS);
  return labelled === text ? json : JSON.stringify(labelled);
}

export interface Logger {
  error(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  debug(event: string, fields?: Record<string, unknown>): void;
  /**
   * A logger whose every line also carries `fields`: the server gives each request one naming its id
   * (`ctx.log`), passed along with the request instead of through async context, which costs every promise.
   */
  child(fields: Record<string, unknown>): Logger;
}

function wrap(logger: pino.Logger): Logger {
  return {
    error: (event, fields) => logger.error(fields ?? {}, event),
    warn: (event, fields) => logger.warn(fields ?? {}, event),
    info: (event, fields) => logger.info(fields ?? {}, event),
    debug: (event, fields) => logger.debug(fields ?? {}, event),
    child: (fields) => wrap(logger.child(fields)),
  };
}

/**
 * Lines for stdout written together: the first waits at most `flushMs` for others (one write for many requests'
 * lines under load, where a write per line cost a system call per request), and whatever waits is written
 * synchronously when the process exits (a crash included; only a SIGKILL loses the last `flushMs`).
 */
export function batchedStdout(
  flushMs = 25,
  maxBytes = 64 * 1024,
  out: { write(text: string): void; writeSync(text: string): void; onExit(flush: () => void): void } = {
    write: (text) => process.stdout.write(text),
    writeSync: (text) => fs.writeSync(process.stdout.fd, text),
    onExit: (flush) => process.once('exit', flush),
  },
): (line: string) => void {
  let pending: string[] = [];
  let bytes = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    bytes = 0;
    out.write(text);
  };
  out.onExit(() => {
    if (pending.length) out.writeSync(pending.join(''));
    pending = [];
  });
  return (line) => {
    pending.push(line);
    bytes += line.length;
    if (bytes >= maxBytes) flush();
    else timer ??= setTimeout(flush, flushMs).unref();
  };
}

/** `write` receives each whole line (newline included), already scrubbed: pino writes only through it. */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = batchedStdout(),
  base: Record<string, unknown> = {},
): Logger {
  const destination = { write: (line: string) => write(scrubPersonalData(line)) };
  const logger = pino(
    {
      level,
      messageKey: 'event',
      // pid: with WORKERS > 1 several processes write to one stdout; no hostname, as before
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return wrap(Object.keys(base).length ? logger.child(base) : logger);
}
