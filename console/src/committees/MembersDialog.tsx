import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CommitteeMemberInput } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { chosen, committeePositionChoices } from '../shared/choices';
import { todayInChina } from '../shared/fields';
import { FormDialog, useErrorText, useFieldProblem } from '../shared/FormDialog';

type MemberRow = CommitteeMemberInput & { ownerId: string | null };

/**
 * A new composition of the sitting members from a date (the first meeting choosing the chair and vice-chairs, a member
 * leaving): positions and departures only, since a new member joins by a by-election (docs/domain-rules.md#committee-members);
 * the server checks the positions and opens a change filing for any change after approval.
 */
export function MembersDialog({ onClose }: { onClose(): void }) {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const problemOf = useFieldProblem();
  const errorText = useErrorText();
  const [members, setMembers] = useState<MemberRow[]>(
    ((record.members ?? []) as MemberRow[]).map((m) => ({ name: m.name, position: m.position, ownerId: m.ownerId })),
  );
  const [effectiveOn, setEffectiveOn] = useState(todayInChina());
  const [error, setError] = useState<unknown>(null);
  const update = (i: number, change: Partial<MemberRow>) => setMembers((list) => list.map((m, j) => (j === i ? { ...m, ...change } : m)));
  const save = async () => {
    try {
      await dataProvider.setCommitteeMembers(String(record.id), record.version, {
        effectiveOn,
        members: members.map((m) => ({ name: m.name.trim(), position: m.position, ownerId: m.ownerId })),
      });
      notify('wuye.committee.members_saved', { type: 'success' });
      refresh();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const problem = problemOf(error, 'members') ?? problemOf(error, 'effectiveOn');
  return (
    <FormDialog
      open
      testId="members-dialog"
      title={translate('wuye.committee.set_members')}
      confirmLabel={translate('ra.action.save')}
      ready={members.length > 0 && members.every((m) => m.name.trim())}
      error={error ? (problem ?? errorText(error)) : null}
      onClose={onClose}
      onConfirm={save}
    >
      <TextField type="date" label={translate('wuye.committee.effective_on')} value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      {members.map((m, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-member={i}>
          <TextField size="small" label={translate('wuye.committee.member_name')} value={m.name} slotProps={{ input: { readOnly: true } }} />
          <TextField size="small" select label={translate('wuye.committee.position')} value={m.position} onChange={(e) => update(i, { position: chosen(committeePositionChoices, e.target.value) ?? m.position })} sx={{ minWidth: 120 }}>
            {committeePositionChoices.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </TextField>
          <IconButton aria-label={translate('ra.action.remove')} onClick={() => setMembers((list) => list.filter((_, j) => j !== i))}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Typography variant="body2" color="text.secondary">
        {translate('wuye.committee.members_hint')}
      </Typography>
    </FormDialog>
  );
}
