import UploadIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { CreateButton, EditButton, ExportButton, FilterButton, TopToolbar, useCanAccess, useResourceContext, useTranslate } from 'react-admin';
import { FilingActions } from './FilingActions';
import { ReceiptButton, SERVER_EXPORTS, SheetExportButton } from './DocumentButton';

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
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {importKind && <ImportButton kind={importKind} />}
      {resource && SERVER_EXPORTS.includes(resource) ? <SheetExportButton /> : <ExportButton maxResults={10000} />}
    </TopToolbar>
  );
}

/** Show page toolbar: the filing actions this user may take now, and Edit while the filing is editable. */
export function ShowActions({ filing = true }: { filing?: boolean }) {
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
      {filing && <FilingActions />}
      {filing && <ReceiptButton />}
      <EditButton />
    </TopToolbar>
  );
}
