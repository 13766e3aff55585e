import pino from 'pino';

/**
 * JSON-line logger on pino. It never receives GraphQL variables or request bodies; as a second line of defence
 * its one destination masks anything shaped like a citizen ID number or a mobile phone in every serialized line
 * before writing (personal data, never logged).
 */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

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

function wrap(logger: pino.Logger): Logger {
  return {
    error: (event, fields) => logger.error(fields ?? {}, event),
    warn: (event, fields) => logger.warn(fields ?? {}, event),
    info: (event, fields) => logger.info(fields ?? {}, event),
    debug: (event, fields) => logger.debug(fields ?? {}, event),
    child: (fields) => wrap(logger.child(fields)),
  };
}

/** `write` receives each whole line (newline included), already scrubbed: pino writes only through it. */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line),
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
