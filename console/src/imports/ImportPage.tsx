import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Autocomplete,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  LinearProgress,
  Link as MuiLink,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Confirm, Title, useDataProvider, useGetList, useGetOne, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type { ImportKindName } from '../../../api/src/imports/columns';
import type { ImportFileInput as ImportFile, ImportMode, ImportProgressQuery, ImportReportFieldsFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { creditCodeProblem, ruleText } from '../dataProvider/errors';
import { canAccess } from '../permissions';
import { readAsBase64, saveBase64, saveBlob } from '../shared/files';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';

/** The import's report as import.api.ts reads it (ImportReport). */
type Report = ImportReportFieldsFragment;
/** A problem with one field of a row, or (a refusal of the whole file) with the file's columns. */
interface FieldProblem {
  field: string;
  column: string | null;
  rule: string;
  message: string;
  /** a row's cell as the file has it, and for a choice the words it may hold (not sent for a refused file) */
  given?: string | null;
  allowed?: readonly string[] | null;
  /** a refused check character: the one the first 17 characters give */
  expected?: string | null;
  /** the figures the message says (ImportFieldError.args): what the words are built from */
  args?: Record<string, unknown> | null;
}

const STATUS_COLOR = { VALID: 'success', INVALID: 'error', DUPLICATE: 'default', CREATED: 'primary', UPDATED: 'info', SKIPPED: 'warning' } as const;

const KINDS: readonly ImportKindName[] = ['FIRMS', 'PROJECTS', 'OWNER_ROLL'];
/** The resource whose field labels name a kind's columns. */
const KIND_RESOURCE: Record<ImportKindName, string> = { FIRMS: 'firms', PROJECTS: 'projects', OWNER_ROLL: 'owners' };
/** Where a row's record is shown: a filing's own page, or (owner rolls, whose units have no page) the estate's. */
function recordPath(kind: ImportKindName, recordId: string, estateId: string | null): string {
  if (kind === 'OWNER_ROLL') return `/estates/${estateId}/show`;
  return `/${KIND_RESOURCE[kind]}/${recordId}/show`;
}

/** A key for polling one import's progress (the API wants 8–64 letters, digits, - or _). */
function progressKey(): string {
  return crypto.randomUUID();
}

type Progress = NonNullable<ImportProgressQuery['importProgress']>;

/** An owner roll's words differ where rows are units and owners, not filings (key suffix `_roll`). */
const wording = (kind: ImportKindName, key: string) => (kind === 'OWNER_ROLL' ? `${key}_roll` : key);

/** The estate an owner roll belongs to: chosen by name, kept in the address (the estate page links here with it). */
function EstatePicker({ estateId, onChange }: { estateId: string | null; onChange(id: string | null): void }) {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const { data: chosen } = useGetOne('estates', { id: estateId! }, { enabled: !!estateId });
  const { data: options = [] } = useGetList('estates', { filter: { q: q || undefined }, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } });
  return (
    <Autocomplete
      options={options}
      value={chosen ?? null}
      onChange={(_e, value) => onChange(value ? String(value.id) : null)}
      onInputChange={(_e, value, reason) => reason === 'input' && setQ(value)}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => String(a.id) === String(b.id)}
      sx={{ width: 320 }}
      renderInput={(p) => <TextField {...p} label={translate('wuye.import.estate')} helperText={estateId ? undefined : translate('wuye.import.choose_estate')} data-testid="import-estate" />}
    />
  );
}

/**
 * Bulk import (docs/roles-and-workflows.md#imports): the file is checked row by row first; the user then imports every
 * row (only possible when all are valid) or chooses to import the valid rows only. Clerks and registrars import
 * filings, officers the owner roll of an estate in their subdistricts.
 */
