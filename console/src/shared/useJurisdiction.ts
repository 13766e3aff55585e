import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions } from 'react-admin';
import { call } from '../dataProvider/client';
import { graphql } from '../generated';
import type { RegistryDataProvider } from '../resources';
import { sortByLabel } from './choiceOrder';

const MyJurisdiction = graphql(`query MyJurisdiction { me { jurisdiction { id name } } }`);

export const jurisdictionCalls = {
  /** the subdistricts an officer acts in (empty for other roles) */
  async getMyJurisdiction() {
    return { data: (await call(MyJurisdiction, {})).me.jurisdiction };
  },
};

/** The subdistricts the signed-in officer acts in (none for other roles, who read every estate). */
export function useJurisdiction(): Array<{ id: string; name: string }> {
  return useOfficerJurisdiction().subdistricts;
}

/** The same, and whether this is an officer whose subdistricts are known to be none (not merely not loaded yet). */
export function useOfficerJurisdiction(): { subdistricts: Array<{ id: string; name: string }>; officerWithout: boolean } {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { permissions } = usePermissions();
  const { data } = useQuery({
    queryKey: ['me', 'jurisdiction'],
    // names in the one choice order (a place's name reads the same in either language)
    queryFn: () => dataProvider.getMyJurisdiction().then((r) => sortByLabel(r.data, (s) => s.name, 'zh')),
    enabled: permissions === 'officer',
    staleTime: 5 * 60_000,
  });
  return { subdistricts: data ?? [], officerWithout: permissions === 'officer' && data !== undefined && data.length === 0 };
}
