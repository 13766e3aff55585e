import { Box, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, useMediaQuery, type Theme } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  FunctionField,
  ReferenceField,
  ReferenceInput,
  SimpleList,
  TextField,
  TextInput,
  useCanAccess,
  useTranslate,
  useRecordContext,
  type Exporter,
  type RaRecord,
} from 'react-admin';
import { List } from '../shared/views';
import { translatedExporter } from '../shared/exporter';
import { LocaleDateField, useFormat, useIntlLocale } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';
import { i18nProvider } from '../i18n/i18nProvider';
import { actionLabel, actorLabel, auditShape, changedFieldsText, typeLabel, type Translate } from './auditWords';
import { auditRows, recordPath, type AuditValue } from './auditValues';
import { LabelOrderSelectInput } from '../shared/LabelOrderInputs';
import { BY_DISPLAY_NAME } from '../shared/choiceOrder';

/** The record types the API audits (the `entityType` of its events). */
export const AUDITED_TYPES = [
  'Firm', 'Project', 'Estate', 'Owner', 'Unit', 'Election', 'Candidate', 'Resolution', 'Committee', 'CommitteeFiling',
  'CommitteeAccount', 'AccountPeriod', 'AccountEntry', 'RepairFund', 'RepairFundWithdrawal', 'Assessment', 'AssessmentScheme',
  'RedBlackList', 'PartyOrganisation', 'FivePartyMeeting', 'FivePartyIssue', 'FivePartyFollowUp', 'Campaign', 'CampaignReport',
  'ChecklistVersion', 'ChecklistDraft', 'HolidayNotice', 'User', 'ApiToken', 'WebhookEndpoint',
] as const;
const typeChoices = AUDITED_TYPES.map((id) => ({ id, name: `wuye.auditLog.type.${id}` }));
/** A cell's words wrap at spaces only (keep-all): a Chinese name or label stays whole, an English one wraps between its words. */
const WHOLE_WORDS = { wordBreak: 'keep-all', overflowWrap: 'normal' } as const;


const csv = translatedExporter('auditEvents', ['id', 'at', 'actorName', 'action', 'entityType', 'entityId', 'before', 'after']);
/** The CSV export: action and record type in words (the times in China time, by translatedExporter), before and after as the JSON the server keeps. */
const exporter: Exporter = (records, ...rest) => {
  const t: Translate = (key, options) => i18nProvider.translate(key, options);
  return csv(
    records.map((r) => ({
      ...r,
      actorName: actorLabel(r.actorName, t),
      action: actionLabel(r.action, t),
      entityType: typeLabel(r.entityType, t),
      before: r.before ? JSON.stringify(r.before) : '',
      after: r.after ? JSON.stringify(r.after) : '',
    })),
    ...rest,
  );
};

/**
 * The audit log (docs/architecture.md#audit-chain): every change, filtered by record (type and id), person,
 * action and days; what a reader sees is what they may read (the server narrows it). Exported as CSV.
 */
