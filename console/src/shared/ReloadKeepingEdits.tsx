import { Alert, AlertTitle, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { mergeEditsOverNewVersion, type MergedEdits, type Values } from './conflictMerge';

/** Open edit forms, told just before a CONFLICT's reload so each keeps what its user typed (ConflictNotice). */
const beforeReload = new Set<() => void>();

export function keepEditsAcrossReload(): void {
  for (const capture of beforeReload) capture();
}

interface Merged extends MergedEdits {
  mine: Values;
  current: Values;
}

/**
 * In every versioned edit form (SaveToolbar): on a CONFLICT's reload the new version comes in with its `version`,
 * the user's own edits are put back on top of it, and what the other person changed is said (useful only once).
 */
function useReloadKeepingEdits() {
  const { getValues, reset, formState } = useFormContext();
  const record = useRecordContext();
  const pending = useRef<{ opened: Values; mine: Values; version: unknown } | null>(null);
  const [merged, setMerged] = useState<Merged | null>(null);
  const opened = useRef<Values>({});
  opened.current = (formState.defaultValues as Values | undefined) ?? record ?? {};

  useEffect(() => {
    const capture = () => {
      pending.current = { opened: { ...opened.current }, mine: getValues(), version: record?.version };
    };
    beforeReload.add(capture);
    return () => {
      beforeReload.delete(capture);
    };
  }, [getValues, record?.version]);

  useEffect(() => {
    const before = pending.current;
    if (!before || !record || record.version === before.version) return undefined;
    // after react-admin's own reset of the form to the new record (the form's effect runs after this one)
    const timer = window.setTimeout(() => {
      pending.current = null;
      const current = getValues();
      const result = mergeEditsOverNewVersion(before.opened, before.mine, current);
      reset(result.values, { keepDefaultValues: true });
      setMerged({ ...result, mine: before.mine, current });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [record, getValues, reset]);

  return [merged, setMerged] as const;
}

const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(shown).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** What the reload did: the new version is in, the user's edits kept, the other person's changes named, clashes to choose. */
export function ReloadKeepingEditsNotice() {
  const [merged, setMerged] = useReloadKeepingEdits();
  const translate = useTranslate();
  const resource = useResourceContext();
  const { setValue } = useFormContext();
  if (!merged) return null;
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
  const choose = (field: string, value: unknown) => {
    setValue(field, value, { shouldDirty: true, shouldValidate: true });
    setMerged({ ...merged, clashes: merged.clashes.filter((f) => f !== field) });
  };
  return (
    <Alert severity={merged.clashes.length ? 'warning' : 'info'} sx={{ flexBasis: '100%', mb: 1 }} onClose={() => setMerged(null)} data-testid="reload-merge">
      <AlertTitle>{translate('wuye.conflict.merged')}</AlertTitle>
      {merged.changedByOthers.length ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="changed-by-others">
          <Typography variant="body2">{translate('wuye.conflict.changed_by_others')}</Typography>
          {merged.changedByOthers.map((field) => (
            <Chip key={field} size="small" label={label(field)} data-field={field} />
          ))}
        </Stack>
      ) : (
        <Typography variant="body2">{translate('wuye.conflict.none_by_others')}</Typography>
      )}
      {merged.clashes.map((field) => (
        <Box key={field} sx={{ mt: 1 }} data-testid="reload-clash" data-field={field}>
          <Typography variant="body2">
            {translate('wuye.conflict.clash', { field: label(field), theirs: shown(merged.current[field]), mine: shown(merged.mine[field]) })}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
            <Button size="small" variant="outlined" onClick={() => choose(field, merged.mine[field])}>
              {translate('wuye.conflict.keep_mine')}
            </Button>
            <Button size="small" variant="outlined" onClick={() => choose(field, merged.current[field])}>
              {translate('wuye.conflict.take_theirs')}
            </Button>
          </Stack>
        </Box>
      ))}
    </Alert>
  );
}
