import { fail, isAppError } from '../shared/errors';
import { Principal } from './principal';
import { fingerprint, TableVersions } from '../shared/table-versions';

/**
 * A token answered from the token cache before its check (docs/architecture.md#response-cache). A signed-in person's
 * session is checked by the versions of the tables behind it: still those it was cached under. A compiled read carries
 * that version read in its own statement (offer); anything else, and every answer, waits for settle(), which reads the
 * versions itself when nobody offered them, and looks the token up again when they moved. An integrator's token is
 * looked up, and its request counted against its limit, by a statement sent beside the request's reads
 * (`SessionCheck.beside`): settle() waits for it.
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
    /** the token looked up afresh (refusing a revoked, expired or disabled one), held from now on under the versions read with it */
    private readonly recheck: (current: string) => Promise<Principal>,
    /** hands versions read with the request's data to the request, which then reads them no more */
    private readonly provide: (versions: TableVersions) => void = () => undefined,
    /** the token's lookup already sent beside the request's reads, which settles the check alone */
    private readonly lookup: Promise<{ principal: Principal; versions: TableVersions | null }> | null = null,
  ) {}

  /** An integrator's held token whose lookup (which counts the request) runs beside the request's reads. */
  static beside(principal: Principal, lookup: Promise<{ principal: Principal; versions: TableVersions | null }>): SessionCheck {
    // settled, or not, by settle(): never an unhandled rejection
    lookup.catch(() => undefined);
    return new SessionCheck(principal, '', [], () => Promise.resolve(new Map()), () => lookup.then((found) => found.principal), undefined, lookup);
  }

  /** With a lookup beside the read, the versions it read (refused, `read()`'s) for the request, which then reads none of its own. */
  versionsBeside(read: () => Promise<TableVersions>): Promise<TableVersions> | null {
    return this.lookup ? this.lookup.then((found) => found.versions ?? read(), read) : null;
  }

  /** True until the versions were seen unchanged or the token was looked up again. */
  get pending(): boolean {
    return !this.confirmed;
  }

  /** Whether a compiled read should carry the version read in its statement (a lookup beside it reads them itself). */
  get wantsVersions(): boolean {
    return !this.confirmed && this.lookup === null;
  }

  /** Versions read with the request's data: unchanged, they confirm the session at once. */
  offer(versions: TableVersions): void {
    this.provide(versions);
    if (!this.confirmed && this.lookup === null && fingerprint(versions, this.tables) === this.heldFingerprint) this.confirmed = true;
  }

  /** Resolves once the token is confirmed; UNAUTHENTICATED (401) when it is no longer the one the request ran as, RATE_LIMITED (429) over an integrator's limit. */
  settle(): Promise<void> {
    if (this.confirmed) return Promise.resolve();
    return (this.settling ??= this.confirm());
  }

  private async confirm(): Promise<void> {
    if (this.lookup) return this.confirmAs((await this.lookup.catch(refusal)).principal);
    const current = fingerprint(await this.versions(), this.tables);
    if (current === this.heldFingerprint) {
      this.confirmed = true;
      return;
    }
    this.confirmAs(await this.recheck(current).catch(refusal));
  }

  private confirmAs(fresh: Principal): void {
    // the answer was computed for the cached principal: a changed role or scope makes it someone else's
    if (!sameAccess(fresh, this.principal)) throw fail.unauthenticated('Your account changed while you were signed in; sign in again').withHttpStatus();
    this.confirmed = true;
  }
}

/** A refusal of the token's lookup, with its HTTP status (401, or 429 over an integrator's limit). */
function refusal(error: unknown): never {
  throw isAppError(error) ? error.withHttpStatus() : error;
}

/** What decides what a caller may see and do (a display name does not). */
export function sameAccess(a: Principal, b: Principal): boolean {
  return (
    a.kind === b.kind && a.id === b.id && a.role === b.role && a.tokenId === b.tokenId && !!a.mustChangePassword === !!b.mustChangePassword &&
    a.scopes.length === b.scopes.length && a.scopes.every((scope, i) => scope === b.scopes[i])
  );
}
