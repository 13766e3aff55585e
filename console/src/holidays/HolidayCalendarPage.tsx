import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import { Alert, Button, Card, CardContent, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { canAccess } from '../permissions';
import { todayInChina, useFormat, useIntlLocale } from '../shared/fields';
import { NoticeDialog, type CalendarYear } from './NoticeDialog';

const REASON_COLOR = { STATUTORY: 'error', NOTICE_OFF: 'warning', NOTICE_WORKDAY: 'info', WEEKEND: 'default', WORKING_DAY: 'default' } as const;

/**
 * The holiday calendar (docs/domain-rules.md#holidays): a year's statutory holidays, computed from the law for every year,
 * and the State Council's notice for the year once an admin has entered it. Deadlines are counted over it.
 */
export default function HolidayCalendarPage() {
  const translate = useTranslate();
  const format = useFormat();
  const locale = useIntlLocale();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { permissions } = usePermissions();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInChina().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const [editing, setEditing] = useState(false);
  const { data, error } = useQuery<CalendarYear>({
    queryKey: ['holidayCalendar', year],
    queryFn: () => dataProvider.getHolidayCalendar(year).then((r) => r.data),
    retry: false,
  });
  const weekday = (iso: string) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 3 + i);

  return (
    <Card sx={{ mt: 2 }} data-testid="holiday-calendar">
      <Title title={translate('wuye.holidays.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <TextField select size="small" label={translate('wuye.holidays.year')} value={year} onChange={(e) => setParams({ year: e.target.value })} sx={{ minWidth: 120 }} data-testid="holiday-year">
            {[...new Set([...years, year])].sort().map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          {data && <Typography variant="body2" color="text.secondary">{translate('wuye.holidays.decree', { decree: data.decree })}</Typography>}
          <span style={{ flex: 1 }} />
          {data && canAccess(permissions, 'holidays', 'edit') && (
            <Button variant="contained" startIcon={<EditCalendarIcon />} onClick={() => setEditing(true)} sx={{ flexShrink: 0, whiteSpace: 'nowrap' }} data-testid="holiday-edit">
              {translate(data.noticeEntered ? 'wuye.holidays.change' : 'wuye.holidays.enter')}
            </Button>
          )}
        </Stack>
        {error && <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>}
        {data && (
          <>
            {data.notice ? (
              <Alert severity="success" data-testid="holiday-notice-status" data-entered="true">
                {translate('wuye.holidays.entered', { year, document: data.notice.document, at: format.instant(data.notice.enteredAt) })}
              </Alert>
            ) : (
              <Alert severity="warning" data-testid="holiday-notice-status" data-entered="false">
                {translate('wuye.holidays.not_entered', { year })}
              </Alert>
            )}
            <Table size="small" sx={{ mt: 2 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('wuye.holidays.date')}</TableCell>
                  <TableCell>{translate('wuye.holidays.weekday')}</TableCell>
                  <TableCell>{translate('wuye.holidays.day_off')}</TableCell>
                  <TableCell>{translate('wuye.holidays.reason')}</TableCell>
                  <TableCell>{translate('wuye.holidays.festivals')}</TableCell>
                  <TableCell>{translate('wuye.holidays.note')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.days.map((d) => (
                  <TableRow key={d.date} data-date={d.date} data-day-off={String(d.dayOff)}>
                    <TableCell>{format.day(d.date)}</TableCell>
                    <TableCell>{weekday(d.date)}</TableCell>
                    <TableCell>{translate(d.dayOff ? 'wuye.holidays.off' : 'wuye.holidays.work')}</TableCell>
                    <TableCell>
                      <Chip size="small" color={REASON_COLOR[d.reason]} label={translate(`wuye.dayReason.${d.reason}`)} />
                    </TableCell>
                    <TableCell>{d.festivals.map((f) => translate(`wuye.festival.${f}`)).join('、')}</TableCell>
                    <TableCell>{d.note ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </CardContent>
      {editing && data && <NoticeDialog calendar={data} onClose={() => setEditing(false)} />}
    </Card>
  );
}
