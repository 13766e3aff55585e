import SearchIcon from '@mui/icons-material/Search';
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { ReactNode, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { VotingMethod } from '../generated/graphql';
import { chosen, votingMethodChoices } from './choices';

/** The search box of ballot entry: runs `onSearch` with what was typed when the form is submitted. */
export function VoterSearch({ label, name, width, busy, total, onSearch, children }: {
  label: string;
  name: string;
  width: number;
  busy: boolean;
  /** matches of the last search, once there is one */
  total: number | undefined;
  onSearch: (q: string) => void;
  /** more controls beside the search button (e.g. choosing the developer) */
  children?: ReactNode;
}) {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  return (
    <Stack
      component="form"
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(q);
      }}
    >
      <TextField size="small" label={label} value={q} onChange={(e) => setQ(e.target.value)} sx={{ width }} name={name} />
      <Button type="submit" variant="outlined" startIcon={<SearchIcon />} disabled={busy} sx={{ whiteSpace: 'nowrap' }}>
        {translate('ra.action.search')}
      </Button>
      {children}
      {total !== undefined && <Typography variant="body2">{translate('wuye.ballot.matches', { smart_count: total })}</Typography>}
    </Stack>
  );
}

/** A refused ballot (e.g. a second one for the same person), shown next to the ballot. */
export function BallotRefusal({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <Alert severity="error" data-testid="ballot-refusal">
      {text}
    </Alert>
  );
}

/** The ballot of the chosen voter: how it was given, what it says (`children`), and the button to record it. */
export function BallotCard({ voterName, method, onMethod, canRecord, onRecord, children }: {
  voterName: string;
  method: VotingMethod;
  onMethod: (method: VotingMethod) => void;
  canRecord: boolean;
  onRecord: () => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="ballot-form">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('wuye.ballot.chosen', { name: voterName })}</Typography>
          <TextField select size="small" label={translate('wuye.ballot.method')} value={method} onChange={(e) => onMethod(chosen(votingMethodChoices, e.target.value) ?? method)} sx={{ maxWidth: 240 }} data-testid="ballot-method">
            {votingMethodChoices.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </TextField>
          {children}
          <div>
            <Button variant="contained" disabled={!canRecord} onClick={onRecord} data-testid="record-ballot">
              {translate('wuye.ballot.record')}
            </Button>
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
}
