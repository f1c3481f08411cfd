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
};

/**
 * Place names whose usual English form is not their pinyin (Uyghur, Mongol
 * and Tibetan names, and Harbin): the form in atlases and on the places' own
 * English pages. Keyed by the name without its suffix.
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
  兴安: 'Hinggan',
  果洛: 'Golog',
  甘孜: 'Garzê',
  阿坝: 'Ngawa',
  迪庆: 'Dêqên',
  塔什库尔干: 'Taxkorgan',
  阿克苏: 'Aksu',
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

/** Suffixes of unit names and their English words, longest first. */
const SUFFIXES: readonly [string, string][] = [
  ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['城乡一体化示范区', 'Urban-Rural Integration Demonstration Zone'],
  ['经济开发区', 'Economic Development Zone'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['开发区', 'Development Zone'],
  ['示范区', 'Demonstration Zone'],
  ['管理区', 'Administrative Zone'],
  ['新区', 'New Area'],
  ['林区', 'Forestry District'],
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

/**
 * The place words of a name's base. `reading` holds the syllables of the
 * whole name (so that a reading that depends on the suffix, 浚县, holds);
 * `places` are names of provinces and prefectures without their suffixes, so
 * that a zone named after its parents reads "Hebei Tangshan Lutai".
 */
function placeWords(base: string, reading: readonly string[], places: ReadonlySet<string>): string {
  const words: string[] = [];
  let rest = base;
  let at = 0;
  const take = (chars: number, word?: string) => {
    const part = rest.slice(0, chars);
    words.push(
      word ?? ENGLISH_PLACE_NAMES[part] ?? asWord(reading.slice(at, at + [...part].length)),
    );
    at += [...part].length;
    rest = rest.slice(chars);
  };
  while (rest) {
    if (rest[0] === '市' || rest[0] === '县') {
      rest = rest.slice(1);
      at += 1;
      continue;
    }
    const known = longestPlaceAtStart(rest, places);
    if (known) take(known.length);
    else {
      const next = rest.search(/[市县]/);
      take(next > 0 ? next : rest.length);
    }
  }
  return words.join(' ');
}

/** The longest of `places` that `text` starts with and goes on after; '' when none. */
function longestPlaceAtStart(text: string, places: ReadonlySet<string>): string {
  for (let length = text.length - 1; length > 0; length--) {
    const start = text.slice(0, length);
    if (places.has(start)) return start;
  }
  return '';
}

/** The peoples at the end of an autonomous unit's base, and what is left. */
function splitPeoples(base: string): { place: string; peoples: string[] } {
  const peoples: string[] = [];
  let place = base;
  for (;;) {
    const key = PEOPLE_KEYS.find((k) => place.endsWith(k) && place.length > k.length);
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
  const suffix = SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  if (!suffix) return placeWords(name, reading, places);
  const [zh, en] = suffix;
  const base = name.slice(0, -zh.length);
  if (zh.startsWith('自治')) {
    const { place, peoples } = splitPeoples(base);
    return [placeWords(place, reading, places), listOf(peoples), en].filter(Boolean).join(' ');
  }
  return [placeWords(base, reading, places), en].filter(Boolean).join(' ');
}
