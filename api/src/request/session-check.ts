import { fail, isAppError } from '../shared/errors';
import { Principal } from './principal';
import { fingerprint, TableVersions } from '../shared/table-versions';

/**
 * A signed-in person's session answered from the token cache before its check (docs/architecture.md#response-cache):
 * the check is that the versions of the tables behind a session are still those it was cached under. A compiled
 * read carries that version read in its own statement (offer); anything else, and every answer, waits for
 * settle(), which reads the versions itself when nobody offered them, and looks the token up again when they moved.
 */
export class SessionCheck {
  private confirmed = false;
  private settling: Promise<void> | null = null;

  constructor(
    private readonly principal: Principal,
    /** the versions of `tables` the principal was cached under */
    private readonly heldFingerprint: string,
    private readonly tables: readonly string[],
    /** the request's table versions (read once per request, or the ones offered) */
    private readonly versions: () => Promise<TableVersions>,
    /** the token looked up afresh (refusing a revoked, expired or disabled one), cached under `current` */
    private readonly recheck: (current: string) => Promise<Principal>,
    /** hands versions read with the request's data to the request, which then reads them no more */
    private readonly provide: (versions: TableVersions) => void = () => undefined,
  ) {}

  /** True until the versions were seen unchanged or the token was looked up again. */
  get pending(): boolean {
    return !this.confirmed;
  }

  /** Versions read with the request's data: unchanged, they confirm the session at once. */
  offer(versions: TableVersions): void {
    this.provide(versions);
    if (!this.confirmed && fingerprint(versions, this.tables) === this.heldFingerprint) this.confirmed = true;
  }

  /** Resolves once the session is confirmed; UNAUTHENTICATED (401) when it is no longer the one the request ran as. */
  settle(): Promise<void> {
    if (this.confirmed) return Promise.resolve();
    return (this.settling ??= this.confirm());
  }

  private async confirm(): Promise<void> {
    const current = fingerprint(await this.versions(), this.tables);
    if (current === this.heldFingerprint) {
      this.confirmed = true;
      return;
    }
    const fresh = await this.recheck(current).catch((error: unknown) => {
      throw isAppError(error) ? error.withHttpStatus() : error;
    });
    // the answer was computed for the cached principal: a changed role or scope makes it someone else's
    if (!sameAccess(fresh, this.principal)) throw fail.unauthenticated('Your account changed while you were signed in; sign in again').withHttpStatus();
    this.confirmed = true;
  }
}

/** What decides what a caller may see and do (a display name does not). */
export function sameAccess(a: Principal, b: Principal): boolean {
  return a.kind === b.kind && a.id === b.id && a.role === b.role && a.tokenId === b.tokenId && a.scopes.length === b.scopes.length && a.scopes.every((scope, i) => scope === b.scopes[i]);
}
