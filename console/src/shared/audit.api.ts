import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';

/** The audit history of a record (HistoryPanel): read as a list, never one by one. */
export const auditEvents = defineResource('auditEvents', {
  list: graphql(`
    query AuditEventList($options: AuditEventListOptions) {
      list: auditEvents(options: $options) { totalItems nextCursor items { id at actorId actorName action entityType entityId before after people { id name } } }
    }
  `),
  sort: { fields: { id: 'ID' }, default: 'ID' },
});
