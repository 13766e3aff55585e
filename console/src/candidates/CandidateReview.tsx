import { Alert, Box, Button, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { TopToolbar, useCanAccess, useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import type { CandidateRecordFragment, CheckResult, EligibilityCheckInput, ReviewingBody } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { CHECK_KINDS, checkResultChoices } from '../shared/choices';
import { DECISION_COLORS, EnumChip, NO_WRAP, todayInChina, useFormat } from '../shared/fields';
import { FormDialog, useDialogAction, useErrorText, useFieldProblem } from '../shared/FormDialog';
import { useReadErrorHandler } from '../shared/useServerErrorNotifier';
import { DocumentButton } from '../shared/DocumentButton';
import { carriedReview, lastReviewers, startingResult } from './carriedReview';
import { lastReview, rememberReview } from './lastReview';
import { RecordRemainingDialog, remainingItems, useRegisterNote } from './RecordRemainingDialog';
import { recordingOutcome } from './outcome';
import { useOutcomeConfirmation } from './OutcomeConfirmation';
import { recordHold } from './recordHold';

type ChecklistItem = CandidateRecordFragment['checklist']['items'][number];
type Check = CandidateRecordFragment['checks'][number];
type Finding = CandidateRecordFragment['registerFindings'][number];

interface Explanation {
  itemKey: string;
  kind: string;
  result: string;
  reason: string;
  reviewingBody: string;
  overrideReason?: string;
}

const RESULT_COLORS = { PASS: 'success', FAIL: 'error', PENDING: 'default' } as const;

function useItemTitle() {
  const [locale] = useLocaleState();
  return (item: ChecklistItem | undefined) => (item ? (locale === 'en' ? item.titleEn : item.titleZh) : '');
}

/** The computed decision and the checks that decided it (`decisionExplanation`, most serious first). */
function Decision({ items }: { items: Map<string, ChecklistItem> }) {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const title = useItemTitle();
  const explanation = (record.decisionExplanation ?? []) as Explanation[];
  const deciding = record.decision === 'ELIGIBLE' ? explanation.filter((e) => e.reason === 'UNSUITABLE_OVERRIDDEN') : explanation;
  const severity = record.decision === 'ELIGIBLE' ? 'success' : record.decision === 'INELIGIBLE' ? 'error' : 'warning';
  return (
    <Alert severity={severity} icon={false} data-testid="decision" data-decision={record.decision}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle1">{translate('wuye.review.decision')}</Typography>
          <EnumChip group="decision" value={record.decision} colors={DECISION_COLORS} />
        </Stack>
        {record.decision === 'ELIGIBLE' && deciding.length === 0 ? (
          <Typography variant="body2">{translate('wuye.review.all_passed')}</Typography>
        ) : (
          <>
            <Typography variant="body2">{translate('wuye.review.decided_by')}</Typography>
            <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="decided-by">
              {deciding.map((e) => (
                <li key={e.itemKey} data-item={e.itemKey} data-reason={e.reason}>
                  <strong>{translate(`wuye.decisionReason.${e.reason}`)}</strong>
                  {items.has(e.itemKey) && (
                    <>
                      {translate('wuye.review.colon')}
                      {title(items.get(e.itemKey))}
                    </>
                  )}
                  {e.kind !== 'OBJECTION' && (
                    <>
                      {' · '}
                      {translate(`wuye.checkKind.${e.kind}`)} · {translate(`wuye.reviewingBody.${e.reviewingBody}`)}
                    </>
                  )}
                  {e.overrideReason && (
                    <>
                      {' · '}
                      {translate('wuye.review.override')}
                      {translate('wuye.review.colon')}“{e.overrideReason}”
                    </>
                  )}
                </li>
              ))}
            </Box>
          </>
        )}
      </Stack>
    </Alert>
  );
}

function RecordCheckDialog({ item, items, check, onClose }: { item: ChecklistItem; items: ChecklistItem[]; check: Check | undefined; onClose(): void }) {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const title = useItemTitle();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const problemOf = useFieldProblem();
  const errorText = useErrorText();
  // an item not yet checked starts unanswered (or as the roll says), its reviewer carried only from the same body
  const last = check ? null : lastReview(String(record.electionId));
  const carried = carriedReview(item.suggestedReviewers, last);
  const says = ((record.registerFindings ?? []) as Array<{ itemKey: string; says: string }>).find((f) => f.itemKey === item.key)?.says;
  const [input, setInput] = useState<Omit<EligibilityCheckInput, 'result'> & { result: CheckResult | '' }>({
    itemKey: item.key,
    result: check?.result ?? startingResult(says),
    reviewingBody: check?.reviewingBody ?? (carried.reviewingBody as ReviewingBody),
    reviewer: check?.reviewer ?? carried.reviewer,
    checkedOn: check?.checkedOn ?? last?.checkedOn ?? todayInChina(),
    evidenceNote: check?.evidenceNote ?? '',
    overrideReason: check?.overrideReason ?? '',
  });
  const [error, setError] = useState<unknown>(null);
  const set = (field: keyof EligibilityCheckInput) => (e: React.ChangeEvent<HTMLInputElement>) => setInput((current) => ({ ...current, [field]: e.target.value }));
  const mayOverride = item.kind === 'UNSUITABLE' && input.result === 'FAIL';
  // a fail says on what it rests (the API leaves it optional; the console asks for it)
  const evidenceMissing = input.result === 'FAIL' && !input.evidenceNote?.trim();
  // a result that leaves the candidate ineligible or under review is confirmed first, naming them and what it means
  const outcome = recordingOutcome(items, (record.checks ?? []) as Check[], [{ itemKey: item.key, result: input.result, overrideReason: mayOverride ? input.overrideReason : null }]);
  const { confirmation, confirmed } = useOutcomeConfirmation(outcome, record.name, (key) => title(items.find((i) => i.key === key)));
  const hold = recordHold({ answered: input.result ? 1 : 0, reviewers: !!input.reviewer.trim(), checkedOn: input.checkedOn, evidenceMissing, confirmed });
  const save = async () => {
    try {
      if (!input.result) return false;
      const { data } = await dataProvider.recordEligibilityCheck(String(record.id), record.version, {
        ...input,
        result: input.result,
        reviewer: input.reviewer.trim(),
        evidenceNote: input.evidenceNote?.trim() || null,
        overrideReason: mayOverride ? input.overrideReason?.trim() || null : null,
      });
      // the reviewer is remembered with the body they recorded for: carried onto that body's items only
      const before = lastReview(String(record.electionId));
      rememberReview(String(record.electionId), { reviewer: input.reviewer.trim(), reviewingBody: input.reviewingBody, reviewers: lastReviewers(before), checkedOn: input.checkedOn });
      notify('wuye.review.recorded', { type: 'success', messageArgs: { decision: translate(`wuye.decision.${data.decision}`) } });
      refresh();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const problem = (field: string) => problemOf(error, field);
  const other = error && !['result', 'reviewer', 'checkedOn', 'evidenceNote', 'overrideReason', 'itemKey', 'reviewingBody'].some((f) => problem(f)) ? errorText(error) : null;
  return (
    <FormDialog
      open
      testId="check-dialog"
      title={translate('wuye.review.record_title', { item: title(item) })}
      content={translate('wuye.review.suggested', { bodies: item.suggestedReviewers.map((b) => translate(`wuye.reviewingBody.${b}`)).join('、') })}
      confirmLabel={translate('wuye.review.record')}
      ready={!hold}
      heldBecause={hold && translate(`wuye.review.held.${hold}`)}
      error={other}
      onClose={onClose}
      onConfirm={save}
    >
      <TextField select required label={translate('wuye.review.result')} value={input.result} onChange={set('result')} data-testid="check-result">
        {checkResultChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('wuye.review.body')}
        value={input.reviewingBody}
        onChange={set('reviewingBody')}
        error={!!problem('reviewingBody')}
        helperText={problem('reviewingBody')}
        data-testid="check-body"
      >
        {/* only the bodies that may answer this item (the server refuses any other); a stored one kept so it shows */}
        {[...new Set([...item.suggestedReviewers, input.reviewingBody])].map((b) => (
          <MenuItem key={b} value={b}>
            {translate(`wuye.reviewingBody.${b}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField required label={translate('wuye.review.reviewer')} value={input.reviewer} onChange={set('reviewer')} error={!!problem('reviewer')} helperText={problem('reviewer')} name="reviewer" slotProps={{ htmlInput: { maxLength: 40 } }} />
      <TextField
        type="date"
        label={translate('wuye.review.checked_on')}
        value={input.checkedOn}
        onChange={set('checkedOn')}
        error={!!problem('checkedOn')}
        // carried over from the officer's last recording (docs/roles-and-workflows.md#eligibility-review): said when it is not today
        helperText={problem('checkedOn') ?? (!check && last?.checkedOn && input.checkedOn === last.checkedOn && last.checkedOn !== todayInChina() ? translate('wuye.review.checked_on_carried') : undefined)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: todayInChina() } }}
      />
      <TextField
        required={input.result === 'FAIL'}
        label={translate('wuye.review.evidence')}
        value={input.evidenceNote}
        onChange={set('evidenceNote')}
        multiline
        minRows={2}
        name="evidenceNote"
        error={!!problem('evidenceNote') || evidenceMissing}
        helperText={problem('evidenceNote') ?? (evidenceMissing ? translate('wuye.review.evidence_required') : undefined)}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      {mayOverride && (
        <TextField
          label={translate('wuye.review.override')}
          value={input.overrideReason}
          onChange={set('overrideReason')}
          multiline
          minRows={2}
          helperText={problem('overrideReason') ?? translate('wuye.review.override_help')}
          error={!!problem('overrideReason')}
          name="overrideReason"
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      )}
      {confirmation}
    </FormDialog>
  );
}

/** Every item of the candidate's checklist version, grouped 必备 / 不能 / 不宜, with its check and who answered it. */
function Checklist({ items }: { items: ChecklistItem[] }) {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const title = useItemTitle();
  const format = useFormat();
  const { canAccess } = useCanAccess({ resource: 'candidates', action: 'review', record });
  const [editing, setEditing] = useState<ChecklistItem | null>(null);
  const [batch, setBatch] = useState<ChecklistItem[] | null>(null);
  const registerNote = useRegisterNote();
  const findings = new Map(((record.registerFindings ?? []) as Finding[]).map((f) => [f.itemKey, f]));
  const checks = new Map(((record.checks ?? []) as Check[]).map((c) => [c.itemKey, c]));
  const remaining = remainingItems(items, (record.checks ?? []) as Check[]);
  const deciding = new Set(record.decision === 'ELIGIBLE' ? [] : ((record.decisionExplanation ?? []) as Explanation[]).map((e) => e.itemKey));
  const reviewing = record.election?.phase === 'ELIGIBILITY_REVIEW';
  return (
    <Stack spacing={2}>
      {canAccess && !reviewing && <Alert severity="info">{translate('wuye.review.not_in_review')}</Alert>}
      {canAccess && reviewing && remaining.length > 0 && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" onClick={() => setBatch(remaining)} data-testid="record-remaining">
            {translate('wuye.review.record_remaining', { smart_count: remaining.length })}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {translate('wuye.review.record_remaining_help')}
          </Typography>
        </Stack>
      )}
      {CHECK_KINDS.map((kind) => (
        <div key={kind} data-testid={`checklist-${kind}`}>
          <Typography variant="h6" sx={{ mb: 1 }}>
            {translate(`wuye.checkKind.${kind}`)}
          </Typography>
          {/* one column layout for the three groups, so they read as one checklist */}
          <Table size="small" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                {/* the result chip, the day and the button in widths that hold them (at 1024 px a share of the row cut them); the texts share the rest */}
                <TableCell sx={{ width: '20%' }}>{translate('wuye.review.item')}</TableCell>
                <TableCell sx={{ width: '5.5rem' }}>{translate('wuye.review.result')}</TableCell>
                <TableCell sx={{ width: '10%' }}>{translate('wuye.review.body')}</TableCell>
                <TableCell sx={{ width: '8%' }}>{translate('wuye.review.reviewer')}</TableCell>
                <TableCell sx={{ width: '8.5rem' }}>{translate('wuye.review.checked_on')}</TableCell>
                <TableCell>{translate('wuye.review.evidence')}</TableCell>
                <TableCell>{translate('wuye.review.override')}</TableCell>
                <TableCell sx={{ width: '4.5rem' }} />
              </TableRow>
            </TableHead>
            <TableBody>
              {items
                .filter((item) => item.kind === kind)
                .map((item) => {
                  const check = checks.get(item.key);
                  const result = check?.result ?? 'PENDING';
                  return (
                    <TableRow key={item.key} data-item={item.key} data-result={result} sx={deciding.has(item.key) ? { bgcolor: 'action.selected' } : undefined}>
                      <TableCell>
                        {title(item)}
                        {findings.has(item.key) && (
                          <Typography variant="caption" sx={{ display: 'block' }} color={findings.get(item.key)!.says === 'FAIL' ? 'error' : 'text.secondary'} data-testid="register-note">
                            {registerNote(findings.get(item.key))}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>
                        <Chip size="small" color={RESULT_COLORS[result as keyof typeof RESULT_COLORS]} label={translate(`wuye.checkResult.${result}`)} />
                      </TableCell>
                      <TableCell>{check?.reviewingBody ? translate(`wuye.reviewingBody.${check.reviewingBody}`) : '—'}</TableCell>
                      <TableCell>{check?.reviewer ?? '—'}</TableCell>
                      <TableCell sx={NO_WRAP}>{format.day(check?.checkedOn)}</TableCell>
                      <TableCell>{check?.evidenceNote ?? ''}</TableCell>
                      <TableCell>{check?.overrideReason ?? ''}</TableCell>
                      <TableCell>
                        {canAccess && reviewing && (
                          <Button size="small" sx={{ minWidth: 0 }} onClick={() => setEditing(item)} data-testid="record-check" aria-label={translate('wuye.review.record_item', { item: title(item) })}>
                            {translate('wuye.review.record')}
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
            </TableBody>
          </Table>
        </div>
      ))}
      {batch && <RecordRemainingDialog items={batch} onClose={() => setBatch(null)} />}
      {editing && <RecordCheckDialog item={editing} items={items} check={checks.get(editing.key)} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface Objection {
  id: string;
  filedOn: string;
  filedBy: string;
  reason: string;
  resolution: string | null;
  resolvedOn: string | null;
}

/** Objections during publicity (公示期异议): filing one reopens the review; it is resolved during the review. */
function Objections() {
  const record = useRecordContext()!;
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'candidates', action: 'object', record });
  const [filing, setFiling] = useState(false);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const [form, setForm] = useState({ filedOn: todayInChina(), filedBy: '', reason: '', resolution: '' });
  const [error, setError] = useState<string | null>(null);
  const phase = record.election?.phase;
  const objections = (record.objections ?? []) as Objection[];
  const set = (field: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const act = useDialogAction(setError);
  const run = (call: () => Promise<unknown>, done: string) => () => act(call, done);
  return (
    <Stack spacing={1} data-testid="objections">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6">{translate('wuye.review.objections')}</Typography>
        {canAccess && (phase === 'CANDIDATE_PUBLICITY' || phase === 'ELIGIBILITY_REVIEW') && (
          <Button size="small" variant="outlined" onClick={() => (setError(null), setFiling(true))} data-testid="file-objection">
            {translate('wuye.review.object')}
          </Button>
        )}
      </Stack>
      {objections.length === 0 ? (
        <Typography variant="body2">{translate('wuye.review.no_objections')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('wuye.review.filed_on')}</TableCell>
              <TableCell>{translate('wuye.review.filed_by')}</TableCell>
              <TableCell>{translate('wuye.review.reason')}</TableCell>
              <TableCell>{translate('wuye.review.resolution')}</TableCell>
              <TableCell>{translate('wuye.review.resolved_on')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {objections.map((o) => (
              <TableRow key={o.id} data-objection={o.id} data-resolved={!!o.resolvedOn}>
                <TableCell sx={NO_WRAP}>{format.day(o.filedOn)}</TableCell>
                <TableCell>{o.filedBy}</TableCell>
                <TableCell>{o.reason}</TableCell>
                <TableCell>{o.resolution ?? <Chip size="small" color="warning" label={translate('wuye.review.open')} />}</TableCell>
                <TableCell>{format.day(o.resolvedOn)}</TableCell>
                <TableCell>
                  {canAccess && !o.resolvedOn && phase === 'ELIGIBILITY_REVIEW' && (
                    <Button size="small" onClick={() => (setError(null), setResolving(o))} data-testid="resolve-objection">
                      {translate('wuye.review.resolve')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {filing && (
        <FormDialog
          open
          testId="objection-dialog"
          title={translate('wuye.review.object')}
          confirmLabel={translate('wuye.review.object')}
          ready={!!form.filedBy.trim() && form.reason.trim().length >= 2}
          error={error}
          onClose={() => setFiling(false)}
          onConfirm={run(() => dataProvider.fileObjection(String(record.id), { filedOn: form.filedOn, filedBy: form.filedBy.trim(), reason: form.reason.trim() }), 'wuye.review.objection_filed')}
        >
          <Alert severity="warning" data-testid="objection-effect">
            {translate('wuye.review.objection_effect')}
          </Alert>
          <TextField type="date" label={translate('wuye.review.filed_on')} value={form.filedOn} onChange={set('filedOn')} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField required label={translate('wuye.review.filed_by')} value={form.filedBy} onChange={set('filedBy')} name="filedBy" slotProps={{ htmlInput: { maxLength: 60 } }} />
          <TextField required label={translate('wuye.review.reason')} value={form.reason} onChange={set('reason')} multiline minRows={3} name="reason" slotProps={{ htmlInput: { maxLength: 1000 } }} />
        </FormDialog>
      )}
      {resolving && (
        <FormDialog
          open
          testId="resolve-dialog"
          title={translate('wuye.review.resolve_title')}
          content={resolving.reason}
          confirmLabel={translate('wuye.review.resolve')}
          ready={!!form.resolution.trim()}
          error={error}
          onClose={() => setResolving(null)}
          onConfirm={run(() => dataProvider.resolveObjection(resolving.id, form.resolution.trim()), 'wuye.review.objection_resolved')}
        >
          <TextField required label={translate('wuye.review.resolution')} value={form.resolution} onChange={set('resolution')} multiline minRows={3} name="resolution" />
        </FormDialog>
      )}
    </Stack>
  );
}

function ReviewLayout() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const items = (record.checklist?.items ?? []) as ChecklistItem[];
  return (
    <Stack spacing={3} sx={{ p: 2 }} data-testid="candidate-review">
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h5">{record.name}</Typography>
        <Typography variant="body1" color="text.secondary">
          {record.election?.title}
        </Typography>
        {record.partyMember && <Chip size="small" variant="outlined" label={translate('resources.candidates.fields.partyMember')} />}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('wuye.review.checklist', { version: record.checklist?.version, title: record.checklist?.title })}
      </Typography>
      <Decision items={new Map(items.map((i) => [i.key, i]))} />
      <Checklist items={items} />
      <Objections />
    </Stack>
  );
}

/** The review form exists from the review on, while the election stands (the server refuses it otherwise). */
const REVIEWED_PHASES: readonly string[] = ['ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY', 'VOTING', 'COUNTING', 'RESULT_PUBLICITY', 'CERTIFIED'];

function ReviewActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {record && (
        <Button component={Link} to={`/elections/${record.electionId}/show/candidates`} startIcon={<ArrowBackIcon />} size="small">
          {translate('wuye.review.back')}
        </Button>
      )}
      {record && REVIEWED_PHASES.includes(record.election?.phase) && (
        <DocumentButton path={`/documents/candidates/${record.id}/review.pdf`} fileName={`资格审查表-${record.id}.pdf`} label="wuye.documents.review_form" testId="download-review-form" />
      )}
    </TopToolbar>
  );
}

/**
 * The checklist review screen (联审, docs/domain-rules.md#eligibility-checklist): each check's result, reviewing body, reviewer, date and
 * evidence; unsuitable findings overridden only with a written reason; the decision computed by the server and
 * explained by the checks that decided it.
 */
export default function CandidateReview() {
  // candidates are reached from their election; a refused one sends the officer back to the elections
  const onError = useReadErrorHandler('elections');
  return (
    <Show actions={<ReviewActions />} title="wuye.review.title" queryOptions={{ onError }}>
      <ReviewLayout />
    </Show>
  );
}
