import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CandidateRecordFragment, CheckResult, EligibilityCheckItemInput, ReviewingBody } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { checkResultChoices } from '../shared/choices';
import { todayInChina } from '../shared/fields';
import { useErrorText, useFieldProblem } from '../shared/FormDialog';
import { carriedReview, lastReviewers, startingResult } from './carriedReview';
import { lastReview, rememberReview, type ReviewDefaults } from './lastReview';
import { recordingOutcome } from './outcome';
import { useOutcomeConfirmation } from './OutcomeConfirmation';
import { recordHold } from './recordHold';

type ChecklistItem = CandidateRecordFragment['checklist']['items'][number];
type Check = CandidateRecordFragment['checks'][number];
type Finding = CandidateRecordFragment['registerFindings'][number];

interface Row {
  item: ChecklistItem;
  /** '' until the officer chooses (or the roll says) */
  result: CheckResult | '';
  reviewingBody: string;
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

/** Where the officer's last recording in the election is remembered: its reviewer, body and day; else today and nobody. */
function defaultsFor(electionId: string): ReviewDefaults {
  return lastReview(electionId) ?? { reviewer: '', reviewingBody: null, checkedOn: todayInChina() };
}

/**
 * The remaining items of a candidate's review in one confirm (docs/roles-and-workflows.md#eligibility-review): each row
 * unanswered until the officer chooses (or as the roll says, where it can tell), each with its body and that body's
 * reviewer; the last reviewer is carried only onto the items of the body they recorded for. The answered rows are
 * sent, all taken or none. The one-item dialog stays for corrections.
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
  const [last] = useState(() => defaultsFor(String(record.electionId)));
  const [checkedOn, setCheckedOn] = useState(last.checkedOn);
  const [rows, setRows] = useState<Row[]>(() =>
    items.map((item) => ({ item, result: startingResult(findings.get(item.key)?.says), reviewingBody: carriedReview(item.suggestedReviewers, last).reviewingBody, evidenceNote: '', overrideReason: '' })),
  );
  // one reviewer per body: the last one carried only onto the body they recorded for
  const [reviewers, setReviewers] = useState<Record<string, string>>(() => lastReviewers(last));
  const answered = rows.flatMap((r, i) => (r.result ? [i] : []));
  const bodies = [...new Set(rows.map((r) => r.reviewingBody))];
  const bodiesAnswered = new Set(answered.map((i) => rows[i].reviewingBody));
  const reviewerMissing = [...bodiesAnswered].some((b) => !reviewers[b]?.trim());
  // the batch as sent: field errors name its items by their place in it, not in the table
  const [sent, setSent] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = (field: string) => problemOf(error, field);
  const rowProblem = (rowIndex: number, field: string) => (sent.includes(rowIndex) ? problem(`items[${sent.indexOf(rowIndex)}].${field}`) : undefined);
  const setRow = (index: number, change: Partial<Row>) => setRows((current) => current.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const mayOverride = (row: Row) => row.item.kind === 'UNSUITABLE' && row.result === 'FAIL';
  const ownFields = ['checkedOn', ...sent.flatMap((_r, i) => ['itemKey', 'result', 'evidenceNote', 'overrideReason', 'reviewingBody', 'reviewer'].map((f) => `items[${i}].${f}`))];
  const other = error && !ownFields.some((f) => problem(f)) ? errorText(error) : null;
  const counts = Object.fromEntries(checkResultChoices.map((c) => [c.id, rows.filter((r) => r.result === c.id).length]));
  const unanswered = rows.length - answered.length;
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
    answered.map((i) => rows[i]).map((r) => ({ itemKey: r.item.key, result: r.result, overrideReason: mayOverride(r) ? r.overrideReason : null })),
  );
  const { confirmation, confirmed } = useOutcomeConfirmation(outcome, record.name, titleOf);
  const hold = recordHold({ answered: answered.length, reviewers: !reviewerMissing, checkedOn, evidenceMissing: rows.some(evidenceMissing), confirmed });

  const save = async () => {
    setBusy(true);
    setSent(answered);
    const input = {
      checkedOn,
      items: answered.map((i): EligibilityCheckItemInput => {
        const r = rows[i];
        return {
          itemKey: r.item.key,
          result: r.result as CheckResult,
          reviewingBody: r.reviewingBody as ReviewingBody,
          reviewer: reviewers[r.reviewingBody]?.trim() || null,
          evidenceNote: r.evidenceNote.trim() || null,
          overrideReason: mayOverride(r) ? r.overrideReason.trim() || null : null,
        };
      }),
    };
    try {
      const { data } = await dataProvider.recordEligibilityChecks(String(record.id), record.version, input);
      // every body's reviewer remembered with its body, to be carried onto that body's items only
      const used = Object.fromEntries([...bodiesAnswered].map((b) => [b, reviewers[b].trim()]));
      rememberReview(String(record.electionId), { reviewer: '', reviewingBody: null, reviewers: { ...lastReviewers(last), ...used }, checkedOn });
      notify('wuye.review.recorded_many', { type: 'success', messageArgs: { smart_count: answered.length, decision: translate(`wuye.decision.${data.decision}`) } });
      refresh();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const bodyName = (b: string) => translate(`wuye.reviewingBody.${b}`);

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="lg" data-testid="remaining-dialog">
      <DialogTitle>{translate('wuye.review.remaining_title', { smart_count: rows.length })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DialogContentText>{translate('wuye.review.remaining_help')}</DialogContentText>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="remaining-reviewers">
            {bodies.map((b) => {
              const index = answered.find((i) => rows[i].reviewingBody === b);
              const serverProblem = index === undefined ? undefined : rowProblem(index, 'reviewer');
              const carried = !!reviewers[b] && reviewers[b] === lastReviewers(last)[b];
              return (
                <TextField
                  key={b}
                  required={bodiesAnswered.has(b)}
                  label={`${translate('wuye.review.reviewer')}${translate('wuye.review.colon')}${bodyName(b)}`}
                  value={reviewers[b] ?? ''}
                  onChange={(e) => setReviewers((current) => ({ ...current, [b]: e.target.value }))}
                  error={!!serverProblem}
                  // carried only onto the body it was entered for, and said so (officer review M8)
                  helperText={serverProblem ?? (carried ? translate('wuye.review.reviewer_carried') : undefined)}
                  data-testid={`remaining-reviewer-${b}`}
                  slotProps={{ htmlInput: { maxLength: 40 } }}
                />
              );
            })}
            <TextField
              type="date"
              label={translate('wuye.review.checked_on')}
              value={checkedOn}
              onChange={(e) => setCheckedOn(e.target.value)}
              error={!!problem('checkedOn')}
              // the day is carried over from the officer's last recording (docs/roles-and-workflows.md#eligibility-review): said when it is not today
              helperText={problem('checkedOn') ?? (checkedOn !== todayInChina() && checkedOn === last.checkedOn ? translate('wuye.review.checked_on_carried') : undefined)}
              name="checkedOn"
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: todayInChina() } }}
            />
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button
              size="small"
              variant="outlined"
              disabled={unanswered === 0}
              // a deliberate click, never a default: the items nobody answered become passes only here
              onClick={() => setRows((current) => current.map((r) => (r.result ? r : { ...r, result: 'PASS' })))}
              data-testid="remaining-all-pass"
            >
              {translate('wuye.review.mark_unanswered_pass', { smart_count: unanswered })}
            </Button>
          </Stack>
          <Table size="small" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '34%' }}>{translate('wuye.review.item')}</TableCell>
                <TableCell sx={{ width: '18%' }}>{translate('wuye.review.body')}</TableCell>
                <TableCell sx={{ width: '14%' }}>{translate('wuye.review.result')}</TableCell>
                <TableCell>{translate('wuye.review.evidence')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row, i) => {
                const note = registerNote(findings.get(row.item.key));
                const resultProblem = rowProblem(i, 'result') ?? rowProblem(i, 'itemKey');
                const bodyProblem = rowProblem(i, 'reviewingBody');
                return (
                  <TableRow key={row.item.key} data-item={row.item.key} data-result={row.result || 'UNANSWERED'} data-body={row.reviewingBody}>
                    <TableCell>
                      <Typography variant="body2">{locale === 'en' ? row.item.titleEn : row.item.titleZh}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {translate(`wuye.checkKind.${row.item.kind}`)}
                      </Typography>
                      {note && (
                        <Typography variant="caption" sx={{ display: 'block' }} color={findings.get(row.item.key)?.says === 'FAIL' ? 'error' : 'text.secondary'} data-testid="register-note">
                          {note}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {/* only the bodies that may answer this item (the server refuses any other) */}
                      <TextField
                        select
                        size="small"
                        fullWidth
                        value={row.reviewingBody}
                        onChange={(e) => setRow(i, { reviewingBody: e.target.value })}
                        disabled={row.item.suggestedReviewers.length < 2}
                        error={!!bodyProblem}
                        helperText={bodyProblem}
                        data-testid={`remaining-body-${row.item.key}`}
                        slotProps={{ htmlInput: { 'aria-label': `${translate('wuye.review.body')}${translate('wuye.review.colon')}${titleOf(row.item.key)}` } }}
                      >
                        {row.item.suggestedReviewers.map((b) => (
                          <MenuItem key={b} value={b}>
                            {bodyName(b)}
                          </MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                    <TableCell>
                      <TextField
                        select
                        size="small"
                        fullWidth
                        value={row.result}
                        onChange={(e) => setRow(i, { result: e.target.value as CheckResult })}
                        error={!!resultProblem}
                        helperText={resultProblem}
                        data-testid={`remaining-result-${row.item.key}`}
                        slotProps={{ select: { displayEmpty: true }, htmlInput: { 'aria-label': `${translate('wuye.review.result')}${translate('wuye.review.colon')}${titleOf(row.item.key)}` } }}
                      >
                        <MenuItem value="" disabled>
                          {translate('wuye.review.unanswered')}
                        </MenuItem>
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
                          error={!!rowProblem(i, 'evidenceNote') || evidenceMissing(row)}
                          helperText={rowProblem(i, 'evidenceNote') ?? (evidenceMissing(row) ? translate('wuye.review.evidence_required') : undefined)}
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
                            error={!!rowProblem(i, 'overrideReason')}
                            helperText={rowProblem(i, 'overrideReason') ?? translate('wuye.review.override_help')}
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
        <Stack sx={{ mr: 'auto', pl: 2 }}>
          <Typography variant="body2" color="text.secondary" data-testid="remaining-summary">
            {translate('wuye.review.remaining_summary', { pass: counts.PASS, fail: counts.FAIL, pending: counts.PENDING, unanswered })}
          </Typography>
          {hold && (
            <Typography variant="body2" color="text.secondary" id="remaining-dialog-held" data-testid="remaining-dialog-held">
              {translate(`wuye.review.held.${hold}`)}
            </Typography>
          )}
        </Stack>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={save} disabled={busy || !!hold} aria-describedby={hold ? 'remaining-dialog-held' : undefined} data-testid="remaining-dialog-confirm">
          {translate('wuye.review.record_remaining_confirm', { smart_count: answered.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
