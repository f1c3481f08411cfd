// English names of units, made at build time from the reference names: the
// standard romanised forms (河南省 → Henan, 鹤壁市 → Hebi, 淇滨区 → Qibin
// District, 浚县 → Xun County), the usual English forms of provinces and of
// places whose name is not read from its Chinese characters (乌鲁木齐 →
// Urumqi), and autonomous units with their peoples (延边朝鲜族自治州 →
// Yanbian Korean Autonomous Prefecture). Readings come from pinyin-pro with
// the reviewed place-name readings of ./pinyin.ts.

import { searchKeysOf } from './pinyin';

/** Provinces (and the nation) by their usual English names. */
const PROVINCES: Readonly<Record<string, string>> = {
  全国: 'China',
  北京市: 'Beijing',
  天津市: 'Tianjin',
  河北省: 'Hebei',
  山西省: 'Shanxi',
  内蒙古自治区: 'Inner Mongolia',
  辽宁省: 'Liaoning',
  吉林省: 'Jilin',
  黑龙江省: 'Heilongjiang',
  上海市: 'Shanghai',
  江苏省: 'Jiangsu',
  浙江省: 'Zhejiang',
  安徽省: 'Anhui',
  福建省: 'Fujian',
  江西省: 'Jiangxi',
  山东省: 'Shandong',
  河南省: 'Henan',
  湖北省: 'Hubei',
  湖南省: 'Hunan',
  广东省: 'Guangdong',
  广西壮族自治区: 'Guangxi',
  海南省: 'Hainan',
  重庆市: 'Chongqing',
  四川省: 'Sichuan',
  贵州省: 'Guizhou',
  云南省: 'Yunnan',
  西藏自治区: 'Tibet',
  陕西省: 'Shaanxi',
  甘肃省: 'Gansu',
  青海省: 'Qinghai',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  台湾省: 'Taiwan',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macao',
};

/** Whole names that follow no suffix rule. */
const WHOLE_NAMES: Readonly<Record<string, string>> = {
  // The prefecture-level layers of the municipalities.
  市辖区: 'Municipal districts',
  县: 'Counties',
  省直辖县级行政区划: 'County-level units under the province',
  自治区直辖县级行政区划: 'County-level units under the region',
  西沙群岛: 'Xisha Islands',
  南沙群岛: 'Nansha Islands',
  中沙群岛的岛礁及其海域: 'Zhongsha Islands',
  乌拉盖管理区管委会: 'Ulagai Administrative Zone',
  // 兴安 alone is also 兴安区 (Hegang) and 兴安县 (Guilin), read Xing'an.
  兴安盟: 'Hinggan League',
  // The one forestry district: 碑林区 and 万柏林区 are districts whose names end in 林.
  神农架林区: 'Shennongjia Forestry District',
  // Zones whose names are generic words throughout, in their own English forms.
  石家庄循环化工园区: 'Shijiazhuang Circular Chemical Industrial Park',
  山西转型综合改革示范区: 'Shanxi Transformation and Comprehensive Reform Demonstration Zone',
  包头稀土高新技术产业开发区: 'Baotou Rare Earth High-tech Industrial Development Zone',
  长春汽车经济技术开发区: 'Changchun Automotive Economic and Technological Development Zone',
  吉林中国新加坡食品区: 'Jilin China-Singapore Food Zone',
  中新苏滁高新技术产业开发区:
    'China-Singapore Suzhou-Chuzhou High-tech Industrial Development Zone',
  威海火炬高技术产业开发区: 'Weihai Torch High-tech Industrial Development Zone',
  郑州航空港经济综合实验区: 'Zhengzhou Airport Economy Comprehensive Experimental Zone',
  豫东综合物流产业聚集区: 'Yudong Comprehensive Logistics Industry Cluster',
  格尔木藏青工业园区: 'Golmud Tibet-Qinghai Industrial Park',
  西藏文化旅游创意园区: 'Tibet Culture and Tourism Creative Park',
};

/**
 * Place names whose usual English form is not their pinyin (Uyghur, Mongol
 * and Tibetan names, and Harbin): the form in atlases and on the places' own
 * English pages. Keyed by the name without its suffix; a banner's directions
 * around one of these are read by rule (科尔沁左翼中 → Horqin Left Middle,
 * see directedPlaceName).
 */
