import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { RegistryDataProvider } from '../resources';

/** The query both the page and the menu read: refreshed together after a decision (react-admin's refresh invalidates every query). */
const PENDING_KEY = ['accountChanges', 'pending'];

/** The account changes waiting for a second admin, for admins only (the query is theirs); none for anyone else. */
export function usePendingAccountChanges() {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'accountChanges', action: 'list' });
  return useQuery({ queryKey: PENDING_KEY, queryFn: () => dataProvider.pendingAccountChanges().then((r) => r.data), enabled: !!canAccess, retry: false });
}
