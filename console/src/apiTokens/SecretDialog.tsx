import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/**
 * A secret the server returns once (an API token, a webhook's signing secret): shown here with a copy button,
 * and forgotten when the dialog closes — only its hash (or the server's copy for signing) is kept.
 */
export function SecretDialog({ title, secret, onClose }: { title: string; secret: string; onClose(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = () =>
    navigator.clipboard.writeText(secret).then(
      () => notify('wuye.apiTokens.copied', { type: 'success' }),
      () => notify('wuye.apiTokens.copy_failed', { type: 'warning' }),
    );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="secret-dialog">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">{translate('wuye.apiTokens.secret_once')}</Alert>
          <TextField value={secret} fullWidth slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'secret-value', spellCheck: false } }} onFocus={(e) => e.target.select()} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy} data-testid="secret-copy">
          {translate('wuye.apiTokens.copy')}
        </Button>
        <Button variant="contained" onClick={onClose} data-testid="secret-done">
          {translate('wuye.apiTokens.secret_saved')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
