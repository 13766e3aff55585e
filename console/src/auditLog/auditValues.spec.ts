import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import en from '../i18n/en';
import zh from '../i18n/zh';
import { auditRows, auditValueText, recordPath } from './auditValues';
import { auditShape, changedFieldNames, changedFieldsText, isEmptyValue, type Translate } from './auditWords';

const translator = (messages: object): Translate => {
  const provider = polyglotI18nProvider(() => messages as TranslationMessages, 'zh-CN', [], { allowMissing: true });
  return (key, options) => provider.translate(key, options);
};
const tZh = translator(zh);
const tEn = translator(en);

describe('an audit event in words', () => {
  it('shows the changed fields only, labelled, codes in the console’s words and instants in China time', () => {
    const before = { id: 7, version: 3, filingStatus: 'SUBMITTED', returnReason: null, decidedAt: null, firmId: 65, name: '阳光物业' };
    const after = { id: 7, version: 4, filingStatus: 'RETURNED', returnReason: 'CONTRACT_PROBLEM', decidedAt: '2026-12-05T09:09:20.889Z', firmId: 65, name: '阳光物业' };
    const rows = auditRows(before, after, 'Project', tZh, 'zh-CN');
    expect(rows.map((r) => r.field).sort()).toEqual(['decidedAt', 'filingStatus', 'returnReason']);
    expect(rows.find((r) => r.field === 'filingStatus')!.label).toBe(zh.wuye.auditLog.field.filingStatus);
    const byField = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(byField.filingStatus.before).toEqual({ text: zh.wuye.filingStatus.SUBMITTED });
    expect(byField.filingStatus.after).toEqual({ text: zh.wuye.filingStatus.RETURNED });
    expect(byField.returnReason.after).toEqual({ text: zh.wuye.returnReason.CONTRACT_PROBLEM });
    expect(byField.returnReason.before).toEqual({ text: '—' });
    // 09:09 UTC is 17:09 in China
    expect((byField.decidedAt.after as { text: string }).text).toMatch(/2026年12月5日.*17:09/);
  });

  it('a creation lists the fields it filled, not its empty columns; references are records to open', () => {
    const rows = auditRows(null, { id: 9, name: '新项目', estateId: 268, returnNote: null, revokeNote: '', decidedById: null, selectionMethod: 'TENDER', billingModel: 'LUMP_SUM' }, 'Project', tZh, 'zh-CN');
    expect(rows.map((r) => r.field).sort()).toEqual(['billingModel', 'estateId', 'id', 'name', 'selectionMethod']);
    expect(rows.find((r) => r.field === 'estateId')!.after).toEqual({ resource: 'estates', id: '268' });
    expect(rows.find((r) => r.field === 'selectionMethod')!.after).toEqual({ text: zh.wuye.selectionMethod.TENDER });
    expect(rows.find((r) => r.field === 'billingModel')!.after).toEqual({ text: zh.wuye.billingModel.LUMP_SUM });
  });

  it('the people it names by id read by the names the API gave, an id it gave no name for as a number', () => {
    const people = [{ id: '2', name: '备案员 王芳' }];
    const rows = auditRows({ decidedById: null, createdById: 2 }, { decidedById: 5, createdById: 2, name: '改' }, 'Project', tZh, 'zh-CN', people);
    expect(rows.find((r) => r.field === 'createdById')).toBeUndefined();
    expect(rows.find((r) => r.field === 'decidedById')!.after).toEqual({ text: '编号 5' });
    const created = auditRows(null, { createdById: 2 }, 'Project', tZh, 'zh-CN', people);
    expect(created.find((r) => r.field === 'createdById')!.after).toEqual({ text: '备案员 王芳' });
  });

  it('the same code reads by the record it belongs to; roles, booleans, dates and amounts in fen as people write them', () => {
    expect(auditValueText('status', 'ACTIVE', 'Firm', tZh, 'zh-CN')).toBe(zh.wuye.firmStatus.ACTIVE);
    expect(auditValueText('status', 'APPROVED', 'RepairFundWithdrawal', tZh, 'zh-CN')).toBe(zh.wuye.withdrawalStatus.APPROVED);
    expect(auditValueText('phase', 'VOTING', 'Resolution', tZh, 'zh-CN')).toBe(zh.wuye.resolutionPhase.VOTING);
    expect(auditValueText('phase', 'VOTING', 'Election', tZh, 'zh-CN')).toBe(zh.wuye.electionPhase.VOTING);
    expect(auditValueText('kind', 'ORGANISATION', 'Owner', tZh, 'zh-CN')).toBe('单位');
    expect(auditValueText('role', 'REGISTRAR', 'User', tZh, 'zh-CN')).toBe(zh.wuye.role.registrar);
    expect(auditValueText('partyMember', true, 'Candidate', tZh, 'zh-CN')).toBe(zh.ra.boolean.true);
    expect(auditValueText('contractEnd', '2027-06-30', 'Project', tZh, 'zh-CN')).toBe('2027年6月30日');
    expect(auditValueText('amountFen', 123456, 'AccountEntry', tZh, 'zh-CN')).toBe('¥1,234.56');
    expect(auditValueText('amountFen', -5, 'AccountEntry', tZh, 'zh-CN')).toBe('-¥0.05');
    expect(auditValueText('createdById', 2, 'Project', tZh, 'zh-CN')).toBe('编号 2');
    // an unknown code stays as the API wrote it
    expect(auditValueText('frobnication', 'NEW_THING', 'Project', tZh, 'zh-CN')).toBe('NEW_THING');
    // masked personal data as the server sent it
    expect(auditValueText('contactPhone', '138****5678', 'Firm', tZh, 'zh-CN')).toBe('138****5678');
  });

  it('nested objects and lists read as labelled pairs, one item to a line', () => {
    const members = [
      { ownerName: '张*', position: 'CHAIR' },
      { ownerName: '李*', position: 'MEMBER' },
    ];
    expect(auditValueText('members', members, 'Committee', tZh, 'zh-CN')).toBe('业主：张*；职务：主任\n业主：李*；职务：委员');
    expect(auditValueText('members', members, 'Committee', tEn, 'en-US')).toBe(`${en.wuye.auditLog.field.ownerName}: 张*; ${en.wuye.auditLog.field.position}: ${en.wuye.committeePosition.CHAIR}\n${en.wuye.auditLog.field.ownerName}: 李*; ${en.wuye.auditLog.field.position}: ${en.wuye.committeePosition.MEMBER}`);
    expect(auditValueText('scopes', ['REGISTRY_READ', 'ELECTIONS_READ'], 'ApiToken', tZh, 'zh-CN')).toBe(`${zh.wuye.scope.REGISTRY_READ}、${zh.wuye.scope.ELECTIONS_READ}`);
    expect(auditValueText('scopes', [], 'ApiToken', tZh, 'zh-CN')).toBe('—');
  });

  it('links a record to its show page where the console has one', () => {
    expect(recordPath('Project', '12')).toBe('/projects/12/show');
    expect(recordPath('Election', 3)).toBe('/elections/3/show');
    expect(recordPath('User', '4')).toBeUndefined();
    expect(recordPath('HolidayNotice', '4')).toBeUndefined();
  });
});

