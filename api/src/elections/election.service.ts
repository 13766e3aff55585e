import { In, IsNull } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { assertJurisdiction, loadInJurisdiction, inJurisdiction, jurisdictionScope } from '../estates/jurisdiction';
import { admits, Policies } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import { RequestContext, withTransaction } from '../request/context';
import { AppError, ErrorCode, fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { dateInChina, IsoDate, todayInChina } from '../shared/iso-date';
import { CommitteeMember } from '../committees/committee-member.entity';
import { currentCommittee } from '../committees/committee.service';
import { electionVote, voteRecords } from './records/vote-record.service';
import { checkElectionSeats } from './election-seats';
import { findList, ListResult } from '../shared/list';
import { allowedActions } from '../filings/transitions';
import { Lifecycle, Move, moveRecord } from '../filings/lifecycle';
import { lockVersion, saveVersion } from '../shared/versioned';
import { ElectionPhaseDates } from './election-phase-dates.entity';
import { ELECTION_TRANSITIONS, ElectionAction, ElectionCancelReason, ElectionKind, ElectionPhase, FINAL_PHASES, moveNoteProblem } from './election-phases';
import { Election } from './election.entity';
import { ElectionInput, ElectionListOptions, ElectionUpdateInput, PhaseDatesInput } from './election.inputs';
import { checkElectionEdit, checkPhaseOrder, defaultVotedOn, ElectionEdit, PlannedPhase, plannedVotingDayProblem, StoredPhase, votedOnProblem, planFields, VotingDays } from './election-edits';
import { isPublicity, plannedPublicityProblem } from './publicity';
import { RuleProblem } from '../shared/rule-violation';
import { committeeFormation } from './certification';
import { electionTallyOf, storeElectionResult } from './tally.service';
import { estatePlaceFilters } from '../geography/place-filter';
import { announcementProblems, isAnnounced } from './announced-period';
import { outsidePeriod } from './voting-period.guard';
import { electionMoveFacts, periodHold, stateHold } from './election-move-holds';

const PHASE_ORDER = Object.values(ElectionPhase);

const toPlanned = (phases: PhaseDatesInput[]): PlannedPhase[] => phases.map((p) => ({ phase: p.phase, startsOn: p.startsOn ?? null, endsOn: p.endsOn ?? null }));

/** Pure rules' problems as field errors, each on the input field it names. */
function badFields(problems: readonly RuleProblem[]): AppError {
  return fail.badInput(problems.map((p) => ({ field: p.subject ?? 'phases', rule: p.rule, message: p.message, args: p.args })));
}

/** The plan of dates as stored, with the day (in China) each phase was last entered. */
async function storedPlan(ctx: RequestContext, electionId: number): Promise<StoredPhase[]> {
  const rows = await ctx.em.find(ElectionPhaseDates, { where: { electionId } });
  return rows.map((r) => ({ phase: r.phase, startsOn: r.startsOn, endsOn: r.endsOn, enteredOn: r.enteredAt ? dateInChina(new Date(r.enteredAt)) : null }));
}

async function writePhaseDates(ctx: RequestContext, electionId: number, phases: PhaseDatesInput[]): Promise<void> {
  for (const p of phases) {
    await ctx.em.query(
      `INSERT INTO election_phase (election_id, phase, starts_on, ends_on) VALUES ($1, $2, $3, $4)
       ON CONFLICT (election_id, phase) DO UPDATE SET starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
      [electionId, p.phase, p.startsOn ?? null, p.endsOn ?? null],
    );
  }
}

/** The plan of dates as stored, in phase order: what an audit event records before and after an edit (docs/architecture.md#audit-chain). */
async function auditedPlan(ctx: RequestContext, electionId: number): Promise<Array<{ phase: ElectionPhase; startsOn: string | null; endsOn: string | null }>> {
  const rows: Array<{ phase: ElectionPhase; starts_on: string | null; ends_on: string | null }> = await ctx.em.query(
    `SELECT phase, starts_on::text, ends_on::text FROM election_phase WHERE election_id = $1 AND (starts_on IS NOT NULL OR ends_on IS NOT NULL)`,
    [electionId],
  );
  return rows.sort((a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase)).map((r) => ({ phase: r.phase, startsOn: r.starts_on, endsOn: r.ends_on }));
}

/** The phase history: when the election entered each phase (beside the planned dates). */
export async function enterPhase(ctx: RequestContext, electionId: number, phase: ElectionPhase): Promise<void> {
  await ctx.em.query(
    `INSERT INTO election_phase (election_id, phase, entered_at) VALUES ($1, $2, now())
     ON CONFLICT (election_id, phase) DO UPDATE SET entered_at = now()`,
    [electionId, phase],
  );
}

async function guardMove(ctx: RequestContext, { row: election, action, input }: Move<Election, ElectionAction, ElectionMoveInput>): Promise<void> {
  // each refusal names its rule and figures, so the console can say in the user's words what to do next
  const refuse = (why: string, rule: string, figures: Record<string, unknown> = {}) => {
    throw fail.invalidTransition('Election', election.id, election.phase, `moved by ${action}: ${why}`, { rule, ...figures });
  };
  // the election's facts as availableActions reads them for a page (election-move-holds.ts): one rule, two callers
  const [facts] = await electionMoveFacts(ctx, [election.id]);
  const today = todayInChina();
  const held = stateHold(action, election, facts, today);
  if (held) refuse(held.message, held.rule, held.figures);
  if (action === ElectionAction.CERTIFY) await certifyChecks(ctx, election);
  if (action === ElectionAction.CANCEL && !input.cancelReason) throw fail.badField('cancelReason', 'REQUIRED', 'say why the election is cancelled');
  if (input.cancelReason !== null && action !== ElectionAction.CANCEL) throw fail.badField('cancelReason', 'ONLY_WHEN_CANCELLING', 'a reason for cancelling is given with CANCEL');
  const noteProblem = moveNoteProblem(action, input.cancelReason, input.note);
  if (noteProblem) throw fail.problemAt('note', noteProblem);
  const outside = periodHold(action, facts, today);
  if (outside?.period) throw outsidePeriod('Election', election.id, election.phase, `moved by ${action}`, outside, outside.period.days, outside.period.phase);
  if (input.votedOn !== null) {
    if (action !== ElectionAction.CLOSE_VOTING) throw fail.badField('votedOn', 'ONLY_WHEN_CLOSING', 'the voting day is recorded when the vote is closed');
    await checkVotedOn(ctx, election, input.votedOn);
  }
}

/** Certifying needs the quorum, a settled tie and a committee the elected can form (certification.ts): throws the refusal. */
async function certifyChecks(ctx: RequestContext, election: Election): Promise<void> {
  const tally = await electionTallyOf(ctx, election);
  if (!tally.quorum.met) throw fail.invalidTransition('Election', election.id, election.phase, `moved by ${ElectionAction.CERTIFY}: the quorum was not met`, { rule: 'NO_QUORUM' });
  // a tie is certified once the rules of procedure settled it for this count (docs/domain-rules.md#election-tally)
  const tie = tally.issues.find((i) => i.code === 'TIE_AT_LAST_SEAT' && !i.settled);
  if (tie) {
    const tied: Array<{ name: string }> = await ctx.em.query(
      `SELECT o.name FROM candidate c JOIN owner o ON o.id = c.owner_id WHERE c.id = ANY($1::int[]) ORDER BY o.name`,
      [(tie.candidateIds ?? []).map(Number)],
    );
    throw fail.invalidTransition('Election', election.id, election.phase, `moved by ${ElectionAction.CERTIFY}: ${tie.message}`, { rule: 'TIE_AT_LAST_SEAT', names: tied.map((t) => t.name) });
  }
  await committeeFormation.checkElected(ctx, election, tally.electedIds.map(Number));
}

/** Whether the certify checks pass: the refusal they would raise means no (an unexpected error still surfaces). */
async function certifiable(ctx: RequestContext, election: Election): Promise<boolean> {
  try {
    await certifyChecks(ctx, election);
    return true;
  } catch (e) {
    if (e instanceof AppError && e.code === ErrorCode.INVALID_TRANSITION) return false;
    throw e;
  }
}

/**
 * The moves each election offers this caller: the table's, for an officer of its subdistrict, less those its facts
 * refuse today (stateHold, periodHold; certifying also its tally). A move's input (a reason, a note) is the caller's
 * to give. One statement for a page of elections; a certifiable-looking one also reads its tally.
 */
async function offeredMoves(ctx: RequestContext, elections: readonly Election[]): Promise<ElectionAction[][]> {
  const facts = await electionMoveFacts(ctx, elections.map((e) => e.id));
  const today = todayInChina();
  return Promise.all(
    elections.map(async (election, i) => {
      const moves = allowedActions(ELECTION_TRANSITIONS, election.phase).filter((a) => !stateHold(a, election, facts[i], today) && !periodHold(a, facts[i], today));
      if (moves.includes(ElectionAction.CERTIFY) && !(await certifiable(ctx, election))) return moves.filter((a) => a !== ElectionAction.CERTIFY);
      return moves;
    }),
  );
}

/** The days that bound the voting day (election-edits.ts votedOnProblem): when voting opened, its announced end, when it closed. */
export async function votingDays(ctx: RequestContext, election: Election, closing: boolean): Promise<VotingDays> {
  const today = todayInChina();
  const plan = await storedPlan(ctx, election.id);
  const voting = plan.find((p) => p.phase === ElectionPhase.VOTING);
  let closedOn: IsoDate | null = closing ? today : null;
  if (!closing) {
    // the first close: a recount re-enters counting later, the audit keeps the day the vote itself closed
    const [closed]: Array<{ at: Date | null }> = await ctx.em.query(
      `SELECT min(at) AS at FROM audit_event WHERE entity_type = 'Election' AND entity_id = $1 AND action = 'election.close_voting'`,
      [String(election.id)],
    );
    closedOn = closed?.at ? dateInChina(new Date(closed.at)) : (plan.find((p) => p.phase === ElectionPhase.COUNTING)?.enteredOn ?? null);
  }
  return { today, openedOn: voting?.enteredOn ?? null, endsOn: voting?.endsOn ?? null, closedOn };
}

/** The voting day is a fact of the voting period: not before voting opened, not after its announced end, not in the future. */
async function checkVotedOn(ctx: RequestContext, election: Election, votedOn: IsoDate): Promise<void> {
  const problem = votedOnProblem(votedOn, await votingDays(ctx, election, true));
  if (problem) throw badFields([problem]);
}

/** The seats rule for this estate now (a by-election counts the sitting members): BAD_USER_INPUT on seats. */
async function checkSeats(ctx: RequestContext, estate: Estate, kind: ElectionKind, seats: number): Promise<void> {
  let sittingMembers = 0;
  if (kind === ElectionKind.BY_ELECTION) {
    const committee = await currentCommittee(ctx, estate.id);
    sittingMembers = committee ? await ctx.em.count(CommitteeMember, { where: { committeeId: committee.id, endsOn: IsNull() } }) : 0;
  }
  const problem = checkElectionSeats({ kind, seats }, { households: estate.households, sittingMembers });
  if (problem) throw fail.problemAt('seats', problem);
}

/** What a move of an election may carry besides the action. */
interface ElectionMoveInput {
  cancelReason: ElectionCancelReason | null;
  /** why, in the officer's words: required to reopen the review, to recount and to cancel for OTHER (moveNoteProblem) */
  note: string | null;
  /** the objection that reopened the review, when the server moves the election on filing it */
  objectionId?: number;
  /** CLOSE_VOTING: the day the owners voted (today when not given) */
  votedOn: IsoDate | null;
}

/** Every phase change of an election goes through here (docs/roles-and-workflows.md#elections). */
export const ELECTION_LIFECYCLE: Lifecycle<Election, ElectionPhase, ElectionAction, ElectionMoveInput> = {
  entity: Election,
  stateField: 'phase',
  table: ELECTION_TRANSITIONS,
  auditName: 'election',
  authorize: (ctx, election) => assertJurisdiction(ctx, election.estateId),
  guard: guardMove,
  // the voting day given, else the day of closing, kept within the announced period (election-edits.ts defaultVotedOn)
  changes: async (ctx, { row, action, input }) => {
    // why it was cancelled is kept on the election, where its officers read it (migrations/1764805400000)
    if (action === ElectionAction.CANCEL) return { cancelReason: input.cancelReason, cancelNote: input.note };
    if (action !== ElectionAction.CLOSE_VOTING) return {};
    return { votedOn: input.votedOn ?? defaultVotedOn(todayInChina(), await votingDays(ctx, row, true)) };
  },
  onEnter: {
    // the roll of this vote is the live roll as it stands now, and stays so (docs/domain-rules.md#vote-record)
    [ElectionPhase.VOTING]: async (ctx, election) => {
      await voteRecords.fixRoll(ctx, electionVote(election));
    },
    // closing (or a recount) stores the result; nothing counts it again
    [ElectionPhase.COUNTING]: async (ctx, election) => {
      await storeElectionResult(ctx, election);
    },
    // certifying forms the committee and opens its filing, and seals the record, in the same transaction
    [ElectionPhase.CERTIFIED]: async (ctx, election) => {
      const committeeId = await committeeFormation.certify(ctx, election);
      await voteRecords.seal(ctx, electionVote(election), election.votedOn);
      return { committeeId };
    },
    // a vote counted and then cancelled is a record too: sealed, so its result is never replaced (docs/domain-rules.md#vote-record)
    [ElectionPhase.CANCELLED]: async (ctx, election) => {
      const vote = electionVote(election);
      if (await voteRecords.storedResult(ctx, vote)) await voteRecords.seal(ctx, vote, election.votedOn);
    },
  },
  afterMove: (ctx, election) => enterPhase(ctx, election.id, election.phase),
  // the history (electionHistory) reads the note and the objection from here
  auditExtra: ({ input }) => ({
    ...(input.cancelReason ? { cancelReason: input.cancelReason } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.objectionId ? { objectionId: input.objectionId } : {}),
  }),
};

/** Elections, run by officers in their own subdistricts; everyone else with access reads them all. */
export class ElectionService {
  async list(ctx: RequestContext, options: ElectionListOptions | undefined, wantTotal: boolean): Promise<ListResult<Election>> {
    return findList(
      ctx,
      {
        entity: Election,
        alias: 'el',
        defaultSort: 'id',
        filters: {
          estateId: { op: 'eq', column: 'el.estateId', id: true },
          ...estatePlaceFilters('el.estateId'),
          phase: { op: 'enum', column: 'el.phase', values: ElectionPhase },
          kind: { op: 'enum', column: 'el.kind', values: ElectionKind },
          open: { op: 'sql', where: (open) => ({ sql: `el.phase ${open ? 'NOT IN' : 'IN'} (:...finalPhases)`, params: { finalPhases: [...FINAL_PHASES] } }) },
          updatedAfter: { op: 'gt', column: 'el.updatedAt' },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'el.estateId') },
    );
  }

  get(ctx: RequestContext, id: number): Promise<Election> {
    return loadInJurisdiction(ctx, Election, id);
  }

  async create(ctx: RequestContext, input: ElectionInput): Promise<Election> {
    const estateId = toId(input.estateId, 'estateId');
    const estate = await ctx.loaders.byId(Estate).load(estateId);
    if (!estate) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, estateId);
    const planned = toPlanned(input.phases);
    const outside = plannedVotingDayProblem(input.plannedVotingOn ?? null, planned.find((p) => p.phase === ElectionPhase.VOTING));
    const today = todayInChina();
    // periods announced with the election: within a year, the vote 15 days ahead (docs/domain-rules.md#voting-period)
    const announced = planned.flatMap((p, i) => (isAnnounced(p.phase) ? announcementProblems(p.phase, p, today, planFields(i)) : []));
    // each publicity planned lasts its minimum (publicity.ts)
    const publicity = planned.flatMap((p, i) => {
      const short = isPublicity(p.phase) ? plannedPublicityProblem(p.phase, p) : null;
      return short ? [{ ...short, subject: planFields(i).endsOn }] : [];
    });
    const disorder = [...checkPhaseOrder(planned), ...(outside ? [outside] : []), ...announced, ...publicity];
    if (disorder.length) throw badFields(disorder);
    await checkSeats(ctx, estate, input.kind, input.seats);
    return withTransaction(ctx, async (ctx) => {
      // one election at a time per estate: lock the estate row, then look for one still running
      await ctx.em.query(`SELECT id FROM estate WHERE id = $1 FOR UPDATE`, [estateId]);
      const running = await ctx.em.query(`SELECT id FROM election WHERE estate_id = $1 AND phase <> ALL($2)`, [estateId, FINAL_PHASES]);
      if (running.length) throw fail.alreadyExists(`Election ${running[0].id} of this estate is still running`, { rule: 'ELECTION_RUNNING', electionId: String(running[0].id) });
      const result = await ctx.em.insert(Election, {
        estateId,
        kind: input.kind,
        title: input.title.trim(),
        seats: input.seats,
        phase: ElectionPhase.PREPARATION,
        deemedVotes: input.deemedVotes,
        plannedVotingOn: input.plannedVotingOn ?? null,
        createdById: ctx.principal?.id ?? null,
      });
      const id = result.identifiers[0].id as number;
      await writePhaseDates(ctx, id, input.phases);
      await enterPhase(ctx, id, ElectionPhase.PREPARATION);
      const created = await ctx.em.findOneByOrFail(Election, { id });
      await recordAudit(ctx, { action: 'election.create', entityType: 'Election', entityId: id, after: { ...created, phases: await auditedPlan(ctx, id) } });
      return created;
    });
  }

  /**
   * Title, seats, the deemed-votes setting, the voting days and the plan of dates, as far as the phase still allows
   * (election-edits.ts); a certified or cancelled election is a record and refuses every edit.
   */
  async update(ctx: RequestContext, id: number, version: number, input: ElectionUpdateInput): Promise<Election> {
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, Election, id, version, (row) => assertJurisdiction(ctx, row.estateId));
      const planBefore = await auditedPlan(ctx, id);
      const edit: ElectionEdit = {
        title: input.title.trim(),
        seats: input.seats,
        deemedVotes: input.deemedVotes,
        plannedVotingOn: input.plannedVotingOn === undefined ? row.plannedVotingOn : input.plannedVotingOn,
        votedOn: input.votedOn === undefined ? row.votedOn : input.votedOn,
        phases: toPlanned(input.phases),
      };
      const now = { phase: row.phase, title: row.title, seats: row.seats, deemedVotes: row.deemedVotes, plannedVotingOn: row.plannedVotingOn, votedOn: row.votedOn };
      // a corrected voting day stays within the vote as it ran: not after the day it was closed
      const votingClosedOn = edit.votedOn !== row.votedOn ? (await votingDays(ctx, row, false)).closedOn : null;
      const refusal = checkElectionEdit({ ...now, plan: await storedPlan(ctx, id), today: todayInChina(), votingClosedOn }, edit);
      if (refusal?.kind === 'FINAL') throw fail.invalidTransition('Election', id, row.phase, 'edited: a certified or cancelled election is a record', { rule: 'ELECTION_FINAL' });
      if (refusal?.kind === 'FROZEN') throw fail.invalidTransition('Election', id, row.phase, refusal.action, { rule: refusal.rule });
      if (refusal?.kind === 'FIELDS') throw badFields(refusal.problems);
      if (PHASE_ORDER.indexOf(row.phase) < PHASE_ORDER.indexOf(ElectionPhase.VOTING)) {
        await checkSeats(ctx, await ctx.em.findOneByOrFail(Estate, { id: row.estateId }), row.kind, input.seats);
      }
      const updated = await saveVersion(ctx, Election, row, {
        title: edit.title,
        seats: edit.seats,
        deemedVotes: edit.deemedVotes,
        plannedVotingOn: edit.plannedVotingOn,
        votedOn: edit.votedOn,
      });
      await writePhaseDates(ctx, id, input.phases);
      await recordAudit(ctx, { action: 'election.update', entityType: 'Election', entityId: id, before: { ...row, phases: planBefore }, after: { ...updated, phases: await auditedPlan(ctx, id) } });
      return updated;
    });
  }

  /** Moves the election by the transitions table, after the checks each move needs. */
  move(
    ctx: RequestContext,
    id: number,
    version: number | null,
    action: ElectionAction,
    extra: { cancelReason?: ElectionCancelReason | null; votedOn?: IsoDate | null; note?: string | null; objectionId?: number } = {},
  ): Promise<Election> {
    return moveRecord(ctx, ELECTION_LIFECYCLE, id, version, action, {
      cancelReason: extra.cancelReason ?? null,
      votedOn: extra.votedOn ?? null,
      note: extra.note?.trim() || null,
      objectionId: extra.objectionId,
    });
  }

  /** The moves this caller may make now: the table's, for an officer of the estate's subdistrict, as the move would accept them (offeredMoves). */
  async availableActions(ctx: RequestContext, election: Election): Promise<ElectionAction[]> {
    if (!admits(Policies.electionsRun, ctx.principal)) return [];
    if (FINAL_PHASES.includes(election.phase) || !(await inJurisdiction(ctx, election.estateId))) return [];
    // a page's elections asked together: their facts in one statement (a fresh loader per request, so never stale across requests)
    return ctx.loaders.custom('Election.availableActions', async (ids) => {
      const rows = await ctx.em.findBy(Election, { id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const found = ids.map((id) => byId.get(id)).filter((e): e is Election => !!e);
      const offered = new Map((await offeredMoves(ctx, found)).map((moves, i) => [found[i].id, moves]));
      return ids.map((id) => offered.get(id) ?? []);
    }).load(election.id);
  }
}

export const electionService = new ElectionService();
