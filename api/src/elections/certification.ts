import { IsNull } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { CommitteeFilingKind } from '../committees/committee-filing.entity';
import { committeeFilingService } from '../committees/committee-filing.service';
import { checkCommitteeSize, CommitteePosition, DEFAULT_COMMITTEE_RULES, termEndOf } from '../committees/committee-composition';
import { committeeTermProblems, currentCommittee, fileChange, insertMembers } from '../committees/committee.service';
import { Committee } from '../committees/committee.entity';
import { CommitteeMember } from '../committees/committee-member.entity';
import { Estate } from '../estates/estate.entity';
import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { addDays, dateInChina, IsoDate, todayInChina } from '../shared/iso-date';
import { ElectionKind, ElectionPhase } from './election-phases';
import { Election } from './election.entity';
import { electionTallyOf } from './tally.service';
import { householdsAtOpening } from './records/vote-record.service';

/**
 * The day of the election, from which the 30-day filing counts: the voting day the officer recorded when
 * closing the vote; for an election closed before that was recorded, the day counting began.
 */
async function electionDay(ctx: RequestContext, election: Election): Promise<IsoDate> {
  if (election.votedOn) return election.votedOn;
  const [row] = await ctx.em.query(`SELECT entered_at FROM election_phase WHERE election_id = $1 AND phase = $2`, [election.id, ElectionPhase.COUNTING]);
  return row?.entered_at ? dateInChina(new Date(row.entered_at)) : todayInChina();
}

/**
 * The term a certified election forms (numbered after the estate's last, from the election day, for the longest term
 * the rules allow) and the sitting committee it succeeds: the one sitting on the election day, whose term then ends
 * the day before, unless it began no earlier than that day (docs/domain-rules.md#re-election).
 */
async function nextTerm(ctx: RequestContext, election: Election) {
  const electedOn = await electionDay(ctx, election);
  const [{ last }] = await ctx.em.query(`SELECT coalesce(max(term_number), 0)::int AS last FROM committee WHERE estate_id = $1`, [election.estateId]);
  const sitting = await currentCommittee(ctx, election.estateId, electedOn);
  return {
    electedOn,
    term: { termNumber: last + 1, termStart: electedOn, termEnd: termEndOf(electedOn, DEFAULT_COMMITTEE_RULES.termYears.max) },
    succeeds: sitting && sitting.termStart < addDays(electedOn, -1) ? sitting : null,
  };
}

/**
 * Certifying a result forms the committee (or completes it after a by-election) and opens its filing, due 30
 * days after the election (docs/domain-rules.md#committee-filing). Members start as 委员: the first meeting, within 7 days, chooses
 * the chair and vice-chairs, and the filing cannot be submitted before it has.
 */
