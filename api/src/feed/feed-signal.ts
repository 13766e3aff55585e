import { unlessOwnStop } from '../shared/process-stopping';
import pg from 'pg';
import type { Logger } from '../shared/logger';

/**
 * One per API process: a dedicated PostgreSQL connection that LISTENs on `change_feed` (sent at commit by the
 * feed's head trigger, migrations/1764800200000-change-feed-notify.ts) and wakes the process's live
 * subscribers, whichever process wrote the change. A poll of the head every `pollMs` covers a notification
 * lost while the connection was down. The same connection holds the subscription slots of the tokens
 * (session advisory locks), so a process that dies gives its slots back with its connection.
 */
export class FeedSignal {
  /** the highest committed position this process has heard of */
  private head = 0;
  private waiters = new Set<{ beyond: number; wake: () => void }>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private poller: NodeJS.Timeout | null = null;
  private stopped = false;
  /** slots this process holds, per token: advisory locks are re-entrant within a session, so count them here */
  private slots = new Map<number, Set<number>>();
  private slotQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly databaseUrl: string,
    private readonly pollMs: number,
    private readonly log: Logger,
    private readonly readHead: () => Promise<number>,
  ) {}

  async start(): Promise<void> {
    this.head = await this.readHead();
    await this.connect().catch((error: Error) => this.log.warn('changeFeed.listen.failed', { name: error.name }));
    this.poller = setInterval(() => void this.poll(), this.pollMs);
    this.poller.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poller) clearInterval(this.poller);
    for (const waiter of this.waiters) waiter.wake();
    this.waiters.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** The process is shutting down: streams end instead of waiting again. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Resolves once a position after `position` is known to be committed, or when `signal` aborts. */
  changedAfter(position: number, signal: AbortSignal): Promise<void> {
    if (this.head > position || signal.aborted || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        beyond: position,
        wake: () => {
          this.waiters.delete(waiter);
          signal.removeEventListener('abort', waiter.wake);
          resolve();
        },
      };
      this.waiters.add(waiter);
      signal.addEventListener('abort', waiter.wake, { once: true });
    });
  }

  /**
   * Takes one of the holder's `limit` subscription slots, counted across every process on the database; null
   * when all are taken. A holder is an integrator's token (its id) or a person across all their sessions (the
   * user's id, negated: sign-ins make new tokens). Without the listening connection the slot is counted in this
   * process only.
   */
  takeSlot(holder: number, limit: number): Promise<number | null> {
    // one at a time: the locks are re-entrant, so two takes of this process must not both try the same slot
    const taking = this.slotQueue.then(() => this.takeFreeSlot(holder, limit));
    this.slotQueue = taking.catch(() => undefined);
    return taking;
  }

  private async takeFreeSlot(holder: number, limit: number): Promise<number | null> {
    const mine = this.slots.get(holder) ?? new Set<number>();
    for (let slot = 0; slot < limit; slot++) {
      if (mine.has(slot)) continue;
      const free = this.client ? await this.tryLock(holder, slot) : true;
      if (!free) continue;
      mine.add(slot);
      this.slots.set(holder, mine);
      return slot;
    }
    return null;
  }

  async releaseSlot(holder: number, slot: number): Promise<void> {
    const mine = this.slots.get(holder);
    if (!mine?.delete(slot)) return;
    if (mine.size === 0) this.slots.delete(holder);
    await this.client?.query(`SELECT pg_advisory_unlock($1, $2)`, [holder, slotKey(slot)]).catch(() => undefined);
  }

  /** A lock on the listening connection; while that connection is being replaced, the slot counts here only. */
  private async tryLock(holder: number, slot: number): Promise<boolean> {
    try {
      const [row] = (await this.client!.query(`SELECT pg_try_advisory_lock($1, $2) AS ok`, [holder, slotKey(slot)])).rows;
      return row.ok === true;
    } catch {
      return true;
    }
  }

  private heard(position: number): void {
    if (!(position > this.head)) return;
    this.head = position;
    for (const waiter of [...this.waiters]) if (position > waiter.beyond) waiter.wake();
  }

  private async poll(): Promise<void> {
    try {
      this.heard(await this.readHead());
    } catch (error) {
      this.log.warn('changeFeed.poll.failed', { name: (error as Error).name });
    }
    if (!this.client && !this.stopped) await this.connect().catch(() => undefined);
  }

  private connect(): Promise<void> {
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'wuye-api-feed' });
      client.on('notification', (message) => this.heard(Number(message.payload)));
      // a lost connection is replaced at the next poll; its slots are re-taken there (best effort)
      client.on('error', (error) => {
        unlessOwnStop(error, () => this.log.warn('changeFeed.listen.lost', { name: error.name }));
        if (this.client === client) this.client = null;
        void client.end().catch(() => undefined);
      });
      try {
        await client.connect();
        await client.query('LISTEN change_feed');
        for (const [holder, slots] of this.slots) for (const slot of slots) await client.query(`SELECT pg_try_advisory_lock($1, $2)`, [holder, slotKey(slot)]);
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      if (this.stopped) {
        await client.end();
        return;
      }
      this.client = client;
      // changes committed while it was connecting
      this.heard(await this.readHead());
    })().finally(() => (this.connecting = null));
    return this.connecting;
  }
}

/** A slot's second key (the two-key form is a key space apart from the one-key locks on hashtext(...)). */
function slotKey(slot: number): number {
  return 0x46454544 + slot; // 'FEED'
}