export function ImportPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { permissions } = usePermissions();
  const [params, setParams] = useSearchParams();
  const kinds = KINDS.filter((k) => canAccess(permissions, 'imports', k));
  const kind: ImportKindName = kinds.find((k) => k === params.get('kind')) ?? kinds[0] ?? 'FIRMS';
  const estateId = kind === 'OWNER_ROLL' ? params.get('estateId') : null;
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<ImportMode | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(true);
  const [progress, setProgress] = useState<Progress | null>(null);
  const notifyError = useServerErrorNotifier();
  const [locale] = useLocaleState();

  const rule = (problem: FieldProblem) => {
    // CREDIT_CODE_LENGTH, _CHARACTER or _CHECK (a firm's code, a project's firm's): the same check on the cell gives the message its figures
    if (problem.rule.startsWith('CREDIT_CODE') && problem.rule !== 'CREDIT_CODE_TAKEN' && problem.given) {
      const detail = creditCodeProblem(problem.given);
      if (detail) return translate(detail.message, detail.args);
    }
    // the figures the server found (a refused ID number's check character it should end in and the one the file has, GB 11643)
    const { key, args } = ruleText(problem);
    return translate(key, args);
  };
  // the rule, then what the file has and (a choice) what it may have, so the clerk can find and fix the cell
  const rowProblem = (problem: FieldProblem) =>
    [
      rule(problem),
      problem.given ? translate('wuye.import.given', { given: problem.given }) : '',
      problem.allowed?.length ? translate('wuye.import.allowed', { allowed: problem.allowed.join(translate('wuye.import.list_separator')) }) : '',
    ].join('');

  // the column a refused file's header problem is about, from its args: the header as the file has it, or the missing column in the user's language
  const columnNamed = (e: FieldProblem) => {
    const name = e.args?.header ?? (locale.startsWith('zh') ? e.args?.columnZh : e.args?.columnEn);
    if (typeof name !== 'string') return '';
    return locale.startsWith('zh') ? `：「${name}」` : `: “${name}”`;
  };
  const fail = (error: any) => {
    const fieldErrors: FieldProblem[] = error?.body?.fieldErrors ?? [];
    setReport(null);
    setRefusal(
      fieldErrors.length
        ? fieldErrors.map((e) => `${translate(`wuye.rules.${e.rule}`, { _: e.rule })}${columnNamed(e)}`)
        : [translate(error?.message ?? 'ra.notification.http_error', { _: error?.body?.serverMessage ?? error?.message })],
    );
  };

  const check = async (chosen: ImportFile) => {
    setBusy(true);
    setRefusal(null);
    try {
      setReport((await dataProvider.previewImport(kind, chosen, estateId)).data);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    const loaded = { name: chosen.name, contentBase64: await readAsBase64(chosen) };
    setFile(loaded);
    await check(loaded);
  };

  const run = async (mode: ImportMode) => {
    if (!file) return;
    setBusy(true);
    setConfirming(null);
    const key = progressKey();
    setProgress({ phase: 'CHECKING', done: 0, total: 0 });
    // the import runs in one request; its progress is read alongside it until it answers
    let polling = true;
    const poll = async () => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        if (!polling) break;
        const seen = await dataProvider.importProgress(key).catch(() => null);
        if (polling && seen?.data) setProgress(seen.data);
      }
    };
    void poll();
    try {
      const done = (await dataProvider.runImport(kind, file, mode, estateId, key)).data;
      setReport(done);
      // a small import shows every row at once, with its link to the record it made
      if (done.committed && done.rows.length <= 200) setOnlyProblems(false);
    } catch (error) {
      fail(error);
    } finally {
      polling = false;
      setProgress(null);
      setBusy(false);
    }
  };

  const template = async (language: 'zh' | 'en', format: 'xlsx' | 'csv') => {
    try {
      saveBlob(`${kind.toLowerCase()}-template-${language}.${format}`, await dataProvider.downloadDocument(`/documents/templates/${kind}.${format}?lang=${language}`));
    } catch (error) {
      fail(error);
    }
  };

  // the rows not imported (invalid, or held back by an all-or-nothing import), each said as the table below says it
  const toFix = (report?.rows ?? []).filter((r) => r.status === 'INVALID' || r.status === 'SKIPPED');
  const downloadErrorFile = async () => {
    if (!file) return;
    const messages = toFix.map((r) => ({
      row: r.row,
      message:
        r.status === 'SKIPPED'
          ? translate('wuye.import.error_file_skipped')
          : r.fieldErrors.map((e) => translate('wuye.import.error_file_cell', { column: e.column ?? translate(`resources.${KIND_RESOURCE[kind]}.fields.${e.field}`, { _: e.field }), problem: rowProblem(e) })).join(translate('wuye.import.error_file_separator')),
    }));
    try {
      const made = (await dataProvider.importErrorFile(file, messages)).data;
      if (made) saveBase64(made.name, made.contentType, made.contentBase64);
    } catch (error) {
      notifyError(error);
    }
  };

  const rows = useMemo(
    () => (report?.rows ?? []).filter((r) => !onlyProblems || r.status === 'INVALID' || r.status === 'DUPLICATE' || r.changes.length > 0),
    [report, onlyProblems],
  );
  const ran = report?.mode != null;
  const reset = (next: Record<string, string>) => {
    setParams(next);
    setFile(null);
    setReport(null);
    setRefusal(null);
  };
  const needsEstate = kind === 'OWNER_ROLL' && !estateId;

  return (
    <Card sx={{ mt: 2 }} data-testid="import-page">
      <Title title={translate('wuye.import.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('wuye.import.help')}
          </Typography>
          {kind === 'OWNER_ROLL' && (
            <Typography variant="body2" color="text.secondary">
              {translate('wuye.import.roll_help')}
            </Typography>
          )}
          <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              select
              label={translate('wuye.import.kind')}
              value={kind}
              onChange={(e) => reset({ kind: e.target.value })}
              sx={{ minWidth: 200 }}
              data-testid="import-kind"
            >
              {kinds.map((k) => (
                <MenuItem key={k} value={k}>
                  {translate(`wuye.import.kinds.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            {kind === 'OWNER_ROLL' && <EstatePicker estateId={estateId} onChange={(id) => reset(id ? { kind, estateId: id } : { kind })} />}
            <Button startIcon={<DownloadIcon />} onClick={() => template('zh', 'xlsx')} data-testid="template-xlsx-zh">
              {translate('wuye.import.template_zh')}
            </Button>
            <Button startIcon={<DownloadIcon />} onClick={() => template('en', 'xlsx')} data-testid="template-xlsx-en">
              {translate('wuye.import.template_en')}
            </Button>
            <Button startIcon={<DownloadIcon />} onClick={() => template('zh', 'csv')} data-testid="template-csv-zh">
              {translate('wuye.import.template_csv')}
            </Button>
          </Stack>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <input ref={inputRef} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={onFile} data-testid="import-file" />
            <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => inputRef.current?.click()} disabled={busy || needsEstate}>
              {translate('wuye.import.choose_file')}
            </Button>
            <Typography variant="body2">{file?.name ?? translate('wuye.import.no_file')}</Typography>
          </Stack>

          {progress && (
            <Stack spacing={1} data-testid="import-progress" data-phase={progress.phase} data-done={progress.done} data-total={progress.total}>
              <Typography variant="body2">
                {progress.total === 0 && progress.phase === 'CHECKING'
                  ? translate('wuye.import.progress.STARTED')
                  : translate(`wuye.import.progress.${progress.phase}`, { done: progress.done, total: progress.total })}
              </Typography>
              <LinearProgress
                variant={progress.phase === 'WRITING' && progress.total > 0 ? 'determinate' : 'indeterminate'}
                value={progress.total > 0 ? (100 * progress.done) / progress.total : 0}
              />
            </Stack>
          )}

          {refusal && (
            <Alert severity="error" data-testid="import-refusal">
              <strong>{translate('wuye.import.file_refused')}</strong>
              <ul style={{ margin: 0 }}>
                {refusal.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </Alert>
          )}

          {report && (
            <>
              <Alert severity={report.invalid ? 'warning' : 'success'} data-testid="import-summary">
                {ran
                  ? report.committed
                    ? translate(wording(kind, 'wuye.import.outcome_created'), report)
                    : translate('wuye.import.outcome_nothing', report)
                  : translate(wording(kind, 'wuye.import.summary'), report)}
                {' · '}
                {translate('wuye.import.format', { format: report.format, encoding: report.encoding ?? '' })}
              </Alert>
              {(report.openVotes ?? []).length > 0 && (
                <Alert severity="info" data-testid="import-open-votes">
                  {translate('wuye.import.open_votes', {
                    votes: report.openVotes!.map((v) => translate(`wuye.import.open_vote_${v.kind}`, { id: v.id })).join('、'),
                  })}
                </Alert>
              )}
              {report.removed > 0 && (
                <Alert severity="info" data-testid="import-removed">
                  {translate('wuye.import.removed', { smart_count: report.removed })}
                </Alert>
              )}
              {toFix.length > 0 && (
                <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                  <Button
                    variant="outlined"
                    color="error"
                    startIcon={<DownloadIcon />}
                    onClick={downloadErrorFile}
                    disabled={busy}
                    data-testid="import-error-file"
                  >
                    {translate('wuye.import.error_file')}
                  </Button>
                  <Typography variant="body2" color="text.secondary">
                    {translate('wuye.import.error_file_help')}
                  </Typography>
                </Stack>
              )}
              {!ran && (
                <Stack direction="row" spacing={2}>
                  <Button variant="contained" disabled={busy || report.invalid > 0 || report.valid === 0} onClick={() => setConfirming('ALL_OR_NOTHING')} data-testid="import-run-all">
                    {translate('wuye.import.run_all')}
                  </Button>
                  <Button variant="outlined" color="warning" disabled={busy || report.invalid === 0 || report.valid === 0} onClick={() => setConfirming('VALID_ROWS')} data-testid="import-run-valid">
                    {translate('wuye.import.run_valid')}
                  </Button>
                  {/* a greyed-out button says why */}
                  {(report.invalid > 0 || report.valid === 0) && (
                    <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }} data-testid="import-run-all-why">
                      {report.valid === 0
                        ? translate('wuye.import.run_all_none_valid')
                        : translate('wuye.import.run_all_invalid', { smart_count: report.invalid })}
                    </Typography>
                  )}
                </Stack>
              )}
              <FormControlLabel control={<Switch checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />} label={translate('wuye.import.only_problems')} />
              <Table size="small" data-testid="import-report">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('wuye.import.columns.row')}</TableCell>
                    <TableCell>{translate('wuye.import.columns.status')}</TableCell>
                    <TableCell>{translate('wuye.import.columns.label')}</TableCell>
                    <TableCell>{translate('wuye.import.columns.problems')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.row} data-row={r.row} data-status={r.status}>
                      <TableCell>{r.row}</TableCell>
                      <TableCell>
                        <Chip size="small" color={STATUS_COLOR[r.status]} label={translate(`wuye.import.status.${r.status}`)} />
                      </TableCell>
                      <TableCell>{r.label}</TableCell>
                      <TableCell>
                        {r.fieldErrors.map((e, i) => (
                          <div key={i} data-field={e.field} data-rule={e.rule}>
                            <strong>{e.column ?? translate(`resources.${KIND_RESOURCE[kind]}.fields.${e.field}`, { _: e.field })}</strong>: {rowProblem(e)}
                          </div>
                        ))}
                        {r.changes.length > 0 && (
                          <div data-changes={r.changes.join(',')}>
                            {translate('wuye.import.changes', { fields: r.changes.map((f) => translate(`resources.${KIND_RESOURCE[kind]}.fields.${f}`, { _: f })).join('、') })}
                          </div>
                        )}
                        {r.duplicateOfRow && translate('wuye.import.duplicate_of_row', { row: r.duplicateOfRow })}
                        {r.recordId && (r.status === 'CREATED' || r.status === 'UPDATED' || r.status === 'DUPLICATE') && (
                          <MuiLink component={Link} to={recordPath(kind, r.recordId, report.estateId ?? null)} data-testid="import-record-link">
                            {translate(r.status === 'DUPLICATE' ? 'wuye.import.existing_record' : 'wuye.import.open_record')}
                          </MuiLink>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
        </Stack>
      </CardContent>
      {report && (
        <Confirm
          isOpen={confirming !== null}
          loading={busy}
          title={confirming === 'VALID_ROWS' ? translate('wuye.import.confirm_valid', report) : translate('wuye.import.confirm_all', { smart_count: report.valid })}
          content={translate(wording(kind, 'wuye.import.confirm_content'))}
          onConfirm={() => confirming && run(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </Card>
  );
}

export default ImportPage;
