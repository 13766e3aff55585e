import { Button, Stack } from '@mui/material';
import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';
import { keepEditsAcrossReload } from './ReloadKeepingEdits';

/** CONFLICT: someone changed the record since it was opened; offer to load the current version, keeping the user's edits. */
export function ConflictNotice() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const close = useCloseNotification();
  return (
    <Stack direction="row" spacing={2} sx={{ bgcolor: 'warning.main', color: 'warning.contrastText', px: 2, py: 1, borderRadius: 1, alignItems: 'center' }} role="alert" data-testid="conflict-notice">
      <span>{translate('wuye.errors.CONFLICT')}</span>
      <Button color="inherit" variant="outlined" size="small" onClick={() => {
          close();
          keepEditsAcrossReload();
          refresh();
        }}>
        {translate('wuye.errors.reload')}
      </Button>
    </Stack>
  );
}
