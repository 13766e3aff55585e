import { recordAudit } from '../audit/audit.service';
import { Estate } from '../estates/estate.entity';
import { assertJurisdiction, jurisdictionScope, loadInJurisdiction } from '../estates/jurisdiction';
import { estatePlaceFilters } from '../geography/place-filter';
import type { RequestContext } from '../request/context';
import { actorId, readTogether, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { findList, ListResult } from '../shared/list';
import { containsSearch } from '../shared/list-filters';
import { RuleProblem, RuleViolationError } from '../shared/rule-violation';
import { lockVersion, saveVersion } from '../shared/versioned';
import { FivePartyFollowUp, FivePartyIssue, FivePartyMeeting, FivePartyParticipant, MeetingIssueStatus } from './five-party-meeting.entity';
import {
  CompleteMeetingFollowUpInput,
  CorrectMeetingFollowUpInput,
  CorrectMeetingIssueInput,
  FivePartyMeetingInput,
  FivePartyMeetingListOptions,
  FivePartyMeetingUpdateInput,
  MeetingFollowUpInput,
  MeetingIssueInput,
  MeetingParticipantInput,
  ResolveMeetingIssueInput,
} from './five-party-meeting.inputs';
import { checkDayAfterMeeting, checkDoneOn, checkDueOn, checkDueOnCorrection, checkParticipants, checkPartyPresent, editsAreCorrections, MeetingParty } from './five-party-rules';


const problemAt = (field: string, problem: RuleProblem | null) => {
  if (problem) throw fail.problemAt(field, problem);
};

/** Overdue follow-ups of a meeting, in SQL (docs/domain-rules.md#five-party-meetings): not done after the due day. */
const OVERDUE = `EXISTS (SELECT 1 FROM five_party_follow_up f WHERE f.meeting_id = m.id AND f.done_on IS NULL AND f.due_on < :today)`;

/** The checks a meeting's day, attendance, issues and follow-ups pass before anything is written. */
function checkMeeting(
  heldOn: string,
  participants: MeetingParticipantInput[],
  issues: { field: string; rows: MeetingIssueInput[] },
  followUps: { field: string; rows: MeetingFollowUpInput[] },
): void {
  if (heldOn > todayInChina()) throw fail.badField('heldOn', 'NOT_FUTURE', 'must not be in the future: a meeting is recorded after it was held');
  const problems = checkParticipants(participants);
  if (problems.length) throw fail.ruleViolation(new RuleViolationError(problems), 'participants');
  // raised, or agreed to own, by a party that attended (docs/domain-rules.md#five-party-meetings)
  issues.rows.forEach((issue, i) => problemAt(`${issues.field}[${i}].raisedBy`, checkPartyPresent(issue.raisedBy, participants)));
  followUps.rows.forEach((f, i) => {
    problemAt(`${followUps.field}[${i}].ownerParty`, checkPartyPresent(f.ownerParty, participants));
    problemAt(`${followUps.field}[${i}].dueOn`, checkDueOn(f.dueOn, heldOn));
  });
}

/**
 * The meeting's lock, taken before its issue's or follow-up's: the child's write checks its day against the meeting's,
 * and the meeting's edit its day against theirs, so the two queue and neither checks a day the other is changing (race14:
 * a meeting moved after an issue resolved beside the move). A bare lock: it tells a caller outside the estate nothing.
 */
async function lockMeetingOf(ctx: RequestContext, table: 'five_party_issue' | 'five_party_follow_up', id: number): Promise<void> {
  await ctx.em.query(`SELECT 1 FROM five_party_meeting WHERE id = (SELECT meeting_id FROM ${table} WHERE id = $1) FOR UPDATE`, [id]);
}

/**
 * The meeting's attendance as recorded, its row locked first: an edit of the attendance and a correction of who raised an
 * issue or owns a follow-up queue, so neither leaves an act attributed to a party recorded absent.
 */
async function lockedAttendance(ctx: RequestContext, meetingId: number): Promise<Array<{ party: MeetingParty }>> {
  await ctx.em.query(`SELECT 1 FROM five_party_meeting WHERE id = $1 FOR UPDATE`, [meetingId]);
  return ctx.em.find(FivePartyParticipant, { where: { meetingId }, select: { party: true } });
}

/** Participants, issues and follow-ups of a meeting, written in three statements at most. */
async function insertParts(
  ctx: RequestContext,
  meeting: { id: number; estateId: number },
  parts: { participants?: MeetingParticipantInput[]; issues: MeetingIssueInput[]; followUps: MeetingFollowUpInput[] },
): Promise<void> {
  if (parts.participants?.length) {
    await ctx.em.insert(
      FivePartyParticipant,
      parts.participants.map((p, position) => ({ meetingId: meeting.id, party: p.party, name: p.name.trim(), role: p.role?.trim() || null, position })),
    );
  }
  if (parts.issues.length) {
    await ctx.em.insert(
      FivePartyIssue,
      parts.issues.map((i) => ({ meetingId: meeting.id, estateId: meeting.estateId, description: i.description.trim(), raisedBy: i.raisedBy })),
    );
  }
  if (parts.followUps.length) {
    await ctx.em.insert(
      FivePartyFollowUp,
      parts.followUps.map((f) => ({ meetingId: meeting.id, estateId: meeting.estateId, task: f.task.trim(), ownerParty: f.ownerParty, ownerName: f.ownerName.trim(), dueOn: f.dueOn })),
    );
  }
}

/** What the audit keeps of a meeting: its row and its parts as they now are. */
async function snapshot(ctx: RequestContext, id: number) {
  const [meeting, participants, issues, followUps] = await readTogether(ctx, [
    () => ctx.em.findOneByOrFail(FivePartyMeeting, { id }),
    () => ctx.em.find(FivePartyParticipant, { where: { meetingId: id }, order: { position: 'ASC' } }),
    () => ctx.em.find(FivePartyIssue, { where: { meetingId: id }, order: { id: 'ASC' } }),
    () => ctx.em.find(FivePartyFollowUp, { where: { meetingId: id }, order: { id: 'ASC' } }),
  ]);
  return { meeting, audit: { ...meeting, participants: participants.map(({ party, name, role }) => ({ party, name, role })), issues: issues.length, followUps: followUps.length } };
}

/**
 * A change to an issue or a follow-up is a change of its meeting for those who sync meetings by `updatedAfter`:
 * the meeting's row is touched (its trigger moves updated_at), its version stays (nobody's edit of it is stale).
 */
// a reader of the meeting sees its issues and follow-ups: the meeting's version moves with them (docs/architecture.md#change-feed-versions)
const touchMeeting = (ctx: RequestContext, meetingId: number) => ctx.em.query(`UPDATE five_party_meeting SET updated_at = now(), version = version + 1 WHERE id = $1`, [meetingId]);

/**
 * The correction row the database lets a correction through by (migrations/1764806300000-five-party-held.ts): what,
 * before, after, why, who; dated by the database and kept as made. Written first, in the correction's transaction.
 */
async function recordCorrection(
  ctx: RequestContext,
  of: { meetingId: number; issueId?: number; followUpId?: number },
  before: Record<string, string>,
  after: Record<string, string>,
  reason: string,
): Promise<void> {
  await ctx.em.query(
    `INSERT INTO five_party_correction (meeting_id, issue_id, follow_up_id, before, after, reason, corrected_by_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [of.meetingId, of.issueId ?? null, of.followUpId ?? null, JSON.stringify(before), JSON.stringify(after), reason, actorId(ctx)],
  );
}

/**
 * Five-party meetings (五方会谈, docs/roles-and-workflows.md#five-party-meetings): officers record and update those
 * of estates in their subdistricts; every registry reader reads them, officers only in their jurisdiction.
 */
export class FivePartyMeetingService {
  async list(ctx: RequestContext, options: FivePartyMeetingListOptions | undefined, wantTotal: boolean): Promise<ListResult<FivePartyMeeting>> {
    const today = todayInChina();
    return findList(
      ctx,
      {
        entity: FivePartyMeeting,
        alias: 'm',
        defaultSort: 'heldOn',
        filters: {
          estateId: { op: 'eq', column: 'm.estateId', id: true },
          ...estatePlaceFilters('m.estateId'),
          overdue: { op: 'sql', where: (isOverdue) => ({ sql: isOverdue ? OVERDUE : `NOT ${OVERDUE}`, params: { today } }) },
          heldFrom: { op: 'sql', where: (_day, param) => `m.heldOn >= :${param}` },
          heldTo: { op: 'sql', where: (_day, param) => `m.heldOn <= :${param}` },
          q: {
            op: 'sql',
            where: (text, param) => {
              const search = containsSearch(text, param);
              const contains = search.where;
              return {
                sql: `(${contains('m.summary')}
                       OR EXISTS (SELECT 1 FROM five_party_issue i WHERE i.meeting_id = m.id AND ${contains('i.description')})
                       OR EXISTS (SELECT 1 FROM five_party_follow_up f WHERE f.meeting_id = m.id AND ${contains('f.task')})
                       OR m.estateId IN (SELECT id FROM estate WHERE ${contains('name')}))`,
                params: search.params,
              };
            },
          },
          updatedAfter: { op: 'gt', column: 'm.updatedAt' },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'm.estateId') },
    );
  }

  get(ctx: RequestContext, id: number): Promise<FivePartyMeeting> {
    return loadInJurisdiction(ctx, FivePartyMeeting, id);
  }

  async create(ctx: RequestContext, input: FivePartyMeetingInput): Promise<FivePartyMeeting> {
    const estateId = toId(input.estateId, 'estateId');
    if (!(await ctx.loaders.byId(Estate).load(estateId))) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, estateId);
    checkMeeting(input.heldOn, input.participants, { field: 'issues', rows: input.issues }, { field: 'followUps', rows: input.followUps });
    return withTransaction(ctx, async (ctx) => {
      const id: number = (await ctx.em.insert(FivePartyMeeting, { estateId, heldOn: input.heldOn, summary: input.summary.trim(), createdById: actorId(ctx) })).identifiers[0].id;
      await insertParts(ctx, { id, estateId }, input);
      const { meeting, audit } = await snapshot(ctx, id);
      await recordAudit(ctx, { action: 'fivePartyMeeting.create', entityType: 'FivePartyMeeting', entityId: id, after: audit });
      return meeting;
    });
  }

  /**
   * Edits a meeting's minutes. On the day it was recorded (Beijing) they are still being written; from the next day on
   * an edit is a correction: its reason is required and kept with what the day, summary and attendance were and became
   * (docs/domain-rules.md#five-party-meetings; PostgreSQL holds it, migrations/1764806810000).
   */
  async update(ctx: RequestContext, id: number, version: number, input: FivePartyMeetingUpdateInput): Promise<FivePartyMeeting> {
    const reason = input.reason?.trim() || null;
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, FivePartyMeeting, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      const correcting = editsAreCorrections(row, todayInChina());
      if (correcting && reason === null) throw fail.badField('reason', 'REQUIRED', 'the minutes of a meeting recorded before today are corrected: say why');
      checkMeeting(input.heldOn, input.participants, { field: 'addIssues', rows: input.addIssues }, { field: 'addFollowUps', rows: input.addFollowUps });
      // the attendance as now recorded still covers every party the record says raised an issue or owns a follow-up
      const acts: Array<{ what: string; id: number; party: MeetingParty }> = await ctx.em.query(
        `SELECT 'issue' AS what, id, raised_by AS party FROM five_party_issue WHERE meeting_id = $1
         UNION ALL SELECT 'follow-up', id, owner_party FROM five_party_follow_up WHERE meeting_id = $1 ORDER BY 1, 2`,
        [id],
      );
      const orphaned = acts.find((act) => checkPartyPresent(act.party, input.participants) !== null);
      if (orphaned) {
        throw fail.badField('participants', 'PARTY_ABSENT', `${orphaned.what} ${orphaned.id} is recorded as ${orphaned.what === 'issue' ? 'raised' : 'owned'} by ${orphaned.party}: its attendance stays, or correct that record first`, {
          party: orphaned.party,
          [orphaned.what === 'issue' ? 'issueId' : 'followUpId']: String(orphaned.id),
        });
      }
      // a meeting cannot move after what was recorded as following from it
      const [earliest]: Array<{ day: string | null }> = await ctx.em.query(
        `SELECT to_char(min(d), 'YYYY-MM-DD') AS day FROM (
           SELECT due_on AS d FROM five_party_follow_up WHERE meeting_id = $1
           UNION ALL SELECT done_on FROM five_party_follow_up WHERE meeting_id = $1
           UNION ALL SELECT resolved_on FROM five_party_issue WHERE meeting_id = $1) days`,
        [id],
      );
      if (earliest.day !== null && input.heldOn > earliest.day) {
        throw fail.badField('heldOn', 'AFTER_FOLLOW_UPS', `must not be after ${earliest.day}, a day its issues or follow-ups already name`, { day: earliest.day });
      }
      const { audit: before } = await snapshot(ctx, id);
      if (correcting) {
        const attendance = (rows: ReadonlyArray<{ name: string; party: string; role?: string | null }>) =>
          JSON.stringify(rows.map((p) => ({ name: p.name.trim(), party: p.party, role: p.role?.trim() || null })));
        const present: Array<{ name: string; party: string; role: string | null }> = await ctx.em.query(
          `SELECT name, party, role FROM five_party_participant WHERE meeting_id = $1 ORDER BY id`,
          [id],
        );
        await recordCorrection(
          ctx,
          { meetingId: id },
          { heldOn: row.heldOn, summary: row.summary, participants: attendance(present) },
          {
            heldOn: input.heldOn,
            summary: input.summary.trim(),
            participants: attendance(input.participants),
            ...(input.addIssues.length || input.addFollowUps.length ? { added: `${input.addIssues.length} issues, ${input.addFollowUps.length} follow-ups` } : {}),
          },
          reason!,
        );
      }
      await ctx.em.delete(FivePartyParticipant, { meetingId: id });
      await insertParts(ctx, row, { participants: input.participants, issues: input.addIssues, followUps: input.addFollowUps });
      await saveVersion(ctx, FivePartyMeeting, row, { heldOn: input.heldOn, summary: input.summary.trim() });
      const { meeting, audit } = await snapshot(ctx, id);
      await recordAudit(ctx, { action: 'fivePartyMeeting.update', entityType: 'FivePartyMeeting', entityId: id, before, after: reason === null ? audit : { ...audit, reason } });
      return meeting;
    });
  }

  /** Records how a raised issue was resolved; once only (RAISED → RESOLVED). */
  async resolveIssue(ctx: RequestContext, id: number, version: number, input: ResolveMeetingIssueInput): Promise<FivePartyIssue> {
    return withTransaction(ctx, async (ctx) => {
      await lockMeetingOf(ctx, 'five_party_issue', id);
      const row = await lockVersion(ctx, FivePartyIssue, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      if (row.status === MeetingIssueStatus.RESOLVED) throw fail.invalidTransition('FivePartyIssue', id, row.status, 'resolved again', { rule: 'ISSUE_RESOLVED' });
      const meeting = await ctx.em.findOneByOrFail(FivePartyMeeting, { id: row.meetingId });
      problemAt('resolvedOn', checkDayAfterMeeting(input.resolvedOn, meeting.heldOn, todayInChina()));
      const updated = await saveVersion(ctx, FivePartyIssue, row, {
        status: MeetingIssueStatus.RESOLVED,
        resolvedOn: input.resolvedOn,
        resolutionNote: input.resolutionNote.trim(),
        resolvedById: actorId(ctx),
      });
      await touchMeeting(ctx, row.meetingId);
      await recordAudit(ctx, { action: 'fivePartyIssue.resolve', entityType: 'FivePartyIssue', entityId: id, before: row, after: updated });
      return updated;
    });
  }

  /**
   * Corrects what the minutes recorded of an issue (its words, who raised it): the issue keeps its id, status and
   * resolution; the audit log keeps what it said before and why it changed.
   */
  async correctIssue(ctx: RequestContext, id: number, version: number, input: CorrectMeetingIssueInput): Promise<FivePartyIssue> {
    const reason = input.reason.trim();
    if (!reason) throw fail.badField('reason', 'REQUIRED', 'say why the record is corrected');
    return withTransaction(ctx, async (ctx) => {
      await lockMeetingOf(ctx, 'five_party_issue', id);
      const row = await lockVersion(ctx, FivePartyIssue, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      problemAt('raisedBy', checkPartyPresent(input.raisedBy, await lockedAttendance(ctx, row.meetingId)));
      const corrected = { description: input.description.trim(), raisedBy: input.raisedBy };
      await recordCorrection(ctx, { meetingId: row.meetingId, issueId: id }, { description: row.description, raisedBy: row.raisedBy }, corrected, reason);
      const updated = await saveVersion(ctx, FivePartyIssue, row, corrected);
      await touchMeeting(ctx, row.meetingId);
      await recordAudit(ctx, { action: 'fivePartyIssue.correct', entityType: 'FivePartyIssue', entityId: id, before: row, after: { ...updated, reason } });
      return updated;
    });
  }

  /**
   * Corrects what the minutes recorded of a follow-up (the task, its owner, its due day): a due day only while the
   * day first agreed has not passed and it is not done (docs/domain-rules.md#five-party-meetings).
   */
  async correctFollowUp(ctx: RequestContext, id: number, version: number, input: CorrectMeetingFollowUpInput): Promise<FivePartyFollowUp> {
    const reason = input.reason.trim();
    if (!reason) throw fail.badField('reason', 'REQUIRED', 'say why the record is corrected');
    return withTransaction(ctx, async (ctx) => {
      await lockMeetingOf(ctx, 'five_party_follow_up', id);
      const row = await lockVersion(ctx, FivePartyFollowUp, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      const meeting = await ctx.em.findOneByOrFail(FivePartyMeeting, { id: row.meetingId });
      problemAt('ownerParty', checkPartyPresent(input.ownerParty, await lockedAttendance(ctx, row.meetingId)));
      problemAt('dueOn', checkDueOnCorrection(row, input.dueOn, meeting.heldOn, todayInChina()));
      const corrected = { task: input.task.trim(), ownerParty: input.ownerParty, ownerName: input.ownerName.trim(), dueOn: input.dueOn };
      const before = { task: row.task, ownerParty: row.ownerParty, ownerName: row.ownerName, dueOn: row.dueOn };
      await recordCorrection(ctx, { meetingId: row.meetingId, followUpId: id }, before, corrected, reason);
      const updated = await saveVersion(ctx, FivePartyFollowUp, row, corrected);
      await touchMeeting(ctx, row.meetingId);
      await recordAudit(ctx, { action: 'fivePartyFollowUp.correct', entityType: 'FivePartyFollowUp', entityId: id, before: row, after: { ...updated, reason } });
      return updated;
    });
  }

  /** Records a follow-up as done (late or not, and late once its due day passed unrecorded); once only. */
  async completeFollowUp(ctx: RequestContext, id: number, version: number, input: CompleteMeetingFollowUpInput): Promise<FivePartyFollowUp> {
    return withTransaction(ctx, async (ctx) => {
      await lockMeetingOf(ctx, 'five_party_follow_up', id);
      const row = await lockVersion(ctx, FivePartyFollowUp, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      if (row.doneOn !== null) throw fail.invalidTransition('FivePartyFollowUp', id, 'DONE', 'completed again', { rule: 'FOLLOW_UP_DONE' });
      const meeting = await ctx.em.findOneByOrFail(FivePartyMeeting, { id: row.meetingId });
      problemAt('doneOn', checkDoneOn(row, input.doneOn, meeting.heldOn, todayInChina()));
      const updated = await saveVersion(ctx, FivePartyFollowUp, row, { doneOn: input.doneOn, doneNote: input.note?.trim() || null, completedById: actorId(ctx) });
      await touchMeeting(ctx, row.meetingId);
      await recordAudit(ctx, { action: 'fivePartyFollowUp.complete', entityType: 'FivePartyFollowUp', entityId: id, before: row, after: updated });
      return updated;
    });
  }
}

export const fivePartyMeetingService = new FivePartyMeetingService();
