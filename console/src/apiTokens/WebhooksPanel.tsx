import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Checkbox, Chip, FormControlLabel, FormGroup, FormLabel, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ApiTokenRecordFragment, ChangeEntityType, WebhookEndpointRecordFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { canAccess } from '../permissions';
import { useFormat } from '../shared/fields';
import { FormDialog, useDialogAction, useErrorText, useFieldProblem } from '../shared/FormDialog';
import { TYPES_BY_SCOPE } from './apiToken.api';
import { SecretDialog } from './SecretDialog';

/** A token's webhook endpoints, each with its delivery log; an admin adds, pauses, resumes and deletes them. */
export function WebhooksPanel({ token, permissions }: { token: ApiTokenRecordFragment; permissions: string | undefined }) {
  const translate = useTranslate();
  const errorText = useErrorText();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { data: endpoints, error } = useQuery({
    queryKey: ['webhookEndpoints', token.id],
    queryFn: () => dataProvider.webhookEndpoints(token.id).then((r) => r.data),
    retry: false,
  });
  const active = !token.revokedAt && new Date(token.expiresAt) > new Date();
  return (
    <Stack spacing={1} sx={{ py: 1 }} data-testid={`webhooks-${token.id}`}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {translate('wuye.webhooks.title')}
        </Typography>
        {active && canAccess(permissions as never, 'apiTokens', 'webhooks') && (
          <Button size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)} data-testid="webhook-add">
            {translate('wuye.webhooks.add')}
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{errorText(error)}</Alert>}
      {endpoints?.length === 0 && <Typography variant="body2" color="text.secondary">{translate('wuye.webhooks.none')}</Typography>}
      {endpoints?.map((endpoint) => <EndpointCard key={endpoint.id} endpoint={endpoint} />)}
      {adding && <AddEndpointDialog token={token} onClose={() => setAdding(false)} onCreated={setSecret} />}
      {secret && <SecretDialog title={translate('wuye.webhooks.secret_title')} secret={secret} onClose={() => setSecret(null)} />}
    </Stack>
  );
}

const STATUS_COLOR = { ACTIVE: 'success', PAUSED: 'warning', PENDING: 'warning', DELIVERED: 'success' } as const;

