import type { RequestContext } from '../request/context';
import { User } from './user.entity';

/**
 * The name of who proposed or decided a proposal, as the console shows it (people check each other by name, not by id);
 * here, in accounts/, so that filings/ (the proposals' machinery) needs nothing of accounts/.
 */
export async function officerName(ctx: RequestContext, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  return (await ctx.loaders.byId(User).load(userId))?.displayName ?? null;
}

