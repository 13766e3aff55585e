import { fail } from './errors';

/**
 * One caller's share of work done on the event loop: documents laid out (PDFs, sheets) and imported files parsed and
 * checked, where one caller holding many requests open (distinct receipts, say, or one file sent twenty times) would
 * slow everyone's (attacker rounds 5 and 13). At most `perCaller` of a caller's are in progress at once; one more is
 * RATE_LIMITED with a second to wait. A caller is the signed-in person or token, or the client address when anonymous.
 */
export class CallerShare {
  private readonly inProgress = new Map<string, number>();

  constructor(
    readonly perCaller: number,
    /** what is in progress, for the refusal: "documents being made" */
    readonly what = 'documents being made',
    readonly retryAfterSeconds = 1,
  ) {}

  /** Takes a place for `caller`, or refuses; the returned function gives it back (once). */
  enter(caller: string): () => void {
    const taken = this.inProgress.get(caller) ?? 0;
    if (taken >= this.perCaller) throw fail.rateLimited(`${taken} of your ${this.what} at once; ask again when one is done`, this.retryAfterSeconds);
    this.inProgress.set(caller, taken + 1);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const left = (this.inProgress.get(caller) ?? 1) - 1;
      if (left > 0) this.inProgress.set(caller, left);
      else this.inProgress.delete(caller);
    };
  }

  /** Callers with a document in progress (for tests). */
  get callers(): number {
    return this.inProgress.size;
  }
}
