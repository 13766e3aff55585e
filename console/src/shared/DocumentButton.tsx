import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useListContext, useLocaleState, useNotify, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { saveBlob } from './files';
import { useErrorText } from './FormDialog';

/**
 * A document of the API (/documents/…: a printed form, an export), fetched with the session's token and
 * saved; what the API refuses is shown as its error.
 */
function useDocumentDownload() {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const download = async (path: string, fileName: string) => {
    setBusy(true);
    try {
      saveBlob(fileName, await dataProvider.downloadDocument(path));
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}

export function DocumentButton({ path, fileName, label, testId }: { path: string; fileName: string; label: string; testId: string }) {
  const translate = useTranslate();
  const { busy, download } = useDocumentDownload();
  return (
    <Button size="small" startIcon={<PrintIcon />} disabled={busy} onClick={() => download(path, fileName)} data-testid={testId}>
      {translate(label)}
    </Button>
  );
}

/** The API's name of a filing's kind in /documents/{kind}/{id}/receipt.pdf. */
const RECEIPT_PATHS: Record<string, string> = { firms: 'firms', projects: 'projects', committeeFilings: 'committee-filings' };

/** 备案回执: offered once a filing has its number. */
export function ReceiptButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const kind = resource ? RECEIPT_PATHS[resource] : undefined;
  if (!record?.filingNumber || !kind) return null;
  return <DocumentButton path={`/documents/${kind}/${record.id}/receipt.pdf`} fileName={`${record.filingNumber}.pdf`} label="wuye.documents.receipt" testId="download-receipt" />;
}

/** The lists the API exports (documents/exports.ts): names for ids, Beijing times, inert cells. */
export const SERVER_EXPORTS: readonly string[] = ['firms', 'projects', 'estates', 'elections', 'resolutions', 'committees', 'committeeFilings'];

/** Export of the list as filtered now, as .xlsx or CSV, built by the API under the same rules as the list. */
export function SheetExportButton() {
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const { filterValues } = useListContext();
  const [locale] = useLocaleState();
  const { busy, download } = useDocumentDownload();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const filter = Object.fromEntries(Object.entries(filterValues ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const pick = (format: 'xlsx' | 'csv') => {
    setAnchor(null);
    const query = new URLSearchParams({ lang: locale === 'en' ? 'en' : 'zh' });
    if (Object.keys(filter).length) query.set('filter', JSON.stringify(filter));
    void download(`/documents/exports/${resource}.${format}?${query}`, `${translate(`resources.${resource}.name`, { smart_count: 2 })}.${format}`);
  };
  return (
    <>
      <Button size="small" startIcon={<DownloadIcon />} disabled={busy} onClick={(e) => setAnchor(e.currentTarget)} data-testid="export-button">
        {translate('ra.action.export')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => pick('xlsx')} data-testid="export-xlsx">
          {translate('wuye.documents.export_xlsx')}
        </MenuItem>
        <MenuItem onClick={() => pick('csv')} data-testid="export-csv">
          {translate('wuye.documents.export_csv')}
        </MenuItem>
      </Menu>
    </>
  );
}
