import type { RequestContext } from '../request/context';
import { dateInChina, IsoDate } from '../shared/iso-date';
import { AnnouncedPeriod, AnnouncedPhase, PERIOD_MOVES, periodMoveProblem } from './announced-period';
import { checkPublicationWindow, StoredPhase } from './election-edits';
import { ElectionAction, ElectionPhase } from './election-phases';
import type { Election } from './election.entity';
import { publicityRunProblem, publishingProblem, PUBLICITY_MIN_DAYS, PublicityPhase } from './publicity';
import { CandidateState, isStanding } from './standing';

/**
 * What an election's moves look at in the database, read for any number of elections in one statement: the move
 * (guardMove) reads it for its one election, availableActions for a page of them (one rule, two callers).
 */
export interface ElectionMoveFacts {
  /** the plan of dates as stored, with the day (in China) each phase was last entered */
  plan: StoredPhase[];
  /** the candidates not withdrawn */
  candidates: CandidateState[];
  /** objections to its candidates not yet resolved */
  openObjections: number;
  /** standing candidates who hold no unit of the estate on the owner roll, by name */
  offRoll: string[];
  /** whether every voting person on the roll fixed at opening has a ballot (false before the roll is fixed) */
  everyoneVoted: boolean;
  /** whether the estate has an owner roll (any unit): candidates are owners on it, and the vote is counted on it */
  hasRoll: boolean;
}

/** Why a move the table allows is refused now: the rule, the words, the figures a client says them with. */
export interface MoveHold {
  rule: string;
  message: string;
  figures: Record<string, unknown>;
  /** set for a refusal by an announced period (outsidePeriod names its days) */
  period?: { phase: AnnouncedPhase; days: AnnouncedPeriod };
}

/** Each election's move facts, in the order of `ids` (one statement, whatever the number). */
export async function electionMoveFacts(ctx: RequestContext, ids: readonly number[]): Promise<ElectionMoveFacts[]> {
  const rows: Array<{
    id: number;
    plan: Array<{ phase: ElectionPhase; starts_on: string | null; ends_on: string | null; entered_at: string | null }> | null;
    candidates: CandidateState[] | null;
    open_objections: number;
    off_roll: string[];
    everyone_voted: boolean | null;
    has_roll: boolean;
  }> = await ctx.em.query(
    `SELECT e.id,
            (SELECT json_agg(json_build_object('phase', p.phase, 'starts_on', p.starts_on::text, 'ends_on', p.ends_on::text, 'entered_at', p.entered_at))
               FROM election_phase p WHERE p.election_id = e.id) AS plan,
            (SELECT json_agg(json_build_object('decision', c.decision, 'withdrawn', c.withdrawn))
               FROM candidate c WHERE c.election_id = e.id AND NOT c.withdrawn) AS candidates,
            (SELECT count(*)::int FROM objection o JOIN candidate c ON c.id = o.candidate_id
              WHERE c.election_id = e.id AND o.resolved_on IS NULL) AS open_objections,
            -- the roll is fixed on opening: a standing candidate who has since lost his unit is reviewed again first (docs/domain-rules.md#eligibility-register)
            (SELECT coalesce(array_agg(o.name ORDER BY o.name), '{}') FROM candidate c JOIN owner o ON o.id = c.owner_id
              WHERE c.election_id = e.id AND c.decision = 'ELIGIBLE' AND NOT c.withdrawn
                AND NOT EXISTS (SELECT 1 FROM ownership w JOIN unit u ON u.id = w.unit_id WHERE w.owner_id = c.owner_id AND u.estate_id = el.estate_id)) AS off_roll,
            -- everyone voted: one ballot per person on the roll fixed at opening (voting-period.guard.ts everyoneVoted)
            (SELECT (SELECT count(*) FROM ballot b WHERE b.election_id = e.id) >= r.headcount FROM vote_record r WHERE r.election_id = e.id) AS everyone_voted,
            EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = el.estate_id) AS has_roll
       FROM unnest($1::int[]) AS e(id) JOIN election el ON el.id = e.id`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return {
      plan: (r?.plan ?? []).map((p) => ({ phase: p.phase, startsOn: p.starts_on, endsOn: p.ends_on, enteredOn: p.entered_at ? dateInChina(new Date(p.entered_at)) : null })),
      candidates: r?.candidates ?? [],
      openObjections: r?.open_objections ?? 0,
      offRoll: r?.off_roll ?? [],
      everyoneVoted: r?.everyone_voted ?? false,
      hasRoll: r?.has_roll ?? false,
    };
  });
}

