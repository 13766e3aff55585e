import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { PendingProposal } from '../shared/PendingProposal';
import { describeAccountChange } from './PendingChange';
import { usePendingAccountChanges } from './usePendingAccountChanges';

/**
 * Every account change waiting for a second admin (docs/roles-and-workflows.md#account-dual-control): who proposed what
 * for whom and when; 确认 / 驳回 on another admin's, 撤回 on one's own — the API's availableActions, as on a user's page.
 */
export default function AccountChangesPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const pending = usePendingAccountChanges();
  return (
    <Card sx={{ mt: 2 }} data-testid="account-changes">
      <Title title={translate('wuye.users.changes_title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('wuye.users.changes_intro')}
        </Typography>
        {pending.error && <Alert severity="error">{translate((pending.error as Error).message, { _: (pending.error as Error).message })}</Alert>}
        {pending.isPending && !pending.error && <Loading />}
        {pending.data?.length === 0 && (
          <Typography variant="body2" data-testid="account-changes-none">
            {translate('wuye.users.changes_none')}
          </Typography>
        )}
        <Stack spacing={1}>
          {pending.data?.map((change) => (
            <Box key={change.id} data-testid="account-change-row" data-user={change.user.username}>
              <PendingProposal
                testId="account-change"
                title={translate('wuye.users.change_for', { name: change.user.displayName, username: change.user.username })}
                what={describeAccountChange(change, translate)}
                proposal={change}
                helpChecker="wuye.users.help_checker"
                helpProposer="wuye.users.help_proposer"
                decide={(args) => dataProvider.decideAccountChange(args)}
              />
              <Link to={`/users/${change.user.id}`} data-testid="account-change-user">
                {translate('wuye.users.open_account')}
              </Link>
            </Box>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