export default function AuditLogList() {
  const translate = useTranslate();
  const format = useFormat();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // people are the admin's to list: others filter by record, action and days
  const { canAccess: canListUsers } = useCanAccess({ resource: 'users', action: 'list' });
  const filters = [
    <LabelOrderSelectInput key="entityType" source="entityType" choices={typeChoices} alwaysOn />,
    <TextInput key="entityId" source="entityId" alwaysOn />,
    ...(canListUsers
      ? [
          <ReferenceInput key="actorId" source="actorId" reference="users" alwaysOn sort={BY_DISPLAY_NAME}>
            <AutocompleteInput optionText="displayName" filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
          </ReferenceInput>,
        ]
      : []),
    <TextInput key="action" source="action" />,
    <DateInput key="atFrom" source="atFrom" alwaysOn />,
    <DateInput key="atTo" source="atTo" alwaysOn />,
  ];
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={exporter} actions={<ListActions />} narrow={{ hide: ['id'], clip: ['changed'] }} data-testid="audit-log">
      {phone ? (
        <SimpleList
          primaryText={(r) => `${typeLabel(r.entityType, translate)} ${r.entityId} · ${actionLabel(r.action, translate)}`}
          secondaryText={(r) => actorLabel(r.actorName, translate)}
          tertiaryText={(r) => format.instant(r.at)}
          linkType={false}
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false} expand={<EventDetail />}>
          <TextField source="id" />
          <LocaleDateField source="at" showTime sortable={false} />
          {/* names and types broken only between words: one character a line broke 「登记员 吴婷」 at 1280 px, and on one
              line the longer English words ("Red and black list: published") widened the page past a 1280 px window */}
          <FunctionField source="actorName" sortable={false} render={(r: RaRecord) => actorLabel(r.actorName, translate)} sx={WHOLE_WORDS} />
          <FunctionField source="action" sortable={false} render={(r: RaRecord) => actionLabel(r.action, translate)} sx={WHOLE_WORDS} data-testid="audit-action" />
          <FunctionField source="entityType" sortable={false} render={(r: RaRecord) => typeLabel(r.entityType, translate)} sx={WHOLE_WORDS} />
          <FunctionField source="entityId" sortable={false} render={(r: RaRecord) => <RecordLink entityType={r.entityType} entityId={r.entityId} />} />
          <FunctionField source="changed" sortable={false} label="wuye.auditLog.changed" render={(r: RaRecord) => changedFieldsText(r.before, r.after, translate)} data-testid="audit-changed" />
        </Datagrid>
      )}
    </List>
  );
}

/** The audited record's id, as a link to its page where the console has one. */
function RecordLink({ entityType, entityId }: { entityType: string; entityId: string }) {
  const path = recordPath(entityType, entityId);
  if (!path) return <>{entityId}</>;
  return (
    <MuiLink component={Link} to={path} data-testid="audit-record-link">
      {entityId}
    </MuiLink>
  );
}

function AuditValueCell({ value }: { value: AuditValue }) {
  if ('text' in value) return <>{value.text}</>;
  // a referenced record by its name, linked to its page
  return <ReferenceField record={{ id: value.id, ref: value.id }} source="ref" reference={value.resource} link="show" />;
}

/** The event's changed fields as the console shows them elsewhere: labels, words for codes, China time (personal data masked as the server sent it). */
function EventDetail() {
  // react-admin 5 hands the expanded row its record through context, not props
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!record) return null;
  const rows = auditRows(record.before, record.after, record.entityType, translate, locale, record.people ?? []);
  // a creation has no before and a removal no after: one column of values, not a column of dashes (the new user's walk)
  const shape = auditShape(record.before, record.after);
  const columns = shape === 'CREATED' ? (['after'] as const) : shape === 'REMOVED' ? (['before'] as const) : (['before', 'after'] as const);
  const heading = { CREATED: 'wuye.auditLog.created_value', REMOVED: 'wuye.auditLog.removed_value', CHANGED: null }[shape];
  return (
    <Box sx={{ overflowX: 'auto' }} data-testid="audit-detail" data-shape={shape}>
      {/* the labels on one line; values keep their own line breaks */}
      <Table size="small" sx={{ '& td': { verticalAlign: 'top', whiteSpace: 'pre-line', wordBreak: 'break-word' }, '& td:first-of-type': { whiteSpace: 'nowrap', wordBreak: 'normal' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.auditLog.detail_field')}</TableCell>
            {columns.map((side) => (
              <TableCell key={side}>{translate(heading ?? `resources.auditEvents.fields.${side}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.field} data-field={row.field}>
              <TableCell sx={{ width: '1%' }}>{row.label}</TableCell>
              {columns.map((side) => (
                <TableCell key={side} sx={{ width: columns.length === 1 ? 'auto' : '45%' }}>
                  <AuditValueCell value={row[side]} />
                </TableCell>
              ))}
            </TableRow>
          ))}
          {!rows.length && (
            <TableRow>
              <TableCell colSpan={columns.length + 1}>{translate('wuye.auditLog.no_changes')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Box>
  );
}
