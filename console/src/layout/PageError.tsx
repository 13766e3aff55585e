import ErrorIcon from '@mui/icons-material/Report';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Title, useTranslate, type ErrorProps } from 'react-admin';
import { isStaleChunkError } from './staleChunk';

/**
 * A page that failed to render, in the reader's words: after a redeploy the page's code is gone (a new version
 * is out: reload); anything else says only that it went wrong — the error's developer text stays in the console.
 */
export function PageError({ error }: ErrorProps) {
  const translate = useTranslate();
  const stale = isStaleChunkError(error);
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate(stale ? 'wuye.errors.new_version_title' : 'ra.page.error')} />
      <Alert severity={stale ? 'info' : 'error'} icon={stale ? undefined : <ErrorIcon />} data-testid={stale ? 'new-version' : 'page-error'}>
        <AlertTitle>{translate(stale ? 'wuye.errors.new_version_title' : 'ra.page.error')}</AlertTitle>
        {translate(stale ? 'wuye.errors.new_version' : 'ra.message.error')}
        <Box sx={{ mt: 1 }}>
          <Button variant="contained" size="small" startIcon={<RefreshIcon />} onClick={() => window.location.reload()}>
            {translate('wuye.errors.reload')}
          </Button>
        </Box>
      </Alert>
    </Box>
  );
}
