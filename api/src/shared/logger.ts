/**
 * JSON-line logger. It never receives GraphQL variables or request bodies; as a second line of defence it
 * masks anything shaped like a citizen ID number or a mobile phone before writing (personal data, never logged).
 */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';
const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

const ID_NUMBER = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g;
const MOBILE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;

export function scrubPersonalData(text: string): string {
  return text.replace(ID_NUMBER, '[id-number]').replace(MOBILE, '[phone]');
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

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line),
  base: Record<string, unknown> = {},
): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>, event: string, fields: Record<string, unknown> = {}) => {
    if (RANK[at] > RANK[level]) return;
    // pid: with WORKERS > 1 several processes write to one stdout
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, pid: process.pid, ...base, event, ...fields });
    write(scrubPersonalData(line) + '\n');
  };
  return {
    error: (event, fields) => emit('error', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    info: (event, fields) => emit('info', event, fields),
    debug: (event, fields) => emit('debug', event, fields),
    child: (fields) => createLogger(level, write, { ...base, ...fields }),
  };
}
