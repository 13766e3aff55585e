import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Link, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { useAuthProvider, useNotify, useTranslate } from 'react-admin';
import { INDEX_ADDRESS } from '../publicStatements/addresses';
import { session } from '../session';
import { sessionEnded } from './sessionEnded';
import { nextAddress } from './startAddress';

/**
 * The sign-in page, naming the system in both languages. Signing in *replaces* the login entry of the history
 * with the page that follows, and an already signed-in visit (Back onto an old #/login) moves on the same way,
 * so Back never lands on, nor bounces off, the login page.
 */
export function LoginPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const authProvider = useAuthProvider();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [ended] = useState(sessionEnded.was);

  useEffect(() => {
    if (session.token()) navigate(nextAddress(location.state), { replace: true });
  }, [navigate, location.state]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      await authProvider!.login({ username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') });
      await queryClient.invalidateQueries({ queryKey: ['auth'] });
      navigate(nextAddress(location.state), { replace: true });
    } catch (error) {
      setBusy(false);
      notify((error as Error).message || 'ra.auth.sign_in_error', { type: 'error' });
    }
  }

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 380, maxWidth: '92vw' }} data-testid="login-page">
        <CardContent component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: 4 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1 }}>
            <Avatar sx={{ bgcolor: 'primary.main' }}>
              <LockIcon />
            </Avatar>
            <Typography variant="h6" component="h1" align="center" data-testid="login-system-name">
              {translate('wuye.session.system')}
            </Typography>
            <Typography variant="body2" color="text.secondary" align="center">
              {translate('wuye.session.system_other')}
            </Typography>
          </Box>
          {ended && (
            <Alert severity="warning" data-testid="session-ended">
              {translate('wuye.session.ended')}
            </Alert>
          )}
          <TextField name="username" label={translate('wuye.session.username')} autoComplete="username" autoFocus required disabled={busy} />
          <TextField name="password" type="password" label={translate('wuye.session.password')} autoComplete="current-password" required disabled={busy} />
          <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : undefined}>
            {translate('wuye.session.sign_in')}
          </Button>
          {/* the owners' statements need no account */}
          <Link component={RouterLink} to={INDEX_ADDRESS} variant="body2" underline="hover" sx={{ alignSelf: 'center' }} data-testid="login-public-statements">
            {translate('wuye.publicStatements.link')}
          </Link>
        </CardContent>
      </Card>
    </Box>
  );
}
