/**
 * Huzhou (湖州市, GB/T 2260 330500): its two districts and three counties with their real subdistricts
 * (街道 / 镇 / 乡), and the word pools the demo data draws names from.
 */
export type SubdistrictKindCode = 'STREET' | 'TOWN' | 'TOWNSHIP';

export interface DistrictSeed {
  code: string;
  name: string;
  /** the seat of the district: most estates are here */
  subdistricts: Array<[name: string, kind: SubdistrictKindCode, urban: boolean]>;
}

export const HUZHOU_DISTRICTS: DistrictSeed[] = [
  {
    code: '330502',
    name: '吴兴区',
    subdistricts: [
      ['月河街道', 'STREET', true],
      ['朝阳街道', 'STREET', true],
      ['爱山街道', 'STREET', true],
      ['飞英街道', 'STREET', true],
      ['龙泉街道', 'STREET', true],
      ['湖东街道', 'STREET', true],
      ['康山街道', 'STREET', true],
      ['仁皇山街道', 'STREET', true],
      ['滨湖街道', 'STREET', true],
      ['杨家埠街道', 'STREET', false],
      ['环渚街道', 'STREET', false],
      ['织里镇', 'TOWN', true],
      ['八里店镇', 'TOWN', false],
      ['埭溪镇', 'TOWN', false],
      ['东林镇', 'TOWN', false],
      ['妙西镇', 'TOWN', false],
      ['道场乡', 'TOWNSHIP', false],
    ],
  },
  {
    code: '330503',
    name: '南浔区',
    subdistricts: [
      ['南浔镇', 'TOWN', true],
      ['旧馆街道', 'STREET', true],
      ['东迁街道', 'STREET', false],
      ['双林镇', 'TOWN', true],
      ['练市镇', 'TOWN', false],
      ['善琏镇', 'TOWN', false],
      ['菱湖镇', 'TOWN', true],
      ['和孚镇', 'TOWN', false],
      ['千金镇', 'TOWN', false],
      ['石淙镇', 'TOWN', false],
    ],
  },
  {
    code: '330521',
    name: '德清县',
    subdistricts: [
      ['武康街道', 'STREET', true],
      ['舞阳街道', 'STREET', true],
      ['阜溪街道', 'STREET', true],
      ['下渚湖街道', 'STREET', false],
      ['乾元镇', 'TOWN', true],
      ['新市镇', 'TOWN', true],
      ['洛舍镇', 'TOWN', false],
      ['钟管镇', 'TOWN', false],
      ['雷甸镇', 'TOWN', false],
      ['禹越镇', 'TOWN', false],
      ['新安镇', 'TOWN', false],
      ['莫干山镇', 'TOWN', false],
    ],
  },
  {
    code: '330522',
    name: '长兴县',
    subdistricts: [
      ['雉城街道', 'STREET', true],
      ['画溪街道', 'STREET', true],
      ['太湖街道', 'STREET', true],
      ['龙山街道', 'STREET', true],
      ['洪桥镇', 'TOWN', false],
      ['李家巷镇', 'TOWN', false],
      ['夹浦镇', 'TOWN', false],
      ['煤山镇', 'TOWN', false],
      ['和平镇', 'TOWN', false],
      ['虹星桥镇', 'TOWN', false],
      ['泗安镇', 'TOWN', false],
      ['林城镇', 'TOWN', false],
      ['小浦镇', 'TOWN', false],
      ['吕山乡', 'TOWNSHIP', false],
      ['水口乡', 'TOWNSHIP', false],
      ['白岘乡', 'TOWNSHIP', false],
    ],
  },
  {
    code: '330523',
    name: '安吉县',
    subdistricts: [
      ['递铺街道', 'STREET', true],
      ['昌硕街道', 'STREET', true],
      ['灵峰街道', 'STREET', true],
      ['孝源街道', 'STREET', false],
      ['孝丰镇', 'TOWN', true],
      ['报福镇', 'TOWN', false],
      ['天子湖镇', 'TOWN', false],
      ['鄣吴镇', 'TOWN', false],
      ['杭垓镇', 'TOWN', false],
      ['梅溪镇', 'TOWN', false],
      ['溪龙乡', 'TOWNSHIP', false],
      ['上墅乡', 'TOWNSHIP', false],
      ['山川乡', 'TOWNSHIP', false],
    ],
  },
];

