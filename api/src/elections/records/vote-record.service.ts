import { holdLiveRoll } from '../../owners/owner.service';
import type { VotingRoll } from '../../owners/voting-weights';
import { memoize, processScope, RequestContext } from '../../request/context';
import { toHundredths } from '../../shared/decimal';
import { EstatePlace, estatePlace } from '../../geography/estate-place';
import { CheckRow, LineRow, ResultRow, resultOfRows, resultRows } from './result-rows';
import { LiveUnit, rollSnapshot } from './roll-snapshot';
import {
  ElectionRecordResult, RECORD_FORMAT, RecordElectionBallot, RecordEstate, RecordResolutionBallot, RecordRoll, RecordTieSettlement, ResolutionRecordResult, SealedRecord,
  sealOf, VoteKind, VoteRecord, votingRollOf,
} from './vote-record';

/**
 * The record of each vote in PostgreSQL (migration 1764720300000): the roll fixed when voting opens, the
 * result stored when it closes, the seal set when it is certified. Everything about a vote that was opened
 * reads from here, never from the live roll, so sales, survey corrections and re-imports cannot reach it.
 */
export interface VoteRef {
  kind: VoteKind;
  id: number;
  estateId: number;
}

export const electionVote = (election: { id: number; estateId: number }): VoteRef => ({ kind: 'ELECTION', id: election.id, estateId: election.estateId });
export const resolutionVote = (resolution: { id: number; estateId: number }): VoteRef => ({ kind: 'RESOLUTION', id: resolution.id, estateId: resolution.estateId });

export type StoredResult = ElectionRecordResult | ResolutionRecordResult;

/** A roll that was fixed, as the record holds it and as the tally and the ballot box read it. */
/** A settlement as stored, with who recorded and who confirmed it, and whether it settles the tie yet. */
export interface RecordedTieSettlement extends RecordTieSettlement {
  id: number;
  recordedById: number | null;
  confirmedById: number | null;
  counts: boolean;
}

export interface FixedRoll {
  recordId: number;
  record: RecordRoll;
  voting: VotingRoll;
}

const COLUMN: Record<VoteKind, 'election_id' | 'resolution_id'> = { ELECTION: 'election_id', RESOLUTION: 'resolution_id' };

/** Rolls once fixed never change (a trigger refuses it): kept per process by record id, checked by nothing. */
const fixedRolls = new WeakMap<object, Map<number, FixedRoll>>();
const CAPACITY = 64;

function remember(ctx: RequestContext, roll: FixedRoll): FixedRoll {
  let byId = fixedRolls.get(processScope(ctx));
  if (!byId) fixedRolls.set(processScope(ctx), (byId = new Map()));
  byId.delete(roll.recordId);
  byId.set(roll.recordId, roll);
  while (byId.size > CAPACITY) byId.delete(byId.keys().next().value!);
  return roll;
}

const rollMemoKey = (vote: VoteRef) => `fixed-roll:${vote.kind}:${vote.id}`;
const iso = (value: Date | string) => new Date(value).toISOString();

interface RecordRow {
  id: number;
  roll_taken_at: Date;
  headcount: number;
  area: string;
  sha256: string | null;
  sealed_at: Date | null;
  /** the estate's names kept with the seal (null until sealed), and whether the seal covers them */
  estate_name: string | null;
  district_name: string | null;
  subdistrict_name: string | null;
  estate_in_seal: boolean;
}

async function householdsOf(ctx: RequestContext, estateId: number): Promise<number> {
  const [{ households }]: Array<{ households: number }> = await ctx.em.query(`SELECT households FROM estate WHERE id = $1`, [estateId]);
  return households;
}

/** The households an election's estate had when its voting opened; null for a record opened before they were kept. */
export async function householdsAtOpening(ctx: RequestContext, electionId: number): Promise<number | null> {
  const [row]: Array<{ households: number | null }> = await ctx.em.query(`SELECT households FROM vote_record WHERE election_id = $1`, [electionId]);
  return row?.households ?? null;
}

async function recordRow(ctx: RequestContext, vote: VoteRef): Promise<RecordRow | null> {
  const [row]: RecordRow[] = await ctx.em.query(
    `SELECT id, roll_taken_at, headcount, area::text, sha256, sealed_at, estate_name, district_name, subdistrict_name, estate_in_seal
       FROM vote_record WHERE ${COLUMN[vote.kind]} = $1`,
    [vote.id],
  );
  return row ?? null;
}

