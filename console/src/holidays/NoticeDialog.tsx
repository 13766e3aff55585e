import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { noticeFromText, noticeToText } from '../../../api/src/shared/notice-text';
import type { NoticeDay } from '../../../api/src/shared/holiday-calendar';
import type { RegistryDataProvider } from '../resources';
import { FormDialog, useDialogAction, useFieldProblem, type FieldProblem } from '../shared/FormDialog';

export interface CalendarYear {
  year: number;
  decree: string;
  noticeEntered: boolean;
  notice: { year: number; document: string; enteredAt: string; days: NoticeDay[] } | null;
  days: Array<{ date: string; dayOff: boolean; reason: 'STATUTORY' | 'NOTICE_OFF' | 'NOTICE_WORKDAY' | 'WEEKEND' | 'WORKING_DAY'; festivals: string[]; note: string | null; missingNotices: number[] }>;
}

interface OffRange {
  from: string;
  to: string;
  note: string;
}

interface Workday {
  date: string;
  note: string;
}

const dateInput = { inputLabel: { shrink: true } } as const;

/**
 * Enters or replaces a year's notice as its text reads: ranges of days off ("X至Y放假调休") and make-up working
 * days ("Z上班"). The server checks every day against the law and recomputes the deadlines it moves.
 */
export function NoticeDialog({ calendar, onClose }: { calendar: CalendarYear; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const problemOf = useFieldProblem();
  const text = calendar.notice ? noticeToText(calendar.notice) : null;
  const [document, setDocument] = useState(text?.document ?? '');
  const [off, setOff] = useState<OffRange[]>(text?.off.map(([from, to, note]) => ({ from, to, note })) ?? [{ from: '', to: '', note: '' }]);
  const [workdays, setWorkdays] = useState<Workday[]>(text?.workdays.map(([date, note]) => ({ date, note })) ?? []);
  const [failure, setFailure] = useState<{ error: unknown; sent: readonly NoticeDay[] } | null>(null);
  const [errorText, setErrorText] = useState<string | null>(null);
  const act = useDialogAction(setErrorText);

  const ready = document.trim() !== '' && off.every((r) => r.from && r.to && r.from <= r.to) && workdays.every((w) => w.date) && off.length + workdays.length > 0;
  const days = () =>
    noticeFromText({ year: calendar.year, document, off: off.map((r) => [r.from, r.to, r.note.trim()] as const), workdays: workdays.map((w) => [w.date, w.note.trim()] as const) }).days;

  // the server names a bad day by its place in the list it was sent: say which date it is
  const dayProblems = (error: unknown, sent: readonly NoticeDay[]) =>
    (((error as { body?: { fieldErrors?: FieldProblem[] } } | null)?.body?.fieldErrors ?? []) as FieldProblem[])
      .filter((p) => p.field.startsWith('days'))
      .map((p) => {
        // days[3].date: a list item's index in brackets, as every field path writes it
        const day = sent[Number(/^days\[(\d+)\]/.exec(p.field)?.[1] ?? NaN)];
        const problem = translate(`wuye.rules.${p.rule}`, { _: p.message });
        return day ? translate('wuye.holidays.day_problem', { date: day.date, problem }) : problem;
      });

  const save = async () => {
    const sent = days();
    setFailure(null);
    return act(
      () => dataProvider.setHolidayNotice(calendar.year, document.trim(), sent).catch((e) => {
        setFailure({ error: e, sent });
        throw e;
      }),
      'wuye.holidays.saved',
      (result) => ({ year: calendar.year, smart_count: result.data.recomputedFilings }),
    );
  };
  const listed = failure ? dayProblems(failure.error, failure.sent) : [];

  return (
    <FormDialog
      open
      testId="notice-dialog"
      title={translate('wuye.holidays.edit_title', { year: calendar.year })}
      content={translate('wuye.holidays.edit_help')}
      confirmLabel={translate('ra.action.save')}
      ready={ready}
      error={listed.length ? listed.join('；') : errorText}
      onClose={onClose}
      onConfirm={save}
    >
      <TextField
        label={translate('wuye.holidays.document')}
        placeholder="国办发明电〔2026〕X号"
        value={document}
        onChange={(e) => setDocument(e.target.value)}
        error={!!problemOf(failure?.error, 'document')}
        helperText={problemOf(failure?.error, 'document')}
        name="document"
      />
      <Typography variant="subtitle2">{translate('wuye.holidays.off_ranges')}</Typography>
      {off.map((r, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-off={i}>
          <TextField size="small" type="date" label={translate('wuye.holidays.from')} value={r.from} onChange={(e) => setOff((l) => l.map((x, j) => (j === i ? { ...x, from: e.target.value, to: x.to || e.target.value } : x)))} slotProps={dateInput} name={`off.${i}.from`} />
          <TextField size="small" type="date" label={translate('wuye.holidays.to')} value={r.to} onChange={(e) => setOff((l) => l.map((x, j) => (j === i ? { ...x, to: e.target.value } : x)))} slotProps={dateInput} name={`off.${i}.to`} />
          <TextField size="small" label={translate('wuye.holidays.note')} placeholder="春节" value={r.note} onChange={(e) => setOff((l) => l.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))} name={`off.${i}.note`} />
          <IconButton aria-label={translate('ra.action.remove')} onClick={() => setOff((l) => l.filter((_, j) => j !== i))}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={() => setOff((l) => [...l, { from: '', to: '', note: '' }])} data-testid="add-off">
          {translate('wuye.holidays.add_off')}
        </Button>
      </div>
      <Typography variant="subtitle2">{translate('wuye.holidays.workdays')}</Typography>
      {workdays.map((w, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-workday={i}>
          <TextField size="small" type="date" label={translate('wuye.holidays.date')} value={w.date} onChange={(e) => setWorkdays((l) => l.map((x, j) => (j === i ? { ...x, date: e.target.value } : x)))} slotProps={dateInput} name={`workdays.${i}.date`} />
          <TextField size="small" label={translate('wuye.holidays.note')} placeholder="春节调休上班" value={w.note} onChange={(e) => setWorkdays((l) => l.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))} name={`workdays.${i}.note`} />
          <IconButton aria-label={translate('ra.action.remove')} onClick={() => setWorkdays((l) => l.filter((_, j) => j !== i))}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={() => setWorkdays((l) => [...l, { date: '', note: '' }])} data-testid="add-workday">
          {translate('wuye.holidays.add_workday')}
        </Button>
      </div>
    </FormDialog>
  );
}
