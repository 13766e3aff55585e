import { graphql } from '../generated';
import type { EstatePlaceFragment } from '../generated/graphql';

/** Where an election, resolution, committee or committee filing is: its estate and the estate's place. */
export const EstatePlace = graphql(`fragment EstatePlace on Estate { id name subdistrict { id districtId } }`);

/** The record with its estate flattened, for filters by district and subdistrict and for references. */
export function withEstatePlace<R extends { estate?: EstatePlaceFragment | null }>({ estate, ...record }: R) {
  return {
    ...record,
    estateName: estate?.name ?? null,
    subdistrictId: estate?.subdistrict?.id ?? null,
    districtId: estate?.subdistrict?.districtId ?? null,
  };
}
