import { inJurisdiction } from '../estates/jurisdiction';
import { VisibilityRule } from '../auth/personal-data';
import { Role } from '../request/principal';

/** Owners' ID numbers and phones: in full only to officers whose jurisdiction holds the estate. */
export const ownerDataVisibleTo: VisibilityRule = (ctx, owner: { estateId: number }) =>
  ctx.principal?.kind === 'user' && ctx.principal.role === Role.OFFICER && inJurisdiction(ctx, owner.estateId);
