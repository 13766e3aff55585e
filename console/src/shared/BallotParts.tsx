import SearchIcon from '@mui/icons-material/Search';
import { Alert, Button, Card, CardContent, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { ReactNode, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { VotingMethod } from '../generated/graphql';
import { chosen, votingMethodChoices } from './choices';
import { useFormat } from './fields';
import { useByLabel } from './LabelOrderInputs';

/** One voting person of a vote's roll (fixed when voting opened), and whether a ballot of theirs is in. */
export interface VotingPerson {
  personKey: string;
  ownerId: string | null;
  name: string;
  units: string[];
  area: string;
  voted: boolean;
}

export const DEVELOPER = 'DEVELOPER';

/** Voting persons shown per page of a search's matches. */
export const VOTER_PAGE = 10;

/** A search's matches, page by page (the API pages them with skip/take). */
export interface VoterPages {
  total: number;
  page: number;
  onPage: (page: number) => void;
}

/** The developer is listed under its role's name in the reader's language. */
export function useVoterName(): (p: VotingPerson) => string {
  const translate = useTranslate();
  return (p) => (p.personKey === DEVELOPER ? translate('wuye.ballot.developer') : p.name);
}

/**
 * The voting persons a search found: name, units, area; someone who has voted is marked and cannot be chosen,
 * so a second ballot is refused before it is sent (the server refuses it too).
 */
export function VotingPersonsTable({ persons, selected, onChoose, pages }: { persons: VotingPerson[]; selected: string | null; onChoose: (p: VotingPerson) => void; pages?: VoterPages }) {
  const translate = useTranslate();
  const format = useFormat();
  const nameOf = useVoterName();
  return (
    <>
    <Table size="small" data-testid="voting-persons">
      <TableHead>
        <TableRow>
          <TableCell>{translate('wuye.ballot.voter')}</TableCell>
          <TableCell>{translate('wuye.ballot.units')}</TableCell>
          <TableCell align="right">{translate('wuye.ballot.area')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {persons.map((p) => (
          <TableRow key={p.personKey} selected={selected === p.personKey} data-person={p.personKey} data-voted={p.voted}>
            <TableCell>{nameOf(p)}</TableCell>
            <TableCell>{p.units.join('、')}</TableCell>
            <TableCell align="right">{format.squareMetres(p.area)}</TableCell>
            <TableCell>
              {p.voted ? (
                <Chip size="small" color="success" label={translate('wuye.ballot.voted')} data-testid="voted" />
              ) : (
                <Button size="small" onClick={() => onChoose(p)} data-testid="choose-voter">
                  {translate('wuye.ballot.choose')}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
    {/* every match can be reached: more than a page of them are paged, never cut silently */}
    {pages && pages.total > VOTER_PAGE && (
      <TablePagination
        component="div"
        count={pages.total}
        page={pages.page}
        rowsPerPage={VOTER_PAGE}
        rowsPerPageOptions={[]}
        onPageChange={(_, page) => pages.onPage(page)}
        labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
        getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
        data-testid="voter-pages"
      />
    )}
    </>
  );
}

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
  const byLabel = useByLabel();
  return (
    <Card variant="outlined" data-testid="ballot-form">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('wuye.ballot.chosen', { name: voterName })}</Typography>
          <TextField select size="small" label={translate('wuye.ballot.method')} value={method} onChange={(e) => onMethod(chosen(votingMethodChoices, e.target.value) ?? method)} sx={{ maxWidth: 240 }} data-testid="ballot-method">
            {byLabel(votingMethodChoices).map((c) => (
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
