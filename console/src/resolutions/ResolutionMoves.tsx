import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { RESOLUTION_TRANSITIONS, ResolutionAction, type ResolutionPhase } from '../../../api/src/resolutions/resolution-phases';
import { nextState } from '../../../api/src/filings/transitions';
import type { RegistryDataProvider } from '../resources';
import { FormDialog, useDialogAction } from '../shared/FormDialog';

/** The move the server's lifecycle table offers from this phase (draft → voting → closed), if any. */
function moveFrom(phase: ResolutionPhase): { action: ResolutionAction; to: ResolutionPhase } | undefined {
  for (const action of Object.values(ResolutionAction)) {
    const to = nextState(RESOLUTION_TRANSITIONS, phase, action);
    if (to) return { action, to };
  }
  return undefined;
}

/**
 * Open the vote or close it, for an officer (the list already holds only the officer's own subdistricts, and
 * the server checks again), asking first; the move carries the version seen, so a stale page is refused.
 */
export function ResolutionMoves() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'resolutions', action: 'move', record });
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = useDialogAction(setError);
  const move = record ? moveFrom(record.phase as ResolutionPhase) : undefined;
  if (!record || !canAccess || !move) return null;
  const label = translate(`wuye.resolutionAction.${move.action}`);

  const confirm = () =>
    act(
      () => dataProvider.moveResolution({ id: String(record.id), version: record.version, action: move.action }),
      'wuye.resolution.moved',
      ({ data }) => ({ phase: translate(`wuye.resolutionPhase.${data.phase}`) }),
    );

  return (
    <Stack direction="row" spacing={1} data-testid="resolution-moves">
      <Button
        size="small"
        variant="outlined"
        onClick={() => {
          setError(null);
          setAsking(true);
        }}
        data-testid={`move-${move.action}`}
      >
        {label}
      </Button>
      {asking && (
        <FormDialog
          open
          testId="move-dialog"
          title={translate('wuye.workspace.move_title', { action: label })}
          content={translate(`wuye.resolution.move_content.${move.action}`, {
            from: translate(`wuye.resolutionPhase.${record.phase}`),
            to: translate(`wuye.resolutionPhase.${move.to}`),
          })}
          confirmLabel={label}
          error={error}
          onClose={() => setAsking(false)}
          onConfirm={confirm}
        />
      )}
    </Stack>
  );
}
