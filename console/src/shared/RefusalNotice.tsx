import { Alert, AlertTitle, IconButton } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import type { ReactNode } from 'react';
import { useCloseNotification, useTranslate } from 'react-admin';

/** A refusal's details as the server sends them in the error's extensions (e.g. a committee filing's submit). */
interface RefusalBody {
  code?: string;
  serverMessage?: string;
  missingMaterials?: string[];
  positionProblems?: Array<{ rule: string; message: string }>;
}

/**
 * What the server said was in the way, as a title and a list (the missing materials, the positions not set),
 * or null when the refusal carries no list of its own.
 */
export function useRefusalDetails() {
  const translate = useTranslate();
  return (error: unknown): { title: string; items: string[] } | null => {
    const body = (error as { body?: RefusalBody } | null)?.body;
    if (body?.missingMaterials?.length) {
      return { title: translate('wuye.materials.refused_missing'), items: body.missingMaterials.map((k) => translate(`wuye.materialKind.${k}`, { _: k })) };
    }
    if (body?.positionProblems?.length) {
      // each problem with the figures the rule counted (how many vice-chairs are required, how many are set)
      const figures = body as Record<string, unknown>;
      return {
        title: translate('wuye.materials.refused_positions'),
        items: body.positionProblems.map((p) => translate(`wuye.positionRefusal.${p.rule}`, { ...figures, _: translate(`wuye.rules.${p.rule}`, { _: p.message }) })),
      };
    }
    return null;
  };
}

/** A refusal kept on screen until the user closes it (they have something to put right): the frame of every such notice. */
export function ClosableRefusal({ testId, children }: { testId: string; children: ReactNode }) {
  const close = useCloseNotification();
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      variant="filled"
      data-testid={testId}
      action={
        <IconButton size="small" color="inherit" aria-label={translate('ra.action.close')} onClick={close}>
          <CloseIcon fontSize="small" />
        </IconButton>
      }
    >
      {children}
    </Alert>
  );
}

/** The refusal with its list, kept on screen until closed. */
export function RefusalNotice({ title, items }: { title: string; items: string[] }) {
  return (
    <ClosableRefusal testId="refusal-notice">
      <AlertTitle>{title}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {items.map((item) => (
          <li key={item} data-testid="refusal-item">
            {item}
          </li>
        ))}
      </ul>
    </ClosableRefusal>
  );
}