export const ENGLISH_PLACE_NAMES: Readonly<Record<string, string>> = {
  乌鲁木齐: 'Urumqi',
  呼和浩特: 'Hohhot',
  哈尔滨: 'Harbin',
  拉萨: 'Lhasa',
  日喀则: 'Shigatse',
  昌都: 'Qamdo',
  林芝: 'Nyingchi',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  喀什: 'Kashgar',
  和田: 'Hotan',
  吐鲁番: 'Turpan',
  克拉玛依: 'Karamay',
  阿勒泰: 'Altay',
  伊犁: 'Ili',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  克孜勒苏: 'Kizilsu',
  锡林郭勒: 'Xilingol',
  呼伦贝尔: 'Hulunbuir',
  鄂尔多斯: 'Ordos',
  阿拉善: 'Alxa',
  巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab',
  果洛: 'Golog',
  甘孜: 'Garzê',
  阿坝: 'Ngawa',
  迪庆: 'Dêqên',
  塔什库尔干: 'Taxkorgan',
  阿克苏: 'Aksu',
  库尔勒: 'Korla',
  库车: 'Kuqa',
  霍尔果斯: 'Khorgos',
  阿图什: 'Artux',
  奎屯: 'Kuytun',
  阿拉尔: 'Aral',
  图木舒克: 'Tumxuk',
  可克达拉: 'Kokdala',
  察布查尔: 'Qapqal',
  和布克赛尔: 'Hoboksar',
  巴里坤: 'Barkol',
  阿克塞: 'Aksay',
  格尔木: 'Golmud',
  大柴旦: 'Da Qaidam',
  茫崖: 'Mangnai',
  香格里拉: 'Shangri-La',
  // Inner Mongolia and the Mongol autonomous counties: banners and their bases.
  科尔沁: 'Horqin',
  阿鲁科尔沁: 'Ar Horqin',
  察哈尔: 'Qahar',
  新巴尔虎: 'New Barag',
  陈巴尔虎: 'Old Barag',
  乌珠穆沁: 'Ujimqin',
  苏尼特: 'Sonid',
  阿巴嘎: 'Abag',
  土默特: 'Tumed',
  乌拉特: 'Urad',
  鄂托克: 'Otog',
  杭锦: 'Hanggin',
  准格尔: 'Jungar',
  达拉特: 'Dalad',
  伊金霍洛: 'Ejin Horo',
  乌审: 'Uxin',
  喀喇沁: 'Harqin',
  翁牛特: 'Ongniud',
  巴林: 'Bairin',
  克什克腾: 'Hexigten',
  扎鲁特: 'Jarud',
  扎赉特: 'Jalaid',
  库伦: 'Hure',
  阿荣: 'Arun',
  莫力达瓦: 'Morin Dawa',
  达尔罕茂明安: 'Darhan Muminggan',
  镶黄: 'Bordered Yellow',
  正镶白: 'Plain and Bordered White',
  正蓝: 'Plain Blue',
  太仆寺: 'Taibus',
  前郭尔罗斯: 'Qian Gorlos',
  杜尔伯特: 'Dorbod',
  二连浩特: 'Erenhot',
  锡林浩特: 'Xilinhot',
  乌兰浩特: 'Ulanhot',
  霍林郭勒: 'Holingol',
  阿尔山: 'Arxan',
  额尔古纳: 'Ergun',
  海拉尔: 'Hailar',
  扎赉诺尔: 'Jalainur',
  白云鄂博: 'Bayan Obo',
  托克托: 'Togtoh',
  和林格尔: 'Horinger',
  // Provinces where a zone's name starts with one.
  内蒙古: 'Inner Mongolia',
  陕西: 'Shaanxi',
  西藏: 'Tibet',
};

/** Peoples named in autonomous units, longest first when matched. */
const PEOPLES: Readonly<Record<string, string>> = {
  蒙古族: 'Mongol',
  蒙古: 'Mongol',
  回族: 'Hui',
  藏族: 'Tibetan',
  维吾尔: 'Uyghur',
  苗族: 'Miao',
  彝族: 'Yi',
  壮族: 'Zhuang',
  布依族: 'Buyei',
  布朗族: 'Blang',
  朝鲜族: 'Korean',
  满族: 'Manchu',
  侗族: 'Dong',
  瑶族: 'Yao',
  白族: 'Bai',
  土家族: 'Tujia',
  哈尼族: 'Hani',
  哈萨克族: 'Kazakh',
  哈萨克: 'Kazakh',
  傣族: 'Dai',
  黎族: 'Li',
  傈僳族: 'Lisu',
  佤族: 'Va',
  畲族: 'She',
  拉祜族: 'Lahu',
  水族: 'Sui',
  东乡族: 'Dongxiang',
  纳西族: 'Naxi',
  景颇族: 'Jingpo',
  柯尔克孜: 'Kyrgyz',
  土族: 'Tu',
  达斡尔族: 'Daur',
  仫佬族: 'Mulao',
  羌族: 'Qiang',
  撒拉族: 'Salar',
  毛南族: 'Maonan',
  仡佬族: 'Gelao',
  锡伯: 'Xibe',
  普米族: 'Pumi',
  塔吉克: 'Tajik',
  怒族: 'Nu',
  鄂温克族: 'Evenk',
  鄂伦春: 'Oroqen',
  保安族: 'Bonan',
  裕固族: 'Yugur',
  独龙族: 'Derung',
  各族: 'Multi-ethnic',
};

