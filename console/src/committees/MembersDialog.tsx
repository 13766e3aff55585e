import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CommitteeMemberInput } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { chosen, committeePositionChoices } from '../shared/choices';
import { todayInChina } from '../shared/fields';
import { FormDialog, useErrorText, useFieldProblem } from '../shared/FormDialog';

type MemberRow = CommitteeMemberInput & { ownerId: string | null };

/**
 * A new composition of the committee from a date (e.g. the first meeting choosing the chair and vice-chairs):
 * the server checks the size and positions (docs/domain-rules.md#committee) and opens a change filing when people change.
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
          <TextField size="small" label={translate('wuye.committee.member_name')} value={m.name} onChange={(e) => update(i, { name: e.target.value, ownerId: null })} />
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
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={() => setMembers((list) => [...list, { name: '', position: 'MEMBER', ownerId: null }])}>
          {translate('wuye.committee.add_member')}
        </Button>
      </div>
    </FormDialog>
  );
}
