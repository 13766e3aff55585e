import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Labeled, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { DemonstrationLevel, EstateRecordFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { todayInChina, useFormat } from '../shared/fields';
import { FormDialog, useDialogAction, useDialogFieldProblems } from '../shared/FormDialog';

type Designation = EstateRecordFragment['demonstrations'][number];
const LEVELS: DemonstrationLevel[] = ['CITY', 'PROVINCIAL'];

/**
 * An estate's designations as a demonstration estate (红色物业示范小区), withdrawn ones kept and marked: the
 * registry records one from its document and withdraws it with the day and the reason
 * (docs/domain-rules.md#demonstration-estates). A list, not a table, so it keeps a phone's width.
 */
export function Demonstrations() {
  const record = useRecordContext<EstateRecordFragment>();
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canDesignate } = useCanAccess({ resource: 'estates', action: 'designate' });
  const { canAccess: canWithdraw } = useCanAccess({ resource: 'estates', action: 'withdrawDesignation' });
  const [asking, setAsking] = useState<null | { kind: 'designate' } | { kind: 'withdraw'; designation: Designation }>(null);
  const [level, setLevel] = useState<DemonstrationLevel>('CITY');
  const [year, setYear] = useState(todayInChina().slice(0, 4));
  const [documentNumber, setDocumentNumber] = useState('');
  const [withdrawnOn, setWithdrawnOn] = useState(todayInChina());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { keeping, fieldProps, reset } = useDialogFieldProblems();
  const act = useDialogAction(setError);
  if (!record) return null;
  const designations = record.demonstrations ?? [];
  const open = (next: NonNullable<typeof asking>) => {
    setError(null);
    reset();
    setDocumentNumber('');
    setReason('');
    setAsking(next);
  };
  const line = (d: Designation) =>
    translate('wuye.demonstration.named', { level: translate(`wuye.demonstrationLevel.${d.level}`), year: d.year, document: d.documentNumber });
  return (
    <Labeled label="resources.estates.fields.demonstrations">
      <Box data-testid="demonstrations">
        <Stack spacing={0.5}>
          {designations.length === 0 && <Typography variant="body2">{translate('wuye.demonstration.none')}</Typography>}
          {designations.map((d) => (
            <Stack key={d.id} direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 1 }} sx={{ alignItems: { sm: 'center' } }} data-testid={`designation-${d.id}`}>
              <Typography variant="body2" sx={d.withdrawnOn ? { color: 'text.disabled', textDecoration: 'line-through' } : undefined}>
                {line(d)}
              </Typography>
              {d.withdrawnOn ? (
                <Typography variant="body2" color="text.secondary" data-testid="withdrawn">
                  {translate('wuye.demonstration.withdrawn', { date: format.day(d.withdrawnOn), reason: d.withdrawalReason ?? '' })}
                  {d.withdrawalDocument ? `（${d.withdrawalDocument}）` : ''}
                </Typography>
              ) : (
                canWithdraw && (
                  <Button size="small" color="error" onClick={() => open({ kind: 'withdraw', designation: d })} data-testid="withdraw-designation">
                    {translate('wuye.demonstration.withdraw')}
                  </Button>
                )
              )}
            </Stack>
          ))}
        </Stack>
        {canDesignate && (
          <Button size="small" variant="outlined" sx={{ mt: 1 }} onClick={() => open({ kind: 'designate' })} data-testid="designate">
            {translate('wuye.demonstration.designate')}
          </Button>
        )}
        {asking?.kind === 'designate' && (
          <FormDialog
            open
            testId="designate-dialog"
            title={translate('wuye.demonstration.designate')}
            content={translate('wuye.demonstration.designate_help')}
            confirmLabel={translate('wuye.demonstration.designate')}
            ready={documentNumber.trim().length >= 2 && /^\d{4}$/.test(year)}
            error={error}
            onClose={() => setAsking(null)}
            onConfirm={() =>
              act(keeping(() => dataProvider.designateDemonstrationEstate({ estateId: String(record.id), level, year: Number(year), documentNumber: documentNumber.trim() })), 'wuye.demonstration.designated')
            }
          >
            <TextField select label={translate('wuye.demonstration.level')} value={level} onChange={(e) => setLevel(e.target.value as DemonstrationLevel)} {...fieldProps('level')} slotProps={{ htmlInput: { 'data-testid': 'designation-level' } }}>
              {LEVELS.map((l) => (
                <MenuItem key={l} value={l}>
                  {translate(`wuye.demonstrationLevel.${l}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField label={translate('wuye.demonstration.year')} value={year} onChange={(e) => setYear(e.target.value)} {...fieldProps('year')} slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'designation-year' } }} />
            <TextField label={translate('wuye.demonstration.document')} value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} {...fieldProps('documentNumber')} slotProps={{ htmlInput: { 'data-testid': 'designation-document' } }} />
          </FormDialog>
        )}
        {asking?.kind === 'withdraw' && (
          <FormDialog
            open
            danger
            testId="withdraw-dialog"
            title={`${translate('wuye.demonstration.withdraw')}：${line(asking.designation)}`}
            content={translate('wuye.demonstration.withdraw_help')}
            confirmLabel={translate('wuye.demonstration.withdraw')}
            ready={reason.trim().length >= 2}
            error={error}
            onClose={() => setAsking(null)}
            onConfirm={() =>
              act(
                keeping(() =>
                  dataProvider.withdrawDemonstrationDesignation(asking.designation.id, asking.designation.version, {
                    withdrawnOn,
                    reason: reason.trim(),
                    documentNumber: documentNumber.trim() || null,
                  }),
                ),
                'wuye.demonstration.withdrawn_done',
              )
            }
          >
            <TextField type="date" label={translate('wuye.demonstration.withdrawn_on')} value={withdrawnOn} onChange={(e) => setWithdrawnOn(e.target.value)} {...fieldProps('withdrawnOn')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'withdrawn-on' } }} />
            <TextField label={translate('wuye.demonstration.reason')} value={reason} onChange={(e) => setReason(e.target.value)} multiline {...fieldProps('reason')} slotProps={{ htmlInput: { 'data-testid': 'withdrawal-reason' } }} />
            <TextField label={translate('wuye.demonstration.withdrawal_document')} value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'withdrawal-document' } }} />
          </FormDialog>
        )}
      </Box>
    </Labeled>
  );
}
