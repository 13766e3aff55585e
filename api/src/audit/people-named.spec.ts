import { userIdsNamed } from './people-named';

describe('the people an audit event names by id', () => {
  it.each([
    ['a creation: its maker', [null, { createdById: 2, name: '碧浪物业' }], [2]],
    ['a decision: maker and checker, once each, in order', [{ createdById: 7, decidedById: null }, { createdById: 7, decidedById: 3 }], [3, 7]],
    ['ids as strings (ID fields), not other fields', [{ submittedById: '12', estateId: 5, id: 9 }, null], [12]],
    ['nothing that is not an id', [{ decidedById: 'x', verifiedById: -1, reportedById: 1.5, createdById: true }, null], []],
    ['no sides', [null, null], []],
  ] as const)('%s', (_, sides, ids) => {
    expect(userIdsNamed(...(sides as unknown as Array<Record<string, unknown> | null>))).toEqual(ids);
  });
});