/** Where each publicity is published and where the election moves on after it (publicity.ts). */
const PUBLICITY_MOVES: Partial<Record<ElectionAction, { phase: PublicityPhase; edge: 'PUBLISH' | 'AFTER' }>> = {
  [ElectionAction.PUBLISH_CANDIDATES]: { phase: ElectionPhase.CANDIDATE_PUBLICITY, edge: 'PUBLISH' },
  [ElectionAction.OPEN_VOTING]: { phase: ElectionPhase.CANDIDATE_PUBLICITY, edge: 'AFTER' },
  [ElectionAction.PUBLISH_RESULT]: { phase: ElectionPhase.RESULT_PUBLICITY, edge: 'PUBLISH' },
  [ElectionAction.CERTIFY]: { phase: ElectionPhase.RESULT_PUBLICITY, edge: 'AFTER' },
};

/**
 * The first reason the election's facts refuse `action` today, before anything the caller gives with it (a reason, a
 * note): the candidates, the objections, the publicities (publicity.ts) and the objection window, in the order the
 * move has always checked them. The announced period comes after the caller's input (periodHold).
 */
export function stateHold(action: ElectionAction, election: Pick<Election, 'seats'>, facts: ElectionMoveFacts, today: IsoDate): MoveHold | null {
  const hold = (rule: string, message: string, figures: Record<string, unknown> = {}): MoveHold => ({ rule, message, figures });
  const windowOf = (phase: ElectionPhase) => facts.plan.find((p) => p.phase === phase);
  const publicity = (): MoveHold | null => {
    const move = PUBLICITY_MOVES[action];
    if (!move) return null;
    const window = windowOf(move.phase);
    const problem = move.edge === 'PUBLISH' ? publishingProblem(move.phase, window, today) : publicityRunProblem(move.phase, window);
    return problem && hold(problem.rule, problem.message, { phase: move.phase, startsOn: window?.startsOn ?? null, endsOn: window?.endsOn ?? null, minDays: PUBLICITY_MIN_DAYS[move.phase], ...problem.args });
  };
  const objectionWindow = windowOf(ElectionPhase.CANDIDATE_PUBLICITY);
  switch (action) {
    // nomination's announced days would run on an election nobody can be nominated in (candidates are owners on the roll)
    case ElectionAction.OPEN_NOMINATION:
      return facts.hasRoll ? null : hold('NO_OWNER_ROLL', 'the estate has no owner roll: import it before nomination opens');
    case ElectionAction.CLOSE_NOMINATION:
      return facts.candidates.length === 0 ? hold('NO_CANDIDATES', 'nobody has been nominated') : null;
    case ElectionAction.PUBLISH_CANDIDATES: {
      const undecided = facts.candidates.filter((c) => c.decision === 'NOT_YET_ELIGIBLE').length;
      if (undecided) return hold('CANDIDATES_UNDECIDED', `${undecided} candidate(s) still await a decision`, { count: undecided });
      const standing = facts.candidates.filter(isStanding).length;
      if (standing < election.seats) return hold('TOO_FEW_CANDIDATES', `${standing} eligible candidate(s) for ${election.seats} seats`, { count: standing, seats: election.seats });
      const lapsed = checkPublicationWindow(objectionWindow, today);
      if (lapsed) return hold('OBJECTION_WINDOW_LAPSED', lapsed, { endsOn: objectionWindow?.endsOn });
      return publicity();
    }
    case ElectionAction.OPEN_VOTING: {
      if (facts.openObjections > 0) return hold('OBJECTIONS_OPEN', `${facts.openObjections} objection(s) are still open`, { count: facts.openObjections });
      const short = publicity();
      if (short) return short;
      if (objectionWindow?.endsOn && today <= objectionWindow.endsOn) return hold('OBJECTION_WINDOW_RUNNING', `the objection window runs until ${objectionWindow.endsOn}`, { endsOn: objectionWindow.endsOn });
      if (facts.offRoll.length) return hold('CANDIDATES_OFF_ROLL', `candidate(s) ${facts.offRoll.join(', ')} hold no unit on the owner roll: review them again`, { names: facts.offRoll });
      return null;
    }
    case ElectionAction.PUBLISH_RESULT:
    case ElectionAction.CERTIFY:
      return publicity();
    default:
      return null;
  }
}

/**
 * Nomination, voting and the result's publicity begin on the first day the owners were told and end no earlier
 * (docs/domain-rules.md#voting-period); the vote closes early once everyone on the roll has voted.
 */
export function periodHold(action: ElectionAction, facts: ElectionMoveFacts, today: IsoDate): MoveHold | null {
  const bound = PERIOD_MOVES[action];
  if (!bound) return null;
  const planned = facts.plan.find((p) => p.phase === bound.phase);
  const days: AnnouncedPeriod = { startsOn: planned?.startsOn ?? null, endsOn: planned?.endsOn ?? null };
  const nobodyLeft = action === ElectionAction.CLOSE_VOTING && facts.everyoneVoted;
  const problem = periodMoveProblem(action, { [bound.phase]: days }, today, nobodyLeft);
  return problem && { rule: problem.rule, message: problem.message, figures: {}, period: { phase: bound.phase, days } };
}
