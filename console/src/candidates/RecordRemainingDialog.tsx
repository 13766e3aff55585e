import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CandidateRecordFragment, CheckResult, EligibilityCheckItemInput, ReviewingBody } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { checkResultChoices, REVIEWING_BODIES } from '../shared/choices';
import { todayInChina } from '../shared/fields';
import { useErrorText, useFieldProblem } from '../shared/FormDialog';
import { lastReview, rememberReview, type ReviewDefaults } from './lastReview';
import { recordingOutcome } from './outcome';
import { useOutcomeConfirmation } from './OutcomeConfirmation';

type ChecklistItem = CandidateRecordFragment['checklist']['items'][number];
type Check = CandidateRecordFragment['checks'][number];
type Finding = CandidateRecordFragment['registerFindings'][number];

interface Row {
  item: ChecklistItem;
  result: CheckResult;
  evidenceNote: string;
  overrideReason: string;
}

/** The items still to answer: no check yet, or one left pending. */
export function remainingItems(items: readonly ChecklistItem[], checks: readonly Check[]): ChecklistItem[] {
  const answered = new Set(checks.filter((c) => c.result !== 'PENDING').map((c) => c.itemKey));
  return items.filter((i) => !answered.has(i.key));
}

/** What the roll says about an item it can answer (owns a unit, aged 18+), or nothing. */
export function useRegisterNote() {
  const translate = useTranslate();
  return (finding: Finding | undefined) =>
    finding ? translate(`wuye.review.register.${finding.itemKey}.${finding.says}`, { units: finding.unitsInEstate ?? 0, _: '' }) : '';
}

/** Defaults: this officer's last recording in the election, else the candidate's latest check, else today and no name. */
function defaultsFor(electionId: string, checks: readonly Check[]): ReviewDefaults {
  const remembered = lastReview(electionId);
  if (remembered) return remembered;
  const latest = [...checks].filter((c) => c.reviewer).sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))[0];
  return { reviewer: latest?.reviewer ?? '', reviewingBody: null, checkedOn: latest?.checkedOn ?? todayInChina() };
}

/**
 * The remaining items of a candidate's review in one confirm (docs/roles-and-workflows.md#eligibility-review): the
 * reviewer, body and day entered once, each item PASS unless changed (or what the roll says, where it can tell);
 * the server takes all of them or none. The one-item dialog stays for corrections.
 */
