import { Autocomplete, Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceManyField,
  SimpleShowLayout,
  TextField,
  useCanAccess,
  useDataProvider,
  useGetList,
  useLocaleState,
  useRecordContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { CampaignRecordFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { FormDialog, useDialogAction, useDialogFieldProblems, useErrorText } from '../shared/FormDialog';
import { LocaleDateField, todayInChina } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { Show } from '../shared/views';
import { ShowActions } from '../shared/ResourceActions';

type Campaign = CampaignRecordFragment;
type Measure = Campaign['measures'][number];

/** A measure's label in the console's language, with its unit. */
function useMeasureLabel() {
  const [locale] = useLocaleState();
  return (m: Pick<Measure, 'labelZh' | 'labelEn' | 'unit'>) => `${locale === 'en' ? m.labelEn : m.labelZh}（${m.unit}）`;
}

/** The verified totals: the city (for an officer, her subdistricts) and each district, per measure. */
function Totals() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const label = useMeasureLabel();
  if (!record) return null;
  return (
    <Box sx={{ overflowX: 'auto' }} data-testid="campaign-totals">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.campaign.where')}</TableCell>
            <TableCell align="right">{translate('wuye.campaign.estates_covered')}</TableCell>
            {record.measures.map((m) => (
              <TableCell key={m.code} align="right">
                {label(m)}
              </TableCell>
            ))}
            {record.totals[0]?.estateElevators != null && <TableCell align="right">{translate('wuye.campaign.estate_lifts')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {record.totals.map((t) => (
            <TableRow key={t.districtId ?? 'city'} data-testid={`totals-${t.districtId ?? 'city'}`}>
              <TableCell sx={t.districtId ? {} : { fontWeight: 600 }}>{t.districtName ?? translate('wuye.campaign.city')}</TableCell>
              <TableCell align="right">{t.estatesCovered}</TableCell>
              {t.measures.map((m) => (
                <TableCell key={m.measure.code} align="right" data-testid={`total-${t.districtId ?? 'city'}-${m.measure.code}`}>
                  {m.total}
                </TableCell>
              ))}
              {t.estateElevators != null && <TableCell align="right">{t.estateElevators}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">
        {translate('wuye.campaign.totals_help')}
      </Typography>
    </Box>
  );
}

/** Verify for another officer of the subdistrict; held, saying why, for the reporter (maker-checker). */
function VerifyCell({ report }: { report: { id: string; version: number; status: string; verifyHeldBy?: string | null } }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'campaigns', action: 'verify' });
  if (report.status === 'VERIFIED') return <Chip size="small" color="success" label={translate('wuye.campaignReportStatus.VERIFIED')} />;
  if (!canAccess) return <Chip size="small" color="warning" label={translate('wuye.campaignReportStatus.SUBMITTED')} />;
  const held = report.verifyHeldBy;
  const verify = async (e: React.MouseEvent) => {
    e.stopPropagation();
    try {
      await dataProvider.verifyCampaignReport({ id: report.id, version: report.version });
      notify('wuye.campaign.verified', { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Button size="small" variant="contained" disabled={!!held} onClick={verify} data-testid={`verify-${report.id}`}>
        {translate('wuye.campaign.verify')}
      </Button>
      {held && (
        <Typography variant="caption" color="text.secondary" data-testid={`verify-held-${report.id}`}>
          {translate(`wuye.campaign.held_${held}`)}
        </Typography>
      )}
    </Stack>
  );
}

/** An officer reports what an estate of her subdistricts did: the day it was completed and every measure. */
function ReportButton() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const label = useMeasureLabel();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'campaigns', action: 'report' });
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [estate, setEstate] = useState<{ id: string; name: string } | null>(null);
  const [day, setDay] = useState(todayInChina());
  const [note, setNote] = useState('');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const act = useDialogAction(setError);
  const problems = useDialogFieldProblems();
  const { data: estates = [] } = useGetList('estates', { pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' }, filter: q ? { q } : {} }, { enabled: open });
  if (!record || !canAccess || record.status !== 'OPEN') return null;
  const start = () => {
    setError(null);
    problems.reset();
    setEstate(null);
    setDay(todayInChina());
    setNote('');
    setQuantities(Object.fromEntries(record.measures.map((m) => [m.code, '0'])));
    setOpen(true);
  };
  const run = problems.keeping(() =>
    dataProvider.reportCampaignProgress({
      campaignId: record.id,
      estateId: estate?.id ?? '',
      completedOn: day,
      note,
      quantities: record.measures.map((m) => ({ measure: m.code, quantity: quantities[m.code] ?? '' })),
    }),
  );
  return (
    <>
      <Button variant="contained" onClick={start} data-testid="campaign-report">
        {translate('wuye.campaign.report')}
      </Button>
      {open && (
        <FormDialog
          open
          testId="campaign-report-dialog"
          title={translate('wuye.campaign.report_title', { name: record.name })}
          confirmLabel={translate('wuye.campaign.report')}
          ready={!!estate}
          error={error}
          onClose={() => setOpen(false)}
          onConfirm={() => act(run, 'wuye.campaign.reported')}
        >
          <Autocomplete
            options={estates.map((e) => ({ id: String(e.id), name: String(e.name) }))}
            getOptionLabel={(o) => o.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            value={estate}
            onChange={(_e, v) => setEstate(v)}
            onInputChange={(_e, v) => setQ(v)}
            filterOptions={(o) => o}
            renderInput={(params) => (
              <MuiTextField
                {...params}
                label={translate('resources.campaignReports.fields.estateId')}
                {...problems.fieldProps('estateId')}
                slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'campaign-report-estate' } }}
              />
            )}
          />
          <MuiTextField
            type="date"
            label={translate('resources.campaignReports.fields.completedOn')}
            value={day}
            onChange={(e) => setDay(e.target.value)}
            {...problems.fieldProps('completedOn')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'campaign-report-day' } }}
          />
          {record.measures.map((m, i) => (
            <MuiTextField
              key={m.code}
              label={label(m)}
              value={quantities[m.code] ?? ''}
              onChange={(e) => setQuantities({ ...quantities, [m.code]: e.target.value })}
              {...problems.fieldProps(`quantities[${i}].quantity`)}
              helperText={problems.fieldProps(`quantities[${i}].quantity`).helperText ?? translate(`wuye.measureKind.${m.kind}`)}
              slotProps={{ htmlInput: { inputMode: m.kind === 'AREA' ? 'decimal' : 'numeric', 'data-testid': `campaign-report-${m.code}` } }}
            />
          ))}
          <MuiTextField label={translate('resources.campaignReports.fields.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} {...problems.fieldProps('note')} />
        </FormDialog>
      )}
    </>
  );
}

/** The estates' reports of the campaign, with their quantities, who reported and who verified. */
function Reports() {
  const translate = useTranslate();
  return (
    <ReferenceManyField source="id" reference="campaignReports" target="campaignId" sort={{ field: 'id', order: 'DESC' }} perPage={25} label="resources.campaigns.fields.reports">
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="campaign-reports">
        <TextField source="estateName" sortable={false} />
        <LocaleDateField source="completedOn" />
        <FunctionField
          source="quantities"
          sortable={false}
          render={(r) => r.quantities.map((q: { measure: { code: string; unit: string }; quantity: string }) => `${q.quantity}${q.measure.unit}`).join(translate('wuye.campaign.separator'))}
        />
        <FunctionField source="reportedBy" sortable={false} render={(r) => r.reportedBy ?? '—'} />
        <FunctionField source="verifiedBy" sortable={false} render={(r) => (r.verifiedBy ? r.verifiedBy : '—')} />
        <FunctionField source="correctsId" sortable={false} render={(r) => (r.correctsId ? translate('wuye.campaign.corrects', { id: r.correctsId }) : r.inForce ? translate('wuye.campaign.in_force') : '')} />
        <FunctionField source="status" sortable={false} render={(r) => <VerifyCell report={r} />} />
      </Datagrid>
    </ReferenceManyField>
  );
}

export default function CampaignShow() {
  return (
    <Show actions={<ShowActions filing={false} />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <LocaleDateField source="startsOn" />
        <LocaleDateField source="endsOn" />
        <StatusField />
        <CloseButton />
        <TextField source="description" emptyText="—" />
        <Labeled label="resources.campaigns.fields.totals">
          <Totals />
        </Labeled>
        <ReportButton />
        <Reports />
        <HistoryPanel entityType="Campaign" />
      </SimpleShowLayout>
    </Show>
  );
}

function StatusField() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Labeled label="resources.campaigns.fields.status">
      <Chip size="small" color={record.status === 'OPEN' ? 'success' : 'default'} label={translate(`wuye.campaignStatus.${record.status}`)} />
    </Labeled>
  );
}

/** The registrar closes an open campaign, after saying what closing means. */
function CloseButton() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'campaigns', action: 'close' });
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = useDialogAction(setError);
  if (!record || !canAccess || record.status !== 'OPEN') return null;
  return (
    <>
      <Button variant="outlined" onClick={() => (setError(null), setOpen(true))} data-testid="campaign-close">
        {translate('wuye.campaign.close')}
      </Button>
      {open && (
        <FormDialog
          open
          danger
          testId="campaign-close-dialog"
          title={translate('wuye.campaign.close')}
          content={translate('wuye.campaign.close_confirm', { name: record.name })}
          confirmLabel={translate('wuye.campaign.close')}
          error={error}
          onClose={() => setOpen(false)}
          onConfirm={() => act(() => dataProvider.closeCampaign({ id: record.id, version: record.version }), 'wuye.campaign.closed')}
        />
      )}
    </>
  );
}