const PEOPLE_KEYS = Object.keys(PEOPLES).sort((a, b) => b.length - a.length);

/**
 * Suffixes of unit names and their English words, longest first (a suffix
 * that ends another comes after it). Zones get their generic words in
 * English (湖南湘潭高新技术产业园区 → Hunan Xiangtan High-tech Industrial Park).
 */
const SUFFIXES: readonly [string, string][] = [
  ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
  ['高新技术产业园区', 'High-tech Industrial Park'],
  ['高技术产业开发区', 'High-tech Industrial Development Zone'],
  ['城乡一体化示范区', 'Urban-Rural Integration Demonstration Zone'],
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['高新技术开发区', 'High-tech Development Zone'],
  ['现代产业园区', 'Modern Industrial Park'],
  ['风景名胜区', 'Scenic Area'],
  ['行政委员会', 'Administrative Committee'],
  ['经济开发区', 'Economic Development Zone'],
  ['产业园区', 'Industrial Park'],
  ['工业园区', 'Industrial Park'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['联合旗', 'United Banner'],
  ['开发区', 'Development Zone'],
  ['示范区', 'Demonstration Zone'],
  ['实验区', 'Experimental Zone'],
  ['管理区', 'Administrative Zone'],
  ['新区', 'New Area'],
  ['新城', 'New Town'],
  ['矿区', 'Mining District'],
  ['特区', 'Special District'],
  ['地区', 'Prefecture'],
  ['区', 'District'],
  ['县', 'County'],
  ['旗', 'Banner'],
  ['盟', 'League'],
  ['市', ''],
];

/** Toneless syllables of a Chinese name, read as a whole (浚县 → xun xian, not jun). */
function syllablesOf(chinese: string): string[] {
  return searchKeysOf(chinese).pinyin.split(' ').filter(Boolean);
}

/** Syllables as one word: qi bin → Qibin, xi an → Xi'an, lv liang → Lüliang. */
function asWord(syllables: readonly string[]): string {
  const word = syllables
    .map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A Chinese name as one romanised word (淇滨 → Qibin, 西安 → Xi'an). */
export function romanise(chinese: string): string {
  return asWord(syllablesOf(chinese));
}

/** Directions before a banner's base (东乌珠穆沁 → East Ujimqin). */
const DIRECTIONS_BEFORE: Readonly<Record<string, string>> = { 东: 'East', 西: 'West' };

/** Directions after it: the wing (左翼 → Left), then the position (中 → Middle). */
const WINGS: Readonly<Record<string, string>> = { 左翼: 'Left', 右翼: 'Right' };
const POSITIONS: Readonly<Record<string, string>> = {
  左: 'Left',
  右: 'Right',
  前: 'Front',
  中: 'Middle',
  后: 'Rear',
};

const DIRECTED = /^(东|西)?(.+?)(左翼|右翼)?(左|右|前|中|后)?$/;

/**
 * A place of ENGLISH_PLACE_NAMES with the directions of the banners around it
 * (科尔沁左翼中 → Horqin Left Middle, 东乌珠穆沁 → East Ujimqin, 阿拉善左 →
 * Alxa Left); undefined unless the part is such a place with at least one
 * direction, so that other names keep their pinyin.
 */
function directedPlaceName(part: string): string | undefined {
  const match = DIRECTED.exec(part);
  if (!match) return undefined;
  const [, before, base, wing, position] = match;
  const english = ENGLISH_PLACE_NAMES[base];
  if (!english || !(before || wing || position)) return undefined;
  return [
    before && DIRECTIONS_BEFORE[before],
    english,
    wing && WINGS[wing],
    position && POSITIONS[position],
  ]
    .filter(Boolean)
    .join(' ');
}

/** The usual English form of a part of a name, when it has one. */
function englishPlaceName(part: string): string | undefined {
  return ENGLISH_PLACE_NAMES[part] ?? directedPlaceName(part);
}

/**
 * The place words of a name's base. `reading` holds the syllables of the
 * whole name (so that a reading that depends on the suffix, 浚县, holds);
 * `places` are names of provinces and prefectures without their suffixes, so
 * that a zone named after its parents reads "Hebei Tangshan Lutai". The level
 * word after such a place is dropped (唐山市汉沽 → Tangshan Hangu); any other
 * 市 or 县 is part of the name (津市市 → Jinshi, 辉县市 → Huixian, 市中区 →
 * Shizhong District).
 */
function placeWords(base: string, reading: readonly string[], places: ReadonlySet<string>): string {
  const words: string[] = [];
  let rest = base;
  let at = 0;
  const take = (part: string, word?: string) => {
    const length = [...part].length;
    words.push(word ?? asWord(reading.slice(at, at + length)));
    at += length;
    rest = rest.slice(part.length);
  };
  while (rest) {
    const english = englishPlaceName(rest);
    const known = english ? '' : longestPlaceAtStart(rest, places);
    if (!known) {
      take(rest, english);
      break;
    }
    take(known, englishPlaceName(known));
    if (rest[0] === '市' || rest[0] === '县') {
      rest = rest.slice(1);
      at += 1;
    }
  }
  return words.join(' ');
}

/**
 * The longest of `places` that `text` starts with and goes on after, by its
 * level word (秦皇岛市) or by two characters or more ('' when none): a zone
 * 河北唐山芦台 is split, a district named after its city with one character
 * more is not (黄石港 → Huangshigang, 岳阳楼 → Yueyanglou).
 */
function longestPlaceAtStart(text: string, places: ReadonlySet<string>): string {
  for (let length = text.length - 1; length > 0; length--) {
    const start = text.slice(0, length);
    const after = text.slice(length);
    if (places.has(start) && (after.length >= 2 || after === '市' || after === '县')) return start;
  }
  return '';
}

/**
 * The peoples at the end of an autonomous unit's base, and what is left. The
 * base may be a people alone (东乡族 → Dongxiang, 鄂温克族 → Evenk): the unit
 * is then named by its people. `mark` keeps only peoples named with 族 (for
 * ethnic districts: 管城回族 → Guancheng Hui).
 */
function splitPeoples(base: string, mark = ''): { place: string; peoples: string[] } {
  const peoples: string[] = [];
  let place = base;
  for (;;) {
    const key = PEOPLE_KEYS.find((k) => k.endsWith(mark) && place.endsWith(k));
    if (!key) break;
    peoples.unshift(PEOPLES[key]);
    place = place.slice(0, -key.length);
  }
  return { place, peoples };
}

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A name without its suffix (鹤壁市 → 鹤壁, 河南省 → 河南): what other names are made of. */
export function placeBase(name: string): string {
  if (name.endsWith('自治州')) return splitPeoples(name.slice(0, -3)).place;
  return name.replace(/(维吾尔|壮族|回族)?(自治区|特别行政区|省|市|地区|盟)$/, '');
}

/**
 * The suffix of a name: the longest that leaves a base of two characters or
 * more, or of one for 区 and 县 (赵县 → Zhao County, 城区 → Cheng District).
 * So 清新区 is Qingxin District, not "Qing New Area", and 芒市 is Mangshi.
 */
function suffixOf(name: string): readonly [string, string] | undefined {
  return SUFFIXES.find(
    ([zh]) => name.endsWith(zh) && name.length - zh.length >= (zh === '区' || zh === '县' ? 1 : 2),
  );
}

/**
 * The English name of a unit from its Chinese name. `places`: bases of the
 * provinces and prefectures (placeBase), to split zone names such as
 * 河北唐山芦台经济开发区 into their places. `reading`: the name's toneless
 * syllables, when the caller has them already (the build's search keys).
 */
export function englishNameOf(
  name: string,
  places: ReadonlySet<string> = new Set(),
  reading: readonly string[] = syllablesOf(name),
): string {
  const known = PROVINCES[name] ?? WHOLE_NAMES[name];
  if (known) return known;
  const suffix = suffixOf(name);
  if (!suffix) return placeWords(name, reading, places);
  const [zh, en] = suffix;
  const base = name.slice(0, -zh.length);
  // Autonomous units name their peoples, and so do the ethnic districts (管城回族区).
  if (zh.startsWith('自治') || zh === '区') {
    const { place, peoples } = splitPeoples(base, zh === '区' ? '族' : '');
    return [placeWords(place, reading, places), listOf(peoples), en].filter(Boolean).join(' ');
  }
  return [placeWords(base, reading, places), en].filter(Boolean).join(' ');
}
