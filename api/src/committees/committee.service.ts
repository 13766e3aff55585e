import { recordAudit } from '../audit/audit.service';
import { assertJurisdiction, loadInJurisdiction, jurisdictionScope } from '../estates/jurisdiction';
import { Estate } from '../estates/estate.entity';
import { RequestContext, withTransaction } from '../request/context';
import { OwnerKind } from '../owners/owner-kind';
import { fail } from '../shared/errors';
import { EDITABLE_FILING_STATUSES, FilingStatus } from '../filings/filing';
import { toId } from '../shared/ids';
import { IsoDate, todayInChina } from '../shared/iso-date';
import { RuleProblem } from '../shared/rule-violation';
import { translateDbError } from '../shared/db-errors';
import { PreparedSelect } from '../shared/hydrate';
import { findList, ListResult, ListSpec } from '../shared/list';
import { compiledList } from '../shared/read-plan';
import type { GraphQLResolveInfo } from 'graphql';
import { insertReturning, lockVersion, saveVersion } from '../shared/versioned';
import { CommitteeFilingKind } from './committee-filing.entity';
import { committeeFilingService } from './committee-filing.service';
import { CommitteeMember } from './committee-member.entity';
import { checkCommitteeSize, checkDistinctMembers, checkNoNewMembers, checkPositions, checkTermYears, CommitteePosition, memberKey, termEndOf } from './committee-composition';
import { CommitteeTerm, compositionDayProblem, succeededBy, termOrderProblem, termOverlapProblem } from './committee-terms';
import { Committee } from './committee.entity';
import { CommitteeInput, CommitteeListOptions, CommitteeMemberInput, CommitteeMembersInput } from './committee.inputs';
import { estatePlaceFilters } from '../geography/place-filter';

export interface NewMember {
  ownerId: number | null;
  name: string;
  position: CommitteePosition;
}

/** The estate's latest committee whose term covers `on`, if any. */
export async function currentCommittee(ctx: RequestContext, estateId: number, on: IsoDate = todayInChina()): Promise<Committee | null> {
  return ctx.em
    .createQueryBuilder(Committee, 'c')
    .where('c.estateId = :estateId AND c.termStart <= :on AND c.termEnd >= :on', { estateId, on })
    .orderBy('c.termNumber', 'DESC')
    .getOne();
}

const CURRENT_COMMITTEES = new PreparedSelect<Committee>(
  (em) =>
    em
      .createQueryBuilder(Committee, 'c')
      .where('c.estateId = ANY(:estateIds) AND c.termStart <= :on AND c.termEnd >= :on')
      .orderBy('c.estateId')
      .addOrderBy('c.termNumber', 'DESC'),
  ['estateIds', 'on'],
);

/** The sitting committee of each estate (its latest term covering `on`), in key order: one statement for all. */
export async function currentCommittees(ctx: RequestContext, estateIds: readonly number[], on: IsoDate = todayInChina()): Promise<Array<Committee | null>> {
  const rows = await CURRENT_COMMITTEES.run(ctx.em, [estateIds, on]);
  const latest = new Map<number, Committee>();
  for (const row of rows) if (!latest.has(row.estateId)) latest.set(row.estateId, row);
  return estateIds.map((id) => latest.get(id) ?? null);
}

/**
 * Members are owners of the estate (docs/domain-rules.md#committee-members): where its owner roll is kept here, each is
 * named by an owner who holds a unit in it, and takes the owner's name on the roll; where it is not, by name alone.
 */