describe('a creation in the audit log', () => {
  const created = { id: 106, name: '湖州走查物业服务有限公司', decidedAt: null, returnNote: null, revokeNote: '', makerIds: [], filingNumber: null, address: { line: null, postcode: '' }, version: 1 };

  it('names only the fields it filled in the list’s changed column, not the record’s empty columns', () => {
    expect(changedFieldNames(null, created)).toEqual(['id', 'name']);
    expect(changedFieldsText(null, created, tZh)).toBe(`${zh.wuye.auditLog.field.id}、${zh.wuye.auditLog.field.name}`);
  });

  it('shows no blank row for a nested value holding nothing', () => {
    expect(auditRows(null, created, 'Firm', tZh, 'zh-CN').map((r) => r.field)).toEqual(['id', 'name']);
  });

  it.each<[string, unknown, unknown, string]>([
    ['no before: a creation', null, created, 'CREATED'],
    ['no after: a removal', created, null, 'REMOVED'],
    ['both: a change', { name: 'a' }, { name: 'b' }, 'CHANGED'],
  ])('%s', (_name, before, after, shape) => {
    expect(auditShape(before, after)).toBe(shape);
  });

  it.each<[unknown, boolean]>([
    [null, true], ['', true], [[], true], [[null, ''], true], [{ line: null, postcode: '' }, true], [{ version: 3 }, true],
    [0, false], [false, false], ['x', false], [[1], false], [{ line: '人民路' }, false],
  ])('%p holds nothing to show: %p', (value, empty) => {
    expect(isEmptyValue(value)).toBe(empty);
  });
});
