import { EntityManager } from 'typeorm';
import { mask, personalFieldsOf } from '../auth/personal-data';
import type { RequestContext } from '../graphql/context';
import { findList, ListResult } from '../shared/list';
import { AuditEvent } from './audit-event.entity';
import { AuditEventListOptions } from './audit.inputs';

/** Fields that never enter the audit log, whatever the entity. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

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

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: number | string;
  before?: object | null;
  after?: object | null;
  /** for changes made by the server itself, with no caller (e.g. 'system') */
  actorName?: string;
}

/** Writes the event with the change's own EntityManager, so both commit or neither does. */
export async function recordAudit(em: EntityManager, ctx: Pick<RequestContext, 'principal'>, entry: AuditEntry): Promise<void> {
  const principal = ctx.principal;
  await em.query(
    `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      principal?.kind === 'user' ? principal.id : null,
      entry.actorName ?? (principal ? principal.name : 'anonymous'),
      entry.action,
      entry.entityType,
      String(entry.entityId),
      auditSnapshot(entry.before),
      auditSnapshot(entry.after),
    ],
  );
}

export class AuditService {
  list(ctx: RequestContext, options: AuditEventListOptions | undefined, wantTotal: boolean): Promise<ListResult<AuditEvent>> {
    return findList(
      ctx.ds.manager,
      {
        entity: AuditEvent,
        alias: 'a',
        defaultSort: 'id',
        applyFilter(qb, f) {
          if (f.entityType) qb.andWhere('a.entityType = :entityType', { entityType: f.entityType });
          if (f.entityId) qb.andWhere('a.entityId = :entityId', { entityId: f.entityId });
          if (f.actorId) qb.andWhere('a.actorId = :actorId', { actorId: f.actorId });
          if (f.action) qb.andWhere('a.action = :action', { action: f.action });
        },
      },
      options,
      { maxTake: ctx.config.limits.maxTake, wantTotal },
    );
  }
}

export const auditService = new AuditService();
