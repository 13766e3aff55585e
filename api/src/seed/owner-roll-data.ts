import { citizenIdCheckCharacter } from '../owners/citizen-id';
import { GIVEN_CHARS, SURNAMES } from './huzhou';
import { Prng } from './prng';

/**
 * A demo owner roll for one estate (pure): buildings of 2 units × floors × 2 rooms, areas mostly from the
 * register, a few developer-held units, couples co-owning with one designated voter, a few buyers of two
 * units. Shapes every counting rule of docs/domain-rules.md#counting meets in practice.
 */
export interface UnitRow {
  id: number;
  estateId: number;
  building: string;
  unitNo: string;
  room: string;
  area: string;
  areaSource: 'REGISTER' | 'SURVEY' | 'CONTRACT';
  developerHeld: boolean;
}
export interface OwnerRow {
  id: number;
  estateId: number;
  name: string;
  idNumber: string;
  phone: string;
}
export interface OwnershipRow {
  unitId: number;
  ownerId: number;
  designatedVoter: boolean;
}
export interface OwnerRoll {
  units: UnitRow[];
  owners: OwnerRow[];
  ownerships: OwnershipRow[];
}

const HUZHOU_ADDRESS_CODES = ['330502', '330503', '330521', '330522', '330523', '330501', '330500'];

/** A valid GB 11643-1999 number of someone born 1950–2000 (test data: no real person's number). */
export function demoIdNumber(rng: Prng): string {
  const year = rng.int(1950, 2000);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const body = `${rng.pick(HUZHOU_ADDRESS_CODES)}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${rng.digits(3)}`;
  return body + citizenIdCheckCharacter(body);
}

function personName(rng: Prng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.7) ? rng.pick(GIVEN_CHARS) : '');
}

export function generateOwnerRoll(
  rng: Prng,
  estateId: number,
  households: number,
  ids: { unit: number; owner: number },
): OwnerRoll {
  const units: UnitRow[] = [];
  const floors = households > 200 ? 11 : 6;
  for (let b = 1; units.length < households; b++) {
    for (let u = 1; u <= 2 && units.length < households; u++) {
      for (let f = 1; f <= floors && units.length < households; f++) {
        for (let r = 1; r <= 2 && units.length < households; r++) {
          const source = rng.weighted({ REGISTER: 90, SURVEY: 7, CONTRACT: 3 });
          units.push({
            id: ids.unit++,
            estateId,
            building: `${b}幢`,
            unitNo: `${u}单元`,
            room: `${f}0${r}`,
            area: (rng.int(6000, 14000) / 100).toFixed(2),
            areaSource: source,
            developerHeld: false,
          });
        }
      }
    }
  }
  const owners: OwnerRow[] = [];
  const ownerships: OwnershipRow[] = [];
  const newOwner = (): OwnerRow => {
    const owner = { id: ids.owner++, estateId, name: personName(rng), idNumber: demoIdNumber(rng), phone: `1${rng.pick(['3', '5', '8', '9'])}${rng.digits(9)}` };
    owners.push(owner);
    return owner;
  };
  let previousBuyer: OwnerRow | null = null;
  for (const unit of units) {
    if (rng.chance(0.05)) {
      unit.developerHeld = true; // unsold, or sold but not handed over
      continue;
    }
    if (previousBuyer && rng.chance(0.04)) {
      ownerships.push({ unitId: unit.id, ownerId: previousBuyer.id, designatedVoter: true }); // one buyer, two units
      previousBuyer = null;
      continue;
    }
    const first = newOwner();
    ownerships.push({ unitId: unit.id, ownerId: first.id, designatedVoter: true });
    if (rng.chance(0.3)) ownerships.push({ unitId: unit.id, ownerId: newOwner().id, designatedVoter: false }); // a couple
    previousBuyer = first;
  }
  return { units, owners, ownerships };
}
