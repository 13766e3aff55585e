import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { actorLabel, verbAlone } from '../auditLog/auditWords';
import { useIntlLocale } from './fields';
import { INSTANT_OPTIONS } from './fields';

interface AuditEvent {
  id: string;
  at: string;
  actorName: string;
  action: string;
  before: Record<string, any> | null;
  after: Record<string, any> | null;
}

/** What an audit event did, in words: the action, and for decisions the coded reason and note. */
function useDescribe() {
  const translate = useTranslate();
  return (event: AuditEvent): string => {
    const verb = event.action.split('.').pop() ?? event.action;
    // the audit log's words for a move the history has none of its own for, never the raw code
    const words = [translate(`wuye.history.action.${verb}`, { _: verbAlone(translate(`wuye.auditLog.verb.${verb}`, { _: event.action })) })];
    const after = event.after ?? {};
    if (verb === 'return' && after.returnReason) words.push(translate(`wuye.returnReason.${after.returnReason}`));
    if (verb === 'revoke' && after.revokeReason) words.push(translate(`wuye.revokeReason.${after.revokeReason}`));
    if (verb === 'approve' && after.filingNumber) words.push(after.filingNumber);
    const note = verb === 'return' ? after.returnNote : verb === 'revoke' ? after.revokeNote : null;
    if (note) words.push(`“${note}”`);
    return words.join(' · ');
  };
}

/** One line of a history: when, who, what was done (and why). */
export interface HistoryRow {
  key: string;
  at: string;
  who: string;
  what: string;
  /** the action's code, for tests and styling */
  action?: string;
}

/** A history as a table, oldest first: the audit log's for most records, an election's own for elections. */
export function HistoryTable({ rows, pending = false }: { rows: HistoryRow[]; pending?: boolean }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  return (
    <div data-testid="history">
      <Typography variant="h6" sx={{ mt: 2, mb: 1 }}>
        {translate('wuye.history.title')}
      </Typography>
      {!pending && rows.length === 0 ? (
        <Typography variant="body2">{translate('wuye.history.empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('wuye.history.when')}</TableCell>
              <TableCell>{translate('wuye.history.who')}</TableCell>
              <TableCell>{translate('wuye.history.what')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key} data-action={row.action}>
                <TableCell>{new Date(row.at).toLocaleString(locale, INSTANT_OPTIONS)}</TableCell>
                <TableCell>{row.who}</TableCell>
                <TableCell>{row.what}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

/** A record's history from the audit log: who did what, when (oldest first). */
export function HistoryPanel({ entityType }: { entityType: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const describe = useDescribe();
  const { canAccess } = useCanAccess({ resource: 'auditEvents', action: 'list' });
  const { data = [], isPending } = useGetList<AuditEvent & { id: string }>(
    'auditEvents',
    { filter: { entityType, entityId: String(record?.id) }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: !!record && !!canAccess },
  );
  if (!record || !canAccess) return null;
  const rows = data.map((event) => ({ key: event.id, at: event.at, who: actorLabel(event.actorName, translate), what: describe(event), action: event.action }));
  return <HistoryTable rows={rows} pending={isPending} />;
}
