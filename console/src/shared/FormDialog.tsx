import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ruleText, type ServerFieldError } from '../dataProvider/errors';
import { errorText } from './errorText';
import { hasTooManyDecimals } from './decimals';
import { useRefusalDetails } from './RefusalNotice';

/** A server field error in the shape the data provider hands on (body.fieldErrors). */
export type FieldProblem = ServerFieldError;

/** The translated problem the server found with `field` (wuye.rules.<RULE>), if it found one. */
export function useFieldProblem() {
  const translate = useTranslate();
  return (error: unknown, field: string): string | undefined => {
    const problem = ((error as { body?: { fieldErrors?: FieldProblem[] } } | null)?.body?.fieldErrors ?? []).find((e) => e.field === field);
    const words = problem && ruleText(problem);
    return words && translate(words.key, words.args);
  };
}

/** The fields a dialog shows problems beside, by the error its call threw: its alert says only the others. */
const shownBesideInputs = new WeakMap<object, ReadonlySet<string>>();

/**
 * The server's field problems of a dialog's last attempt, shown by its inputs: `keeping(call)` notes what the
 * call threw and throws it on (for useDialogAction to say the rest), `fieldProps(field)` is an input's error
 * state and helper text, `reset()` forgets them when the dialog opens again.
 */
export function useDialogFieldProblems() {
  const problem = useFieldProblem();
  const [lastError, setLastError] = useState<unknown>(null);
  // the fields this dialog has inputs for: every field it asked fieldProps about
  const shown = useRef(new Set<string>());
  return {
    reset: () => setLastError(null),
    keeping:
      <T,>(call: () => Promise<T>) =>
      async (): Promise<T> => {
        setLastError(null);
        try {
          return await call();
        } catch (e) {
          setLastError(e);
          if (e && typeof e === 'object') shownBesideInputs.set(e, shown.current);
          throw e;
        }
      },
    fieldProps: (field: string) => {
      shown.current.add(field);
      return { error: !!problem(lastError, field), helperText: problem(lastError, field) };
    },
  };
}

/**
 * A dialog that asks before it acts: its form, the confirm button (disabled until `ready`), and what went
 * wrong when the action fails (field problems are shown next to their inputs by the caller; anything else
 * here). Stays open while `onConfirm` runs; closes when it succeeds.
 */
export function FormDialog(props: {
  open: boolean;
  title: string;
  content?: string;
  confirmLabel: string;
  ready?: boolean;
  /** why the confirm is held while not ready, said beside it (a greyed-out button alone tells nothing) */
  heldBecause?: string | null;
  danger?: boolean;
  testId: string;
  children?: ReactNode;
  error?: string | null;
  onClose(): void;
  onConfirm(): Promise<boolean | void>;
}) {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      if ((await props.onConfirm()) !== false) props.onClose();
    } finally {
      setBusy(false);
    }
  };
  const held = props.ready === false && !!props.heldBecause;
  return (
    <Dialog open={props.open} onClose={busy ? undefined : props.onClose} fullWidth maxWidth="sm" data-testid={props.testId}>
      <DialogTitle>{props.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {props.content && <DialogContentText>{props.content}</DialogContentText>}
          {props.children}
          {props.error && (
            <Alert severity="error" data-testid={`${props.testId}-error`}>
              {props.error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {held && (
          <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto', pl: 2 }} id={`${props.testId}-held`} data-testid={`${props.testId}-held`}>
            {props.heldBecause}
          </Typography>
        )}
        <Button onClick={props.onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          onClick={confirm}
          variant="contained"
          color={props.danger ? 'error' : 'primary'}
          disabled={busy || props.ready === false}
          aria-describedby={held ? `${props.testId}-held` : undefined}
          data-testid={`${props.testId}-confirm`}
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * What to show for a failed action that is not a field problem: a refused move's rule in the user's words with
 * its figures (wuye.rules.<RULE>); otherwise the translated code, with the server's reason.
 */
export function useErrorText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const refusal = useRefusalDetails();
  return (error: unknown): string => {
    const details = refusal(error);
    if (details) return `${details.title}${details.items.join('、')}`;
    const shown = error && typeof error === 'object' ? shownBesideInputs.get(error) : undefined;
    return errorText(error, translate, locale, (field) => shown?.has(field) ?? false);
  };
}

/**
 * What a FormDialog's confirm does with a server call: on success a notice and a refresh, and true (the dialog
 * closes); on failure the error text through `setError`, and false (the dialog stays open to say why).
 */
export function useDialogAction(setError: (text: string | null) => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  return async <T,>(call: () => Promise<T>, done: string, messageArgs?: (result: T) => Record<string, unknown>): Promise<boolean> => {
    try {
      const result = await call();
      notify(done, { type: 'success', messageArgs: messageArgs?.(result) });
      refresh();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
}

/** For a dialog's own text field: the translated problem of too many decimals, or undefined (the field's other rules are the server's). */
export function useDecimalProblem() {
  const translate = useTranslate();
  return (value: unknown, places: number): string | undefined =>
    hasTooManyDecimals(value, places) ? translate('wuye.rules.DECIMAL_PLACES', { places }) : undefined;
}
