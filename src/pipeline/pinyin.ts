// Search keys for units: full pinyin and initials, made at build time with
// pinyin-pro plus a reviewed table of place-name readings the library gets
// wrong (checked one by one against 《中华人民共和国政区大典》-style usage).

import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Place-name readings. Each entry was checked against the library's output:
 * the first three are read correctly today and are pinned so that a library
 * update cannot break them; the rest the library misreads.
 */
export const PLACE_NAME_READINGS: Readonly<Record<string, string>> = {
  六安: 'lù ān',
  蚌埠: 'bèng bù',
  铅山: 'yán shān',
  乐亭: 'lào tíng',
  莎车: 'suō chē',
  涡阳: 'guō yáng',
  歙县: 'shè xiàn',
  洪洞: 'hóng tóng',
  蔚县: 'yù xiàn',
  单县: 'shàn xiàn',
  筠连: 'jūn lián',
  珲春: 'hún chūn',
  郫都: 'pí dū',
  浚县: 'xùn xiàn',
  召陵: 'shào líng',
  叶县: 'shè xiàn',
  泌阳: 'bì yáng',
  尉犁: 'yù lí',
  大城: 'dà chéng',
  蚌山: 'bèng shān',
  六合: 'lù hé',
  繁峙: 'fán shì',
  乐清: 'yuè qīng',
  黄陂: 'huáng pí',
  // From a review of every character the library reads more than one way,
  // name by name: 曾都 Zengdu, 民乐 Minle, 大埔 Dabu, 吴堡 Wubu, 红寺堡
  // Hongsibu, 万柏林 Wanbailin, 穆棱 Muling, 牟定 Mouding, 大箐山 Daqingshan,
  // 闵行 Minhang, 调兵山 Diaobingshan.
  曾都: 'zēng dū',
  民乐: 'mín lè',
  大埔: 'dà bù',
  吴堡: 'wú bǔ',
  红寺堡: 'hóng sì bǔ',
  万柏林: 'wàn bǎi lín',
  穆棱: 'mù líng',
  牟定: 'móu dìng',
  大箐山: 'dà qìng shān',
  闵行: 'mǐn háng',
  调兵山: 'diào bīng shān',
  // Read alone, the library takes 都 as dōu (all) and 什 as shén (什么); in
  // place names they are always dū (都匀, 乐都, 三都, 江都 …) and shí (喀什,
  // 什邡, 乌什, 阿图什, 克什克腾 …), so they are pinned as single characters.
  都: 'dū',
  什: 'shí',
};

let installed = false;

export interface SearchKeys {
  /** "qi bin qu" */
  pinyin: string;
  /** "qbq" */
  initials: string;
}

export function searchKeysOf(name: string): SearchKeys {
  if (!installed) {
    customPinyin(PLACE_NAME_READINGS);
    installed = true;
  }
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
  return { pinyin: syllables.join(' '), initials: syllables.map((s) => s[0]).join('') };
}
