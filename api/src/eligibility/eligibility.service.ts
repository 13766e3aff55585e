import { DataSource, In, IsNull } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { CommitteeMember } from '../committees/committee-member.entity';
import { currentCommittee } from '../committees/committee.service';
import { assertJurisdiction } from '../estates/jurisdiction';
import { announcedDays, recordedLateProblem, withinProblem } from '../elections/announced-period';
import { Candidate } from '../elections/candidate.entity';
import { ElectionAction, ElectionKind, ElectionPhase, MOVE_NOTE_MAX_LENGTH } from '../elections/election-phases';
import { Election } from '../elections/election.entity';
import { electionService } from '../elections/election.service';
import { objectionWindowProblem } from '../elections/publicity';
import { electionPeriod } from '../elections/voting-period.guard';
import { RequestContext, withTransaction } from '../request/context';
import { Owner } from '../owners/owner.entity';
import { OwnerKind } from '../owners/owner-kind';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { addDays, dateInChina, IsoDate, todayInChina } from '../shared/iso-date';
import { nextWorkingDay } from '../shared/deadlines';
import { OutsideHolidayCalendarError } from '../shared/statutory-holidays';
import { loadHolidayCalendar } from '../holidays/holiday-notice.store';
import { RuleProblem, RuleViolationError } from '../shared/rule-violation';
import { insertReturning, lockVersion, saveVersion } from '../shared/versioned';
import { ChecklistVersion } from './checklist-version.entity';
import { checkChecklist, Checklist, ChecklistItem, decideEligibility, DEFAULT_CHECKLIST_V1, Eligibility } from './checklist';
import { EligibilityCheck } from './eligibility-check.entity';
import { Objection } from './objection.entity';
import { EligibilityCheckInput, EligibilityChecksInput, NominationInput, ObjectionInput } from './eligibility.inputs';
import { batchField, checkProblems, singleField } from './check-batch';
import { nominationDateProblem, nominationProblems, RegisterFacts, RegisterFinding, registerContradictions, registerFindings, reviewDateProblem } from './register-rules';

/** What a candidate's decision rests on: the checklist's verdict, held open while an objection is unresolved or the roll contradicts a PASS. */
export interface CandidateDecision {
  decision: Eligibility;
  explanation: Array<{ itemKey: string; kind: string; result: string; reason: string; reviewingBody: string; overrideReason?: string; why: string }>;
}

/** The candidate's owner as the live roll shows them today, in the election's estate. */
async function registerFactsOf(ctx: RequestContext, ownerId: number, estateId: number): Promise<RegisterFacts> {
  const [row]: Array<{ kind: OwnerKind; id_number: string; units: number }> = await ctx.em.query(
    `SELECT w.kind, w.id_number, (SELECT count(*)::int FROM ownership o JOIN unit u ON u.id = o.unit_id WHERE o.owner_id = w.id AND u.estate_id = $2) AS units
       FROM owner w WHERE w.id = $1 AND w.estate_id = $2`,
    [ownerId, estateId],
  );
  return factsOfRow(row);
}

/** An owner's row as the register rules read it: an organisation's credit code says no birth date. */
function factsOfRow(row: { kind: OwnerKind | null; id_number: string | null; units: number | null } | undefined): RegisterFacts {
  const organisation = row?.kind === OwnerKind.ORGANISATION;
  return { unitsInEstate: row?.units ?? 0, organisation, idNumber: organisation ? null : (row?.id_number ?? null) };
}

