import { RuleViolationError } from '../../shared/rule-violation';
import { LiveUnit, rollSnapshot } from './roll-snapshot';

const unit = (id: number, area: number, owners: Array<[number, boolean?]>, developerHeld = false): LiveUnit => ({
  id,
  label: `1幢1单元${100 + id}`,
  areaHundredths: area,
  areaSource: 'REGISTER',
  developerHeld,
  owners: owners.map(([ownerId, designatedVoter = false]) => ({ ownerId, designatedVoter })),
});
const NAMES: Record<number, string> = { 1: '张伟', 2: '王芳', 3: '李娜', 4: '刘洋', 5: '陈静' };
const snapshot = (units: LiveUnit[]) => rollSnapshot(units, (id) => NAMES[id], '2026-05-10T01:00:00.000Z');

describe('the roll fixed when voting opens (SPC Arts. 8–9)', () => {
  it('counts the developer’s units as one person and an owner of two units once, with all the area', () => {
    const roll = snapshot([
      unit(1, 10_025, [[1]]),
      unit(2, 10_000, [[1]]),
      unit(3, 9_000, [[2], [3, true]]), // co-owners designated 李娜
      unit(4, 9_500, [[4], [5]]), // co-owners designated nobody: the first owner votes
      unit(5, 9_000, [], true),
      unit(6, 9_000, [], true),
    ]);
    expect(roll.totals).toEqual({ headcount: '4', area: '565.25' });
    expect(roll.persons).toEqual([
      { key: 'DEVELOPER', name: '开发建设单位', area: '180.00', units: ['5', '6'] },
      { key: 'owner:1', name: '张伟', area: '200.25', units: ['1', '2'] },
      { key: 'owner:3', name: '李娜', area: '90.00', units: ['3'] },
      { key: 'owner:4', name: '刘洋', area: '95.00', units: ['4'] },
    ]);
    expect(roll.units.map((u) => [u.id, u.owners.join(), u.voter, u.designated, u.area])).toEqual([
      ['1', 'owner:1', 'owner:1', false, '100.25'],
      ['2', 'owner:1', 'owner:1', false, '100.00'],
      ['3', 'owner:2,owner:3', 'owner:3', true, '90.00'],
      ['4', 'owner:4,owner:5', 'owner:4', false, '95.00'],
      ['5', '', 'DEVELOPER', false, '90.00'],
      ['6', '', 'DEVELOPER', false, '90.00'],
    ]);
    expect(roll.takenAt).toBe('2026-05-10T01:00:00.000Z');
  });

  it.each<[string, LiveUnit[], string[]]>([
    ['no units: an empty roll', [], []],
    ['units listed in any order give the same roll', [unit(2, 100, [[2]]), unit(1, 100, [[1]])], ['owner:1', 'owner:2']],
  ])('%s', (_why, units, keys) => {
    expect(snapshot(units).persons.map((p) => p.key)).toEqual(keys);
  });

  it('refuses a register the SPC counting cannot read (a unit with no owner, not the developer’s)', () => {
    expect(() => snapshot([unit(1, 100, [])])).toThrow(RuleViolationError);
  });
});
