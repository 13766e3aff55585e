import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { useFormat } from './fields';
import { useErrorText } from './FormDialog';

interface VoteRecord {
  sha256: string | null;
  sealedAt: string | null;
  pdfPath: string;
  /** null for a reader who may not see who voted how (the API's rule: the officers running the vote) */
  jsonPath: string | null;
}

/** Saves a blob under a name, as a link the browser downloads. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The phases in which a vote has been counted: its notice and tally sheet exist from then on (the server refuses them before). */
const COUNTED_PHASES: Record<'elections' | 'resolutions', readonly string[]> = {
  elections: ['COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED'],
  resolutions: ['CLOSED'],
};

/**
 * The record of a counted vote (docs/domain-rules.md#vote-record): its seal once there is one, the printable
 * notice (选举结果公告 / 表决结果公告) and the JSON record that `npm run verify-record` checks. The documents
 * need the session's token, so they are fetched and then saved rather than linked.
 */
export function VoteRecordPanel({ resource }: { resource: 'elections' | 'resolutions' }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const errorText = useErrorText();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [error, setError] = useState<string | null>(null);
  const vote = record?.record as VoteRecord | null | undefined;
  if (!record) return null;
  if (!vote) return <Typography variant="body2" data-testid="vote-record-none">{translate('wuye.record.none')}</Typography>;

  const name = `${translate(`wuye.record.notice_${resource}`)}-${record.id}`;
  const counted = COUNTED_PHASES[resource].includes(record.phase);
  // a cancelled election keeps its record as evidence of what was counted, but announces no one
  const recordReadable = counted || (resource === 'elections' && record.phase === 'CANCELLED');
  const download = async (path: string, fileName: string) => {
    setError(null);
    try {
      save(await dataProvider.downloadDocument(path), fileName);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Stack spacing={1.5} data-testid="vote-record" data-sealed={!!vote.sha256}>
      {vote.sha256 ? (
        <Stack spacing={0.5}>
          <Typography variant="body2">{translate('wuye.record.sealed', { at: format.instant(vote.sealedAt) })}</Typography>
          <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="record-sha256">
            SHA-256 {vote.sha256}
          </Typography>
        </Stack>
      ) : (
        <Alert severity="info">{translate('wuye.record.not_sealed')}</Alert>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {counted && (
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => download(vote.pdfPath, `${name}.pdf`)} data-testid="download-notice">
            {translate(`wuye.record.download_notice_${resource}`)}
          </Button>
        )}
        {recordReadable && vote.jsonPath && (
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => download(vote.jsonPath!, `${name}-record.json`)} data-testid="download-record">
            {translate('wuye.record.download_record')}
          </Button>
        )}
        {counted && resource === 'elections' && (
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => download(`/documents/elections/${record.id}/tally-sheet.pdf`, `${translate('wuye.documents.tally_sheet')}-${record.id}.pdf`)} data-testid="download-tally-sheet">
            {translate('wuye.documents.tally_sheet')}
          </Button>
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary" data-testid="record-verify-hint">
        {translate(vote.sha256 ? 'wuye.record.verify_hint' : 'wuye.record.verify_hint_unsealed')}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