export const voteRecords = {
  /**
   * Fixes the roll of a vote as the live register stands now (one statement, so one consistent reading) and
   * returns it. Called in the transaction that opens the vote.
   */
  async fixRoll(ctx: RequestContext, vote: VoteRef, at?: Date): Promise<FixedRoll> {
    const existing = await this.rollOf(ctx, vote);
    if (existing) return existing;
    // the roll as it stands at the commit, which PostgreSQL checks it against (vote_record_is_the_live_roll): an import
    // in flight lands first, and one begun now waits and then reports this vote among those keeping their fixed roll
    await holdLiveRoll(ctx, vote.estateId);
    const units: Array<{ id: number; label: string; area: string; area_source: string; developer_held: boolean; owners: Array<{ ownerId: number; name: string; designatedVoter: boolean }>; version: string | null }> =
      await ctx.em.query(
        `SELECT u.id, u.building || u.unit_no || u.room AS label, u.area::text, u.area_source, u.developer_held,
                coalesce(json_agg(json_build_object('ownerId', o.id, 'name', o.name, 'designatedVoter', s.designated_voter) ORDER BY o.id)
                         FILTER (WHERE o.id IS NOT NULL), '[]') AS owners,
                (SELECT version::text FROM owner_roll_version WHERE estate_id = $1) AS version
           FROM unit u LEFT JOIN ownership s ON s.unit_id = u.id LEFT JOIN owner o ON o.id = s.owner_id
          WHERE u.estate_id = $1
          GROUP BY u.id ORDER BY u.id`,
        [vote.estateId],
      );
    const names = new Map(units.flatMap((u) => u.owners.map((o) => [o.ownerId, o.name] as const)));
    const live: LiveUnit[] = units.map((u) => ({
      id: u.id, label: u.label, areaHundredths: toHundredths(u.area), areaSource: u.area_source, developerHeld: u.developer_held, owners: u.owners,
    }));
    // taken now; `at` only where the demo seed lays down a vote that opened in the past (vote-records-backfill.ts)
    const now = at ?? ((await ctx.em.query(`SELECT date_trunc('milliseconds', now()) AS now`)) as Array<{ now: Date }>)[0].now;
    const roll = rollSnapshot(live, (ownerId) => names.get(ownerId) ?? `owner:${ownerId}`, iso(now));
    const [{ id }]: Array<{ id: number }> = await ctx.em.query(
      `INSERT INTO vote_record (${COLUMN[vote.kind]}, estate_id, roll_taken_at, roll_version, headcount, area, households) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      // an election's committee is sized on the households of this moment (docs/domain-rules.md#committee-size)
      [vote.id, vote.estateId, roll.takenAt, units[0]?.version ?? null, Number(roll.totals.headcount), roll.totals.area, vote.kind === 'ELECTION' ? await householdsOf(ctx, vote.estateId) : null],
    );
    await ctx.em.query(
      `INSERT INTO vote_roll_person (vote_record_id, person_key, name, area)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::numeric[])`,
      [id, roll.persons.map((p) => p.key), roll.persons.map((p) => p.name), roll.persons.map((p) => p.area)],
    );
    await ctx.em.query(
      `INSERT INTO vote_roll_unit (vote_record_id, unit_id, label, area, area_source, developer_held, voter_key, designated, owner_keys)
       SELECT $1, u.unit_id, u.label, u.area, u.area_source, u.developer_held, u.voter_key, u.designated,
              coalesce(string_to_array(nullif(u.owners, ''), ','), '{}')
         FROM unnest($2::int[], $3::text[], $4::numeric[], $5::text[], $6::boolean[], $7::text[], $8::boolean[], $9::text[])
              AS u(unit_id, label, area, area_source, developer_held, voter_key, designated, owners)`,
      [
        id,
        roll.units.map((u) => Number(u.id)),
        roll.units.map((u) => u.label),
        roll.units.map((u) => u.area),
        roll.units.map((u) => u.areaSource),
        roll.units.map((u) => u.developerHeld),
        roll.units.map((u) => u.voter),
        roll.units.map((u) => u.designated),
        // owner keys hold no comma (owner:<id>)
        roll.units.map((u) => u.owners.join(',')),
      ],
    );
    // not kept for the process here (the transaction may still roll back), only for this context
    const fixed = { recordId: id, record: roll, voting: votingRollOf(roll) };
    ctx.memo.set(rollMemoKey(vote), Promise.resolve(fixed));
    return fixed;
  },

  /** The roll fixed when the vote opened; null for a vote that has not opened. Once per request. */
  rollOf(ctx: RequestContext, vote: VoteRef): Promise<FixedRoll | null> {
    return memoize(ctx, rollMemoKey(vote), async () => {
      const row = await recordRow(ctx, vote);
      if (!row) return null;
      const held = fixedRolls.get(processScope(ctx))?.get(row.id);
      if (held) return held;
      const persons: Array<{ person_key: string; name: string; area: string; units: number[] }> = await ctx.em.query(
        `SELECT p.person_key, p.name, p.area::text, array_agg(u.unit_id ORDER BY u.unit_id) AS units
           FROM vote_roll_person p JOIN vote_roll_unit u ON u.vote_record_id = p.vote_record_id AND u.voter_key = p.person_key
          WHERE p.vote_record_id = $1 GROUP BY p.person_key, p.name, p.area ORDER BY p.person_key`,
        [row.id],
      );
      const units: Array<{ unit_id: number; label: string; area: string; area_source: string; developer_held: boolean; owner_keys: string[]; voter_key: string; designated: boolean }> =
        await ctx.em.query(
          `SELECT unit_id, label, area::text, area_source, developer_held, owner_keys, voter_key, designated FROM vote_roll_unit WHERE vote_record_id = $1 ORDER BY unit_id`,
          [row.id],
        );
      const record: RecordRoll = {
        takenAt: iso(row.roll_taken_at),
        totals: { headcount: String(row.headcount), area: row.area },
        persons: persons.map((p) => ({ key: p.person_key, name: p.name, area: p.area, units: p.units.map(String) })),
        units: units.map((u) => ({
          id: String(u.unit_id), label: u.label, area: u.area, areaSource: u.area_source, developerHeld: u.developer_held, owners: u.owner_keys,
          voter: u.voter_key, designated: u.designated,
        })),
      };
      return remember(ctx, { recordId: row.id, record, voting: votingRollOf(record) });
    });
  },

  /** Stores (or, on a recount before sealing, replaces) the result of the vote. */
  async storeResult(ctx: RequestContext, vote: VoteRef, result: StoredResult): Promise<void> {
    const row = await recordRow(ctx, vote);
    if (!row) throw new Error(`${vote.kind} ${vote.id} has no fixed roll to count against`);
    for (const table of ['vote_result_line', 'vote_result_check', 'vote_result']) {
      await ctx.em.query(`DELETE FROM ${table} WHERE vote_record_id = $1`, [row.id]);
    }
    const rows = resultRows(result);
    const r = rows.result;
    await ctx.em.query(
      `INSERT INTO vote_result (vote_record_id, counted_at, matter, seats, deemed_votes, ballots, participating_headcount, participating_area, outcome, decided_by, issues)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [row.id, r.counted_at, r.matter, r.seats, r.deemed_votes, r.ballots, r.participating_headcount, r.participating_area, r.outcome, r.decided_by, JSON.stringify(r.issues)],
    );
    const checkColumns: Array<keyof CheckRow> = [
      'subject', 'rule', 'threshold_numerator', 'threshold_denominator', 'inclusive', 'headcount_numerator', 'headcount_denominator', 'headcount_met',
      'area_numerator', 'area_denominator', 'area_met', 'met', 'deemed_outcome', 'deemed_side', 'deemed_headcount', 'deemed_area',
    ];
    await ctx.em.query(
      `INSERT INTO vote_result_check (vote_record_id, ${checkColumns.join(', ')})
       SELECT $1, ${checkColumns.map((c) => `c.${c}`).join(', ')} FROM json_populate_recordset(null::vote_result_check, $2) AS c`,
      [row.id, JSON.stringify(rows.checks)],
    );
    const lineColumns: Array<keyof LineRow> = ['position', 'candidate_id', 'option', 'name', 'votes_headcount', 'votes_area', 'rank', 'status'];
    await ctx.em.query(
      `INSERT INTO vote_result_line (vote_record_id, ${lineColumns.join(', ')})
       SELECT $1, ${lineColumns.map((c) => `l.${c}`).join(', ')} FROM json_populate_recordset(null::vote_result_line, $2) AS l`,
      [row.id, JSON.stringify(rows.lines)],
    );
  },

  /** The stored result, or null while the vote has not been counted. */
  async storedResult(ctx: RequestContext, vote: VoteRef, votedOn: string | null = null): Promise<StoredResult | null> {
    // the result found through its record in one statement: a vote not counted yet (an open vote's tally) costs one
    const [found]: Array<ResultRow & { vote_record_id: number }> = await ctx.em.query(
      `SELECT r.vote_record_id, r.counted_at, r.matter, r.seats, r.deemed_votes, r.ballots, r.participating_headcount,
              r.participating_area::text, r.outcome, r.decided_by, r.issues
         FROM vote_result r JOIN vote_record v ON v.id = r.vote_record_id WHERE v.${COLUMN[vote.kind]} = $1`,
      [vote.id],
    );
    if (!found) return null;
    const { vote_record_id: recordId, ...result } = found;
    const row = { id: recordId };
    const checks: CheckRow[] = await ctx.em.query(
      `SELECT subject, rule, threshold_numerator, threshold_denominator, inclusive, headcount_numerator, headcount_denominator, headcount_met,
              area_numerator::text, area_denominator::text, area_met, met, deemed_outcome, deemed_side, deemed_headcount, deemed_area::text
         FROM vote_result_check WHERE vote_record_id = $1`,
      [row.id],
    );
    const lines: LineRow[] = await ctx.em.query(
      `SELECT position, candidate_id, option, name, votes_headcount, votes_area::text, rank, status FROM vote_result_line WHERE vote_record_id = $1`,
      [row.id],
    );
    return resultOfRows({ result: { ...result, counted_at: iso(result.counted_at) }, checks, lines }, votedOn);
  },

  /**
   * The settlement recorded for the stored result's tie at the last seat, confirmed or not (docs/domain-rules.md#election-tally):
   * one recorded for a count a recount replaced does not apply.
   */
  async recordedTieSettlement(ctx: RequestContext, vote: VoteRef, result: StoredResult): Promise<RecordedTieSettlement | null> {
    if (result.kind !== 'ELECTION' || !result.issues.some((i) => i.code === 'TIE_AT_LAST_SEAT')) return null;
    const [row]: Array<{
      id: number; method: string; chosen: number[]; decided_on: string; note: string; recorded_at: Date;
      recorded_by_id: number | null; confirmed_by_id: number | null; confirmed_at: Date | null; needs_confirmation: boolean;
    }> = await ctx.em.query(
      `SELECT s.id, s.method, s.chosen_candidate_ids AS chosen, s.decided_on::text, s.note, s.recorded_at, s.recorded_by_id, s.confirmed_by_id, s.confirmed_at, s.needs_confirmation
         FROM tie_settlement s JOIN vote_record r ON r.id = s.vote_record_id
        WHERE r.${COLUMN[vote.kind]} = $1 AND s.counted_at = $2`,
      [vote.id, result.countedAt],
    );
    if (!row) return null;
    return {
      countedAt: result.countedAt,
      method: row.method,
      chosen: row.chosen.map(String),
      decidedOn: row.decided_on,
      note: row.note,
      recordedAt: iso(row.recorded_at),
      // absent, not null, while unconfirmed: the records sealed before confirmations existed keep their seal
      ...(row.confirmed_at ? { confirmedAt: iso(row.confirmed_at) } : {}),
      id: row.id,
      recordedById: row.recorded_by_id,
      confirmedById: row.confirmed_by_id,
      // maker-checker: a settlement counts once another officer confirmed it (or it was recorded before confirmations, 1764806410000)
      counts: row.confirmed_at !== null || !row.needs_confirmation,
    };
  },

  /** The settlement that settles the stored result's tie: recorded and confirmed by another officer; null while it is not. */
  async tieSettlement(ctx: RequestContext, vote: VoteRef, result: StoredResult): Promise<RecordTieSettlement | null> {
    const recorded = await this.recordedTieSettlement(ctx, vote, result);
    if (!recorded?.counts) return null;
    const { id: _id, recordedById: _by, confirmedById: _checker, counts: _counts, ...settlement } = recorded;
    return settlement;
  },

  /** The whole record: the fixed roll, every ballot, the stored result, its tie's settlement, and the seal once there is one. */
  async recordOf(ctx: RequestContext, vote: VoteRef, votedOn: string | null = null): Promise<VoteRecord | SealedRecord | null> {
    const [roll, result, row] = [await this.rollOf(ctx, vote), await this.storedResult(ctx, vote, votedOn), await recordRow(ctx, vote)];
    if (!roll || !result || !row) return null;
    const settlement = await this.tieSettlement(ctx, vote, result);
    const content = {
      format: RECORD_FORMAT,
      vote: { kind: vote.kind, id: String(vote.id), estateId: String(vote.estateId) },
      roll: roll.record,
      ballots: await ballotsOf(ctx, vote),
      result,
      // absent, not null, without a settlement: the records sealed before settlements existed keep their seal
      ...(settlement ? { tieSettlement: settlement } : {}),
      // likewise the estate, for records sealed before their seal covered it
      ...(row.estate_in_seal ? { estate: { name: row.estate_name!, district: row.district_name!, subdistrict: row.subdistrict_name! } } : {}),
    } as VoteRecord;
    return row.sha256 ? { ...content, seal: { algorithm: 'SHA-256', sha256: row.sha256.trim(), sealedAt: iso(row.sealed_at!) } } : content;
  },

  /**
   * Seals the record (certifying an election, closing a resolution): SHA-256 over its canonical JSON, the estate's
   * names as they stand now included, so its notice is headed as sealed whatever the registry calls the estate later.
   */
  async seal(ctx: RequestContext, vote: VoteRef, votedOn: string | null = null, at?: Date): Promise<string> {
    const record = await this.recordOf(ctx, vote, votedOn);
    if (!record) throw new Error(`${vote.kind} ${vote.id} has no stored result to seal`);
    const place = await estatePlace(ctx, vote.estateId);
    const estate: RecordEstate = { name: place.estateName, district: place.district, subdistrict: place.subdistrict };
    const sha256 = sealOf({ ...record, estate });
    await ctx.em.query(
      `UPDATE vote_record SET sha256 = $2, sealed_at = coalesce($6, date_trunc('milliseconds', now())), estate_name = $3, district_name = $4, subdistrict_name = $5, estate_in_seal = true
        WHERE id = (SELECT id FROM vote_record WHERE ${COLUMN[vote.kind]} = $1)`,
      [vote.id, sha256, estate.name, estate.district, estate.subdistrict, at ?? null],
    );
    return sha256;
  },

  /** The estate's place as kept with the seal (docs/domain-rules.md#vote-record); null while the record is not sealed. */
  async sealedPlace(ctx: RequestContext, vote: VoteRef): Promise<EstatePlace | null> {
    const row = await recordRow(ctx, vote);
    if (!row?.sha256) return null;
    return { estateName: row.estate_name!, district: row.district_name!, subdistrict: row.subdistrict_name! };
  },
};

