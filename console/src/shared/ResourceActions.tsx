import EditIcon from '@mui/icons-material/Edit';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CreateButton, ExportButton, FilterButton, TopToolbar, useCanAccess, useCreatePath, useListContext, useNotify, usePermissions, useRecordContext, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { canAccess } from '../permissions';
import { FilingActions } from './FilingActions';
import { ReceiptButton, SERVER_EXPORTS, SheetExportButton } from './DocumentButton';

/**
 * Whether the role may take an action on the record as it is now. Computed on every render from the record on
 * screen, never cached by record id (react-admin's useCanAccess keys its cache by id, so a record that moved —
 * submitted, certified — would keep the answer of its old state until a reload).
 */
export function useRecordAccess(resource: string, action: string, record: RaRecord | undefined): boolean {
  const { permissions } = usePermissions();
  return !!record && canAccess(permissions, resource, action, record);
}

/** Edit, shown only while the record on screen is editable for this role (a filing the clerk holds, an election not yet final). */
export function RecordEditButton() {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const createPath = useCreatePath();
  const editable = useRecordAccess(resource, 'edit', record);
  if (!record || !editable) return null;
  return (
    <Button component={Link} to={createPath({ resource, type: 'edit', id: record.id })} startIcon={<EditIcon />} size="small" data-testid="edit-button">
      {translate('ra.action.edit')}
    </Button>
  );
}

/**
 * Inside an edit page: a record this role may not edit now (an approved filing opened from a bookmark) goes to its
 * show page with the reason, instead of a form whose save the server would refuse.
 */
export function LeaveWhenNotEditable({ reason = 'FILING_NOT_EDITABLE' }: { reason?: string }) {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const editable = useRecordAccess(resource, 'edit', record);
  const leave = !!record && !editable;
  // the role may edit no such record at all (a manager reads everything, writes nothing): say so, not the record's state
  const why = canAccess(permissions, resource, 'edit') ? reason : 'ROLE_READ_ONLY';
  useEffect(() => {
    if (!leave) return;
    notify(`wuye.rules.${why}`, { type: 'info' });
    navigate(createPath({ resource, type: 'show', id: record.id }), { replace: true });
  }, [leave, notify, navigate, createPath, resource, record?.id, why]);
  return null;
}

/** A link to the import page for this kind, for the roles that may import. */
export function ImportButton({ kind }: { kind: 'FIRMS' | 'PROJECTS' }) {
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'import' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={`/import?kind=${kind}`} startIcon={<UploadIcon />} size="small" data-testid="import-button">
      {translate('wuye.menu.import')}
    </Button>
  );
}

/** List toolbar: filters, create and import (when the role may), export (.xlsx or CSV from the API where it offers one). */
export function ListActions({ importKind }: { importKind?: 'FIRMS' | 'PROJECTS' }) {
  const resource = useResourceContext();
  // a list without an exporter offers no export button (one that did nothing was offered before)
  const { exporter } = useListContext();
  const serverExport = !!resource && SERVER_EXPORTS.includes(resource);
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {importKind && <ImportButton kind={importKind} />}
      {serverExport ? <SheetExportButton /> : exporter ? <ExportButton maxResults={10000} /> : null}
    </TopToolbar>
  );
}

/** Show page toolbar: the filing actions this user may take now, and Edit while the filing is editable. */
export function ShowActions({ filing = true }: { filing?: boolean }) {
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
      {filing && <FilingActions />}
      {filing && <ReceiptButton />}
      <RecordEditButton />
    </TopToolbar>
  );
}
