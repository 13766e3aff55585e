import { Alert, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Labeled, SimpleShowLayout, TextField, useCanAccess, useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import type { AssessmentDetailFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { EnumChipField, LocaleDateField } from '../shared/fields';
import { ASSESSMENT_STATE_COLORS } from './AssessmentList';
import { quarterLabel } from '../shared/quarters';

type Detail = AssessmentDetailFragment & { projectName: string | null; firmName: string | null; estateName: string | null };
type Item = Detail['items'][number];

/** A number typed in a cell, or null when empty. */
const parse = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** The items table: the assessor scores while the assessment is theirs, the city adjusts with a reason while it reviews. */
function Items({ record }: { record: Detail }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canScore } = useCanAccess({ resource: 'assessments', action: 'score' });
  const { canAccess: canReview } = useCanAccess({ resource: 'assessments', action: 'review' });
  const scoring = !!canScore && (record.state === 'DRAFT' || record.state === 'RETURNED');
  const reviewing = !!canReview && record.state === 'SUBMITTED';
  const [scores, setScores] = useState<Record<string, string>>(() => Object.fromEntries(record.items.map((i) => [i.key, i.score === null ? '' : String(i.score)])));
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries(record.items.map((i) => [i.key, i.note ?? ''])));
  const [adjusted, setAdjusted] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [returnNote, setReturnNote] = useState('');
  const title = (i: Item) => (locale === 'en' ? i.titleEn : i.titleZh);

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const saveScores = () =>
    dataProvider.scoreAssessment(
      record.id,
      record.version,
      record.items.filter((i) => parse(scores[i.key] ?? '') !== null).map((i) => ({ itemKey: i.key, score: parse(scores[i.key])!, note: notes[i.key]?.trim() || null })),
    );
  const adjustments = () =>
    Object.entries(adjusted)
      .filter(([, v]) => parse(v) !== null)
      .map(([itemKey, v]) => ({ itemKey, score: parse(v)!, reason: reasons[itemKey]?.trim() || null }));

  return (
    <Stack spacing={2}>
      {record.state === 'PUBLISHED' && <Alert severity="info">{translate('wuye.assessment.locked')}</Alert>}
      {record.returnNote && record.state === 'RETURNED' && <Alert severity="warning">{record.returnNote}</Alert>}
      <Table size="small" data-testid="assessment-items">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.assessment.item')}</TableCell>
            <TableCell align="right">{translate('wuye.assessment.max')}</TableCell>
            <TableCell>{translate('wuye.assessment.score')}</TableCell>
            <TableCell>{translate('wuye.assessment.note')}</TableCell>
            <TableCell>{translate('wuye.assessment.adjusted')}</TableCell>
            <TableCell>{translate('wuye.assessment.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.items.map((i) => (
            <TableRow key={i.key} data-item={i.key}>
              <TableCell>{title(i)}</TableCell>
              <TableCell align="right">{i.maxScore}</TableCell>
              <TableCell>
                {scoring ? (
                  <MuiTextField
                    size="small"
                    type="number"
                    value={scores[i.key] ?? ''}
                    onChange={(e) => setScores({ ...scores, [i.key]: e.target.value })}
                    slotProps={{ htmlInput: { min: 0, max: i.maxScore, step: 1, 'aria-label': `${title(i)} ${translate('wuye.assessment.score')}`, 'data-testid': `score-${i.key}` } }}
                    sx={{ width: 90 }}
                  />
                ) : (
                  (i.score ?? '—')
                )}
              </TableCell>
              <TableCell>
                {scoring ? (
                  <MuiTextField size="small" value={notes[i.key] ?? ''} onChange={(e) => setNotes({ ...notes, [i.key]: e.target.value })} />
                ) : (
                  (i.note ?? '')
                )}
              </TableCell>
              <TableCell>
                {reviewing ? (
                  <MuiTextField
                    size="small"
                    type="number"
                    value={adjusted[i.key] ?? ''}
                    onChange={(e) => setAdjusted({ ...adjusted, [i.key]: e.target.value })}
                    slotProps={{ htmlInput: { min: 0, max: i.maxScore, step: 1, 'data-testid': `adjust-${i.key}` } }}
                    sx={{ width: 90 }}
                  />
                ) : (
                  (i.adjustedScore ?? '')
                )}
              </TableCell>
              <TableCell>
                {reviewing ? (
                  <MuiTextField size="small" value={reasons[i.key] ?? ''} onChange={(e) => setReasons({ ...reasons, [i.key]: e.target.value })} slotProps={{ htmlInput: { 'data-testid': `reason-${i.key}` } }} />
                ) : (
                  (i.adjustReason ?? '')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography data-testid="assessment-total">
        {record.total === null ? translate('wuye.assessment.unscored') : translate('wuye.assessment.total_of', { total: record.total, max: record.maxTotal })}
      </Typography>
      {scoring && (
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => run(saveScores, translate('wuye.assessment.saved'))} data-testid="save-scores">
            {translate('wuye.assessment.save_scores')}
          </Button>
          <Button variant="contained" disabled={record.total === null} onClick={() => run(() => dataProvider.submitAssessment(record.id, record.version), translate('wuye.assessment.submitted'))} data-testid="submit-assessment">
            {translate('wuye.assessment.submit')}
          </Button>
        </Stack>
      )}
      {reviewing && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button variant="contained" onClick={() => run(() => dataProvider.reviewAssessment(record.id, record.version, adjustments()), translate('wuye.assessment.reviewed'))} data-testid="review-assessment">
            {translate('wuye.assessment.review')}
          </Button>
          <MuiTextField size="small" label={translate('wuye.assessment.return_note')} value={returnNote} onChange={(e) => setReturnNote(e.target.value)} />
          <Button color="warning" disabled={!returnNote.trim()} onClick={() => run(() => dataProvider.returnAssessment(record.id, record.version, returnNote), translate('wuye.assessment.returned'))}>
            {translate('wuye.assessment.return')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

function Body() {
  const record = useRecordContext<Detail>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Labeled label="wuye.assessment.quarter">
          <Typography>
            {quarterLabel(record.quarter, translate)} · {translate('wuye.assessment.scheme_edition', { edition: record.scheme?.edition ?? '—' })}
          </Typography>
        </Labeled>
        {/* remounted on each version, so the cells start from what the server holds */}
        <Items key={`${record.id}-${record.version}`} record={record} />
      </CardContent>
    </Card>
  );
}

export default function AssessmentShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="projectName" />
        <TextField source="estateName" />
        <TextField source="firmName" />
        <EnumChipField source="category" group="estateCategory" />
        <EnumChipField source="assessingBody" group="assessingBody" />
        <EnumChipField source="state" group="assessmentState" colors={ASSESSMENT_STATE_COLORS} />
        <LocaleDateField source="submittedAt" showTime emptyText="—" />
        <LocaleDateField source="reviewedAt" showTime emptyText="—" />
        <Body />
      </SimpleShowLayout>
    </Show>
  );
}
