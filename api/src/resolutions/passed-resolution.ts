import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { Resolution, ResolutionPhase } from './resolution.entity';
import { purposeProblem, ResolutionPurpose } from './resolution-purposes';

/** Whether a resolution's vote closed with the owners' consent (its frozen tally says PASSED). */
export function hasPassed(resolution: Pick<Resolution, 'phase' | 'outcome'>): boolean {
  const outcome = resolution.outcome as { outcome?: unknown } | null;
  return resolution.phase === ResolutionPhase.CLOSED && outcome?.outcome === 'PASSED';
}

/**
 * The owners' decision another record relies on (a fee that funds repairs, spending above the committee's
 * limit): a resolution of the same estate, of a matter that decides `purpose` (when given) (docs/domain-rules.md#resolution-purposes),
 * whose vote passed, else BAD_USER_INPUT on `field`.
 */
export async function passedResolutionOf(ctx: RequestContext, resolutionId: number, estateId: number, field: string, purpose: ResolutionPurpose | null): Promise<Resolution> {
  const resolution = await ctx.em.findOneBy(Resolution, { id: resolutionId });
  if (!resolution || resolution.estateId !== estateId) {
    throw fail.badField(field, 'RESOLUTION_OF_ANOTHER_ESTATE', 'must be a resolution of this estate’s owners');
  }
  const problem = purpose && purposeProblem(purpose, resolution.matter);
  if (problem) throw fail.problemAt(field, problem);
  if (!hasPassed(resolution)) throw fail.badField(field, 'RESOLUTION_NOT_PASSED', 'the owners’ vote on this resolution has not passed');
  return resolution;
}
