import crypto from 'node:crypto';

/**
 * The audit chain's arithmetic, the same as the database trigger's (migrations/1764720500000-audit-chain.ts),
 * written again here so that the verifier checks the stored hashes without trusting PostgreSQL's functions.
 * hash = SHA-256(previous hash as hex ‖ canonical content); the first event follows GENESIS_HASH.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns an event's hash covers, as PostgreSQL hands them over (jsonb as its normalized text). */
export interface ChainedContent {
  at: Date;
  actorId: number | string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  /** `before::text`: jsonb's own normal form, so no JSON re-serialisation has to agree with PostgreSQL's */
  beforeText: string | null;
  afterText: string | null;
}

/** A JSON array of strings in a fixed order, the time as ISO-8601 UTC with milliseconds. */
export function canonicalContent(e: ChainedContent): string {
  const fields = [e.at.toISOString(), e.actorId === null ? null : String(e.actorId), e.actorName, e.action, e.entityType, e.entityId, e.beforeText, e.afterText];
  return '[' + fields.map((f) => (f === null ? 'null' : JSON.stringify(f))).join(',') + ']';
}

export function chainHash(prevHash: string, e: ChainedContent): string {
  return crypto.createHash('sha256').update(prevHash + canonicalContent(e), 'utf8').digest('hex');
}

/** What was found wrong first, walking the chain from its start. */
export enum AuditChainProblem {
  /** the event's content no longer gives its hash: it was edited */
  CONTENT_CHANGED = 'CONTENT_CHANGED',
  /** the event does not name the previous event's hash: an event before it was edited and rehashed, or replaced */
  LINK_BROKEN = 'LINK_BROKEN',
  /** the position before this event is missing: an event was deleted */
  EVENT_MISSING = 'EVENT_MISSING',
  /** the chain ends elsewhere than its recorded head: events at its end were deleted (or the head edited) */
  HEAD_MISMATCH = 'HEAD_MISMATCH',
}

export interface AuditChainReport {
  ok: boolean;
  eventsChecked: number;
  /** the last verified event's hash (the head, when ok) */
  headHash: string;
  headPosition: number;
  firstBadEventId: number | null;
  firstBadPosition: number | null;
  problem: AuditChainProblem | null;
}

/** Runs one SQL statement and gives its rows (TypeORM's em.query, or a pg client adapted). */
export type QueryRows = (sql: string, params: unknown[]) => Promise<Array<Record<string, any>>>;

const BATCH = 2000;

/**
 * Walks the whole chain in order and names the first event that does not match. Run it in one
 * REPEATABLE READ transaction: writers keep appending, and the head must be read from the same snapshot.
 */
export async function verifyChain(query: QueryRows): Promise<AuditChainReport> {
  let prevHash = GENESIS_HASH;
  let position = 0;
  let checked = 0;
  const bad = (eventId: number | null, at: number, problem: AuditChainProblem): AuditChainReport => ({
    ok: false,
    eventsChecked: checked,
    headHash: prevHash,
    headPosition: position,
    firstBadEventId: eventId,
    firstBadPosition: at,
    problem,
  });
  for (;;) {
    const rows = await query(
      `SELECT id, chain_seq, at, actor_id, actor_name, action, entity_type, entity_id,
              before::text AS before_text, after::text AS after_text, prev_hash, hash
         FROM audit_event WHERE chain_seq > $1 ORDER BY chain_seq LIMIT $2`,
      [position, BATCH],
    );
    for (const row of rows) {
      const seq = Number(row.chain_seq);
      const id = Number(row.id);
      if (seq !== position + 1) return bad(id, seq, AuditChainProblem.EVENT_MISSING);
      if (row.prev_hash !== prevHash) return bad(id, seq, AuditChainProblem.LINK_BROKEN);
      const content: ChainedContent = {
        at: row.at,
        actorId: row.actor_id,
        actorName: row.actor_name,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        beforeText: row.before_text,
        afterText: row.after_text,
      };
      if (chainHash(prevHash, content) !== row.hash) return bad(id, seq, AuditChainProblem.CONTENT_CHANGED);
      prevHash = row.hash;
      position = seq;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  const [head] = await query(`SELECT seq, hash FROM audit_chain_head`, []);
  if (!head || Number(head.seq) !== position || head.hash !== prevHash) return bad(null, head ? Number(head.seq) : position, AuditChainProblem.HEAD_MISMATCH);
  return { ok: true, eventsChecked: checked, headHash: prevHash, headPosition: position, firstBadEventId: null, firstBadPosition: null, problem: null };
}

/** The chain's head at the end of a day (China time): its last event of that day, in chain order. */
export interface AuditAnchorRow {
  day: string;
  position: number;
  eventId: number;
  hash: string;
  events: number;
}

/** One anchor per China calendar day from `from` to `to` (inclusive) that has events. */
export async function dailyAnchors(query: QueryRows, from: string, to: string): Promise<AuditAnchorRow[]> {
  const rows = await query(
    `SELECT DISTINCT ON (day) to_char(day, 'YYYY-MM-DD') AS day, chain_seq, id, hash, count(*) OVER (PARTITION BY day) AS events
       FROM (SELECT (at AT TIME ZONE 'Asia/Shanghai')::date AS day, chain_seq, id, hash FROM audit_event
              WHERE at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
                AND at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') e
      ORDER BY day, chain_seq DESC`,
    [from, to],
  );
  return rows.map((r) => ({ day: r.day, position: Number(r.chain_seq), eventId: Number(r.id), hash: r.hash, events: Number(r.events) }));
}
