/**
 * Set once the process has begun to stop (SIGINT, SIGTERM). A Ctrl-C in a terminal reaches the embedded PostgreSQL
 * too, which ends every connection at once: a connection lost then is the stop itself, not a fault worth a warning.
 */
let stopping = false;

export function markStopping(): void {
  stopping = true;
}

export function isStopping(): boolean {
  return stopping;
}

/** PostgreSQL's admin_shutdown: the server was told to stop (a fast shutdown, a terminal's Ctrl-C). */
const ADMIN_SHUTDOWN = '57P01';

/** A lost connection that is only the process's own stop. */
export function lostToOwnStop(error: Error): boolean {
  return stopping && ((error as { code?: string }).code === ADMIN_SHUTDOWN || /Connection terminated/i.test(error.message));
}

/**
 * How long a lost connection waits before it is reported: a terminal's Ctrl-C reaches PostgreSQL and this process at
 * once, and PostgreSQL's goodbye on a socket may be read before this process's own SIGINT handler has run.
 */
const STOP_WINDOW_MS = 250;

/** Calls `report` for a lost connection unless it is, or turns out within a moment to be, the process's own stop. */
export function unlessOwnStop(error: Error, report: () => void): void {
  if (lostToOwnStop(error)) return;
  setTimeout(() => {
    if (!lostToOwnStop(error)) report();
  }, STOP_WINDOW_MS).unref();
}
