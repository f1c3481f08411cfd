import { describe, expect, it } from 'vitest';
import { englishNameOf, placeBase, romanise } from '../../src/pipeline/english-names';

const PLACES = new Set(['河北', '唐山', '新乡', '鹤壁', '内蒙古', '阿拉善'].map(placeBase));

describe('English unit names', () => {
  it('provinces by their usual English names', () => {
    expect(
      ['河南省', '内蒙古自治区', '陕西省', '山西省', '西藏自治区', '全国'].map((n) =>
        englishNameOf(n),
      ),
    ).toEqual(['Henan', 'Inner Mongolia', 'Shaanxi', 'Shanxi', 'Tibet', 'China']);
  });

  it('prefectures and counties: the romanised place and the English word for the level', () => {
    expect(englishNameOf('鹤壁市')).toBe('Hebi');
    expect(englishNameOf('淇滨区')).toBe('Qibin District');
    expect(englishNameOf('大兴安岭地区')).toBe("Daxing'anling Prefecture");
    expect(englishNameOf('锡林郭勒盟')).toBe('Xilingol League');
    expect(englishNameOf('神农架林区')).toBe('Shennongjia Forestry District');
    expect(englishNameOf('滨海新区')).toBe('Binhai New Area');
    // The prefecture-level layer of a municipality (北京市 → 市辖区).
    expect(englishNameOf('市辖区')).toBe('Municipal districts');
  });

  it('reads a place by the whole name, with the reviewed readings (浚县 is Xun, not Jun)', () => {
    expect(englishNameOf('浚县')).toBe('Xun County');
    expect(englishNameOf('叶县')).toBe('She County');
    expect(englishNameOf('六安市')).toBe("Lu'an");
    expect(englishNameOf('吕梁市')).toBe('Lüliang');
    expect(romanise('西安')).toBe("Xi'an");
  });

  it('uses the usual English form where it is not the pinyin', () => {
    expect(englishNameOf('乌鲁木齐市')).toBe('Urumqi');
    expect(englishNameOf('喀什地区')).toBe('Kashgar Prefecture');
    expect(englishNameOf('呼和浩特市')).toBe('Hohhot');
  });

  it('names the peoples of autonomous units', () => {
    expect(englishNameOf('延边朝鲜族自治州')).toBe('Yanbian Korean Autonomous Prefecture');
    expect(englishNameOf('湘西土家族苗族自治州')).toBe(
      'Xiangxi Tujia and Miao Autonomous Prefecture',
    );
    expect(englishNameOf('积石山保安族东乡族撒拉族自治县')).toBe(
      'Jishishan Bonan, Dongxiang and Salar Autonomous County',
    );
    expect(englishNameOf('博尔塔拉蒙古自治州')).toBe('Bortala Mongol Autonomous Prefecture');
  });

  it('splits functional zones into the places they are named after', () => {
    expect(englishNameOf('新乡市平原城乡一体化示范区', PLACES)).toBe(
      'Xinxiang Pingyuan Urban-Rural Integration Demonstration Zone',
    );
    expect(englishNameOf('鹤壁经济技术开发区', PLACES)).toBe(
      'Hebi Economic and Technological Development Zone',
    );
    expect(englishNameOf('河北唐山芦台经济开发区', PLACES)).toBe(
      'Hebei Tangshan Lutai Economic Development Zone',
    );
    expect(englishNameOf('内蒙古阿拉善高新技术产业开发区', PLACES)).toBe(
      'Inner Mongolia Alxa High-tech Industrial Development Zone',
    );
  });

  it('reads polyphones as in place names (都 dū, 什 shí, and the reviewed names)', () => {
    expect(englishNameOf('都匀市')).toBe('Duyun');
    expect(englishNameOf('乐都区')).toBe('Ledu District');
    expect(englishNameOf('什邡市')).toBe('Shifang');
    expect(englishNameOf('乌什县')).toBe('Wushi County');
    expect(englishNameOf('康巴什区')).toBe('Kangbashi District');
    expect(englishNameOf('曾都区')).toBe('Zengdu District');
    expect(englishNameOf('民乐县')).toBe('Minle County');
    expect(englishNameOf('大埔县')).toBe('Dabu County');
    expect(englishNameOf('吴堡县')).toBe('Wubu County');
    expect(englishNameOf('红寺堡区')).toBe('Hongsibu District');
    expect(englishNameOf('万柏林区')).toBe('Wanbailin District');
    expect(englishNameOf('穆棱市')).toBe('Muling');
    expect(englishNameOf('牟定县')).toBe('Mouding County');
    expect(englishNameOf('大箐山县')).toBe('Daqingshan County');
    expect(englishNameOf('闵行区')).toBe('Minhang District');
    expect(englishNameOf('调兵山市')).toBe('Diaobingshan');
    // Readings the library already gets right stay as they are.
    expect(englishNameOf('成都市')).toBe('Chengdu');
    expect(englishNameOf('长子县')).toBe('Zhangzi County');
    expect(englishNameOf('乐亭县')).toBe('Laoting County');
  });

  it('uses the usual English forms of Uyghur, Mongol and Tibetan place names', () => {
    expect(englishNameOf('阿图什市')).toBe('Artux');
    expect(englishNameOf('库尔勒市')).toBe('Korla');
    expect(englishNameOf('格尔木市')).toBe('Golmud');
    expect(englishNameOf('香格里拉市')).toBe('Shangri-La');
    expect(englishNameOf('二连浩特市')).toBe('Erenhot');
    expect(englishNameOf('白云鄂博矿区')).toBe('Bayan Obo Mining District');
    expect(englishNameOf('察布查尔锡伯自治县')).toBe('Qapqal Xibe Autonomous County');
    // 兴安 is Hinggan only as the league; 兴安县 and 兴安区 are read.
    expect(englishNameOf('兴安盟')).toBe('Hinggan League');
    expect(englishNameOf('兴安县')).toBe("Xing'an County");
  });

  it('names banners with their directions by rule', () => {
    expect(englishNameOf('科尔沁左翼中旗')).toBe('Horqin Left Middle Banner');
    expect(englishNameOf('察哈尔右翼前旗')).toBe('Qahar Right Front Banner');
    expect(englishNameOf('新巴尔虎左旗')).toBe('New Barag Left Banner');
    expect(englishNameOf('陈巴尔虎旗')).toBe('Old Barag Banner');
    expect(englishNameOf('东乌珠穆沁旗')).toBe('East Ujimqin Banner');
    expect(englishNameOf('乌拉特后旗')).toBe('Urad Rear Banner');
    expect(englishNameOf('阿拉善左旗', PLACES)).toBe('Alxa Left Banner');
    expect(englishNameOf('达尔罕茂明安联合旗')).toBe('Darhan Muminggan United Banner');
    expect(englishNameOf('正镶白旗')).toBe('Plain and Bordered White Banner');
    expect(englishNameOf('喀喇沁左翼蒙古族自治县')).toBe('Harqin Left Mongol Autonomous County');
    expect(englishNameOf('前郭尔罗斯蒙古族自治县')).toBe('Qian Gorlos Mongol Autonomous County');
    // Without a known base the directions stay in the pinyin.
    expect(englishNameOf('四子王旗')).toBe('Siziwang Banner');
  });

  it('splits every people, names a unit by its people alone, and ethnic districts', () => {
    expect(englishNameOf('双江拉祜族佤族布朗族傣族自治县')).toBe(
      'Shuangjiang Lahu, Va, Blang and Dai Autonomous County',
    );
    expect(englishNameOf('东乡族自治县')).toBe('Dongxiang Autonomous County');
    expect(englishNameOf('鄂温克族自治旗')).toBe('Evenk Autonomous Banner');
    expect(englishNameOf('鄂伦春自治旗')).toBe('Oroqen Autonomous Banner');
    expect(englishNameOf('管城回族区')).toBe('Guancheng Hui District');
    expect(englishNameOf('梅里斯达斡尔族区')).toBe('Meilisi Daur District');
  });

  it('gives zones their generic words in English', () => {
    const places = new Set([
      ...PLACES,
      '湖南',
      '湘潭',
      '阜阳',
      '合肥',
      '保定',
      '威海',
      '黄石',
      '岳阳',
    ]);
    expect(englishNameOf('达孜工业园区')).toBe('Dazi Industrial Park');
    expect(englishNameOf('湖南湘潭高新技术产业园区', places)).toBe(
      'Hunan Xiangtan High-tech Industrial Park',
    );
    expect(englishNameOf('阜阳合肥现代产业园区', places)).toBe(
      'Fuyang Hefei Modern Industrial Park',
    );
    expect(englishNameOf('保定白沟新城', places)).toBe('Baoding Baigou New Town');
    expect(englishNameOf('五台山风景名胜区')).toBe('Wutaishan Scenic Area');
    expect(englishNameOf('大柴旦行政委员会')).toBe('Da Qaidam Administrative Committee');
    expect(englishNameOf('威海火炬高技术产业开发区', places)).toBe(
      'Weihai Torch High-tech Industrial Development Zone',
    );
    expect(englishNameOf('格尔木藏青工业园区')).toBe('Golmud Tibet-Qinghai Industrial Park');
  });

  it('reads 市 and 县 inside names, and splits off places only where a zone is named after them', () => {
    const places = new Set([...PLACES, '黄石', '岳阳', '秦皇岛']);
    // A city named after its prefecture with one character more is one word.
    expect(englishNameOf('黄石港区', places)).toBe('Huangshigang District');
    expect(englishNameOf('岳阳楼区', places)).toBe('Yueyanglou District');
    // The level word after a place is dropped; elsewhere 市 and 县 are read.
    expect(englishNameOf('秦皇岛市经济技术开发区', places)).toBe(
      'Qinhuangdao Economic and Technological Development Zone',
    );
    expect(englishNameOf('唐山市汉沽管理区', places)).toBe('Tangshan Hangu Administrative Zone');
    expect(englishNameOf('市中区')).toBe('Shizhong District');
    expect(englishNameOf('津市市')).toBe('Jinshi');
    expect(englishNameOf('辉县市')).toBe('Huixian');
    expect(englishNameOf('沙县区')).toBe('Shaxian District');
    expect(englishNameOf('芒市')).toBe('Mangshi');
    // 新区 needs two characters before it; 林区 is no suffix (神农架林区 is a whole name).
    expect(englishNameOf('清新区')).toBe('Qingxin District');
    expect(englishNameOf('碑林区')).toBe('Beilin District');
    expect(englishNameOf('赵县')).toBe('Zhao County');
  });

  it("placeBase drops the level word and an autonomous prefecture's peoples", () => {
    expect(
      ['河北省', '唐山市', '内蒙古自治区', '延边朝鲜族自治州', '阿拉善盟'].map(placeBase),
    ).toEqual(['河北', '唐山', '内蒙古', '延边', '阿拉善']);
  });
});
