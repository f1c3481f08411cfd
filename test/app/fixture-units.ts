// A tiny unit tree (nation, 河南, 鹤壁, three counties, and 东莞 at two levels).

import type { UnitColumns } from '../../src/contract';
import { UnitDirectory } from '../../src/data/units';

const rows: [UnitColumns['level'][number], string, string, string, string, string][] = [
  ['nation', '000000', '全国', '', 'quan guo', 'qg'],
  ['province', '410000', '河南省', '000000', 'he nan sheng', 'hns'],
  ['province', '440000', '广东省', '000000', 'guang dong sheng', 'gds'],
  ['prefecture', '410600', '鹤壁市', '410000', 'he bi shi', 'hbs'],
  ['county', '410602', '鹤山区', '410600', 'he shan qu', 'hsq'],
  ['county', '410611', '淇滨区', '410600', 'qi bin qu', 'qbq'],
  ['county', '410621', '浚县', '410600', 'xun xian', 'xx'],
  ['prefecture', '441900', '东莞市', '440000', 'dong guan shi', 'dgs'],
  ['county', '441900', '东莞市', '441900', 'dong guan shi', 'dgs'],
];

export const columns: UnitColumns = {
  level: rows.map((r) => r[0]),
  code: rows.map((r) => r[1]),
  name: rows.map((r) => r[2]),
  parent: rows.map((r) => r[3]),
  pinyin: rows.map((r) => r[4]),
  initials: rows.map((r) => r[5]),
  nameEn: [
    'China',
    'Henan',
    'Guangdong',
    'Hebi',
    'Heshan District',
    'Qibin District',
    'Xun County',
    'Dongguan',
    'Dongguan',
  ],
};

export const units = new UnitDirectory(columns);
