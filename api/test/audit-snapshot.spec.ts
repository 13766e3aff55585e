import { Firm } from '../src/firms/firm.entity';
import { Owner } from '../src/owners/owner.entity';
import { Project } from '../src/projects/project.entity';
import { auditSnapshot } from '../src/audit/audit.service';

/** docs/domain-rules.md#personal-data: the audit log masks personal data whatever shape the audited value has. */
const PHONE = '13966354992';
const ID_NUMBER = '330502198003010114';

function entity<T extends object>(cls: new () => T, fields: Partial<T>): T {
  return Object.assign(new cls(), fields);
}

describe('auditSnapshot masks personal data by entity type and key, not by the value’s class', () => {
  it.each([
    ['the entity itself', 'Project', entity(Project, { id: 1, managerPhone: PHONE })],
    ['a spread copy of it (a lifecycle move)', 'Project', { ...entity(Project, { id: 1, managerPhone: PHONE }), reason: 'x' }],
    ['a plain object of another type’s event', 'Committee', { members: [{ ownerId: 1, phone: PHONE, idNumber: ID_NUMBER }] }],
    ['a raw row with column names', 'Owner', { id: 1, id_number: ID_NUMBER, phone: PHONE }],
    ['nested records and arrays', 'Estate', { firm: { ...entity(Firm, { contactPhone: PHONE }) }, owners: [[{ ...entity(Owner, { idNumber: ID_NUMBER }) }]] }],
    ['a personal key holding a list or a number', 'Owner', { phone: [PHONE, Number(PHONE)], idNumber: { value: ID_NUMBER } }],
    ['an unknown entity type', 'Whatever', { contactPhone: PHONE, managerPhone: PHONE, idNumber: ID_NUMBER }],
  ])('%s', (_case, entityType, value) => {
    const json = JSON.stringify(auditSnapshot(value, entityType));
    expect(json).not.toContain(PHONE);
    expect(json).not.toContain(ID_NUMBER);
    expect(json).toMatch(/139\*\*\*\*4992|3305\*{10}0114/);
  });

  it('keeps what is not personal as JSON would write it, and drops secrets at any depth', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const snapshot = auditSnapshot({ name: '钱丽', at, nested: { secret: 's', passwordHash: 'h', count: 3, list: [at, null] }, creditCode: '913305001234567890' }, 'Firm');
    expect(snapshot).toEqual({ name: '钱丽', at: at.toISOString(), nested: { count: 3, list: [at.toISOString(), null] }, creditCode: '913305001234567890' });
    expect(auditSnapshot(null, 'Firm')).toBeNull();
  });
});
