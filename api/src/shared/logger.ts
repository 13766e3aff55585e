/**
 * JSON-line logger. It never receives GraphQL variables or request bodies; as a second line of defence it
 * masks anything shaped like a citizen ID number or a mobile phone before writing (personal data, never logged).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';
const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

const ID_NUMBER = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g;
const MOBILE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;

export function scrubPersonalData(text: string): string {
  return text.replace(ID_NUMBER, '[id-number]').replace(MOBILE, '[phone]');
}

/** The id the server gave the request being served (ours, never the client's), carried by async context. */
const requestIds = new AsyncLocalStorage<string>();

/** Runs `fn` so that every line logged from it, however deep, names `requestId`. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return requestIds.run(requestId, fn);
}

export interface Logger {
  error(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  debug(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>, event: string, fields: Record<string, unknown> = {}) => {
    if (RANK[at] > RANK[level]) return;
    // pid: with WORKERS > 1 several processes write to one stdout
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, pid: process.pid, requestId: requestIds.getStore(), event, ...fields });
    write(scrubPersonalData(line) + '\n');
  };
  return {
    error: (event, fields) => emit('error', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    info: (event, fields) => emit('info', event, fields),
    debug: (event, fields) => emit('debug', event, fields),
  };
}
