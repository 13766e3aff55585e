import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { Resolution, ResolutionPhase } from './resolution.entity';

/** Whether a resolution's vote closed with the owners' consent (its frozen tally says PASSED). */
export function hasPassed(resolution: Pick<Resolution, 'phase' | 'outcome'>): boolean {
  const outcome = resolution.outcome as { outcome?: unknown } | null;
  return resolution.phase === ResolutionPhase.CLOSED && outcome?.outcome === 'PASSED';
}

/**
 * The owners' decision another record relies on (a fee that funds repairs, spending above the committee's
 * limit): a resolution of the same estate whose vote passed, else BAD_USER_INPUT on `field`.
 */
export async function passedResolutionOf(ctx: RequestContext, resolutionId: number, estateId: number, field: string): Promise<Resolution> {
  const resolution = await ctx.em.findOneBy(Resolution, { id: resolutionId });
  if (!resolution || resolution.estateId !== estateId) {
    throw fail.badField(field, 'RESOLUTION_OF_ANOTHER_ESTATE', 'must be a resolution of this estate’s owners');
  }
  if (!hasPassed(resolution)) throw fail.badField(field, 'RESOLUTION_NOT_PASSED', 'the owners’ vote on this resolution has not passed');
  return resolution;
}