async function checkMembersOnRoll(ctx: RequestContext, estateId: number, members: NewMember[]): Promise<void> {
  const ownerIds = [...new Set(members.map((m) => m.ownerId).filter((id): id is number => id !== null))];
  const [{ roll_kept: rollKept, holders }] = await ctx.em.query(
    `SELECT EXISTS (SELECT 1 FROM unit u JOIN ownership o ON o.unit_id = u.id WHERE u.estate_id = $1) AS roll_kept,
            coalesce((SELECT array_agg(DISTINCT o.owner_id) FROM ownership o JOIN unit u ON u.id = o.unit_id
                       WHERE u.estate_id = $1 AND o.owner_id = ANY($2::int[])), '{}') AS holders`,
    [estateId, ownerIds],
  );
  const unnamed = members.filter((m) => m.ownerId === null).map((m) => m.name);
  if (rollKept && unnamed.length) {
    throw fail.badField('members', 'NOT_ON_ROLL', `this estate's owner roll is kept here: name each member by the owner on it (${unnamed.join(', ')})`, { names: unnamed });
  }
  const held = new Set((holders as Array<number | string>).map(Number));
  const missing = ownerIds.filter((id) => !held.has(id));
  if (missing.length) throw fail.badField('members', 'NOT_ON_ROLL', `owner(s) ${missing.join(', ')} hold no unit on this estate's roll`, { ownerIds: missing.map(String) });
  // a member on the roll is named as the roll names the owner, whatever name came with the seat: the name is what the
  // filing, the book and every reader show, and the owner is who was elected (attacker round 7 F9: any name on an elected seat)
  const owners = (await ctx.em.query(`SELECT id, name, kind FROM owner WHERE id = ANY($1::int[])`, [ownerIds])) as Array<{ id: number; name: string; kind: OwnerKind }>;
  // members are natural persons: an organisation owning units votes, it does not sit (docs/domain-rules.md#organisation-owners)
  const organisations = owners.filter((o) => o.kind === OwnerKind.ORGANISATION);
  if (organisations.length) {
    throw fail.badField('members', 'NOT_A_PERSON', `the roll lists ${organisations.map((o) => o.name).join(', ')} as an organisation; members are owners who are natural persons`, { names: organisations.map((o) => o.name) });
  }
  const rollNames = new Map<number, string>(owners.map((o) => [o.id, o.name]));
  for (const member of members) if (member.ownerId !== null) member.name = rollNames.get(member.ownerId) ?? member.name;
}

/**
 * What stands in the way of a new term in the estate (docs/domain-rules.md#one-committee): another committee's term sharing
 * a day with it, or term numbers out of date order. `succeeds`: the sitting committee a certification ends the day before
 * `term` starts, which it can only when that committee began before then (a term ends after it starts); its term counts up
 * to that day. Rows locked, so two new terms at once are checked one after another.
 */
export async function committeeTermProblems(ctx: RequestContext, estateId: number, term: CommitteeTerm, succeeds: number | null = null): Promise<RuleProblem[]> {
  const rows: Array<{ id: number; term_number: number; term_start: string; term_end: string }> = await ctx.em.query(
    `SELECT id, term_number, to_char(term_start, 'YYYY-MM-DD') AS term_start, to_char(term_end, 'YYYY-MM-DD') AS term_end
       FROM committee WHERE estate_id = $1 ORDER BY term_start FOR UPDATE`,
    [estateId],
  );
  const others: CommitteeTerm[] = rows.map((r) => {
    const other = { termNumber: r.term_number, termStart: r.term_start, termEnd: r.term_end };
    return r.id === succeeds ? succeededBy(other, term.termStart) : other;
  });
  return [termOverlapProblem(term, others), termOrderProblem(term, others)].filter((p): p is RuleProblem => p !== null);
}

/**
 * Persons the estate's most recent completed eligibility review (its candidate list was published) found INELIGIBLE —
 * a disqualifying item failed, or an unsuitable one without an override (docs/domain-rules.md#eligibility-decision) —
 * cannot be registered onto its committee; told by the owner, or by the ID number of another owner row of the person.
 */
