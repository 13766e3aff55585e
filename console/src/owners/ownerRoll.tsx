import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';

/** The console's page for importing an estate's owner roll. */
export const rollImportPath = (estateId: string) => `/import?kind=OWNER_ROLL&estateId=${estateId}`;

/** An estate's owner roll (units, headcount…) for those who may read it; one cache entry per estate. */
export function useOwnerRoll(estateId: string | undefined) {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'ownerRoll', action: 'show' });
  return useQuery({
    queryKey: ['ownerRoll', estateId],
    queryFn: () => dataProvider.getOwnerRoll(estateId!).then((r) => r.data),
    enabled: !!estateId && !!canAccess,
    retry: false,
  });
}

/** An estate with no owner roll yet: nobody can be nominated or vote until it is imported; a link to the import for whoever may. */
export function NoRollNotice({ estateId, testId = 'no-roll' }: { estateId: string; testId?: string }) {
  const translate = useTranslate();
  const { canAccess: canImport } = useCanAccess({ resource: 'ownerRoll', action: 'import' });
  return (
    <Alert
      severity="warning"
      data-testid={testId}
      action={
        canImport ? (
          <Button component={Link} to={rollImportPath(estateId)} size="small" color="inherit" startIcon={<UploadIcon />} data-testid="no-roll-import">
            {translate('wuye.roll.import')}
          </Button>
        ) : undefined
      }
    >
      {translate('wuye.roll.none_for_election')}
    </Alert>
  );
}
