import { Alert, Autocomplete, Button, Chip, FormControlLabel, MenuItem, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { nominationSources } from '../shared/choices';
import { DECISION_COLORS, EnumChip, todayInChina, useFormat } from '../shared/fields';
import { FormDialog, useErrorText, useFieldProblem } from '../shared/FormDialog';
import { NoRollNotice, useOwnerRoll } from '../owners/ownerRoll';

interface CandidateRow {
  id: string;
  owner: { id: string; name: string } | null;
  partyMember: boolean;
  nominatedBy: string;
  nominatedOn: string;
  decision: string;
  withdrawn: boolean;
}

/** Owners of the estate whose name contains what the officer typed (the API's owners list, jurisdiction-scoped); persons only, an organisation never stands (NOT_A_PERSON). */
function useOwnerSearch(estateId: string, name: string) {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return useQuery({
    queryKey: ['owners', 'search', estateId, name],
    queryFn: () =>
      dataProvider.getList('owners', { filter: { estateId, kind: 'PERSON', name: name.trim() || undefined }, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } }).then((r) => r.data),
    placeholderData: (previous) => previous,
  });
}

function NominateDialog({ onClose }: { onClose(): void }) {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const problemOf = useFieldProblem();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [owner, setOwner] = useState<{ id: string; name: string; units: string } | null>(null);
  const [partyMember, setPartyMember] = useState(false);
  const [nominatedBy, setNominatedBy] = useState(nominationSources[0].id);
  // after the announced period a nomination made within it may still be recorded (by the next working day): dated within it
  const nomination = ((record.phases ?? []) as Array<{ phase: string; startsOn: string | null; endsOn: string | null }>).find((p) => p.phase === 'NOMINATION');
  const periodOver = !!nomination?.endsOn && todayInChina() > nomination.endsOn;
  const [nominatedOn, setNominatedOn] = useState(periodOver ? nomination!.endsOn! : todayInChina());
  const [error, setError] = useState<unknown>(null);
  const { data: owners = [], isFetching } = useOwnerSearch(String(record.estateId), search);
  const { data: roll } = useOwnerRoll(String(record.estateId));
  const noRoll = roll?.units === 0;

  const nominate = async () => {
    try {
      await dataProvider.nominateCandidate(String(record.id), { ownerId: owner!.id, partyMember, nominatedBy, nominatedOn });
      notify('wuye.candidate.nominated', { type: 'success', messageArgs: { name: owner!.name } });
      refresh();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const fieldProblem = (field: string) => problemOf(error, field);
  const other = error && !['ownerId', 'nominatedOn', 'nominatedBy'].some((f) => fieldProblem(f)) ? errorText(error) : null;

  return (
    <FormDialog
      open
      testId="nominate-dialog"
      title={translate('wuye.candidate.nominate_title')}
      confirmLabel={translate('wuye.candidate.nominate')}
      ready={!!owner && !!nominatedOn}
      error={other}
      onClose={onClose}
      onConfirm={nominate}
    >
      {noRoll && <NoRollNotice estateId={String(record.estateId)} testId="nominate-no-roll" />}
      <Autocomplete
        options={owners as Array<{ id: string; name: string; units: string }>}
        loading={isFetching}
        value={owner}
        onChange={(_e, value) => setOwner(value)}
        onInputChange={(_e, value, reason) => reason === 'input' && setSearch(value)}
        filterOptions={(x) => x}
        noOptionsText={noRoll ? translate('wuye.roll.picker_empty') : undefined}
        getOptionLabel={(o) => (o.units ? `${o.name} · ${o.units}` : o.name)}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderInput={(params) => (
          <TextField {...params} label={translate('wuye.candidate.owner')} error={!!fieldProblem('ownerId')} helperText={fieldProblem('ownerId')} data-testid="nominate-owner" />
        )}
      />
      <FormControlLabel control={<Switch checked={partyMember} onChange={(e) => setPartyMember(e.target.checked)} />} label={translate('resources.candidates.fields.partyMember')} />
      <TextField select label={translate('resources.candidates.fields.nominatedBy')} value={nominatedBy} onChange={(e) => setNominatedBy(e.target.value)}>
        {nominationSources.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {translate(s.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        label={translate('resources.candidates.fields.nominatedOn')}
        value={nominatedOn}
        onChange={(e) => setNominatedOn(e.target.value)}
        error={!!fieldProblem('nominatedOn')}
        helperText={fieldProblem('nominatedOn') ?? (periodOver ? translate('wuye.candidate.period_over', { endsOn: nomination!.endsOn }) : undefined)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: periodOver ? nomination!.endsOn! : todayInChina(), 'data-testid': 'nominated-on' } }}
      />
    </FormDialog>
  );
}

/** The candidates with their eligibility, the slate reminder about Party members, and nomination while it is open. */
export function CandidatePanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const { canAccess: canNominate } = useCanAccess({ resource: 'elections', action: 'nominate', record });
  const [nominating, setNominating] = useState(false);
  const { data: roll } = useOwnerRoll(record ? String(record.estateId) : undefined);
  if (!record) return null;
  const candidates = (record.candidates ?? []) as CandidateRow[];
  const slate = record.slateWarning as { partyMembers: number; candidates: number; needed: number } | null;
  const open = record.phase === 'NOMINATION' && canNominate && (record.availableActions ?? []).length > 0;
  return (
    <Stack spacing={2} data-testid="candidate-panel">
      {roll?.units === 0 && !['CERTIFIED', 'CANCELLED'].includes(record.phase) && <NoRollNotice estateId={String(record.estateId)} />}
      {slate && (
        <Alert severity="warning" data-testid="slate-warning">
          {translate('wuye.candidate.slate', slate)}
        </Alert>
      )}
      {open && (
        <div>
          <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setNominating(true)} data-testid="nominate">
            {translate('wuye.candidate.nominate')}
          </Button>
        </div>
      )}
      {candidates.length === 0 ? (
        <Typography variant="body2">{translate('wuye.candidate.none')}</Typography>
      ) : (
        <Table size="small" data-testid="candidates">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.candidates.fields.name')}</TableCell>
              <TableCell>{translate('resources.candidates.fields.partyMember')}</TableCell>
              <TableCell>{translate('resources.candidates.fields.nominatedBy')}</TableCell>
              <TableCell>{translate('resources.candidates.fields.nominatedOn')}</TableCell>
              <TableCell>{translate('resources.candidates.fields.decision')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {candidates.map((c) => (
              <TableRow key={c.id} data-candidate={c.id} data-decision={c.decision} sx={c.withdrawn ? { opacity: 0.5 } : undefined}>
                <TableCell>{c.owner?.name}</TableCell>
                <TableCell>{c.partyMember ? translate('wuye.yes') : translate('wuye.no')}</TableCell>
                <TableCell>{translate(nominationSources.find((s) => s.id === c.nominatedBy)?.name ?? c.nominatedBy, { _: c.nominatedBy })}</TableCell>
                <TableCell>{format.day(c.nominatedOn)}</TableCell>
                <TableCell>
                  <EnumChip group="decision" value={c.decision} colors={DECISION_COLORS} />
                  {c.withdrawn && <Chip size="small" variant="outlined" sx={{ ml: 1 }} label={translate('resources.candidates.fields.withdrawn')} />}
                </TableCell>
                <TableCell>
                  <Button component={Link} to={`/candidates/${c.id}/show`} size="small" data-testid="review-candidate">
                    {translate('wuye.candidate.review')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {nominating && <NominateDialog onClose={() => setNominating(false)} />}
    </Stack>
  );
}
