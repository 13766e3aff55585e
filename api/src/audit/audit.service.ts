import { mask, personalFieldsOf } from '../auth/personal-data';
import type { RequestContext } from '../request/context';
import { findList, ListResult } from '../shared/list';
import { AuditEvent } from './audit-event.entity';
import { AuditEventListOptions } from './audit.inputs';
import { auditVisibilityCondition } from './audit-visibility';

/** Fields that never enter the audit log, whatever the entity. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'secret']);

/** A JSON copy of a record for the audit log: secrets dropped, personal data masked. */
export function auditSnapshot(record: object | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const personal = personalFieldsOf(record.constructor);
  const snapshot: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (SECRET_FIELDS.has(key)) continue;
    const kind = personal.get(key);
    snapshot[key] = kind && typeof value === 'string' ? mask(kind, value) : value instanceof Date ? value.toISOString() : value;
  }
  return snapshot;
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
  const json = (record: object | null | undefined) => {
    const snapshot = auditSnapshot(record);
    return snapshot === null ? null : JSON.stringify(snapshot);
  };
  await ctx.em.query(
    `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, before, after)
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
      entries.map((e) => json(e.before)),
      entries.map((e) => json(e.after)),
    ],
  );
}

export class AuditService {
  list(ctx: RequestContext, options: AuditEventListOptions | undefined, wantTotal: boolean): Promise<ListResult<AuditEvent>> {
    return findList(
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
  }
}

export const auditService = new AuditService();
