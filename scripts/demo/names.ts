// Plausible synthetic school names: `<county>第3小学`, `<county><town>中心幼儿园`.
import type { Stage } from '../../src/contract/metrics';
import type { Rng } from './prng';

const TOWN_FIRST = '东西南北新安和平兴福永长丰宁富华阳清龙凤金玉青白红大小双三古';
const TOWN_SECOND = '城桥河山湖林石泉岭湾庄店集坝口溪田塘坪沟营寨堡镇川源';
const RURAL_TOWN_KIND = ['镇', '镇', '镇', '乡', '街道'] as const;
const URBAN_TOWN_KIND = ['街道', '街道', '街道', '镇'] as const;
const KINDERGARTEN_BRANDS = [
  '阳光',
  '育才',
  '启智',
  '童心',
  '蓝天',
  '春苗',
  '金色摇篮',
  '小太阳',
  '星星',
  '彩虹',
  '新苗',
  '博雅',
  '爱心',
  '七色花',
  '快乐童年',
  '小天使',
  '蒙特梭利',
  '英才',
  '智慧树',
  '贝贝',
] as const;
const PRIVATE_SCHOOL_BRANDS = [
  '育才',
  '英才',
  '博文',
  '华英',
  '启明',
  '外国语',
  '培英',
  '明德',
] as const;

/** A handful of synthetic township (or, in urban districts, 街道) names for one county. */
export function drawTowns(rng: Rng, count: number, urban: boolean): string[] {
  const towns = new Set<string>();
  const kinds = urban ? URBAN_TOWN_KIND : RURAL_TOWN_KIND;
  while (towns.size < count) {
    const name = rng.pick([...TOWN_FIRST]) + rng.pick([...TOWN_SECOND]);
    towns.add(name + rng.pick(kinds));
  }
  return [...towns];
}

export interface NameContext {
  countyName: string;
  towns: readonly string[];
  /** Next number for `第N…` names, per stage. */
  ordinal: Record<Stage, number>;
  /** Names already given in this county, so that none repeats. */
  used: Set<string>;
}

function numbered(context: NameContext, stage: Stage, suffix: string): string {
  context.ordinal[stage] += 1;
  return `${context.countyName}第${context.ordinal[stage]}${suffix}`;
}

function kindergartenName(rng: Rng, context: NameContext, publicOwned: boolean): string {
  const town = rng.pick(context.towns);
  if (!publicOwned) {
    const brand = rng.pick(KINDERGARTEN_BRANDS);
    return rng.chance(0.5)
      ? `${context.countyName}${brand}幼儿园`
      : `${context.countyName}${town}${brand}幼儿园`;
  }
  const roll = rng.next();
  if (roll < 0.45) return numbered(context, 'kindergarten', '幼儿园');
  if (roll < 0.85) return `${context.countyName}${town}中心幼儿园`;
  return `${context.countyName}${rng.pick(['机关', '实验', '教育局'])}幼儿园`;
}

function compulsoryName(rng: Rng, context: NameContext, stage: Stage, suffix: string): string {
  const roll = rng.next();
  if (roll < 0.5) return numbered(context, stage, suffix);
  const town = rng.pick(context.towns);
  if (roll < 0.8) return `${context.countyName}${town}中心${suffix}`;
  return `${context.countyName}${town}${suffix}`;
}

function drawName(rng: Rng, context: NameContext, stage: Stage, publicOwned: boolean): string {
  if (stage === 'kindergarten') return kindergartenName(rng, context, publicOwned);
  if (!publicOwned) return `${context.countyName}${rng.pick(PRIVATE_SCHOOL_BRANDS)}学校`;
  if (stage === 'primary') return compulsoryName(rng, context, stage, '小学');
  if (stage === 'junior') return compulsoryName(rng, context, stage, '初级中学');
  return numbered(context, stage, '高级中学');
}

const NAME_ATTEMPTS = 6;

/** A name not yet used in the county; falls back to a numbered 分校/分园. */
export function schoolName(
  rng: Rng,
  context: NameContext,
  stage: Stage,
  publicOwned: boolean,
): string {
  let name = drawName(rng, context, stage, publicOwned);
  for (let attempt = 1; context.used.has(name) && attempt < NAME_ATTEMPTS; attempt++) {
    name = drawName(rng, context, stage, publicOwned);
  }
  if (context.used.has(name)) {
    const branch = stage === 'kindergarten' ? '分园' : '分校';
    const base = name;
    for (let n = 2; context.used.has(name); n++) name = `${base}第${n}${branch}`;
  }
  context.used.add(name);
  return name;
}