async function ineligibleMembersProblem(ctx: RequestContext, estateId: number, members: NewMember[]): Promise<RuleProblem | null> {
  const ownerIds = [...new Set(members.map((m) => m.ownerId).filter((id): id is number => id !== null))];
  if (ownerIds.length === 0) return null;
  const rows: Array<{ name: string; election_id: number }> = await ctx.em.query(
    `WITH review AS (
       SELECT p.election_id FROM election_phase p JOIN election e ON e.id = p.election_id
        WHERE e.estate_id = $1 AND p.phase = 'CANDIDATE_PUBLICITY' AND p.entered_at IS NOT NULL
        ORDER BY p.entered_at DESC, p.election_id DESC LIMIT 1)
     SELECT DISTINCT m.name, c.election_id FROM review r
       JOIN candidate c ON c.election_id = r.election_id AND c.decision = 'INELIGIBLE'
       JOIN owner o ON o.id = c.owner_id
       JOIN owner m ON m.id = ANY($2::int[]) AND (m.id = o.id OR m.id_number = o.id_number)
      ORDER BY m.name`,
    [estateId, ownerIds],
  );
  if (rows.length === 0) return null;
  return {
    rule: 'COMMITTEE_MEMBER_INELIGIBLE',
    message: `${rows.map((r) => r.name).join(', ')} found ineligible in the estate's eligibility review (election ${rows[0].election_id}): not a member`,
  };
}

function toNewMembers(members: CommitteeMemberInput[]): NewMember[] {
  return members.map((m) => ({ ownerId: m.ownerId ? toId(m.ownerId, 'members.ownerId') : null, name: m.name.trim(), position: m.position }));
}

/** Size for the estate (null: not checked), distinct persons, positions, and any other rule problem, reported together as field errors. */
function checkComposition(members: NewMember[], households: number | null, ...others: Array<RuleProblem | null>): void {
  const size = households === null ? null : checkCommitteeSize(members.length, households);
  const problems = [size, checkDistinctMembers(members), ...checkPositions(members.map((m) => m.position)), ...others].filter(
    (p): p is RuleProblem => p !== null,
  );
  if (problems.length) throw fail.badInput(problems.map((p) => ({ field: p.rule === 'COMMITTEE_TERM_YEARS' ? 'termYears' : 'members', rule: p.rule, message: p.message, args: p.args })));
}

/**
 * A change during the term is filed again within 30 days (建房〔2009〕274号); while one change filing is still with the street
 * office, a further change joins it, its due date kept from the first change.
 */
export async function fileChange(ctx: RequestContext, committeeId: number, changedOn: IsoDate): Promise<void> {
  const [open] = await ctx.em.query(
    `SELECT id FROM committee_filing WHERE committee_id = $1 AND kind = $2 AND filing_status = ANY($3) LIMIT 1`,
    [committeeId, CommitteeFilingKind.CHANGE, EDITABLE_FILING_STATUSES],
  );
  if (!open) await committeeFilingService.create(ctx, committeeId, CommitteeFilingKind.CHANGE, changedOn);
}

export async function insertMembers(ctx: RequestContext, committeeId: number, members: NewMember[], startsOn: IsoDate): Promise<void> {
  for (const m of members) {
    await ctx.em.insert(CommitteeMember, { committeeId, ownerId: m.ownerId, name: m.name, position: m.position, startsOn, endsOn: null });
  }
}

export class CommitteeService {
  /** One page; with the GraphQL selection (`info`), in one statement where it can be compiled. */
  async list(ctx: RequestContext, options: CommitteeListOptions | undefined, wantTotal: boolean, info?: GraphQLResolveInfo): Promise<ListResult<Committee>> {
    const today = todayInChina();
    const spec: ListSpec<Committee, NonNullable<CommitteeListOptions['filter']>, NonNullable<CommitteeListOptions['sort']>['field']> = {
      entity: Committee,
      alias: 'cm',
      defaultSort: 'id',
      filters: {
        estateId: { op: 'eq', column: 'cm.estateId', id: true },
        ...estatePlaceFilters('cm.estateId'),
        // false asks for nothing (not for the committees out of term)
        current: { op: 'sql', readsCaller: false, where: (current) => (current ? { sql: 'cm.termStart <= :today AND cm.termEnd >= :today', params: { today } } : null) },
        updatedAfter: { op: 'gt', column: 'cm.updatedAt' },
      },
    };
    const limits = { wantTotal, scope: await jurisdictionScope(ctx, 'cm.estateId') };
    return (info && (await compiledList(ctx, info, spec, options, limits))) ?? findList(ctx, spec, options, limits);
  }