function EndpointCard({ endpoint }: { endpoint: WebhookEndpointRecordFragment }) {
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [errorText, setErrorText] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const act = useDialogAction(setErrorText);
  const log = useInfiniteQuery({
    queryKey: ['webhookDeliveries', endpoint.id, endpoint.version, endpoint.cursor],
    queryFn: ({ pageParam }) => dataProvider.webhookDeliveries(endpoint.id, pageParam).then((r) => r.data),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    retry: false,
  });
  const deliveries = log.data?.pages.flatMap((page) => page.items);
  const totalDeliveries = log.data?.pages[0]?.totalItems ?? 0;
  const paused = endpoint.status === 'PAUSED';
  return (
    <Stack spacing={1} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }} data-testid={`webhook-${endpoint.id}`} data-status={endpoint.status}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={STATUS_COLOR[endpoint.status]} label={translate(`wuye.webhooks.status.${endpoint.status}`)} />
        <Typography variant="body2" sx={{ fontFamily: 'monospace', flex: 1, wordBreak: 'break-all' }}>
          {endpoint.url}
        </Typography>
        <Button size="small" onClick={() => act(() => (paused ? dataProvider.resumeWebhookEndpoint : dataProvider.pauseWebhookEndpoint)(endpoint.id, endpoint.version), paused ? 'wuye.webhooks.resumed' : 'wuye.webhooks.paused')} data-testid="webhook-toggle">
          {translate(paused ? 'wuye.webhooks.resume' : 'wuye.webhooks.pause')}
        </Button>
        <Button size="small" color="error" onClick={() => setDeleting(true)} data-testid="webhook-delete">
          {translate('ra.action.delete')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('wuye.webhooks.summary', {
          types: endpoint.eventTypes.length ? endpoint.eventTypes.join('、') : translate('wuye.webhooks.all_types'),
          cursor: endpoint.cursor,
          lag: endpoint.lag,
          last: format.instant(endpoint.lastDeliveredAt),
        })}
      </Typography>
      {endpoint.problem && <Alert severity="warning">{endpoint.problem}</Alert>}
      {errorText && <Alert severity="error">{errorText}</Alert>}
      <Table size="small" data-testid="webhook-deliveries">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.webhooks.positions')}</TableCell>
            <TableCell>{translate('wuye.webhooks.delivery_status')}</TableCell>
            <TableCell>{translate('wuye.webhooks.attempts')}</TableCell>
            <TableCell>{translate('wuye.webhooks.response')}</TableCell>
            <TableCell>{translate('wuye.webhooks.last_error')}</TableCell>
            <TableCell>{translate('wuye.webhooks.next_attempt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {deliveries?.map((d) => (
            <TableRow key={d.id} data-status={d.status}>
              <TableCell>{d.firstPosition === d.lastPosition ? d.firstPosition : `${d.firstPosition}–${d.lastPosition}`} ({d.eventCount})</TableCell>
              <TableCell>
                <Chip size="small" color={STATUS_COLOR[d.status]} label={translate(`wuye.webhooks.status.${d.status}`)} />
              </TableCell>
              <TableCell>{d.attempts}</TableCell>
              <TableCell>{d.responseCode ?? '—'}</TableCell>
              <TableCell>{d.lastError ?? '—'}</TableCell>
              <TableCell>{d.status === 'PENDING' ? format.instant(d.nextAttemptAt) : format.instant(d.deliveredAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {deliveries && totalDeliveries > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" data-testid="webhook-deliveries-shown">
            {translate('wuye.webhooks.deliveries_shown', { shown: deliveries.length, total: totalDeliveries })}
          </Typography>
          {log.hasNextPage && (
            <Button size="small" onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage} data-testid="webhook-deliveries-more">
              {translate('wuye.webhooks.deliveries_more')}
            </Button>
          )}
        </Stack>
      )}
      <FormDialog
        open={deleting}
        danger
        title={translate('wuye.webhooks.delete_title')}
        content={endpoint.url}
        confirmLabel={translate('ra.action.delete')}
        testId="webhook-delete-dialog"
        onClose={() => setDeleting(false)}
        onConfirm={() => act(() => dataProvider.deleteWebhookEndpoint(endpoint.id, endpoint.version), 'wuye.webhooks.deleted')}
      />
    </Stack>
  );
}

function AddEndpointDialog({ token, onClose, onCreated }: { token: ApiTokenRecordFragment; onClose(): void; onCreated(secret: string): void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const problemOf = useFieldProblem();
  const readable: ChangeEntityType[] = token.scopes.flatMap((scope) => TYPES_BY_SCOPE[scope]);
  const [url, setUrl] = useState('https://');
  const [types, setTypes] = useState<ChangeEntityType[]>([]);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [errorText, setErrorText] = useState<string | null>(null);
  const act = useDialogAction(setErrorText);
  const create = () =>
    act(async () => {
      try {
        const { data } = await dataProvider.createWebhookEndpoint({ tokenId: token.id, url: url.trim(), eventTypes: types, ...(secret ? { secret } : {}) });
        onCreated(data.secret);
        return data;
      } catch (e) {
        setError(e);
        throw e;
      }
    }, 'wuye.webhooks.created');
  return (
    <FormDialog open title={translate('wuye.webhooks.add')} confirmLabel={translate('wuye.webhooks.add')} ready={/^https?:\/\/./.test(url.trim())} testId="webhook-dialog" error={errorText} onClose={onClose} onConfirm={create}>
      <TextField label="URL" value={url} onChange={(e) => setUrl(e.target.value)} name="url" helperText={problemOf(error, 'url') ?? translate('wuye.webhooks.url_help')} error={!!problemOf(error, 'url')} required />
      <FormGroup>
        <FormLabel>{translate('wuye.webhooks.types')}</FormLabel>
        {readable.map((type) => (
          <FormControlLabel key={type} label={type} control={<Checkbox checked={types.includes(type)} onChange={(e) => setTypes(e.target.checked ? [...types, type] : types.filter((t) => t !== type))} />} />
        ))}
      </FormGroup>
      <TextField label={translate('wuye.webhooks.secret')} value={secret} onChange={(e) => setSecret(e.target.value)} name="secret" helperText={problemOf(error, 'secret') ?? translate('wuye.webhooks.secret_help')} error={!!problemOf(error, 'secret')} />
    </FormDialog>
  );
}
