/**
 * One read shared by every caller that asked before it was sent (docs/architecture.md#response-cache): a caller
 * never gets a read sent before it asked, so it sees everything committed before it asked, as a read of its own
 * would. While one read is in flight, the callers that come meanwhile wait for the next, which is sent as soon as
 * the one in flight returns: under load, one statement answers many requests; a caller alone waits for nobody.
 */
export class SharedRead<T> {
  private inFlight = false;
  private next: { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.inFlight) return this.send();
    // the read in flight may have been sent before this caller asked
    if (!this.next) {
      let resolve!: (value: T) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
      this.next = { promise, resolve, reject };
    }
    return this.next.promise;
  }

  private send(): Promise<T> {
    this.inFlight = true;
    let sent: Promise<T>;
    try {
      sent = this.read();
    } catch (error) {
      sent = Promise.reject(error);
    }
    const done = () => {
      this.inFlight = false;
      const waiting = this.next;
      this.next = null;
      if (waiting) this.send().then(waiting.resolve, waiting.reject);
    };
    sent.then(done, done);
    return sent;
  }
}
