import HistoryIcon from '@mui/icons-material/History';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Box, Button, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

/** A sentence ends once: react-admin's own page adds "." after a message that already ends in "。". */
export function asSentence(text: string): string {
  return /[.。!！?？]$/.test(text) ? text : `${text}.`;
}

/**
 * An address the console has no page for, in the reader's words: react-admin's own page shows the app's title
 * untranslated (it takes it as given) and doubles the message's full stop.
 */
export function NotFound() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', p: 4, gap: 2 }} data-testid="not-found">
      <Title title={translate('ra.page.not_found')} />
      <SearchOffIcon sx={{ fontSize: 96, color: 'text.disabled' }} />
      <Typography variant="h5" component="h1">
        {translate('ra.page.not_found')}
      </Typography>
      <Typography data-testid="not-found-message">{asSentence(translate('ra.message.not_found'))}</Typography>
      <Button variant="contained" startIcon={<HistoryIcon />} onClick={() => window.history.go(-1)}>
        {translate('ra.action.back')}
      </Button>
    </Box>
  );
}

/** The app's title in the reader's language, wherever react-admin shows its default title (<Admin title>). */
export function AppTitle() {
  const translate = useTranslate();
  return <>{translate('wuye.app.title')}</>;
}
