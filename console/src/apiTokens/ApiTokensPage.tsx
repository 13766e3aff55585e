import AddIcon from '@mui/icons-material/Add';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Button, Card, CardContent, Chip, Collapse, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import type { ApiTokenRecordFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { canAccess } from '../permissions';
import { useFormat } from '../shared/fields';
import { SecretDialog } from './SecretDialog';
import { CreateTokenDialog, RateLimitDialog, RevokeTokenDialog } from './TokenDialogs';
import { WebhooksPanel } from './WebhooksPanel';

type Dialog = { kind: 'create' } | { kind: 'limit' | 'revoke'; token: ApiTokenRecordFragment } | { kind: 'secret'; secret: string } | null;

/**
 * Integrator API tokens (README "Webhooks and rate limits"): each one's scopes, lifetime, rate limit and use, and
 * its webhooks with their delivery log. The admin's screen: the server admits no one else to these calls.
 */
export default function ApiTokensPage() {
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { permissions } = usePermissions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [open, setOpen] = useState<string | null>(null);
  const { data: tokens, error } = useQuery({ queryKey: ['apiTokens'], queryFn: () => dataProvider.listApiTokens().then((r) => r.data), retry: false });
  const stateOf = (t: ApiTokenRecordFragment) => (t.revokedAt ? 'REVOKED' : new Date(t.expiresAt) <= new Date() ? 'EXPIRED' : 'ACTIVE');

  return (
    <Card sx={{ mt: 2 }} data-testid="api-tokens">
      <Title title={translate('wuye.apiTokens.title')} />
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {translate('wuye.apiTokens.help')}
          </Typography>
          {canAccess(permissions, 'apiTokens', 'create') && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'create' })} sx={{ flexShrink: 0 }} data-testid="api-token-create">
              {translate('wuye.apiTokens.create')}
            </Button>
          )}
        </Stack>
        {error && <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>{translate('wuye.apiTokens.name')}</TableCell>
              <TableCell>{translate('wuye.apiTokens.scopes')}</TableCell>
              <TableCell>{translate('wuye.apiTokens.state')}</TableCell>
              <TableCell>{translate('wuye.apiTokens.expires_at')}</TableCell>
              <TableCell>{translate('wuye.apiTokens.rate_limit')}</TableCell>
              <TableCell>{translate('wuye.apiTokens.usage')}</TableCell>
              <TableCell>{translate('wuye.apiTokens.last_used')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {tokens?.map((t) => {
              const state = stateOf(t);
              return (
                <Fragment key={t.id}>
                  <TableRow data-token-id={t.id} data-token-name={t.name} data-state={state}>
                    <TableCell padding="checkbox">
                      <IconButton size="small" onClick={() => setOpen(open === t.id ? null : t.id)} aria-label={translate('wuye.webhooks.title')} data-testid="api-token-webhooks">
                        {open === t.id ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                      </IconButton>
                    </TableCell>
                    <TableCell>{t.name}</TableCell>
                    <TableCell>
                      {t.scopes.map((s) => (
                        <Chip key={s} size="small" label={translate(`wuye.scope.${s}`)} sx={{ mr: 0.5 }} />
                      ))}
                    </TableCell>
                    <TableCell>
                      <Chip size="small" color={state === 'ACTIVE' ? 'success' : 'default'} label={translate(`wuye.apiTokens.states.${state}`)} data-testid="api-token-state" />
                    </TableCell>
                    <TableCell>{format.instant(t.expiresAt)}</TableCell>
                    <TableCell data-testid="api-token-limit">
                      {translate(t.rateLimitPerMinute ? 'wuye.apiTokens.per_minute' : 'wuye.apiTokens.per_minute_default', { count: t.effectiveRateLimitPerMinute })}
                    </TableCell>
                    <TableCell>{translate('wuye.apiTokens.usage_figures', { minute: t.usage.requestsThisMinute, day: t.usage.requestsLast24h, refused: t.usage.refusedLast24h })}</TableCell>
                    <TableCell>{format.instant(t.usage.lastUsedAt)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {state !== 'REVOKED' && canAccess(permissions, 'apiTokens', 'rateLimit') && (
                        <Button size="small" onClick={() => setDialog({ kind: 'limit', token: t })} data-testid="api-token-set-limit">
                          {translate('wuye.apiTokens.rate_limit_short')}
                        </Button>
                      )}
                      {state !== 'REVOKED' && canAccess(permissions, 'apiTokens', 'revoke') && (
                        <Button size="small" color="error" onClick={() => setDialog({ kind: 'revoke', token: t })} data-testid="api-token-revoke">
                          {translate('wuye.apiTokens.revoke')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell colSpan={9} sx={{ py: 0, borderBottom: open === t.id ? undefined : 'none' }}>
                      <Collapse in={open === t.id} unmountOnExit>
                        <WebhooksPanel token={t} permissions={permissions} />
                      </Collapse>
                    </TableCell>
                  </TableRow>
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
        {tokens?.length === 0 && <Typography sx={{ mt: 2 }}>{translate('wuye.apiTokens.none')}</Typography>}
      </CardContent>
      {dialog?.kind === 'create' && <CreateTokenDialog onClose={() => setDialog((d) => (d?.kind === 'create' ? null : d))} onCreated={(secret) => setDialog({ kind: 'secret', secret })} />}
      {dialog?.kind === 'limit' && <RateLimitDialog token={dialog.token} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'revoke' && <RevokeTokenDialog token={dialog.token} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'secret' && <SecretDialog title={translate('wuye.apiTokens.secret_title')} secret={dialog.secret} onClose={() => setDialog(null)} />}
    </Card>
  );
}
