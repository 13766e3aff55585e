import { chosenOperation } from './operation';

describe('the operation GraphiQL runs', () => {
  it.each([
    ['its name, among several', 'query A { me { id } } subscription B { changeFeed { position } }', 'B', { kind: 'subscription', name: 'B' }],
    ['a stale name: the text’s only operation', 'subscription Follow { changeFeed { position } }', 'FirstFirms', { kind: 'subscription', name: 'Follow' }],
    ['no name: the only operation', '{ me { id } }', undefined, { kind: 'query', name: undefined }],
    ['a mutation by its name', 'mutation M { logout }', 'M', { kind: 'mutation', name: 'M' }],
    ['a stale name among several: none', 'query A { me { id } } query B { me { id } }', 'C', null],
    ['a text that does not parse: none', 'subscription {', 'X', null],
  ])('%s', (_what, query, name, expected) => {
    expect(chosenOperation(query, name)).toEqual(expected);
  });
});
