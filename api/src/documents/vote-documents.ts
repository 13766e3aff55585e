import { ElectionKind, ElectionPhase } from '../elections/election-phases';
import { electionService } from '../elections/election.service';
import { renderPdf } from '../shared/pdf';
import { electionNotice, NoticeLabels, resolutionNotice } from '../elections/records/result-notice';
import { ElectionRecord, ResolutionRecord, SealedRecord, VoteRecord } from '../elections/records/vote-record';
import { electionRecordOf, electionVote, resolutionRecordOf, resolutionVote, VoteRef, voteRecords } from '../elections/records/vote-record.service';
import { estatePlaceAt } from '../geography/estate-place';
import type { RequestContext } from '../request/context';
import { ResolutionPhase } from '../resolutions/resolution-phases';
import { resolutionService } from '../resolutions/resolution.service';
import { fail } from '../shared/errors';
import { dateInChina } from '../shared/iso-date';
import { electionVotingPeriod } from '../elections/voting-period.guard';

/**
 * The documents of a counted vote: its record (JSON, for verify-record) and its printable notice (PDF).
 * Read under the same rules as the election or resolution itself (policy, jurisdiction).
 */
export type VoteDocumentKind = 'elections' | 'resolutions';
/** the notice is posted for a vote that stands; the record stays evidence of a counted vote even once cancelled */
export type VoteDocumentUse = 'notice' | 'record';

/** an election's result exists from counting on (docs/domain-rules.md#vote-record); a cancelled one announces no one */
const NOTICE_PHASES: readonly ElectionPhase[] = [ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY, ElectionPhase.CERTIFIED];
const RECORD_PHASES: readonly ElectionPhase[] = [...NOTICE_PHASES, ElectionPhase.CANCELLED];

const ELECTION_KIND: Record<ElectionKind, string> = { FIRST: '首次选举', RE_ELECTION: '换届选举', BY_ELECTION: '补选' };

/**
 * A sealed record's notice is headed with the estate as sealed; a result posted for its publicity and not yet final with
 * the estate as named when it was posted (`publishedAt`, names-at.ts); a count not yet posted with the estate as it is now.
 */
async function placeOf(ctx: RequestContext, vote: VoteRef, publishedAt: Date | null = null): Promise<{ estateName: string; place: string }> {
  const place = (await voteRecords.sealedPlace(ctx, vote)) ?? (await estatePlaceAt(ctx, vote.estateId, publishedAt));
  return { estateName: place.estateName, place: `${place.district}${place.subdistrict}` };
}

export interface VoteDocument {
  record: VoteRecord | SealedRecord;
  labels: NoticeLabels;
}

async function electionDocument(ctx: RequestContext, id: number, use: VoteDocumentUse): Promise<VoteDocument> {
  const election = await electionService.get(ctx, id);
  if (!(use === 'notice' ? NOTICE_PHASES : RECORD_PHASES).includes(election.phase)) {
    throw fail.invalidTransition('Election', id, election.phase, use === 'notice' ? 'given a result notice until counted (nor once cancelled)' : 'printed: its votes have not been counted', { rule: 'NOT_COUNTED' });
  }
  const record = await electionRecordOf(ctx, election);
  if (!record) throw fail.invalidTransition('Election', id, election.phase, 'printed: its votes have not been counted', { rule: 'NOT_COUNTED' });
  const [certified]: Array<{ entered_at: Date }> = await ctx.em.query(
    `SELECT entered_at FROM election_phase WHERE election_id = $1 AND phase = $2 AND entered_at IS NOT NULL`,
    [id, ElectionPhase.CERTIFIED],
  );
  // the result was posted for its publicity when the election last entered it (a recount posts it anew)
  const [posted]: Array<{ entered_at: Date }> = election.phase === ElectionPhase.RESULT_PUBLICITY
    ? await ctx.em.query(`SELECT entered_at FROM election_phase WHERE election_id = $1 AND phase = $2 AND entered_at IS NOT NULL`, [id, ElectionPhase.RESULT_PUBLICITY])
    : [];
  const period = await electionVotingPeriod(ctx, id);
  // the first close: a recount re-enters counting later, the audit keeps the day the vote itself closed
  const [closed]: Array<{ at: Date | null }> = await ctx.em.query(
    `SELECT min(at) AS at FROM audit_event WHERE entity_type = 'Election' AND entity_id = $1 AND action = 'election.close_voting'`,
    [String(id)],
  );
  return {
    record,
    labels: {
      ...(await placeOf(ctx, electionVote(election), posted ? new Date(posted.entered_at) : null)),
      title: election.title,
      electionKind: ELECTION_KIND[election.kind],
      plannedVotingOn: election.plannedVotingOn,
      votingStartsOn: period.startsOn,
      votingEndsOn: period.endsOn,
      votingAnnouncements: await votingAnnouncements(ctx, 'election_id', id),
      votingClosedOn: closed?.at ? dateInChina(new Date(closed.at)) : null,
      decidedOn: election.phase === ElectionPhase.CERTIFIED && certified ? dateInChina(new Date(certified.entered_at)) : null,
    },
  };
}

/** Each announcement of a vote's period, oldest first (migrations/1764802950000-announcements-kept.ts). */
async function votingAnnouncements(ctx: RequestContext, column: 'election_id' | 'resolution_id', id: number): Promise<Array<{ announcedAt: string; startsOn: string | null; endsOn: string | null }>> {
  const rows: Array<{ announced_at: Date; starts_on: string | null; ends_on: string | null }> = await ctx.em.query(
    `SELECT announced_at, starts_on, ends_on FROM announced_period WHERE ${column} = $1 AND phase = 'VOTING' ORDER BY id`,
    [id],
  );
  return rows.map((r) => ({ announcedAt: new Date(r.announced_at).toISOString(), startsOn: r.starts_on, endsOn: r.ends_on }));
}

async function resolutionDocument(ctx: RequestContext, id: number): Promise<VoteDocument> {
  const resolution = await resolutionService.get(ctx, id);
  // closing the vote counts and seals it at once (docs/domain-rules.md#vote-record): nothing to print before
  if (resolution.phase !== ResolutionPhase.CLOSED) throw fail.invalidTransition('Resolution', id, resolution.phase, 'printed: its votes have not been counted', { rule: 'NOT_COUNTED' });
  const record = await resolutionRecordOf(ctx, resolution);
  if (!record) throw fail.invalidTransition('Resolution', id, resolution.phase, 'printed: its votes have not been counted', { rule: 'NOT_COUNTED' });
  return {
    record,
    labels: {
      ...(await placeOf(ctx, resolutionVote(resolution))),
      title: resolution.title,
      description: resolution.description,
      votingStartsOn: resolution.votingStartsOn,
      votingEndsOn: resolution.votingEndsOn,
      votingAnnouncements: await votingAnnouncements(ctx, 'resolution_id', id),
    },
  };
}

export function voteDocument(ctx: RequestContext, kind: VoteDocumentKind, id: number, use: VoteDocumentUse): Promise<VoteDocument> {
  return kind === 'elections' ? electionDocument(ctx, id, use) : resolutionDocument(ctx, id);
}

export function noticePdf(document: VoteDocument): Promise<Buffer> {
  const { record, labels } = document;
  return renderPdf(
    record.vote.kind === 'ELECTION'
      ? electionNotice(record as ElectionRecord, labels)
      : resolutionNotice(record as ResolutionRecord, labels),
  );
}
