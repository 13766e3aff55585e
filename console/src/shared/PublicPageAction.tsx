import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { session } from '../session';

/**
 * A public page's way on, in its top bar: back to the console for someone signed in (its menu opened the page), to
 * the sign-in page for anyone else. A signed-in person was offered 登录 and no way back (new user's review).
 */
export function PublicPageAction() {
  const translate = useTranslate();
  const signedIn = !!session.token();
  return (
    <Button color="inherit" component={Link} to={signedIn ? '/' : '/login'} data-testid="public-page-action">
      {translate(signedIn ? 'wuye.session.back_to_console' : 'wuye.session.sign_in')}
    </Button>
  );
}
