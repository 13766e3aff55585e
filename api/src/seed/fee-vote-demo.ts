import { EntityManager } from 'typeorm';
import { loadConfig } from '../config';
import { resolutionVote, voteRecords } from '../elections/records/vote-record.service';
import { contextOn } from '../request/context';
import { Role } from '../request/principal';
import { Resolution } from '../resolutions/resolution.entity';
import { ResolutionAction, resolutionService } from '../resolutions/resolution.service';
import type { Logger } from '../shared/logger';
import { demoVoteMoments } from './demo-vote-records';

/**
 * 龙庭小区's owners' vote on the fee (1.69 → 1.99 元/m²/月) closes as an officer would close it, through the
 * resolutions' own lifecycle (docs/roles-and-workflows.md#resolutions): the roll of the vote fixed, the ballots
 * counted on it, the result stored and sealed, the tally frozen into the resolution and the audit event written,
 * in the seed's transaction. Returns the frozen outcome, which the demo's repair fund relies on.
 */
export async function closeFeeVote(em: EntityManager, officer: { id: number; name: string }, resolutionId: number, log: Logger): Promise<string> {
  const ctx = contextOn(
    { principal: { kind: 'user', id: officer.id, name: officer.name, role: Role.OFFICER, scopes: [], tokenId: 0 }, config: loadConfig(), log, stats: { sqlStatements: 0 }, clientIp: 'seed' },
    em,
  );
  const resolution = await em.findOneByOrFail(Resolution, { id: resolutionId });
  // the roll was the live one when voting opened: the seed wrote it before the ballots and nothing moved since
  await voteRecords.fixRoll(ctx, resolutionVote(resolution), (await demoVoteMoments(em)('RESOLUTION', resolutionId)).rollFixedAt);
  const closed = await resolutionService.move(ctx, resolutionId, resolution.version, ResolutionAction.CLOSE_VOTING);
  const outcome = (closed.outcome as { outcome?: string } | null)?.outcome ?? 'NONE';
  if (outcome !== 'PASSED') throw new Error(`the demo's fee vote did not pass: ${outcome}`);
  return outcome;
}
