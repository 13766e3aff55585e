import { buildVotingRoll, DEVELOPER_PERSON_KEY } from '../../owners/voting-weights';
import { fromHundredths } from '../../shared/decimal';
import type { RecordPerson, RecordRoll, RecordUnit } from './vote-record';

/**
 * The roll of a vote as it is fixed when voting opens (docs/domain-rules.md#voting-persons, #vote-record): the SPC counting of the live
 * register at that moment — each voting person with the full area of the units they vote for, the unit's
 * designated voter, the developer's units as one person — written down with names and unit labels so the
 * record reads without the live register.
 */
export interface LiveUnit {
  id: number;
  label: string;
  areaHundredths: number;
  areaSource: string;
  developerHeld: boolean;
  owners: ReadonlyArray<{ ownerId: number; designatedVoter: boolean }>;
}

export const DEVELOPER_NAME = '开发建设单位';

const ownerKey = (ownerId: number) => `owner:${ownerId}`;

export function rollSnapshot(units: readonly LiveUnit[], nameOfOwner: (ownerId: number) => string, takenAt: string): RecordRoll {
  const roll = buildVotingRoll(
    units.map((u) => {
      const designated = u.developerHeld ? undefined : u.owners.find((o) => o.designatedVoter);
      return {
        unitId: String(u.id),
        areaHundredths: u.areaHundredths,
        developerHeld: u.developerHeld,
        owners: u.developerHeld ? [] : u.owners.map((o) => ownerKey(o.ownerId)),
        designatedVoter: designated ? ownerKey(designated.ownerId) : undefined,
      };
    }),
  );
  const voterOf = new Map(roll.persons.flatMap((p) => p.unitIds.map((unitId) => [unitId, p.personKey] as const)));
  const persons: RecordPerson[] = roll.persons.map((p) => ({
    key: p.personKey,
    name: p.personKey === DEVELOPER_PERSON_KEY ? DEVELOPER_NAME : nameOfOwner(Number(p.personKey.slice('owner:'.length))),
    area: fromHundredths(p.areaHundredths),
    units: [...p.unitIds].sort((a, b) => Number(a) - Number(b)),
  }));
  const recordUnits: RecordUnit[] = [...units]
    .sort((a, b) => a.id - b.id)
    .map((u) => ({
      id: String(u.id),
      label: u.label,
      area: fromHundredths(u.areaHundredths),
      areaSource: u.areaSource,
      developerHeld: u.developerHeld,
      owners: u.developerHeld ? [] : u.owners.map((o) => ownerKey(o.ownerId)).sort(),
      voter: voterOf.get(String(u.id))!,
      designated: !u.developerHeld && u.owners.some((o) => o.designatedVoter),
    }));
  return { takenAt, totals: { headcount: String(roll.totals.headcount), area: fromHundredths(roll.totals.areaHundredths) }, persons, units: recordUnits };
}
