import { filingHold } from './filingHold';

const approvedFirm = { name: '湖州甲物业', filingStatus: 'APPROVED', status: 'ACTIVE' };

describe('filingHold', () => {
  it('holds submitting and approving a project whose contract overlaps an approved one, naming it', () => {
    const record = { overlapsApproved: { id: '7', name: '爱山府物业服务项目', filingNumber: '湖物项备〔2026〕0062号' }, firm: approvedFirm };
    expect(filingHold(record, 'SUBMIT')).toEqual({ key: 'wuye.filing.hold.CONTRACT_OVERLAP_SUBMIT', args: { projectName: '爱山府物业服务项目', filingNumber: '湖物项备〔2026〕0062号' } });
    expect(filingHold(record, 'APPROVE')?.key).toBe('wuye.filing.hold.CONTRACT_OVERLAP_APPROVE');
    expect(filingHold(record, 'RETURN')).toBeNull();
  });

  it('holds approving a project whose firm is not an approved, active filing', () => {
    expect(filingHold({ firm: { ...approvedFirm, filingStatus: 'SUBMITTED' } }, 'APPROVE')).toEqual({ key: 'wuye.filing.hold.FIRM_NOT_APPROVED', args: { firmName: '湖州甲物业' } });
    expect(filingHold({ firm: { ...approvedFirm, status: 'SUSPENDED' } }, 'APPROVE')?.key).toBe('wuye.filing.hold.FIRM_NOT_ACTIVE');
    expect(filingHold({ firm: { ...approvedFirm, filingStatus: 'SUBMITTED' } }, 'SUBMIT')).toBeNull();
  });

  it('holds nothing for an approvable project or a record without these fields', () => {
    expect(filingHold({ firm: approvedFirm, overlapsApproved: null }, 'APPROVE')).toBeNull();
    expect(filingHold(undefined, 'APPROVE')).toBeNull();
  });

  it('holds a committee filing’s submission while a required material is missing (users’ review F13), not its approval', () => {
    const missingTwo = { materials: [{ kind: 'MINUTES' }, { kind: 'COVENANT' }, { kind: 'OTHER' }] };
    expect(filingHold(missingTwo, 'SUBMIT')).toEqual({ key: 'wuye.filing.hold.MATERIALS_MISSING', args: { smart_count: 2 } });
    expect(filingHold(missingTwo, 'APPROVE')).toBeNull();
    const complete = { materials: ['MINUTES', 'COVENANT', 'RULES_OF_PROCEDURE', 'MEMBER_LIST'].map((kind) => ({ kind })) };
    expect(filingHold(complete, 'SUBMIT')).toBeNull();
    // a firm or project reads no materials: nothing held
    expect(filingHold({}, 'SUBMIT')).toBeNull();
  });

  it('holds revoking a firm while a project of it stands approved with its contract in force (round 8 F14)', () => {
    const projects = [
      { filingStatus: 'APPROVED', contractEnd: '2027-03-31' },
      { filingStatus: 'APPROVED', contractEnd: '2025-12-31' }, // ended
      { filingStatus: 'REVOKED', contractEnd: '2028-01-31' },
    ];
    expect(filingHold({ projects }, 'REVOKE', '2026-12-06')).toEqual({ key: 'wuye.filing.hold.FIRM_HAS_PROJECTS_IN_FORCE', args: { smart_count: 1 } });
    expect(filingHold({ projects }, 'REVOKE', '2027-04-01')).toBeNull();
    expect(filingHold({ projects: [] }, 'REVOKE', '2026-12-06')).toBeNull();
  });
});