/** Estates named in the source story, placed where it places them. */
export const NAMED_ESTATES: Array<{ name: string; subdistrict: string; households: number }> = [
  { name: '东郡红树湾', subdistrict: '湖东街道', households: 1260 },
  { name: '龙庭小区', subdistrict: '龙泉街道', households: 428 },
];

export const COMMUNITY_ROOTS = [
  '东白鱼潭', '西白鱼潭', '凤凰', '龙溪', '清河', '衣裳街', '马军巷', '红丰', '新风', '南门', '北门', '车站',
  '潮音桥', '莲花庄', '府庙', '苕溪', '仁北', '钱山漾', '塘南', '港湾', '丝绸', '青铜', '湖滨', '金盖',
  '月亮湾', '碧浪', '西山漾', '东门', '嘉业', '百间楼', '状元', '新塘', '城东', '城西', '城南', '城北',
  '龙山', '太湖', '画溪', '长中', '雉州', '紫金', '银杏', '竹海', '天荒坪', '昌硕', '凤凰山', '溪东',
];

export const ESTATE_PREFIXES = [
  '碧水', '金色', '阳光', '凤凰', '太湖', '南太湖', '苕溪', '月河', '爱山', '飞英', '仁皇', '滨湖', '香溪',
  '水岸', '锦绣', '世纪', '玉兰', '紫金', '翡翠', '湖畔', '御园', '名都', '学府', '江南', '东方', '天元',
  '星汇', '书香', '和园', '清华', '莲花', '荷花', '白鱼', '龙湖', '金地', '丽景', '怡景', '枫林', '银杏',
  '梧桐', '竹园', '兰亭', '君悦', '中央', '滨江', '新城', '吉山', '弁山', '道场', '康山', '杨家埠', '潮音',
];

export const ESTATE_SUFFIXES = [
  '小区', '花园', '苑', '府', '名邸', '公寓', '家园', '新村', '华庭', '雅苑', '嘉园', '城', '湾', '里',
];

export const FIRM_WORDS = [
  '绿城', '祥生', '中梁', '滨江', '新湖', '德信', '金盖', '苕溪', '太湖', '南浔', '吴兴', '德清', '长兴',
  '安吉', '仁皇', '月河', '碧浪', '东郡', '翠竹', '竹乡', '白茶', '丝绸', '青铜', '莲花', '凤栖', '和美',
  '安居', '宜家', '安泰', '恒信', '润和', '锦园', '华厦', '天成', '嘉和', '瑞丰', '宏达', '佳境', '卓越',
  '诚信', '顺达', '悦居', '兴业', '福安', '永安', '康庭', '民安', '溪山', '清丽', '红枫',
];

export const FIRM_FORMS = [
  (w: string) => `湖州${w}物业服务有限公司`,
  (w: string) => `湖州${w}物业管理有限公司`,
  (w: string) => `浙江${w}物业服务有限公司`,
  (w: string) => `${w}物业服务（湖州）有限公司`,
  (w: string) => `湖州市${w}物业管理有限公司`,
];

export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万钱严覃武戴莫孔向汤'.split('');
export const GIVEN_CHARS = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯欣怡佳俊晨雪梅兰婷海燕鹏飞玲亮晓慧云峰丹建林辉宁'.split('');

export const ROADS = [
  '人民路', '红旗路', '凤凰路', '青铜路', '劳动路', '环城西路', '二环东路', '苕溪东路', '衣裳街', '南街',
  '康山路', '金盖山路', '滨湖大道', '太湖路', '龙溪北路', '外环南路', '西山路', '仁皇山路', '湖东路',
  '吉山路', '长兴大道', '县前街', '武康大道', '千秋街', '递铺大道', '昌硕东路', '浦源大道', '年丰路',
];
