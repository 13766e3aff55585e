import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { NumberField, SimpleShowLayout, TextField, useCanAccess, useDataProvider, useLocaleState, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import type { SchemeRecordFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { EnumChip, EnumChipField, LocaleDateField } from '../shared/fields';

function Items() {
  const record = useRecordContext<SchemeRecordFragment>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Stack spacing={2}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.assessment.item')}</TableCell>
            <TableCell align="right">{translate('wuye.assessment.max')}</TableCell>
            <TableCell>{translate('wuye.assessment.categories')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.items.map((i) => (
            <TableRow key={i.key}>
              <TableCell>{locale === 'en' ? i.titleEn : i.titleZh}</TableCell>
              <TableCell align="right">{i.maxScore}</TableCell>
              <TableCell>
                {i.categories.map((c) => (
                  <EnumChip key={c} group="estateCategory" value={c} sx={{ mr: 0.5 }} />
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div>
        {translate('wuye.assessment.max_totals_label')}
        {record.maxTotals.map((m) => `${translate(`wuye.estateCategory.${m.category}`)} ${m.maxTotal}`).join('；')}
      </div>
    </Stack>
  );
}

/** A draft is published as the next edition; any edition can be the start of a new draft. */
function Actions() {
  const record = useRecordContext<SchemeRecordFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canDraft } = useCanAccess({ resource: 'assessmentSchemes', action: 'create' });
  if (!record) return null;
  const copy = async () => {
    try {
      const { data } = await dataProvider.createAssessmentScheme({
        title: `${record.title}（草稿）`,
        source: record.source,
        redSharePercent: record.redSharePercent,
        blackSharePercent: record.blackSharePercent,
        matureAfterYears: record.matureAfterYears,
        items: record.items.map(({ key, titleZh, titleEn, maxScore, categories }) => ({ key, titleZh, titleEn, maxScore, categories })),
      });
      notify(translate('wuye.assessment.draft_created'), { type: 'success' });
      redirect('show', 'assessmentSchemes', data.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const publish = async () => {
    try {
      const { data } = await dataProvider.publishAssessmentScheme(record.id, record.version);
      notify(translate('wuye.assessment.scheme_published', { edition: data.edition }), { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      {canDraft && <Button onClick={copy}>{translate('wuye.assessment.new_draft')}</Button>}
      {/* never to whoever drafted or edited it: another registrar publishes (maker-checker) */}
      {record.availableActions.includes('PUBLISH') && (
        <Button variant="contained" onClick={publish}>
          {translate('wuye.assessment.publish_scheme')}
        </Button>
      )}
    </Stack>
  );
}

export default function SchemeShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="source" />
        <NumberField source="edition" emptyText="—" />
        <EnumChipField source="state" group="schemeState" />
        <LocaleDateField source="publishedAt" showTime emptyText="—" />
        <NumberField source="redSharePercent" />
        <NumberField source="blackSharePercent" />
        <NumberField source="matureAfterYears" />
        <Items />
        <Actions />
      </SimpleShowLayout>
    </Show>
  );
}
