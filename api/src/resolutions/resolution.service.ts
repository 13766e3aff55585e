import { recordAudit } from '../audit/audit.service';
import { assertJurisdiction, loadInJurisdiction, jurisdictionScope } from '../estates/jurisdiction';
import { Estate } from '../estates/estate.entity';
import { RequestContext, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { findList, ListResult } from '../shared/list';
import { Lifecycle, moveRecord } from '../filings/lifecycle';
import { Resolution, ResolutionPhase } from './resolution.entity';
import { ResolutionInput, ResolutionListOptions, ResolutionVotingPeriodInput } from './resolution.inputs';
import { ResolutionAction, RESOLUTION_TRANSITIONS } from './resolution-phases';
import { resolutionTallyOf, storeResolutionResult } from '../elections/tally.service';
import { resolutionVote, voteRecords } from '../elections/records/vote-record.service';
import { Matter } from '../elections/thresholds';
import { todayInChina } from '../shared/iso-date';
import { AnnouncedPeriod, announcementProblems, endProblem, PeriodFields, periodEditProblems, startProblem } from '../elections/announced-period';
import { ElectionPhase } from '../elections/election-phases';
import { everyoneVoted, outsidePeriod } from '../elections/voting-period.guard';
import { insertReturning, lockVersion, saveVersion } from '../shared/versioned';
import { RuleProblem } from '../shared/rule-violation';

export { ResolutionAction, RESOLUTION_TRANSITIONS };

/** Every phase change of a resolution goes through here (docs/roles-and-workflows.md#resolutions). */
export const RESOLUTION_LIFECYCLE: Lifecycle<Resolution, ResolutionPhase, ResolutionAction> = {
  entity: Resolution,
  stateField: 'phase',
  table: RESOLUTION_TRANSITIONS,
  auditName: 'resolution',
  authorize: (ctx, resolution) => assertJurisdiction(ctx, resolution.estateId),
  // the announced period is kept, not just printed (docs/domain-rules.md#voting-period)
  guard: async (ctx, { row, action }) => {
    const period = periodOf(row);
    const today = todayInChina();
    const problem =
      action === ResolutionAction.OPEN_VOTING ? startProblem(ElectionPhase.VOTING, period, today) : endProblem(ElectionPhase.VOTING, period, today, await everyoneVoted(ctx, resolutionVote(row)));
    if (problem) throw outsidePeriod('Resolution', row.id, row.phase, `moved by ${action}`, problem, period);
  },
  onEnter: {
    // the roll of this vote is the live roll as it stands now, and stays so (docs/domain-rules.md#vote-record)
    [ResolutionPhase.VOTING]: async (ctx, resolution) => {
      await voteRecords.fixRoll(ctx, resolutionVote(resolution));
    },
    // closing counts once, stores the result and seals the record: a resolution has no certification after it
    [ResolutionPhase.CLOSED]: async (ctx, resolution) => {
      await storeResolutionResult(ctx, resolution);
      await voteRecords.seal(ctx, resolutionVote(resolution));
      return { outcome: await resolutionTallyOf(ctx, resolution) };
    },
  },
};

const periodOf = (resolution: Pick<Resolution, 'votingStartsOn' | 'votingEndsOn'>): AnnouncedPeriod => ({
  startsOn: resolution.votingStartsOn,
  endsOn: resolution.votingEndsOn,
});

/** A resolution's voting period is two input fields: each problem of it is reported on the day that is wrong. */
const VOTING_PERIOD_FIELDS: PeriodFields = { startsOn: 'votingStartsOn', endsOn: 'votingEndsOn' };

/** Pure rules' problems as field errors, each on the input field it names. */
const badFields = (problems: readonly RuleProblem[]) => fail.badInput(problems.map((p) => ({ field: p.subject ?? 'votingEndsOn', rule: p.rule, message: p.message, args: p.args })));

/** General resolutions of the owners' assembly (Civil Code Art. 278), decided by the election tally engine. */
export class ResolutionService {
  async list(ctx: RequestContext, options: ResolutionListOptions | undefined, wantTotal: boolean): Promise<ListResult<Resolution>> {
    return findList(
      ctx,
      {
        entity: Resolution,
        alias: 'r',
        defaultSort: 'id',
        filters: {
          estateId: { op: 'eq', column: 'r.estateId', id: true },
          phase: { op: 'enum', column: 'r.phase', values: ResolutionPhase },
          matter: { op: 'enum', column: 'r.matter', values: Matter },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'r.estateId') },
    );
  }

  get(ctx: RequestContext, id: number): Promise<Resolution> {
    return loadInJurisdiction(ctx, Resolution, id);
  }

  async create(ctx: RequestContext, input: ResolutionInput): Promise<Resolution> {
    const estateId = toId(input.estateId, 'estateId');
    if (!(await ctx.loaders.byId(Estate).load(estateId))) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, estateId);
    // a period announced with the vote: 15 days ahead, within a year (docs/domain-rules.md#voting-period)
    const announced = announcementProblems(ElectionPhase.VOTING, { startsOn: input.votingStartsOn ?? null, endsOn: input.votingEndsOn ?? null }, todayInChina(), VOTING_PERIOD_FIELDS);
    if (announced.length) throw badFields(announced);
    return withTransaction(ctx, async (ctx) => {
      const created = await insertReturning(ctx, Resolution, {
        estateId,
        matter: input.matter,
        title: input.title.trim(),
        description: input.description.trim(),
        phase: ResolutionPhase.DRAFT,
        deemedVotes: input.deemedVotes,
        votingStartsOn: input.votingStartsOn ?? null,
        votingEndsOn: input.votingEndsOn ?? null,
        createdById: ctx.principal?.id ?? null,
      });
      await recordAudit(ctx, { action: 'resolution.create', entityType: 'Resolution', entityId: created.id, after: created });
      return created;
    });
  }

  /**
   * Announcing the voting period, for the first time or anew (the officer who is late, or who extends an open vote):
   * the only edit of a resolution. Before the vote opens the days move as a new call of the assembly allows (15 days
   * ahead unless the days still to come are kept: announced-period.ts); once open the first day stays and the last is
   * only extended, while the period runs; once closed nothing changes (docs/roles-and-workflows.md#resolutions).
   */
  async updateVotingPeriod(ctx: RequestContext, id: number, version: number, input: ResolutionVotingPeriodInput): Promise<Resolution> {
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, Resolution, id, version, (row) => assertJurisdiction(ctx, row.estateId));
      if (row.phase === ResolutionPhase.CLOSED) throw fail.invalidTransition('Resolution', id, row.phase, 'given a new voting period: the vote is closed', { rule: 'VOTE_CLOSED' });
      const next: AnnouncedPeriod = { startsOn: input.votingStartsOn ?? null, endsOn: input.votingEndsOn ?? null };
      const opened = row.phase === ResolutionPhase.VOTING;
      const problems = periodEditProblems(ElectionPhase.VOTING, periodOf(row), next, opened, todayInChina(), VOTING_PERIOD_FIELDS);
      if (opened && next.startsOn !== row.votingStartsOn) {
        problems.unshift({ rule: 'PHASE_STARTED', subject: 'votingStartsOn', message: `voting opened: its first day stays ${row.votingStartsOn ?? '—'}`, args: row.votingStartsOn ? { startsOn: row.votingStartsOn } : undefined });
      }
      if (problems.length) throw badFields(problems);
      const updated = await saveVersion(ctx, Resolution, row, { votingStartsOn: next.startsOn, votingEndsOn: next.endsOn });
      await recordAudit(ctx, { action: 'resolution.update', entityType: 'Resolution', entityId: id, before: row, after: updated });
      return updated;
    });
  }

  /** Closing the vote freezes the tally into the record: what was decided stays as it was decided. */
  move(ctx: RequestContext, id: number, version: number, action: ResolutionAction): Promise<Resolution> {
    return moveRecord(ctx, RESOLUTION_LIFECYCLE, id, version, action, undefined);
  }
}

export const resolutionService = new ResolutionService();
