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

  it("placeBase drops the level word and an autonomous prefecture's peoples", () => {
    expect(
      ['河北省', '唐山市', '内蒙古自治区', '延边朝鲜族自治州', '阿拉善盟'].map(placeBase),
    ).toEqual(['河北', '唐山', '内蒙古', '延边', '阿拉善']);
  });
});
