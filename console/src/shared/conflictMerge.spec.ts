import { mergeEditsOverNewVersion, sameValue } from './conflictMerge';

const opened = { id: '106', version: 3, name: '湖州物业', contactPerson: '王', registeredAddress: '人民路1号', legalRepresentative: '沈', establishedOn: null };

describe('merging the user’s edits over the version saved meanwhile', () => {
  it.each([
    // [what happened, mine, current, values expected, changedByOthers, clashes]
    ['only I changed a field', { contactPerson: '李' }, {}, { contactPerson: '李' }, [], []],
    ['only they changed a field', {}, { legalRepresentative: '王法人' }, { legalRepresentative: '王法人' }, ['legalRepresentative'], []],
    ['we changed different fields', { contactPerson: '李' }, { legalRepresentative: '王法人' }, { contactPerson: '李', legalRepresentative: '王法人' }, ['legalRepresentative'], []],
    ['we changed the same field alike', { name: '新名' }, { name: '新名' }, { name: '新名' }, ['name'], []],
    ['we changed the same field differently: mine kept, named as a clash', { name: '我的' }, { name: '他的' }, { name: '我的' }, ['name'], ['name']],
    ['nothing changed on either side', {}, {}, {}, [], []],
    ['an emptied input ("" against null) is no change', { establishedOn: '' }, {}, { establishedOn: null }, [], []],
  ])('%s', (_, myEdits, theirEdits, expected, changedByOthers, clashes) => {
    const merged = mergeEditsOverNewVersion(opened, { ...opened, ...myEdits }, { ...opened, ...theirEdits, version: 4 });
    expect(merged.values).toEqual({ ...opened, ...expected, version: 4 });
    expect(merged.changedByOthers).toEqual(changedByOthers);
    expect(merged.clashes).toEqual(clashes);
  });

  it('takes the new version, never the one the form was opened with', () => {
    expect(mergeEditsOverNewVersion(opened, { ...opened, contactPerson: '李' }, { ...opened, version: 9, updatedAt: 'later' }).values.version).toBe(9);
  });

  it('keeps fields the server added that the form never had', () => {
    expect(mergeEditsOverNewVersion({ a: 1 }, { a: 1 }, { a: 1, filingNumber: 'X' })).toEqual({ values: { a: 1, filingNumber: 'X' }, changedByOthers: ['filingNumber'], clashes: [] });
  });

  it.each([
    [null, '', true],
    [undefined, null, true],
    [['1', '2'], ['1', '2'], true],
    [['1', '2'], ['2', '1'], false],
    [0, null, false],
  ])('%p and %p are the same value: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});