export function RecordRemainingDialog({ items, onClose }: { items: ChecklistItem[]; onClose(): void }) {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const problemOf = useFieldProblem();
  const errorText = useErrorText();
  const registerNote = useRegisterNote();
  const checks = (record.checks ?? []) as Check[];
  const findings = new Map(((record.registerFindings ?? []) as Finding[]).map((f) => [f.itemKey, f]));
  const [defaults, setDefaults] = useState<ReviewDefaults>(() => defaultsFor(String(record.electionId), checks));
  const [carriedOn] = useState(() => defaults.checkedOn);
  const [carriedReviewer] = useState(() => defaults.reviewer);
  const [rows, setRows] = useState<Row[]>(() =>
    items.map((item) => ({ item, result: findings.get(item.key)?.says === 'FAIL' ? 'FAIL' : 'PASS', evidenceNote: '', overrideReason: '' })),
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = (field: string) => problemOf(error, field);
  const setRow = (index: number, change: Partial<Row>) => setRows((current) => current.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const mayOverride = (row: Row) => row.item.kind === 'UNSUITABLE' && row.result === 'FAIL';
  const ownFields = ['reviewer', 'checkedOn', ...rows.flatMap((_r, i) => ['itemKey', 'result', 'evidenceNote', 'overrideReason'].map((f) => `items[${i}].${f}`))];
  const other = error && !ownFields.some((f) => problem(f)) ? errorText(error) : null;
  const counts = Object.fromEntries(checkResultChoices.map((c) => [c.id, rows.filter((r) => r.result === c.id).length]));
  // a fail says on what it rests (the API leaves it optional; the console asks for it)
  const evidenceMissing = (row: Row) => row.result === 'FAIL' && !row.evidenceNote.trim();
  // results that leave the candidate ineligible or under review are confirmed first, naming them and what it means
  const titleOf = (key: string) => {
    const item = items.find((i) => i.key === key) ?? ((record.checklist?.items ?? []) as ChecklistItem[]).find((i) => i.key === key);
    return item ? (locale === 'en' ? item.titleEn : item.titleZh) : key;
  };
  const outcome = recordingOutcome(
    (record.checklist?.items ?? items) as ChecklistItem[],
    checks,
    rows.map((r) => ({ itemKey: r.item.key, result: r.result, overrideReason: mayOverride(r) ? r.overrideReason : null })),
  );
  const { confirmation, confirmed } = useOutcomeConfirmation(outcome, record.name, titleOf);

  const save = async () => {
    setBusy(true);
    const input = {
      reviewer: defaults.reviewer.trim(),
      checkedOn: defaults.checkedOn,
      reviewingBody: (defaults.reviewingBody || null) as ReviewingBody | null,
      items: rows.map(
        (r): EligibilityCheckItemInput => ({
          itemKey: r.item.key,
          result: r.result,
          evidenceNote: r.evidenceNote.trim() || null,
          overrideReason: mayOverride(r) ? r.overrideReason.trim() || null : null,
        }),
      ),
    };
    try {
      const { data } = await dataProvider.recordEligibilityChecks(String(record.id), record.version, input);
      rememberReview(String(record.electionId), { reviewer: input.reviewer, reviewingBody: input.reviewingBody, checkedOn: input.checkedOn });
      notify('wuye.review.recorded_many', { type: 'success', messageArgs: { smart_count: rows.length, decision: translate(`wuye.decision.${data.decision}`) } });
      refresh();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="lg" data-testid="remaining-dialog">
      <DialogTitle>{translate('wuye.review.remaining_title', { smart_count: rows.length })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DialogContentText>{translate('wuye.review.remaining_help')}</DialogContentText>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              required
              label={translate('wuye.review.reviewer')}
              value={defaults.reviewer}
              onChange={(e) => setDefaults((d) => ({ ...d, reviewer: e.target.value }))}
              error={!!problem('reviewer')}
              // carried over like the day: said, since another body may review these items (officer review M8)
              helperText={problem('reviewer') ?? (defaults.reviewer && defaults.reviewer === carriedReviewer ? translate('wuye.review.reviewer_carried') : undefined)}
              name="reviewer"
              slotProps={{ htmlInput: { maxLength: 40 } }}
            />
            <TextField
              select
              label={translate('wuye.review.body')}
              value={defaults.reviewingBody ?? ''}
              onChange={(e) => setDefaults((d) => ({ ...d, reviewingBody: e.target.value || null }))}
              data-testid="remaining-body"
              sx={{ minWidth: 220 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{translate('wuye.review.body_suggested')}</MenuItem>
              {REVIEWING_BODIES.map((b) => (
                <MenuItem key={b} value={b}>
                  {translate(`wuye.reviewingBody.${b}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="date"
              label={translate('wuye.review.checked_on')}
              value={defaults.checkedOn}
              onChange={(e) => setDefaults((d) => ({ ...d, checkedOn: e.target.value }))}
              error={!!problem('checkedOn')}
              // the day is carried over from the officer's last recording (docs/roles-and-workflows.md#eligibility-review): said when it is not today
              helperText={problem('checkedOn') ?? (defaults.checkedOn && defaults.checkedOn !== todayInChina() && defaults.checkedOn === carriedOn ? translate('wuye.review.checked_on_carried') : undefined)}
              name="checkedOn"
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: todayInChina() } }}
            />
          </Stack>
          <Table size="small" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '40%' }}>{translate('wuye.review.item')}</TableCell>
                <TableCell sx={{ width: '16%' }}>{translate('wuye.review.result')}</TableCell>
                <TableCell>{translate('wuye.review.evidence')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row, i) => {
                const note = registerNote(findings.get(row.item.key));
                const rowProblem = problem(`items[${i}].result`) ?? problem(`items[${i}].itemKey`);
                return (
                  <TableRow key={row.item.key} data-item={row.item.key} data-result={row.result}>
                    <TableCell>
                      <Typography variant="body2">{locale === 'en' ? row.item.titleEn : row.item.titleZh}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {translate(`wuye.checkKind.${row.item.kind}`)} ·{' '}
                        {translate(`wuye.reviewingBody.${defaults.reviewingBody || row.item.suggestedReviewers[0]}`)}
                      </Typography>
                      {note && (
                        <Typography variant="caption" sx={{ display: 'block' }} color={findings.get(row.item.key)?.says === 'FAIL' ? 'error' : 'text.secondary'} data-testid="register-note">
                          {note}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      <TextField
                        select
                        size="small"
                        fullWidth
                        value={row.result}
                        onChange={(e) => setRow(i, { result: e.target.value as CheckResult })}
                        error={!!rowProblem}
                        helperText={rowProblem}
                        data-testid={`remaining-result-${row.item.key}`}
                        slotProps={{ htmlInput: { 'aria-label': `${translate('wuye.review.result')}${translate('wuye.review.colon')}${titleOf(row.item.key)}` } }}
                      >
                        {checkResultChoices.map((c) => (
                          <MenuItem key={c.id} value={c.id}>
                            {translate(c.name)}
                          </MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                    <TableCell>
                      <Stack spacing={1}>
                        <TextField
                          size="small"
                          fullWidth
                          placeholder={translate('wuye.review.evidence')}
                          value={row.evidenceNote}
                          onChange={(e) => setRow(i, { evidenceNote: e.target.value })}
                          name={`items[${i}].evidenceNote`}
                          required={row.result === 'FAIL'}
                          error={!!problem(`items[${i}].evidenceNote`) || evidenceMissing(row)}
                          helperText={problem(`items[${i}].evidenceNote`) ?? (evidenceMissing(row) ? translate('wuye.review.evidence_required') : undefined)}
                          slotProps={{ htmlInput: { maxLength: 500, 'aria-label': `${translate('wuye.review.evidence')}${translate('wuye.review.colon')}${titleOf(row.item.key)}` } }}
                        />
                        {mayOverride(row) && (
                          <TextField
                            size="small"
                            fullWidth
                            label={translate('wuye.review.override')}
                            value={row.overrideReason}
                            onChange={(e) => setRow(i, { overrideReason: e.target.value })}
                            name={`items[${i}].overrideReason`}
                            error={!!problem(`items[${i}].overrideReason`)}
                            helperText={problem(`items[${i}].overrideReason`) ?? translate('wuye.review.override_help')}
                            slotProps={{ htmlInput: { maxLength: 500 } }}
                          />
                        )}
                      </Stack>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {confirmation}
          {other && (
            <Alert severity="error" data-testid="remaining-dialog-error">
              {other}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto', pl: 2 }} data-testid="remaining-summary">
          {translate('wuye.review.remaining_summary', { pass: counts.PASS, fail: counts.FAIL, pending: counts.PENDING })}
        </Typography>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={save} disabled={busy || !defaults.reviewer.trim() || !defaults.checkedOn || rows.some(evidenceMissing) || !confirmed} data-testid="remaining-dialog-confirm">
          {translate('wuye.review.record_remaining_confirm', { smart_count: rows.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