  /**
   * An estate's sitting committee. Who may see it is Committee's read rule (auth/read-rules.ts), applied to
   * Estate.currentCommittee by the read guard: readers of election data, an officer in their subdistricts only.
   */
  currentOf(ctx: RequestContext, estateId: number): Promise<Committee | null> {
    return ctx.loaders.custom('Committee.current', (keys) => currentCommittees(ctx, keys)).load(estateId);
  }

  get(ctx: RequestContext, id: number): Promise<Committee> {
    return loadInJurisdiction(ctx, Committee, id);
  }

  /**
   * Registers a committee elected outside this system (e.g. before it was introduced): size, positions and
   * term checked (docs/domain-rules.md#committee), with its establishment filing due 30 days after the election.
   */
  async register(ctx: RequestContext, input: CommitteeInput): Promise<Committee> {
    const estateId = toId(input.estateId, 'estateId');
    const members = toNewMembers(input.members);
    if (input.electedOn > todayInChina()) throw fail.badField('electedOn', 'NOT_FUTURE', 'must not be in the future');
    return withTransaction(ctx, async (ctx) => {
        // the estate row held as creating an election holds it, so neither passes the other (attacker round 8 F6)
        const [estate] = await ctx.em.getRepository(Estate).find({ where: { id: estateId }, lock: { mode: 'pessimistic_write' } });
        if (!estate) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
        await assertJurisdiction(ctx, estateId);
        // an election of the estate under way decides its next committee: none is registered beside it (docs/domain-rules.md#one-committee)
        // the final phases (elections/election-phases.ts FINAL_PHASES; committees do not import elections, which import them)
        const [running] = await ctx.em.query(`SELECT id FROM election WHERE estate_id = $1 AND phase NOT IN ('CERTIFIED', 'CANCELLED') ORDER BY id LIMIT 1`, [estateId]);
        if (running) {
          throw fail.badField('estateId', 'ELECTION_UNDER_WAY', `election ${running.id} of this estate is under way: its certified result makes the next committee, none is registered beside it`, { electionId: String(running.id) });
        }
        checkComposition(members, estate.households, checkTermYears(input.termYears));
        await checkMembersOnRoll(ctx, estateId, members);
        // one committee sits at a time, terms numbered in date order, nobody the review found ineligible (docs/domain-rules.md#one-committee)
        const term = { termNumber: input.termNumber, termStart: input.electedOn, termEnd: termEndOf(input.electedOn, input.termYears) };
        const [taken] = await ctx.em.query(`SELECT 1 FROM committee WHERE estate_id = $1 AND term_number = $2`, [estateId, input.termNumber]);
        const problems = [
          ...(taken ? [{ field: 'termNumber', rule: 'TAKEN', message: 'this estate already has a committee of this term' }] : []),
          ...(await committeeTermProblems(ctx, estateId, term)).map((p) => ({ field: p.rule === 'COMMITTEE_TERM_ORDER' ? 'termNumber' : 'electedOn', rule: p.rule, message: p.message })),
          ...[await ineligibleMembersProblem(ctx, estateId, members)].filter((p): p is RuleProblem => p !== null).map((p) => ({ field: 'members', rule: p.rule, message: p.message })),
        ];
        if (problems.length) throw fail.badInput(problems);
        const committee = await insertReturning(ctx, Committee, { estateId, electedOn: input.electedOn, ...term });
        await insertMembers(ctx, committee.id, members, input.electedOn);
        await recordAudit(ctx, { action: 'committee.register', entityType: 'Committee', entityId: committee.id, after: { ...committee, members } });
        await committeeFilingService.create(ctx, committee.id, CommitteeFilingKind.ESTABLISHMENT, input.electedOn, 'electedOn');
        return committee;
      })
      .catch((error: unknown) =>
        translateDbError(error, {
          committee_term_key: () => fail.badField('termNumber', 'TAKEN', 'this estate already has a committee of this term'),
          committee_term_no_overlap: () => fail.badField('electedOn', 'COMMITTEE_TERM_OVERLAP', 'another committee of this estate sits during this term: one committee sits at a time'),
        }),
      );
  }

