import { recordAudit } from '../audit/audit.service';
import { assertJurisdiction } from '../estates/jurisdiction';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { parseId } from '../shared/ids';
import { dateInChina, todayInChina } from '../shared/iso-date';
import { lockVersion, saveVersion } from '../shared/versioned';
import { Election } from './election.entity';
import { TieSettlementInput } from './election.inputs';
import { electionVote, voteRecords } from './records/vote-record.service';
import { SETTLING_PHASES, tieConfirmRefusal, tieSettlementProblems } from './tie-settlement';

/**
 * Records how the rules of procedure settled the stored result's tie at the last seat (docs/domain-rules.md#election-tally):
 * once per counted result, kept as recorded; once another officer confirms it (confirmTieSettlement) the tally shows the
 * chosen elected and certifying may go on.
 */
export async function settleTieAtLastSeat(ctx: RequestContext, electionId: number, version: number, input: TieSettlementInput): Promise<Election> {
  return withTransaction(ctx, async (ctx) => {
    const election = await lockVersion(ctx, Election, electionId, version, (row) => assertJurisdiction(ctx, row.estateId));
    const refuse = (why: string, rule: string, figures: Record<string, unknown> = {}) =>
      fail.invalidTransition('Election', election.id, election.phase, `settled at its last seat: ${why}`, { rule, ...figures });
    if (!SETTLING_PHASES.includes(election.phase)) {
      throw refuse('a tie is settled while the result is counted or published', 'TIE_SETTLEMENT_PHASE', { phases: SETTLING_PHASES });
    }
    const vote = electionVote(election);
    const [fixed, stored] = [await voteRecords.rollOf(ctx, vote), await voteRecords.storedResult(ctx, vote, election.votedOn)];
    const tie = stored?.kind === 'ELECTION' ? stored.issues.find((i) => i.code === 'TIE_AT_LAST_SEAT') : undefined;
    if (!fixed || stored?.kind !== 'ELECTION' || !tie) throw refuse('its count has no tie at the last seat', 'NO_TIE_TO_SETTLE');
    // one per count, confirmed or not: a second officer confirms the first's, never records another beside it
    if (await voteRecords.recordedTieSettlement(ctx, vote, stored)) {
      throw fail.alreadyExists(`The tie of election ${election.id}'s count of ${stored.countedAt} is already settled`, { rule: 'TIE_ALREADY_SETTLED', electionId: String(election.id), countedAt: new Date(stored.countedAt).toISOString() });
    }
    // ids as the result names them ("007" is 7); what is no id at all is simply not among the tied
    const chosen = (input.chosenCandidateIds ?? []).map((id) => {
      const parsed = parseId(id);
      return parsed === null ? String(id) : String(parsed);
    });
    const problems = tieSettlementProblems(
      { method: input.method, chosen, decidedOn: input.decidedOn, note: input.note },
      {
        tie: { candidates: tie.candidates ?? [], seatsLeft: Number(stored.seats) - stored.elected.length },
        countedOn: dateInChina(new Date(stored.countedAt)),
        today: todayInChina(),
      },
    );
    if (problems.length) throw fail.badInput(problems.map((p) => ({ field: p.field, rule: p.rule, message: p.message, args: p.args })));
    const note = input.note.trim();
    const [row]: Array<{ id: number }> = await ctx.em.query(
      `INSERT INTO tie_settlement (election_id, vote_record_id, counted_at, method, chosen_candidate_ids, decided_on, note, recorded_by_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5::int[], $6, $7, $8, date_trunc('milliseconds', now())) RETURNING id`,
      [election.id, fixed.recordId, stored.countedAt, input.method, chosen.map(Number), input.decidedOn, note, actorId(ctx)],
    );
    const updated = await saveVersion(ctx, Election, election, {});
    await recordAudit(ctx, {
      action: 'election.settleTie',
      entityType: 'Election',
      entityId: election.id,
      after: { settlementId: row.id, countedAt: stored.countedAt, tied: tie.candidates, method: input.method, chosenCandidateIds: chosen, decidedOn: input.decidedOn, note },
    });
    return updated;
  });
}

/**
 * Confirms the settlement another officer recorded for the stored result's tie (maker-checker, docs/roles-and-workflows.md#elections):
 * an officer with jurisdiction over the estate, not its recorder, while the result is counted or published; the tie is then
 * settled. A recount's new result voids an earlier count's settlement, confirmed or not.
 */
export async function confirmTieSettlement(ctx: RequestContext, electionId: number, version: number): Promise<Election> {
  return withTransaction(ctx, async (ctx) => {
    const election = await lockVersion(ctx, Election, electionId, version, (row) => assertJurisdiction(ctx, row.estateId));
    const refuse = (why: string, rule: string, figures: Record<string, unknown> = {}) =>
      fail.invalidTransition('Election', election.id, election.phase, `confirmed a tie's settlement: ${why}`, { rule, ...figures });
    if (!SETTLING_PHASES.includes(election.phase)) {
      throw refuse('a tie is settled while the result is counted or published', 'TIE_SETTLEMENT_PHASE', { phases: SETTLING_PHASES });
    }
    const vote = electionVote(election);
    const stored = await voteRecords.storedResult(ctx, vote, election.votedOn);
    const recorded = stored ? await voteRecords.recordedTieSettlement(ctx, vote, stored) : null;
    if (!stored || !recorded) throw refuse('no settlement of its count is recorded', 'NO_TIE_SETTLEMENT_TO_CONFIRM');
    const me = actorId(ctx);
    const refusal = tieConfirmRefusal({ recordedById: recorded.recordedById, confirmed: recorded.counts }, me, election.phase);
    if (refusal === 'CONFIRMED') {
      throw fail.alreadyExists(`The tie of election ${election.id}'s count of ${stored.countedAt} is already settled`, { rule: 'TIE_ALREADY_CONFIRMED', electionId: String(election.id), countedAt: new Date(stored.countedAt).toISOString() });
    }
    if (refusal === 'MAKER_CHECKER') throw fail.forbidden(`You recorded the settlement of election ${election.id}'s tie: another officer confirms it`, 'MAKER_CHECKER');
    try {
      await ctx.em.query(`UPDATE tie_settlement SET confirmed_by_id = $2, confirmed_at = now() WHERE id = $1`, [recorded.id, me]);
    } catch (error) {
      translateDbError(error, { tie_settlement_confirmed_by_another: () => fail.forbidden(`Whoever recorded the settlement of election ${election.id}'s tie does not confirm it`, 'MAKER_CHECKER') });
    }
    const updated = await saveVersion(ctx, Election, election, {});
    await recordAudit(ctx, {
      action: 'election.confirmTie',
      entityType: 'Election',
      entityId: election.id,
      after: { settlementId: recorded.id, countedAt: stored.countedAt, method: recorded.method, chosenCandidateIds: recorded.chosen, recordedById: recorded.recordedById },
    });
    return updated;
  });
}
