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
});