  /**
   * A new composition from `effectiveOn` (the first meeting choosing chair and vice-chairs, a member leaving): the
   * sitting members only, each once, positions checked (docs/domain-rules.md#committee); a person joins by a by-election.
   * Fewer persons than sit is a vacancy, which a by-election fills; otherwise the size rule holds. Any change of persons or
   * positions after the establishment filing was approved opens a change filing, due 30 days later.
   */
  async setMembers(ctx: RequestContext, id: number, version: number, input: CommitteeMembersInput): Promise<Committee> {
    const members = toNewMembers(input.members);
    return withTransaction(ctx, async (ctx) => {
      const committee = await lockVersion(ctx, Committee, id, version, (row) => assertJurisdiction(ctx, row.estateId));
      const before = await ctx.em.find(CommitteeMember, { where: { committeeId: id }, order: { id: 'ASC' } });
      const active = before.filter((m) => !m.endsOn);
      const inForceSince = active.reduce<IsoDate | null>((latest, m) => (latest === null || m.startsOn > latest ? m.startsOn : latest), null);
      const dayProblem = compositionDayProblem(input.effectiveOn, { today: todayInChina(), term: committee, inForceSince });
      if (dayProblem?.rule === 'COMMITTEE_TERM_ENDED') throw fail.invalidTransition('Committee', id, 'OUT_OF_TERM', `given a new composition: ${dayProblem.message}`, { rule: dayProblem.rule, termEnd: committee.termEnd });
      if (dayProblem) throw fail.problemAt('effectiveOn', dayProblem);
      // the registrar decides on the composition submitted: changed under review, the approval would certify another
      const [review] = await ctx.em.query(`SELECT id FROM committee_filing WHERE committee_id = $1 AND filing_status = $2 LIMIT 1`, [id, FilingStatus.SUBMITTED]);
      if (review) {
        throw fail.invalidTransition('Committee', id, 'UNDER_REVIEW', 'given a new composition while its filing is with the registrar: wait for the decision, or have it returned', {
          rule: 'COMMITTEE_FILING_UNDER_REVIEW',
          filingId: String(review.id),
        });
      }
      const estate = await ctx.em.findOneByOrFail(Estate, { id: committee.estateId });
      const vacancy = members.length < active.length;
      checkComposition(members, vacancy ? null : estate.households, checkNoNewMembers(active, members));
      await checkMembersOnRoll(ctx, committee.estateId, members);

      // 建房〔2009〕274号: any change during the term — of persons or of positions — is filed again within 30 days
      const composition = (list: Array<{ ownerId: number | null; name: string; position: CommitteePosition }>) =>
        JSON.stringify(list.map((m) => `${memberKey(m)}=${m.position}`).sort());
      const changed = composition(active) !== composition(members);
      await ctx.em.query(`UPDATE committee_member SET ends_on = $2 WHERE committee_id = $1 AND ends_on IS NULL`, [id, input.effectiveOn]);
      await insertMembers(ctx, id, members, input.effectiveOn);
      const updated = await saveVersion(ctx, Committee, committee, {});
      // the day is part of the change: the members in force end on it, the new ones start on it
      await recordAudit(ctx, { action: 'committee.setMembers', entityType: 'Committee', entityId: id, before: { members: active }, after: { effectiveOn: input.effectiveOn, members } });

      const [{ approved }] = await ctx.em.query(
        `SELECT count(*)::int AS approved FROM committee_filing WHERE committee_id = $1 AND filing_status = $2`,
        [id, FilingStatus.APPROVED],
      );
      if (changed && approved > 0) await fileChange(ctx, id, input.effectiveOn);
      return updated;
    });
  }
}

export const committeeService = new CommitteeService();
