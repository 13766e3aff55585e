import { allowedWords, enumCode } from './columns';

describe('the words an enum cell is told it may hold', () => {
  it.each([
    ['status', ['正常', '暂停', '注销']],
    ['selectionMethod', ['招投标', '协议', '业主大会']],
    ['billingModel', ['包干制', '酬金制']],
    ['areaSource', ['不动产登记', '测绘', '购房合同']],
    ['no-such-column', []],
  ])('%s: %p', (column, words) => {
    expect(allowedWords(column)).toEqual(words);
  });

  it.each(['status', 'selectionMethod', 'billingModel', 'areaSource'])('every word offered for %s is one the import reads', (column) => {
    expect(allowedWords(column).every((word) => enumCode(column, word))).toBe(true);
  });
});
