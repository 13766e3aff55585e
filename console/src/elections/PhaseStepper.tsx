import { Alert, Step, StepLabel, Stepper, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ELECTION_PHASES } from '../shared/choices';
import { daysBetween, todayInChina, useFormat } from '../shared/fields';

interface PhaseDates {
  phase: string;
  startsOn: string | null;
  endsOn: string | null;
  enteredAt: string | null;
}

/** The phases in order with their planned dates, when each was entered, and the current phase's deadline. */
export function PhaseStepper() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  // eight phases side by side need a desktop's width: on a phone they run down the page
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (!record) return null;
  const dates = new Map<string, PhaseDates>((record.phases ?? []).map((p: PhaseDates) => [p.phase, p]));
  const cancelled = record.phase === 'CANCELLED';
  // a cancelled election stopped in the last phase it entered
  const reached = cancelled
    ? Math.max(0, ...ELECTION_PHASES.map((p, i) => (dates.get(p)?.enteredAt ? i : -1)))
    : ELECTION_PHASES.indexOf(record.phase);
  const today = todayInChina();

  /** The current phase against its planned end: days left, or days past it; the objection window during publicity. */
  const deadline = (phase: string): { text: string; late: boolean } | null => {
    const end = dates.get(phase)?.endsOn;
    if (!end || phase !== record.phase) return null;
    const left = daysBetween(today, end);
    if (phase === 'CANDIDATE_PUBLICITY') return { text: translate('wuye.workspace.objection_window', { date: format.day(end) }), late: false };
    return left >= 0 ? { text: translate('wuye.workspace.days_left', { smart_count: left }), late: false } : { text: translate('wuye.workspace.days_over', { smart_count: -left }), late: true };
  };

  return (
    <div data-testid="phase-stepper">
      {cancelled && (
        <Alert severity="error" sx={{ mb: 2 }}>
          <div>{translate('wuye.workspace.cancelled')}</div>
          {record.cancelReason && <div data-testid="cancel-reason-shown">{translate('wuye.workspace.cancelled_reason', { reason: translate(`wuye.cancelReason.${record.cancelReason}`) })}</div>}
          {record.cancelNote && <div>{translate('wuye.workspace.cancelled_note', { note: record.cancelNote })}</div>}
        </Alert>
      )}
      <Stepper activeStep={reached} alternativeLabel={!phone} orientation={phone ? 'vertical' : 'horizontal'} sx={{ my: 2 }}>
        {ELECTION_PHASES.map((phase, i) => {
          const d = dates.get(phase);
          const caption = d?.startsOn ? `${format.day(d.startsOn)} – ${format.day(d.endsOn)}` : undefined;
          const due = deadline(phase);
          return (
            <Step key={phase} completed={i < reached || record.phase === 'CERTIFIED'} data-phase={phase} data-current={phase === record.phase || undefined}>
              <StepLabel
                error={cancelled && i === reached}
                optional={
                  <Typography variant="caption" color={due?.late ? 'error' : phase === record.phase ? 'primary' : 'text.secondary'} data-testid={due ? 'phase-deadline' : undefined}>
                    {due?.text ?? caption}
                  </Typography>
                }
              >
                {translate(`wuye.electionPhase.${phase}`)}
              </StepLabel>
            </Step>
          );
        })}
      </Stepper>
      <Table size="small" data-testid="phase-dates">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.elections.fields.phase')}</TableCell>
            <TableCell>{translate('resources.elections.fields.startsOn')}</TableCell>
            <TableCell>{translate('resources.elections.fields.endsOn')}</TableCell>
            <TableCell>{translate('wuye.workspace.entered_at')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[...ELECTION_PHASES, ...(cancelled ? ['CANCELLED'] : [])].map((phase) => {
            const d = dates.get(phase);
            return (
              <TableRow key={phase} selected={phase === record.phase} data-phase={phase}>
                <TableCell>{translate(`wuye.electionPhase.${phase}`)}</TableCell>
                <TableCell>{format.day(d?.startsOn)}</TableCell>
                <TableCell>{format.day(d?.endsOn)}</TableCell>
                <TableCell>{format.instant(d?.enteredAt)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
