import { AppBar, Box, Chip, Container, MenuItem, Paper, Stack, TextField, Toolbar, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Loading, useNotify, useTranslate } from 'react-admin';
import type { PublicRedBlackListQuery } from '../generated/graphql';
import { useFormat } from '../shared/fields';
import { ListTables } from './ListTables';
import { redBlackCalls } from './redBlackList.api';
import { quarterLabel } from '../shared/quarters';
import { PublicPageAction } from '../shared/PublicPageAction';

type PublishedList = NonNullable<PublicRedBlackListQuery['redBlackList']>;

/**
 * The public red/black list (docs/roles-and-workflows.md#assessment): outside the console's layout and sign-in,
 * reading only the public fields, with the seal anyone can check against the list's canonical JSON.
 */
export default function PublicRedBlackListPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { instant } = useFormat();
  const [quarters, setQuarters] = useState<string[] | null>(null);
  const [quarter, setQuarter] = useState<string>('');
  const [list, setList] = useState<PublishedList | null>(null);
  useEffect(() => {
    redBlackCalls.redBlackLists().then(
      ({ data }) => {
        setQuarters(data.map((l) => l.quarter));
        setQuarter(data[0]?.quarter ?? '');
      },
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  }, [notify]);
  useEffect(() => {
    if (!quarter) return;
    setList(null);
    redBlackCalls.redBlackList(quarter).then(({ data }) => setList(data), (error: Error) => notify(error.message, { type: 'error' }));
  }, [quarter, notify]);

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }} data-testid="public-red-black-list">
      <AppBar position="static">
        <Toolbar>
          <Typography variant="h6" sx={{ flex: 1 }}>
            {translate('wuye.assessment.public_title')}
          </Typography>
          <PublicPageAction />
        </Toolbar>
      </AppBar>
      <Container maxWidth="lg" sx={{ py: 3 }}>
        <Typography variant="subtitle1" color="text.secondary" sx={{ mb: 2 }}>
          {translate('wuye.assessment.public_subtitle')}
        </Typography>
        {quarters === null ? (
          <Loading />
        ) : quarters.length === 0 ? (
          <Typography>{translate('wuye.assessment.no_lists')}</Typography>
        ) : (
          <Stack spacing={2}>
            <TextField select size="small" label={translate('wuye.assessment.quarter')} value={quarter} onChange={(e) => setQuarter(e.target.value)} sx={{ width: 200 }} slotProps={{ htmlInput: { 'data-testid': 'quarter-select' } }}>
              {quarters.map((q) => (
                <MenuItem key={q} value={q}>
                  {quarterLabel(q, translate)}
                </MenuItem>
              ))}
            </TextField>
            {!list ? (
              <Loading />
            ) : (
              <Paper sx={{ p: 2 }} data-quarter={list.quarter}>
                <Typography variant="body2" color="text.secondary">
                  {translate('wuye.assessment.published_on', { date: instant(list.publishedAt), edition: list.schemeEdition })}
                </Typography>
                <Box sx={{ my: 2 }}>
                  <ListTables rows={list.entries} counts={list.categories} />
                </Box>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="caption">{translate('wuye.assessment.seal_label')}</Typography>
                  <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="list-seal">
                    {list.sha256}
                  </Typography>
                  <Chip size="small" color={list.sealVerified ? 'success' : 'error'} label={translate(list.sealVerified ? 'wuye.assessment.seal_ok' : 'wuye.assessment.seal_bad')} />
                </Stack>
              </Paper>
            )}
          </Stack>
        )}
      </Container>
    </Box>
  );
}
