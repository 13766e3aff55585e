import { Checkbox, FormControlLabel, FormGroup, FormLabel, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ApiTokenRecordFragment, Scope } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { FormDialog, useDialogAction, useFieldProblem } from '../shared/FormDialog';

const SCOPES: Scope[] = ['REGISTRY_READ', 'ELECTIONS_READ'];
const whole = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** A new integrator token: its name, scopes, lifetime and limit; the secret comes back once (onCreated). */
export function CreateTokenDialog({ onClose, onCreated }: { onClose(): void; onCreated(secret: string): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const problemOf = useFieldProblem();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['REGISTRY_READ']);
  const [days, setDays] = useState('');
  const [limit, setLimit] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [errorText, setErrorText] = useState<string | null>(null);
  const act = useDialogAction(setErrorText);
  const ready = name.trim().length >= 2 && scopes.length > 0 && (days === '' || whole(days) !== null) && (limit === '' || whole(limit) !== null);
  const create = () =>
    act(
      async () => {
        try {
          const { data } = await dataProvider.createApiToken({
            name: name.trim(),
            scopes,
            ...(days ? { expiresInDays: whole(days)! } : {}),
            ...(limit ? { rateLimitPerMinute: whole(limit)! } : {}),
          });
          onCreated(data.token);
          return data;
        } catch (e) {
          setError(e);
          throw e;
        }
      },
      'wuye.apiTokens.created',
    );
  return (
    <FormDialog open title={translate('wuye.apiTokens.create')} confirmLabel={translate('wuye.apiTokens.create')} ready={ready} testId="api-token-dialog" error={errorText} onClose={onClose} onConfirm={create}>
      <TextField label={translate('wuye.apiTokens.name')} value={name} onChange={(e) => setName(e.target.value)} name="name" helperText={problemOf(error, 'name') ?? translate('wuye.apiTokens.name_help')} error={!!problemOf(error, 'name')} required />
      <FormGroup>
        <FormLabel>{translate('wuye.apiTokens.scopes')}</FormLabel>
        {SCOPES.map((scope) => (
          <FormControlLabel
            key={scope}
            label={translate(`wuye.scope.${scope}`)}
            control={<Checkbox name={`scope-${scope}`} checked={scopes.includes(scope)} onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))} />}
          />
        ))}
      </FormGroup>
      <TextField label={translate('wuye.apiTokens.expires_in_days')} value={days} onChange={(e) => setDays(e.target.value)} name="expiresInDays" helperText={problemOf(error, 'expiresInDays') ?? translate('wuye.apiTokens.expires_help')} error={!!problemOf(error, 'expiresInDays')} />
      <TextField label={translate('wuye.apiTokens.rate_limit')} value={limit} onChange={(e) => setLimit(e.target.value)} name="rateLimitPerMinute" helperText={translate('wuye.apiTokens.rate_limit_help')} />
    </FormDialog>
  );
}

/** Sets a token's requests per minute; empty goes back to the server's default. */
export function RateLimitDialog({ token, onClose }: { token: ApiTokenRecordFragment; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const problemOf = useFieldProblem();
  const [limit, setLimit] = useState(token.rateLimitPerMinute ? String(token.rateLimitPerMinute) : '');
  const [error, setError] = useState<unknown>(null);
  const [errorText, setErrorText] = useState<string | null>(null);
  const act = useDialogAction(setErrorText);
  const save = () =>
    act(async () => {
      try {
        return await dataProvider.setApiTokenRateLimit(token.id, limit.trim() ? whole(limit) : null);
      } catch (e) {
        setError(e);
        throw e;
      }
    }, 'wuye.apiTokens.rate_limit_saved');
  return (
    <FormDialog open title={translate('wuye.apiTokens.set_rate_limit', { name: token.name })} confirmLabel={translate('ra.action.save')} ready={limit.trim() === '' || whole(limit) !== null} testId="rate-limit-dialog" error={errorText} onClose={onClose} onConfirm={save}>
      <TextField label={translate('wuye.apiTokens.rate_limit')} value={limit} onChange={(e) => setLimit(e.target.value)} name="perMinute" helperText={problemOf(error, 'perMinute') ?? translate('wuye.apiTokens.rate_limit_help')} error={!!problemOf(error, 'perMinute')} autoFocus />
    </FormDialog>
  );
}

/** Revoking is final: the integrator's requests are refused from the next one on. */
export function RevokeTokenDialog({ token, onClose }: { token: ApiTokenRecordFragment; onClose(): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [errorText, setErrorText] = useState<string | null>(null);
  const act = useDialogAction(setErrorText);
  return (
    <FormDialog
      open
      danger
      title={translate('wuye.apiTokens.revoke_title', { name: token.name })}
      content={translate('wuye.apiTokens.revoke_help')}
      confirmLabel={translate('wuye.apiTokens.revoke')}
      testId="revoke-dialog"
      error={errorText}
      onClose={onClose}
      onConfirm={() => act(() => dataProvider.revokeApiToken(token.id), 'wuye.apiTokens.revoked_done')}
    />
  );
}
