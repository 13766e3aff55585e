import type { RequestContext } from '../request/context';
import { isAppError } from '../shared/errors';
import { ChangeEntityType, ChangeEventRow, readChanges } from './change-feed';
import type { FeedSignal } from './feed-signal';

/** What a live subscription needs from the process: the signal, and a fresh context for its caller each time. */
export interface LiveFeedDeps {
  signal: FeedSignal;
  /** the caller's context, authenticated again (an expired or revoked token throws UNAUTHENTICATED) */
  reauthenticate: () => Promise<RequestContext>;
  pageSize: number;
  /** at least this often the token is checked again, even when nothing changes */
  recheckMs: number;
  /** called once when the stream ends, however it ends */
  onClose: () => void;
}

/** The stream hands a refusal to the field's resolver, which raises it: the client gets it as a GraphQL error. */
export class FeedStreamEnd {
  constructor(readonly error: Error) {}
}

/**
 * The events after `after` of `types` (all the caller may read when empty), read with `changes`' own rules
 * (readChanges: scope, jurisdiction, pruning): first every kept one, then each new one as it commits. Before
 * each read the caller's token is checked again, so a revoked or expired one ends the stream with its error.
 * Written as an iterator rather than an async generator so that return() (the client left) ends a wait at once.
 */
export class LiveFeedStream implements AsyncIterableIterator<ChangeEventRow | FeedStreamEnd> {
  private buffer: ChangeEventRow[] = [];
  private caughtUp = false;
  private ending: FeedStreamEnd | null = null;
  private closed = false;
  private readonly abort = new AbortController();

  constructor(
    private after: number,
    private readonly types: ChangeEntityType[] | undefined,
    private readonly deps: LiveFeedDeps,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The first read, before the stream opens: a refusal (scope, a pruned position) is then an answer, not an event. */
  async start(): Promise<this> {
    try {
      await this.read();
    } catch (error) {
      this.close();
      throw error;
    }
    return this;
  }

  private async read(): Promise<void> {
    const ctx = await this.deps.reauthenticate();
    const page = await readChanges(ctx, this.after, this.types, this.deps.pageSize);
    this.buffer.push(...page.items);
    this.caughtUp = page.items.length < this.deps.pageSize;
    this.after = page.nextAfter;
  }

  async next(): Promise<IteratorResult<ChangeEventRow | FeedStreamEnd>> {
    while (!this.closed) {
      const event = this.buffer.shift();
      if (event) return { value: event, done: false };
      if (this.ending) {
        const ending = this.ending;
        this.close();
        return { value: ending, done: false };
      }
      if (this.caughtUp) {
        await this.wait();
        this.caughtUp = false;
        // a server shutting down completes its streams: the clients resume elsewhere from their last position
        if (this.deps.signal.isStopped) this.close();
        if (this.closed) break;
      }
      try {
        await this.read();
      } catch (error) {
        if (!isAppError(error) || this.closed) throw error;
        this.ending = new FeedStreamEnd(error);
      }
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<ChangeEventRow | FeedStreamEnd>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ChangeEventRow | FeedStreamEnd>> {
    this.close();
    throw error;
  }

  /** Until a change after the last position read, the re-check time, or the end. */
  private async wait(): Promise<void> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.deps.recheckMs);
    try {
      await this.deps.signal.changedAfter(this.after, AbortSignal.any([this.abort.signal, timeout.signal]));
    } finally {
      clearTimeout(timer);
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.deps.onClose();
  }
}