/** An election's record; its voting day is the one the officer recorded. */
export function electionRecordOf(ctx: RequestContext, election: { id: number; estateId: number; votedOn: string | null }): Promise<VoteRecord | SealedRecord | null> {
  return voteRecords.recordOf(ctx, electionVote(election), election.votedOn);
}

export function resolutionRecordOf(ctx: RequestContext, resolution: { id: number; estateId: number }): Promise<VoteRecord | SealedRecord | null> {
  return voteRecords.recordOf(ctx, resolutionVote(resolution));
}

async function ballotsOf(ctx: RequestContext, vote: VoteRef): Promise<RecordElectionBallot[] | RecordResolutionBallot[]> {
  if (vote.kind === 'ELECTION') {
    const rows: Array<{ id: string; voter_key: string; method: string; recorded_at: Date; choices: number[] }> = await ctx.em.query(
      `SELECT id::text, voter_key, method, recorded_at, choices FROM ballot WHERE election_id = $1 ORDER BY id`,
      [vote.id],
    );
    return rows.map((b) => ({ id: b.id, voter: b.voter_key, method: b.method, recordedAt: iso(b.recorded_at), approvals: b.choices.map(String) }));
  }
  const rows: Array<{ id: string; voter_key: string; method: string; recorded_at: Date; choice: RecordResolutionBallot['choice'] }> = await ctx.em.query(
    `SELECT id::text, voter_key, method, recorded_at, choice FROM resolution_ballot WHERE resolution_id = $1 ORDER BY id`,
    [vote.id],
  );
  return rows.map((b) => ({ id: b.id, voter: b.voter_key, method: b.method, recordedAt: iso(b.recorded_at), choice: b.choice }));
}
