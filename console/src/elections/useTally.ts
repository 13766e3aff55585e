import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { TallyQuery } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';

/** null while voting is open for all but the officers running the vote (docs/domain-rules.md#vote-record) */
export type Tally = NonNullable<TallyQuery['election']['tally']>;

/** An election's live tally, shared by the tally view, the tie settlement and the moves (one request, one cache entry). */
export function useTally(id: string | undefined) {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return useQuery<Tally | null>({
    queryKey: ['tally', id],
    queryFn: () => dataProvider.getTally(String(id)).then((r) => r.data),
    enabled: !!id,
  });
}
