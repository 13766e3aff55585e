import { mask, PersonalKind, personalFieldNames, personalFieldsOf, personalFieldsOfType } from '../auth/personal-data';
import type { RequestContext } from '../request/context';
import { SEND_AHEAD } from '../shared/sent-ahead';
import { findList, ListResult } from '../shared/list';
import { AuditEvent, AuditPerson } from './audit-event.entity';
import { userIdsNamed } from './people-named';
import { AuditEventListOptions } from './audit.inputs';
import { auditVisibilityCondition } from './audit-visibility';

/** Fields that never enter the audit log, whatever the entity. */
const SECRET_FIELDS = new Set(['passwordHash', 'passwordFirstHalfHash', 'tokenHash', 'secret']);

type Kinds = ReadonlyMap<string, PersonalKind>;

/** The personal fields an event of `entityType` masks: every marked field's name, the entity type's own kinds first. */
function auditMaskOf(entityType: string, record?: object | null): Kinds {
  const kinds = personalFieldNames();
  for (const [key, kind] of personalFieldsOfType(entityType)) kinds.set(key, kind);
  if (record) for (const [key, kind] of personalFieldsOf(record.constructor)) kinds.set(key, kind);
  return kinds;
}

/** A value as JSON.stringify would write it (toJSON first: dates, buffers), so masking sees what is stored. */
function jsonValue(value: unknown): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
}

/** Everything under a personal key is personal: each string or number in it masked, whatever the shape. */
function maskedAll(kind: PersonalKind, raw: unknown): unknown {
  const value = jsonValue(raw);
  if (typeof value === 'string') return mask(kind, value);
  if (typeof value === 'number' || typeof value === 'bigint') return mask(kind, String(value));
  if (Array.isArray(value)) return value.map((v) => maskedAll(kind, v));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskedAll(kind, v)]));
  return value;
}

/** The value with secrets dropped and personal keys masked at every depth (nested records, member lists, arrays). */
function scrubbed(raw: unknown, kinds: Kinds): unknown {
  const value = jsonValue(raw);
  if (Array.isArray(value)) return value.map((v) => scrubbed(v, kinds));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key)) continue;
    const kind = kinds.get(key);
    out[key] = kind ? maskedAll(kind, v) : scrubbed(v, kinds);
  }
  return out;
}

/**
 * A JSON copy of a record for the audit log: secrets dropped, personal data masked. Decided by the entity type
 * and by key names, never only by the value's class: a spread copy (`{ ...moved }`) has none (docs/domain-rules.md#personal-data).
 */
export function auditSnapshot(record: object | null | undefined, entityType = ''): unknown {
  if (!record) return null;
  return scrubbed(record, auditMaskOf(entityType, record));
}

/** Who writes an audit event and through which connection. */
export type AuditWriter = Pick<RequestContext, 'principal' | 'em'>;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: number | string;
  before?: object | null;
  after?: object | null;
  /** for changes made by the server itself, with no caller (e.g. 'system') */
  actorName?: string;
}

/** Writes the event through the change's own context (its transaction), so both commit or neither does. */
export function recordAudit(ctx: AuditWriter, entry: AuditEntry): Promise<void> {
  return recordAudits(ctx, [entry]);
}

/** Several events in one statement (a bulk import writes one per record), in the order given. */
export async function recordAudits(ctx: AuditWriter, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const principal = ctx.principal;
  // the one masking step of every audit write (recordAudit too): nothing reaches audit_event around it
  const json = (record: object | null | undefined, entityType: string) => {
    const snapshot = auditSnapshot(record, entityType);
    return snapshot === null || snapshot === undefined ? null : JSON.stringify(snapshot);
  };
  // in a transaction, sent ahead of the next statement (db/prepared-statements.ts): the audit event is a write's last
  // statement, and the chain's head it locks is then held for PostgreSQL's work only, not for a round trip to the COMMIT
  const ahead = ctx.em.queryRunner?.isTransactionActive === true ? SEND_AHEAD : '';
  await ctx.em.query(
    `${ahead}INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, before, after)
     SELECT $1, e.actor_name, e.action, e.entity_type, e.entity_id, e.before, e.after
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[]) WITH ORDINALITY
            AS e(actor_name, action, entity_type, entity_id, before, after, n)
      ORDER BY e.n`,
    [
      principal?.kind === 'user' ? principal.id : null,
      entries.map((e) => e.actorName ?? (principal ? principal.name : 'anonymous')),
      entries.map((e) => e.action),
      entries.map((e) => e.entityType),
      entries.map((e) => String(e.entityId)),
      entries.map((e) => json(e.before, e.entityType)),
      entries.map((e) => json(e.after, e.entityType)),
    ],
  );
}

export class AuditService {
  /** The people an event names by id, by display name (the request's loader: one statement for a page of events). */
  async peopleNamed(ctx: RequestContext, event: AuditEvent): Promise<AuditPerson[]> {
    // by SQL, not the accounts' entity: the audit folder is imported by accounts, never the other way
    const names = ctx.loaders.custom<string | null>('auditEvent.people', async (ids) => {
      const rows: Array<{ id: number; name: string }> = await ctx.em.query(`SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::int[])`, [ids]);
      const byId = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    const ids = userIdsNamed(event.before, event.after);
    const found = await names.loadMany(ids);
    return ids.flatMap((id, i) => (typeof found[i] === 'string' ? [{ id, name: found[i] as string }] : []));
  }

  async list(ctx: RequestContext, options: AuditEventListOptions | undefined, wantTotal: boolean): Promise<ListResult<AuditEvent>> {
    const page = await findList(
      ctx,
      {
        entity: AuditEvent,
        alias: 'a',
        defaultSort: 'id',
        filters: {
          entityType: { op: 'eq', column: 'a.entityType' },
          // an audited record's id is text (some ids are not numbers); the actor's is compared as given, as before
          entityId: { op: 'eq', column: 'a.entityId' },
          actorId: { op: 'eq', column: 'a.actorId' },
          action: { op: 'eq', column: 'a.action' },
          // whole days in China time, as the audit anchors count them (audit-chain.ts)
          atFrom: { op: 'sql', where: (_day, param) => `a.at >= (CAST(:${param} AS date))::timestamp AT TIME ZONE 'Asia/Shanghai'` },
          atTo: { op: 'sql', where: (_day, param) => `a.at < (CAST(:${param} AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'` },
        },
      },
      options,
      {
        wantTotal,
        // an event is shown only to those who may read its subject, in SQL so that totals and pages agree
        scope: (qb) => {
          const visible = auditVisibilityCondition(ctx.principal);
          qb.andWhere(visible.sql, visible.params);
        },
      },
    );
    // rows written before every write was masked can never be corrected (append-only): masked again when read
    for (const event of page.items) {
      event.before = auditSnapshot(event.before, event.entityType) as Record<string, unknown> | null;
      event.after = auditSnapshot(event.after, event.entityType) as Record<string, unknown> | null;
    }
    return page;
  }
}

export const auditService = new AuditService();