/** registerFactsOf for many candidates at once, each in its own election's estate, in the order of `ids`. */
async function registerFactsOfCandidates(ctx: RequestContext, ids: readonly number[]): Promise<RegisterFacts[]> {
  const rows: Array<{ id: number; kind: OwnerKind | null; id_number: string | null; units: number }> = await ctx.em.query(
    `SELECT c.id, w.kind, w.id_number,
            (SELECT count(*)::int FROM ownership o JOIN unit u ON u.id = o.unit_id WHERE o.owner_id = w.id AND u.estate_id = e.estate_id) AS units
       FROM candidate c JOIN election e ON e.id = c.election_id LEFT JOIN owner w ON w.id = c.owner_id AND w.estate_id = e.estate_id
      WHERE c.id = ANY($1::int[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, factsOfRow(r)]));
  return ids.map((id) => byId.get(id) ?? factsOfRow(undefined));
}

async function decide(ctx: RequestContext, candidate: Candidate): Promise<CandidateDecision> {
  const version = await ctx.em.findOneByOrFail(ChecklistVersion, { id: candidate.checklistVersionId });
  const checks = await ctx.em.findBy(EligibilityCheck, { candidateId: candidate.id });
  const result = decideEligibility(
    version.checklist,
    checks.map((c) => ({ itemKey: c.itemKey, result: c.result, reviewingBody: c.reviewingBody ?? undefined })),
    checks.filter((c) => c.overrideReason && c.result === 'FAIL').map((c) => ({ itemKey: c.itemKey, reason: c.overrideReason! })),
  );
  const open = await ctx.em.query(`SELECT id, reason FROM objection WHERE candidate_id = $1 AND resolved_on IS NULL ORDER BY id`, [candidate.id]);
  const election = await ctx.em.findOneByOrFail(Election, { id: candidate.electionId });
  // a PASS the register has contradicted since (e.g. the unit re-imported to someone else) no longer counts
  const contradicted = registerContradictions(
    // an undated check (from before dates were required) is judged as of today
    checks.map((c) => ({ itemKey: c.itemKey, result: c.result, checkedOn: c.checkedOn ?? todayInChina() })),
    await registerFactsOf(ctx, candidate.ownerId, election.estateId),
  );
  const explanation: CandidateDecision['explanation'] = result.decidedBy.map((d) => ({ ...d }));
  const held: CandidateDecision['explanation'] = [
    ...open.map((o: { id: number; reason: string }) => ({
      itemKey: `objection:${o.id}`,
      kind: 'OBJECTION',
      result: 'PENDING',
      reason: 'OBJECTION_OPEN',
      reviewingBody: 'ELECTION_ORGANISER',
      why: `objection under review: ${o.reason}`,
    })),
    ...contradicted.map((p: RuleProblem) => {
      const check = checks.find((c) => c.itemKey === p.subject)!;
      const kind = version.checklist.items.find((i) => i.key === check.itemKey)?.kind ?? 'MUST';
      return { itemKey: check.itemKey, kind, result: check.result, reason: p.rule, reviewingBody: check.reviewingBody ?? 'ELECTION_ORGANISER', why: `recorded as passed, but ${p.message}: check it again` };
    }),
  ];
  // an open objection or a contradicted check reopens the review: the candidate waits for it, unless already ineligible
  if (held.length && result.decision !== 'INELIGIBLE') return { decision: 'NOT_YET_ELIGIBLE', explanation: [...held, ...explanation] };
  return { decision: result.decision, explanation };
}

/** The one way a candidate's decision is written: recomputed from the checks and objections, with a new version. */
async function redecide(ctx: RequestContext, candidate: Candidate): Promise<Candidate> {
  const decision = await decide(ctx, candidate);
  return saveVersion(ctx, Candidate, candidate, { decision: decision.decision, decisionExplanation: decision.explanation });
}

/** An active member (not ended) of the estate's sitting committee. */
async function sitsOnCommittee(ctx: RequestContext, ownerId: number, estateId: number): Promise<boolean> {
  const committee = await currentCommittee(ctx, estateId);
  if (!committee) return false;
  return (await ctx.em.count(CommitteeMember, { where: { committeeId: committee.id, ownerId, endsOn: IsNull() } })) > 0;
}

/**
 * The candidate's election in one of `phases`, held to the commit: shared, so the candidates' writes pass each other and
 * its move waits for them; `mayMove` (an objection reopens the review) holds it as the move will, since two writes that
 * share the row and then both take it for the move deadlock (race14: two objections at once, one CONFLICT).
 */
async function electionFor(ctx: RequestContext, electionId: number, phases: ElectionPhase[], doing: string, rule: string, mayMove = false): Promise<Election> {
  const election = await ctx.em.findOne(Election, { where: { id: electionId }, lock: { mode: mayMove ? 'for_no_key_update' : 'pessimistic_read' } });
  if (!election) throw fail.notFound('Election', electionId);
  await assertJurisdiction(ctx, election.estateId);
  if (!phases.includes(election.phase)) throw fail.invalidTransition('Election', electionId, election.phase, doing, { rule, phases });
  return election;
}

/** A candidate is the officer's to change when their election's estate is (checked before the version). */
function candidateInJurisdiction(ctx: RequestContext): (candidate: Candidate) => Promise<void> {
  return async (candidate) => {
    const election = await ctx.em.findOneByOrFail(Election, { id: candidate.electionId });
    await assertJurisdiction(ctx, election.estateId);
  };
}

/** On start-up: the shipped checklist is version 1 when none has been published. */
export async function ensureDefaultChecklist(ds: DataSource): Promise<void> {
  await ds.query(
    `INSERT INTO checklist_version (version, title, checklist)
     SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM checklist_version)`,
    [DEFAULT_CHECKLIST_V1.version, '业委会委员候选人资格联审清单（浙江通行版）', DEFAULT_CHECKLIST_V1],
  );
}

/**
 * The first working day after a period's last day, by the holiday notices entered; null (no bound) when the calendar
 * does not reach it or reaches it only provisionally: a notice not yet entered may add days off, and a record made
 * on the true first working day must not be refused (docs/domain-rules.md#voting-period).
 */
async function recordByDay(ctx: RequestContext, endsOn: IsoDate | null): Promise<IsoDate | null> {
  if (!endsOn) return null;
  try {
    const walk = nextWorkingDay(addDays(endsOn, 1), await loadHolidayCalendar(ctx.em));
    return walk.missingNotices.length > 0 ? null : walk.day;
  } catch (error) {
    if (error instanceof OutsideHolidayCalendarError) return null;
    throw error;
  }
}

export class EligibilityService {
  currentChecklist(ctx: RequestContext): Promise<ChecklistVersion> {
    return ctx.em.createQueryBuilder(ChecklistVersion, 'v').orderBy('v.version', 'DESC').getOneOrFail();
  }

  async checklistVersion(ctx: RequestContext, id: number): Promise<ChecklistVersion> {
    const version = await ctx.loaders.byId(ChecklistVersion).load(id);
    if (!version) throw fail.notFound('ChecklistVersion', id);
    return version;
  }

  listChecklists(ctx: RequestContext): Promise<ChecklistVersion[]> {
    return ctx.em.find(ChecklistVersion, { order: { version: 'DESC' } });
  }

  /** A new version (e.g. Huzhou's own 四过硬、五不能、六不宜 wording); reviews in progress keep theirs. */
  async publishChecklist(ctx: RequestContext, title: string, source: string, items: ChecklistItem[]): Promise<ChecklistVersion> {
    return withTransaction(ctx, async (ctx) => {
      await ctx.em.query(`LOCK TABLE checklist_version IN SHARE ROW EXCLUSIVE MODE`);
      const [{ last }] = await ctx.em.query(`SELECT coalesce(max(version), 0)::int AS last FROM checklist_version`);
      const checklist: Checklist = { id: 'published', version: last + 1, source, items };
      const problems = checkChecklist(checklist);
      if (problems.length) throw fail.ruleViolation(new RuleViolationError(problems), 'items');
      const published = await insertReturning(ctx, ChecklistVersion, { version: checklist.version, title, checklist, publishedById: ctx.principal?.id ?? null });
      await recordAudit(ctx, { action: 'checklist.publish', entityType: 'ChecklistVersion', entityId: published.id, after: published });
      return published;
    });
  }

  async candidate(ctx: RequestContext, id: number): Promise<Candidate> {
    const candidate = await ctx.loaders.byId(Candidate).load(id);
    if (!candidate) throw fail.notFound('Candidate', id);
    const election = await ctx.loaders.byId(Election).load(candidate.electionId);
    await assertJurisdiction(ctx, election!.estateId);
    return candidate;
  }

  /**
   * Candidates are owners holding a unit of the estate (in a by-election, not sitting on its committee), nominated while
   * nomination is open, reviewed by the current checklist.
   */
  async nominate(ctx: RequestContext, electionId: number, input: NominationInput): Promise<Candidate> {
    const ownerId = toId(input.ownerId, 'ownerId');
    if (input.nominatedOn > todayInChina()) throw fail.badField('nominatedOn', 'NOT_FUTURE', 'must not be in the future');
    try {
      return await withTransaction(ctx, async (ctx) => {
        const election = await electionFor(ctx, electionId, [ElectionPhase.NOMINATION], 'given nominations (nomination is not open)', 'NOMINATION_NOT_OPEN');
        const [opened]: Array<{ entered_at: Date | null }> = await ctx.em.query(
          `SELECT entered_at FROM election_phase WHERE election_id = $1 AND phase = $2`,
          [electionId, ElectionPhase.NOMINATION],
        );
        const dateProblem = nominationDateProblem(input.nominatedOn, opened?.entered_at ? dateInChina(new Date(opened.entered_at)) : null, todayInChina());
        if (dateProblem) throw fail.problemAt('nominatedOn', dateProblem);
        // made within the nomination period the owners were told; one handed in on its last day may be recorded later (docs/domain-rules.md#voting-period)
        const period = await electionPeriod(ctx, electionId, ElectionPhase.NOMINATION);
        const late = withinProblem(ElectionPhase.NOMINATION, period, input.nominatedOn) ?? recordedLateProblem('NOMINATION', period, todayInChina(), await recordByDay(ctx, period.endsOn));
        if (late) throw fail.badField('nominatedOn', late.rule, late.message, { ...announcedDays(period), ...late.args });
        const owner = await ctx.em.findOneBy(Owner, { id: ownerId });
        const ownerOfEstate = owner !== null && owner.estateId === election.estateId;
        const facts = ownerOfEstate ? await registerFactsOf(ctx, ownerId, election.estateId) : null;
        const problems = nominationProblems({
          ownerOfEstate,
          organisation: facts?.organisation ?? false,
          unitsInEstate: facts?.unitsInEstate ?? 0,
          byElection: election.kind === ElectionKind.BY_ELECTION,
          sitsOnCommittee: election.kind === ElectionKind.BY_ELECTION && (await sitsOnCommittee(ctx, ownerId, election.estateId)),
        });
        if (problems.length) throw fail.ruleViolation(new RuleViolationError(problems), 'ownerId');
        const checklist = await this.currentChecklist(ctx);
        const created = await insertReturning(ctx, Candidate, {
          electionId,
          ownerId,
          partyMember: input.partyMember,
          nominatedBy: input.nominatedBy.trim(),
          nominatedOn: input.nominatedOn,
          checklistVersionId: checklist.id,
          decision: 'NOT_YET_ELIGIBLE',
          decisionExplanation: [],
          withdrawn: false,
        });
        const candidate = await redecide(ctx, created);
        await recordAudit(ctx, { action: 'candidate.nominate', entityType: 'Candidate', entityId: candidate.id, after: candidate });
        return candidate;
      });
    } catch (error) {
      translateDbError(error, { candidate_owner_key: () => fail.badField('ownerId', 'ALREADY_NOMINATED', 'this owner is already a candidate in this election') });
    }
  }

  async withdraw(ctx: RequestContext, id: number, version: number): Promise<Candidate> {
    return withTransaction(ctx, async (ctx) => {
      const candidate = await lockVersion(ctx, Candidate, id, version, candidateInJurisdiction(ctx));
      await electionFor(ctx, candidate.electionId, [ElectionPhase.NOMINATION, ElectionPhase.ELIGIBILITY_REVIEW, ElectionPhase.CANDIDATE_PUBLICITY], 'changed by a withdrawal once voting has opened', 'WITHDRAWAL_TOO_LATE');
      const updated = await saveVersion(ctx, Candidate, candidate, { withdrawn: true });
      await recordAudit(ctx, { action: 'candidate.withdraw', entityType: 'Candidate', entityId: id, before: candidate, after: updated });
      return updated;
    });
  }

  /** What the roll says today about the items of the candidate's checklist it can answer (owns a unit, aged 18+). */
  async registerFindings(ctx: RequestContext, candidate: Candidate): Promise<RegisterFinding[]> {
    const [version, facts] = await Promise.all([
      ctx.loaders.byId(ChecklistVersion).load(candidate.checklistVersionId),
      // one statement for every candidate of the page, not one each
      ctx.loaders.custom('candidateRegisterFacts', (ids) => registerFactsOfCandidates(ctx, ids)).load(candidate.id),
    ]);
    if (!version) return [];
    return registerFindings(version.checklist.items.map((i) => i.key), facts, todayInChina());
  }

  /** One check of the review (联审): a batch of one, its problems reported on the input's own fields. */
  recordCheck(ctx: RequestContext, candidateId: number, version: number, input: EligibilityCheckInput): Promise<Candidate> {
    const { reviewer, checkedOn, reviewingBody, ...item } = input;
    return this.record(ctx, candidateId, version, { reviewer, checkedOn, reviewingBody, items: [item] }, 'one');
  }

  /** Several checks of one candidate at once (e.g. the remaining items passed): all recorded, or none. */
  recordChecks(ctx: RequestContext, candidateId: number, version: number, input: EligibilityChecksInput): Promise<Candidate> {
    return this.record(ctx, candidateId, version, input, 'many');
  }

  /** Checks of the review (联审), during the review phase, in one transaction; the decision is recomputed and explained once. */
  private async record(ctx: RequestContext, candidateId: number, version: number, input: EligibilityChecksInput, given: 'one' | 'many'): Promise<Candidate> {
    const fieldOf = given === 'one' ? singleField : batchField;
    if (input.checkedOn > todayInChina()) throw fail.badField('checkedOn', 'NOT_FUTURE', 'must not be in the future');
    return withTransaction(ctx, async (ctx) => {
      const candidate = await lockVersion(ctx, Candidate, candidateId, version, candidateInJurisdiction(ctx));
      const election = await electionFor(ctx, candidate.electionId, [ElectionPhase.ELIGIBILITY_REVIEW], 'reviewed (the review phase is not open)', 'CHECKS_OUTSIDE_REVIEW');
      const dateProblem = reviewDateProblem(input.checkedOn, candidate.nominatedOn, todayInChina());
      if (dateProblem) throw fail.problemAt('checkedOn', dateProblem);
      const checklist = (await ctx.em.findOneByOrFail(ChecklistVersion, { id: candidate.checklistVersionId })).checklist;
      // every item's problem at once, on its own field: one bad item refuses the whole batch
      // the item's own body, else the batch's, else the body the checklist suggests first; the item's own reviewer, else the batch's
      const items = input.items.map((i) => ({
        ...i,
        reviewingBody: i.reviewingBody ?? input.reviewingBody ?? checklist.items.find((c) => c.key === i.itemKey)?.suggestedReviewers[0] ?? null,
        reviewer: i.reviewer?.trim() || input.reviewer?.trim() || '',
      }));
      const problems = [
        ...checkProblems(checklist, items, await registerFactsOf(ctx, candidate.ownerId, election.estateId), input.checkedOn, fieldOf),
        ...items.flatMap((i, index) => (i.reviewer ? [] : [{ field: fieldOf(index, 'reviewer'), rule: 'REQUIRED', message: `${i.itemKey}: name who reviewed it, here or for the batch`, args: { itemKey: i.itemKey } }])),
      ];
      if (problems.length) throw fail.badInput(problems);
      const keys = items.map((i) => i.itemKey);
      const before = await ctx.em.findBy(EligibilityCheck, { candidateId, itemKey: In(keys) });
      const recorded = items.map((i) => ({
        itemKey: i.itemKey,
        result: i.result,
        reviewingBody: i.reviewingBody,
        reviewer: i.reviewer,
        checkedOn: input.checkedOn,
        evidenceNote: i.evidenceNote?.trim() || null,
        overrideReason: i.overrideReason?.trim() || null,
      }));
      for (const c of recorded) {
        await ctx.em.query(
          `INSERT INTO eligibility_check (candidate_id, item_key, result, reviewing_body, reviewer, checked_on, evidence_note, override_reason, recorded_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (candidate_id, item_key) DO UPDATE SET result = EXCLUDED.result, reviewing_body = EXCLUDED.reviewing_body,
             reviewer = EXCLUDED.reviewer, checked_on = EXCLUDED.checked_on, evidence_note = EXCLUDED.evidence_note,
             override_reason = EXCLUDED.override_reason, recorded_by_id = EXCLUDED.recorded_by_id`,
          [candidateId, c.itemKey, c.result, c.reviewingBody, c.reviewer, c.checkedOn, c.evidenceNote, c.overrideReason, ctx.principal?.id ?? null],
        );
      }
      const updated = await redecide(ctx, candidate);
      // one event per recording: a single check keeps its own shape, a batch names every check it wrote
      const single = given === 'one';
      await recordAudit(ctx, {
        action: single ? 'candidate.check' : 'candidate.checks',
        entityType: 'Candidate',
        entityId: candidateId,
        before: single ? { check: before[0] ?? null, decision: candidate.decision } : { checks: before, decision: candidate.decision },
        after: single ? { check: recorded[0], decision: updated.decision } : { checks: recorded, decision: updated.decision },
      });
      return updated;
    });
  }

  /**
   * An objection during candidate publicity reopens the review: the election goes back to the review phase
   * and the candidate waits until the objection is resolved and the checks recorded again.
   */
  async fileObjection(ctx: RequestContext, candidateId: number, input: ObjectionInput): Promise<Objection> {
    return withTransaction(ctx, async (ctx) => {
      const candidate = await ctx.em.findOne(Candidate, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw fail.notFound('Candidate', candidateId);
      const election = await electionFor(ctx, candidate.electionId, [ElectionPhase.CANDIDATE_PUBLICITY, ElectionPhase.ELIGIBILITY_REVIEW], 'objected to outside candidate publicity', 'OBJECTIONS_NOT_OPEN', true);
      const dateProblem = reviewDateProblem(input.filedOn, candidate.nominatedOn, todayInChina());
      if (dateProblem) throw fail.problemAt('filedOn', dateProblem);
      // filed within the objection window the owners were told of, not after it (docs/roles-and-workflows.md#eligibility-review)
      const window = await electionPeriod(ctx, election.id, ElectionPhase.CANDIDATE_PUBLICITY);
      const late = objectionWindowProblem(input.filedOn, window) ?? recordedLateProblem('OBJECTION', window, todayInChina(), await recordByDay(ctx, window.endsOn));
      if (late) throw fail.invalidTransition('Election', election.id, election.phase, `objected to on ${input.filedOn}: ${late.message}`, { rule: late.rule, ...late.args, endsOn: window.endsOn, filedOn: input.filedOn });
      const objection = await insertReturning(ctx, Objection, {
        candidateId,
        filedOn: input.filedOn,
        filedBy: input.filedBy.trim(),
        reason: input.reason.trim(),
        recordedById: ctx.principal?.id ?? null,
      });
      // the objection reopens the review: the server's own move, through the election's lifecycle
      if (election.phase === ElectionPhase.CANDIDATE_PUBLICITY) {
        await electionService.move(ctx, election.id, null, ElectionAction.REOPEN_REVIEW, { note: shortened(objection.reason, MOVE_NOTE_MAX_LENGTH), objectionId: objection.id });
      }
      await redecide(ctx, candidate);
      await recordAudit(ctx, { action: 'candidate.objection', entityType: 'Candidate', entityId: candidateId, after: objection });
      return objection;
    });
  }

  async resolveObjection(ctx: RequestContext, objectionId: number, resolution: string): Promise<Objection> {
    return withTransaction(ctx, async (ctx) => {
      const objection = await ctx.em.findOne(Objection, { where: { id: objectionId }, lock: { mode: 'pessimistic_write' } });
      if (!objection) throw fail.notFound('Objection', objectionId);
      const candidate = await ctx.em.findOneByOrFail(Candidate, { id: objection.candidateId });
      // jurisdiction before the objection's state: another subdistrict's officer learns nothing of it
      const election = await ctx.em.findOneByOrFail(Election, { id: candidate.electionId });
      await assertJurisdiction(ctx, election.estateId);
      if (objection.resolvedOn) throw fail.invalidTransition('Objection', objectionId, 'RESOLVED', 'resolved again', { rule: 'OBJECTION_RESOLVED' });
      await electionFor(ctx, candidate.electionId, [ElectionPhase.ELIGIBILITY_REVIEW], 'resolved outside the review phase', 'CHECKS_OUTSIDE_REVIEW');
      await ctx.em.update(Objection, { id: objectionId }, { resolution: resolution.trim(), resolvedOn: todayInChina() });
      await redecide(ctx, candidate);
      const resolved = await ctx.em.findOneByOrFail(Objection, { id: objectionId });
      await recordAudit(ctx, { action: 'candidate.resolveObjection', entityType: 'Candidate', entityId: candidate.id, before: objection, after: resolved });
      return resolved;
    });
  }
}

export const eligibilityService = new EligibilityService();

/** A text cut to `max` characters with an ellipsis, never splitting a character outside the BMP. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
