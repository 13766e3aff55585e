import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useListContext, useNotify, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import type { FilingActionName, FilingMove } from '../dataProvider';
import type { RegistryDataProvider } from '../resources';
import { FILING_ICONS, FilingActionDialog } from './FilingActions';

/**
 * A filing action over the selected rows: each record is moved at the version shown, one by one; records the
 * action does not apply to (status, or maker-checker: not in the server's availableActions) are left alone and
 * counted. The button says beforehand how many it applies to, and is disabled when it applies to none.
 */
export function BulkFilingButton({ action }: { action: FilingActionName }) {
  const resource = useResourceContext()!;
  const { selectedIds, data = [], onUnselectItems } = useListContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource, action: action.toLowerCase() });
  if (!canAccess) return null;
  const label = translate(`wuye.filingAction.${action}`);
  const applicable = data.filter((record) => selectedIds.includes(record.id) && (record.availableActions as string[] | undefined)?.includes(action)).length;
  // a count only where it applies to some: "0 of 1" is no offer, the button is then disabled and says why beside it
  const buttonLabel = applicable && applicable < selectedIds.length ? translate('wuye.filing.bulk_applies', { action: label, applicable, selected: selectedIds.length }) : label;

  const run = async (move: FilingMove) => {
    const selected = data.filter((record) => selectedIds.includes(record.id));
    let done = 0;
    let failed = 0;
    let skipped = selectedIds.length - selected.length;
    for (const record of selected) {
      if (!(record.availableActions as string[] | undefined)?.includes(action)) {
        skipped++;
        continue;
      }
      try {
        await dataProvider.filingAction(resource, { id: record.id, version: record.version, ...move });
        done++;
      } catch {
        failed++;
      }
    }
    setOpen(false);
    notify('wuye.filing.bulk_done', { type: failed ? 'warning' : 'success', messageArgs: { action: label, done, skipped, failed } });
    onUnselectItems();
    refresh();
  };
  return (
    <>
      <Button
        startIcon={FILING_ICONS[action]}
        onClick={() => setOpen(true)}
        size="small"
        disabled={!applicable}
        aria-describedby={applicable ? undefined : `bulk-${action}-none`}
        data-testid={`bulk-${action}`}
        data-applicable={applicable}
      >
        {buttonLabel}
      </Button>
      {!applicable && (
        // wrapped beside the button: on one line the English words pushed the button past a 1280 px window
        <Typography id={`bulk-${action}-none`} variant="caption" color="text.secondary" sx={{ mx: 1, minWidth: 0, maxWidth: '32rem', whiteSpace: 'normal' }} data-testid={`bulk-${action}-none`}>
          {translate('wuye.filing.bulk_none_apply', { action: label })}
        </Typography>
      )}
      <FilingActionDialog
        action={action}
        open={open}
        title={translate('wuye.filing.bulk_confirm_title', { action: label, smart_count: selectedIds.length })}
        content={`${translate(`wuye.filing.confirm_content.${action}`)} ${translate('wuye.filing.bulk_confirm_content')}`}
        onClose={() => setOpen(false)}
        onConfirm={run}
      />
    </>
  );
}

/** Bulk Submit for clerks and Approve for registrars (the buttons hide themselves for other roles). */
export function FilingBulkActions() {
  return (
    <>
      <BulkFilingButton action="SUBMIT" />
      <BulkFilingButton action="APPROVE" />
    </>
  );
}
