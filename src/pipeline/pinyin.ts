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