export const committeeFormation = {
  async checkElected(ctx: RequestContext, election: Election, electedIds: readonly number[]): Promise<void> {
    const estate = await ctx.em.findOneByOrFail(Estate, { id: election.estateId });
    let size = electedIds.length;
    if (election.kind === ElectionKind.BY_ELECTION) {
      const committee = await currentCommittee(ctx, election.estateId);
      if (!committee) throw fail.invalidTransition('Election', election.id, election.phase, 'certified: a by-election needs a sitting committee', { rule: 'NO_SITTING_COMMITTEE' });
      const sitting = await ctx.em.find(CommitteeMember, { where: { committeeId: committee.id, endsOn: IsNull() } });
      // a by-election fills vacancies: one who already sits would be counted twice (docs/domain-rules.md#committee-size)
      const [{ names }] = await ctx.em.query(
        `SELECT coalesce(array_agg(o.name ORDER BY o.name), '{}') AS names FROM candidate c JOIN owner o ON o.id = c.owner_id WHERE c.id = ANY($1) AND c.owner_id = ANY($2::int[])`,
        [electedIds, sitting.map((m) => m.ownerId).filter((id): id is number => id !== null)],
      );
      if (names.length) throw fail.invalidTransition('Election', election.id, election.phase, `certified: ${(names as string[]).join('; ')} already on the committee`, { rule: 'ELECTED_ON_COMMITTEE', names });
      size += sitting.length;
    }
    // a member is an owner of the estate (docs/domain-rules.md#committee-members): on the roll the vote was counted on
    const [{ off }] = await ctx.em.query(
      `SELECT coalesce(array_agg(o.name ORDER BY o.name), '{}') AS off FROM candidate c JOIN owner o ON o.id = c.owner_id
        WHERE c.id = ANY($1) AND NOT EXISTS (
          SELECT 1 FROM vote_record r JOIN vote_roll_unit u ON u.vote_record_id = r.id
           WHERE r.election_id = $2 AND 'owner:' || c.owner_id = ANY(u.owner_keys))`,
      [electedIds, election.id],
    );
    if (off.length) throw fail.invalidTransition('Election', election.id, election.phase, `certified: ${(off as string[]).join('; ')} held no unit on the roll fixed when voting opened`, { rule: 'ELECTED_NOT_ON_ROLL', names: off });
    // sized on the households of the opening, which a later edit of the registry does not move (docs/domain-rules.md#committee-size)
    const households = (await householdsAtOpening(ctx, election.id)) ?? estate.households;
    const problem = checkCommitteeSize(size, households);
    if (problem) throw fail.invalidTransition('Election', election.id, election.phase, `certified: ${problem.message}`, { rule: problem.rule, size, households });
    if (election.kind !== ElectionKind.BY_ELECTION) {
      // one committee sits at a time: the new term shares no day with another but the one it succeeds (committees/committee-terms.ts)
      const { electedOn, term, succeeds } = await nextTerm(ctx, election);
      const [clash] = await committeeTermProblems(ctx, election.estateId, term, succeeds?.id ?? null);
      if (clash) throw fail.invalidTransition('Election', election.id, election.phase, `certified: ${clash.message}`, { rule: clash.rule, termStart: term.termStart, termEnd: term.termEnd });
      // the outgoing members end the day before the election: a composition it recorded after that day cannot end then
      const [{ since }] = succeeds
        ? await ctx.em.query(`SELECT max(starts_on)::text AS since FROM committee_member WHERE committee_id = $1 AND ends_on IS NULL`, [succeeds.id])
        : [{ since: null }];
      if (since && since >= electedOn) {
        throw fail.invalidTransition('Election', election.id, election.phase, `certified: the sitting committee's composition took effect on ${since}, on or after the election day ${electedOn}`, {
          rule: 'COMPOSITION_AFTER_ELECTION',
          since,
        });
      }
    }
  },

  async certify(ctx: RequestContext, election: Election): Promise<number> {
    const tally = await electionTallyOf(ctx, election);
    const elected: Array<{ owner_id: number; name: string }> = await ctx.em.query(
      `SELECT o.id AS owner_id, o.name FROM candidate c JOIN owner o ON o.id = c.owner_id WHERE c.id = ANY($1) ORDER BY c.id`,
      [tally.electedIds.map(Number)],
    );
    const members = elected.map((e) => ({ ownerId: e.owner_id, name: e.name, position: CommitteePosition.MEMBER }));

    if (election.kind === ElectionKind.BY_ELECTION) {
      const electedOn = await electionDay(ctx, election);
      const committee = (await currentCommittee(ctx, election.estateId))!;
      await insertMembers(ctx, committee.id, members, electedOn);
      await recordAudit(ctx, { action: 'committee.byElection', entityType: 'Committee', entityId: committee.id, after: { added: members, electionId: election.id } });
      await fileChange(ctx, committee.id, electedOn);
      return committee.id;
    }

    // the new committee takes over from the election day: the outgoing one's term and members end the day before (docs/domain-rules.md#re-election)
    const { electedOn, term, succeeds } = await nextTerm(ctx, election);
    if (succeeds) {
      const outgoing = await lockVersion(ctx, Committee, succeeds.id, null, noRowRule);
      const lastDay = addDays(electedOn, -1);
      await ctx.em.query(`UPDATE committee_member SET ends_on = $2 WHERE committee_id = $1 AND ends_on IS NULL`, [outgoing.id, lastDay]);
      await saveVersion(ctx, Committee, outgoing, { termEnd: lastDay });
      await recordAudit(ctx, { action: 'committee.succeeded', entityType: 'Committee', entityId: outgoing.id, before: { termEnd: outgoing.termEnd }, after: { termEnd: lastDay, electionId: election.id } });
    }
    const result = await ctx.em.insert(Committee, { estateId: election.estateId, electedOn, ...term });
    const committeeId = result.identifiers[0].id as number;
    await insertMembers(ctx, committeeId, members, electedOn);
    const committee = await ctx.em.findOneByOrFail(Committee, { id: committeeId });
    await recordAudit(ctx, { action: 'committee.create', entityType: 'Committee', entityId: committeeId, after: { ...committee, members, electionId: election.id } });
    await committeeFilingService.create(ctx, committeeId, CommitteeFilingKind.ESTABLISHMENT, electedOn);
    return committeeId;
  },
};
