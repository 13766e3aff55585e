import { DataSource } from 'typeorm';
import { admits, Policies } from '../auth/policies';
import { jurisdictionOf } from '../estates/jurisdiction';
import type { RequestContext } from '../request/context';
import { AppError, ErrorCode, fail } from '../shared/errors';

/**
 * The change feed's reading side (docs/architecture.md#change-feed). Events are written by a trigger on
 * audit_event (migrations/1764720500100-change-feed.ts) in the change's own transaction; an event says which
 * record changed, how and to which version, and nothing of its content: a reader fetches the record through
 * the ordinary queries, masked for it as everywhere else.
 */
export enum ChangeEntityType {
  Firm = 'Firm',
  Project = 'Project',
  Estate = 'Estate',
  PartyOrganisation = 'PartyOrganisation',
  FivePartyMeeting = 'FivePartyMeeting',
  Election = 'Election',
  Candidate = 'Candidate',
  Committee = 'Committee',
  CommitteeFiling = 'CommitteeFiling',
  Resolution = 'Resolution',
  RepairFund = 'RepairFund',
  CommitteeAccount = 'CommitteeAccount',
}

/** Readable under registryRead (REGISTRY_READ for tokens); five-party meetings by officers in their jurisdiction only. */
export const REGISTRY_TYPES: readonly ChangeEntityType[] = [
  ChangeEntityType.Firm,
  ChangeEntityType.Project,
  ChangeEntityType.Estate,
  ChangeEntityType.PartyOrganisation,
  ChangeEntityType.FivePartyMeeting,
];
/** Readable under electionsRead (ELECTIONS_READ for tokens), by officers in their jurisdiction only. */
export const ELECTION_TYPES: readonly ChangeEntityType[] = [
  ChangeEntityType.Election,
  ChangeEntityType.Candidate,
  ChangeEntityType.Committee,
  ChangeEntityType.CommitteeFiling,
  ChangeEntityType.Resolution,
  ChangeEntityType.RepairFund,
  ChangeEntityType.CommitteeAccount,
];

/** Placed in an estate: an officer follows those of their jurisdiction only, as they list them (auth/read-rules.ts). */
const ESTATE_PLACED_TYPES: readonly ChangeEntityType[] = [...ELECTION_TYPES, ChangeEntityType.FivePartyMeeting];

export interface ChangeEventRow {
  position: number;
  at: Date;
  entityType: ChangeEntityType;
  entityId: string;
  action: string;
  version: number | null;
}

export interface ChangePageResult {
  items: ChangeEventRow[];
  /** pass as `after` for the next page: the last item's position, or the head when the page is not full */
  nextAfter: number;
  /** the last committed position when the page was read */
  headPosition: number;
}

/** The types this caller may follow: each family only under its own read policy. */
export function readableTypes(ctx: RequestContext): ChangeEntityType[] {
  return [
    ...(admits(Policies.registryRead, ctx.principal) ? REGISTRY_TYPES : []),
    ...(admits(Policies.electionsRead, ctx.principal) ? ELECTION_TYPES : []),
  ];
}

/** The feed's last committed position and how far it was pruned. */
export async function readFeedHead(ctx: RequestContext): Promise<{ position: number; prunedThrough: number }> {
  const [head] = await ctx.em.query(`SELECT last, pruned_through FROM change_feed_head`);
  return { position: Number(head.last), prunedThrough: Number(head.pruned_through) };
}

export async function readChanges(ctx: RequestContext, after: number, types: ChangeEntityType[] | undefined, take: number): Promise<ChangePageResult> {
  if (!Number.isInteger(after) || after < 0) throw fail.badField('after', 'RANGE', 'must be a position, 0 or more');
  if (take < 1 || take > ctx.config.limits.maxTake) throw fail.badField('take', 'TAKE_RANGE', `must be from 1 to ${ctx.config.limits.maxTake}`, { min: 1, max: ctx.config.limits.maxTake });
  const readable = readableTypes(ctx);
  const refused = (types ?? []).filter((t) => !readable.includes(t));
  if (refused.length) {
    const reason = ctx.principal?.kind === 'integrator' ? 'SCOPE' : 'ROLE';
    throw fail.forbidden(`You may not follow changes of ${refused.join(', ')}`, reason);
  }
  const wanted = types?.length ? types : readable;
  const jurisdiction = await jurisdictionOf(ctx);

  // the head first: every position up to a committed head is committed (positions are handed out in commit order)
  const { position: headPosition, prunedThrough } = await readFeedHead(ctx);
  if (after < prunedThrough) {
    const refused = fail.badField('after', 'FEED_POSITION_PRUNED', `changes up to position ${prunedThrough} were pruned: resync with the lists, then follow from position ${headPosition} (headPosition)`);
    // and where to go on from (changeFeedHead tells it without a refusal)
    throw new AppError(ErrorCode.BAD_USER_INPUT, refused.message, { ...refused.extensions, prunedThrough, headPosition });
  }
  const params: unknown[] = [after, headPosition, wanted, take];
  let jurisdictionSql = '';
  if (jurisdiction.kind === 'subdistricts') {
    params.push(ESTATE_PLACED_TYPES, jurisdiction.ids);
    jurisdictionSql = `AND (entity_type <> ALL($5) OR estate_id IN (
      SELECT e.id FROM estate e JOIN community c ON c.id = e.community_id WHERE c.subdistrict_id = ANY($6)))`;
  }
  const rows: Array<Record<string, any>> = await ctx.em.query(
    `SELECT position, at, entity_type, entity_id, action, version FROM change_event
      WHERE position > $1 AND position <= $2 AND entity_type = ANY($3) ${jurisdictionSql}
      ORDER BY position LIMIT $4`,
    params,
  );
  const items = rows.map((r) => ({
    position: Number(r.position),
    at: r.at,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    version: r.version,
  }));
  const nextAfter = items.length === take ? items[items.length - 1].position : headPosition;
  return { items, nextAfter, headPosition };
}

/**
 * Drops events older than the retention, as a prefix of the feed (positions follow commit order, times the
 * transactions' starts), and records how far it went. Safe to run from several processes at once.
 */
export async function pruneChangeFeed(ds: DataSource, retentionDays: number): Promise<number> {
  const [result] = await ds.query(
    `WITH cut AS (SELECT max(position) AS through FROM change_event WHERE at < now() - make_interval(days => $1)),
          gone AS (DELETE FROM change_event WHERE position <= (SELECT through FROM cut) RETURNING position),
          moved AS (UPDATE change_feed_head SET pruned_through = greatest(pruned_through, (SELECT through FROM cut))
                     WHERE (SELECT through FROM cut) IS NOT NULL RETURNING pruned_through)
     SELECT count(*)::int AS pruned FROM gone`,
    [retentionDays],
  );
  return result.pruned;
}

/** Prunes once (awaited: a fresh server answers from a pruned feed) and then every few hours; returns the stop function. */
export async function startChangeFeedPruning(ds: DataSource, retentionDays: number, onError: (error: Error) => void): Promise<() => void> {
  const run = () => pruneChangeFeed(ds, retentionDays).then(() => undefined, onError);
  await run();
  const timer = setInterval(() => void run(), 6 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
