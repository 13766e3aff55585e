import { sortByLabel } from './choiceOrder';

const of = (...names: string[]) => names.map((name, i) => ({ id: name === '其他' || name === 'Other' ? 'OTHER' : String(i), name }));
const names = (list: Array<{ name: string }>) => list.map((c) => c.name);

describe('choices in the reader’s order', () => {
  it.each<[string, string[], string, string[]]>([
    // code point order would be 南 吴 安 德 长; 长兴 reads cháng (ICU's one reading of 长 is zhǎng), as the server's zh_pinyin
    ['districts in pinyin, not code point', ['吴兴区', '长兴县', '安吉县', '德清县', '南浔区'], 'zh', ['安吉县', '长兴县', '德清县', '南浔区', '吴兴区']],
    ['长 read cháng among its neighbours, 常 first where the names are otherwise alike', ['张家港', '长兴', '常州', '长安', '常兴', '湖州'], 'zh', ['长安', '常兴', '长兴', '常州', '湖州', '张家港']],
    ['firms: 重 read chong/zhong sorts by its pinyin, not by its code point', ['湖州物业', '阿里物业', '重庆物业', '北京物业'], 'zh', ['阿里物业', '北京物业', '重庆物业', '湖州物业']],
    ['a catch-all stays last', ['其他', '合同问题', '材料不全'], 'zh', ['材料不全', '合同问题', '其他']],
    ['English alphabetically, case aside', ['court', 'Police station', 'Election organiser', 'Other'], 'en', ['court', 'Election organiser', 'Police station', 'Other']],
    ['numbers as numbers', ['10幢', '2幢', '1幢'], 'zh', ['1幢', '2幢', '10幢']],
    ['empty', [], 'zh', []],
  ])('%s', (_label, given, locale, expected) => {
    expect(names(sortByLabel(of(...given), (c) => c.name, locale))).toEqual(expected);
  });
});
