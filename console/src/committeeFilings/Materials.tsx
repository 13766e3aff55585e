import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { readAsBase64, saveBase64 } from '../shared/files';
import type { MaterialKind } from '../generated/graphql';
import { chosen, materialKindChoices, REQUIRED_MATERIALS } from '../shared/choices';
import { useFormat } from '../shared/fields';
import { useErrorText } from '../shared/FormDialog';
import { useRecordAccess } from '../shared/ResourceActions';
import { sameFiles, shortDigest } from './sameFiles';

interface Material {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

/**
 * The filing's materials (minutes, covenant, rules of procedure, member list): listed for every reader with their
 * SHA-256, downloaded by the street office and, once submitted, the registrar who decides it (the files name owners);
 * upload and removal while the street office holds the filing (draft or returned).
 */
export function Materials() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  // none chosen until the user picks one, and none again after each upload: every file's kind is chosen for it
  const [kind, setKind] = useState<MaterialKind | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canUpload = useRecordAccess('committeeFilings', 'upload', record);
  const { canAccess: canDownload } = useCanAccess({ resource: 'committeeFilings', action: 'download' });
  if (!record) return null;
  const materials = (record.materials ?? []) as Material[];
  // the server gives a registrar the files once the filing is submitted; a draft is the street office's alone
  const mayOpen = canDownload && (canUpload || record.filingStatus !== 'DRAFT');
  const same = sameFiles(materials);
  const missing = REQUIRED_MATERIALS.filter((k) => !materials.some((m) => m.kind === k));
  const act = async (call: () => Promise<unknown>, done: string | null, args = {}): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await call();
      if (done) notify(done, { type: 'success', messageArgs: args });
      refresh();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const upload = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !kind) return;
    const contentBase64 = await readAsBase64(file);
    const uploaded = await act(
      () => dataProvider.addFilingMaterial(String(record.id), { kind, fileName: file.name, contentType: file.type || 'application/octet-stream', contentBase64 }),
      'wuye.materials.uploaded_ok',
      // the name as the server keeps it, its last path component (api/src/committees/material-file.ts)
      { name: file.name.split(/[\\/]/).pop() },
    );
    if (uploaded) setKind('');
  };
  const download = (m: Material) => act(async () => saveBase64(m.fileName, m.contentType, (await dataProvider.getFilingMaterialContent(m.id)).data), null);

  return (
    <Stack spacing={1} data-testid="materials">
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('wuye.materials.title')}
      </Typography>
      {canUpload && missing.length > 0 && (
        <Alert severity="warning" data-testid="materials-missing">
          {translate('wuye.materials.missing', { kinds: missing.map((k) => translate(`wuye.materialKind.${k}`)).join('、') })}
        </Alert>
      )}
      {materials.length > 0 && !mayOpen && (
        <Typography variant="body2" color="text.secondary" data-testid="materials-closed">
          {translate('wuye.materials.closed')}
        </Typography>
      )}
      {same.size > 0 && (
        <Alert severity="warning" data-testid="materials-same">
          {translate('wuye.materials.same_warning')}
        </Alert>
      )}
      {error && <Alert severity="error">{error}</Alert>}
      {materials.length === 0 ? (
        <Typography variant="body2">{translate('wuye.materials.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('wuye.materials.kind')}</TableCell>
              <TableCell>{translate('wuye.materials.file')}</TableCell>
              <TableCell align="right">{translate('wuye.materials.size')}</TableCell>
              <TableCell>SHA-256</TableCell>
              <TableCell>{translate('wuye.materials.uploaded')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {materials.map((m) => (
              <TableRow key={m.id} data-material={m.kind}>
                <TableCell>{translate(`wuye.materialKind.${m.kind}`)}</TableCell>
                <TableCell>{m.fileName}</TableCell>
                <TableCell align="right">{format.fileSize(m.sizeBytes)}</TableCell>
                <TableCell data-testid="material-sha256">
                  <Tooltip title={m.sha256}>
                    <span style={{ fontFamily: 'monospace' }}>{shortDigest(m.sha256)}</span>
                  </Tooltip>
                  {same.has(m.id) && (
                    <Typography variant="body2" color="warning.main" data-testid="material-same">
                      {translate('wuye.materials.same_as', { kinds: same.get(m.id)!.map((o) => translate(`wuye.materialKind.${o.kind}`)).join(translate('wuye.import.list_separator')) })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{format.instant(m.createdAt)}</TableCell>
                <TableCell>
                  {mayOpen && (
                    <IconButton size="small" aria-label={translate('wuye.materials.download')} onClick={() => download(m)} disabled={busy} data-testid="download-material">
                      <DownloadIcon fontSize="small" />
                    </IconButton>
                  )}
                  {canUpload && (
                    <IconButton size="small" aria-label={translate('wuye.materials.remove')} onClick={() => act(() => dataProvider.removeFilingMaterial(m.id), 'wuye.materials.removed')} disabled={busy}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canUpload && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField select size="small" label={translate('wuye.materials.kind')} value={kind} onChange={(e) => setKind(chosen(materialKindChoices, e.target.value) ?? kind)} sx={{ minWidth: 200 }} data-testid="material-kind" data-value={kind}>
            {materialKindChoices.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </TextField>
          <input ref={input} type="file" hidden onChange={upload} data-testid="material-file" />
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={busy || !kind} data-testid="material-upload">
            {translate('wuye.materials.upload')}
          </Button>
          {!kind && (
            <Typography variant="caption" color="text.secondary" data-testid="material-kind-first">
              {translate('wuye.materials.choose_kind_first')}
            </Typography>
          )}
        </Stack>
      )}
    </Stack>
  );
}
