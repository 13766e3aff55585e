import { Skeleton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * The home page while its figures come, drawn at once: react-admin's Loading draws nothing for its first second, so
 * the page stood blank after sign-in on a slow line (the new user's walk, item 6). Cards in the place of the page's.
 */
export function HomeLoading() {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2 }} role="status" aria-busy="true" data-testid="home-loading">
      <Typography variant="h5" color="text.secondary">
        {translate('wuye.home.loading')}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} variant="rounded" height={120} sx={{ flex: 1, minWidth: 240 }} />
        ))}
      </Stack>
      <Skeleton variant="rounded" height={240} />
    </Stack>
  );
}
